//! `root`: one entry point for the solvers of systems of nonlinear equations `F(x) = 0`,
//! dispatching on [`RootMethod`] as SciPy's `root(fun, x0, method=...)`. Each method lives in
//! its own file with its options struct (SciPy's `options=` dict, typed).

mod dfsane;
mod fsolve;
mod hybr;
mod nonlin;
mod qr_update;

pub use dfsane::{DfSaneLineSearch, DfSaneOptions, EtaStrategy};
pub use fsolve::{FsolveOptions, FsolveOutput, fsolve, fsolve_with};
pub use hybr::HybrOptions;
pub use nonlin::{
    JacOptions, NonlinLineSearch, NonlinOptions, ReductionMethod, anderson, anderson_with,
    broyden1, broyden1_with, broyden2, broyden2_with, diagbroyden, diagbroyden_with,
    excitingmixing, excitingmixing_with, linearmixing, linearmixing_with,
};

use std::fmt;
use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2, ArrayViewMut2, Ix1};
use sci_core::{AsArray, Result};

/// A Jacobian of a system: writes `J[i, j] = ∂F_i/∂x_j` at `x` into the `m × n` view.
pub type SystemJacFn<'a> = Box<dyn Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// A root solver's callback: sees the state once per iteration and returns
/// `ControlFlow::Break(())` to stop the run (SciPy's `callback(x, f)`).
pub type RootCallback<'a> = sci_core::Callback<'a, RootState>;

/// A system solving method with its own options (SciPy's `method=` and `options=`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{HybrOptions, RootMethod};
///
/// let m = RootMethod::Hybr(HybrOptions::default().xtol(1e-10));
/// assert_eq!(m.name(), "hybr");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum RootMethod {
    /// `'hybr'`: Powell's hybrid method (MINPACK `hybrd`/`hybrj`), SciPy's default.
    Hybr(HybrOptions),
    /// `'broyden1'`: Broyden's good method.
    Broyden1(NonlinOptions),
    /// `'broyden2'`: Broyden's bad method.
    Broyden2(NonlinOptions),
    /// `'anderson'`: Anderson mixing.
    Anderson(NonlinOptions),
    /// `'linearmixing'`: a scalar Jacobian approximation.
    LinearMixing(NonlinOptions),
    /// `'diagbroyden'`: a diagonal Broyden approximation.
    DiagBroyden(NonlinOptions),
    /// `'excitingmixing'`: tuned diagonal Jacobian approximation.
    ExcitingMixing(NonlinOptions),
    /// `'df-sane'`: derivative-free spectral residual method.
    DfSane(DfSaneOptions),
    /// `'lm'`: MINPACK's Levenberg-Marquardt on `min ||F(x)||²` (SciPy runs `leastsq`).
    Lm(crate::LmRootOptions),
}

impl Default for RootMethod {
    fn default() -> Self {
        RootMethod::Hybr(HybrOptions::default())
    }
}

impl RootMethod {
    /// SciPy's name of the method (`"hybr"`, `"broyden1"`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            RootMethod::Hybr(_) => "hybr",
            RootMethod::Broyden1(_) => "broyden1",
            RootMethod::Broyden2(_) => "broyden2",
            RootMethod::Anderson(_) => "anderson",
            RootMethod::LinearMixing(_) => "linearmixing",
            RootMethod::DiagBroyden(_) => "diagbroyden",
            RootMethod::ExcitingMixing(_) => "excitingmixing",
            RootMethod::DfSane(_) => "df-sane",
            RootMethod::Lm(_) => "lm",
        }
    }
}

/// What a root solver's callback sees once per iteration: the iterate and the residual.
#[derive(Debug, Clone, Default)]
pub struct RootState {
    /// The current iterate.
    pub x: Array1<f64>,
    /// The residual `F(x)`.
    pub fun: Array1<f64>,
    /// Iterations completed so far.
    pub nit: usize,
}

