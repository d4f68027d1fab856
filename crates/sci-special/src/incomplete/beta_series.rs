//! `I_x(a, b)` and `1 - I_x(a, b)` by the power series of DLMF 8.17.7 (DiDonato and Morris's
//! BPSER), `I_x = x^a / (a B(a, b)) (1 + a S)`, `S = sum_(j >= 1) (1 - b)_j / j! x^j / (a + j)`,
//! for `x <= 1/2` exact and `b x` small.
//!
//! For small `a` the ratio is close to 1 and its complement is of the order of `a`: it is
//! taken as `-expm1(L) - e^L a S` with `L = a ln x - ln(a B(a, b))`, which needs `L` to full
//! absolute accuracy; `-ln(a B(a, b)) = ln Gamma(a + b) - ln Gamma(b) - ln Gamma(1 + a)` is
//! therefore formed from the relatively accurate pieces of Stirling's formula and `lgam1p`
//! rather than from `betaln`, the large `a ln x + a ln b` together in double-double.

use super::beta_ratio::beta_prefactor;
use super::stirling::{lgam1p, ln_dd, ln_gamma_ratio, ln_gamma_ratio_excess};
use crate::numeric::DoubleDouble;

/// The largest number of terms.
const MAX_TERMS: usize = 1_000_000;

/// `S = sum_(j >= 1) (1 - b)_j / j! x^j / (a + j)`.
fn series_tail(a: f64, b: f64, x: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 0.0;
    for j in 1..MAX_TERMS {
        let fj = j as f64;
        term *= (fj - b) * x / fj;
        let t = term / (a + fj);
        sum += t;
        if t.abs() <= f64::EPSILON * 0.125 * (1.0 / a + sum).abs() || term == 0.0 {
            break;
        }
    }
    sum
}

/// `L = a ln x - ln(a B(a, b))` to full absolute accuracy, for `a <= 3/2`, in double-double
/// where its pieces are large.
fn log_leading_term(a: f64, b: f64, x: f64) -> DoubleDouble {
    if b <= 2.0 && b < a {
        // Shift the small parameter into the ratio: Gamma(a + b) / Gamma(a + 1) over Gamma(b).
        // ln Gamma(a + b) - ln Gamma(1 + a) = ln_gamma_ratio(a, b) - ln a, and ln Gamma(b) is
        // ln Gamma(1 + b) - ln b.
        let rest = ln_gamma_ratio(a, b) - a.ln() - lgam1p(b) + b.ln();
        return DoubleDouble::from_f64(a.mul_add(x.ln(), rest));
    }
    // ln Gamma(a + b) - ln Gamma(b) = a ln z + excess(z) - shift with z = b + n >= 8; the
    // large a ln x + a ln z = a ln(x z) is taken in double-double, the rest is small.
    let mut shift = 0.0;
    let mut z = b;
    while z < 8.0 {
        shift += (a / z).ln_1p();
        z += 1.0;
    }
    let xz = DoubleDouble::product(x, z);
    let rest = ln_gamma_ratio_excess(z, a) - shift - lgam1p(a);
    ln_dd(xz.hi, xz.lo) * a + DoubleDouble::from_f64(rest)
}

/// `(I_x(a, b), 1 - I_x(a, b))` for `a, b > 0`, `0 < x <= 1/2` exact, `y = 1 - x`, and `b x`
/// of order 1 at most.
pub(crate) fn power_series_pair(a: f64, b: f64, x: f64, y: f64) -> (f64, f64) {
    let s = series_tail(a, b, x);
    if a <= 1.5 {
        let l = log_leading_term(a, b, x);
        if l.hi > -1.0 {
            // e^L and e^L - 1 to first order in the low part of L.
            let e = l.hi.exp();
            let em1 = e.mul_add(l.lo, l.hi.exp_m1());
            let e = e.mul_add(l.lo, e);
            let q = -(e * a).mul_add(s, em1);
            let p = e.mul_add(a * s, e);
            return (p, q);
        }
    }
    // x^a / (a B(a, b)) = prefactor / (a y^b); the ratio is below 1/2 here. y^b from the
    // exact x: with b up to 1/x, an ULP of the rounded y would cost b ULP.
    let head = beta_prefactor(a, b, x, y) / (b * (-x).ln_1p()).exp();
    let p = head * a.mul_add(s, 1.0) / a;
    (p, 1.0 - p)
}
