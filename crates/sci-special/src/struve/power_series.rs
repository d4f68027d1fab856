//! The power series of `H_v` and `L_v` (DLMF 11.2.1, 11.2.2),
//! `(x/2)^(v+1) sum_k (∓1)^k (x/2)^(2k) / (Gamma(k + 3/2) Gamma(k + v + 3/2))`,
//! summed in double-double arithmetic: the terms of `H_v` alternate and grow like
//! `exp(x) / sqrt(x)` before they decay, and 106 bits absorb that cancellation for `x` up to
//! about 32 (a loss of 2^44 leaves 2^-60). The denominators `(k + 1/2)(k + v + 1/2)` are formed
//! exactly, so the only rounding is that of the double-double operations.

use crate::numeric::DoubleDouble;
use crate::{gammaln, gammasgn, rgamma};

/// `ln(Gamma(3/2)) = ln(sqrt(pi) / 2)`.
const LN_GAMMA_3_2: f64 = -0.120_782_237_635_245_22;
/// `1 / Gamma(3/2) = 2 / sqrt(pi)`.
const RGAMMA_3_2: f64 = std::f64::consts::FRAC_2_SQRT_PI;

/// The sum of the series without its prefactor and the ratio of its largest term to the sum
/// (the factor by which rounding errors are amplified).
pub(super) struct Series {
    /// `sum_k t_k`, `t_0 = 1`.
    pub(super) sum: f64,
    /// `max |t_k| / |sum|`.
    pub(super) cancellation: f64,
}

/// `sum_k t_k` with `t_0 = 1`, `t_k = t_{k-1} s (x/2)^2 / ((k + 1/2)(k + v + 1/2))`, `s = -1`
/// for `H_v` and `+1` for `L_v`. `v + 1/2` must not be a non-positive integer.
pub(super) fn sum(v: f64, x: f64, modified: bool) -> Series {
    let quarter_x2 = DoubleDouble::product(x, x) * 0.25;
    let q = if modified { quarter_x2 } else { -quarter_x2 };
    let vv = DoubleDouble::from_f64(v);
    let mut term = DoubleDouble::from_f64(1.0);
    let mut total = term;
    let mut largest = 1.0f64;
    for k in 1..100_000u32 {
        let half = f64::from(k) - 0.5;
        // (k + v + 1/2) exactly as a double-double, times (k - 1/2 + 1) = k + 1/2.
        let shifted = vv + DoubleDouble::from_f64(half + 1.0);
        let denominator = shifted * (half + 1.0);
        term = term * q / denominator;
        total = total + term;
        largest = largest.max(term.hi.abs());
        let converged = term.hi.abs() <= 7.7e-34 * total.hi.abs();
        // Past the peak (k + v > (x/2)^2 / k) and below rounding: done.
        if term.hi == 0.0 || !term.hi.is_finite() || (converged && f64::from(k) + v > 0.0) {
            break;
        }
    }
    let sum = total.to_f64();
    Series {
        sum,
        cancellation: largest / sum.abs(),
    }
}

/// `scale * (x/2)^(v+1) / (Gamma(3/2) Gamma(v + 3/2))`, without premature overflow or
/// underflow (through logarithms when the direct product leaves the normal range).
pub(super) fn with_prefactor(v: f64, x: f64, scale: f64) -> f64 {
    if scale == 0.0 || !scale.is_finite() {
        let p = (0.5 * x).powf(v + 1.0) * rgamma(v + 1.5);
        return p * scale;
    }
    let power = (0.5 * x).powf(v + 1.0);
    let rg = rgamma(v + 1.5);
    let direct = power * rg * RGAMMA_3_2 * scale;
    let normal = |t: f64| t.is_finite() && t.abs() >= f64::MIN_POSITIVE;
    if normal(power) && normal(rg) && normal(direct) {
        return direct;
    }
    let log = (v + 1.0) * (0.5 * x).ln() - gammaln(v + 1.5) - LN_GAMMA_3_2 + scale.abs().ln();
    let sign = gammasgn(v + 1.5) * scale.signum();
    sign * log.exp()
}
