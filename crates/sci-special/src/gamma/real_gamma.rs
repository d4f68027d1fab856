//! The gamma function of a real argument, its reciprocal and its sign: `gamma`, `rgamma`,
//! `gammasgn`.
//!
//! Algorithm. For `0 < x < 20`, `gamma` reads a table (`gamma_table`, fitted by
//! `xtask/golden/special/fit_gamma.py`): 160 polynomials of degree 12, one per interval
//! `[i/8, (i+1)/8)`, in the exact local variable `s = x - (i + 1/2)/8`, of `Gamma(x)` for
//! `x >= 1` and of `Gamma(1 + x)` below (then divided by `x`, the quotient corrected once by its
//! remainder). The polynomial's constant term is a double-double and the last Horner step an
//! exact two-sum, so the result carries the final rounding and about 0.2 ULP more. Plain
//! multiply and add throughout: `f64::mul_add` is a library call on a generic x86-64 build, and
//! the double-double products use Dekker's splitting instead.
//!
//! For negative `x` with `|x| < 20`, and for `rgamma`, the argument is reduced exactly,
//! `x = m + t` with `m` the nearest integer and `|t| <= 1/2`, and `Gamma(x) = (x-1)(x-2)...(x-m+1)
//! / R(t)` (or `1 / (x (x+1) ... t R(t))` for `m <= 0`), where `R(t) = 1 / Gamma(1 + t) = 1 +
//! t q(t)` and `q` is a Chebyshev fit (degree 15, relative error below `3e-18` on `[-1/2, 1/2]`,
//! computed for this crate with mpmath from the entire function `1 / Gamma`), its last Horner
//! steps in double-double. Every factor `x - j` is exact, and the products and the quotient are
//! carried in double-double arithmetic, so only the error of `q` (damped by `|t q| <= 0.3`) and
//! the final rounding remain.
//!
//! For `x >= 20`, Stirling's formula `Gamma(x) = sqrt(2 pi) x^(x - 1/2) e^(-x) e^(S(x))` with
//! `x^(x - 1/2)` split as two powers `x^((x - 1/2) / 2)` (no intermediate overflow), the
//! products again in double-double. For `x <= -20`, the reflection formula
//! `Gamma(x) = -pi / (x sin(pi x) Gamma(-x))` (DLMF 5.5.3).

use std::f64::consts::PI;

use super::gamma_table::GAMMA_PIECES;
use super::stirling::{SQRT_2PI, SQRT_2PI_LO, ln_gamma_stirling, stirling_correction};
use crate::numeric::DoubleDouble as Dd;
use crate::numeric::two_product;
use crate::numeric::{polevl, sinpi};

/// `q(t) = (1 / Gamma(1 + t) - 1) / t` on `[-1/2, 1/2]`: a Chebyshev fit (mpmath `chebyfit`,
/// 16 terms), coefficients of degree 15 down to 4; the last four are [`RGAMMA_Q_LOW`].
const RGAMMA_Q_HIGH: [f64; 12] = [
    0.000_000_005_104_149_841_716_327_621,
    0.000_000_004_939_580_133_523_849_466_6,
    -0.000_000_205_675_043_456_825_508_4,
    0.000_001_133_504_548_062_679_282_1,
    -0.000_001_250_484_796_492_715_970_2,
    -0.000_020_134_955_685_039_601_255,
    0.000_128_050_281_372_269_918_82,
    -0.000_215_241_662_294_676_544_21,
    -0.001_165_167_591_794_497_470_4,
    0.007_218_943_245_911_071_781_3,
    -0.009_621_971_527_878_989_861_1,
    -0.042_197_734_555_520_839_089,
];

/// The coefficients of degree 3 down to 0 of `q` as double-doubles `(hi, lo)` (the last is
/// Euler's constant): the final Horner steps run in double-double so that `q` is good to far
/// better than an ULP.
const RGAMMA_Q_LOW: [(f64, f64); 4] = [
    (0.166_538_611_382_291_5, 6.428_310_110_708_086_6e-18),
    (-0.042_002_635_034_095_515, -6.665_918_789_116_104e-19),
    (-0.655_878_071_520_253_9, 2.132_499_062_210_19e-17),
    (0.577_215_664_901_532_9, -4.396_605_545_489_029e-18),
];

