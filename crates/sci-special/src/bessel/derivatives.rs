//! Derivatives of the Bessel functions with respect to `x`: `jvp`, `yvp`, `ivp`, `kvp`.
//!
//! The n-th derivative is the finite sum (DLMF 10.6.7, 10.29.5)
//! `C_v^(n)(x) = 2^-n sum_{k=0}^{n} (-1)^k binom(n, k) C_{v-n+2k}(x)` for `C = J, Y`,
//! `I_v^(n)(x) = 2^-n sum_k binom(n, k) I_{v-n+2k}(x)` and
//! `K_v^(n)(x) = (-1/2)^n sum_k binom(n, k) K_{v-n+2k}(x)`, the formulas SciPy uses.
//! For negative non-integer `v`, `J` and `I` are differentiated through their reflection
//! formulas (DLMF 10.4.7, 10.27.2), so the reflection rounds once instead of in every term.
//! Cost: n + 1 evaluations of the function.

use std::f64::consts::FRAC_2_PI;

use super::modified::{iv, kv};
use super::ordinary::{jv, yv};
use crate::numeric::{cospi, sinpi};

/// `2^-n sum_k phase^k binom(n, k) f(v - n + 2k, x)`.
fn difference_sum(v: f64, x: f64, n: u32, f: impl Fn(f64, f64) -> f64, phase: f64) -> f64 {
    let nf = f64::from(n);
    let mut coefficient = 1.0;
    let mut sum = f(v - nf, x);
    for k in 1..=n {
        let kf = f64::from(k);
        coefficient = phase * coefficient * (nf - kf + 1.0) / kf;
        sum += coefficient * f(v - nf + 2.0 * kf, x);
    }
    sum * 0.5f64.powf(nf)
}

/// The n-th derivative of the Bessel function of the first kind, `d^n/dx^n J_v(x)`.
///
/// `n = 0` gives [`jv`]. Edge values follow from the sum (e.g. NaN for `x < 0` at
/// non-integer order), as in SciPy.
///
/// # Accuracy
///
/// Max 349 ULP (SciPy: 1202) for `v` in [-15, 15], `x` in [1e-3, 1000], `n` in 0..4, all
/// points (near the zeros of the derivative the sum cancels, in SciPy too).
///
/// # Examples
///
/// ```
/// use sci_special::{j1, jvp};
///
/// // J_0' = -J_1.
/// assert!((jvp(0.0, 2.0, 1) + j1(2.0)).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.6.7; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.jvp.html>.
pub fn jvp(v: f64, x: f64, n: u32) -> f64 {
    if n == 0 {
        return jv(v, x);
    }
    if v < 0.0 && x > 0.0 && v.is_finite() && v.fract() != 0.0 {
        // J_{-a} = cos(a pi) J_a - sin(a pi) Y_a (DLMF 10.4.7), differentiated term by term:
        // the reflection is applied once to the two derivatives instead of to every term.
        let a = -v;
        let j = difference_sum(a, x, n, jv, -1.0);
        let y = difference_sum(a, x, n, yv, -1.0);
        return cospi(a) * j - sinpi(a) * y;
    }
    difference_sum(v, x, n, jv, -1.0)
}

/// The n-th derivative of the Bessel function of the second kind, `d^n/dx^n Y_v(x)`.
///
/// `n = 0` gives [`yv`]; NaN at `x = 0` for `n >= 1` (the sum meets `inf - inf`), as in SciPy.
///
/// # Accuracy
///
/// Max 628 ULP (SciPy: 10252) for `v` in [-15, 15], `x` in [1e-3, 1000], `n` in 0..4, all
/// points (near the zeros of the derivative the sum cancels, in SciPy too).
///
/// # Examples
///
/// ```
/// use sci_special::{y1, yvp};
///
/// // Y_0' = -Y_1.
/// assert!((yvp(0.0, 2.0, 1) + y1(2.0)).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.6.7; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.yvp.html>.
pub fn yvp(v: f64, x: f64, n: u32) -> f64 {
    if n == 0 {
        return yv(v, x);
    }
    difference_sum(v, x, n, yv, -1.0)
}

/// The n-th derivative of the modified Bessel function of the first kind, `d^n/dx^n I_v(x)`.
///
/// `n = 0` gives [`iv`].
///
/// # Accuracy
///
/// Max 75 ULP (SciPy: 78) for `v` in [-15, 15], `x` in [1e-3, 1000], `n` in 0..4, all
/// points (near the zeros of the derivative the sum cancels, in SciPy too).
///
/// # Examples
///
/// ```
/// use sci_special::{i1, ivp};
///
/// // I_0' = I_1.
/// assert!((ivp(0.0, 2.0, 1) / i1(2.0) - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.29.5; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.ivp.html>.
pub fn ivp(v: f64, x: f64, n: u32) -> f64 {
    if n == 0 {
        return iv(v, x);
    }
    if v < 0.0 && x > 0.0 && v.is_finite() && v.fract() != 0.0 {
        // I_{-a} = I_a + (2/pi) sin(a pi) K_a (DLMF 10.27.2), differentiated term by term:
        // each I_{-a-n+2k} of the sum would carry its own reflection and roundings.
        let a = -v;
        let k = kvp(a, x, n);
        return difference_sum(a, x, n, iv, 1.0) + FRAC_2_PI * sinpi(a) * k;
    }
    difference_sum(v, x, n, iv, 1.0)
}

/// The n-th derivative of the modified Bessel function of the second kind, `d^n/dx^n K_v(x)`.
///
/// `n = 0` gives [`kv`]; `(-1)^n inf` at `x = 0`.
///
/// # Accuracy
///
/// Max 58 ULP for `v` in [-15, 15], `x` in [1e-3, 1000], `n` in 0..4.
///
/// # Examples
///
/// ```
/// use sci_special::{k1, kvp};
///
/// // K_0' = -K_1.
/// assert!((kvp(0.0, 2.0, 1) / k1(2.0) + 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.29.5; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.kvp.html>.
pub fn kvp(v: f64, x: f64, n: u32) -> f64 {
    if n == 0 {
        return kv(v, x);
    }
    let sign = if n.is_multiple_of(2) { 1.0 } else { -1.0 };
    sign * difference_sum(v, x, n, kv, 1.0)
}
