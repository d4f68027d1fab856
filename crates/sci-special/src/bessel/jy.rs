//! `J_v(x)` and `Y_v(x)` for real order `v >= 0` and `0 < x < inf`: the engine behind
//! `jv`, `yv` and their relatives.
//!
//! - Large `x` (`x >= 16`, where it converges to full precision with terms below 4, roughly
//!   `x >= v^2 / 2`): Hankel's expansion ([`super::asymptotic`]).
//! - `16 <= x`, `v < x` beyond that: Hankel's expansion at two lower orders `v - k`,
//!   `v - k + 1` and the forward recurrence of `J` and `Y` up to `v`, neutral below the
//!   turning point; its absolute error stays within a few `eps sqrt(J^2 + Y^2)`.
//! - `J` at small `x` (`x^2 / 4 < (v + 1) / 10`): the power series ([`super::series`]).
//! - Otherwise Steed's method (Barnett, Feng, Steed & Goldfarb 1974; Temme 1976):
//!   continued fraction CF1 for `J_v' / J_v` (which also gives the sign of `J_v`), downward
//!   recurrence of `J` to an order `mu` (`|mu| <= 1/2` when `x < 2`, `mu` near `x` otherwise),
//!   `Y_mu`, `Y_{mu+1}` by Temme's series (`x < 2`) or by the complex continued fraction
//!   CF2 for `(J' + iY') / (J + iY)` (`x >= 2`), the Wronskian `J Y' - J' Y = 2/(pi x)` to
//!   normalise `J`, and forward recurrence of `Y` back up to `v`.
//!
//! Cost: O(1) for large `x`; O(x + v) iterations for Steed's method.

use sci_core::Complex64;

use super::{asymptotic, series, temme};

/// Lentz's guard against a zero denominator.
const TINY: f64 = 1e-300;
/// Rescaling threshold of the recurrences.
const BIG: f64 = 1e200;
/// The most recurrence steps taken up from Hankel's expansion.
const MAX_RECURRENCE: f64 = 300.0;
/// The most steps when the order ends within `2 x^(1/3)` of the turning point `x`.
const NEAR_TURNING_STEPS: f64 = 40.0;

/// CF1: `J_{v+1}(x) / J_v(x)` and the sign of `J_v(x)`.
fn cf1_j(v: f64, x: f64) -> (f64, f64) {
    // rho = 1 / (b_1 - 1 / (b_2 - 1 / (b_3 - ...))), b_k = 2 (v + k) / x: modified Lentz.
    let inv_x = 1.0 / x;
    let mut f = TINY;
    let mut c = f;
    let mut d = 0.0;
    let mut sign = 1.0;
    let max_iterations = 20_000 + (4.0 * x) as usize;
    for k in 1..max_iterations {
        let b = 2.0 * (v + k as f64) * inv_x;
        let a = if k == 1 { 1.0 } else { -1.0 };
        d = b + a * d;
        if d == 0.0 {
            d = TINY;
        }
        c = b + a / c;
        if c == 0.0 {
            c = TINY;
        }
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if d < 0.0 {
            sign = -sign;
        }
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    (f, sign)
}

/// CF2: `p + iq = (J_mu' + i Y_mu') / (J_mu + i Y_mu)` for `x >= 2`.
fn cf2_jy(mu: f64, x: f64) -> (f64, f64) {
    // p + iq = -1/(2x) + i + (i/x) a_1 / (b_1 + a_2 / (b_2 + ...)),
    // a_k = (k - 1/2)^2 - mu^2, b_k = 2 (x + k i).
    // Not TINY: |c|^2 must not underflow when c is inverted.
    let tiny = Complex64::new(1e-150, 0.0);
    let mut f = tiny;
    let mut c = f;
    let mut d = Complex64::new(0.0, 0.0);
    let mu2 = mu * mu;
    for k in 1..10_000 {
        let kf = k as f64;
        let a = (kf - 0.5) * (kf - 0.5) - mu2;
        let b = Complex64::new(2.0 * x, 2.0 * kf);
        d = b + d * a;
        if d.norm_sqr() == 0.0 {
            d = tiny;
        }
        c = b + c.inv() * a;
        if c.norm_sqr() == 0.0 {
            c = tiny;
        }
        d = d.inv();
        let delta = c * d;
        f *= delta;
        if (delta.re - 1.0).abs() + delta.im.abs() < 1e-16 {
            break;
        }
    }
    let pq = Complex64::new(-0.5 / x, 1.0) + Complex64::new(0.0, 1.0 / x) * f;
    (pq.re, pq.im)
}

/// What the caller needs.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Want {
    J,
    Y,
    Both,
}