/// The largest argument with a finite `Gamma(x)`.
pub(crate) const GAMMA_MAX: f64 = 171.624_376_956_302_7;

/// Below this magnitude the recurrence in double-double is used.
const RECURRENCE_LIMIT: f64 = 20.0;

/// `1 / Gamma(1 + t)` for `|t| <= 1/2`, in double-double.
fn rgamma1p(t: f64) -> Dd {
    let mut q = Dd::from_f64(polevl(t, &RGAMMA_Q_HIGH));
    for &(hi, lo) in &RGAMMA_Q_LOW {
        q = q * t + Dd::new(hi, lo);
    }
    q * t + Dd::from_f64(1.0)
}

/// `Gamma(x) = num / den` in double-double, for finite `x` with `|x| < 40` that is not a pole.
pub(crate) fn gamma_parts(x: f64) -> (Dd, Dd) {
    let m = x.round();
    let t = x - m;
    let r = rgamma1p(t);
    if m >= 1.0 {
        let mut p = Dd::from_f64(1.0);
        for j in 1..(m as i32) {
            p = p * (x - f64::from(j));
        }
        (p, r)
    } else {
        let mut p = Dd::from_f64(x);
        for k in 1..=(-m as i32) {
            p = p * (x + f64::from(k));
        }
        (Dd::from_f64(1.0), p * r)
    }
}

/// `Gamma(x)` in double-double for finite `x` with `|x| < 40`, not a pole.
pub(crate) fn gamma_dd(x: f64) -> Dd {
    let (num, den) = gamma_parts(x);
    num / den
}

/// `sqrt(2 pi) e^(S(x)) e^(-x) x^((x - 1/2) / 2)` in double-double, for `20 <= x <= 180`; one
/// more factor `x^((x - 1/2) / 2)` makes `Gamma(x)`. Also returns that factor.
fn stirling_parts(x: f64) -> (Dd, f64) {
    let half_power = x.powf(0.5 * (x - 0.5));
    let em1 = stirling_correction(x).exp_m1();
    // sqrt(2 pi) (1 + em1), the constant as a double-double.
    let f = Dd::new(SQRT_2PI, SQRT_2PI_LO) + Dd::product(SQRT_2PI, em1);
    (Dd::from_f64(half_power) * (-x).exp() * f, half_power)
}

/// `Gamma(x)` for `x >= 20`.
pub(crate) fn gamma_stirling(x: f64) -> f64 {
    if x > GAMMA_MAX {
        return f64::INFINITY;
    }
    let (d, half_power) = stirling_parts(x);
    let v = d * half_power;
    if v.hi.is_finite() { v.to_f64() } else { v.hi }
}

/// The table polynomial of piece `floor(8x)` at `x`, for `0 <= x <= 20` (the last piece
/// taking its right end): `Gamma(x)` for `x >= 1`, `Gamma(1 + x)` below, as an unevaluated sum
/// `hi + lo` (error about 0.2 ULP).
///
/// Plain multiply-add Horner (an FMA is a library call on a generic x86-64 build); the last
/// step, `c0 + s q(s)` with `|s q| <= 0.2 |c0|`, is an exact two-sum with `c0` as a
/// double-double, so the roundings of `q` count for a fifth of an ULP and the result is left
/// unrounded for the caller.
#[inline(always)]
pub(crate) fn gamma_piece(x: f64) -> (f64, f64) {
    let i = ((8.0 * x) as usize).min(GAMMA_PIECES.len() - 1);
    let row = &GAMMA_PIECES[i];
    // Exact: x and the midpoint are within a factor 2 of each other for i >= 1; for i = 0 the
    // rounding of s is below 2^-57 and Gamma(1 + x) varies slowly there.
    let s = x - (i as f64 + 0.5) * 0.125;
    // Two interleaved Horner chains, q = A(s) s^6 + B(s), halve the dependency chain; with
    // |s| <= 1/16, A s^7 (degrees 7 and up) is below 1e-8 of the result.
    let s3 = s * s * s;
    let a = ((((row[0] * s + row[1]) * s + row[2]) * s + row[3]) * s + row[4]) * s + row[5];
    let b = ((((row[6] * s + row[7]) * s + row[8]) * s + row[9]) * s + row[10]) * s + row[11];
    let q = a * (s3 * s3) + b;
    let t = q * s;
    let c0 = row[12];
    let hi = c0 + t;
    (hi, ((c0 - hi) + t) + row[13])
}

