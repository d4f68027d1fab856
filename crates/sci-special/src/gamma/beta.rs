//! The beta function `B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b)` and the logarithm of its
//! absolute value: `beta`, `betaln`.
//!
//! Algorithm, for `0 < a <= b` (the function is symmetric):
//!
//! - `a < 1e-20`: `B = 1/a - psi(b) - euler + O(a)`;
//! - `b < 20`: the three gamma functions in double-double (see `real_gamma`), the rounding
//!   error `e` of `c = a + b` (exact by two-sum) corrected by `Gamma(c + e) = Gamma(c)
//!   (1 + e psi(c))`;
//! - `b >= 1e6 a`: `Gamma(b) / Gamma(b + a) = b^(-a) exp(b g(y) + log1p(y) / 2 + S(b) -
//!   S(a + b))` with `y = a / b` and `g(y) = y - (1 + y) log1p(y)` by its series: the exponent
//!   is tiny and so is its error;
//! - otherwise Stirling's formula arranged as powers, `(b / c)^(b - 1/2) c^(-a) e^a` for
//!   `a < 20` and `sqrt(2 pi) (a / c)^(a - 1/2) (b / c)^(b - 1/2) c^(-1/2)` for `a >= 20`, the
//!   rounding of every base corrected to first order inside one final `expm1`, so the error
//!   is that of the correctly rounded `pow` calls, not amplified by the exponents.
//!
//! Negative non-integer arguments use the same gamma quotients with signs; a nonpositive
//! integer argument uses `B(-n, b) = (-1)^b B(1 + n - b, b)` for integer `b` (SciPy's limits).

use super::digamma::digamma;
use super::log_gamma::gammaln;
use super::real_gamma::{gamma, gamma_dd, gamma_parts, gammasgn, is_nonpositive_integer};
use super::stirling::{HALF_LN_2PI, SQRT_2PI, SQRT_2PI_LO, stirling_correction};
use crate::numeric::DoubleDouble as Dd;

/// Euler's constant.
const EULER: f64 = 0.577_215_664_901_532_860_606_512_1;

/// `g(y) = y - (1 + y) log1p(y) = -sum_{k>=2} (-y)^k / (k (k - 1))`, for `|y| <= 1e-6`.
fn g_small(y: f64) -> f64 {
    -y * y * (0.5 + y * (-1.0 / 6.0 + y * (1.0 / 12.0 + y * (-1.0 / 20.0 + y / 30.0))))
}

/// `Gamma(b) / Gamma(b + a)` for `b >= 1e6 |a|`, `b >= 10`: as `(b^(-a/2), exp(F))`, the
/// power halved so the caller can interleave `Gamma(a)` without overflow.
pub(super) fn ratio_far(b: f64, a: f64) -> (f64, f64) {
    let y = a / b;
    let c = a + b;
    let f = b * g_small(y) + 0.5 * y.ln_1p() + stirling_correction(b) - stirling_correction(c);
    (b.powf(-0.5 * a), f.exp())
}

/// The base `x / c` of a power whose true base is `x / (c + ce)`: the rounded quotient and
/// its relative correction.
pub(super) fn corrected_quotient(x: f64, c: f64, ce: f64) -> (f64, f64) {
    let q = x / c;
    let q_lo = (-q).mul_add(c, x) / c;
    (q, q_lo / q - ce / c)
}

/// `v (1 + expm1(corr))` in double-double.
fn apply_correction(v: Dd, corr: f64) -> f64 {
    if v.hi == 0.0 || !v.hi.is_finite() {
        return v.hi;
    }
    (v + v * corr.exp_m1()).to_f64()
}

/// `B(a, b)` in double-double for `|a|, |b| < 20` (not poles, `a + b` not a pole): the three
/// gamma functions in double-double, the rounding error `e` of `c = a + b` corrected by
/// `Gamma(c + e) = Gamma(c) (1 + e psi(c))`.
fn beta_small(a: f64, b: f64) -> Dd {
    let cs = Dd::from_f64(a) + Dd::from_f64(b);
    let (c, ce) = (cs.hi, cs.lo);
    let (na, da) = gamma_parts(a);
    let (nb, db) = gamma_parts(b);
    let (nc, dc) = gamma_parts(c);
    let v = na * nb * dc / (da * db * nc);
    if ce == 0.0 {
        return v;
    }
    v + v * (-ce * digamma(c))
}

/// `Gamma(b) / Gamma(b + a)` for `b >= 20`, `|a| < 20`, `b + a >= 10`, as
/// `(b / c)^(b - 1/2) c^(-a) e^a e^(S(b) - S(c))` with `c = a + b`, the rounding of `c` and of
/// `b / c` corrected inside one `expm1`.
pub(super) fn gamma_ratio_pow(b: f64, a: f64) -> Dd {
    let cs = Dd::from_f64(a) + Dd::from_f64(b);
    let (c, ce) = (cs.hi, cs.lo);
    let (qb, db) = corrected_quotient(b, c, ce);
    let corr = (b - 0.5) * db - a * ce / c + stirling_correction(b) - stirling_correction(c);
    let v = Dd::from_f64(qb.powf(b - 0.5)) * c.powf(-a) * a.exp();
    Dd::from_f64(apply_correction(v, corr))
}

