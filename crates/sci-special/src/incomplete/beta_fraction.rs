//! `I_x(a, b)` by the even part of the continued fraction of DLMF 8.17.22, in the form of
//! DiDonato and Morris (1992, BFRAC), where the one quantity that cancels near the mean,
//! `lambda = a - (a + b) x`, enters explicitly and is computed exactly.
//!
//! In the plain fraction every partial numerator carries `x`, and `1 + d_1 + d_2 + ...`
//! cancel down to `lambda`: when `x` is the rounded complement of an exact `1 - x`, or when
//! `a + b` rounds, that cancellation turns an ULP of `x` into thousands of ULP of the ratio
//! for large `a + b`. The contracted form
//! `I_x = x^a y^b / B(a, b) / (beta_1 + alpha_2 / (beta_2 + alpha_3 / (beta_3 + ...)))` with
//!
//! - `beta_1 = a (lambda + 1) / (a + 1)`,
//! - `alpha_(n+1) = (a + n - 1)(a + b + n - 1) n (b - n) x^2 / (a + 2n - 1)^2`,
//! - `beta_(n+1) = n + n (b - n) x / (a + 2n - 1) + (a + n) / (a + 2n + 1) (lambda + 1 + n (1 + y))`
//!
//! has no other cancellation for `lambda >= 0` and converges in half the steps.

use super::beta_ratio::beta_prefactor;
use crate::numeric::{DoubleDouble, continued_fraction};

/// The largest number of contracted steps (the fraction needs a number growing like a power
/// of `a + b` near the mean; this reaches `a + b` of about 1e13).
const MAX_STEPS: usize = 500_000;

/// `lambda = a - (a + b) x = (a + b) y - b` from the exact one of `x`, `y` (the other may be
/// its rounded complement), in double-double so that no rounding of `a + b` or of a product
/// enters before the cancellation.
pub(crate) fn mean_offset_dd(a: f64, b: f64, x: f64, y: f64) -> DoubleDouble {
    if x <= 0.5 {
        DoubleDouble::from_f64(a) - DoubleDouble::product(a, x) - DoubleDouble::product(b, x)
    } else {
        DoubleDouble::product(a, y) + DoubleDouble::product(b, y) - DoubleDouble::from_f64(b)
    }
}

/// [`mean_offset_dd`] rounded to `f64`.
pub(crate) fn mean_offset(a: f64, b: f64, x: f64, y: f64) -> f64 {
    mean_offset_dd(a, b, x, y).to_f64()
}

/// The partial numerator and denominator `(alpha_(n+1) s^2, beta_(n+1) s)`, `n >= 1`, with the
/// power of two `s` of [`beta_fraction`].
fn step_terms(a: f64, b: f64, x: f64, y: f64, lambda: f64, n: usize, s: f64) -> (f64, f64) {
    let fn_ = n as f64;
    let a2n = a + 2.0 * fn_;
    // Each large parameter is paired with a factor x (or s) so that nothing overflows for huge
    // a and b.
    let bx = (b - fn_) * x;
    let alpha = (((a + b + fn_ - 1.0) * x) * (s * s))
        * bx
        * ((a + fn_ - 1.0) / (a2n - 1.0))
        * (fn_ / (a2n - 1.0));
    let beta =
        fn_ + fn_ * bx / (a2n - 1.0) + (a + fn_) / (a2n + 1.0) * (lambda + 1.0 + fn_ * (1.0 + y));
    (alpha, beta * s)
}

/// `I_x(a, b)` for `a, b > 0`, `0 < x < 1`, `y = 1 - x` (the one below 1/2 exact) and
/// `lambda = a - (a + b) x >= 0` (or slightly negative).
///
/// The fraction is evaluated by [`continued_fraction`]: Lentz for the depth, then summed
/// from its tail.
pub(crate) fn beta_fraction(a: f64, b: f64, x: f64, y: f64, lambda: f64) -> f64 {
    let prefactor = beta_prefactor(a, b, x, y);
    if prefactor == 0.0 {
        return 0.0;
    }
    // Above 2^500 the partial numerators, of the size of a + b, would overflow: the equivalent
    // fraction scaled by s = 2^-k ~ 1 / sqrt(a + b) (exact) is summed instead.
    let s = if a + b > 2f64.powi(500) {
        2f64.powi(-(((a + b).log2() * 0.5).floor() as i32))
    } else {
        1.0
    };
    let beta_1 = (lambda + 1.0) * (a / (a + 1.0)) * s;
    let f = continued_fraction(beta_1, |n| step_terms(a, b, x, y, lambda, n, s), MAX_STEPS);
    prefactor * s / f
}
