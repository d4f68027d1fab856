//! `I_v(x)` and `K_v(x)` for real order `v >= 0` and `0 < x < inf`, exponentially scaled
//! (`e^-x I_v(x)`, `e^x K_v(x)`): the engine behind `iv`, `kv` and their relatives.
//!
//! - `K`: `K_mu`, `K_{mu+1}` for `mu = v - round(v)` by Temme's series (`x <= 2`), Hankel's
//!   expansion (large `x`), or otherwise the trapezoidal rule on
//!   `e^x K_mu(x) = int_0^inf exp(-x (cosh t - 1)) cosh(mu t) dt` (DLMF 10.32.9), which converges
//!   geometrically for an integrand analytic in a strip (Trefethen & Weideman, SIAM Review 56,
//!   2014); then the forward recurrence `K_{k+1} = K_{k-1} + (2k/x) K_k`, free of cancellation.
//! - `I`: the power series at small `x`, Hankel's expansion at large `x`; otherwise CF1 for
//!   `I_{v+1} / I_v`, downward recurrence to `mu`, and the Wronskian
//!   `I_mu K_mu' - I_mu' K_mu = -1/x` (Temme 1975).
//!
//! Every step adds positive terms, so the relative error stays within a few ULP. Cost: O(1)
//! for large `x`, O(x + v) iterations otherwise.

use super::{asymptotic, k01, series, temme};

/// Lentz's guard against a zero denominator.
const TINY: f64 = 1e-300;
/// Rescaling threshold of the recurrences.
const BIG: f64 = 1e200;

/// `(e^x K_mu(x), e^x K_{mu+1}(x))` for `|mu| <= 1/2`, `x > 0`.
fn k_pair_scaled(mu: f64, x: f64) -> (f64, f64) {
    if mu == 0.0 {
        // Integer orders start from the near-correctly-rounded K_0, K_1.
        return (k01::k0e_positive(x), k01::k1e_positive(x));
    }
    if x <= 2.0 {
        let (k0, k1) = temme::k_temme(mu, x);
        let e = x.exp();
        return (k0 * e, k1 * e);
    }
    if x >= 30.0
        && let (Some(k0), Some(k1)) = (
            asymptotic::k_scaled_hankel(mu, x),
            asymptotic::k_scaled_hankel(mu + 1.0, x),
        )
    {
        return (k0, k1);
    }
    k_pair_trapezoid(mu, x)
}

/// The trapezoidal rule for `e^x K_mu(x)` and `e^x K_{mu+1}(x)`, `x > 2`, `|mu| <= 1/2`.
fn k_pair_trapezoid(mu: f64, x: f64) -> (f64, f64) {
    // Step: the integrand is analytic in |Im t| < pi/2 and, for large x, close to a Gaussian
    // of width 1/sqrt(x); both aliasing errors are below 1e-17 with this step.
    let h = (0.7 / x.sqrt()).min(0.2);
    let e_mu = (mu * h).exp();
    let (mut sum0, mut sum1) = (0.5, 0.5);
    let (mut up, mut down) = (1.0, 1.0); // e^{mu t}, e^{-mu t}
    for j in 1..2000u32 {
        let t = f64::from(j) * h;
        up *= e_mu;
        down /= e_mu;
        let s = (0.5 * t).sinh();
        let s2 = s * s;
        let g = (-2.0 * x * s2).exp();
        let cosh_mu = 0.5 * (up + down);
        let sinh_mu = 0.5 * (up - down);
        let cosh_t = 1.0 + 2.0 * s2;
        let sinh_t = 2.0 * s * (1.0 + s2).sqrt();
        let f0 = g * cosh_mu;
        let f1 = g * (cosh_mu * cosh_t + sinh_mu * sinh_t);
        sum0 += f0;
        sum1 += f1;
        if f1 < 1e-18 * sum1 {
            break;
        }
    }
    (h * sum0, h * sum1)
}

