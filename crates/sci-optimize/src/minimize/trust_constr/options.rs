//! The options of `minimize(method='trust-constr')` and the extra result it reports.

use sci_core::ndarray::Array1;

/// How the projections of the SQP factor the constraint Jacobian (SciPy's
/// `factorization_method`).
///
/// # Examples
///
/// ```
/// use sci_optimize::FactorizationMethod;
/// assert_ne!(FactorizationMethod::QrFactorization, FactorizationMethod::SvdFactorization);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactorizationMethod {
    /// `'QRFactorization'`: a thin QR factorisation of `Aᵀ` (SciPy's choice for dense
    /// Jacobians).
    QrFactorization,
    /// `'SVDFactorization'` (not implemented: returns `Error::Unsupported`).
    SvdFactorization,
    /// `'NormalEquation'` (sparse Jacobians only, as in SciPy: an error here).
    NormalEquation,
    /// `'AugmentedSystem'` (sparse Jacobians only, as in SciPy: an error here).
    AugmentedSystem,
}

/// The options of `minimize(method='trust-constr')` (SciPy's `options=` keys), chosen with
/// [`Method::TrustConstr`](crate::Method::TrustConstr). `Default` is SciPy's default.
///
/// Bounds, [`LinearConstraint`](crate::LinearConstraint)s and
/// [`NonlinearConstraint`](crate::NonlinearConstraint)s (equality and inequality) are
/// accepted. Without inequalities (bounds count as inequalities) the method is the
/// equality-constrained SQP, otherwise the barrier interior-point method
/// ([`TrustConstrInfo::method`] says which). The objective's Hessian is `hess`, `hessp`, a
/// finite-difference scheme or a quasi-Newton strategy ([`BFGS`](crate::BFGS) when none is
/// given, as in SciPy); a nonlinear constraint's Hessian is its `hess` or, by default, BFGS.
/// Differences from SciPy: there is no `verbose`; Jacobians are dense
/// (`sparse_jacobian = Some(true)` and `factorization_method = 'SVDFactorization'` return
/// `Error::Unsupported`); `keep_feasible` is not supported (`Error::Unsupported`).
///
/// # Errors
///
/// Through [`minimize_with`](crate::minimize_with): [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for a
/// non-positive initial radius, penalty or barrier setting, a negative tolerance, or a
/// factorization method SciPy rejects for dense Jacobians;
/// [`Error::Unsupported`](sci_core::Error::Unsupported) as above.
///
/// # Examples
///
/// SciPy's tutorial: Rosenbrock under `x0 + 2 x1 <= 1`, `2 x0 + x1 = 1`,
/// `x0² + x1 <= 1`, `x0² - x1 <= 1` and bounds `0 <= x0 <= 1`, `-0.5 <= x1 <= 2`.
///
/// ```
/// use sci_core::ndarray::{array, ArrayViewMut2};
/// use sci_optimize::*;
/// let inf = f64::INFINITY;
/// let nl = NonlinearConstraint::new(2, |x: &[f64], c: &mut [f64]| {
///         c[0] = x[0] * x[0] + x[1];
///         c[1] = x[0] * x[0] - x[1];
///     }, vec![-inf, -inf], vec![1.0, 1.0])
///     .jac(|x: &[f64], mut j: ArrayViewMut2<f64>| j.assign(&array![[2.0 * x[0], 1.0], [2.0 * x[0], -1.0]]))
///     .hess(|_x: &[f64], v: &[f64], mut h: ArrayViewMut2<f64>| h[[0, 0]] = 2.0 * (v[0] + v[1]));
/// let opts = MinimizeOptions::default()
///     .method(Method::TrustConstr(TrustConstrOptions::default()))
///     .jac(Gradient::provided(rosen_der))
///     .hess(Hessian::provided(rosen_hess))
///     .constraint(LinearConstraint::new(array![[1.0, 2.0], [2.0, 1.0]], vec![-inf, 1.0], vec![1.0, 1.0]))
///     .constraint(nl)
///     .bounds(Bounds::new(vec![0.0, -0.5], vec![1.0, 2.0]));
/// let r = minimize_with(rosen, &[0.5, 0.0], opts).unwrap();
/// assert!(r.success);
/// assert!((r.x[0] - 0.4149).abs() < 1e-4 && (r.x[1] - 0.1701).abs() < 1e-4); // SciPy: [0.41494531, 0.17010937]
/// assert_eq!(r.trust_constr.unwrap().method, "tr_interior_point");
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/optimize.minimize-trustconstr.html>
/// - M. Lalee, J. Nocedal and T. Plantenga, "On the implementation of an algorithm for
///   large-scale equality constrained optimization", *SIAM J. Optim.* 8(3), 682–706, 1998.
/// - R. H. Byrd, M. E. Hribar and J. Nocedal, "An interior point algorithm for large-scale
///   nonlinear programming", *SIAM J. Optim.* 9(4), 877–900, 1999.
/// - N. I. M. Gould, M. E. Hribar and J. Nocedal, "On the solution of equality constrained
///   quadratic programming problems arising in optimization", *SIAM J. Sci. Comput.* 23(4),
///   1376–1395, 2001.
#[derive(Debug, Clone, PartialEq)]
pub struct TrustConstrOptions {
    /// Stop when the Lagrangian gradient's infinity norm and the constraint violation are
    /// both below `gtol` (default 1e-8).
    pub gtol: f64,
    /// Stop when the trust radius is below `xtol` (default 1e-8).
    pub xtol: f64,
    /// The barrier parameter below which the interior-point method may stop on `xtol`
    /// (default 1e-8).
    pub barrier_tol: f64,
    /// The most iterations (default 1000).
    pub maxiter: usize,
    /// The initial trust radius (default 1).
    pub initial_tr_radius: f64,
    /// The initial penalty of the merit function (default 1).
    pub initial_constr_penalty: f64,
    /// The initial barrier parameter (default 0.1).
    pub initial_barrier_parameter: f64,
    /// The initial tolerance of the barrier subproblems (default 0.1).
    pub initial_barrier_tolerance: f64,
    /// The factorisation of the constraint Jacobian (`None`: QR, SciPy's dense default).
    pub factorization_method: Option<FactorizationMethod>,
    /// SciPy's `sparse_jacobian`: `None` or `Some(false)`; dense Jacobians only.
    pub sparse_jacobian: Option<bool>,
    /// Relative steps of the finite-difference gradient (`None`: SciPy's default).
    pub finite_diff_rel_step: Option<Vec<f64>>,
}

