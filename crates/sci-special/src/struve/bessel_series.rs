//! `H_v` between the power series and the asymptotic expansion: the Neumann series
//! (DLMF 11.4.19)
//! `H_v(x) = 4 / (sqrt(pi) Gamma(v + 1/2)) sum_k (2k + v + 1) Gamma(k + v + 1) /
//! (k! (2k + 1)(2k + 2v + 1)) J_{2k+v+1}(x)` for `v > -1/2`, whose terms do not cancel
//! (the `J` are of the size of the result until their order passes `x`, then decay). The
//! `J_{v+1+m}(x)` come from the backward recurrence in the order (stable for `J`), started
//! at two orders well past `x` where [`jv`](crate::jv) gives them accurately.

use std::f64::consts::FRAC_2_SQRT_PI;

use crate::{gamma, jv, poch, rgamma};

/// `H_v(x)` by the Neumann series, for `v > -1/2`, `x > 0`. Cost O(x + v).
pub(super) fn struve_h_neumann(v: f64, x: f64) -> f64 {
    let top = x.max(v + 1.0) + 10.0 * x.cbrt() + 30.0;
    // An even number of steps, so that the sum's orders are v + 1 + 2k.
    let steps = ((top - v - 1.0).max(2.0) / 2.0).ceil() as usize * 2;
    // g_k = Gamma(k + v + 1) / (k! Gamma(v + 1/2)).
    let g0 = if v < 150.0 {
        gamma(v + 1.0) * rgamma(v + 0.5)
    } else {
        poch(v + 0.5, 0.5)
    };
    let half = steps / 2;
    let mut coefficients = Vec::with_capacity(half + 1);
    let mut g = g0;
    for k in 0..=half {
        let kf = k as f64;
        if k > 0 {
            g *= (kf + v) / kf;
        }
        coefficients
            .push((2.0 * kf + v + 1.0) * g / ((2.0 * kf + 1.0) * (2.0 * kf + 2.0 * v + 1.0)));
    }
    let order = |m: usize| v + 1.0 + m as f64;
    let mut above = jv(order(steps + 1), x);
    let mut current = jv(order(steps), x);
    let mut total = coefficients[half] * current;
    for m in (0..steps).rev() {
        // J_{mu-1} = (2 mu / x) J_mu - J_{mu+1}, mu = order(m + 1).
        let below = 2.0 * order(m + 1) / x * current - above;
        above = current;
        current = below;
        if m % 2 == 0 {
            total += coefficients[m / 2] * current;
        }
    }
    FRAC_2_SQRT_PI * 2.0 * total
}
