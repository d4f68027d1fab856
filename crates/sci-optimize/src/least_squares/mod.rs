//! `least_squares`: nonlinear least squares with bounds on the variables (SciPy's
//! `scipy.optimize.least_squares`), with the methods `trf` (Branch, Coleman & Li 1999),
//! `dogbox` (Voglis & Lagaris 2004) and `lm` (MINPACK's Levenberg-Marquardt, Moré 1978),
//! robust losses, variable scaling and finite-difference Jacobians.
//!
//! **Residual count.** The residual function writes `m` values into an output slice; Rust
//! needs `m` up front to size that slice, so [`least_squares`] takes it as an argument where
//! SciPy finds it from the first call.
//!
//! **Closures are `Sync`.** With the `parallel` feature (default) the finite-difference
//! Jacobian columns of large problems are evaluated concurrently, so the residual function
//! must be `Fn + Sync` (a closure over plain data is; one using `Cell`/`RefCell` is not —
//! use atomics there). Results are identical with and without the feature.

mod common;
mod dogbox;
mod fd;
pub(crate) mod minpack_lm;
mod trf;

use std::fmt;

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2, Ix1, ShapeBuilder};
use sci_core::{AsArray, Error, Result};

pub use common::Loss;
pub(crate) use common::{
    EPS, build_quadratic_1d, cl_scaling_vector, compute_jac_scale, dot, evaluate_quadratic,
    find_active_constraints, in_bounds, make_strictly_feasible, minimize_quadratic_1d, norm,
    norm_inf, step_size_to_bound, svd_uf,
};
pub use minpack_lm::{
    LeastsqDfun, LeastsqOptions, LeastsqOutput, LmRootOptions, leastsq, leastsq_with,
};

use crate::{Bounds, FdStep, FiniteDiff, IntermediateResult, MinimizeCallback};

/// SciPy's message for status `-2` (a callback stopped the run).
pub(crate) const CALLBACK_MESSAGE: &str =
    "Stopped because `callback` function raised `StopIteration` or returned `True`";

/// SciPy's `least_squares` message for a status code.
pub(crate) fn termination_message(status: i32) -> &'static str {
    match status {
        -2 => CALLBACK_MESSAGE,
        -1 => "Improper input parameters status returned from `leastsq`",
        0 => "The maximum number of function evaluations is exceeded.",
        1 => "`gtol` termination condition is satisfied.",
        2 => "`ftol` termination condition is satisfied.",
        3 => "`xtol` termination condition is satisfied.",
        _ => "Both `ftol` and `xtol` termination conditions are satisfied.",
    }
}

/// A user Jacobian of the residuals: writes `∂fᵢ/∂xⱼ` into the `m × n` view.
pub type ResidualJacobianFn<'a> = Box<dyn Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// How the Jacobian of the residuals is obtained (SciPy's `jac`). Default: `'2-point'`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FiniteDiff, LsqJac};
/// assert!(matches!(LsqJac::default(), LsqJac::FiniteDiff(FiniteDiff::TwoPoint)));
/// let j = LsqJac::provided(|x: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<f64>| {
///     j[[0, 0]] = 2.0 * x[0];
/// });
/// assert!(matches!(j, LsqJac::Provided(_)));
/// ```
pub enum LsqJac<'a> {
    /// Finite differences of the residuals (`'2-point'`, `'3-point'`).
    FiniteDiff(FiniteDiff),
    /// A user function.
    Provided(ResidualJacobianFn<'a>),
}

impl Default for LsqJac<'_> {
    fn default() -> Self {
        LsqJac::FiniteDiff(FiniteDiff::TwoPoint)
    }
}

impl<'a> LsqJac<'a> {
    /// Wraps a user Jacobian.
    ///
    /// # Examples
    ///
    /// ```
    /// let j = sci_optimize::LsqJac::provided(|_x: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<f64>| j.fill(1.0));
    /// # drop(j);
    /// ```
    pub fn provided(j: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        LsqJac::Provided(Box::new(j))
    }
}

