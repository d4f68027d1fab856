//! The regularized incomplete gamma ratios `P(a, x)` (`gammainc`) and `Q(a, x)`
//! (`gammaincc`), computed together: the smaller of the two directly, the other as its
//! complement.
//!
//! Four methods cover the `(a, x)` quadrant (Gil, Segura and Temme 2012; DiDonato and Morris
//! 1986):
//!
//! - Temme's uniform asymptotic expansion in `eta` for `a >= 20`, `|x/a - 1| <= 0.3`,
//!   where the series and the continued fraction converge slowly;
//! - the power series of `P` (DLMF 8.7.1) for `x < a`;
//! - Legendre's continued fraction of `Q` (DLMF 8.9.2) for `x >= a` (and `x >= 1.1` when
//!   `a < 1`);
//! - for `a < 1`, `x < 1.1`, `Q = 1 - x^a / Gamma(1 + a) - x^a / Gamma(1 + a) * a sum ...`
//!   (DiDonato and Morris 1986, eq. 15), where `Q` is not `1 - P` to full precision.
//!
//! The prefactor `x^a e^-x / Gamma(a)` comes directly from `powf`, `exp` and `1/Gamma` where
//! these stay in range, and otherwise from Temme's scaled form
//! `sqrt(a / (2 pi)) exp(-a (lambda - 1 - ln lambda)) / Gamma*(a)`, `lambda = x / a`.

use std::f64::consts::PI;

use super::stirling::{gammastar, lgam1p, ln_dd};
use super::temme_coefficients::TEMME_C;
use crate::numeric::DoubleDouble;

/// The largest number of terms of a series or continued fraction before giving up.
const MAX_ITERATIONS: usize = 100_000;

/// `a (lambda - 1 - ln lambda) = x - a - a ln(x / a) >= 0` in double-double arithmetic
/// (`lambda = x / a` carried with its rounding error), so that `exp(-a phi)` keeps its
/// digits even when the exponent is in the hundreds.
pub(crate) fn a_phi(a: f64, x: f64) -> DoubleDouble {
    let lambda = x / a;
    let lambda_lo = (-lambda).mul_add(a, x) / a;
    let ln_lambda = ln_dd(lambda, lambda_lo);
    DoubleDouble::from_f64(x) - DoubleDouble::from_f64(a) - ln_lambda * a
}

/// `exp(-e)` for a double-double `e`.
fn exp_neg(e: DoubleDouble) -> f64 {
    (-e.hi).exp() * (1.0 - e.lo)
}

/// `x^a e^-x / Gamma(a)` for `a > 0`, `x > 0`.
pub(crate) fn gamma_prefactor(a: f64, x: f64) -> f64 {
    if a >= 10.0 {
        // Temme's scaled form: sqrt(a / (2 pi)) exp(-a phi) / Gamma*(a).
        return (a / (2.0 * PI)).sqrt() * exp_neg(a_phi(a, x)) / gammastar(a);
    }
    // Direct: pow(x, a) / Gamma(a), then e^-x in exactly halved steps.
    let head = x.powf(a) * crate::rgamma(a);
    if head.is_finite() && head > 1e-290 && x <= 2800.0 {
        let mut value = head;
        let (mut steps, mut step) = (1, x);
        while step > 700.0 {
            steps *= 2;
            step *= 0.5;
        }
        let factor = (-step).exp();
        for _ in 0..steps {
            value *= factor;
        }
        return value;
    }
    if a >= 1.0 {
        return (a / (2.0 * PI)).sqrt() * exp_neg(a_phi(a, x)) / gammastar(a);
    }
    (a * x.ln() - x - crate::gammaln(a)).exp()
}

/// `P` by its power series: `x^a e^-x / Gamma(a + 1) * sum_n x^n / ((a + 1) ... (a + n))`.
fn p_series(a: f64, x: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 1.0;
    let mut ap = a;
    for _ in 0..MAX_ITERATIONS {
        ap += 1.0;
        term *= x / ap;
        sum += term;
        if term <= f64::EPSILON * 0.25 * sum {
            break;
        }
    }
    gamma_prefactor(a, x) / a * sum
}

