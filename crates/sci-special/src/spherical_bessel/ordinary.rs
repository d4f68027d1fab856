//! Spherical Bessel functions of the first and second kind, `j_n(x)` and `y_n(x)`, and their
//! derivatives.
//!
//! `j_n` for `n < x` and `y_n` everywhere come from the upward three-term recurrence
//! `f_{k+1} = (2k+1)/x f_k - f_{k-1}` started at the closed forms `j_0 = sin x / x`,
//! `j_1 = (j_0 - cos x)/x`, `y_0 = -cos x / x`, `y_1 = (y_0 - sin x)/x` (DLMF 10.49.3,
//! 10.51.1); it is stable in that direction (`y_n` is dominant, and `j_n` oscillates while
//! `n < x`). For `n >= x`, where `j_n` decays and the recurrence would lose it, `j_n` is
//! `sqrt(pi / (2x)) J_{n+1/2}(x)` (DLMF 10.47.3).

use super::parity;
use crate::jv;

/// Spherical Bessel function of the first kind, `j_n(x)`.
///
/// `j_n(x) = sqrt(pi / (2x)) J_{n+1/2}(x)`. Negative `x` uses `j_n(-x) = (-1)^n j_n(x)`.
/// Edge values are SciPy's: NaN for `n < 0` or NaN `x`; `j_0(0) = 1`, `j_n(0) = 0` for
/// `n > 0`; 0 at `x = ±inf`.
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on about 1200 points with `0 <= n <= 300`,
/// `1e-6 <= |x| <= 1e4`: max 106 ULP (SciPy: 4.2e16 ULP, at subnormal results).
///
/// # Examples
///
/// ```
/// use sci_special::spherical_jn;
///
/// let x = 2.5f64;
/// assert!((spherical_jn(0, x) - x.sin() / x).abs() < 1e-16);
/// assert!((spherical_jn(1, x) - (x.sin() / (x * x) - x.cos() / x)).abs() < 1e-16);
/// assert_eq!(spherical_jn(0, 0.0), 1.0);
/// assert!(spherical_jn(-1, 1.0).is_nan());
/// ```
///
/// # References
///
/// - DLMF §10.47-10.51, <https://dlmf.nist.gov/10.47>.
/// - SciPy, `scipy.special.spherical_jn`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.spherical_jn.html>.
pub fn spherical_jn(n: i64, x: f64) -> f64 {
    if n < 0 || x.is_nan() {
        return f64::NAN;
    }
    if x < 0.0 {
        return parity(n) * spherical_jn(n, -x);
    }
    if x.is_infinite() {
        return 0.0;
    }
    if x == 0.0 {
        return if n == 0 { 1.0 } else { 0.0 };
    }
    let (s, c) = x.sin_cos();
    let j0 = s / x;
    if n == 0 {
        return j0;
    }
    if (n as f64) < x {
        let j1 = (j0 - c) / x;
        return recur_up(n, x, j0, j1);
    }
    (std::f64::consts::FRAC_PI_2 / x).sqrt() * jv(n as f64 + 0.5, x)
}

/// Spherical Bessel function of the second kind, `y_n(x)`.
///
/// `y_n(x) = sqrt(pi / (2x)) Y_{n+1/2}(x)`. Negative `x` uses `y_n(-x) = (-1)^(n+1) y_n(x)`.
/// Edge values are SciPy's: NaN for `n < 0` or NaN `x`; `-inf` at `x = 0` and where the
/// value overflows; 0 at `x = ±inf`.
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) on about 1200 points with `0 <= n <= 300`,
/// `1e-6 <= |x| <= 1e4`: max 142 ULP (SciPy: 206 ULP).
///
/// # Examples
///
/// ```
/// use sci_special::spherical_yn;
///
/// let x = 2.5f64;
/// assert!((spherical_yn(0, x) + x.cos() / x).abs() < 1e-16);
/// assert_eq!(spherical_yn(3, 0.0), f64::NEG_INFINITY);
/// ```
///
/// # References
///
/// - DLMF §10.47-10.51, <https://dlmf.nist.gov/10.47>.
/// - SciPy, `scipy.special.spherical_yn`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.spherical_yn.html>.
pub fn spherical_yn(n: i64, x: f64) -> f64 {
    if n < 0 || x.is_nan() {
        return f64::NAN;
    }
    if x < 0.0 {
        return -parity(n) * spherical_yn(n, -x);
    }
    if x.is_infinite() {
        return 0.0;
    }
    if x == 0.0 {
        return f64::NEG_INFINITY;
    }
    let (s, c) = x.sin_cos();
    let y0 = -c / x;
    if n == 0 {
        return y0;
    }
    let y1 = (y0 - s) / x;
    recur_up(n, x, y0, y1)
}