/// `e^x K_v(x)` for `v >= 0`, `x > 0`.
pub(super) fn k_scaled(v: f64, x: f64) -> f64 {
    if let Some((_, ln_k)) = debye_logs(v, x)
        && ln_k + x > 712.0
    {
        return f64::INFINITY;
    }
    let nl = (v + 0.5).floor();
    let mu = v - nl;
    if nl == 0.0 {
        return k_pair_scaled(mu, x).0;
    }
    if x >= 30.0
        && v * v < 0.5 * x
        && let Some(k) = asymptotic::k_scaled_hankel(v, x)
    {
        return k;
    }
    let (mut k0, mut k1) = k_pair_scaled(mu, x);
    let inv_x = 1.0 / x;
    let steps = nl as u64;
    for i in 1..steps {
        let next = 2.0 * (mu + i as f64) * inv_x * k1 + k0;
        k0 = k1;
        k1 = next;
        if k1.is_infinite() {
            break;
        }
    }
    k1
}

/// For large orders below the turning point, `(ln I_v(x), ln K_v(x))` from Debye's leading
/// terms (DLMF 10.41.3, 10.41.4): they decide when `I` underflows or `K` overflows, so that
/// huge orders do not run a recurrence of `v` steps to produce 0 or inf.
fn debye_logs(v: f64, x: f64) -> Option<(f64, f64)> {
    if v <= 100.0 || x >= v {
        return None;
    }
    let z = x / v;
    let s = (1.0 + z * z).sqrt();
    let eta = s + (z / (1.0 + s)).ln();
    let pi = std::f64::consts::PI;
    let ln_i = v * eta - 0.5 * (2.0 * pi * v).ln() - 0.5 * s.ln();
    let ln_k = -v * eta + 0.5 * (pi / (2.0 * v)).ln() - 0.5 * s.ln();
    Some((ln_i, ln_k))
}

/// CF1: `I_{v+1}(x) / I_v(x)`.
fn cf1_i(v: f64, x: f64) -> f64 {
    // 1 / (b_1 + 1 / (b_2 + ...)), b_k = 2 (v + k) / x: modified Lentz, all terms positive.
    let inv_x = 1.0 / x;
    let mut f = TINY;
    let mut c = f;
    let mut d = 0.0;
    let max_iterations = 20_000 + (4.0 * x) as usize;
    for k in 1..max_iterations {
        let b = 2.0 * (v + k as f64) * inv_x;
        d = 1.0 / (b + d);
        c = b + 1.0 / c;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    f
}

/// `e^-x I_v(x)` for `v >= 0`, `x > 0`.
pub(super) fn i_scaled(v: f64, x: f64) -> f64 {
    if let Some((ln_i, _)) = debye_logs(v, x)
        && ln_i - x < -760.0
    {
        return 0.0;
    }
    if x >= 25.0
        && x >= 0.5 * v * v
        && let Some(i) = asymptotic::i_scaled_hankel(v, x)
    {
        return i;
    }
    if v < series::MAX_ORDER && x * x < 4.0 * (v + 1.0) {
        // All terms positive: converges fast while x^2/4 < v + 1.
        return series::i_series(v, x) * (-x).exp();
    }
    let nl = (v + 0.5).floor();
    let mu = v - nl;
    let inv_x = 1.0 / x;
    let mut il = 1.0;
    let mut ipl = v * inv_x + cf1_i(v, x);
    let mut rescales = 0u32;
    for l in (1..=nl as u64).rev() {
        let k = mu + l as f64;
        let im = k * inv_x * il + ipl;
        ipl = (k - 1.0) * inv_x * im + il;
        il = im;
        if il > BIG {
            il /= BIG;
            ipl /= BIG;
            rescales += 1;
        }
    }
    let f_mu = ipl / il;
    let (k0, k1) = k_pair_scaled(mu, x);
    let kp = mu * inv_x * k0 - k1;
    let i_mu = inv_x / (f_mu * k0 - kp);
    let mut i = i_mu / il;
    for _ in 0..rescales {
        i /= BIG;
    }
    i
}
