//! The F distribution with `dfn`, `dfd` degrees of freedom: `fdtr`, `fdtrc` and the quantile
//! `fdtri`, through the incomplete beta ratio at `w = dfn x / (dfd + dfn x)`, with
//! `1 - w = dfd / (dfd + dfn x)` formed separately (Abramowitz and Stegun 26.6.2).

use crate::incomplete::beta_pair;

/// `(I_w(dfn/2, dfd/2), 1 - I_w)` for valid arguments, `x > 0` finite.
fn pair(dfn: f64, dfd: f64, x: f64) -> (f64, f64) {
    let nx = dfn * x;
    let (w, y) = if nx > dfd {
        let r = dfd / nx;
        (1.0 / (1.0 + r), r / (1.0 + r))
    } else {
        let r = nx / dfd;
        (r / (1.0 + r), 1.0 / (1.0 + r))
    };
    if w == 0.0 {
        return (0.0, 1.0);
    }
    if y == 0.0 {
        return (1.0, 0.0);
    }
    beta_pair(0.5 * dfn, 0.5 * dfd, w, y)
}

/// SciPy's domain: `dfn, dfd > 0` finite, `x >= 0`.
fn invalid(dfn: f64, dfd: f64, x: f64) -> bool {
    !(dfn > 0.0 && dfd > 0.0 && dfn.is_finite() && dfd.is_finite() && x >= 0.0)
}

/// The CDF of the F distribution with `dfn` and `dfd` degrees of freedom at `x`.
///
/// NaN for `dfn <= 0`, `dfd <= 0`, infinite degrees of freedom, `x < 0` or NaN arguments;
/// `fdtr(dfn, dfd, inf) = 1`, as SciPy.
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on 1000 points (dfn, dfd log-uniform in `[0.1, 1e5]`; x
/// a third in the body, the rest in both tails with CDF or SF log-uniform in `[1e-300, 0.1]`):
/// max 2329 ULP, median 1; SciPy 1.17.1 on the same points: max 1.5e15 ULP, median 2. The
/// largest errors are in the far tails with degrees of freedom in the thousands and above
/// (values below 1e-100): the rounding of `w = dfn x / (dfd + dfn x)` passed to the incomplete
/// beta ratio is amplified by the shapes `dfn/2`, `dfd/2`.
///
/// # Examples
///
/// ```
/// use sci_special::fdtr;
///
/// // F(2, 2): x / (1 + x).
/// assert!((fdtr(2.0, 2.0, 3.0) - 0.75).abs() < 1e-15);
/// ```
///
/// # References
///
/// - Abramowitz and Stegun 26.6.2.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.fdtr.html>
pub fn fdtr(dfn: f64, dfd: f64, x: f64) -> f64 {
    if invalid(dfn, dfd, x) {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return 1.0;
    }
    pair(dfn, dfd, x).0
}

/// The survival function of the F distribution with `dfn` and `dfd` degrees of freedom.
///
/// Same domain as [`fdtr`]; computed directly where it is the smaller tail.
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on 1000 points (dfn, dfd log-uniform in `[0.1, 1e5]`; x
/// a third in the body, the rest in both tails with CDF or SF log-uniform in `[1e-300, 0.1]`):
/// max 4022 ULP, median 1; SciPy 1.17.1 on the same points: max 5.0e17 ULP, median 2. The
/// largest errors are in the far tails with degrees of freedom in the thousands and above
/// (values below 1e-100): the rounding of `w` passed to the incomplete beta ratio is amplified
/// by the shapes `dfn/2`, `dfd/2`.
///
/// # Examples
///
/// ```
/// use sci_special::fdtrc;
///
/// assert!((fdtrc(2.0, 2.0, 3.0) - 0.25).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.fdtrc.html>
pub fn fdtrc(dfn: f64, dfd: f64, x: f64) -> f64 {
    if invalid(dfn, dfd, x) {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    pair(dfn, dfd, x).1
}

/// The quantile of the F distribution: the `x` with `fdtr(dfn, dfd, x) = p`.
///
/// NaN for `dfn <= 0`, `dfd <= 0`, `p` outside `[0, 1]` or NaN; `p = 0` gives 0 and `p = 1`
/// gives `inf`, as SciPy. Inverts the beta ratio for the smaller of `w` and `1 - w`, then
/// `x = dfd w / (dfn (1 - w))`.
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on 1000 points (dfn, dfd log-uniform in `[0.1, 1e5]`; p
/// log-uniform in [1e-300, 0.5) and 1 - p in [1e-16, 0.5), and uniform in (0, 1)): max 31 ULP,
/// median 1; SciPy 1.17.1 on the same points: max inf ULP (a NaN or infinite value where the
/// reference is finite), median 1.
///
/// # Examples
///
/// ```
/// use sci_special::{fdtr, fdtri};
///
/// let x = fdtri(3.0, 10.0, 0.95);
/// assert!((fdtr(3.0, 10.0, x) - 0.95).abs() < 1e-15);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.fdtri.html>
pub fn fdtri(dfn: f64, dfd: f64, p: f64) -> f64 {
    if !(dfn > 0.0 && dfd > 0.0) || p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    let (a, b) = (0.5 * dfn, 0.5 * dfd);
    let w = crate::betaincinv(a, b, p);
    if w <= 0.5 {
        return dfd * w / (dfn * (1.0 - w));
    }
    // 1 - w solves I_(1-w)(b, a) = 1 - p.
    let y = crate::betainccinv(b, a, p);
    dfd * (1.0 - y) / (dfn * y)
}
