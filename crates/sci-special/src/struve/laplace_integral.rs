//! `K_v(x) = H_v(x) - Y_v(x)` by its Laplace integral (DLMF 11.5.2),
//! `K_v(x) = 2 (x/2)^v / (sqrt(pi) Gamma(v + 1/2)) int_0^inf exp(-x t) (1 + t^2)^(v - 1/2) dt`,
//! valid for every real `v` (with `t = s/x` the integral is `(1/x) int_0^inf exp(-s)
//! (1 + s^2/x^2)^(v-1/2) ds`, positive, without cancellation). The integral is computed by the
//! exp-sinh rule (the trapezoidal rule after `s = exp(pi/2 sinh u)`), halving the step until
//! two levels agree to rounding. Used for large `x` where the asymptotic expansion of `K_v`
//! falls short (`|v|` comparable with `x`).

use std::f64::consts::FRAC_PI_2;

use super::asymptotic::prefactor;

/// `int_0^inf exp(-s) (1 + s^2/x^2)^(v-1/2) ds`.
fn integral(v: f64, x: f64) -> f64 {
    let a = v - 0.5;
    let inv_x2 = 1.0 / (x * x);
    let f = |u: f64| -> f64 {
        let s = (FRAC_PI_2 * u.sinh()).exp();
        if s == 0.0 || !s.is_finite() {
            return 0.0;
        }
        let value = (-s + a * (s * s * inv_x2).ln_1p()).exp();
        value * FRAC_PI_2 * u.cosh() * s
    };
    // Sum one trapezoidal level over the nodes k h (k odd when `odd_only`), both directions
    // from 0 until the terms are negligible.
    let level = |h: f64, odd_only: bool, scale: f64| -> f64 {
        let mut total = 0.0;
        let (start, stride) = if odd_only { (1, 2) } else { (0, 1) };
        for sign in [1.0, -1.0] {
            let mut k = if sign < 0.0 && start == 0 { 1 } else { start };
            loop {
                let u = sign * f64::from(k) * h;
                let term = f(u);
                total += term;
                if (term.abs() <= 1e-20 * scale.max(total.abs()) && u.abs() > 1.0) || u.abs() > 8.0
                {
                    break;
                }
                k += stride;
            }
        }
        total
    };
    let mut h = 0.5;
    let mut sum = level(h, false, 0.0);
    let mut estimate = sum * h;
    for _ in 0..8 {
        h *= 0.5;
        sum += level(h, true, sum.abs());
        let next = sum * h;
        let change = (next - estimate).abs();
        estimate = next;
        if change <= 1e-16 * estimate.abs() {
            break;
        }
    }
    estimate
}

/// `K_v(x)` for `x > 0`, `v + 1/2` not a non-positive integer.
pub(super) fn struve_k(v: f64, x: f64) -> f64 {
    prefactor(v, x) * integral(v, x)
}