/// `B(a, b)` for `0 < a <= b`, both finite.
fn beta_positive(a: f64, b: f64) -> f64 {
    if a < 1e-20 {
        return 1.0 / a - (digamma(b) + EULER);
    }
    if b < 20.0 {
        return beta_small(a, b).to_f64();
    }
    if b >= 1e6 * a {
        if a > super::real_gamma::GAMMA_MAX {
            return 0.0;
        }
        let (half_power, e) = ratio_far(b, a);
        return gamma(a) * half_power * half_power * e;
    }
    if a < 20.0 {
        return (gamma_dd(a) * gamma_ratio_pow(b, a)).to_f64();
    }
    if (a + b).is_infinite() {
        // Far below the smallest subnormal: B(a, b) < 2^(-a-b) for a, b >= 20.
        return 0.0;
    }
    let cs = Dd::from_f64(a) + Dd::from_f64(b);
    let (c, ce) = (cs.hi, cs.lo);
    // sqrt(2 pi) (a / c)^(a - 1/2) (b / c)^(b - 1/2) c^(-1/2) e^(S(a) + S(b) - S(c)).
    let (qa, da) = corrected_quotient(a, c, ce);
    let (qb, db) = corrected_quotient(b, c, ce);
    let sqrt_c = Dd::sqrt_f64(c);
    let corr = (a - 0.5) * da + (b - 0.5) * db - 0.5 * ce / c
        + stirling_correction(a)
        + stirling_correction(b)
        - stirling_correction(c);
    let v = Dd::new(SQRT_2PI, SQRT_2PI_LO) * qa.powf(a - 0.5) * qb.powf(b - 0.5) / sqrt_c;
    apply_correction(v, corr)
}

/// `ln B(a, b)` for `0 < a <= b`, both finite, where `B` may overflow or underflow.
fn betaln_positive(a: f64, b: f64) -> f64 {
    if a < 1e-20 {
        // B = (1/a) (1 - a (psi(b) + euler)).
        return -a.ln() + (-a * (digamma(b) + EULER)).ln_1p();
    }
    if b < 20.0 {
        let v = beta_small(a, b);
        return if (0.5..=2.0).contains(&v.hi) {
            (v.hi - 1.0).ln_1p() + v.lo / v.hi
        } else {
            v.hi.ln() + v.lo / v.hi
        };
    }
    let c = a + b;
    if a >= 20.0 && b < 1e6 * a {
        return HALF_LN_2PI
            - (a - 0.5) * (b / a).ln_1p()
            - (b - 0.5) * (a / b).ln_1p()
            - 0.5 * (b.ln() + (a / b).ln_1p())
            + stirling_correction(a)
            + stirling_correction(b)
            - stirling_correction(c);
    }
    if b >= 1e6 * a && b >= 10.0 {
        let y = a / b;
        let f = b * g_small(y) + 0.5 * y.ln_1p() + stirling_correction(b) - stirling_correction(c);
        return gammaln(a) - a * b.ln() + f;
    }
    beta_positive(a, b).ln()
}

/// `B(n, b)` for a nonpositive integer `n`: SciPy's limit, finite only for a positive integer
/// `b` with `n + b <= 0`, where `B(n, b) = (-1)^b B(1 - n - b, b)`.
fn beta_at_nonpositive_integer(n: f64, b: f64) -> f64 {
    if b > 0.0 && b == b.floor() && 1.0 - n - b > 0.0 {
        let sign = if (b * 0.5).fract() == 0.0 { 1.0 } else { -1.0 };
        let m = 1.0 - n - b;
        return sign * beta_positive(m.min(b), m.max(b));
    }
    f64::INFINITY
}

/// `B(a, b)` when at least one of `a`, `b` is a negative non-integer (both finite).
fn beta_negative(a: f64, b: f64) -> f64 {
    let c = a + b;
    if is_nonpositive_integer(c) {
        return 0.0;
    }
    if a.abs() < 20.0 && b.abs() < 20.0 {
        return beta_small(a, b).to_f64();
    }
    // One large positive argument: Gamma(small) Gamma(large) / Gamma(large + small).
    let (small, large) = if a.abs() <= b.abs() { (a, b) } else { (b, a) };
    if large >= 20.0 && small.abs() < 20.0 && c >= 10.0 {
        let ratio = if large >= 1e6 * small.abs() {
            let (half_power, e) = ratio_far(large, small);
            Dd::from_f64(half_power * half_power * e)
        } else {
            gamma_ratio_pow(large, small)
        };
        return (gamma_dd(small) * ratio).to_f64();
    }
    let sign = gammasgn(a) * gammasgn(b) * gammasgn(c);
    sign * (gammaln(a) + gammaln(b) - gammaln(c)).exp()
}

