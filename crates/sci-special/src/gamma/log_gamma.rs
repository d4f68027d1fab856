//! The logarithm of the gamma function of a real argument: `gammaln` (`ln |Gamma(x)|`, all
//! real `x`), `loggamma` (its principal value for `x > 0`, NaN for `x < 0`) and the
//! multivariate `multigammaln` (a sum of `gammaln`).
//!
//! Algorithm. For `16 <= x < 4096`, a table (`gammaln_table`, fitted by
//! `xtask/golden/special/fit_gammaln.py`): 16 polynomials of degree 9 per binade, in the exact
//! local variable `s = x - c`, their constant term a double-double added by an exact two-sum;
//! no logarithm is taken and the error is the final rounding plus a few hundredths of an ULP.
//! For `3 <= x < 16`, `ln` of the gamma table's `Gamma(x) = hi + lo` (see `real_gamma`), as
//! `ln(hi) + lo / hi`. For `0 < x < 3` and `-20 < x < 0`, `Gamma(x)` in double-double by the
//! recurrence, then `ln(hi) + lo / hi`, or `log1p(hi - 1) + lo / hi` when `Gamma(x)` is within
//! a factor 2 of 1 (`hi - 1` is then exact): near the zeros `x = 1` and `x = 2` the result
//! keeps its relative accuracy. For `x >= 4096`, Stirling's series with the leading product in
//! double-double; for `x <= -20`, the reflection formula `ln|Gamma(x)| = ln pi - ln|x sin(pi
//! x)| - ln Gamma(-x)`.

use std::f64::consts::PI;

use super::gammaln_table::GAMMALN_PIECES;
use super::real_gamma::{gamma_dd, gamma_piece, is_nonpositive_integer};
use super::stirling::ln_gamma_stirling;
use crate::numeric::{DoubleDouble, sinpi};

/// `ln(pi)` as a double-double.
const LN_PI: f64 = 1.144_729_885_849_400_2;
const LN_PI_LO: f64 = 1.026_595_116_270_782_6e-17;

/// `ln |Gamma(x)|` of a finite, non-pole `x` with `|x| < 20`.
fn ln_abs_gamma_small(x: f64) -> f64 {
    if (3.0..16.0).contains(&x) {
        // Gamma(x) > 2: away from the zeros of ln Gamma, the table's Gamma (0.2 ULP before
        // rounding) is enough.
        let (hi, lo) = gamma_piece(x);
        return hi.ln() + lo / hi;
    }
    let g = gamma_dd(x);
    let (hi, lo) = if g.hi < 0.0 {
        (-g.hi, -g.lo)
    } else {
        (g.hi, g.lo)
    };
    if (0.5..=2.0).contains(&hi) {
        (hi - 1.0).ln_1p() + lo / hi
    } else {
        hi.ln() + lo / hi
    }
}

/// The logarithm of the absolute value of the gamma function, `ln |Gamma(x)|`.
///
/// Defined on the whole real line: `inf` at the poles (0 and the negative integers) and at
/// `+inf`; `-inf` at `-inf` (SciPy's value); `inf` once `x ln x` overflows (`x > 2.5e305`).
/// Zeros at `x = 1` and `x = 2`, where the result keeps its relative accuracy.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on `0 < x < 1e305` (900 points, log-spaced from 1e-300, dense
/// near the zeros 1 and 2, where SciPy's relative error is unbounded), and at most 1 ULP on
/// `-1e6 < x < 0` (300 points): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::gammaln;
///
/// assert!((gammaln(10.0) - 362_880f64.ln()).abs() < 1e-14);
/// assert!((gammaln(-0.5) - (2.0 * std::f64::consts::PI.sqrt()).ln()).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 5.5.3, 5.11.1: <https://dlmf.nist.gov/5>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gammaln.html>
#[inline]
pub fn gammaln(x: f64) -> f64 {
    // The common cases first, without the pole test (a `floor`, which is a library call on a
    // generic x86-64 build): a NaN compares false and falls through.
    if (16.0..4096.0).contains(&x) {
        return ln_gamma_piece(x);
    }
    if (4096.0..f64::INFINITY).contains(&x) {
        return ln_gamma_stirling(x);
    }
    gammaln_other(x)
}

