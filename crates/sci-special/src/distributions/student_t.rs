//! Student's t distribution: `stdtr` (CDF), `stdtrit` (quantile) and `stdtridf` (the degrees
//! of freedom for a given probability), through the incomplete beta ratio:
//! `P(T <= t) = 1 - I_x(df/2, 1/2) / 2` for `t >= 0`, `x = df / (df + t^2)` (DLMF 8.17(ii);
//! Abramowitz and Stegun 26.7.1). `x` and `1 - x = t^2 / (df + t^2)` are formed separately, so
//! neither loses digits.

use crate::incomplete::beta_pair;

/// `(I_x(df/2, 1/2), 1 - I_x(df/2, 1/2))` with `x = df / (df + t^2)`; the tail mass of `|T| > |t|`
/// is the first.
fn two_sided(df: f64, t: f64) -> (f64, f64) {
    let t2 = t * t;
    let (x, y) = if t2 > df {
        let r = df / t2; // x = r / (1 + r)
        (r / (1.0 + r), 1.0 / (1.0 + r))
    } else {
        let r = t2 / df;
        (1.0 / (1.0 + r), r / (1.0 + r))
    };
    if y == 0.0 {
        return (1.0, 0.0);
    }
    if x == 0.0 {
        return (0.0, 1.0);
    }
    beta_pair(0.5 * df, 0.5, x, y)
}

/// The CDF of Student's t distribution with `df` degrees of freedom at `t`.
///
/// `stdtr(df, t) = P(T <= t)`. NaN for `df <= 0` or NaN arguments; `df = inf` gives the
/// normal CDF; `t = ±inf` gives 1 and 0, as SciPy.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`df` log-spaced in
/// `[1e-2, 1e6]`, `t` log-spaced in `±[1e-5, 1e5]`).
///
/// # Examples
///
/// ```
/// use sci_special::stdtr;
///
/// // df = 1 is the Cauchy distribution: 1/2 + atan(t) / pi.
/// let t = 2.0f64;
/// assert!((stdtr(1.0, t) - (0.5 + t.atan() / std::f64::consts::PI)).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 8.17; Abramowitz and Stegun 26.7.1.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.stdtr.html>
pub fn stdtr(df: f64, t: f64) -> f64 {
    if df.is_nan() || t.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    if df == f64::INFINITY {
        return crate::ndtr(t);
    }
    if t == 0.0 {
        return 0.5;
    }
    let (tail2, _) = two_sided(df, t);
    let tail = 0.5 * tail2;
    if t < 0.0 { tail } else { 1.0 - tail }
}

/// The quantile of Student's t distribution: the `t` with `stdtr(df, t) = p`.
///
/// NaN for `df <= 0`, `p` outside `[0, 1]` or NaN; `df = inf` gives the normal quantile;
/// `p = 0` and `p = 1` give `-inf` and `inf`. (SciPy 1.17.1 returns `+inf` at `p = 0`;
/// sci returns the limit, `-inf`.)
///
/// Solves `I_x(df/2, 1/2) = 2 min(p, 1 - p)` with [`betaincinv`](crate::betaincinv), or its
/// mirror `I_y(1/2, df/2) = 1 - 2 min(p, 1 - p)` when `t` is small, so that `t^2 = df y / x`
/// keeps its digits.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`df` log-spaced in
/// `[1e-1, 1e5]`, `p` log-spaced in `[1e-300, 1/2]` and mirrored).
///
/// # Examples
///
/// ```
/// use sci_special::{stdtr, stdtrit};
///
/// let t = stdtrit(5.0, 0.975);
/// assert!((t - 2.570_581_835_636_314).abs() < 1e-12);
/// assert!((stdtr(5.0, t) - 0.975).abs() < 1e-15);
/// ```
///
/// # References
///
/// - Abramowitz and Stegun 26.7.
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.stdtrit.html>
pub fn stdtrit(df: f64, p: f64) -> f64 {
    if df.is_nan() || p.is_nan() || df <= 0.0 || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if df == f64::INFINITY {
        return crate::ndtri(p);
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    if p == 0.5 {
        return 0.0;
    }
    let tail = if p < 0.5 { p } else { 1.0 - p };
    let two_tail = 2.0 * tail;
    // I_x(df/2, 1/2) = 2 tail and I_y(1/2, df/2) = 1 - 2 tail, y = 1 - x: solve for the
    // smaller of x, y, then t^2 = df y / x.
    let x = if two_tail < 0.5 {
        crate::betaincinv(0.5 * df, 0.5, two_tail)
    } else {
        1.0
    };
    let t = if x < 0.5 {
        (df * (1.0 - x) / x).sqrt()
    } else {
        let y = crate::betainccinv(0.5, 0.5 * df, two_tail);
        (df * y / (1.0 - y)).sqrt()
    };
    if p < 0.5 { -t } else { t }
}

/// The degrees of freedom of Student's t distribution with `stdtr(df, t) = p`.
///
/// NaN when no `df > 0` gives `p` (for `t > 0` the CDF rises from `1/2 + atan(t)/pi`-like
/// values at small `df` to `ndtr(t)` as `df -> inf`), or for NaN arguments. Found by a
/// bracketing search and Brent's method on [`stdtr`], as SciPy's cdflib does.
///
/// # Accuracy
///
/// Not yet measured against mpmath (no golden table yet); the doc example and the edge-case tests check it. Intended points (`df` log-spaced in
/// `[1e-1, 1e4]`, `t` in `±[0.1, 10]`).
///
/// # Examples
///
/// ```
/// use sci_special::{stdtr, stdtridf};
///
/// let p = stdtr(7.5, 1.3);
/// assert!((stdtridf(p, 1.3) - 7.5).abs() < 1e-9);
/// ```
///
/// # References
///
/// - B. W. Brown, J. Lovato, K. Russell, *CDFLIB*, 1994 (`cdft`).
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.stdtridf.html>
pub fn stdtridf(p: f64, t: f64) -> f64 {
    if p.is_nan() || t.is_nan() || !(0.0..=1.0).contains(&p) || t == 0.0 {
        return f64::NAN;
    }
    super::root::find_root(|df| stdtr(df, t) - p, 5.0, 1e-100, 1e10, t > 0.0)
}
