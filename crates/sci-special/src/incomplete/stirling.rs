//! Scaled building blocks of the incomplete gamma and beta ratios: `ln(1 + t) - t` without
//! cancellation, Stirling's scaled gamma function `Gamma*(a)`, and `ln Gamma(1 + a)` for
//! small `a` (where `1 + a` would round).
//!
//! These carry the prefactors `x^a e^-x / Gamma(a)` and `x^a (1-x)^b / B(a, b)` to full
//! precision when `a` and `b` are large (Temme, *Special functions*, 1996, sections 3.6 and
//! 11.3; DLMF 5.11.3 for Stirling's series).

use std::f64::consts::PI;

use crate::numeric::DoubleDouble;

/// `ln(1 + t) - t` for `t > -1`, accurate near `t = 0` where the difference cancels.
///
/// With `s = t / (2 + t)`, `ln(1 + t) = 2 atanh(s)` and `2 s - t = -t s`, so
/// `ln(1 + t) - t = -t s + 2 (s^3/3 + s^5/5 + ...)`: the series converges fast for
/// `|s| <= 1/2` and has no cancellation.
pub(crate) fn log1pmx(t: f64) -> f64 {
    if t.is_nan() || t < -1.0 {
        return f64::NAN;
    }
    if t == -1.0 || t == f64::INFINITY {
        return f64::NEG_INFINITY;
    }
    let s = t / (2.0 + t);
    if s.abs() > 0.5 || !t.is_finite() {
        return t.ln_1p() - t;
    }
    let s2 = s * s;
    let mut power = s * s2;
    let mut sum = 0.0;
    let mut k = 3.0;
    loop {
        let term = power / k;
        sum += term;
        if term.abs() <= f64::EPSILON * 0.25 * sum.abs() || k > 200.0 {
            break;
        }
        power *= s2;
        k += 2.0;
    }
    2.0f64.mul_add(sum, -t * s)
}

/// `ln(1 + t) - t` in double-double for `t > -1`, for exponents `a (ln(1 + t) - t)` of size
/// 10 to 700, whose `f64` rounding would cost as many ULP after `exp`: for
/// `|t / (2 + t)| <= 1/2` by the series of [`log1pmx`] summed in double-double, beyond from
/// [`ln_dd`] (about 8 bits beyond `f64`: enough there, where `|ln(1 + t) - t| > 0.43` and
/// `a` above 1700 would underflow the exponential). `None` where `1 + t` is not normal.
pub(crate) fn log1pmx_dd(t: DoubleDouble) -> Option<DoubleDouble> {
    let one = DoubleDouble::from_f64(1.0);
    let s = t / (one + one + t);
    if s.hi.is_nan() || s.hi.abs() > 0.5 {
        let z = one + t;
        if !(z.hi > 0.0 && z.hi.is_normal() && z.hi.is_finite()) {
            return None;
        }
        return Some(ln_dd(z.hi, z.lo) - t);
    }
    let s2 = s * s;
    let mut power = s * s2;
    let mut sum = DoubleDouble::from_f64(0.0);
    let mut k = 3.0;
    while k < 400.0 {
        let term = power / k;
        sum = sum + term;
        if term.hi.abs() <= 1e-33 * sum.hi.abs() {
            break;
        }
        power = power * s2;
        k += 2.0;
    }
    Some(sum * 2.0 - t * s)
}

/// Stirling's series for `ln Gamma*(a)`, `a >= 10`: `sum_k B_2k / (2k (2k - 1) a^(2k - 1))`
/// (DLMF 5.11.1), the coefficients `B_2k / (2k (2k - 1))` for `k = 1..9`.
const STIRLING: [f64; 9] = [
    1.0 / 12.0,
    -1.0 / 360.0,
    1.0 / 1260.0,
    -1.0 / 1680.0,
    1.0 / 1188.0,
    -691.0 / 360_360.0,
    1.0 / 156.0,
    -3617.0 / 122_400.0,
    43_867.0 / 244_188.0,
];

