//! Hankel's asymptotic expansions for large argument (DLMF 10.17, 10.40):
//!
//! - `J_v(x) = sqrt(2/(pi x)) (P cos w - Q sin w)`, `Y_v(x) = sqrt(2/(pi x)) (P sin w + Q cos w)`,
//!   `w = x - (v/2 + 1/4) pi`, with `P ~ sum (-1)^k a_{2k}(v) / x^{2k}` and
//!   `Q ~ sum (-1)^k a_{2k+1}(v) / x^{2k+1}`;
//! - `e^-x I_v(x) ~ sum (-1)^k a_k(v) / x^k / sqrt(2 pi x)` and
//!   `e^x K_v(x) ~ sqrt(pi/(2x)) sum a_k(v) / x^k`,
//!
//! where `a_k(v) = (4v^2 - 1^2)(4v^2 - 3^2)...(4v^2 - (2k-1)^2) / (k! 8^k)`.
//!
//! The phase `w` is never formed: `cos w` and `sin w` come from `sin x`, `cos x` (reduced
//! exactly by the platform's `sin`/`cos`) and `sinpi`/`cospi` of `v/2 + 1/4`, so the result
//! stays accurate for `x` up to `f64::MAX`. Each expansion is summed only while its terms
//! decrease; the functions return `None` when that does not reach full precision, and the
//! caller then uses another method.

use std::f64::consts::PI;

use crate::numeric::{cospi, sinpi};

/// Relative size of the last term kept.
const TAIL: f64 = 1e-17;
/// The largest term the J, Y expansion accepts: larger ones would cancel away digits of `P`
/// and `Q` (which are near 1).
const LARGEST_TERM: f64 = 4.0;

/// `(J_v(x), Y_v(x))` for large `x > 0`, or `None` when the expansion does not converge to
/// full precision.
pub(super) fn jy_hankel(v: f64, x: f64) -> Option<(f64, f64)> {
    let mu = 4.0 * v * v;
    let eight_x = 8.0 * x;
    let (mut p, mut q) = (1.0, 0.0);
    let mut term: f64 = 1.0;
    let mut previous = f64::INFINITY;
    let mut converged = false;
    for k in 1..200u32 {
        let odd = f64::from(2 * k - 1);
        term *= (mu - odd * odd) / (f64::from(k) * eight_x);
        let size = term.abs();
        if (size > previous && size > TAIL) || size > LARGEST_TERM {
            return None;
        }
        previous = size;
        // Signs: Q gets +a1, -a3, +a5, ...; P gets -a2, +a4, ...
        match k % 4 {
            1 => q += term,
            2 => p -= term,
            3 => q -= term,
            _ => p += term,
        }
        if size < TAIL * p.abs().max(q.abs()) || term == 0.0 {
            converged = true;
            break;
        }
    }
    if !converged {
        return None;
    }
    let (sin_x, cos_x) = x.sin_cos();
    let phase = 0.5 * v + 0.25;
    let (sin_p, cos_p) = (sinpi(phase), cospi(phase));
    // w = x - phase pi.
    let cos_w = cos_x * cos_p + sin_x * sin_p;
    let sin_w = sin_x * cos_p - cos_x * sin_p;
    let amplitude = (std::f64::consts::FRAC_2_PI / x).sqrt();
    Some((
        amplitude * (p * cos_w - q * sin_w),
        amplitude * (p * sin_w + q * cos_w),
    ))
}

/// Sums `sum s^k a_k(v) / x^k` with `s = -1` (for `I`) or `s = 1` (for `K`), or `None` when
/// the terms stop decreasing before full precision.
fn hankel_sum(v: f64, x: f64, sign: f64) -> Option<f64> {
    let mu = 4.0 * v * v;
    let eight_x = 8.0 * x;
    let mut sum = 1.0;
    let mut term: f64 = 1.0;
    let mut previous = f64::INFINITY;
    for k in 1..200u32 {
        let odd = f64::from(2 * k - 1);
        term *= sign * (mu - odd * odd) / (f64::from(k) * eight_x);
        let size = term.abs();
        if size > previous && size > TAIL {
            return None;
        }
        previous = size;
        sum += term;
        if size < TAIL * sum.abs() || term == 0.0 {
            return Some(sum);
        }
    }
    None
}

/// `e^-x I_v(x)` for large `x > 0`, or `None`.
pub(super) fn i_scaled_hankel(v: f64, x: f64) -> Option<f64> {
    hankel_sum(v, x, -1.0).map(|s| s / (2.0 * PI * x).sqrt())
}

/// `e^x K_v(x)` for large `x > 0`, or `None`.
pub(super) fn k_scaled_hankel(v: f64, x: f64) -> Option<f64> {
    hankel_sum(v, x, 1.0).map(|s| s * (PI / (2.0 * x)).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_integer_orders_terminate_and_are_exact() {
        // J_{1/2}(x) = sqrt(2/(pi x)) sin x, Y_{1/2}(x) = -sqrt(2/(pi x)) cos x.
        let x = 30.0;
        let (j, y) = jy_hankel(0.5, x).unwrap_or((f64::NAN, f64::NAN));
        let a = (2.0 / (PI * x)).sqrt();
        assert!((j - a * x.sin()).abs() < 1e-16, "{j}");
        assert!((y + a * x.cos()).abs() < 1e-16, "{y}");
        let k = k_scaled_hankel(0.5, x).unwrap_or(f64::NAN);
        assert!((k / (PI / (2.0 * x)).sqrt() - 1.0).abs() < 1e-16);
    }

    #[test]
    fn refuses_when_the_order_is_too_large() {
        assert!(jy_hankel(40.0, 30.0).is_none());
        assert!(i_scaled_hankel(40.0, 30.0).is_none());
    }
}
