//! Stirling's asymptotic series for large arguments (DLMF 5.11.1, 5.11.2):
//!
//! `ln Gamma(x) = (x - 1/2) ln x - x + ln(2 pi) / 2 + S(x)`,
//! `S(x) = sum_k B_2k / (2k (2k - 1) x^(2k - 1))`,
//! `psi(x) = ln x - 1 / (2x) - sum_k B_2k / (2k x^2k)`,
//!
//! with the Bernoulli numbers `B_2k`. For `x >= 10` ten terms of `S` and nine of the digamma
//! sum leave a truncation error below `2e-19` relative; `ln Gamma` itself is only summed for
//! `x >= 20`, where six terms do.

use crate::numeric::polevl;
use crate::numeric::two_product;

/// `B_2k / (2k (2k - 1))` for k = 10 down to 1 (exact rationals from the Bernoulli numbers,
/// DLMF Table 24.2.1).
pub(super) const STIRLING: [f64; 10] = [
    -1.392_432_216_905_901_116_4,
    0.179_644_372_368_830_573_16,
    -0.029_550_653_594_771_241_83,
    0.006_410_256_410_256_410_256_4,
    -0.001_917_526_917_526_917_526_9,
    0.000_841_750_841_750_841_750_84,
    -0.000_595_238_095_238_095_238_1,
    0.000_793_650_793_650_793_650_79,
    -0.002_777_777_777_777_777_777_8,
    0.083_333_333_333_333_333_333,
];

/// `B_2k / 2k` for k = 9 down to 1.
const DIGAMMA_ASYMPTOTIC: [f64; 9] = [
    3.053_954_330_270_119_743_8,
    -0.443_259_803_921_568_627_45,
    0.083_333_333_333_333_333_333,
    -0.021_092_796_092_796_092_796,
    0.007_575_757_575_757_575_757_6,
    -0.004_166_666_666_666_666_666_7,
    0.003_968_253_968_253_968_254,
    -0.008_333_333_333_333_333_333_3,
    0.083_333_333_333_333_333_333,
];

/// `ln(2 pi) / 2`.
pub(crate) const HALF_LN_2PI: f64 = 0.918_938_533_204_672_741_780_329_7;

/// `sqrt(2 pi)` as a double-double: leading and trailing parts.
pub(crate) const SQRT_2PI: f64 = 2.506_628_274_631_000_502_415_765;
pub(crate) const SQRT_2PI_LO: f64 = -1.832_857_998_045_916_7e-16;

/// The Stirling correction `S(x) = ln Gamma(x) - (x - 1/2) ln x + x - ln(2 pi) / 2`, for
/// `x >= 10`.
pub(crate) fn stirling_correction(x: f64) -> f64 {
    let r = 1.0 / x;
    r * polevl(r * r, &STIRLING)
}

/// `S(x)` for `x >= 20`, where six terms leave a truncation error below `1e-20` (the seventh
/// term is `8e-20 / x^13`), by Horner's rule with separate multiply and add (`f64::mul_add`
/// is a library call on a generic x86-64 build; `S` is below `0.005` of `ln Gamma(x)` there,
/// so its roundings do not show).
#[inline(always)]
fn stirling_correction_from_20(x: f64) -> f64 {
    let r = 1.0 / x;
    let z = r * r;
    let c = &STIRLING[4..];
    r * (((((c[0] * z + c[1]) * z + c[2]) * z + c[3]) * z + c[4]) * z + c[5])
}

/// `ln Gamma(x)` for `x >= 20` by Stirling's series, the leading product `(x - 1/2) ln x` and
/// the subtraction of `x` carried exactly (double-double), so that the error is that of `ln x`
/// (half an ULP) amplified by at most 1.5. `inf` once `x ln x` overflows.
#[inline]
pub(crate) fn ln_gamma_stirling(x: f64) -> f64 {
    let l = x.ln();
    let (a, a_lo) = two_product(x - 0.5, l);
    if !a.is_finite() {
        return a;
    }
    // a > 2.9 x for x >= 20, so the fast two-sum is exact.
    let s = a - x;
    let s_lo = (a - s) - x;
    s + (s_lo + a_lo + (HALF_LN_2PI + stirling_correction_from_20(x)))
}

/// `psi(x) - ln x`, for `x >= 10`: `-1/(2x) - sum_k B_2k / (2k x^2k)`.
pub(crate) fn digamma_asymptotic_tail(x: f64) -> f64 {
    let r = 1.0 / x;
    let z = r * r;
    -0.5 * r - z * polevl(z, &DIGAMMA_ASYMPTOTIC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stirling_correction_matches_known_values() {
        // ln Gamma(10) = ln 362880.
        let x = 10.0f64;
        let s = stirling_correction(x);
        let lg = (x - 0.5) * x.ln() - x + HALF_LN_2PI + s;
        assert!((lg - 362_880f64.ln()).abs() < 1e-14);
    }
}
