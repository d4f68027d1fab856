//! `I_x(a, b)` for large `a`, small `b` and `x` near 1: the asymptotic expansion in
//! incomplete gamma functions of DiDonato and Morris (1992, BGRAT), with the upward shift of
//! `a` (their BUP) when `a` is not large.
//!
//! With `t = e^-s`, `I_x(a, b) = 1 / B(a, b) integral_(-ln x)^inf e^(-a s) (1 - e^-s)^(b-1) ds`,
//! and `e^(-a s) (1 - e^-s)^(b-1) = s^(b-1) e^(-T s) (sinh(s/2) / (s/2))^(b-1)` with
//! `T = a + (b - 1)/2`. Expanding `(sinh(s/2) / (s/2))^(b-1) = sum_n p_n s^(2n)` and
//! integrating term by term,
//! `I_x(a, b) = Gamma(a + b) / (Gamma(a) T^b) sum_n p_n G_n`,
//! `G_n = Gamma(b + 2n, u) / (Gamma(b) T^(2n))`, `u = -T ln x`, where `G_0 = Q(b, u)` and
//! `Gamma(c + 2, u) = c (c + 1) Gamma(c, u) + (c + 1 + u) u^c e^-u` gives the rest. The
//! series is asymptotic in `1/T`; its terms fall like `(2n)! / (2 pi T)^(2n)`.
//!
//! `ln(sinh(z) / z) = sum_k 2^(2k) B_2k z^(2k) / (2k (2k)!)` (DLMF 4.33.3 integrated) gives
//! `p_n` by the recurrence for the exponential of a power series.

use super::beta_ratio::beta_prefactor;
use super::stirling::{lgam1p, ln_dd, ln_gamma_ratio_excess};
use crate::numeric::{DoubleDouble, continued_fraction};

/// `B_2k / (2k (2k)!)`, `k = 1..15` (mpmath): the Taylor coefficients of `ln(sinh(s/2) / (s/2))`
/// in powers of `s^2`.
const LN_SINHC: [f64; 15] = [
    0.041666666666666664,
    -0.00034722222222222224,
    5.5114638447971785e-06,
    -1.033399470899471e-07,
    2.08767569878681e-09,
    -4.403491782239578e-11,
    9.55895466477477e-13,
    -2.1185501852016142e-14,
    4.770034475709914e-16,
    -1.087434349279031e-17,
    2.5040921947091955e-19,
    -5.814360285755218e-21,
    1.3595027075497952e-22,
    -3.1976847953705525e-24,
    7.559841507792277e-26,
];

/// The smallest `a` at which the expansion is used directly.
const MIN_A: f64 = 15.0;

/// `e^l` in double-double for `|l|` below about 700: the rounded `e = exp(l_hi)` corrected by
/// one Newton step on `ln`, `e (1 + (l - ln e))`.
fn exp_dd(l: DoubleDouble) -> DoubleDouble {
    let e = l.hi.exp();
    let residual = l - ln_dd(e, 0.0);
    DoubleDouble::from_f64(e) + DoubleDouble::product(e, residual.to_f64())
}

/// `Q(b, u)` for `0 < b <= 1`, `u > 0`, given `r = u^b e^-u / Gamma(b)`: for `u <= 3/2` as
/// `1 - e^L - e^L b S` with `L = b ln u - ln Gamma(1 + b)` and
/// `S = sum_(n >= 1) (-u)^n / (n! (b + n))` (DLMF 8.7.1, written so that the small `Q` of a
/// small `b` is not formed as `1 - P`; in double-double, as its two terms cancel), above by
/// Legendre's continued fraction (DLMF 8.9.2) times `r`.
fn upper_gamma_small(b: f64, u: f64, r: f64) -> f64 {
    if u <= 1.5 {
        // The two terms cancel by a factor of up to about 10: both in double-double.
        let mut term = DoubleDouble::from_f64(1.0);
        let mut sum = DoubleDouble::from_f64(0.0);
        for n in 1..200 {
            let fn_ = f64::from(n);
            term = term * (-u) / fn_;
            let t = term / (DoubleDouble::from_f64(b) + DoubleDouble::from_f64(fn_));
            sum = sum + t;
            if t.hi.abs() <= 1e-33 * sum.hi.abs() {
                break;
            }
        }
        let l = ln_dd(u, 0.0) * b - DoubleDouble::from_f64(lgam1p(b));
        let e = exp_dd(l);
        let one = DoubleDouble::from_f64(1.0);
        return (one - e - e * b * sum).to_f64();
    }
    // Gamma(b, u) e^u u^-b = 1 / f, f = u + 1 - b - 1 (1 - b) / (u + 3 - b - 2 (2 - b) / ...):
    // summed from its tail at the depth Lentz finds (`continued_fraction`).
    let term = |n: usize| {
        let n = n as f64;
        (-n * (n - b), 2.0f64.mul_add(n, u + 1.0 - b))
    };
    let f = continued_fraction(u + 1.0 - b, term, 10_000);
    // Gamma(b, u) / Gamma(b) = (u^b e^-u / Gamma(b)) / f.
    r / f
}

