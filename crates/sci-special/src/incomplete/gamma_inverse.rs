//! Inverses of the incomplete gamma ratios in `x`: `gammaincinv` (`P(a, x) = p`) and
//! `gammainccinv` (`Q(a, x) = q`).
//!
//! The smaller of the two tail probabilities is the target, so tiny tails keep their
//! relative accuracy. A first guess from the Wilson-Hilferty normal approximation (large
//! `a`), from `P ~ x^a / Gamma(a + 1)` (small `x`) or from `Q ~ x^(a - 1) e^-x / Gamma(a)`
//! (large `x`) is refined by Newton's method on the logarithm of the tail on the accurate forward ratios, inside a
//! bracket that falls back to bisection (DiDonato and Morris 1986, section 4; Gil, Segura
//! and Temme 2012, section 4).

use super::gamma_ratio::{gamma_pq, gamma_prefactor};

/// Which tail the target probability is of.
#[derive(Clone, Copy, PartialEq)]
enum Tail {
    /// `P(a, x) = target`.
    Lower,
    /// `Q(a, x) = target`.
    Upper,
}

/// The Wilson-Hilferty approximation of the quantile: `a (1 - 1/(9a) + z / (3 sqrt(a)))^3`
/// with `z` the standard normal quantile of the lower tail probability.
fn wilson_hilferty(a: f64, target: f64, tail: Tail) -> f64 {
    let z = match tail {
        Tail::Lower => crate::ndtri(target),
        Tail::Upper => -crate::ndtri(target),
    };
    let c = 1.0 / (9.0 * a);
    let w = 1.0 - c + z * c.sqrt();
    a * w * w * w
}

/// The first guess of the root.
fn initial_guess(a: f64, target: f64, tail: Tail) -> f64 {
    // Small x: P ~ x^a / Gamma(a + 1).
    let p_lower = match tail {
        Tail::Lower => target,
        Tail::Upper => 1.0 - target,
    };
    let small = ((p_lower.ln() + crate::gammaln(a + 1.0)) / a).exp();
    if a > 1.0 {
        let wh = wilson_hilferty(a, target, tail);
        if wh > 0.2 * a && wh.is_finite() {
            return wh;
        }
        if tail == Tail::Lower || small < a {
            return small;
        }
    } else if small < 1.0 || tail == Tail::Lower {
        return small;
    }
    // Large x: Q ~ x^(a - 1) e^-x / Gamma(a), a few fixed-point steps.
    let c = -target.ln() - crate::gammaln(a);
    let mut x = c.max(1.0);
    for _ in 0..5 {
        x = (c + (a - 1.0) * x.ln()).max(1.0);
    }
    x
}

/// Solves `P(a, x) = target` or `Q(a, x) = target` for `x`, `a > 0`, `0 < target <= 1/2`.
fn solve(a: f64, target: f64, tail: Tail) -> f64 {
    let mut x = initial_guess(a, target, tail);
    if x == 0.0 {
        return 0.0; // the root underflows
    }
    if !x.is_finite() || x.is_nan() {
        x = a.max(1.0);
    }
    let (mut lo, mut hi) = (0.0f64, f64::INFINITY);
    for _ in 0..300 {
        let (p, q) = gamma_pq(a, x);
        let value = match tail {
            Tail::Lower => p,
            Tail::Upper => q,
        };
        if value == target {
            return x;
        }
        // The lower tail increases with x, the upper tail decreases.
        let too_big = (value > target) == (tail == Tail::Lower);
        if too_big {
            hi = hi.min(x);
        } else {
            lo = lo.max(x);
        }
        // Newton's method on g(x) = ln(F(x) / target), nearly linear in the tails.
        let slope = gamma_prefactor(a, x) / x;
        let slope = if tail == Tail::Lower { slope } else { -slope };
        let mut next = f64::NAN;
        if value > 0.0 && slope != 0.0 && slope.is_finite() {
            let g = ((value - target) / target).ln_1p();
            let step = g * value / slope;
            next = x - step;
            if step.abs() <= 2.0 * f64::EPSILON * x && next > lo && next < hi {
                return next;
            }
        }
        if !(next > lo && next < hi) {
            next = if hi.is_finite() && lo > 0.0 {
                lo.sqrt() * hi.sqrt()
            } else if hi.is_finite() {
                hi * 0.25
            } else {
                lo * 4.0
            };
        }
        if hi.is_finite() && (hi - lo) <= 2.0 * f64::EPSILON * hi {
            return next;
        }
        x = next;
    }
    x
}

