//! Double-double `exp` and `ln` for the prefactor `exp(eps + x eps^-a) eps^(1-b)` of the
//! integral: the exponent reaches several hundred, and its rounding in plain `f64` would
//! cost as many units in the last place of the result.

use crate::numeric::DoubleDouble as Dd;

/// `ln 2` in double-double.
const LN2: Dd = Dd::new(std::f64::consts::LN_2, 2.319_046_813_846_299_6e-17);

/// `exp(t)` for `|t| < 700`, to about 1e-30 relative: `2^k exp(r)` with
/// `r = t - k ln 2`, `|r| <= ln(2)/2`, by its Taylor series.
pub(super) fn exp_dd(t: Dd) -> Dd {
    let k = (t.hi / LN2.hi).round();
    let r = t - LN2 * k;
    let mut term = Dd::from_f64(1.0);
    let mut sum = Dd::from_f64(1.0);
    for j in 1..40 {
        term = term * r / f64::from(j);
        sum = sum + term;
        if term.hi.abs() < 1e-33 {
            break;
        }
    }
    // |k| <= 1010 here, so the power of two is exact and normal.
    let scale = 2f64.powi(k as i32);
    Dd::new(sum.hi * scale, sum.lo * scale)
}

/// `ln(x)` for a positive normal `x`: one Newton step `y + x exp(-y) - 1` from `y = ln x`
/// doubles the precision.
pub(super) fn ln_dd(x: f64) -> Dd {
    let y = x.ln();
    let correction = exp_dd(Dd::from_f64(-y)) * x - Dd::from_f64(1.0);
    Dd::from_f64(y) + correction
}
