//! Brent's method on a closed interval (Brent 1973, chapter 5, procedure `fmin`; Forsythe,
//! Malcolm & Moler 1977), as SciPy's `_minimize_scalar_bounded` / `fminbound`.

use sci_core::Error;

use super::{Eval, ScalarResult, Stop};

/// Minimizes a fallible objective on `[x1, x2]`; `xatol` is absolute, `maxfun` bounds the
/// evaluations.
pub(crate) fn bounded_core(
    f: &mut dyn FnMut(f64) -> Eval,
    x1: f64,
    x2: f64,
    xatol: f64,
    maxfun: usize,
) -> Result<ScalarResult, Stop> {
    if !x1.is_finite() || !x2.is_finite() {
        return Err(Stop::Invalid(Error::invalid_argument(
            "bounds",
            format!("({x1}, {x2})"),
            "Optimization bounds must be finite scalars.",
        )));
    }
    if x1 > x2 {
        return Err(Stop::Invalid(Error::invalid_argument(
            "bounds",
            format!("({x1}, {x2})"),
            "The lower bound exceeds the upper bound.",
        )));
    }
    // SciPy's √ε uses ε = 2.2e-16.
    let sqrt_eps = 2.2e-16f64.sqrt();
    let golden_mean = 0.5 * (3.0 - 5.0f64.sqrt());
    let (mut a, mut b) = (x1, x2);
    let mut fulc = a + golden_mean * (b - a);
    let (mut nfc, mut xf) = (fulc, fulc);
    let mut rat: f64 = 0.0;
    let mut e: f64 = 0.0;
    let mut x;
    let mut fx = f(xf)?;
    let mut num = 1;
    let mut fu = f64::INFINITY;
    let (mut ffulc, mut fnfc) = (fx, fx);
    let mut xm = 0.5 * (a + b);
    let mut tol1 = sqrt_eps * xf.abs() + xatol / 3.0;
    let mut tol2 = 2.0 * tol1;
    let mut flag = 0;
    while (xf - xm).abs() > tol2 - 0.5 * (b - a) {
        let mut golden = true;
        if e.abs() > tol1 {
            // Try a parabolic step through xf, nfc, fulc.
            golden = false;
            let mut r = (xf - nfc) * (fx - ffulc);
            let mut q = (xf - fulc) * (fx - fnfc);
            let mut p = (xf - fulc) * q - (xf - nfc) * r;
            q = 2.0 * (q - r);
            if q > 0.0 {
                p = -p;
            }
            q = q.abs();
            r = e;
            e = rat;
            if p.abs() < (0.5 * q * r).abs() && p > q * (a - xf) && p < q * (b - xf) {
                rat = p / q;
                x = xf + rat;
                if x - a < tol2 || b - x < tol2 {
                    let d = xm - xf;
                    let si = if d > 0.0 {
                        1.0
                    } else if d < 0.0 {
                        -1.0
                    } else {
                        1.0
                    };
                    rat = tol1 * si;
                }
            } else {
                golden = true;
            }
        }
        if golden {
            e = if xf >= xm { a - xf } else { b - xf };
            rat = golden_mean * e;
        }
        let si = if rat > 0.0 {
            1.0
        } else if rat < 0.0 {
            -1.0
        } else {
            1.0
        };
        x = xf + si * rat.abs().max(tol1);
        fu = f(x)?;
        num += 1;
        if fu <= fx {
            if x >= xf {
                a = xf;
            } else {
                b = xf;
            }
            fulc = nfc;
            ffulc = fnfc;
            nfc = xf;
            fnfc = fx;
            xf = x;
            fx = fu;
        } else {
            if x < xf {
                a = x;
            } else {
                b = x;
            }
            if fu <= fnfc || nfc == xf {
                fulc = nfc;
                ffulc = fnfc;
                nfc = x;
                fnfc = fu;
            } else if fu <= ffulc || fulc == xf || fulc == nfc {
                fulc = x;
                ffulc = fu;
            }
        }
        xm = 0.5 * (a + b);
        tol1 = sqrt_eps * xf.abs() + xatol / 3.0;
        tol2 = 2.0 * tol1;
        if num >= maxfun {
            flag = 1;
            break;
        }
    }
    if xf.is_nan() || fx.is_nan() || fu.is_nan() {
        flag = 2;
    }
    let message = match flag {
        0 => "Solution found.",
        1 => "Maximum number of function calls reached.",
        _ => "NaN result encountered.",
    };
    Ok(ScalarResult {
        x: xf,
        fun: fx,
        nit: num,
        nfev: num,
        success: flag == 0,
        status: flag,
        message: message.to_string(),
    })
}