impl fmt::Debug for LsqJac<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LsqJac::FiniteDiff(s) => write!(f, "LsqJac::FiniteDiff({s:?})"),
            LsqJac::Provided(_) => f.write_str("LsqJac::Provided(..)"),
        }
    }
}

/// The algorithm of [`least_squares_with`] (SciPy's `method=`). Default: `Trf`.
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::LsqMethod::default().name(), "trf");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LsqMethod {
    /// `'trf'`: Trust Region Reflective (Branch, Coleman & Li 1999); bounds allowed.
    #[default]
    Trf,
    /// `'dogbox'`: dogleg in a rectangular trust region (Voglis & Lagaris 2004); bounds allowed.
    Dogbox,
    /// `'lm'`: MINPACK's Levenberg-Marquardt (Moré 1978); no bounds, `m ≥ n`.
    Lm,
}

impl LsqMethod {
    /// SciPy's name.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::LsqMethod::Lm.name(), "lm");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            LsqMethod::Trf => "trf",
            LsqMethod::Dogbox => "dogbox",
            LsqMethod::Lm => "lm",
        }
    }
}

/// Characteristic scale of each variable (SciPy's `x_scale`).
///
/// # Examples
///
/// ```
/// use sci_optimize::XScale;
/// assert_eq!(XScale::default(), XScale::Default);
/// let s = XScale::Vector(vec![1.0, 10.0]);
/// assert!(matches!(s, XScale::Vector(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub enum XScale {
    /// SciPy 1.17's `None`: `'jac'` for `lm`, all ones for `trf` and `dogbox`.
    #[default]
    Default,
    /// `'jac'`: the inverse column norms of the Jacobian, updated as in MINPACK (Moré 1978).
    Jac,
    /// Positive scales, one value for all variables or one per variable.
    Vector(Vec<f64>),
}

/// The trust-region subproblem solver (SciPy's `tr_solver`). Only the dense `'exact'` one
/// is available until sci-sparse provides LSMR.
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::TrSolver::default(), sci_optimize::TrSolver::Exact);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TrSolver {
    /// `'exact'`: SVD (`trf`) or dense least squares (`dogbox`).
    #[default]
    Exact,
    /// `'lsmr'`: refused with [`Error::Unsupported`].
    Lsmr,
}

/// Options of [`least_squares_with`]: SciPy's keywords, with SciPy's defaults.
///
/// # Examples
///
/// ```
/// use sci_optimize::{LeastSquaresOptions, Loss, LsqMethod};
/// let o = LeastSquaresOptions::default().method(LsqMethod::Dogbox).loss(Loss::Huber).f_scale(0.1);
/// assert_eq!(o.ftol, 1e-8);
/// assert_eq!(o.loss, Loss::Huber);
/// ```
pub struct LeastSquaresOptions<'a> {
    /// The Jacobian (default `'2-point'`).
    pub jac: LsqJac<'a>,
    /// Box bounds (default none); `lb < ub` strictly, as SciPy requires.
    pub bounds: Option<Bounds>,
    /// The algorithm (default `trf`).
    pub method: LsqMethod,
    /// Tolerance on the relative change of the cost (default `1e-8`; 0 disables it).
    pub ftol: f64,
    /// Tolerance on the relative change of `x` (default `1e-8`; 0 disables it).
    pub xtol: f64,
    /// Tolerance on the (scaled) gradient (default `1e-8`; 0 disables it).
    pub gtol: f64,
    /// Variable scaling (default: SciPy 1.17's `None`).
    pub x_scale: XScale,
    /// The robust loss (default `linear`).
    pub loss: Loss,
    /// The soft margin `C` of the loss: `ρ(f²/C²)·C²` (default 1).
    pub f_scale: f64,
    /// Maximum number of residual evaluations, finite-difference ones excluded (default
    /// `100 n` for every method, as SciPy 1.17).
    pub max_nfev: Option<usize>,
    /// Relative finite-difference step (SciPy's `diff_step`): one value or one per variable.
    pub diff_step: Option<Vec<f64>>,
    /// The trust-region solver (only `Exact`).
    pub tr_solver: TrSolver,
    /// Called once per iteration of `trf` and `dogbox` with `x`, the cost (`fun`) and the
    /// iteration count; `Break` stops with status `-2` as SciPy 1.17. Refused with `lm`.
    pub callback: Option<MinimizeCallback<'a>>,
}

