//! Brent's method for a bracketed minimum: parabolic interpolation through the three best
//! points, with golden-section steps whenever the parabola is not trusted (Brent 1973,
//! chapter 5), as SciPy's `Brent` class.

use super::{Eval, ScalarResult, Stop, resolve_bracket, scalar_message};

/// The golden-section fraction `(3 - √5) / 2` to six digits, as SciPy uses it.
const CG: f64 = 0.381966;
/// The absolute part of the tolerance.
const MINTOL: f64 = 1e-11;

/// Brent's method on a fallible objective, bracketing first (see
/// [`resolve_bracket`]); `tol` is relative, `maxiter` bounds the iterations.
pub(crate) fn brent_core(
    f: &mut dyn FnMut(f64) -> Eval,
    brack: Option<&[f64]>,
    tol: f64,
    maxiter: usize,
) -> Result<ScalarResult, Stop> {
    if tol < 0.0 || tol.is_nan() {
        return Err(Stop::Invalid(sci_core::Error::invalid_argument(
            "xtol",
            tol,
            "tolerance should be >= 0",
        )));
    }
    let br = resolve_bracket(f, brack)?;
    let mut funcalls = br.funcalls;
    let (mut x, mut w, mut v) = (br.xb, br.xb, br.xb);
    let (mut fx, mut fw, mut fv) = (br.fb, br.fb, br.fb);
    let (mut a, mut b) = if br.xa < br.xc {
        (br.xa, br.xc)
    } else {
        (br.xc, br.xa)
    };
    let mut deltax: f64 = 0.0;
    let mut rat: f64 = 0.0;
    let mut iter = 0;
    while iter < maxiter {
        let tol1 = tol * x.abs() + MINTOL;
        let tol2 = 2.0 * tol1;
        let xmid = 0.5 * (a + b);
        if (x - xmid).abs() < tol2 - 0.5 * (b - a) {
            break;
        }
        if deltax.abs() <= tol1 {
            // Golden-section step into the larger part.
            deltax = if x >= xmid { a - x } else { b - x };
            rat = CG * deltax;
        } else {
            // Parabola through x, w, v.
            let tmp1 = (x - w) * (fx - fv);
            let mut tmp2 = (x - v) * (fx - fw);
            let mut p = (x - v) * tmp2 - (x - w) * tmp1;
            tmp2 = 2.0 * (tmp2 - tmp1);
            if tmp2 > 0.0 {
                p = -p;
            }
            tmp2 = tmp2.abs();
            let dx_temp = deltax;
            deltax = rat;
            // Accept it if it falls inside (a, b) and moves less than half the step before
            // last (so the steps shrink).
            if p > tmp2 * (a - x) && p < tmp2 * (b - x) && p.abs() < (0.5 * tmp2 * dx_temp).abs() {
                rat = p / tmp2;
                let u = x + rat;
                if u - a < tol2 || b - u < tol2 {
                    rat = if xmid - x >= 0.0 { tol1 } else { -tol1 };
                }
            } else {
                deltax = if x >= xmid { a - x } else { b - x };
                rat = CG * deltax;
            }
        }
        // Never evaluate closer than tol1 to x.
        let u = if rat.abs() < tol1 {
            if rat >= 0.0 { x + tol1 } else { x - tol1 }
        } else {
            x + rat
        };
        let fu = f(u)?;
        funcalls += 1;
        if fu > fx {
            if u < x {
                a = u;
            } else {
                b = u;
            }
            if fu <= fw || w == x {
                v = w;
                w = u;
                fv = fw;
                fw = fu;
            } else if fu <= fv || v == x || v == w {
                v = u;
                fv = fu;
            }
        } else {
            if u >= x {
                a = x;
            } else {
                b = x;
            }
            v = w;
            w = x;
            x = u;
            fv = fw;
            fw = fx;
            fx = fu;
        }
        iter += 1;
    }
    let nan = x.is_nan() || fx.is_nan();
    let success = iter < maxiter && !nan;
    let status = if success {
        0
    } else if nan {
        2
    } else {
        1
    };
    Ok(ScalarResult {
        x,
        fun: fx,
        nit: iter,
        nfev: funcalls,
        success,
        status,
        message: scalar_message(success, nan, tol),
    })
}
