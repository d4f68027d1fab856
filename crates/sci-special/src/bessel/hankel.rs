//! Hankel functions of real order and real argument: `hankel1`, `hankel2` and the scaled
//! `hankel1e`, `hankel2e`, as `Complex64`.
//!
//! `H1_v = J_v + i Y_v`, `H2_v = J_v - i Y_v` for `x > 0`; negative orders by
//! `H1_{-v} = e^{v pi i} H1_v`, `H2_{-v} = e^{-v pi i} H2_v` (DLMF 10.4.6). Negative `x` is
//! taken as `|x| e^{i pi}` (the side SciPy takes for a real negative argument), with
//! `J_v(x e^{i pi}) = e^{v pi i} J_v(x)` and
//! `Y_v(x e^{i pi}) = e^{-v pi i} Y_v(x) + 2i cos(v pi) J_v(x)`
//! (DLMF 10.11.1, 10.11.2).

use sci_core::Complex64;

use super::jy::{Want, jy};
use crate::numeric::{cospi, sinpi};

/// `(J_v(x), Y_v(x))` for any real `v` and `x > 0`, by reflection for `v < 0`.
fn jy_any_order(v: f64, x: f64) -> (f64, f64) {
    if v >= 0.0 {
        return jy(v, x, Want::Both);
    }
    let a = -v;
    let (j, y) = jy(a, x, Want::Both);
    let (c, s) = (cospi(a), sinpi(a));
    (c * j - s * y, s * j + c * y)
}

/// `(J_v(z), Y_v(z))` as complex numbers at `z = x` (x > 0) or `z = |x| e^{i pi}` (x < 0).
fn jy_complex(v: f64, x: f64) -> (Complex64, Complex64) {
    if x > 0.0 {
        let (j, y) = jy_any_order(v, x);
        return (Complex64::new(j, 0.0), Complex64::new(y, 0.0));
    }
    let (j, y) = jy_any_order(v, -x);
    let rot = Complex64::new(cospi(v), sinpi(v)); // e^{v pi i}
    let jz = rot * j;
    let yz = rot.conj() * y + Complex64::new(0.0, 2.0 * cospi(v) * j);
    (jz, yz)
}

/// SciPy's edge values: NaN for NaN or infinite arguments and at `x = 0`.
fn undefined(v: f64, x: f64) -> bool {
    v.is_nan() || x.is_nan() || v.is_infinite() || x.is_infinite() || x == 0.0
}

const NAN: Complex64 = Complex64::new(f64::NAN, f64::NAN);

/// Hankel function of the first kind, `H1_v(x) = J_v(x) + i Y_v(x)`.
///
/// For `x < 0` the value on the upper side of the cut, `H1_v(|x| e^{i pi})`, as SciPy gives
/// for a real negative argument. NaN + NaN i at `x = 0` and for infinite arguments (SciPy's
/// values).
///
/// # Accuracy
///
/// Max 9.9 eps (norm-wise; SciPy: 22.8) for `v` in [-20, 20], `x` in ±[1e-4, 1e4].
///
/// # Examples
///
/// ```
/// use sci_special::{hankel1, jv, yv};
///
/// let h = hankel1(1.5, 2.0);
/// assert!((h.re - jv(1.5, 2.0)).abs() < 1e-15 && (h.im - yv(1.5, 2.0)).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.2.5, 10.11; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.hankel1.html>.
pub fn hankel1(v: f64, x: f64) -> Complex64 {
    if undefined(v, x) {
        return NAN;
    }
    let (j, y) = jy_complex(v, x);
    j + Complex64::new(0.0, 1.0) * y
}

/// Hankel function of the second kind, `H2_v(x) = J_v(x) - i Y_v(x)`.
///
/// For `x < 0` the value at `|x| e^{i pi}`, as SciPy gives for a real negative argument.
/// NaN + NaN i at `x = 0` and for infinite arguments (SciPy's values).
///
/// # Accuracy
///
/// Max 156 eps (norm-wise; SciPy: 326) for `v` in [-20, 20], `x` in ±[1e-4, 1e4].
///
/// # Examples
///
/// ```
/// use sci_special::{hankel1, hankel2};
///
/// // For x > 0, H2 is the conjugate of H1.
/// let (h1, h2) = (hankel1(0.3, 5.0), hankel2(0.3, 5.0));
/// assert!((h1.conj() - h2).norm() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.2.6, 10.11; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.hankel2.html>.
pub fn hankel2(v: f64, x: f64) -> Complex64 {
    if undefined(v, x) {
        return NAN;
    }
    let (j, y) = jy_complex(v, x);
    j - Complex64::new(0.0, 1.0) * y
}

/// Exponentially scaled Hankel function of the first kind, `hankel1e(v, x) = H1_v(x) e^{-ix}`.
///
/// # Accuracy
///
/// Max 9.9 eps (norm-wise; SciPy: 23.6) for `v` in [-20, 20], `x` in ±[1e-4, 1e4].
///
/// # Examples
///
/// ```
/// use sci_special::hankel1e;
///
/// // H1_{1/2}(x) e^{-ix} = -i sqrt(2 / (pi x)).
/// let h = hankel1e(0.5, 3.0);
/// assert!(h.re.abs() < 1e-15 && (h.im + (2.0 / (std::f64::consts::PI * 3.0)).sqrt()).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.hankel1e.html>.
pub fn hankel1e(v: f64, x: f64) -> Complex64 {
    if undefined(v, x) {
        return NAN;
    }
    let (s, c) = x.sin_cos();
    hankel1(v, x) * Complex64::new(c, -s)
}

/// Exponentially scaled Hankel function of the second kind, `hankel2e(v, x) = H2_v(x) e^{ix}`.
///
/// # Accuracy
///
/// Max 156 eps (norm-wise; SciPy: 4800) for `v` in [-20, 20], `x` in ±[1e-4, 1e4].
///
/// # Examples
///
/// ```
/// use sci_special::hankel2e;
///
/// // H2_{1/2}(x) e^{ix} = i sqrt(2 / (pi x)).
/// let h = hankel2e(0.5, 3.0);
/// assert!(h.re.abs() < 1e-15 && (h.im - (2.0 / (std::f64::consts::PI * 3.0)).sqrt()).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.hankel2e.html>.
pub fn hankel2e(v: f64, x: f64) -> Complex64 {
    if undefined(v, x) {
        return NAN;
    }
    let (s, c) = x.sin_cos();
    hankel2(v, x) * Complex64::new(c, s)
}