impl Default for LeastSquaresOptions<'_> {
    fn default() -> Self {
        LeastSquaresOptions {
            jac: LsqJac::default(),
            bounds: None,
            method: LsqMethod::Trf,
            ftol: 1e-8,
            xtol: 1e-8,
            gtol: 1e-8,
            x_scale: XScale::Default,
            loss: Loss::Linear,
            f_scale: 1.0,
            max_nfev: None,
            diff_step: None,
            tr_solver: TrSolver::Exact,
            callback: None,
        }
    }
}

impl fmt::Debug for LeastSquaresOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LeastSquaresOptions")
            .field("jac", &self.jac)
            .field("bounds", &self.bounds)
            .field("method", &self.method)
            .field("ftol", &self.ftol)
            .field("xtol", &self.xtol)
            .field("gtol", &self.gtol)
            .field("x_scale", &self.x_scale)
            .field("loss", &self.loss)
            .field("f_scale", &self.f_scale)
            .field("max_nfev", &self.max_nfev)
            .field("diff_step", &self.diff_step)
            .field("tr_solver", &self.tr_solver)
            .field("callback", &self.callback.is_some())
            .finish()
    }
}

macro_rules! setter {
    ($(#[$doc:meta])* $name:ident: $ty:ty = $ex:literal) => {
        $(#[$doc])*
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("let o = sci_optimize::LeastSquaresOptions::default().", stringify!($name), "(", $ex, ");")]
        #[doc = concat!("assert!(format!(\"{o:?}\").contains(\"", stringify!($name), "\"));")]
        /// ```
        #[must_use]
        pub fn $name(mut self, $name: $ty) -> Self {
            self.$name = $name;
            self
        }
    };
}

impl<'a> LeastSquaresOptions<'a> {
    setter!(/// Sets `jac`.
        jac: LsqJac<'a> = "sci_optimize::LsqJac::FiniteDiff(sci_optimize::FiniteDiff::ThreePoint)");
    setter!(/// Sets `method`.
        method: LsqMethod = "sci_optimize::LsqMethod::Dogbox");
    setter!(/// Sets `ftol`.
        ftol: f64 = "1e-10");
    setter!(/// Sets `xtol`.
        xtol: f64 = "1e-10");
    setter!(/// Sets `gtol`.
        gtol: f64 = "1e-10");
    setter!(/// Sets `x_scale`.
        x_scale: XScale = "sci_optimize::XScale::Jac");
    setter!(/// Sets `loss`.
        loss: Loss = "sci_optimize::Loss::Cauchy");
    setter!(/// Sets `f_scale`.
        f_scale: f64 = "0.5");
    setter!(/// Sets `tr_solver`.
        tr_solver: TrSolver = "sci_optimize::TrSolver::Exact");

    /// Sets the bounds.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastSquaresOptions::default().bounds(sci_optimize::Bounds::uniform(1, 0.0, 1.0));
    /// assert!(o.bounds.is_some());
    /// ```
    #[must_use]
    pub fn bounds(mut self, bounds: Bounds) -> Self {
        self.bounds = Some(bounds);
        self
    }

    /// Sets `max_nfev`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastSquaresOptions::default().max_nfev(50);
    /// assert!(o.max_nfev == Some(50));
    /// ```
    #[must_use]
    pub fn max_nfev(mut self, max_nfev: usize) -> Self {
        self.max_nfev = Some(max_nfev);
        self
    }

    /// Sets `diff_step`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastSquaresOptions::default().diff_step(vec![1e-6]);
    /// assert!(o.diff_step.is_some());
    /// ```
    #[must_use]
    pub fn diff_step(mut self, diff_step: Vec<f64>) -> Self {
        self.diff_step = Some(diff_step);
        self
    }

    /// Sets the per-iteration callback.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::LeastSquaresOptions::default().callback(sci_optimize::MinimizeCallback::new(|_s: &sci_optimize::IntermediateResult| std::ops::ControlFlow::Continue(())));
    /// assert!(o.callback.is_some());
    /// ```
    #[must_use]
    pub fn callback(mut self, callback: MinimizeCallback<'a>) -> Self {
        self.callback = Some(callback);
        self
    }
}

/// The result of [`least_squares`]: SciPy's `OptimizeResult` of `least_squares`, with its
/// field names.
///
/// # Examples
///
/// ```
/// let r = sci_optimize::least_squares(|x: &[f64], f: &mut [f64]| f[0] = x[0] - 3.0, &[0.0], 1).unwrap();
/// assert!(r.success && (r.x[0] - 3.0).abs() < 1e-10);
/// ```
#[derive(Debug, Clone)]
pub struct LeastSquaresResult {
    /// The solution.
    pub x: Array1<f64>,
    /// `½ Σ ρ(fᵢ²)` at `x`.
    pub cost: f64,
    /// The residuals at `x`.
    pub fun: Array1<f64>,
    /// The Jacobian at `x` (for a robust loss, rescaled as the algorithm used it, as SciPy).
    pub jac: Array2<f64>,
    /// The gradient of the cost at `x`.
    pub grad: Array1<f64>,
    /// First-order optimality: the infinity norm of the (Coleman-Li scaled, for `trf` with
    /// bounds) gradient.
    pub optimality: f64,
    /// `-1` / `1` where `x` is on a lower / upper bound, 0 elsewhere.
    pub active_mask: Array1<i32>,
    /// Residual evaluations (finite-difference ones excluded, as SciPy 1.17).
    pub nfev: usize,
    /// Jacobian evaluations; `None` for `lm` with a finite-difference Jacobian (SciPy's None).
    pub njev: Option<usize>,
    /// SciPy's status: -2 callback, -1 improper input, 0 `max_nfev`, 1 `gtol`, 2 `ftol`,
    /// 3 `xtol`, 4 `ftol` and `xtol`.
    pub status: i32,
    /// SciPy's message for `status`.
    pub message: String,
    /// `status > 0`.
    pub success: bool,
}

/// The residual function and its Jacobian, as the methods see them.
pub(crate) struct Residuals<'f> {
    pub fun: &'f (dyn Fn(&[f64], &mut [f64]) + Sync),
    pub jac: Option<&'f minpack_lm::JacView<'f>>,
    pub scheme: FiniteDiff,
    pub step: FdStep,
    pub bounds: Option<Bounds>,
    pub m: usize,
}

impl Residuals<'_> {
    /// A column-major `m × n` buffer for the Jacobian.
    pub fn new_jac(&self, n: usize) -> Array2<f64> {
        Array2::zeros((self.m, n).f())
    }

    /// The Jacobian at `x` (with `f = fun(x)`) into `jac`; returns the residual evaluations
    /// spent on finite differences.
    pub fn jacobian(&self, x: &[f64], f: &[f64], jac: &mut Array2<f64>) -> usize {
        match self.jac {
            Some(j) => {
                jac.fill(0.0);
                j(x, jac.view_mut());
                0
            }
            None => fd::jacobian(
                self.fun,
                x,
                f,
                self.scheme,
                &self.step,
                self.bounds.as_ref(),
                false,
                jac,
            ),
        }
    }
}

