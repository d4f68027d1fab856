//! Dawson's integral `dawsn(x) = exp(-x^2) * integral from 0 to x of exp(t^2) dt` and the
//! imaginary error function `erfi(x) = -i erf(i x) = 2/sqrt(pi) exp(x^2) dawsn(x)`.
//!
//! Algorithm: `dawsn(x) / x` and `erfi(x) / x` are polynomials in `x^2` on `|x| < 1/2`;
//! `dawsn` is a piecewise polynomial on `[1/2, 6]` (22 pieces of width 1/4) and `x dawsn(x)`
//! a polynomial in `1 / x^2` beyond 6 (tables in `tables.rs`). `erfi` multiplies by
//! `exp(x^2)` with `x^2` split exactly. Cost: one polynomial and at most one `exp`.

use std::f64::consts::FRAC_2_SQRT_PI;

use super::erf::times_exp_square;
use super::tables::{DAWSON_ASYMPTOTIC, DAWSON_PIECES, DAWSON_SMALL, ERFI_SMALL};
use crate::numeric::polevl;

/// `dawsn(x)` for `x >= 1/2` (including `+inf`).
fn dawsn_from_half(x: f64) -> f64 {
    if x < 6.0 {
        // k = floor(4 (x - 1/2)), s = 8x - (2k + 5) in [-1, 1], both exact.
        let k = ((4.0 * x) as usize - 2).min(DAWSON_PIECES.len() - 1);
        let s = 8.0 * x - (2 * k + 5) as f64;
        polevl(s, &DAWSON_PIECES[k])
    } else {
        polevl(1.0 / (x * x), &DAWSON_ASYMPTOTIC) / x
    }
}

/// Dawson's integral `dawsn(x) = exp(-x^2) * integral from 0 to x of exp(t^2) dt`.
///
/// Odd; its maximum is 0.5410 at `x ≈ 0.9241`, and `dawsn(x) ≈ 1 / (2x)` for large `|x|`.
/// `dawsn(±inf) = ±0`.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 1e300], log-spaced, and
/// dense on [-10, 10]); SciPy 1.17.1: 11 ULP.
///
/// # Examples
///
/// ```
/// use sci_special::dawsn;
/// assert!((dawsn(1.0) - 0.538_079_506_912_768_4).abs() < 4e-16);
/// assert!((dawsn(1e8) * 2e8 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 7.2.5; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.dawsn.html>
pub fn dawsn(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    let a = x.abs();
    if a < 0.5 {
        x * polevl(x * x, &DAWSON_SMALL)
    } else {
        dawsn_from_half(a).copysign(x)
    }
}

/// The imaginary error function `erfi(x) = -i erf(i x) = 2/sqrt(pi) * integral from 0 to x of
/// exp(t^2) dt`.
///
/// Odd, growing like `exp(x^2) / (x sqrt(pi))`; it overflows to `±inf` beyond `|x| ≈ 26.71`.
///
/// # Accuracy
///
/// At most 3 ULP against mpmath on the golden points (x in ±[1e-300, 30], log-spaced, and
/// dense on [-27, 27]).
///
/// # Examples
///
/// ```
/// use sci_special::erfi;
/// assert!((erfi(1.0) - 1.650_425_758_797_542_8).abs() < 1e-15);
/// assert_eq!(erfi(30.0), f64::INFINITY);
/// ```
///
/// # References
///
/// DLMF 7.2 (erfi = -i erf(ix));
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erfi.html>
pub fn erfi(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    let a = x.abs();
    if a < 0.5 {
        x * polevl(x * x, &ERFI_SMALL)
    } else if a > 27.5 {
        f64::INFINITY.copysign(x)
    } else {
        times_exp_square(a, FRAC_2_SQRT_PI * dawsn_from_half(a)).copysign(x)
    }
}
