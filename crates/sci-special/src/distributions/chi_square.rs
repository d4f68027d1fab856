//! The chi-square distribution with `v` degrees of freedom: `chdtr`, `chdtrc`, `chdtri` and
//! `chdtriv`, as the gamma distribution of shape `v/2` at `x/2` (Abramowitz and Stegun
//! 26.4.19).

use crate::{gammainc, gammaincc, gammainccinv};

/// The CDF of the chi-square distribution with `v` degrees of freedom at `x`:
/// `gammainc(v/2, x/2)`.
///
/// NaN for `v < 0`, `x < 0` or NaN arguments; `chdtr(0, x) = 1` for `x > 0`, as SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`v` log-spaced in
/// `[1e-2, 1e5]`, `x` from `1e-3 v` to `10 v`).
///
/// # Examples
///
/// ```
/// use sci_special::chdtr;
///
/// // Two degrees of freedom: 1 - e^(-x/2).
/// assert!((chdtr(2.0, 3.0) - (1.0 - (-1.5f64).exp())).abs() < 1e-15);
/// ```
///
/// # References
///
/// - Abramowitz and Stegun 26.4.19.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.chdtr.html>
pub fn chdtr(v: f64, x: f64) -> f64 {
    gammainc(0.5 * v, 0.5 * x)
}

/// The survival function of the chi-square distribution: `gammaincc(v/2, x/2)`.
///
/// NaN for `v < 0`, `x < 0` or NaN arguments, as SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`v` log-spaced in
/// `[1e-2, 1e5]`, `x` from `1e-3 v` to `10 v`).
///
/// # Examples
///
/// ```
/// use sci_special::chdtrc;
///
/// assert!((chdtrc(2.0, 3.0) - (-1.5f64).exp()).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.chdtrc.html>
pub fn chdtrc(v: f64, x: f64) -> f64 {
    gammaincc(0.5 * v, 0.5 * x)
}

/// The inverse of [`chdtrc`] in `x`: the `x` with `chdtrc(v, x) = p`, `2 gammainccinv(v/2, p)`.
///
/// NaN for `v <= 0`, `p` outside `[0, 1]` or NaN; `chdtri(v, 0) = inf`, `chdtri(v, 1) = 0`, as
/// SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`v` log-spaced in
/// `[1e-1, 1e5]`, `p` from `1e-300` to `1 - 1e-16`).
///
/// # Examples
///
/// ```
/// use sci_special::{chdtrc, chdtri};
///
/// let x = chdtri(4.0, 0.05);
/// assert!((chdtrc(4.0, x) - 0.05).abs() < 1e-16);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.chdtri.html>
pub fn chdtri(v: f64, p: f64) -> f64 {
    if v <= 0.0 {
        return f64::NAN;
    }
    2.0 * gammainccinv(0.5 * v, p)
}

/// The degrees of freedom `v` of the chi-square distribution with `chdtr(v, x) = p`.
///
/// NaN when no `v > 0` gives `p`, or for NaN arguments. Found by a bracketing search and
/// Brent's method on [`chdtr`] (decreasing in `v`), as SciPy's cdflib does.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`v` log-spaced in
/// `[1e-1, 1e4]`, `x` from `0.1 v` to `3 v`).
///
/// # Examples
///
/// ```
/// use sci_special::{chdtr, chdtriv};
///
/// let p = chdtr(3.5, 2.0);
/// assert!((chdtriv(p, 2.0) - 3.5).abs() < 1e-10);
/// ```
///
/// # References
///
/// - B. W. Brown, J. Lovato, K. Russell, *CDFLIB*, 1994 (`cdfchi`).
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.chdtriv.html>
pub fn chdtriv(p: f64, x: f64) -> f64 {
    if p.is_nan() || x.is_nan() || !(0.0..=1.0).contains(&p) || x <= 0.0 {
        return f64::NAN;
    }
    super::root::find_root(|v| chdtr(v, x) - p, x.max(1.0), 1e-300, 1e300, false)
}