/// The result of [`root`]: SciPy's `OptimizeResult` for systems, with SciPy's field names.
///
/// Fields a method does not produce keep their `Default` (`None`, 0), as SciPy's result
/// lacks those keys.
///
/// # Examples
///
/// ```
/// use sci_optimize::RootResult;
///
/// let r = RootResult { success: true, ..Default::default() };
/// assert!(r.success && r.fjac.is_none());
/// ```
#[derive(Debug, Clone, Default)]
pub struct RootResult {
    /// The solution (the last iterate when the run did not converge).
    pub x: Array1<f64>,
    /// Whether the method's convergence test was met.
    pub success: bool,
    /// The method's termination code as SciPy reports it (MINPACK's `info` for `hybr`).
    pub status: i32,
    /// Why the run stopped, in SciPy's words.
    pub message: String,
    /// The residual `F(x)`.
    pub fun: Array1<f64>,
    /// The Jacobian at `x`, for methods that return one.
    pub jac: Option<Array2<f64>>,
    /// `hybr`/`lm`: the orthogonal factor `Q` of the final Jacobian's QR factorisation
    /// (`lm`: MINPACK's permuted `fjac` layout).
    pub fjac: Option<Array2<f64>>,
    /// `hybr`: the upper triangle of `R`, packed row by row.
    pub r: Option<Array1<f64>>,
    /// `hybr`/`lm`: the vector `Qᵀ F(x)`.
    pub qtf: Option<Array1<f64>>,
    /// `lm`: the column permutation of the QR factorisation (1-based, as MINPACK's).
    pub ipvt: Option<Array1<usize>>,
    /// `lm`: the covariance estimate, `None` when the Jacobian is singular.
    pub cov_x: Option<Array2<f64>>,
    /// Function evaluations.
    pub nfev: usize,
    /// Jacobian evaluations (0 when none was supplied).
    pub njev: usize,
    /// Iterations performed (the nonlin family and `df-sane`).
    pub nit: usize,
    /// SciPy's method name.
    pub method: &'static str,
}

/// The keywords of [`root_with`] other than the method's own options.
///
/// # Examples
///
/// ```
/// use sci_optimize::{NonlinOptions, RootMethod, RootOptions};
///
/// let o = RootOptions::default().method(RootMethod::Broyden1(NonlinOptions::default())).tol(1e-10);
/// assert_eq!(o.tol, Some(1e-10));
/// ```
#[derive(Default)]
pub struct RootOptions<'a> {
    /// The method and its options (default `hybr`).
    pub method: RootMethod,
    /// The Jacobian of `fun` (`hybr`, `lm`); finite differences when `None`.
    pub jac: Option<SystemJacFn<'a>>,
    /// A tolerance for termination: `hybr`/`lm` use it as `xtol` and `df-sane` as `ftol`
    /// (overriding the method's option: its typed options cannot tell "unset" from the
    /// default); the nonlin family fills its unset tolerances as SciPy does (`xtol = tol`,
    /// the others infinite, so only the relative step test remains).
    pub tol: Option<f64>,
    /// Called once per iteration (nonlin family, `df-sane`, and each accepted step of `hybr`,
    /// where SciPy ignores it); `Break` ends the run with `status = 99`.
    pub callback: Option<RootCallback<'a>>,
}

impl<'a> RootOptions<'a> {
    /// Sets the method.
    #[must_use]
    pub fn method(mut self, method: RootMethod) -> Self {
        self.method = method;
        self
    }

    /// Sets the Jacobian.
    #[must_use]
    pub fn jac(mut self, jac: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        self.jac = Some(Box::new(jac));
        self
    }

    /// Sets `tol`.
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = Some(tol);
        self
    }

    /// Sets the callback.
    #[must_use]
    pub fn callback(mut self, callback: impl FnMut(&RootState) -> ControlFlow<()> + 'a) -> Self {
        self.callback = Some(sci_core::Callback::new(callback));
        self
    }
}