/// `ln Gamma(x)` for `16 <= x < 4096` from the table (no logarithm call): piece from the
/// exponent and the top four significand bits, Horner's rule with separate multiply and add,
/// and the last step `c0 + s q(s)` (`|s q| < |c0| / 20`) as an exact two-sum with `c0` a
/// double-double, so that the error is the final rounding plus a few hundredths of an ULP.
#[inline(always)]
fn ln_gamma_piece(x: f64) -> f64 {
    // Sign, exponent and the top four significand bits of x; 16 = 2^4 has biased exponent 1027.
    let top = x.to_bits() >> 48;
    let i = ((top - (1027 << 4)) as usize).min(GAMMALN_PIECES.len() - 1);
    let row = &GAMMALN_PIECES[i];
    // The midpoint of the piece: the same top bits, then a one.
    let c = f64::from_bits((top << 48) | (1 << 47));
    let s = x - c;
    // Two interleaved Horner chains, q = A(s) s^4 + B(s), halve the dependency chain; A s^5
    // (the terms of degree 5 and up) is below 1e-9 of the result, its roundings invisible.
    let s2 = s * s;
    let a = ((row[0] * s + row[1]) * s + row[2]) * s + row[3];
    let b = ((row[5] * s + row[6]) * s + row[7]) * s + row[8];
    let q = (a * s + row[4]) * (s2 * s2) + b;
    let t = q * s;
    let c0 = row[9];
    let hi = c0 + t;
    hi + (((c0 - hi) + t) + row[10])
}

/// `gammaln` outside `[16, inf)`.
#[inline(never)]
fn gammaln_other(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return x;
    }
    if is_nonpositive_integer(x) {
        return f64::INFINITY;
    }
    let ax = x.abs();
    if ax < 1e-17 {
        // ln|Gamma(x)| = -ln|x| - euler x + O(x^2): the second term is below half an ULP.
        return -ax.ln();
    }
    if ax < 20.0 {
        return ln_abs_gamma_small(x);
    }
    if x > 0.0 {
        return ln_gamma_stirling(x);
    }
    let s = sinpi(x);
    PI.ln() - (x * s).abs().ln() - ln_gamma_stirling(ax)
}

/// The principal branch of the logarithm of the gamma function, for a real argument.
///
/// For `x > 0` this is `gammaln(x)`; for `x < 0` the logarithm of the (possibly negative)
/// `Gamma(x)` is complex and the real form returns NaN, as SciPy's `loggamma` of a real
/// argument does; `loggamma(±0) = inf`. The complex form is [`crate::complex::loggamma`].
///
/// # Accuracy
///
/// As [`gammaln`] on `x > 0`: at most 1 ULP on `0 < x < 1e305` (900 points).
///
/// # Examples
///
/// ```
/// use sci_special::loggamma;
///
/// assert!((loggamma(5.0) - 24f64.ln()).abs() < 1e-15);
/// assert!(loggamma(-2.5).is_nan());
/// ```
///
/// # References
///
/// - DLMF 5.4: <https://dlmf.nist.gov/5.4>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.loggamma.html>
pub fn loggamma(x: f64) -> f64 {
    if x == 0.0 {
        return f64::INFINITY;
    }
    if x < 0.0 {
        return f64::NAN;
    }
    gammaln(x)
}

