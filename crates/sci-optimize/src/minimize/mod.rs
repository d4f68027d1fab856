//! `minimize`: one entry point for the local minimizers, dispatching on [`Method`] as
//! SciPy's `minimize(fun, x0, method=...)`. Each method lives in its own file with its
//! options struct (SciPy's `options=` dict, typed).

mod options;

pub use options::MinimizeOptions;
pub(crate) use options::Problem;

use sci_core::ndarray::Ix1;
use sci_core::{AsArray, Error, Result};

use crate::OptimizeResult;

/// A local minimization method with its own options (SciPy's `method=` and `options=`).
///
/// # Examples
///
/// ```
/// let m: Option<sci_optimize::Method> = None; // SciPy's default choice
/// assert!(m.is_none());
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Method {}

impl Method {
    /// SciPy's name of the method (`"BFGS"`, `"Nelder-Mead"`, ...).
    pub fn name(&self) -> &'static str {
        match *self {}
    }
}

/// Minimizes `fun` from `x0` with SciPy's defaults (BFGS with a 2-point finite-difference
/// gradient).
///
/// # Errors
///
/// As [`minimize_with`].
pub fn minimize<'x>(
    fun: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<OptimizeResult> {
    minimize_with(fun, x0, MinimizeOptions::default())
}

/// Minimizes `fun` from `x0` with the given method, derivatives, bounds, constraints and
/// callback (SciPy's `minimize`).
///
/// When no method is chosen, SciPy's rule picks one: SLSQP with constraints, L-BFGS-B with
/// bounds, BFGS otherwise.
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`, [`Error::NonFinite`] for a non-finite `x0`,
/// shape or ordering errors from the bounds and constraints, and the method's own errors.
pub fn minimize_with<'x, 'a>(
    fun: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: MinimizeOptions<'a>,
) -> Result<OptimizeResult> {
    let x0 = sci_core::view1(x0).to_vec();
    sci_core::check_nonempty("x0", x0.len(), 1)?;
    sci_core::check_finite("x0", &sci_core::ndarray::ArrayView1::from(&x0[..]))?;
    let (method, mut problem) = options.into_problem(&fun, x0.len())?;
    let Some(method) = method else {
        return Err(Error::Unsupported {
            what: "minimize: default method selection".into(),
        });
    };
    dispatch(&method, &mut problem, &x0)
}

/// Runs one method on a validated problem.
fn dispatch(
    method: &Method,
    _problem: &mut Problem<'_, '_>,
    _x0: &[f64],
) -> Result<OptimizeResult> {
    match *method {}
}
