//! The negative binomial distribution (failures `k` before the `n`-th success of probability
//! `p`): `nbdtr`, `nbdtrc`, `nbdtri` and `nbdtrik`, through
//! `P(X <= k) = I_p(n, k + 1)` (Abramowitz and Stegun 26.5.26).
//!
//! As SciPy, `k` and `n` are real numbers rounded down in `nbdtr`, `nbdtrc` and `nbdtri`.

use crate::{betainc, betaincc, betaincinv};

/// SciPy's domain check: `k >= 0`, `n >= 1`, `0 <= p <= 1`, after rounding down.
fn invalid(k: f64, n: f64, p: f64) -> bool {
    !(k >= 0.0 && n >= 1.0 && (0.0..=1.0).contains(&p))
}

/// The CDF of the negative binomial distribution: `P(X <= k) = betainc(n, k + 1, p)`.
///
/// `k` and `n` are rounded down. NaN for `k < 0`, `n < 1`, `p` outside `[0, 1]` or NaN, as
/// SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`n` log-spaced in
/// `[1, 1e5]`, `k` log-spaced in `[0, 1e5]`, `p` in `(0, 1)`).
///
/// # Examples
///
/// ```
/// use sci_special::nbdtr;
///
/// // No failure before the first success: p.
/// assert!((nbdtr(0.0, 1.0, 0.3) - 0.3).abs() < 1e-15);
/// ```
///
/// # References
///
/// - Abramowitz and Stegun 26.5.26.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.nbdtr.html>
pub fn nbdtr(k: f64, n: f64, p: f64) -> f64 {
    let (k, n) = (k.floor(), n.floor());
    if invalid(k, n, p) {
        return f64::NAN;
    }
    betainc(n, k + 1.0, p)
}

/// The survival function of the negative binomial distribution: `betaincc(n, k + 1, p)`.
///
/// Same domain as [`nbdtr`].
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (as [`nbdtr`]).
///
/// # Examples
///
/// ```
/// use sci_special::nbdtrc;
///
/// assert!((nbdtrc(0.0, 1.0, 0.3) - 0.7).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.nbdtrc.html>
pub fn nbdtrc(k: f64, n: f64, p: f64) -> f64 {
    let (k, n) = (k.floor(), n.floor());
    if invalid(k, n, p) {
        return f64::NAN;
    }
    betaincc(n, k + 1.0, p)
}

/// The success probability `p` with `nbdtr(k, n, p) = y`: `betaincinv(n, k + 1, y)`.
///
/// `k` and `n` are rounded down. NaN for `k < 0`, `n < 1`, `y` outside `[0, 1]` or NaN, as
/// SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (as [`nbdtr`]).
///
/// # Examples
///
/// ```
/// use sci_special::{nbdtr, nbdtri};
///
/// let p = nbdtri(3.0, 5.0, 0.4);
/// assert!((nbdtr(3.0, 5.0, p) - 0.4).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.nbdtri.html>
pub fn nbdtri(k: f64, n: f64, y: f64) -> f64 {
    let (k, n) = (k.floor(), n.floor());
    if invalid(k, n, y) {
        return f64::NAN;
    }
    betaincinv(n, k + 1.0, y)
}

/// The number of failures `k` (continuous) with `nbdtr(k, n, p) = y`, the CDF continued to
/// real `k` as `I_p(n, k + 1)`.
///
/// NaN when no `k >= 0` gives `y`, or for NaN arguments. Found by a bracketing search and
/// Brent's method, as SciPy's cdflib (`cdfnbn`) does.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`n` log-spaced in
/// `[1, 1e3]`, `k` log-spaced in `[0.1, 1e4]`, `p` in `(0.01, 0.99)`).
///
/// # Examples
///
/// ```
/// use sci_special::{nbdtr, nbdtrik};
///
/// let y = nbdtr(7.0, 3.0, 0.4);
/// assert!((nbdtrik(y, 3.0, 0.4) - 7.0).abs() < 1e-9);
/// ```
///
/// # References
///
/// - B. W. Brown, J. Lovato, K. Russell, *CDFLIB*, 1994 (`cdfnbn`).
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.nbdtrik.html>
pub fn nbdtrik(y: f64, n: f64, p: f64) -> f64 {
    if y.is_nan()
        || n.is_nan()
        || p.is_nan()
        || !(0.0..=1.0).contains(&y)
        || !(0.0..=1.0).contains(&p)
        || n <= 0.0
    {
        return f64::NAN;
    }
    super::root::find_root(|k| betainc(n, k + 1.0, p) - y, n, 0.0, 1e300, true)
}
