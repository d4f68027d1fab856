//! The error function `erf`, its complement `erfc` and the scaled complement
//! `erfcx(x) = exp(x^2) erfc(x)`.
//!
//! Algorithm: `erf(x) / x` is a polynomial in `x^2` on `|x| < 1`; `erfcx` is a piecewise
//! polynomial on `[0, 4]` (sixteen pieces of width 1/4, each in an exactly computed local
//! variable) and `x erfcx(x)` a polynomial in `1 / x^2` beyond 4 (tables in `tables.rs`).
//! `erfc(x) = exp(-x^2) erfcx(x)`, with `x^2` split exactly into `hi + lo` so the factor
//! `exp(-x^2)` keeps full relative accuracy down to the underflow of `erfc` near `x = 27.2`.
//! Cost: one polynomial of degree 12 to 16 and at most one `exp`.
//!
//! `erf` itself has a faster path: `x P(x^2)` below 1/2, and on `[1/2, 6)` 44 polynomials of
//! `erf` (degree 10, width 1/8, table in `erf_table.rs`, fitted by
//! `xtask/golden/special/fit_erf.py`) whose constant term is a double-double added by an exact
//! two-sum, so no `exp` is taken; beyond 6, `erf = ±1` exactly. Its Horner steps use separate
//! multiply and add: `f64::mul_add` is a library call on a generic x86-64 build.

use std::f64::consts::FRAC_2_SQRT_PI;

use super::erf_table::ERF_PIECES;
use super::tables::{ERF_SMALL, ERFCX_ASYMPTOTIC, ERFCX_PIECES};
use crate::numeric::polevl;

/// `exp(-x^2) * r`, with `x^2` taken exactly (`hi + lo`), the product rounded once into the
/// subnormal range when it underflows gradually.
pub(super) fn times_exp_neg_square(x: f64, r: f64) -> f64 {
    let hi = x * x;
    let lo = x.mul_add(x, -hi);
    let r = r - r * lo;
    if hi < 700.0 {
        (-hi).exp() * r
    } else {
        let m = (-0.5 * hi).exp();
        (m * r) * m
    }
}

/// `exp(x^2) * r`, with `x^2` taken exactly, overflowing to infinity only when the product does.
pub(super) fn times_exp_square(x: f64, r: f64) -> f64 {
    let hi = x * x;
    let lo = x.mul_add(x, -hi);
    let r = r + r * lo;
    if hi < 700.0 {
        hi.exp() * r
    } else {
        let m = (0.5 * hi).exp();
        (m * r) * m
    }
}

/// `erfcx(x)` for `x >= 0` (and `x = +inf`).
pub(super) fn erfcx_nonnegative(x: f64) -> f64 {
    if x < 4.0 {
        // k = floor(4x) and s = 8x - (2k + 1) in [-1, 1], both exact.
        let k = ((4.0 * x) as usize).min(ERFCX_PIECES.len() - 1);
        let s = 8.0 * x - (2 * k + 1) as f64;
        polevl(s, &ERFCX_PIECES[k])
    } else {
        let t = 1.0 / (x * x);
        polevl(t, &ERFCX_ASYMPTOTIC) / x
    }
}

/// `erfc(x)` for `x >= 1/4` (including `+inf`).
fn erfc_from_quarter(x: f64) -> f64 {
    // erfc(x) < 2^-1075 (rounds to zero) beyond this.
    if x > 27.3 {
        return 0.0;
    }
    times_exp_neg_square(x, erfcx_nonnegative(x))
}

/// `erf(x)` for `|x| < 1`.
fn erf_small(x: f64) -> f64 {
    x * polevl(x * x, &ERF_SMALL)
}

/// Horner's rule with separate multiply and add. `f64::mul_add` is a library call unless the
/// crate is built for a CPU with FMA, which made `erf` three times slower; with the error
/// budget of `erf` (below) the extra rounding per step is harmless.
#[inline(always)]
fn horner<const N: usize>(x: f64, c: &[f64; N]) -> f64 {
    let mut acc = c[0];
    for &k in &c[1..] {
        acc = acc * x + k;
    }
    acc
}

/// `erf(a)` for `1/2 <= a < 6` from the table (no `exp`): Horner's rule with separate
/// multiply and add, the last step `c0 + s q(s)` (`|s q| <= 0.14 c0`) as an exact two-sum
/// with `c0` a double-double, so the roundings of `q` count for a seventh of an ULP.
#[inline(always)]
fn erf_piece(a: f64) -> f64 {
    let i = ((8.0 * a) as usize - 4).min(ERF_PIECES.len() - 1);
    let row = &ERF_PIECES[i];
    // Exact: a and the midpoint are within a factor 2.
    let s = a - (i as f64 + 4.5) * 0.125;
    // Two interleaved Horner chains, q = A(s) s^5 + B(s), halve the dependency chain; with
    // |s| <= 1/16, A s^6 (degrees 6 and up) is below 1e-7 of the result.
    let s2 = s * s;
    let a5 = (((row[0] * s + row[1]) * s + row[2]) * s + row[3]) * s + row[4];
    let b = (((row[5] * s + row[6]) * s + row[7]) * s + row[8]) * s + row[9];
    let q = a5 * (s2 * s2 * s) + b;
    let t = q * s;
    let c0 = row[10];
    let hi = c0 + t;
    hi + (((c0 - hi) + t) + row[11])
}

