//! The regularized incomplete beta function `I_x(a, b)` (`betainc`) and its complement
//! `1 - I_x(a, b) = I_(1-x)(b, a)` (`betaincc`), computed together, each directly where it is
//! small, following the choice of methods of DiDonato and Morris (1992, Algorithm 708).
//!
//! The problem is first turned, through `I_x(a, b) = 1 - I_(1-x)(b, a)`, so that `x` lies on
//! the near side of the mean: `lambda = a - (a + b) x >= 0`, with `lambda` exact (double-double
//! from the exact one of `x`, `y`). There:
//!
//! - `x <= 1/2` and `b x <= 0.7`: the power series (BPSER, `beta_series`), which also gives the
//!   complement directly when `a` is small and the ratio is close to 1;
//! - `b <= 1` and `x > 1/2`: the expansion in incomplete gamma functions for large `a`
//!   (BGRAT, after shifting `a` up by the recurrence BUP; `beta_grat`);
//! - otherwise the contracted continued fraction (BFRAC, `beta_fraction`).
//!
//! The prefactor `x^a y^b / B(a, b)` comes from `powf` and `beta` when nothing under- or
//! overflows (the rounded `1 - w` corrected by its exact rounding error), otherwise, for large
//! `a` and `b`, in Temme's scaled form
//! `sqrt(a b / (2 pi (a + b))) Gamma*(a + b) / (Gamma*(a) Gamma*(b)) exp(a l(c/a) + b l(-c/b))`
//! with `l(t) = ln(1 + t) - t` and `c = -lambda`: the exponent is a sum of two non-positive
//! terms, without cancellation (Temme, *Special functions*, 1996, 11.3.3).
//!
//! `x` and `y = 1 - x` are passed together: the one below 1/2 is exact, the other may be its
//! rounded complement and is only used where its rounding does not matter.

use std::f64::consts::PI;

use super::beta_fraction::{beta_fraction, mean_offset, mean_offset_dd};
use super::beta_grat::large_a_small_b;
use super::beta_series::power_series_pair;
use super::stirling::{gammastar, ln_gamma_ratio, log1pmx, log1pmx_dd};
use crate::numeric::DoubleDouble;

/// `z^p` for `z` one of `x`, `y`. Where `z = 1 - w` is the rounded complement of the exact
/// `w`, its rounding error `e` (exact: `1 - z` and `(1 - z) - w` are) enters as the factor
/// `(1 + e / z)^p`, so the power keeps the accuracy of `powf` on an exact base even for large
/// `p` (through `exp(p ln(1 - w))` it would lose `|p ln z|` ULP).
fn power(z: f64, p: f64, other: f64) -> f64 {
    if z > 0.5 && other < 0.5 {
        let e = (1.0 - z) - other;
        z.powf(p) * (p * (e / z).ln_1p()).exp()
    } else {
        z.powf(p)
    }
}

/// `ln x` from the exact one of `x`, `y = 1 - x`.
fn ln_of(x: f64, y: f64) -> f64 {
    if x <= 0.5 { x.ln() } else { (-y).ln_1p() }
}

/// `a ln(x (a + b) / a) + b ln(y (a + b) / b) <= 0`, the exponent of the scaled prefactor,
/// as `a l(c/a) + b l(-c/b)` with `l(t) = ln(1 + t) - t` (the `±c` cancel analytically); where
/// `1 + t` is small, from `ln x` or `ln y` directly.
fn scaled_exponent(a: f64, b: f64, x: f64, y: f64) -> f64 {
    let c = -mean_offset(a, b, x, y);
    let (ta, tb) = (c / a, -c / b);
    let ea = if ta < -0.5 {
        a * (ln_of(x, y) + (b / a).ln_1p()) - c
    } else {
        a * log1pmx(ta)
    };
    let eb = if tb < -0.5 {
        b * (ln_of(y, x) + (a / b).ln_1p()) + c
    } else {
        b * log1pmx(tb)
    };
    ea + eb
}

/// [`scaled_exponent`] in double-double, where both `l` arguments are in the range of
/// [`log1pmx_dd`].
fn scaled_exponent_dd(a: f64, b: f64, x: f64, y: f64) -> Option<DoubleDouble> {
    let c = -mean_offset_dd(a, b, x, y);
    let ea = log1pmx_dd(c / a)? * a;
    let eb = log1pmx_dd(-c / b)? * b;
    Some(ea + eb)
}