/// The validated settings the methods share.
pub(crate) struct Settings {
    pub lb: Vec<f64>,
    pub ub: Vec<f64>,
    pub ftol: f64,
    pub xtol: f64,
    pub gtol: f64,
    pub max_nfev: usize,
    /// `None` for `'jac'`.
    pub x_scale: Option<Vec<f64>>,
    pub loss: Loss,
    pub f_scale: f64,
}

/// What `trf` and `dogbox` return before the message is attached.
pub(crate) struct RawResult {
    pub x: Vec<f64>,
    pub cost: f64,
    pub fun: Vec<f64>,
    pub jac: Array2<f64>,
    pub grad: Vec<f64>,
    pub optimality: f64,
    pub active_mask: Vec<i32>,
    pub nfev: usize,
    pub njev: Option<usize>,
    pub status: i32,
}

/// The cost, after rescaling `f` and `jac` in place for a robust loss.
pub(crate) fn cost_and_scale(s: &Settings, f: &mut [f64], jac: &mut Array2<f64>) -> f64 {
    match s.loss {
        Loss::Linear => 0.5 * dot(f, f),
        l => l.scale_in_place(f, jac, s.f_scale),
    }
}

/// Calls the callback after an iteration; `true` when it asks to stop.
pub(crate) fn callback_stops(
    callback: &mut Option<MinimizeCallback<'_>>,
    state: &mut IntermediateResult,
    x: &[f64],
    cost: f64,
    nit: usize,
) -> bool {
    if callback.is_none() {
        return false;
    }
    state.set(x, cost, nit);
    sci_core::callback::notify(callback, state).is_break()
}

