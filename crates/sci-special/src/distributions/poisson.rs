//! The Poisson distribution with mean `m`: `pdtr` (CDF), `pdtrc` (survival function), `pdtri`
//! (the mean for a given CDF value) and `pdtrik` (the count, continuous), through
//! `P(X <= k) = Q(k + 1, m)` (Abramowitz and Stegun 26.4.21).
//!
//! As SciPy, `k` is a real number rounded down in `pdtr`, `pdtrc` and `pdtri`.

use crate::{gammainc, gammaincc, gammainccinv};

/// The CDF of the Poisson distribution with mean `m`: `P(X <= k) = gammaincc(k + 1, m)`.
///
/// `k` is rounded down. NaN for `k < 0`, `m < 0` or NaN arguments; 1 for `m = 0` or
/// `k = inf`, as SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`m` log-spaced in
/// `[1e-3, 1e6]`, `k` from 0 to `3 m + 30`).
///
/// # Examples
///
/// ```
/// use sci_special::pdtr;
///
/// // P(X <= 1) = e^-m (1 + m).
/// let m = 2.0f64;
/// assert!((pdtr(1.0, m) - (-m).exp() * (1.0 + m)).abs() < 1e-15);
/// ```
///
/// # References
///
/// - Abramowitz and Stegun 26.4.21.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.pdtr.html>
pub fn pdtr(k: f64, m: f64) -> f64 {
    let k = k.floor();
    if k.is_nan() || m.is_nan() || k < 0.0 || m < 0.0 {
        return f64::NAN;
    }
    if m == 0.0 || k == f64::INFINITY {
        return 1.0;
    }
    gammaincc(k + 1.0, m)
}

/// The survival function of the Poisson distribution: `P(X > k) = gammainc(k + 1, m)`.
///
/// `k` is rounded down. NaN for `k < 0`, `m < 0` or NaN arguments; 0 for `m = 0`, as SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (as [`pdtr`]).
///
/// # Examples
///
/// ```
/// use sci_special::pdtrc;
///
/// let m = 2.0f64;
/// assert!((pdtrc(0.0, m) - (1.0 - (-m).exp())).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.pdtrc.html>
pub fn pdtrc(k: f64, m: f64) -> f64 {
    let k = k.floor();
    if k.is_nan() || m.is_nan() || k < 0.0 || m < 0.0 {
        return f64::NAN;
    }
    if m == 0.0 || k == f64::INFINITY {
        return 0.0;
    }
    gammainc(k + 1.0, m)
}

/// The Poisson mean `m` with `pdtr(k, m) = y`: `gammainccinv(k + 1, y)`.
///
/// `k` is rounded down. NaN for `k < 0`, `y` outside `[0, 1]` or NaN; `y = 0` gives `inf`
/// and `y = 1` gives 0, as SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`k` from 0 to `1e5`, `y`
/// across `(0, 1)`).
///
/// # Examples
///
/// ```
/// use sci_special::{pdtr, pdtri};
///
/// let m = pdtri(4.0, 0.3);
/// assert!((pdtr(4.0, m) - 0.3).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.pdtri.html>
pub fn pdtri(k: f64, y: f64) -> f64 {
    let k = k.floor();
    if k.is_nan() || k < 0.0 {
        return f64::NAN;
    }
    gammainccinv(k + 1.0, y)
}

/// The count `k` (continuous) with `pdtr(k, m) = p`, the CDF continued to real `k` as
/// `gammaincc(k + 1, m)`.
///
/// NaN when no `k >= 0` gives `p`, or for NaN arguments. Found by a bracketing search and
/// Brent's method, as SciPy's cdflib (`cdfpoi`) does.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`m` log-spaced in
/// `[1e-1, 1e4]`, `k` from `0.1 m` to `3 m`).
///
/// # Examples
///
/// ```
/// use sci_special::{pdtr, pdtrik};
///
/// let p = pdtr(6.0, 4.5);
/// assert!((pdtrik(p, 4.5) - 6.0).abs() < 1e-9);
/// ```
///
/// # References
///
/// - B. W. Brown, J. Lovato, K. Russell, *CDFLIB*, 1994 (`cdfpoi`).
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.pdtrik.html>
pub fn pdtrik(p: f64, m: f64) -> f64 {
    if p.is_nan() || m.is_nan() || !(0.0..=1.0).contains(&p) || m <= 0.0 {
        return f64::NAN;
    }
    super::root::find_root(|k| gammaincc(k + 1.0, m) - p, m, 0.0, 1e300, true)
}
