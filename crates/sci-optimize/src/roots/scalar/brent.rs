//! `brentq` and `brenth`: Brent's method (1973) — bisection safeguarding inverse quadratic
//! interpolation (`brentq`) or hyperbolic extrapolation (`brenth`, Bus & Dekker 1975) — on a
//! bracket that always contains a sign change.

use sci_core::Result;

use super::{BracketRootOptions, Counted, RootResults, finish, sign_error};

/// The interpolation of the accelerated step.
#[derive(Clone, Copy)]
enum Kind {
    Quadratic,
    Hyperbolic,
}

fn brent(
    f: impl Fn(f64) -> f64,
    a: f64,
    b: f64,
    o: &BracketRootOptions,
    kind: Kind,
    method: &'static str,
) -> Result<RootResults> {
    o.validate(super::RTOL)?;
    let mut f = Counted::new(f);
    let (mut xpre, mut xcur) = (a, b);
    let mut fpre = f.call(xpre)?;
    let mut fcur = f.call(xcur)?;
    if fpre * fcur > 0.0 {
        return Err(sign_error(a, b, fpre, fcur));
    }
    if fpre == 0.0 {
        return Ok(RootResults::new(xpre, 0, f.calls, true, method));
    }
    if fcur == 0.0 {
        return Ok(RootResults::new(xcur, 0, f.calls, true, method));
    }
    let (mut xblk, mut fblk, mut spre, mut scur) = (0.0, 0.0, 0.0, 0.0);
    for it in 1..=o.maxiter {
        if fpre != 0.0 && fcur != 0.0 && (fpre.is_sign_negative() != fcur.is_sign_negative()) {
            // A sign change between the last two points: restart the contrapoint.
            xblk = xpre;
            fblk = fpre;
            spre = xcur - xpre;
            scur = spre;
        }
        if fblk.abs() < fcur.abs() {
            // Keep the best point in xcur.
            xpre = xcur;
            xcur = xblk;
            xblk = xpre;
            fpre = fcur;
            fcur = fblk;
            fblk = fpre;
        }
        let delta = (o.xtol + o.rtol * xcur.abs()) / 2.0;
        let sbis = (xblk - xcur) / 2.0;
        if fcur == 0.0 || sbis.abs() < delta {
            return Ok(RootResults::new(xcur, it, f.calls, true, method));
        }
        if spre.abs() > delta && fcur.abs() < fpre.abs() {
            let stry = if xpre == xblk {
                // Secant on the two distinct points.
                -fcur * (xcur - xpre) / (fcur - fpre)
            } else {
                let dpre = (fpre - fcur) / (xpre - xcur);
                let dblk = (fblk - fcur) / (xblk - xcur);
                match kind {
                    Kind::Quadratic => {
                        -fcur * (fblk * dblk - fpre * dpre) / (dblk * dpre * (fblk - fpre))
                    }
                    Kind::Hyperbolic => -fcur * (fblk - fpre) / (fblk * dpre - fpre * dblk),
                }
            };
            // Accept a step that is short compared with the last two and inside the bracket.
            if 2.0 * stry.abs() < spre.abs().min(3.0 * sbis.abs() - delta) {
                spre = scur;
                scur = stry;
            } else {
                spre = sbis;
                scur = sbis;
            }
        } else {
            spre = sbis;
            scur = sbis;
        }
        xpre = xcur;
        fpre = fcur;
        if scur.abs() > delta {
            xcur += scur;
        } else {
            xcur += if sbis > 0.0 { delta } else { -delta };
        }
        fcur = f.call(xcur)?;
    }
    finish(
        RootResults::new(xcur, o.maxiter, f.calls, false, method),
        o.disp,
    )
}

/// A root of `f` in `[a, b]` by Brent's method with inverse quadratic interpolation, SciPy's
/// defaults (`xtol = 2e-12`, `rtol = 4 ε`, `maxiter = 100`). The recommended bracketing
/// solver: superlinear convergence, never worse than bisection by more than a constant.
///
/// # Examples
///
/// ```
/// let x = sci_optimize::brentq(|x| x.powi(3) - 2.0 * x - 5.0, 2.0, 3.0).unwrap();
/// assert!((x - 2.0945514815423265).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// As [`brentq_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.brentq.html>
/// - R. P. Brent, *Algorithms for Minimization Without Derivatives*, Prentice-Hall, 1973,
///   chapter 4.
pub fn brentq(f: impl Fn(f64) -> f64, a: f64, b: f64) -> Result<f64> {
    brentq_with(f, a, b, &BracketRootOptions::default()).map(|r| r.root)
}

/// [`brentq`] with SciPy's keywords, returning the full [`RootResults`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{BracketRootOptions, brentq_with};
///
/// let r = brentq_with(|x| x.cos() - x, 0.0, 1.0, &BracketRootOptions::default().xtol(1e-14)).unwrap();
/// assert!(r.converged && (r.root - 0.7390851332151607).abs() < 1e-14);
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
/// As [`brentq`].
pub fn brentq_with(
    f: impl Fn(f64) -> f64,
    a: f64,
    b: f64,
    options: &BracketRootOptions,
) -> Result<RootResults> {
    brent(f, a, b, options, Kind::Quadratic, "brentq")
}

/// A root of `f` in `[a, b]` by Brent's method with hyperbolic extrapolation (Bus & Dekker),
/// SciPy's defaults.
///
/// # Examples
///
/// ```
/// let x = sci_optimize::brenth(|x| x.powi(3) - 2.0 * x - 5.0, 2.0, 3.0).unwrap();
/// assert!((x - 2.0945514815423265).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// As [`brenth_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.brenth.html>
/// - J. C. P. Bus, T. J. Dekker, "Two efficient algorithms with guaranteed convergence for
///   finding a zero of a function", *ACM TOMS* 1(4), 1975.
pub fn brenth(f: impl Fn(f64) -> f64, a: f64, b: f64) -> Result<f64> {
    brenth_with(f, a, b, &BracketRootOptions::default()).map(|r| r.root)
}

/// [`brenth`] with SciPy's keywords, returning the full [`RootResults`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{BracketRootOptions, brenth_with};
///
/// let r = brenth_with(|x| x.exp() - 2.0, 0.0, 1.0, &BracketRootOptions::default()).unwrap();
/// assert!(r.converged && (r.root - 2f64.ln()).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// As [`brentq_with`].
///
/// # References
///
/// As [`brenth`].
pub fn brenth_with(
    f: impl Fn(f64) -> f64,
    a: f64,
    b: f64,
    options: &BracketRootOptions,
) -> Result<RootResults> {
    brent(f, a, b, options, Kind::Hyperbolic, "brenth")
}
