//! The digamma function `psi(x) = d/dx ln Gamma(x)`: `digamma` and SciPy's alias `psi`.
//!
//! Algorithm. The core is `psi(1 + t)` for `t in [0, 1]`, written as `(t - c) P(t - 1/2)` where
//! `1 + c = 1.4616321449683623...` is the positive zero of `psi` (`c` kept as a double-double)
//! and `P` a Chebyshev fit of degree 24 (relative error below `1e-19`, computed for this crate
//! with mpmath), so the result keeps its relative accuracy at the zero. Other arguments are
//! reduced exactly (`t = x - floor(x)`) by the recurrence `psi(x + 1) = psi(x) + 1 / x`
//! (DLMF 5.5.2), the reciprocals summed in double-double; `-1 < x < 0` uses the reflection
//! `psi(x) = psi(1 - x) - pi cot(pi x)` (DLMF 5.5.4) with `psi(1 - x)` evaluated at `t = -x`;
//! `x >= 10` the asymptotic series (DLMF 5.11.2); `x <= -10` the reflection formula.

use std::f64::consts::PI;

use super::real_gamma::is_nonpositive_integer;
use super::stirling::digamma_asymptotic_tail;
use crate::numeric::DoubleDouble as Dd;
use crate::numeric::{cospi, polevl, sinpi};

/// The positive zero of `psi` minus one, as a double-double.
const ROOT_MINUS_ONE: f64 = 0.461_632_144_968_362_36;
const ROOT_MINUS_ONE_LO: f64 = -1.552_234_816_285_867_7e-17;

/// `P(u) = psi(3/2 + u) / (u + 1/2 - c)` on `[-1/2, 1/2]`: mpmath `chebyfit`, 25 terms, from
/// degree 24 down to 0.
const PSI_P: [f64; 25] = [
    0.000_055_960_023_503_425_914_911,
    -0.000_083_940_094_225_984_671_68,
    0.000_038_472_752_058_496_020_417,
    -0.000_057_709_404_612_698_158_45,
    0.000_146_678_104_906_234_102_37,
    -0.000_220_018_950_051_099_549_52,
    0.000_306_124_207_554_314_631_54,
    -0.000_459_197_503_664_691_239_26,
    0.000_694_908_174_082_211_067_93,
    -0.001_042_432_382_875_398_604_9,
    0.001_562_789_950_608_375_066_9,
    -0.002_344_625_217_988_599_209_2,
    0.003_518_161_855_087_495_831_8,
    -0.005_280_020_192_518_892_597_7,
    0.007_927_018_411_136_842_793_5,
    -0.011_908_215_027_359_152_353,
    0.017_907_248_443_925_958_42,
    -0.026_975_796_849_706_183_71,
    0.040_760_833_938_216_732_608,
    -0.061_922_133_271_544_283_925,
    0.094_988_724_452_915_570_185,
    -0.148_404_923_053_918_697_77,
    0.240_542_484_240_786_911_79,
    -0.423_627_421_281_460_492_92,
    0.951_055_876_031_832_879_71,
];

/// `psi(1 + t)` for `t in [0, 1]`.
fn digamma_1p(t: f64) -> f64 {
    let d = (t - ROOT_MINUS_ONE) - ROOT_MINUS_ONE_LO;
    d * polevl(t - 0.5, &PSI_P)
}

/// `1 / y` in double-double (the remainder `1 - r y` is exact by fma).
fn recip_dd(y: f64) -> Dd {
    let r = 1.0 / y;
    Dd::new(r, (-r).mul_add(y, 1.0) / y)
}

/// `pi cot(pi x) = pi cos(pi x) / sin(pi x)`, exact reductions.
fn pi_cot_pi(x: f64) -> f64 {
    PI * cospi(x) / sinpi(x)
}

/// The digamma function `psi(x) = Gamma'(x) / Gamma(x)`.
///
/// Poles at 0 and the negative integers: SciPy's values are `digamma(0.0) = -inf`,
/// `digamma(-0.0) = inf`, NaN at the negative integers and at `-inf`; `digamma(inf) = inf`.
/// The one positive zero is at `x = 1.4616321449683623...`, where the result keeps its
/// relative accuracy.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on `0 < x < 1e300` (800 points, log-spaced magnitudes from
/// 1e-300, dense near the zero `1.4616...`), and at most 2 ULP on `-1e6 < x < 0` (400 points;
/// SciPy: 87 ULP): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::digamma;
///
/// let euler = 0.577_215_664_901_532_9;
/// assert!((digamma(1.0) + euler).abs() < 1e-15);
/// assert!((digamma(2.0) - (1.0 - euler)).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 5.5.2, 5.5.4, 5.11.2: <https://dlmf.nist.gov/5>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.digamma.html>
pub fn digamma(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return -f64::INFINITY.copysign(x);
    }
    if x.is_infinite() {
        return if x > 0.0 { x } else { f64::NAN };
    }
    if is_nonpositive_integer(x) {
        return f64::NAN;
    }
    if x.abs() < 1e-300 {
        // psi(x) = -1/x - euler + O(x): the constant is far below an ULP of 1/x.
        return -1.0 / x;
    }
    if x >= 10.0 {
        return x.ln() + digamma_asymptotic_tail(x);
    }
    if x <= -10.0 {
        // psi(x) = psi(1 - x) - pi cot(pi x) = psi(-x) - 1 / x - pi cot(pi x), -x exact.
        let y = -x;
        return (y.ln() + digamma_asymptotic_tail(y) + 1.0 / y) - pi_cot_pi(x);
    }
    if x > 0.0 && x < 1.0 {
        // psi(x) = psi(1 + x) - 1 / x.
        return (Dd::from_f64(digamma_1p(x)) - recip_dd(x)).to_f64();
    }
    if x < 0.0 && x > -1.0 {
        return digamma_1p(-x) - pi_cot_pi(x);
    }
    let f = x.floor();
    let t = x - f;
    let mut sum = Dd::from_f64(0.0);
    if x >= 1.0 {
        // psi(x) = psi(1 + t) + sum_{k=1}^{f-1} 1 / (x - k).
        for k in 1..(f as i32) {
            sum = sum + recip_dd(x - f64::from(k));
        }
    } else {
        // -10 < x <= -1: psi(x) = psi(1 + t) - sum_{k=0}^{-f} 1 / (x + k); x + k exact.
        for k in 0..=(-f as i32) {
            sum = sum - recip_dd(x + f64::from(k));
        }
    }
    (sum + Dd::from_f64(digamma_1p(t))).to_f64()
}

/// The digamma function under SciPy's other name, `psi`: the same function as [`digamma`].
///
/// # Accuracy
///
/// As [`digamma`].
///
/// # Examples
///
/// ```
/// use sci_special::{digamma, psi};
///
/// assert_eq!(psi(3.5), digamma(3.5));
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.psi.html>
#[inline]
pub fn psi(x: f64) -> f64 {
    digamma(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurrence_holds() {
        for &x in &[0.3, 1.7, 4.2, -2.3, -7.6, 12.5] {
            let lhs = digamma(x + 1.0);
            let rhs = digamma(x) + 1.0 / x;
            assert!((lhs - rhs).abs() <= 1e-14 * lhs.abs().max(1.0), "x = {x}");
        }
    }
}