/// The shared edge cases; `None` when `a > 0` is finite and `0 < p < 1`.
fn edge_cases(a: f64, p: f64, zero_at: f64) -> Option<f64> {
    if a.is_nan() || p.is_nan() || a < 0.0 || !(0.0..=1.0).contains(&p) {
        return Some(f64::NAN);
    }
    if p == zero_at {
        return Some(0.0);
    }
    if p == 1.0 - zero_at {
        return Some(f64::INFINITY);
    }
    if a == 0.0 || a == f64::INFINITY {
        return Some(f64::NAN);
    }
    None
}

/// The inverse of the regularized lower incomplete gamma function in `x`: the `x >= 0` with
/// `gammainc(a, x) = p`.
///
/// The quantile function of the gamma distribution with shape `a`. NaN for `a < 0`,
/// `p` outside `[0, 1]` or NaN, and for `a = 0` or `a = inf` with `0 < p < 1`;
/// `gammaincinv(a, 0) = 0` and `gammaincinv(a, 1) = inf`, as in SciPy.
///
/// Newton's method on the logarithm of the tail on [`gammainc`](crate::gammainc) (or on
/// [`gammaincc`](crate::gammaincc) for `p > 1/2`), from a Wilson-Hilferty or small-`x`
/// first guess, safeguarded by bisection.
///
/// # Accuracy
///
/// At most 20 ULP against mpmath on the golden points (`a` log-spaced in `[1e-3, 1e5]`,
/// `p` from `1e-300` to `1 - 1e-16`; SciPy: 226 ULP). The condition number of the root in
/// `p` is `1 / (x P' / P)`, about `1/a` for small `a`, which multiplies the forward error.
///
/// # Examples
///
/// ```
/// use sci_special::{gammainc, gammaincinv};
///
/// let x = gammaincinv(3.5, 0.25);
/// assert!((gammainc(3.5, x) - 0.25).abs() < 1e-15);
/// // P(1, x) = 1 - e^-x: the inverse is -ln(1 - p).
/// assert!((gammaincinv(1.0, 0.5) - 2f64.ln()).abs() < 1e-15);
/// ```
///
/// # References
///
/// - A. R. DiDonato, A. H. Morris, ACM TOMS 12 (1986), section 4.
/// - A. Gil, J. Segura, N. M. Temme, SIAM J. Sci. Comput. 34 (2012), section 4.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gammaincinv.html>
pub fn gammaincinv(a: f64, p: f64) -> f64 {
    if let Some(value) = edge_cases(a, p, 0.0) {
        return value;
    }
    if p <= 0.5 {
        solve(a, p, Tail::Lower)
    } else {
        solve(a, 1.0 - p, Tail::Upper)
    }
}

/// The inverse of the regularized upper incomplete gamma function in `x`: the `x >= 0` with
/// `gammaincc(a, x) = q`.
///
/// The inverse survival function of the gamma distribution with shape `a`. NaN for
/// `a < 0`, `q` outside `[0, 1]` or NaN, and for `a = 0` or `a = inf` with `0 < q < 1`;
/// `gammainccinv(a, 1) = 0` and `gammainccinv(a, 0) = inf`, as in SciPy. Computed as
/// [`gammaincinv`], targeting whichever tail is smaller.
///
/// # Accuracy
///
/// At most 20 ULP against mpmath on the golden points (`a` log-spaced in `[1e-3, 1e5]`,
/// `q` from `1e-300` to `1 - 1e-16`; SciPy: 54 ULP).
///
/// # Examples
///
/// ```
/// use sci_special::{gammaincc, gammainccinv};
///
/// let x = gammainccinv(2.0, 1e-10);
/// assert!((gammaincc(2.0, x) / 1e-10 - 1.0).abs() < 1e-13);
/// ```
///
/// # References
///
/// - A. Gil, J. Segura, N. M. Temme, SIAM J. Sci. Comput. 34 (2012), section 4.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.gammainccinv.html>
pub fn gammainccinv(a: f64, q: f64) -> f64 {
    if let Some(value) = edge_cases(a, q, 1.0) {
        return value;
    }
    if q <= 0.5 {
        solve(a, q, Tail::Upper)
    } else {
        solve(a, 1.0 - q, Tail::Lower)
    }
}