impl Default for TrustConstrOptions {
    fn default() -> Self {
        TrustConstrOptions {
            gtol: 1e-8,
            xtol: 1e-8,
            barrier_tol: 1e-8,
            maxiter: 1000,
            initial_tr_radius: 1.0,
            initial_constr_penalty: 1.0,
            initial_barrier_parameter: 0.1,
            initial_barrier_tolerance: 0.1,
            factorization_method: None,
            sparse_jacobian: None,
            finite_diff_rel_step: None,
        }
    }
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident: $ty:ty, $example:expr) => {
        $(#[$doc])*
        ///
        /// # Examples
        ///
        /// ```
        #[doc = $example]
        /// ```
        #[must_use]
        pub fn $name(mut self, v: $ty) -> Self {
            self.$name = v;
            self
        }
    };
}

impl TrustConstrOptions {
    setter!(/// Sets `gtol`.
        gtol: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().gtol(1e-6).gtol, 1e-6);");
    setter!(/// Sets `xtol`.
        xtol: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().xtol(1e-6).xtol, 1e-6);");
    setter!(/// Sets `barrier_tol`.
        barrier_tol: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().barrier_tol(1e-6).barrier_tol, 1e-6);");
    setter!(/// Sets `maxiter`.
        maxiter: usize, "assert_eq!(sci_optimize::TrustConstrOptions::default().maxiter(5).maxiter, 5);");
    setter!(/// Sets `initial_tr_radius`.
        initial_tr_radius: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().initial_tr_radius(2.0).initial_tr_radius, 2.0);");
    setter!(/// Sets `initial_constr_penalty`.
        initial_constr_penalty: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().initial_constr_penalty(2.0).initial_constr_penalty, 2.0);");
    setter!(/// Sets `initial_barrier_parameter`.
        initial_barrier_parameter: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().initial_barrier_parameter(1.0).initial_barrier_parameter, 1.0);");
    setter!(/// Sets `initial_barrier_tolerance`.
        initial_barrier_tolerance: f64, "assert_eq!(sci_optimize::TrustConstrOptions::default().initial_barrier_tolerance(1.0).initial_barrier_tolerance, 1.0);");
    setter!(/// Sets `factorization_method`.
        factorization_method: Option<FactorizationMethod>, "use sci_optimize::{FactorizationMethod as F, TrustConstrOptions};\nassert!(TrustConstrOptions::default().factorization_method(Some(F::QrFactorization)).factorization_method.is_some());");
    setter!(/// Sets `sparse_jacobian`.
        sparse_jacobian: Option<bool>, "assert_eq!(sci_optimize::TrustConstrOptions::default().sparse_jacobian(Some(false)).sparse_jacobian, Some(false));");
    setter!(/// Sets `finite_diff_rel_step`.
        finite_diff_rel_step: Option<Vec<f64>>, "assert!(sci_optimize::TrustConstrOptions::default().finite_diff_rel_step(Some(vec![1e-6])).finite_diff_rel_step.is_some());");
}

/// What trust-constr reports beyond the common fields of
/// [`OptimizeResult`](crate::OptimizeResult) (SciPy's extra keys), in
/// [`OptimizeResult::trust_constr`](crate::OptimizeResult::trust_constr).
///
/// # Examples
///
/// ```
/// let info = sci_optimize::TrustConstrInfo::default();
/// assert_eq!(info.cg_niter, 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrustConstrInfo {
    /// `"equality_constrained_sqp"` or `"tr_interior_point"`.
    pub method: &'static str,
    /// The largest constraint violation at `x` (bounds included).
    pub constr_violation: f64,
    /// The infinity norm of the Lagrangian gradient at `x`.
    pub optimality: f64,
    /// Total conjugate-gradient iterations.
    pub cg_niter: usize,
    /// Why the last conjugate-gradient run stopped (SciPy's `cg_stop_cond`).
    pub cg_stop_cond: i32,
    /// The final trust radius.
    pub tr_radius: f64,
    /// The final penalty of the merit function.
    pub constr_penalty: f64,
    /// The final barrier parameter (interior point; 0 for the SQP).
    pub barrier_parameter: f64,
    /// The final barrier tolerance (interior point; 0 for the SQP).
    pub barrier_tolerance: f64,
    /// The Lagrange multipliers of each constraint, in the order given, bounds last.
    pub v: Vec<Array1<f64>>,
    /// The Lagrangian gradient at `x`.
    pub lagrangian_grad: Array1<f64>,
    /// Evaluations of the nonlinear constraint functions, all constraints together.
    pub constr_nfev: usize,
}