/// `ln Gamma*(a)` for `a >= 10` by Stirling's series (truncation below `1e-19`).
fn ln_gammastar_large(a: f64) -> f64 {
    let w = 1.0 / (a * a);
    STIRLING
        .iter()
        .rev()
        .fold(0.0f64, |acc, &c| acc.mul_add(w, c))
        / a
}

/// Stirling's scaled gamma function `Gamma*(a) = Gamma(a) / (sqrt(2 pi / a) (a / e)^a)`,
/// which tends to 1 as `a -> inf` (Temme 1996, 3.6.4). `a > 0`.
pub(crate) fn gammastar(a: f64) -> f64 {
    if a >= 10.0 {
        return ln_gammastar_large(a).exp();
    }
    // Below 10 nothing overflows: Gamma(a) e^a / (sqrt(2 pi) a^(a - 1/2)).
    crate::gamma(a) * a.exp() / ((2.0 * PI).sqrt() * a.powf(a - 0.5))
}

/// `ln Gamma(b + a) - ln Gamma(b)` for `b > 0` and `0 <= a <= 10`, to a few ULP relative
/// even for tiny `a`, where the difference of two `gammaln` would keep only the digits of
/// `ln Gamma(b)` (`a` times the digamma function is all that is left).
///
/// For `b >= 8` Stirling's formula gives
/// `a ln b + (b + a - 1/2) (ln(1 + t) - t) + (a - 1/2) t + sum_k c_k b^(1-2k) ((1 + t)^(1-2k) - 1)`
/// with `t = a / b`, every piece relatively accurate; below, the recurrence
/// `Gamma(z + 1) = z Gamma(z)` shifts `b` up, subtracting `ln(1 + a / (b + k))`.
pub(crate) fn ln_gamma_ratio(b: f64, a: f64) -> f64 {
    let mut shift = 0.0;
    let mut z = b;
    while z < 8.0 {
        shift += (a / z).ln_1p();
        z += 1.0;
    }
    a.mul_add(z.ln(), ln_gamma_ratio_excess(z, a)) - shift
}

/// `ln Gamma(z + a) - ln Gamma(z) - a ln z` for `z >= 8`, `0 <= a <= 10`: Stirling's
/// formula without its leading `a ln z`, so that a caller can cancel that term analytically.
pub(crate) fn ln_gamma_ratio_excess(z: f64, a: f64) -> f64 {
    let t = a / z;
    let lt = t.ln_1p();
    let w = 1.0 / (z * z);
    let mut power = 1.0 / z;
    let mut correction = 0.0;
    for (k, &c) in STIRLING.iter().enumerate() {
        let n = (2 * k + 1) as f64;
        correction += c * power * (-n * lt).exp_m1();
        power *= w;
    }
    (z + a - 0.5).mul_add(log1pmx(t), (a - 0.5) * t) + correction
}

/// `zeta(k) - 1` for `k = 2..31` (mpmath at 40 digits).
const ZETA_MINUS_ONE: [f64; 30] = [
    0.644_934_066_848_226_4,
    0.202_056_903_159_594_3,
    0.082_323_233_711_138_19,
    0.036_927_755_143_369_93,
    0.017_343_061_984_449_14,
    0.008_349_277_381_922_827,
    0.004_077_356_197_944_34,
    0.002_008_392_826_082_214_3,
    0.000_994_575_127_818_085_3,
    0.000_494_188_604_119_464_5,
    0.000_246_086_553_308_048_3,
    0.000_122_713_347_578_489_15,
    6.124_813_505_870_483e-5,
    3.058_823_630_702_049e-5,
    1.528_225_940_865_187e-5,
    7.637_197_637_899_763e-6,
    3.817_293_264_999_84e-6,
    1.908_212_716_553_939e-6,
    9.539_620_338_727_962e-7,
    4.769_329_867_878_064e-7,
    2.384_505_027_277_33e-7,
    1.192_199_259_653_110_6e-7,
    5.960_818_905_125_948e-8,
    2.980_350_351_465_228e-8,
    1.490_155_482_836_504_3e-8,
    7.450_711_789_835_43e-9,
    3.725_334_024_788_457e-9,
    1.862_659_723_513_049e-9,
    9.313_274_324_196_682e-10,
    4.656_629_065_033_784e-10,
];