/// `I_x(a, b)` by the expansion, for `a >= 15`, `0 < b <= 1`, `x = 1 - y > 1/2` (only the
/// exact `y` is used).
fn expansion(a: f64, b: f64, y: f64) -> f64 {
    let t = 0.5f64.mul_add(b - 1.0, a);
    // u = -T ln x in double-double: Q(b, u) and u^b e^-u fall like e^-u, so a relative error
    // of u would cost u ULP; they are evaluated at the rounded u and corrected to first order
    // in the rounding error u_lo (dQ/du = -r/u, dr/du = r (b/u - 1)).
    let x_hi = 1.0 - y;
    let x_lo = (1.0 - x_hi) - y;
    let t_dd = DoubleDouble::from_f64(a) + DoubleDouble::from_f64(0.5 * (b - 1.0));
    let u_dd = -(t_dd * ln_dd(x_hi, x_lo));
    let (u, u_lo) = (u_dd.hi, u_dd.lo);
    // Gamma(a + b) / (Gamma(a) T^b) = exp(O(b / a^2)): with b ln T = b ln a + b ln(1 + (b - 1)
    // / (2a)), the b ln a of both cancel analytically and the O(b / a) rest to first order, so
    // the difference is formed without losing digits.
    let head = (ln_gamma_ratio_excess(a, b) - b * ((b - 1.0) / (2.0 * a)).ln_1p()).exp();
    // u^b e^-u / Gamma(b), from correctly rounded factors while e^-u is normal (the
    // exponential of the sum of logarithms would lose u ULP).
    let r0 = if u < 700.0 {
        (-u).exp() * u.powf(b) * crate::rgamma(b)
    } else {
        (b.mul_add(u.ln(), -u) - crate::gammaln(b)).exp()
    };
    let q = (-r0 / u).mul_add(u_lo, upper_gamma_small(b, u, r0));
    let r = if r0 > 0.0 {
        r0 * ((b / u - 1.0) * u_lo).exp()
    } else {
        0.0
    };
    let mut p = [0.0f64; LN_SINHC.len() + 1];
    p[0] = 1.0;
    let t2 = t * t;
    let v = (u / t) * (u / t);
    let mut g = q;
    let mut sum = q;
    let mut v_power = 1.0;
    let mut last = f64::INFINITY;
    for n in 1..p.len() {
        // p_n = (b - 1) / n sum_k k c_k p_(n-k).
        let mut acc = 0.0;
        for k in 1..=n {
            acc += k as f64 * LN_SINHC[k - 1] * p[n - k];
        }
        p[n] = (b - 1.0) * acc / n as f64;
        let c = b + 2.0 * (n - 1) as f64;
        g = (c * (c + 1.0) * g + (c + 1.0 + u) * r * v_power) / t2;
        v_power *= v;
        let term = p[n] * g;
        // The series is asymptotic: stop at convergence or where its terms start to grow.
        if term.abs() > last {
            break;
        }
        sum += term;
        last = term.abs();
        if last <= f64::EPSILON * 0.125 * sum.abs() {
            break;
        }
    }
    head * sum
}

/// `I_x(a, b)` for `0 < b <= 1`, `x > 1/2` with `y = 1 - x` exact, and `a` large enough that
/// `x` lies below the mean. For `a < 15`, `I_x(a, b) = I_x(a + n, b) + x^a y^b / (a B(a, b))
/// sum_(i < n) d_i`, `d_0 = 1`, `d_(i+1) = d_i (a + b + i) x / (a + i + 1)` (DLMF 8.17.20
/// applied `n` times; all terms positive).
pub(crate) fn large_a_small_b(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if a >= MIN_A {
        return expansion(a, b, y);
    }
    let n = (MIN_A - a).ceil().max(1.0);
    let mut d = 1.0;
    let mut sum = 0.0;
    let mut i = 0.0;
    while i < n {
        sum += d;
        d *= (a + b + i) * x / (a + i + 1.0);
        i += 1.0;
    }
    let shifted = expansion(a + n, b, y);
    (beta_prefactor(a, b, x, y) / a).mul_add(sum, shifted)
}