impl fmt::Debug for RootOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RootOptions")
            .field("method", &self.method)
            .field("jac", &self.jac.as_ref().map(|_| ".."))
            .field("tol", &self.tol)
            .field("callback", &self.callback.as_ref().map(|_| ".."))
            .finish()
    }
}

/// The validated system each method receives.
pub(crate) struct SystemProblem<'p, 'a> {
    /// `F(x)`, written into a slice of length `n`.
    pub(crate) fun: &'p dyn Fn(&[f64], &mut [f64]),
    /// The Jacobian, if supplied.
    pub(crate) jac: Option<SystemJacFn<'a>>,
    /// `root`'s `tol`.
    pub(crate) tol: Option<f64>,
    /// The callback.
    pub(crate) callback: Option<RootCallback<'a>>,
}

/// Finds a root of the square system `fun(x) = 0` from `x0` with SciPy's default method
/// (`hybr`, finite-difference Jacobian).
///
/// # Examples
///
/// ```
/// let r = sci_optimize::root(
///     |x: &[f64], f: &mut [f64]| {
///         f[0] = x[0] + 0.5 * (x[0] - x[1]).powi(3) - 1.0;
///         f[1] = 0.5 * (x[1] - x[0]).powi(3) + x[1];
///     },
///     &[0.0, 0.0],
/// )
/// .unwrap();
/// assert!(r.success);
/// assert!((r.x[0] - 0.8411639).abs() < 1e-6 && (r.x[1] - 0.1588361).abs() < 1e-6);
/// ```
///
/// # Errors
///
/// As [`root_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.root.html>
/// - M. J. D. Powell, "A hybrid method for nonlinear equations", 1970.
pub fn root<'x>(
    fun: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<RootResult> {
    root_with(fun, x0, RootOptions::default())
}

/// Finds a root of `fun(x) = 0` from `x0` with the given method, Jacobian, tolerance and
/// callback (SciPy's `root`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{DfSaneOptions, RootMethod, RootOptions, root_with};
///
/// let r = root_with(
///     |x: &[f64], f: &mut [f64]| f[0] = x[0] * x[0] - 2.0,
///     &[1.0],
///     RootOptions::default().method(RootMethod::DfSane(DfSaneOptions::default())),
/// )
/// .unwrap();
/// assert!(r.success && (r.x[0] - 2f64.sqrt()).abs() < 1e-6);
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`, invalid options,
/// and the method's own errors. Non-convergence is `Ok` with `success = false`.
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.root.html>
pub fn root_with<'x, 'a>(
    fun: impl Fn(&[f64], &mut [f64]) + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: RootOptions<'a>,
) -> Result<RootResult> {
    let x0 = crate::objective::checked_x0(x0)?;
    let mut problem = SystemProblem {
        fun: &fun,
        jac: options.jac,
        tol: options.tol,
        callback: options.callback,
    };
    let mut result = dispatch(&options.method, &mut problem, &x0)?;
    result.method = options.method.name();
    Ok(result)
}

/// Runs one method on a validated problem.
fn dispatch(
    method: &RootMethod,
    problem: &mut SystemProblem<'_, '_>,
    x0: &[f64],
) -> Result<RootResult> {
    match method {
        RootMethod::Hybr(o) => hybr::root_hybr(problem, x0, o),
        RootMethod::DfSane(o) => dfsane::root_dfsane(problem, x0, o),
        RootMethod::Lm(o) => crate::least_squares::minpack_lm::root_lm_problem(problem, x0, o),
        RootMethod::Broyden1(o)
        | RootMethod::Broyden2(o)
        | RootMethod::Anderson(o)
        | RootMethod::LinearMixing(o)
        | RootMethod::DiagBroyden(o)
        | RootMethod::ExcitingMixing(o) => nonlin::root_nonlin(problem, x0, method, o),
    }
}