/// Euler's constant.
const EULER_GAMMA: f64 = 0.577_215_664_901_532_9;

/// `ln Gamma(1 + a)` for `|a| <= 1/2`, from the Taylor series (DLMF 5.7.3) written as
/// `-gamma a - (ln(1 + a) - a) + sum_k (-1)^k (zeta(k) - 1) a^k / k`, whose terms fall
/// like `(a/2)^k`.
fn lgam1p_small(a: f64) -> f64 {
    let mut sum = 0.0;
    let mut power = -a;
    for (i, &z) in ZETA_MINUS_ONE.iter().enumerate() {
        power *= -a; // (-a)^k
        let k = (i + 2) as f64;
        sum += z * power / k;
    }
    (-EULER_GAMMA).mul_add(a, sum) - log1pmx(a)
}

/// `ln Gamma(1 + a)` for `-1/2 <= a <= 3/2`, accurate to a few ULP relative even where
/// `1 + a` rounds (tiny `a`) or the result vanishes (`a` near 0 and 1).
pub(crate) fn lgam1p(a: f64) -> f64 {
    if a.abs() <= 0.5 {
        lgam1p_small(a)
    } else {
        // ln Gamma(2 + b) = ln(1 + b) + ln Gamma(1 + b), b = a - 1 (exact).
        let b = a - 1.0;
        b.ln_1p() + lgam1p_small(b)
    }
}

/// `ln 2` as a double-double.
const LN_2: DoubleDouble = DoubleDouble::new(std::f64::consts::LN_2, 2.319_046_813_846_299_6e-17);

/// `ln(hi + lo)` beyond `f64` precision (the leading `2 s` of the series in double-double,
/// its tail in `f64`: the error is about `eps |s|^3`, `|s| <= 0.172`), for `hi > 0` normal and `|lo| <= ulp(hi)`: `hi = 2^k m`
/// with `m` in `[sqrt(1/2), sqrt(2))`, `ln m = 2 atanh(s)`, `s = (m - 1) / (m + 1)` in
/// double-double, and `ln(hi + lo) = ln(hi) + lo / hi`.
pub(crate) fn ln_dd(hi: f64, lo: f64) -> DoubleDouble {
    let bits = hi.to_bits();
    let mut k = i64::from(((bits >> 52) & 0x7ff) as u16) - 1023;
    let mut m = f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52)); // [1, 2)
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        k += 1;
    }
    let num = m - 1.0; // exact (Sterbenz)
    let den = DoubleDouble::from_f64(m) + DoubleDouble::from_f64(1.0);
    let s_hi = num / den.hi;
    let rem = (-s_hi).mul_add(den.hi, num) - s_hi * den.lo;
    let s_lo = rem / den.hi;
    // 2 atanh(s) = 2 s + 2 (s^3/3 + s^5/5 + ...), the tail in f64.
    let s2 = s_hi * s_hi;
    let mut tail = 0.0f64;
    let mut j = 41.0;
    while j >= 3.0 {
        tail = tail.mul_add(s2, 1.0 / j);
        j -= 2.0;
    }
    let tail = tail * s2 * s_hi;
    let two_s = DoubleDouble::new(2.0 * s_hi, 0.0) + DoubleDouble::from_f64(2.0 * s_lo);
    let ln_m = two_s + DoubleDouble::from_f64(2.0 * tail);
    LN_2 * (k as f64) + ln_m + DoubleDouble::from_f64(lo / hi)
}

