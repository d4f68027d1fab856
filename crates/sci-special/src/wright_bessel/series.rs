//! The power series `Phi(a, b; x) = sum_k x^k / (k! Gamma(a k + b))` for `a, b, x >= 0`.
//!
//! Every term is positive, so the sum has no cancellation: its relative error is that of
//! the terms, a few units in the last place. The series is used only where it is short and
//! its terms stay inside `f64`'s range; elsewhere the integral of `integral.rs` takes over.

use crate::numeric::DoubleDouble as Dd;
use crate::rgamma;

/// Most terms the series is allowed to take.
const MAX_TERMS: usize = 100;

/// The index of the largest term, `k* ~ (x / a^a)^(1/(1+a))` (from Stirling's formula),
/// or of the largest term of `x^k / k!` (about `x`) when `a` is 0.
fn peak_index(a: f64, x: f64) -> f64 {
    if a == 0.0 {
        x
    } else {
        (x / a.powf(a)).powf(1.0 / (1.0 + a))
    }
}

/// The number of terms that reach full accuracy: the largest term's index plus a margin
/// of a dozen standard deviations of the (roughly Poisson-shaped) terms, or `None` when the
/// series would be too long or its terms would leave `f64`'s range (`Gamma(a k + b)`
/// overflows beyond 171).
pub(super) fn terms_needed(a: f64, b: f64, x: f64) -> Option<usize> {
    let k = peak_index(a, x);
    let n = k + 12.0 * (k / (1.0 + a)).sqrt() + 25.0;
    if n > MAX_TERMS as f64 {
        return None;
    }
    // Neither x^j / j! (largest at j = x) nor the largest term may overflow; terms whose
    // Gamma(a j + b) overflows underflow to 0 through `rgamma`, harmlessly.
    let j = n.min(x);
    let log_power = j * x.ln() - crate::gammaln(j + 1.0);
    let log_peak = k * x.ln() - crate::gammaln(k + 1.0) - crate::gammaln(a * k + b);
    (log_power < 700.0 && log_peak < 700.0).then_some(n as usize)
}

/// The series with `n` terms (stopping early once the terms no longer matter), as its first
/// term `1 / Gamma(b)` and the sum of the others (so that `ln Phi` can be taken as
/// `ln(1/Gamma(b)) + ln(1 + rest Gamma(b))` without cancellation when `Phi` is near 1).
pub(super) fn series(a: f64, b: f64, x: f64, n: usize) -> (f64, f64) {
    // x^k / k! in double-double: a long product rounded at every step would drift by
    // tens of units in the last place.
    let mut power = Dd::from_f64(1.0);
    let mut sum = 0.0;
    let head = rgamma(b);
    let peak = peak_index(a, x);
    for k in 1..=n {
        power = power * x / k as f64;
        let term = power.to_f64() * rgamma(a * k as f64 + b);
        sum += term;
        if term <= (head + sum) * 1e-18 && k as f64 > peak {
            break;
        }
    }
    (head, sum)
}