/// Solves `min ½ Σ ρ(fᵢ(x)²)` from `x0` with SciPy's defaults (`trf`, `'2-point'` Jacobian,
/// linear loss, no bounds); `m` is the number of residuals `fun` writes.
///
/// # Errors
///
/// As [`least_squares_with`].
///
/// # Examples
///
/// Rosenbrock's function as residuals:
///
/// ```
/// let r = sci_optimize::least_squares(
///     |x: &[f64], f: &mut [f64]| {
///         f[0] = 10.0 * (x[1] - x[0] * x[0]);
///         f[1] = 1.0 - x[0];
///     },
///     &[-1.2, 1.0],
///     2,
/// )
/// .unwrap();
/// assert!((r.x[0] - 1.0).abs() < 1e-7 && (r.x[1] - 1.0).abs() < 1e-7);
/// assert_eq!(r.status, 1);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.least_squares.html>
/// - M. A. Branch, T. F. Coleman, Y. Li, "A Subspace, Interior, and Conjugate Gradient
///   Method for Large-Scale Bound-Constrained Minimization Problems", SIAM J. Sci. Comput.
///   21 (1999).
pub fn least_squares<'x>(
    fun: impl Fn(&[f64], &mut [f64]) + Sync,
    x0: impl AsArray<'x, f64, Ix1>,
    m: usize,
) -> Result<LeastSquaresResult> {
    least_squares_with(fun, x0, m, LeastSquaresOptions::default())
}

fn invalid(name: &str, value: impl fmt::Display, reason: &str) -> Error {
    Error::invalid_argument(name, value, reason)
}

