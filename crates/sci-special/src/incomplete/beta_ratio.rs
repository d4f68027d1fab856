//! The regularized incomplete beta function `I_x(a, b)` (`betainc`) and its complement
//! `1 - I_x(a, b) = I_(1-x)(b, a)` (`betaincc`), computed together: the smaller directly, the
//! other as its complement.
//!
//! The continued fraction of DLMF 8.17.22 converges fast for `x < (a + 1) / (a + b + 2)`; the
//! other side is reached through the symmetry `I_x(a, b) = 1 - I_(1-x)(b, a)`. The power
//! series of DLMF 8.17.7 (DiDonato and Morris's BPSER) serves small `b x`. The prefactor
//! `x^a (1 - x)^b / B(a, b)` is computed either directly (`powf` and `beta`) or, for large
//! `a` and `b`, in Temme's scaled form
//! `sqrt(a b / (2 pi (a + b))) Gamma*(a + b) / (Gamma*(a) Gamma*(b)) exp(a l(c/a) + b l(-c/b))`
//! with `l(t) = ln(1 + t) - t` and `c = x (a + b) - a`: the exponent is a sum of two
//! non-positive terms, without cancellation (Temme, *Special functions*, 1996, 11.3.3).
//!
//! `x` and `y = 1 - x` are passed together: the one below 1/2 is exact, the other may be its
//! rounded complement and is only used where its rounding does not matter.

use std::f64::consts::PI;

use super::stirling::{gammastar, log1pmx};

/// The largest number of terms of a series or continued fraction.
const MAX_ITERATIONS: usize = 1_000_000;

/// `c = x (a + b) - a = x b - y a` from the exact one of `x`, `y`.
fn centre_offset(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if x <= 0.5 {
        // x (a + b) - a = x b - (a - a x)
        let ay = (-a).mul_add(x, a);
        x.mul_add(b, -ay)
    } else {
        // b - y (a + b) = (b - b y) - y a
        let bx = (-b).mul_add(y, b);
        (-y).mul_add(a, bx)
    }
}

/// `z^p` for `z` one of `x`, `y`: through `ln(1 - w)` when `z = 1 - w` is the rounded one.
fn power(z: f64, p: f64, other: f64) -> f64 {
    if z > 0.5 && other < 0.5 {
        (p * (-other).ln_1p()).exp()
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
    let c = centre_offset(a, b, x, y);
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

/// `x^a y^b / B(a, b)` for `a, b > 0`, `0 < x < 1`, `y = 1 - x`.
pub(crate) fn beta_prefactor(a: f64, b: f64, x: f64, y: f64) -> f64 {
    let exponent = scaled_exponent(a, b, x, y);
    if a.min(b) < 10.0 || exponent < -5.0 {
        let head = power(x, a, y) * power(y, b, x);
        let beta = crate::beta(a, b);
        if head.is_normal() && beta.is_normal() && head > 1e-290 {
            let value = head / beta;
            if value.is_normal() && value.is_finite() {
                return value;
            }
        }
    }
    let scale = if a.min(b) >= 10.0 {
        (a * b / (2.0 * PI * (a + b))).sqrt() * gammastar(a + b) / (gammastar(a) * gammastar(b))
    } else {
        // One parameter is small: Gamma(a + b) / (Gamma(a) Gamma(b)) (a + b)^-(a + b) a^a b^b
        // in logarithms (its size is moderate, so is the error).
        let ab = a + b;
        (crate::gammaln(ab) - crate::gammaln(a) - crate::gammaln(b) - ab * ab.ln()
            + a * a.ln()
            + b * b.ln())
        .exp()
    };
    scale * exponent.exp()
}

/// `I_x(a, b)` by the continued fraction of DLMF 8.17.22 (modified Lentz), for
/// `x < (a + 1) / (a + b + 2)`.
fn continued_fraction(a: f64, b: f64, x: f64, y: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut c = 1.0;
    let mut d = 1.0 - (a + b) * x / (a + 1.0);
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..MAX_ITERATIONS {
        let fm = m as f64;
        let m2 = 2.0 * fm;
        // Even step: m (b - m) x / ((a + 2m - 1)(a + 2m)).
        let aa = fm * (b - fm) * x / ((a + m2 - 1.0) * (a + m2));
        d = aa.mul_add(d, 1.0);
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        // Odd step: -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
        let aa = -(a + fm) * (a + b + fm) * x / ((a + m2) * (a + m2 + 1.0));
        d = aa.mul_add(d, 1.0);
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() <= f64::EPSILON * 0.5 {
            break;
        }
    }
    beta_prefactor(a, b, x, y) / a * h
}

/// `I_x(a, b)` by the power series of DLMF 8.17.7 in the form
/// `x^a / (a B(a, b)) (1 + a sum_j (1 - b)_j / j! x^j / (a + j))`, for small `b x` or `x`.
fn power_series(a: f64, b: f64, x: f64, y: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 0.0;
    for j in 1..MAX_ITERATIONS {
        let fj = j as f64;
        term *= (fj - b) * x / fj;
        let t = term / (a + fj);
        sum += t;
        if t.abs() <= f64::EPSILON * 0.25 * (1.0 / a + sum).abs() || term == 0.0 {
            break;
        }
    }
    // x^a / B(a, b) = prefactor / y^b.
    let head = beta_prefactor(a, b, x, y) / power(y, b, x);
    head * (1.0 / a + sum)
}

/// `I_x(a, b)` for `x` on the near side of the mean, by the better method there.
fn lower_ratio(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if b * x <= 0.7 && x <= 0.5 {
        power_series(a, b, x, y)
    } else {
        continued_fraction(a, b, x, y)
    }
}

/// `(I_x(a, b), 1 - I_x(a, b))` for `a, b > 0` finite, `0 < x < 1`, `y = 1 - x`.
pub(crate) fn beta_pair(a: f64, b: f64, x: f64, y: f64) -> (f64, f64) {
    if x * (a + b + 2.0) < a + 1.0 {
        let p = lower_ratio(a, b, x, y);
        (p, 1.0 - p)
    } else {
        let q = lower_ratio(b, a, y, x);
        (1.0 - q, q)
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
/// The continued fraction of DLMF 8.17.22 on the near side of the mean (with the symmetry
/// `I_x(a, b) = 1 - I_(1-x)(b, a)` for the far side) or the power series for small `b x`;
/// the prefactor `x^a (1 - x)^b / B(a, b)` in Temme's scaled form for large parameters.
///
/// # Accuracy
///
/// At most 8000 ULP against mpmath on the golden points (`a`, `b` log-spaced in
/// `[1e-5, 1e5]`, `x` in `(0, 1)` log-spaced towards both ends and around the mean); median
/// 1 ULP. The worst points are tiny `b` with `I` small where the complement `1 - I_(1-x)(b, a)`
/// cancels, and skewed large parameters: SciPy (Boost's `ibeta`) reaches 990 ULP there.
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
/// it is the smaller, so upper tails keep their relative accuracy. Same domain and edge cases
/// as [`betainc`] (with `1 - I` in place of `I`).
///
/// # Accuracy
///
/// At most 50000 ULP against mpmath on the golden points (`a`, `b` log-spaced in
/// `[1e-5, 1e5]`, `x` in `(0, 1)` log-spaced towards both ends and around the mean); median
/// 0 ULP. The worst points are tiny `a`, where `1 - I` is formed by cancellation from
/// `I ~ 1`; SciPy (Boost's `ibeta`) stays within a few ULP there.
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