/// `x^a y^b / B(a, b)` from `powf` and `beta` (each within a few ULP), when nothing under- or
/// overflows; the powers are split into halves or quarters to reach further into the tails.
fn direct_prefactor(a: f64, b: f64, x: f64, y: f64) -> Option<f64> {
    let beta = crate::beta(a, b);
    if !beta.is_normal() {
        return None;
    }
    for parts in [1, 2, 4] {
        let k = f64::from(parts);
        let g = power(x, a / k, y) * power(y, b / k, x);
        if !g.is_normal() {
            continue;
        }
        let value = match parts {
            1 => g / beta,
            2 => (g / beta) * g,
            _ => {
                let g2 = g * g;
                ((g2 / beta) * g) * g
            }
        };
        if value.is_normal() && value.is_finite() {
            return Some(value);
        }
    }
    None
}

/// `x^a y^b / B(a, b)` for `a, b > 0`, `0 < x < 1`, `y = 1 - x`.
pub(crate) fn beta_prefactor(a: f64, b: f64, x: f64, y: f64) -> f64 {
    let exponent = scaled_exponent(a, b, x, y);
    if (a.min(b) < 10.0 || exponent < -5.0)
        && let Some(value) = direct_prefactor(a, b, x, y)
    {
        return value;
    }
    let scale = if a.min(b) >= 10.0 {
        // sqrt(a b / (2 pi (a + b))) without overflow of a b.
        (a / (2.0 * PI)).sqrt() * (b / (a + b)).sqrt() * gammastar(a + b)
            / (gammastar(a) * gammastar(b))
    } else {
        // One parameter s is small, the other l is not:
        // Gamma(s + l) / (Gamma(s) Gamma(l)) (s + l)^-(s + l) s^s l^l
        // = exp(ln_gamma_ratio(l, s) - ln Gamma(s) - l ln(1 + s/l) - s ln(1 + l/s)),
        // every term of the size s ln l, so is the error.
        let (s, l) = if a < b { (a, b) } else { (b, a) };
        (ln_gamma_ratio(l, s) - crate::gammaln(s) - l * (s / l).ln_1p() - s * (l / s).ln_1p()).exp()
    };
    let power = match scaled_exponent_dd(a, b, x, y) {
        Some(e) => e.hi.exp() * (1.0 + e.lo),
        None => exponent.exp(),
    };
    // An underflowed factor wins over an overflowed one: the prefactor is below 1 / B(a, b)
    // times a vanishing power there.
    if scale == 0.0 || power == 0.0 {
        return 0.0;
    }
    scale * power
}

/// `(I_x(a, b), 1 - I_x(a, b))` for `x` on the near side of the mean (`lambda >= 0`), by the
/// better method there.
fn near_side_pair(a: f64, b: f64, x: f64, y: f64, lambda: f64) -> (f64, f64) {
    if x <= 0.5 && b * x <= 0.7 {
        power_series_pair(a, b, x, y)
    } else if b <= 1.0 && x > 0.5 {
        let p = large_a_small_b(a, b, x, y);
        (p, 1.0 - p)
    } else {
        let p = beta_fraction(a, b, x, y, lambda);
        (p, 1.0 - p)
    }
}

/// `(I_x(a, b), 1 - I_x(a, b))` for `a, b > 0` finite, `0 < x < 1`, `y = 1 - x`.
pub(crate) fn beta_pair(a: f64, b: f64, x: f64, y: f64) -> (f64, f64) {
    let lambda = mean_offset(a, b, x, y);
    if lambda >= 0.0 {
        near_side_pair(a, b, x, y, lambda)
    } else {
        let (q, p) = near_side_pair(b, a, y, x, -lambda);
        (p, q)
    }
}

/// The edge cases of [`betainc`] / [`betaincc`], as SciPy: `Some((I, 1 - I))`, or `None`
/// when `a, b > 0` are finite and `0 < x < 1`.
fn edge_cases(a: f64, b: f64, x: f64) -> Option<(f64, f64)> {
    const NAN2: (f64, f64) = (f64::NAN, f64::NAN);
    if a.is_nan() || b.is_nan() || x.is_nan() || a < 0.0 || b < 0.0 || !(0.0..=1.0).contains(&x) {
        return Some(NAN2);
    }
    let zero_a = a == 0.0 || b == f64::INFINITY;
    let zero_b = b == 0.0 || a == f64::INFINITY;
    if zero_a && zero_b {
        return Some(NAN2);
    }
    if x == 0.0 {
        return Some((0.0, 1.0));
    }
    if x == 1.0 {
        return Some((1.0, 0.0));
    }
    if zero_a {
        // All the mass at 0.
        return Some((1.0, 0.0));
    }
    if zero_b {
        // All the mass at 1.
        return Some((0.0, 1.0));
    }
    None
}