/// `f_n` from `f_0`, `f_1` by `f_{k+1} = (2k+1)/x f_k - f_{k-1}`; stops at an infinity.
fn recur_up(n: i64, x: f64, f0: f64, f1: f64) -> f64 {
    let (mut previous, mut current) = (f0, f1);
    for k in 1..n {
        let next = (2 * k + 1) as f64 / x * current - previous;
        previous = current;
        current = next;
        if current.is_infinite() {
            return current;
        }
    }
    current
}

/// The derivative `j_n'(x)` (SciPy's `spherical_jn(n, x, derivative=True)`).
///
/// `j_0' = -j_1` and `j_n' = j_{n-1} - (n+1)/x j_n` (DLMF 10.51.2); at `x = 0` the limits
/// `j_1'(0) = 1/3` and `j_n'(0) = 0` otherwise. NaN for `n < 0` or NaN `x`.
///
/// # Accuracy
///
/// On the points of [`spherical_jn`]: max 3.3e8 ULP, at subnormal results (`n = 50`,
/// `x ~ 2e-5`); SciPy: 2.3e16 ULP.
///
/// # Examples
///
/// ```
/// use sci_special::{spherical_jn, spherical_jn_derivative};
///
/// let (x, h) = (1.7f64, 1e-5);
/// let central = (spherical_jn(2, x + h) - spherical_jn(2, x - h)) / (2.0 * h);
/// assert!((spherical_jn_derivative(2, x) - central).abs() < 1e-9);
/// assert!((spherical_jn_derivative(1, 0.0) - 1.0 / 3.0).abs() < 1e-16);
/// ```
///
/// # References
///
/// - DLMF 10.51.2, <https://dlmf.nist.gov/10.51>.
/// - SciPy, `scipy.special.spherical_jn`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.spherical_jn.html>.
pub fn spherical_jn_derivative(n: i64, x: f64) -> f64 {
    if n < 0 || x.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 {
        return if n == 1 { 1.0 / 3.0 } else { 0.0 };
    }
    if n == 0 {
        return -spherical_jn(1, x);
    }
    spherical_jn(n - 1, x) - (n + 1) as f64 / x * spherical_jn(n, x)
}

/// The derivative `y_n'(x)` (SciPy's `spherical_yn(n, x, derivative=True)`).
///
/// `y_0' = -y_1` and `y_n' = y_{n-1} - (n+1)/x y_n` (DLMF 10.51.2); where `y_n` overflows
/// the derivative is `+inf` (SciPy 1.17.1 gives NaN there, from `inf - inf`). At `x = 0` this gives
/// SciPy's values: `+inf` for `n = 0`, NaN for `n > 0` (and `-inf` at `x = -0.0`).
///
/// # Accuracy
///
/// On the points of [`spherical_yn`]: max 66 ULP (SciPy: NaN where `y_n` overflows).
///
/// # Examples
///
/// ```
/// use sci_special::{spherical_yn, spherical_yn_derivative};
///
/// let (x, h) = (1.7f64, 1e-5);
/// let central = (spherical_yn(2, x + h) - spherical_yn(2, x - h)) / (2.0 * h);
/// assert!((spherical_yn_derivative(2, x) - central).abs() < 1e-8);
/// ```
///
/// # References
///
/// - DLMF 10.51.2, <https://dlmf.nist.gov/10.51>.
/// - SciPy, `scipy.special.spherical_yn`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.spherical_yn.html>.
pub fn spherical_yn_derivative(n: i64, x: f64) -> f64 {
    if n < 0 || x.is_nan() {
        return f64::NAN;
    }
    if n == 0 {
        return -spherical_yn(1, x);
    }
    let yn = spherical_yn(n, x);
    if yn.is_infinite() && x != 0.0 {
        // y_n overflowed (x small against n): y_n' ~ -(n+1)/x y_n is +inf for x > 0, and
        // y_n'(-x) = (-1)^n y_n'(x).
        return if x > 0.0 {
            f64::INFINITY
        } else {
            parity(n) * f64::INFINITY
        };
    }
    spherical_yn(n - 1, x) - (n + 1) as f64 / x * yn
}