/// The logarithm of the multivariate gamma function, `ln Gamma_d(a)`.
///
/// `Gamma_d(a) = pi^(d (d - 1) / 4) prod_{j=1}^{d} Gamma(a - (j - 1) / 2)` (DLMF 35.3.1), the
/// normalising constant of the Wishart distribution. Defined for `a > (d - 1) / 2`; where
/// SciPy raises `ValueError` (`a <= (d - 1) / 2`) sci returns NaN. `multigammaln(a, 0) = 0`,
/// `inf` at `a = inf`, NaN at NaN.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on `d` in 1..=30, `(d - 1) / 2 < a < 1e6` (1000 points;
/// SciPy: 10 ULP): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::{gammaln, multigammaln};
///
/// assert_eq!(multigammaln(3.5, 1), gammaln(3.5));
/// // Gamma_2(a) = sqrt(pi) Gamma(a) Gamma(a - 1/2).
/// let expected = 0.5 * std::f64::consts::PI.ln() + gammaln(3.0) + gammaln(2.5);
/// assert!((multigammaln(3.0, 2) - expected).abs() < 1e-15);
/// assert!(multigammaln(0.5, 2).is_nan());
/// ```
///
/// # References
///
/// - DLMF 35.3.1: <https://dlmf.nist.gov/35.3>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.multigammaln.html>
pub fn multigammaln(a: f64, d: u32) -> f64 {
    if a.is_nan() {
        return f64::NAN;
    }
    if d == 0 {
        return 0.0;
    }
    let df = f64::from(d);
    if a <= 0.5 * (df - 1.0) {
        return f64::NAN;
    }
    if a == f64::INFINITY {
        return a;
    }
    // The constant d (d - 1) / 4 (exact) times ln(pi) (a double-double), and the sum, in
    // double-double: only the errors of the gammaln terms and one final rounding remain.
    let c = 0.25 * df * (df - 1.0);
    let mut sum = DoubleDouble::product(c, LN_PI) + DoubleDouble::from_f64(c * LN_PI_LO);
    for j in 0..d {
        sum = sum + DoubleDouble::from_f64(gammaln(a - 0.5 * f64::from(j)));
    }
    sum.to_f64()
}

#[cfg(test)]
mod tests {
    use super::*;

    use sci_core::testing::ulp_distance;

    #[test]
    fn table_agrees_with_stirling_and_the_recurrence() {
        // Every piece of [16, 4096) against Stirling's series (x >= 20) or the double-double
        // recurrence (x < 20): each is within 1 ULP of ln Gamma.
        let mut x = 16.0f64;
        while x < 4096.0 {
            let other = if x >= 20.0 {
                ln_gamma_stirling(x)
            } else {
                ln_abs_gamma_small(x)
            };
            let d = ulp_distance(gammaln(x), other);
            assert!(d <= 2, "gammaln({x}): table and series {d} ULP apart");
            x = x * 1.000_37 + 1e-3;
        }
        // Across the switch to Stirling's series.
        for &x in &[4_095.999_999_999_999_5, 4_096.0, 4_096.000_000_000_001] {
            let d = ulp_distance(gammaln(x), ln_gamma_stirling(x));
            assert!(d <= 2, "gammaln({x}): {d} ULP");
        }
        // 3 <= x < 16: ln of the gamma table against the recurrence.
        for k in 0..1300 {
            let x = 3.0 + f64::from(k) * 0.01;
            let g = gamma_dd(x);
            let d = ulp_distance(gammaln(x), g.hi.ln() + g.lo / g.hi);
            assert!(d <= 2, "gammaln({x}): {d} ULP");
        }
    }

    #[test]
    fn zeros_at_one_and_two_keep_relative_accuracy() {
        assert_eq!(gammaln(1.0), 0.0);
        assert_eq!(gammaln(2.0), 0.0);
        // ln Gamma(1 + t) = -euler t + O(t^2).
        let x = 1.0 + 1e-10;
        let t = x - 1.0;
        let expected = -0.577_215_664_901_532_9 * t + 0.822_467_033_424_113_2 * t * t;
        assert!(((gammaln(x) - expected) / expected).abs() < 1e-14);
    }
}