/// The beta function `B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b)`.
///
/// Symmetric in `a`, `b`. SciPy's edge values: `inf` when an argument is 0 or a pole that does
/// not cancel (`beta(-1, 2) = inf`), the finite limit where poles cancel
/// (`beta(-3, 2) = 1/6`), 0 where only `Gamma(a + b)` has a pole (`beta(-1.5, 0.5) = 0`),
/// `beta(inf, b) = 0` for `b > 0`, `inf` when an argument is `-inf`, NaN for
/// `beta(inf, inf)` and NaN arguments.
///
/// # Accuracy
///
/// At most 3 ULP against mpmath on `0 < a, b < 1e300` (1200 points, log-spaced magnitudes
/// from 1e-300; SciPy: inf, it overflows or underflows early), and at most 1 ULP on
/// `-20 < a < 0`, `-20 < b < 20` (300 non-integer points; SciPy: 523 ULP): see
/// `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::beta;
///
/// assert!((beta(2.0, 3.0) - 1.0 / 12.0).abs() < 1e-16);
/// assert!((beta(0.5, 0.5) - std::f64::consts::PI).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 5.12.1: <https://dlmf.nist.gov/5.12>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.beta.html>
pub fn beta(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        return f64::NAN;
    }
    if a == f64::NEG_INFINITY || b == f64::NEG_INFINITY {
        return f64::INFINITY;
    }
    if a == f64::INFINITY || b == f64::INFINITY {
        let other = if a == f64::INFINITY { b } else { a };
        if other == f64::INFINITY {
            return f64::NAN;
        }
        if other > 0.0 {
            return 0.0;
        }
        if is_nonpositive_integer(other) {
            return f64::INFINITY;
        }
        return f64::INFINITY * gammasgn(other);
    }
    if is_nonpositive_integer(a) {
        return beta_at_nonpositive_integer(a, b);
    }
    if is_nonpositive_integer(b) {
        return beta_at_nonpositive_integer(b, a);
    }
    if a > 0.0 && b > 0.0 {
        return beta_positive(a.min(b), a.max(b));
    }
    beta_negative(a, b)
}

/// The logarithm of the absolute value of the beta function, `ln |B(a, b)|`.
///
/// Finite where `B` overflows or underflows (`betaln(1e-310, 1) = 713.8...`,
/// `betaln(1e300, 1e300) = -1.386e300`; where SciPy returns `inf` because its `beta` overflowed, sci returns the finite value). `inf` where `beta` is infinite at a pole, `-inf` where
/// it is 0 at a pole, NaN where it is NaN.
///
/// # Accuracy
///
/// At most 40 ULP against mpmath on `0 < a, b < 1e300` (1200 points, log-spaced magnitudes
/// from 1e-300; SciPy: inf). The larger errors are all close to the curve `B(a, b) = 1` where
/// `betaln` vanishes and a relative bound cannot hold (the worst point, `a = 0.0933`,
/// `b = 9.3e10`, has `betaln = -0.04`); away from it the error is a few ULP: see
/// `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::betaln;
///
/// assert!((betaln(2.0, 3.0) - (1.0f64 / 12.0).ln()).abs() < 1e-15);
/// // ln B(a, a) = -2a ln 2 + O(ln a) for large a.
/// assert!((betaln(1e300, 1e300) / (-2e300 * 2f64.ln()) - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 5.12.1: <https://dlmf.nist.gov/5.12>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.betaln.html>
pub fn betaln(a: f64, b: f64) -> f64 {
    let v = beta(a, b);
    if v.is_nan() {
        return f64::NAN;
    }
    let magnitude = v.abs();
    let finite = a.is_finite() && b.is_finite();
    if finite && a > 0.0 && b > 0.0 {
        return betaln_positive(a.min(b), a.max(b));
    }
    if (1e-300..=1e300).contains(&magnitude) {
        return magnitude.ln();
    }
    if magnitude == 0.0 || magnitude.is_infinite() {
        if !finite || is_nonpositive_integer(a) || is_nonpositive_integer(b) {
            return magnitude.ln();
        }
        if is_nonpositive_integer(a + b) {
            return f64::NEG_INFINITY;
        }
    }
    gammaln(a) + gammaln(b) - gammaln(a + b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symmetric_and_matches_factorials() {
        // B(m, n) = (m-1)! (n-1)! / (m+n-1)!.
        assert!((beta(3.0, 4.0) - 2.0 * 6.0 / 720.0).abs() < 1e-16);
        assert_eq!(beta(2.5, 7.25), beta(7.25, 2.5));
        assert_eq!(beta(-1.0, 1.0), -1.0);
        assert!((beta(-3.0, 2.0) - 1.0 / 6.0).abs() < 1e-16);
    }
}