/// The regularized incomplete beta function `I_x(a, b)`.
///
/// `I_x(a, b) = 1 / B(a, b) * integral_0^x t^(a - 1) (1 - t)^(b - 1) dt`, the CDF of the beta
/// distribution. Defined for `a, b >= 0` and `0 <= x <= 1`: NaN outside, and for
/// `a = b = 0`. As SciPy: `I_0 = 0` and `I_1 = 1`; with `a = 0` (or `b = inf`) all the mass
/// sits at 0, so `I_x = 1` for `x > 0`; with `b = 0` (or `a = inf`) it sits at 1, so
/// `I_x = 0` for `x < 1`.
///
/// DiDonato and Morris's scheme: the power series, the contracted continued fraction of
/// DLMF 8.17.22 or the expansion for large `a` and small `b` on the near side of the mean
/// (with `I_x(a, b) = 1 - I_(1-x)(b, a)` for the far side), computing whichever of `I` and
/// `1 - I` is small directly.
///
/// # Accuracy
///
/// At most 5 ULP against mpmath on the golden points (`a`, `b` log-spaced in `[1e-5, 1e5]`,
/// `x` in `(0, 1)` uniform, log-spaced towards both ends down to 1e-300 and around the mean);
/// median 0 ULP (SciPy: 990 ULP, median 1). At most 4 ULP on a second table of extreme
/// points (tiny `a` or `b` down to 1e-20, large `a` with small `b` and `x` near 1, tails of
/// large parameters down to underflow, small `a` with large `b`; SciPy: 1312 ULP).
///
/// Not measured beyond `a, b = 1e5`. Near the mean the continued fraction needs more steps
/// as `a + b` grows and stops at its step limit above `a + b` of about 1e13, where the result
/// loses accuracy (DiDonato and Morris's asymptotic expansion BASYM for that region is not
/// implemented); far from the mean it stays accurate.
///
/// # Examples
///
/// ```
/// use sci_special::betainc;
///
/// // I_x(a, 1) = x^a.
/// assert!((betainc(2.5, 1.0, 0.3) - 0.3f64.powf(2.5)).abs() < 1e-15);
/// // Symmetry: I_x(a, b) = 1 - I_(1-x)(b, a).
/// assert!((betainc(2.0, 3.0, 0.4) + betainc(3.0, 2.0, 0.6) - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// - A. R. DiDonato, A. H. Morris, "Algorithm 708: significant digit computation of the
///   incomplete beta function ratios", ACM TOMS 18 (1992).
/// - N. M. Temme, *Special functions: an introduction to the classical functions of
///   mathematical physics*, Wiley, 1996, section 11.3.
/// - DLMF 8.17; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.betainc.html>
pub fn betainc(a: f64, b: f64, x: f64) -> f64 {
    match edge_cases(a, b, x) {
        Some((p, _)) => p,
        None => beta_pair(a, b, x, 1.0 - x).0,
    }
}

/// The complement of the regularized incomplete beta function, `1 - I_x(a, b)`.
///
/// The survival function of the beta distribution, `I_(1-x)(b, a)`, computed directly where
/// it is the smaller (and, for small `a`, from the power series as `-expm1(L) - e^L a S`
/// where the ratio is close to 1), so upper tails keep their relative accuracy. Same domain
/// and edge cases as [`betainc`] (with `1 - I` in place of `I`).
///
/// # Accuracy
///
/// At most 5 ULP against mpmath on the golden points (`a`, `b` log-spaced in `[1e-5, 1e5]`,
/// `x` in `(0, 1)` uniform, log-spaced towards both ends and around the mean), and at most
/// 6 ULP on the extreme points of [`betainc`]; median 0 ULP. SciPy (Boost's `ibeta`) stays
/// within 1 ULP on the same points: sci's prefactor `x^a (1 - x)^b / B(a, b)`, continued
/// fraction and expansions each keep an ULP or two.
///
/// # Examples
///
/// ```
/// use sci_special::betaincc;
///
/// // 1 - I_x(1, b) = (1 - x)^b.
/// assert!((betaincc(1.0, 4.0, 0.2) - 0.8f64.powi(4)).abs() < 1e-15);
/// ```
///
/// # References
///
/// - A. R. DiDonato, A. H. Morris, ACM TOMS 18 (1992).
/// - DLMF 8.17; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.betaincc.html>
pub fn betaincc(a: f64, b: f64, x: f64) -> f64 {
    match edge_cases(a, b, x) {
        Some((_, q)) => q,
        None => beta_pair(a, b, x, 1.0 - x).1,
    }
}
