//! Scalar root finding: SciPy's bracketing solvers (`bisect`, `brentq`, `brenth`, `ridder`,
//! `toms748`), Newton's family (`newton`: secant, Newton, Halley, also element-wise over an
//! array of starting points), `fixed_point` and the `root_scalar` front end.

mod bisect;
mod brent;
mod fixed_point;
mod newton;
mod ridder;
mod root_scalar;
mod toms748;

pub use bisect::{bisect, bisect_with};
pub use brent::{brenth, brenth_with, brentq, brentq_with};
pub use fixed_point::{FixedPointMethod, FixedPointOptions, fixed_point, fixed_point_with};
pub use newton::{
    NewtonArrayOptions, NewtonArrayResult, NewtonOptions, newton, newton_array, newton_array_with,
    newton_with,
};
pub use ridder::{ridder, ridder_with};
pub use root_scalar::{RootScalarOptions, ScalarRootMethod, root_scalar};
pub use toms748::{toms748, toms748_with};

use sci_core::{Error, Result};

use crate::roots::setters;

/// SciPy's `_xtol`, `_rtol` and `_iter`: the bracketing solvers' defaults.
pub(crate) const XTOL: f64 = 2e-12;
/// `4 ε`.
pub(crate) const RTOL: f64 = 4.0 * f64::EPSILON;

/// The outcome of a scalar root finder: SciPy's `RootResults` (`full_output=True`).
///
/// # Examples
///
/// ```
/// let r = sci_optimize::brentq_with(|x| x * x - 2.0, 0.0, 2.0, &Default::default()).unwrap();
/// assert!(r.converged && r.flag == "converged" && r.method == "brentq");
/// assert!((r.root - 2f64.sqrt()).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RootResults {
    /// The estimated root.
    pub root: f64,
    /// Iterations performed.
    pub iterations: usize,
    /// Function evaluations (derivative evaluations count one each, as in SciPy).
    pub function_calls: usize,
    /// Whether the method converged.
    pub converged: bool,
    /// SciPy's flag: `"converged"`, `"convergence error"`, or the reason of a failure.
    pub flag: String,
    /// SciPy's method name (`"brentq"`, `"newton"`, `"secant"`, `"halley"`, ...).
    pub method: &'static str,
}

impl RootResults {
    pub(crate) fn new(
        root: f64,
        iterations: usize,
        function_calls: usize,
        converged: bool,
        method: &'static str,
    ) -> Self {
        RootResults {
            root,
            iterations,
            function_calls,
            converged,
            flag: if converged {
                "converged"
            } else {
                "convergence error"
            }
            .into(),
            method,
        }
    }
}

/// The keywords of the bracketing solvers' `_with` forms (SciPy's `xtol`, `rtol`, `maxiter`,
/// `disp`, and `toms748`'s `k`).
///
/// # Examples
///
/// ```
/// use sci_optimize::BracketRootOptions;
///
/// let o = BracketRootOptions::default().xtol(1e-14).disp(false);
/// assert_eq!(o.maxiter, 100);
/// assert_eq!(o.rtol, 4.0 * f64::EPSILON);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BracketRootOptions {
    /// Absolute tolerance on the root (default 2e-12); must be positive.
    pub xtol: f64,
    /// Relative tolerance (default `4 ε`, the smallest accepted; `toms748` accepts `ε`).
    pub rtol: f64,
    /// Maximum iterations (default 100).
    pub maxiter: usize,
    /// `true` (SciPy's default): not converging within `maxiter` is an error; `false`:
    /// `Ok` with `converged = false`.
    pub disp: bool,
    /// `toms748` only: the number of Newton-quadratic steps per iteration (default 1).
    pub k: usize,
}

impl Default for BracketRootOptions {
    fn default() -> Self {
        Self {
            xtol: XTOL,
            rtol: RTOL,
            maxiter: 100,
            disp: true,
            k: 1,
        }
    }
}

setters!(BracketRootOptions {
    xtol: f64,
    rtol: f64,
    maxiter: usize,
    disp: bool,
    k: usize
});

impl BracketRootOptions {
    /// SciPy's checks of `xtol` and `rtol` (`rtol_min` is `4 ε`, or `ε` for `toms748`).
    pub(crate) fn validate(&self, rtol_min: f64) -> Result<()> {
        if self.xtol.is_nan() || self.xtol <= 0.0 {
            return Err(invalid("xtol", self.xtol, "too small (must be > 0)"));
        }
        if self.rtol.is_nan() || self.rtol < rtol_min {
            return Err(invalid(
                "rtol",
                self.rtol,
                &format!("too small (must be >= {rtol_min:e})"),
            ));
        }
        Ok(())
    }
}

pub(crate) fn invalid(name: &str, value: impl std::fmt::Display, reason: &str) -> Error {
    Error::InvalidArgument {
        name: name.into(),
        value: value.to_string(),
        reason: reason.into(),
    }
}

/// Counts calls and refuses a NaN value, as SciPy's wrapper raises `ValueError` on one.
pub(crate) struct Counted<F> {
    pub(crate) f: F,
    pub(crate) calls: usize,
}

impl<F: Fn(f64) -> f64> Counted<F> {
    pub(crate) fn new(f: F) -> Self {
        Counted { f, calls: 0 }
    }

    pub(crate) fn call(&mut self, x: f64) -> Result<f64> {
        let v = (self.f)(x);
        self.calls += 1;
        if v.is_nan() {
            return Err(Error::NonFinite {
                name: format!("f({x})"),
                index: vec![],
                value: v,
            });
        }
        Ok(v)
    }
}

/// The sign-change requirement of the bracketing solvers.
pub(crate) fn sign_error(a: f64, b: f64, fa: f64, fb: f64) -> Error {
    Error::InvalidArgument {
        name: "a, b".into(),
        value: format!("[{a}, {b}]"),
        reason: format!("f(a) and f(b) must have different signs, but f(a)={fa:e}, f(b)={fb:e}"),
    }
}

/// Turns a finished bracketing run into SciPy's outcome: with `disp`, no convergence is an
/// error (SciPy raises `RuntimeError`).
pub(crate) fn finish(r: RootResults, disp: bool) -> Result<RootResults> {
    if !r.converged && disp {
        return Err(Error::DidNotConverge {
            method: r.method.into(),
            iterations: r.iterations,
            detail: format!(
                "Failed to converge after {} iterations, value is {}",
                r.iterations, r.root
            ),
        });
    }
    Ok(r)
}