#[cfg(test)]
mod tests {
    #[test]
    fn ln_dd_is_accurate_beyond_f64() {
        // ln(10) = 2.302585092994045684017991454684364...
        let l = ln_dd(10.0, 0.0);
        assert_eq!(l.hi, 10f64.ln());
        // The tail of the atanh series is summed in f64: about 8 bits beyond f64 here.
        assert!((l.lo - -2.170_756_223_382_249_4e-16).abs() < 5e-19, "{l:?}");
        // ln(1 + 2^-60) = 2^-60 - 2^-121 ...
        let e = 2f64.powi(-60);
        let l = ln_dd(1.0, e);
        assert!((l.hi - e).abs() < 1e-33);
    }

    use super::*;

    #[test]
    fn log1pmx_matches_the_direct_form_away_from_zero() {
        for &t in &[-0.9, -0.5, -0.1, 0.3, 1.0, 5.0, 1e3] {
            let direct = f64::ln_1p(t) - t;
            assert!((log1pmx(t) - direct).abs() <= 1e-14 * direct.abs(), "{t}");
        }
        // ln(1 + t) - t = -t^2/2 + t^3/3 - ... near zero.
        let t = 1e-8;
        let series = -t * t / 2.0 + t * t * t / 3.0;
        assert!((log1pmx(t) - series).abs() <= 1e-15 * series.abs());
        assert!(log1pmx(-2.0).is_nan());
    }

    #[test]
    fn lgam1p_matches_known_values() {
        // ln Gamma(1.5) = ln(sqrt(pi) / 2); ln Gamma(1) = ln Gamma(2) = 0.
        let want = (PI.sqrt() / 2.0).ln();
        assert!((lgam1p(0.5) - want).abs() <= 8.0 * f64::EPSILON * want.abs());
        assert_eq!(lgam1p(0.0), 0.0);
        assert!(lgam1p(1.0).abs() < 1e-17);
        // ln Gamma(1 + a) ~ -gamma a for tiny a.
        assert!((lgam1p(1e-10) + EULER_GAMMA * 1e-10).abs() < 1e-19);
    }

    #[test]
    fn ln_gamma_ratio_keeps_relative_accuracy_for_tiny_shifts() {
        // ln Gamma(3 + 1e-10) - ln Gamma(3) = 1e-10 psi(3) + ... (mpmath).
        let want = 9.227_843_351_182_139e-11;
        assert!((ln_gamma_ratio(3.0, 1e-10) - want).abs() <= 4.0 * f64::EPSILON * want);
        let want = 1.380_500_359_482_732_5;
        assert!((ln_gamma_ratio(100.0, 0.3) - want).abs() <= 4.0 * f64::EPSILON * want);
        let want = -0.001_050_696_313_694_949_6;
        assert!(
            (ln_gamma_ratio_excess(100.0, 0.3) - want).abs() <= 8.0 * f64::EPSILON * want.abs()
        );
    }

    #[test]
    fn log1pmx_dd_is_accurate_beyond_f64_on_both_branches() {
        // ln(1 + t) - t as (hi, lo) from mpmath: t = -0.3 (series), t = 5 (logarithm).
        for (t, hi, lo) in [
            (-0.3, -0.056_674_943_938_732_375, 8.604_815_685_724_913e-19),
            (5.0, -3.208_240_530_771_945, 4.349_979_825_096_335e-17),
        ] {
            let v = log1pmx_dd(DoubleDouble::from_f64(t)).expect("in range");
            let err = (v.hi - hi) + (v.lo - lo);
            assert!(err.abs() <= 1e-3 * f64::EPSILON * hi.abs(), "{t}: {v:?}");
        }
        assert!(log1pmx_dd(DoubleDouble::from_f64(-1.0)).is_none());
    }

    #[test]
    fn gammastar_tends_to_one() {
        // Gamma*(a) ~ 1 + 1/(12 a).
        let a = 1e4;
        assert!((gammastar(a) - (1.0 + 1.0 / (12.0 * a))).abs() < 1e-9);
    }
}