/// Solves the bounded, robust nonlinear least-squares problem `min ½ Σ ρ(fᵢ(x)²)`,
/// `lb ≤ x ≤ ub` (SciPy's `least_squares`); `m` is the number of residuals `fun` writes.
///
/// Methods: `trf` (reflective trust region in the Coleman-Li scaling, dense SVD
/// subproblem), `dogbox` (dogleg in a box-shaped trust region, with the bound-active
/// variables frozen), `lm` (MINPACK's Levenberg-Marquardt). Costs per iteration: one
/// Jacobian (`n` residual evaluations by 2-point differences) and one O(m n²) QR/SVD.
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`; [`Error::NonFinite`] for a non-finite `x0` or
/// residuals that are not finite at `x0` (SciPy's ValueError); [`Error::InvalidArgument`] for
/// `x0` outside the bounds, `lb ≥ ub` anywhere, bounds or a callback with `lm`, `m < n` with
/// `lm`, non-positive `x_scale`/`f_scale`, tolerances all below machine epsilon (any of them
/// for `lm`), `max_nfev = 0`; [`Error::ShapeMismatch`] for bounds or `x_scale` of the wrong
/// length; [`Error::Unsupported`] for `tr_solver = Lsmr`.
///
/// # Examples
///
/// A bounded fit with a robust loss:
///
/// ```
/// use sci_optimize::{least_squares_with, Bounds, LeastSquaresOptions, Loss};
/// let t = [0.0, 1.0, 2.0, 3.0, 4.0];
/// let y = [1.0, 2.7, 7.4, 20.1, 200.0]; // an outlier at the end
/// let opts = LeastSquaresOptions::default()
///     .loss(Loss::SoftL1)
///     .bounds(Bounds::new(vec![0.0, 0.0], vec![10.0, 2.0]));
/// let r = least_squares_with(
///     |p: &[f64], f: &mut [f64]| {
///         for i in 0..5 {
///             f[i] = p[0] * (p[1] * t[i]).exp() - y[i];
///         }
///     },
///     &[1.0, 0.5],
///     5,
///     opts,
/// )
/// .unwrap();
/// assert!(r.success && r.x[1] <= 2.0);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.least_squares.html>
/// - M. A. Branch, T. F. Coleman, Y. Li, SIAM J. Sci. Comput. 21 (1999) 1-23.
/// - C. Voglis, I. E. Lagaris, "A Rectangular Trust Region Dogleg Approach for Unconstrained
///   and Bound Constrained Nonlinear Optimization", WSEAS (2004).
/// - J. J. Moré, "The Levenberg-Marquardt Algorithm: Implementation and Theory", Numerical
///   Analysis, Lecture Notes in Mathematics 630 (1978).
pub fn least_squares_with<'x, 'a>(
    fun: impl Fn(&[f64], &mut [f64]) + Sync,
    x0: impl AsArray<'x, f64, Ix1>,
    m: usize,
    options: LeastSquaresOptions<'a>,
) -> Result<LeastSquaresResult> {
    let mut x0 = sci_core::view1(x0).to_vec();
    let n = x0.len();
    sci_core::check_nonempty("x0", n, 1)?;
    sci_core::check_finite("x0", &sci_core::ndarray::ArrayView1::from(&x0[..]))?;
    let LeastSquaresOptions {
        jac,
        bounds,
        method,
        ftol,
        xtol,
        gtol,
        x_scale,
        loss,
        f_scale,
        max_nfev,
        diff_step,
        tr_solver,
        mut callback,
    } = options;
    if tr_solver == TrSolver::Lsmr {
        return Err(Error::unsupported(
            "least_squares: tr_solver='lsmr' (needs sci-sparse's LSMR)",
        ));
    }
    let (lb, ub) = match &bounds {
        Some(b) => {
            sci_core::check_shape("least_squares: bounds.lb and x0", &[n], &[b.lb.len()])?;
            sci_core::check_shape("least_squares: bounds.ub and x0", &[n], &[b.ub.len()])?;
            (b.lb.to_vec(), b.ub.to_vec())
        }
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let bounded =
        lb.iter().any(|v| *v > f64::NEG_INFINITY) || ub.iter().any(|v| *v < f64::INFINITY);
    if method == LsqMethod::Lm && bounded {
        return Err(invalid(
            "bounds",
            "finite",
            "method 'lm' doesn't support bounds",
        ));
    }
    for i in 0..n {
        if lb[i].is_nan() || ub[i].is_nan() || lb[i] >= ub[i] {
            return Err(invalid(
                "bounds",
                format!("[{}, {}] at index {i}", lb[i], ub[i]),
                "each lower bound must be strictly less than each upper bound",
            ));
        }
    }
    if !in_bounds(&x0, &lb, &ub) {
        return Err(invalid(
            "x0",
            format!("{x0:?}"),
            "initial guess is outside of provided bounds",
        ));
    }
    let x_scale = match x_scale {
        XScale::Jac => None,
        XScale::Default if method == LsqMethod::Lm => None,
        XScale::Default => Some(vec![1.0; n]),
        XScale::Vector(v) => {
            if v.is_empty() || v.iter().any(|s| !(s.is_finite() && *s > 0.0)) {
                return Err(invalid(
                    "x_scale",
                    format!("{v:?}"),
                    "must be 'jac' or positive finite numbers",
                ));
            }
            if v.len() == 1 {
                Some(vec![v[0]; n])
            } else {
                sci_core::check_shape("least_squares: x_scale and x0", &[n], &[v.len()])?;
                Some(v)
            }
        }
    };
    if !(f_scale > 0.0 && f_scale.is_finite()) {
        return Err(invalid("f_scale", f_scale, "must be positive"));
    }
    for (name, t) in [("ftol", ftol), ("xtol", xtol), ("gtol", gtol)] {
        if t.is_nan() || t < 0.0 {
            return Err(invalid(name, t, "must be non-negative"));
        }
    }
    if method == LsqMethod::Lm && (ftol < EPS || xtol < EPS || gtol < EPS) {
        return Err(invalid(
            "ftol, xtol, gtol",
            format!("{ftol}, {xtol}, {gtol}"),
            "all tolerances must be higher than machine epsilon for method 'lm'",
        ));
    }
    if ftol < EPS && xtol < EPS && gtol < EPS {
        return Err(invalid(
            "ftol, xtol, gtol",
            format!("{ftol}, {xtol}, {gtol}"),
            "at least one of the tolerances must be higher than machine epsilon",
        ));
    }
    if max_nfev == Some(0) {
        return Err(invalid("max_nfev", 0, "must be positive"));
    }
    if method == LsqMethod::Lm && m < n {
        return Err(invalid(
            "m",
            m,
            "method 'lm' doesn't work when the number of residuals is less than the number of variables",
        ));
    }
    if method == LsqMethod::Lm && loss != Loss::Linear {
        return Err(invalid(
            "loss",
            loss.name(),
            "method 'lm' supports only 'linear' loss function",
        ));
    }
    if method == LsqMethod::Lm && callback.is_some() {
        return Err(invalid(
            "callback",
            "given",
            "not supported with method 'lm'",
        ));
    }
    if m == 0 {
        return Err(Error::EmptyInput {
            name: "residuals (m)".into(),
            min_len: 1,
        });
    }
    if method == LsqMethod::Trf {
        make_strictly_feasible(&mut x0, &lb, &ub, 1e-10);
    }
    let (scheme, jac_fn) = match &jac {
        LsqJac::FiniteDiff(s) => (*s, None),
        LsqJac::Provided(j) => (FiniteDiff::TwoPoint, Some(&**j)),
    };
    let step = match &diff_step {
        Some(d) if !d.is_empty() => FdStep::Relative(d.clone()),
        _ => FdStep::Default,
    };
    let res = Residuals {
        fun: &fun,
        jac: jac_fn,
        scheme,
        step,
        bounds: bounds.clone().filter(|_| bounded),
        m,
    };
    let mut f0 = vec![0.0; m];
    fun(&x0, &mut f0);
    if let Some(i) = f0.iter().position(|v| !v.is_finite()) {
        return Err(Error::NonFinite {
            name: "residuals at x0".into(),
            index: vec![i],
            value: f0[i],
        });
    }
    let settings = Settings {
        lb,
        ub,
        ftol,
        xtol,
        gtol,
        max_nfev: max_nfev.unwrap_or(100 * n),
        x_scale,
        loss,
        f_scale,
    };
    let raw = match method {
        LsqMethod::Trf => trf::trf(&res, x0, f0, &settings, &mut callback)?,
        LsqMethod::Dogbox => dogbox::dogbox(&res, x0, f0, &settings, &mut callback)?,
        LsqMethod::Lm => minpack_lm::least_squares_lm(&res, x0, f0, &settings)?,
    };
    Ok(finish(raw))
}

fn finish(raw: RawResult) -> LeastSquaresResult {
    LeastSquaresResult {
        x: Array1::from(raw.x),
        cost: raw.cost,
        fun: Array1::from(raw.fun),
        jac: raw.jac,
        grad: Array1::from(raw.grad),
        optimality: raw.optimality,
        active_mask: Array1::from(raw.active_mask),
        nfev: raw.nfev,
        njev: raw.njev,
        message: termination_message(raw.status).to_string(),
        success: raw.status > 0,
        status: raw.status,
    }
}