/// `Q` by Legendre's continued fraction (DLMF 8.9.2), evaluated by the modified Lentz method:
/// `Q = x^a e^-x / Gamma(a) * 1 / (x + 1 - a - 1 (1 - a) / (x + 3 - a - 2 (2 - a) / ...))`.
fn q_continued_fraction(a: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut b = x + 1.0 - a;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / b;
    let mut h = d;
    for i in 1..MAX_ITERATIONS {
        let fi = i as f64;
        let an = -fi * (fi - a);
        b += 2.0;
        d = an.mul_add(d, b);
        if d.abs() < TINY {
            d = TINY;
        }
        c = b + an / c;
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
    gamma_prefactor(a, x) * h
}

/// `Q` for `0 < a < 1`, `x < 1.1`, from `P = x^a / Gamma(1 + a) (1 + a sum_n (-x)^n / (n! (a + n)))`:
/// `Q = (Gamma(1 + a) - 1 - (x^a - 1)) / Gamma(1 + a) - x^a / Gamma(1 + a) * a sum ...`,
/// each part accurate for small `a`.
fn q_small_a(a: f64, x: f64) -> f64 {
    let lx = x.ln();
    let l = a.mul_add(lx, -lgam1p(a)); // ln(x^a / Gamma(1 + a))
    let u = -l.exp_m1();
    // sum_{n >= 1} (-x)^n / (n! (a + n)), alternating and decreasing for x < 1.1.
    let mut term = 1.0;
    let mut sum = 0.0;
    for n in 1..MAX_ITERATIONS {
        let fnn = n as f64;
        term *= -x / fnn;
        let t = term / (a + fnn);
        sum += t;
        if t.abs() <= f64::EPSILON * 0.25 * sum.abs() {
            break;
        }
    }
    u - l.exp() * a * sum
}

/// `c[0] + c[1] x + c[2] x^2 + ...` by Horner's rule.
fn ascending_horner(x: f64, c: &[f64]) -> f64 {
    c.iter().rev().fold(0.0f64, |acc, &v| acc.mul_add(x, v))
}

/// Temme's uniform expansion for `a >= 20`, `|x/a - 1| <= 0.3`: returns `(P, Q)`.
///
/// The smaller ratio is `exp(-a phi) (erfcx(z) / 2 ± S / sqrt(2 pi a))`, `z = |eta| sqrt(a/2)`,
/// `z^2 = a phi`: with `erfcx` and the double-double `a phi`, the exponential's conditioning
/// does not multiply the rounding of `z`.
fn temme_pq(a: f64, x: f64) -> (f64, f64) {
    let e = a_phi(a, x);
    let half_eta2 = (e.hi / a).max(0.0);
    let eta = (2.0 * half_eta2).sqrt().copysign(x - a);
    let inv_a = 1.0 / a;
    let series = TEMME_C.iter().rev().fold(0.0f64, |acc, row| {
        acc.mul_add(inv_a, ascending_horner(eta, row))
    });
    let r = series / (2.0 * PI * a).sqrt();
    let z = e.hi.max(0.0).sqrt();
    let scale = exp_neg(e);
    if eta >= 0.0 {
        let q = scale * (0.5 * crate::erfcx(z) + r);
        (1.0 - q, q)
    } else {
        let p = scale * (0.5 * crate::erfcx(z) - r);
        (p, 1.0 - p)
    }
}

/// `(P(a, x), Q(a, x))` for `a > 0`, `x > 0`, both finite.
pub(crate) fn gamma_pq(a: f64, x: f64) -> (f64, f64) {
    if a >= 20.0 && (x - a).abs() <= 0.3 * a {
        return temme_pq(a, x);
    }
    if a < 1.0 && x < 1.1 {
        let p = p_series(a, x);
        let q = q_small_a(a, x);
        return (p, q);
    }
    if x < a {
        let p = p_series(a, x);
        (p, 1.0 - p)
    } else {
        let q = q_continued_fraction(a, x);
        (1.0 - q, q)
    }
}

/// Checks the arguments shared by [`gammainc`] and [`gammaincc`]: `Some((P, Q))` for the edge
/// cases, `None` when `a > 0`, `x > 0` are finite.
fn edge_cases(a: f64, x: f64) -> Option<(f64, f64)> {
    if a.is_nan() || x.is_nan() || a < 0.0 || x < 0.0 {
        return Some((f64::NAN, f64::NAN));
    }
    if a == f64::INFINITY {
        return Some(if x == f64::INFINITY {
            (f64::NAN, f64::NAN)
        } else {
            (0.0, 1.0)
        });
    }
    if a == 0.0 {
        return Some(if x == 0.0 {
            (f64::NAN, f64::NAN)
        } else {
            (1.0, 0.0)
        });
    }
    if x == 0.0 {
        return Some((0.0, 1.0));
    }
    if x == f64::INFINITY {
        return Some((1.0, 0.0));
    }
    None
}

/// The regularized lower incomplete gamma function `P(a, x) = gamma(a, x) / Gamma(a)`.
///
/// `P(a, x) = 1 / Gamma(a) * integral_0^x t^(a - 1) e^-t dt`, the CDF of the gamma
/// distribution with shape `a` at `x`. Defined for `a >= 0`, `x >= 0`: NaN outside, and at
/// `a = x = 0`; `P(0, x) = 1` for `x > 0`, `P(a, 0) = 0`, `P(a, inf) = 1`, `P(inf, x) = 0`
/// for finite `x`, as in SciPy.
///
/// The smaller of `P` and `Q = 1 - P` is computed directly, the other as its complement: by
/// Temme's uniform asymptotic expansion near the transition `x ~ a` for `a >= 20`, the power
/// series of `P` for `x < a`, Legendre's continued fraction for `Q` above, and DiDonato and
/// Morris's expansion of `Q` for small `a` and `x`.
///
/// # Accuracy
///
/// At most 32 ULP against mpmath on the golden points (`a` log-spaced in `[1e-20, 1e9]`,
/// `x` from `1e-30` to 1600 and from `1e-3 a` to `30 a`, dense around `x = a`; median 0 ULP).
/// The exponent of `x^a e^-x` is formed in double-double arithmetic, so deep tails keep their
/// digits (SciPy's error reaches `7e15` ULP on the same points).
///
/// # Examples
///
/// ```
/// use sci_special::gammainc;
///
/// // P(1, x) = 1 - e^-x.
/// let x = 2.5f64;
/// assert!((gammainc(1.0, x) - (1.0 - (-x).exp())).abs() < 1e-15);
/// ```
///
/// # References
///
/// - A. Gil, J. Segura, N. M. Temme, "Efficient and accurate algorithms for the computation
///   and inversion of the incomplete gamma function ratios", SIAM J. Sci. Comput. 34 (2012).
/// - A. R. DiDonato, A. H. Morris, "Computation of the incomplete gamma function ratios and
///   their inverse", ACM TOMS 12 (1986).
/// - DLMF 8.2, 8.7.1, 8.9.2, 8.12; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gammainc.html>
pub fn gammainc(a: f64, x: f64) -> f64 {
    match edge_cases(a, x) {
        Some((p, _)) => p,
        None => gamma_pq(a, x).0,
    }
}

/// The regularized upper incomplete gamma function `Q(a, x) = Gamma(a, x) / Gamma(a) = 1 - P(a, x)`.
///
/// The survival function of the gamma distribution with shape `a`. Defined for `a >= 0`,
/// `x >= 0`: NaN outside and at `a = x = 0`; `Q(0, x) = 0` for `x > 0`, `Q(a, 0) = 1`,
/// `Q(a, inf) = 0`, `Q(inf, x) = 1` for finite `x`, as in SciPy. Computed with
/// [`gammainc`] (see there for the methods), `Q` directly wherever it is the smaller one, so
/// tiny upper tails keep their relative accuracy.
///
/// # Accuracy
///
/// At most 32 ULP against mpmath on the golden points (`a` log-spaced in `[1e-20, 1e9]`,
/// `x` from `1e-30` to 1600 and from `1e-3 a` to `30 a`, dense around `x = a`; median 0 ULP;
/// SciPy: `1.5e11` ULP).
///
/// # Examples
///
/// ```
/// use sci_special::gammaincc;
///
/// // Q(1, x) = e^-x, also deep in the tail.
/// let x = 600.0f64;
/// assert!((gammaincc(1.0, x) / (-x).exp() - 1.0).abs() < 1e-13);
/// ```
///
/// # References
///
/// - A. Gil, J. Segura, N. M. Temme, SIAM J. Sci. Comput. 34 (2012).
/// - DLMF 8.2, 8.9.2, 8.12; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gammaincc.html>
pub fn gammaincc(a: f64, x: f64) -> f64 {
    match edge_cases(a, x) {
        Some((_, q)) => q,
        None => gamma_pq(a, x).1,
    }
}
