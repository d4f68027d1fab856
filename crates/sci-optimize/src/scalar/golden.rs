//! Golden-section search for a bracketed minimum (Kiefer 1953), as SciPy's
//! `_minimize_scalar_golden`: each step shrinks the bracket by the golden ratio.

use super::{Eval, ScalarResult, Stop, resolve_bracket, scalar_message};

/// Golden-section search on a fallible objective, bracketing first; `tol` is relative to
/// the two inner points, `maxiter` bounds the iterations.
pub(crate) fn golden_core(
    f: &mut dyn FnMut(f64) -> Eval,
    brack: Option<&[f64]>,
    tol: f64,
    maxiter: usize,
) -> Result<ScalarResult, Stop> {
    const GR: f64 = 0.61803399;
    const GC: f64 = 1.0 - GR;
    let br = resolve_bracket(f, brack)?;
    let mut funcalls = br.funcalls;
    let (mut x0, mut x3) = (br.xa, br.xc);
    let xb = br.xb;
    // Place the new inner point in the larger of the two sub-intervals.
    let (mut x1, mut x2) = if (br.xc - xb).abs() > (xb - br.xa).abs() {
        (xb, xb + GC * (br.xc - xb))
    } else {
        (xb - GC * (xb - br.xa), xb)
    };
    let mut f1 = f(x1)?;
    let mut f2 = f(x2)?;
    funcalls += 2;
    let mut nit = 0;
    for _ in 0..maxiter {
        if (x3 - x0).abs() <= tol * (x1.abs() + x2.abs()) {
            break;
        }
        if f2 < f1 {
            x0 = x1;
            x1 = x2;
            x2 = GR * x1 + GC * x3;
            f1 = f2;
            f2 = f(x2)?;
        } else {
            x3 = x2;
            x2 = x1;
            x1 = GR * x2 + GC * x0;
            f2 = f1;
            f1 = f(x1)?;
        }
        funcalls += 1;
        nit += 1;
    }
    let (x, fun) = if f1 < f2 { (x1, f1) } else { (x2, f2) };
    let nan = x.is_nan() || fun.is_nan();
    let success = nit < maxiter && !nan;
    let status = if success {
        0
    } else if nan {
        2
    } else {
        1
    };
    Ok(ScalarResult {
        x,
        fun,
        nit,
        nfev: funcalls,
        success,
        status,
        message: scalar_message(success, nan, tol),
    })
}