/// `Gamma(x)` for `1e-300 <= x <= 20` from the table: for `x < 1`, `Gamma(1 + x) / x` with one
/// correction of the quotient by its remainder, so that the division adds no error of its own.
#[inline(always)]
fn gamma_positive_small(x: f64) -> f64 {
    let (hi, lo) = gamma_piece(x);
    if x >= 1.0 {
        return hi + lo;
    }
    let q = hi / x;
    let (p, e) = two_product(q, x);
    q + (((hi - p) - e) + lo) / x
}

/// True when `x` is zero or a negative integer (the poles of `Gamma`).
pub(crate) fn is_nonpositive_integer(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

/// The gamma function `Gamma(x)`.
///
/// `Gamma(x) = integral_0^inf t^(x-1) e^(-t) dt`, continued to the negative axis by
/// `Gamma(x + 1) = x Gamma(x)`; `Gamma(n) = (n - 1)!`. Poles: `gamma(0.0) = inf`,
/// `gamma(-0.0) = -inf`, NaN at the negative integers and at `-inf` (as SciPy); `inf` above
/// `x = 171.6243769563027`; values of tiny magnitude for large negative `x` underflow to 0.
///
/// # Accuracy
///
/// At most 3 ULP against mpmath on `|x| < 190` (1199 points, log-spaced magnitudes from
/// 1e-300, both signs, near the poles; SciPy: 299 ULP on the same points): see
/// `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::gamma;
///
/// assert!((gamma(5.0) - 24.0).abs() < 1e-13);
/// assert!((gamma(0.5) - std::f64::consts::PI.sqrt()).abs() < 1e-15);
/// assert!(gamma(-1.0).is_nan());
/// ```
///
/// # References
///
/// - DLMF 5.2.1, 5.5.3, 5.11.1: <https://dlmf.nist.gov/5>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gamma.html>
pub fn gamma(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY.copysign(x);
    }
    if x.is_infinite() {
        return if x > 0.0 { f64::INFINITY } else { f64::NAN };
    }
    if is_nonpositive_integer(x) {
        return f64::NAN;
    }
    if x.abs() < 1e-300 {
        // Gamma(x) = 1/x - euler + O(x): the constant is far below an ULP of 1/x.
        return 1.0 / x;
    }
    if x > 0.0 && x <= RECURRENCE_LIMIT {
        // x = 20 is the right end of the last piece (and 19! is then correctly rounded).
        return gamma_positive_small(x);
    }
    if x.abs() < RECURRENCE_LIMIT {
        return gamma_dd(x).to_f64();
    }
    if x > 0.0 {
        return gamma_stirling(x);
    }
    // x <= -20, not an integer: Gamma(x) = -pi / (x sin(pi x) Gamma(-x)).
    let y = -x;
    let s = sinpi(x);
    if y < GAMMA_MAX {
        -(PI / (x * s)) / gamma_stirling(y)
    } else {
        let log_magnitude = PI.ln() - (x * s).abs().ln() - ln_gamma_stirling(y);
        log_magnitude.exp().copysign(s)
    }
}

