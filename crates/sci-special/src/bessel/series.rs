//! Ascending power series of `J_v` and `I_v` (DLMF 10.2.2, 10.25.2):
//! `J_v(x) = (x/2)^v / Gamma(v+1) sum_k (-x^2/4)^k / (k! (v+1)_k)`, and the same with
//! `+x^2/4` for `I_v`. Used where the terms shrink fast (`x^2/4` small against `v + 1`), so
//! the alternating sum of `J` does not cancel, and only for `v + 1 < 170` where `Gamma(v+1)`
//! is finite.

/// The largest order for which the series prefactor is formed directly.
pub(super) const MAX_ORDER: f64 = 168.0;

/// `sum_k (s x^2/4)^k / (k! (v+1)_k)` with `s = -1` (J) or `s = 1` (I).
fn sum(v: f64, x: f64, sign: f64) -> f64 {
    let z = sign * 0.25 * x * x;
    let mut term = 1.0;
    let mut total = 1.0;
    for k in 1..500u32 {
        let k = f64::from(k);
        term *= z / (k * (v + k));
        total += term;
        if term.abs() <= 1e-17 * total.abs() {
            break;
        }
    }
    total
}

/// `(x/2)^v / Gamma(v+1)` for `0 <= v < MAX_ORDER`, `x > 0`.
fn prefactor(v: f64, x: f64) -> f64 {
    let half = 0.5 * x;
    if v == 0.0 {
        return 1.0;
    }
    let power = half.powf(v);
    let gamma = crate::gamma(v + 1.0);
    if power == 0.0 || !power.is_finite() {
        // Split the power so that the division does not underflow or overflow too early.
        let root = half.powf(0.5 * v);
        return root / gamma * root;
    }
    power / gamma
}

/// `J_v(x)` by its power series, `0 <= v < MAX_ORDER`, `x > 0`.
pub(super) fn j_series(v: f64, x: f64) -> f64 {
    prefactor(v, x) * sum(v, x, -1.0)
}

/// `I_v(x)` by its power series, `0 <= v < MAX_ORDER`, `x > 0`.
pub(super) fn i_series(v: f64, x: f64) -> f64 {
    prefactor(v, x) * sum(v, x, 1.0)
}