/// The error function `erf(x) = 2/sqrt(pi) * integral from 0 to x of exp(-t^2) dt`.
///
/// Odd, increasing from -1 to 1. `erf(±inf) = ±1`, `erf(NaN) = NaN`; `erf(x)` is exactly
/// `±1` for `|x|` beyond about 5.9.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 30], log-spaced, and
/// dense on [-6, 6]); SciPy 1.17.1: 2 ULP.
///
/// # Examples
///
/// ```
/// use sci_special::erf;
/// assert!((erf(0.5) - 0.520_499_877_813_046_5).abs() < 4e-16);
/// assert!((erf(-1.0) + 0.842_700_792_949_714_9).abs() < 4e-16);
/// assert_eq!(erf(f64::INFINITY), 1.0);
/// ```
///
/// # References
///
/// DLMF 7.2.1; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erf.html>
pub fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    let a = x.abs();
    if a < 0.5 {
        x * horner(x * x, &ERF_SMALL)
    } else if a < 6.0 {
        erf_piece(a).copysign(x)
    } else {
        // erfc(6) < 2^-55: 1 - erfc rounds to 1.
        1.0f64.copysign(x)
    }
}

/// The complementary error function `erfc(x) = 1 - erf(x)`, accurate where `erf(x)` is
/// close to 1.
///
/// `erfc(-inf) = 2`, `erfc(inf) = 0`; the result underflows to 0 beyond `x ≈ 27.2` (it is
/// subnormal from `x ≈ 26.55`), `erfc(NaN) = NaN`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x in ±[1e-300, 30], log-spaced, dense on
/// [-6, 27.3] including the subnormal tail).
///
/// # Examples
///
/// ```
/// use sci_special::erfc;
/// assert!((erfc(1.0) - 0.157_299_207_050_285_13).abs() < 4e-17);
/// // Far in the tail, where 1 - erf(x) would be 0.
/// assert!((erfc(10.0) / 2.088_487_583_762_544_8e-45 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 7.2.2; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erfc.html>
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x.abs() < 0.25 {
        1.0 - erf_small(x)
    } else if x > 0.0 {
        erfc_from_quarter(x)
    } else {
        2.0 - erfc_from_quarter(-x)
    }
}

/// `erfc(hi + lo)` for a double-double argument (`|lo|` at most an ulp of `hi`): the first-order
/// correction `-2/sqrt(pi) exp(-hi^2) lo` is folded in before the exponential factor.
pub(super) fn erfc_double(hi: f64, lo: f64) -> f64 {
    if !hi.is_finite() {
        return erfc(hi);
    }
    if hi.abs() < 0.25 {
        1.0 - erf_small(hi) - FRAC_2_SQRT_PI * lo
    } else if hi > 0.0 {
        if hi > 27.3 {
            return 0.0;
        }
        times_exp_neg_square(hi, erfcx_nonnegative(hi) - FRAC_2_SQRT_PI * lo)
    } else {
        let a = -hi;
        2.0 - times_exp_neg_square(a, erfcx_nonnegative(a) + FRAC_2_SQRT_PI * lo)
    }
}

/// The scaled complementary error function `erfcx(x) = exp(x^2) erfc(x)`.
///
/// For large positive `x`, `erfcx(x) ≈ 1 / (x sqrt(pi))` where `erfc` itself underflows;
/// for negative `x` it grows like `2 exp(x^2)` and overflows to `inf` below about -26.63.
/// `erfcx(inf) = 0`, `erfcx(-inf) = inf`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x in ±[1e-300, 1e300], log-spaced, and
/// dense on [-27, 30]).
///
/// # Examples
///
/// ```
/// use sci_special::erfcx;
/// assert!((erfcx(1.0) - 0.427_583_576_155_807_0).abs() < 4e-16);
/// let x = 1e10;
/// assert!((erfcx(x) * x * std::f64::consts::PI.sqrt() - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 7.2.3; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.erfcx.html>
pub fn erfcx(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x >= 0.0 {
        erfcx_nonnegative(x)
    } else if x < -26.7 {
        f64::INFINITY
    } else {
        // erfcx(x) = 2 exp(x^2) - erfcx(-x), with no cancellation as erfcx(-x) <= 1.
        times_exp_square(x, 2.0) - erfcx_nonnegative(-x)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::testing::ulp_distance;

    #[test]
    fn table_agrees_with_the_erfc_path() {
        // 1 - erfc(x) is within about 1.5 ULP of erf on [1/2, 6) (erfc's error of up to 2 ULP
        // is scaled by erfc / erf <= 0.92, plus the subtraction's rounding), the table within
        // 1 ULP; they may round apart by 2.
        for k in 0..=5500 {
            let x = 0.5 + f64::from(k) * 0.001;
            let d = ulp_distance(erf(x), 1.0 - erfc_from_quarter(x));
            assert!(d <= 2, "erf({x}): table and 1 - erfc {d} ULP apart");
            assert_eq!(erf(-x), -erf(x));
        }
        assert_eq!(erf(6.0), 1.0);
        assert_eq!(
            erf(5.999_999_999_999_999),
            1.0 - erfc_from_quarter(5.999_999_999_999_999)
        );
    }
}
