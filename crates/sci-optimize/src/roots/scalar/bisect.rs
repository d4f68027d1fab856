//! `bisect`: halve the bracket until it is shorter than `xtol + rtol |x|`.

use sci_core::Result;

use super::{BracketRootOptions, Counted, RootResults, finish, sign_error};

/// A root of `f` in `[a, b]` by bisection, with SciPy's defaults (`xtol = 2e-12`,
/// `rtol = 4 ε`, `maxiter = 100`).
///
/// # Examples
///
/// ```
/// let x = sci_optimize::bisect(|x| x * x - 1.0, 0.0, 2.0).unwrap();
/// assert!((x - 1.0).abs() < 1e-11);
/// ```
///
/// # Errors
///
/// As [`bisect_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.bisect.html>
pub fn bisect(f: impl Fn(f64) -> f64, a: f64, b: f64) -> Result<f64> {
    bisect_with(f, a, b, &BracketRootOptions::default()).map(|r| r.root)
}

/// [`bisect`] with SciPy's keywords, returning the full [`RootResults`]. Each iteration
/// costs one evaluation; the bracket halves every time, so about `log₂((b - a) / xtol)`
/// iterations are needed.
///
/// # Examples
///
/// ```
/// use sci_optimize::{BracketRootOptions, bisect_with};
///
/// let r = bisect_with(|x| x - 0.3, 0.0, 1.0, &BracketRootOptions::default()).unwrap();
/// assert!(r.converged && r.function_calls == r.iterations + 2);
/// ```
///
/// # Errors
///
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) when `f(a)` and `f(b)` have
/// the same sign or the tolerances are too small;
/// [`Error::NonFinite`](sci_core::Error::NonFinite) when `f` returns NaN;
/// [`Error::DidNotConverge`](sci_core::Error::DidNotConverge) after `maxiter` iterations
/// with `disp` (else `Ok` with `converged = false`).
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.bisect.html>
pub fn bisect_with(
    f: impl Fn(f64) -> f64,
    a: f64,
    b: f64,
    options: &BracketRootOptions,
) -> Result<RootResults> {
    options.validate(super::RTOL)?;
    let o = options;
    let mut f = Counted::new(f);
    let (mut xa, xb) = (a, b);
    let fa = f.call(xa)?;
    let fb = f.call(xb)?;
    if fa * fb > 0.0 {
        return Err(sign_error(a, b, fa, fb));
    }
    if fa == 0.0 {
        return Ok(RootResults::new(xa, 0, f.calls, true, "bisect"));
    }
    if fb == 0.0 {
        return Ok(RootResults::new(xb, 0, f.calls, true, "bisect"));
    }
    let mut dm = xb - xa;
    for it in 1..=o.maxiter {
        dm *= 0.5;
        let xm = xa + dm;
        let fm = f.call(xm)?;
        // Keep the half whose left end has f's sign of f(a).
        if fm * fa >= 0.0 {
            xa = xm;
        }
        if fm == 0.0 || dm.abs() < o.xtol + o.rtol * xm.abs() {
            return Ok(RootResults::new(xm, it, f.calls, true, "bisect"));
        }
    }
    finish(
        RootResults::new(xa, o.maxiter, f.calls, false, "bisect"),
        o.disp,
    )
}