/// The reciprocal gamma function `1 / Gamma(x)`.
///
/// An entire function: 0 at the poles of `Gamma` (`rgamma(0.0) = 0`, `rgamma(-0.0) = -0`,
/// `rgamma(-n) = 0`) and at `±inf` (SciPy's values); overflows to `±inf` for large negative
/// non-integer `x`, underflows to 0 for `x > 178`.
///
/// # Accuracy
///
/// At most 3 ULP against mpmath on `|x| < 190` (1199 points, log-spaced magnitudes from
/// 1e-300, both signs, near the poles; SciPy: 4 ULP): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::rgamma;
///
/// assert!((rgamma(4.0) - 1.0 / 6.0).abs() < 1e-16);
/// assert_eq!(rgamma(-3.0), 0.0);
/// ```
///
/// # References
///
/// - DLMF 5.2.1, 5.7.1: <https://dlmf.nist.gov/5>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.rgamma.html>
pub fn rgamma(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return x;
    }
    if x.is_infinite() || is_nonpositive_integer(x) {
        return 0.0;
    }
    if x.abs() < RECURRENCE_LIMIT {
        let (num, den) = gamma_parts(x);
        return (den / num).to_f64();
    }
    if x > 0.0 {
        if x >= 180.0 {
            return 0.0;
        }
        let (d, half_power) = stirling_parts(x);
        return (Dd::from_f64(1.0) / d / half_power).to_f64();
    }
    // x <= -20: 1 / Gamma(x) = -x sin(pi x) Gamma(-x) / pi.
    let y = -x;
    let s = sinpi(x);
    if y < GAMMA_MAX {
        -(x * s / PI) * gamma_stirling(y)
    } else {
        f64::INFINITY.copysign(s)
    }
}

/// The sign of the gamma function: `1` or `-1`.
///
/// `Gamma(x) > 0` for `x > 0`; on the negative axis its sign alternates between the poles.
/// SciPy's edge values: `gammasgn(0.0) = 1`, `gammasgn(-0.0) = -1`, `gammasgn(inf) = 1`, NaN
/// at the negative integers, at `-inf` and at NaN.
///
/// # Accuracy
///
/// Exact.
///
/// # Examples
///
/// ```
/// use sci_special::gammasgn;
///
/// assert_eq!(gammasgn(2.5), 1.0);
/// assert_eq!(gammasgn(-0.5), -1.0);
/// assert_eq!(gammasgn(-1.5), 1.0);
/// ```
///
/// # References
///
/// - DLMF 5.2.1: <https://dlmf.nist.gov/5.2>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gammasgn.html>
pub fn gammasgn(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return 1.0f64.copysign(x);
    }
    if x > 0.0 {
        return 1.0;
    }
    if x.is_infinite() || is_nonpositive_integer(x) {
        return f64::NAN;
    }
    // Gamma < 0 on (-1, 0), (-3, -2), ...: where floor(x) is odd.
    if (x.floor() * 0.5).fract() == 0.0 {
        1.0
    } else {
        -1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use sci_core::testing::ulp_distance;

    #[test]
    fn table_agrees_with_the_double_double_recurrence() {
        // Every piece, its ends included: the table and the independent recurrence are each
        // within 1 ULP of Gamma, so within 2 of each other.
        for k in 1..=20_000 {
            let x = f64::from(k) * 0.001 - 1e-9 * f64::from(k % 3);
            let d = ulp_distance(gamma(x), gamma_dd(x).to_f64());
            assert!(d <= 2, "gamma({x}): table and recurrence {d} ULP apart");
        }
        for &x in &[
            1e-300,
            1.5e-300,
            1e-200,
            1e-20,
            1e-8,
            0.125,
            0.999_999_999_999_999_9,
        ] {
            let d = ulp_distance(gamma(x), gamma_dd(x).to_f64());
            assert!(d <= 2, "gamma({x}): table and recurrence {d} ULP apart");
        }
    }

    #[test]
    fn factorials_are_reproduced() {
        let mut f = 1.0f64;
        for n in 1..30 {
            let g = gamma(f64::from(n));
            assert!(
                (g - f).abs() <= 2.0 * f64::EPSILON * f,
                "gamma({n}) = {g}, {f}"
            );
            f *= f64::from(n);
        }
    }

    #[test]
    fn reflection_and_signs() {
        let x = -2.5f64;
        let expected = -PI / (x * sinpi(x) * gamma(-x));
        assert!((gamma(x) - expected).abs() < 1e-15);
        assert_eq!(gammasgn(-2.5), -1.0);
        assert_eq!(gammasgn(-3.5), 1.0);
        assert!((rgamma(x) * gamma(x) - 1.0).abs() < 1e-15);
    }
}
