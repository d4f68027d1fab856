//! `ridder`: Ridders' method (1979) — each iteration evaluates the midpoint and fits an
//! exponential factor that makes the function linear, converging quadratically while
//! keeping a sign-changing bracket.

use sci_core::Result;

use super::{BracketRootOptions, Counted, RootResults, finish, sign_error};

/// A root of `f` in `[a, b]` by Ridders' method, SciPy's defaults.
///
/// # Examples
///
/// ```
/// let x = sci_optimize::ridder(|x| x.powi(3) - 2.0 * x - 5.0, 2.0, 3.0).unwrap();
/// assert!((x - 2.0945514815423265).abs() < 1e-11);
/// ```
///
/// # Errors
///
/// As [`ridder_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.ridder.html>
/// - C. Ridders, "A new algorithm for computing a single root of a real continuous
///   function", *IEEE Trans. Circuits and Systems* 26, 1979.
pub fn ridder(f: impl Fn(f64) -> f64, a: f64, b: f64) -> Result<f64> {
    ridder_with(f, a, b, &BracketRootOptions::default()).map(|r| r.root)
}

/// [`ridder`] with SciPy's keywords, returning the full [`RootResults`] (two evaluations
/// per iteration).
///
/// # Examples
///
/// ```
/// use sci_optimize::{BracketRootOptions, ridder_with};
///
/// let r = ridder_with(|x| x.exp() - 2.0, 0.0, 1.0, &BracketRootOptions::default()).unwrap();
/// assert!(r.converged && (r.root - 2f64.ln()).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// As [`brentq_with`](crate::brentq_with).
///
/// # References
///
/// As [`ridder`].
pub fn ridder_with(
    f: impl Fn(f64) -> f64,
    a: f64,
    b: f64,
    options: &BracketRootOptions,
) -> Result<RootResults> {
    options.validate(super::RTOL)?;
    let o = options;
    let mut f = Counted::new(f);
    let (mut xa, mut xb) = (a, b);
    let mut fa = f.call(xa)?;
    let mut fb = f.call(xb)?;
    if fa * fb > 0.0 {
        return Err(sign_error(a, b, fa, fb));
    }
    if fa == 0.0 {
        return Ok(RootResults::new(xa, 0, f.calls, true, "ridder"));
    }
    if fb == 0.0 {
        return Ok(RootResults::new(xb, 0, f.calls, true, "ridder"));
    }
    let mut tol = o.xtol;
    let mut xn = 0.0;
    for it in 1..=o.maxiter {
        let dm = 0.5 * (xb - xa);
        let xm = xa + dm;
        let fm = f.call(xm)?;
        let dn = sign(fb - fa) * dm * fm / (fm * fm - fa * fb).sqrt();
        // Never step closer than tol/2 to the bracket's ends.
        xn = xm - sign(dn) * dn.abs().min(dm.abs() - 0.5 * tol);
        let fnv = f.call(xn)?;
        if fnv.is_sign_negative() != fm.is_sign_negative() {
            xa = xn;
            fa = fnv;
            xb = xm;
            fb = fm;
        } else if fnv.is_sign_negative() != fa.is_sign_negative() {
            xb = xn;
            fb = fnv;
        } else {
            xa = xn;
            fa = fnv;
        }
        tol = o.xtol + o.rtol * xn;
        if fnv == 0.0 || (xb - xa).abs() < tol {
            return Ok(RootResults::new(xn, it, f.calls, true, "ridder"));
        }
    }
    finish(
        RootResults::new(xn, o.maxiter, f.calls, false, "ridder"),
        o.disp,
    )
}

/// `+1` or `-1` (`+1` for zero), as the C `SIGN` of SciPy's implementation.
fn sign(v: f64) -> f64 {
    if v < 0.0 { -1.0 } else { 1.0 }
}
