//! The result of a minimization: SciPy's `OptimizeResult`, and the state a callback sees.

use sci_core::ndarray::{Array1, Array2};

/// The result of [`minimize`](crate::minimize) and the other minimizers: SciPy's
/// `OptimizeResult`, with SciPy's field names.
///
/// Fields a method does not produce keep their `Default` (`None`, 0, empty), as SciPy's
/// result simply lacks those keys.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_optimize::OptimizeResult;
///
/// let r = OptimizeResult { x: array![1.0, 1.0], fun: 0.0, success: true, ..Default::default() };
/// assert!(r.success && r.jac.is_none());
/// ```
#[derive(Debug, Clone, Default)]
pub struct OptimizeResult {
    /// The solution (the last iterate when the run did not converge).
    pub x: Array1<f64>,
    /// The objective at `x`.
    pub fun: f64,
    /// The gradient at `x`, for methods that use one.
    pub jac: Option<Array1<f64>>,
    /// The Hessian at `x`, for methods that keep it (`trust-exact`, `trust-constr`, ...).
    pub hess: Option<Array2<f64>>,
    /// The inverse-Hessian approximation (BFGS: dense; L-BFGS-B: a limited-memory operator).
    pub hess_inv: Option<HessInv>,
    /// Iterations performed.
    pub nit: usize,
    /// Objective evaluations, finite-difference ones included.
    pub nfev: usize,
    /// Gradient (Jacobian) evaluations.
    pub njev: usize,
    /// Hessian evaluations (and Hessian-vector products).
    pub nhev: usize,
    /// The method's termination code, as SciPy reports it (0 is success for most methods).
    pub status: i32,
    /// Whether the method's convergence test was met.
    pub success: bool,
    /// Why the run stopped, in SciPy's words.
    pub message: String,
    /// The largest constraint violation at `x`, for constrained methods.
    pub maxcv: Option<f64>,
    /// Powell's final set of search directions (`direc`), one per row.
    pub direc: Option<Array2<f64>>,
    /// Nelder-Mead's final simplex: vertices (one per row) and their objective values.
    pub final_simplex: Option<(Array2<f64>, Array1<f64>)>,
    /// trust-constr's extra report (`constr_violation`, `optimality`, `method`, `cg_niter`,
    /// `tr_radius`, `barrier_parameter`, multipliers `v`, ...).
    pub trust_constr: Option<crate::TrustConstrInfo>,
}

/// An inverse-Hessian approximation returned in [`OptimizeResult::hess_inv`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_optimize::HessInv;
///
/// let h = HessInv::Dense(Array2::eye(2));
/// assert!(matches!(h, HessInv::Dense(ref m) if m[[1, 1]] == 1.0));
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum HessInv {
    /// A dense `n × n` matrix (BFGS).
    Dense(Array2<f64>),
    /// The limited-memory operator of L-BFGS-B.
    Lbfgs(crate::LbfgsInvHessProduct),
}

/// What a minimizer's callback sees once per iteration: SciPy's `intermediate_result`.
///
/// # Examples
///
/// ```
/// use std::ops::ControlFlow;
/// use sci_core::Callback;
/// use sci_optimize::IntermediateResult;
///
/// let mut cb = Callback::new(|s: &IntermediateResult| {
///     if s.fun < 1e-6 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
/// });
/// let state = IntermediateResult { x: vec![0.0; 2].into(), fun: 0.0, nit: 3 };
/// assert!(cb.call(&state).is_break());
/// ```
#[derive(Debug, Clone, Default)]
pub struct IntermediateResult {
    /// The current iterate.
    pub x: Array1<f64>,
    /// The objective at `x`.
    pub fun: f64,
    /// Iterations completed so far.
    pub nit: usize,
}

impl IntermediateResult {
    /// Records the current iterate before the callback sees it (the state is kept and
    /// updated in place, so no allocation happens per iteration).
    pub(crate) fn set(&mut self, x: &[f64], fun: f64, nit: usize) {
        if self.x.len() == x.len() {
            self.x.iter_mut().zip(x).for_each(|(d, s)| *d = *s);
        } else {
            self.x = Array1::from(x.to_vec());
        }
        self.fun = fun;
        self.nit = nit;
    }
}

/// A minimizer's callback: return `ControlFlow::Break(())` to stop the run, which then ends
/// with `success = false` and SciPy's message
/// [`STOPPED_BY_CALLBACK`](sci_core::callback::STOPPED_BY_CALLBACK).
pub type MinimizeCallback<'a> = sci_core::Callback<'a, IntermediateResult>;
