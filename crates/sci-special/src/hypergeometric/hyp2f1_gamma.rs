//! Gamma-function quotients for the connection formulas of `hyp2f1`: products and quotients of
//! `Gamma` without intermediate overflow, and `ln(Gamma(x + e) / Gamma(x)) / e` accurate
//! relative to its size for small `e` (its limit `psi(x)` at `e = 0`), which the limit formulas
//! of DLMF 15.8.10 need where `c - a - b` is an integer or close to one.

use crate::numeric::DoubleDouble;
use crate::{digamma, gamma, gammaln, gammasgn, rgamma};

/// Bernoulli numbers `B_2, B_4, ..., B_16` of Stirling's series (DLMF 5.11.1).
const BERNOULLI: [f64; 8] = [
    1.0 / 6.0,
    -1.0 / 30.0,
    1.0 / 42.0,
    -1.0 / 30.0,
    5.0 / 66.0,
    -691.0 / 2730.0,
    7.0 / 6.0,
    -3617.0 / 510.0,
];

/// Stirling's series is used from this argument on: its truncation after `B_16` is below
/// 1e-20 there.
const STIRLING_FROM: f64 = 15.0;

/// `prod Gamma(num_i) / prod Gamma(den_j)` for double-double arguments `x = hi + lo`:
/// `Gamma(hi + lo) = Gamma(hi) (1 + psi(hi) lo)`, a correction that matters because the
/// rounding of an argument `x` to f64 changes `Gamma(x)` by about `x ln x` ULPs.
pub(super) fn gamma_ratio_dd(num: &[DoubleDouble], den: &[DoubleDouble]) -> f64 {
    let hi = |v: &[DoubleDouble]| v.iter().map(|x| x.hi).collect::<Vec<f64>>();
    let mut correction = 0.0f64;
    for x in num {
        if x.lo != 0.0 {
            correction += digamma(x.hi) * x.lo;
        }
    }
    for x in den {
        if x.lo != 0.0 {
            correction -= digamma(x.hi) * x.lo;
        }
    }
    let value = gamma_ratio(&hi(num), &hi(den));
    if correction == 0.0 || !correction.is_finite() {
        value
    } else {
        value * correction.exp()
    }
}

/// `prod Gamma(num_i) / prod Gamma(den_j)`: the direct product where every factor is finite
/// and the partial products stay in range, else through `ln|Gamma|` and the signs. A pole in
/// a denominator gives 0; a pole in a numerator gives `inf` (with the sign of the rest).
pub(super) fn gamma_ratio(num: &[f64], den: &[f64]) -> f64 {
    let mut direct = 1.0f64;
    let mut ok = true;
    for &x in num {
        let g = gamma(x);
        if !g.is_finite() || g == 0.0 {
            ok = false;
            break;
        }
        direct *= g;
    }
    if ok {
        for &x in den {
            let r = rgamma(x);
            if r == 0.0 && x <= 0.0 && x == x.trunc() {
                return 0.0;
            }
            if !r.is_finite() || r == 0.0 {
                ok = false;
                break;
            }
            direct *= r;
        }
    }
    if ok && direct.is_finite() && direct.abs() > 1e-290 && direct.abs() < 1e290 {
        return direct;
    }
    if den.iter().any(|&x| x <= 0.0 && x == x.trunc()) {
        return 0.0;
    }
    let mut log = 0.0f64;
    let mut sign = 1.0f64;
    for &x in num {
        log += gammaln(x);
        sign *= gammasgn(x);
    }
    for &x in den {
        log -= gammaln(x);
        sign *= gammasgn(x);
    }
    if sign == 0.0 || sign.is_nan() {
        // A pole in a numerator (gammasgn is NaN or 0 there).
        return f64::INFINITY;
    }
    sign * log.exp()
}

/// `ln|1 + t|` and the sign of `1 + t`, accurate for small `t`.
fn ln_abs_1p(t: f64) -> (f64, f64) {
    if t > -1.0 {
        (t.ln_1p(), 1.0)
    } else {
        ((-1.0 - t).ln(), -1.0)
    }
}

/// `ln|Gamma(x + e) / Gamma(x)|` and the sign of the quotient, with an absolute error of a few
/// ULPs of the terms it is made of (each of order `e / x`), so relative to `e` for small `e`.
/// Neither `x` nor `x + e` may be a pole.
pub(super) fn ln_gamma_ratio(x: f64, e: f64) -> (f64, f64) {
    if e == 0.0 {
        return (0.0, 1.0);
    }
    // Gamma(y + 1) = y Gamma(y): move both arguments up to where Stirling's series holds,
    // collecting the quotients (x + e + j) / (x + j) = 1 + e / (x + j).
    let low = x.min(x + e);
    let shifts = if low < STIRLING_FROM {
        (STIRLING_FROM - low).ceil() as usize
    } else {
        0
    };
    let mut log = 0.0f64;
    let mut sign = 1.0f64;
    for j in 0..shifts {
        let (l, s) = ln_abs_1p(e / (x + j as f64));
        log -= l;
        sign *= s;
    }
    let big = x + shifts as f64;
    // Stirling's series (DLMF 5.11.1) at y = big + e minus at y = big: the difference of
    // (y - 1/2) ln y - y, and of the correction terms, each written without cancellation.
    let l1p = (e / big).ln_1p();
    let mut diff = (big - 0.5) * l1p + e * (big + e).ln() - e;
    let mut power = 1.0 / big;
    let inv2 = power * power;
    for (k, &b) in BERNOULLI.iter().enumerate() {
        let n = 2.0 * (k as f64 + 1.0);
        // big^(1-n) ((1 + e/big)^(1-n) - 1)
        diff += b / (n * (n - 1.0)) * power * ((1.0 - n) * l1p).exp_m1();
        power *= inv2;
    }
    (log + diff, sign)
}

/// `ln(Gamma(x + e) / Gamma(x)) / e`, `psi(x)` at `e = 0`, for `e` small enough that
/// `Gamma(x + e)` and `Gamma(x)` have the same sign (callers check with [`ln_gamma_ratio`]).
pub(super) fn ln_gamma_ratio_over(x: f64, e: f64) -> f64 {
    if e == 0.0 {
        return digamma(x);
    }
    ln_gamma_ratio(x, e).0 / e
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratio_matches_gamma() {
        for &(x, e) in &[
            (0.3, 0.2),
            (2.5, -0.4),
            (-3.7, 0.25),
            (40.0, 0.1),
            (1.0, 1e-9),
        ] {
            let (l, s) = ln_gamma_ratio(x, e);
            let exact = gamma(x + e) / gamma(x);
            assert!(
                (s * l.exp() - exact).abs() <= 1e-14 * exact.abs(),
                "{x} {e}"
            );
        }
        // Small e: ln Gamma(1 + e) / e -> psi(1) = -Euler's gamma.
        let r = ln_gamma_ratio_over(1.0, 1e-12);
        assert!((r + 0.577_215_664_901_532_9).abs() < 1e-11);
    }

    #[test]
    fn ratio_of_products() {
        let r = gamma_ratio(&[5.0, 0.5], &[3.0]);
        assert!((r - 12.0 * std::f64::consts::PI.sqrt()).abs() < 1e-14);
        assert_eq!(gamma_ratio(&[2.0], &[-1.0]), 0.0);
        // Beyond the range of f64 in the parts, not in the result.
        let r = gamma_ratio(&[300.0], &[299.0]);
        assert!((r - 299.0).abs() < 1e-10);
    }
}