/// `(J_v(x), Y_v(x))` for `v >= 0`, `0 < x < inf`. The component not asked for may be NaN.
pub(super) fn jy(v: f64, x: f64, want: Want) -> (f64, f64) {
    if x >= 16.0
        && let Some(pair) = asymptotic::jy_hankel(v, x)
    {
        return pair;
    }
    if x >= 16.0
        && v < x
        && let Some(pair) = hankel_then_recur(v, x)
    {
        return pair;
    }
    if v > 100.0 && x < v {
        // Debye's leading terms (DLMF 10.19.3) decide when J underflows or Y overflows, so that
        // huge orders do not run a recurrence of v steps to produce 0 or -inf.
        let alpha = (v / x).acosh();
        let th = alpha.tanh();
        let e = v * (alpha - th);
        let ln_j = -e - 0.5 * (2.0 * std::f64::consts::PI * v * th).ln();
        let ln_y = e - 0.5 * (0.5 * std::f64::consts::PI * v * th).ln();
        let j_zero = ln_j < -760.0;
        let y_inf = ln_y > 712.0;
        match want {
            Want::J if j_zero => return (0.0, f64::NAN),
            Want::Y if y_inf => return (f64::NAN, f64::NEG_INFINITY),
            Want::Both if j_zero && y_inf => return (0.0, f64::NEG_INFINITY),
            _ => {}
        }
    }
    if want == Want::J && v < series::MAX_ORDER && x * x < 0.4 * (v + 1.0) {
        return (series::j_series(v, x), f64::NAN);
    }
    steed(v, x, want)
}

/// For `v < x`: Hankel's expansion at the orders `m, m + 1` (`m = v - k`, `k` whole) low
/// enough for it to converge, then the forward recurrence
/// `C_{n+1} = (2n/x) C_n - C_{n-1}` of both `J` and `Y` up to `v`. Below the turning point
/// (`n < x`) neither solution dominates, so the `k` steps add rounding only linearly; this is
/// more accurate than Steed's continued fractions, whose many terms each round. Within about
/// `x^(1/3)` of the turning point the recurrence shears, and long runs there lose that edge:
/// those are left to Steed's method.
fn hankel_then_recur(v: f64, x: f64) -> Option<(f64, f64)> {
    // The expansion's first terms stay below its limit for 4 (m + 1)^2 < 16 x or so.
    let top = (4.0 * x).sqrt() - 1.0;
    let k = (v - top).ceil().clamp(0.0, v.floor());
    // Long recurrences (huge orders, or many steps close to the turning point) are left to
    // Steed's method.
    let near_turning_point = v >= x - 2.0 * x.cbrt();
    if !(1.0..=MAX_RECURRENCE).contains(&k) || (near_turning_point && k > NEAR_TURNING_STEPS) {
        return None;
    }
    let m = v - k;
    let (mut j0, mut y0) = asymptotic::jy_hankel(m, x)?;
    let (mut j1, mut y1) = asymptotic::jy_hankel(m + 1.0, x)?;
    let inv_x = 1.0 / x;
    for i in 1..k as u64 {
        let factor = 2.0 * (m + i as f64) * inv_x;
        (j0, j1) = (j1, factor * j1 - j0);
        (y0, y1) = (y1, factor * y1 - y0);
    }
    Some((j1, y1))
}

/// Steed's method, as described in the module docs.
fn steed(v: f64, x: f64, want: Want) -> (f64, f64) {
    let nl = if x < 2.0 {
        (v + 0.5).floor()
    } else {
        (v - x + 1.5).floor().max(0.0)
    };
    let mu = v - nl;
    let steps = nl as u64;
    let inv_x = 1.0 / x;
    let w = std::f64::consts::FRAC_2_PI * inv_x;

    // J part: ratio and sign at order v, recurred down to mu.
    let (rho, sign) = cf1_j(v, x);
    let mut jl = 1.0;
    let mut jpl = v * inv_x - rho;
    let mut rescales = 0u32;
    for l in (1..=steps).rev() {
        let k = mu + l as f64;
        let jm = k * inv_x * jl + jpl;
        jpl = (k - 1.0) * inv_x * jm - jl;
        jl = jm;
        if jl.abs() > BIG {
            jl /= BIG;
            jpl /= BIG;
            rescales += 1;
        }
    }
    let f_mu = jpl / jl;

    let (j_mu, y_mu, y_mu1) = if x < 2.0 {
        let (y0, y1) = temme::y_temme(mu, x);
        let yp = mu * inv_x * y0 - y1;
        (w / (yp - f_mu * y0), y0, y1)
    } else {
        let (p, q) = cf2_jy(mu, x);
        let gam = (p - f_mu) / q;
        let magnitude = (w / (q * (1.0 + gam * gam))).sqrt();
        let j_mu = magnitude.copysign(sign * jl);
        let y0 = gam * j_mu;
        let yp = p * y0 + q * j_mu;
        (j_mu, y0, mu * inv_x * y0 - yp)
    };

    let j = if want == Want::Y {
        f64::NAN
    } else {
        let mut j = j_mu / jl;
        for _ in 0..rescales {
            j /= BIG;
        }
        j
    };
    let y = if want == Want::J {
        f64::NAN
    } else if steps == 0 {
        y_mu
    } else {
        let (mut y0, mut y1) = (y_mu, y_mu1);
        for i in 1..steps {
            let next = 2.0 * (mu + i as f64) * inv_x * y1 - y0;
            y0 = y1;
            y1 = next;
            if !y1.is_finite() {
                break;
            }
        }
        y1
    };
    (j, y)
}
