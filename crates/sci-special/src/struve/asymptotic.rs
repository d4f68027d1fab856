//! The large-`x` expansions of `K_v = H_v - Y_v` and `M_v = L_v - I_v` (DLMF 11.6.1, 11.6.2):
//! `K_v(x) ~ (1/pi) sum_k Gamma(k + 1/2) (x/2)^(v-2k-1) / Gamma(v + 1/2 - k)` and `M_v` the
//! same with signs `(-1)^(k+1)`. The term ratios are `± (k - 1/2)(v + 1/2 - k) / (x/2)^2`;
//! the series is divergent, and is used only when its terms fall below `2^-56` of the sum
//! before they start to grow.

use crate::{gammaln, gammasgn, rgamma};

/// `ln(sqrt(pi))`.
const LN_SQRT_PI: f64 = 0.572_364_942_924_700_1;
/// `1 / sqrt(pi)`.
const FRAC_1_SQRT_PI: f64 = 0.564_189_583_547_756_3;

/// `K_v(x)` (or `M_v(x)` when `modified`) with an estimate of its absolute error, or `None`
/// when the expansion does not reach double precision at this `x`.
pub(super) fn remainder(v: f64, x: f64, modified: bool) -> Option<(f64, f64)> {
    let inv = 4.0 / (x * x);
    let mut term = 1.0f64;
    let mut total = 1.0f64;
    let mut converged = false;
    for k in 1..500u32 {
        let kf = f64::from(k);
        let ratio = (kf - 0.5) * (v + 0.5 - kf) * inv;
        let next = term * if modified { -ratio } else { ratio };
        if next == 0.0 {
            // v + 1/2 is a positive integer: the series terminates.
            converged = true;
            term = 0.0;
            break;
        }
        if next.abs() > term.abs() {
            break;
        }
        term = next;
        total += term;
        if term.abs() <= 1.4e-17 * total.abs() {
            converged = true;
            break;
        }
    }
    if !converged {
        return None;
    }
    let sign = if modified { -1.0 } else { 1.0 };
    let value = sign * prefactor(v, x) * total;
    let error = (value * (term / total)).abs();
    Some((value, error))
}

/// `(x/2)^(v-1) / (sqrt(pi) Gamma(v + 1/2))`.
pub(super) fn prefactor(v: f64, x: f64) -> f64 {
    let a = v + 0.5;
    if a <= 0.0 && a == a.trunc() {
        // 1 / Gamma(v + 1/2) vanishes: the expansion is identically 0.
        return 0.0;
    }
    let power = (0.5 * x).powf(v - 1.0);
    let rg = rgamma(a);
    let direct = power * rg * FRAC_1_SQRT_PI;
    let normal = |t: f64| t.is_finite() && t.abs() >= f64::MIN_POSITIVE;
    if normal(power) && normal(rg) && normal(direct) {
        return direct;
    }
    let log = (v - 1.0) * (0.5 * x).ln() - gammaln(v + 0.5) - LN_SQRT_PI;
    gammasgn(v + 0.5) * log.exp()
}
