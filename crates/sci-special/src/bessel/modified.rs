//! Modified Bessel functions of real order: `iv`, `kv`, the scaled `ive`, `kve`, the
//! integer-order `kn` and the orders 0 and 1: `i0`, `i0e`, `i1`, `i1e`, `k0`, `k0e`, `k1`,
//! `k1e`.
//!
//! Negative orders use `I_{-v} = I_v + (2/pi) sin(v pi) K_v` and `K_{-v} = K_v`
//! (DLMF 10.27.2, 10.27.3); negative `x` is real only for `I` at integer order,
//! `I_n(-x) = (-1)^n I_n(x)` (DLMF 10.27.6 / 10.11.1).

use std::f64::consts::FRAC_2_PI;

use super::ik::{i_scaled, k_scaled};
use super::k01::{k0_positive, k0e_positive, k1_positive, k1e_positive};
use super::ordinary::{is_integer, parity};
use crate::numeric::sinpi;

/// `e^x * s` without overflowing early when `s` is small.
fn times_exp(s: f64, x: f64) -> f64 {
    if x < 700.0 {
        s * x.exp()
    } else {
        let h = (0.5 * x).exp();
        s * h * h
    }
}

/// `e^-|x| I_v(x)` for finite nonzero `x` and finite `v`.
fn i_scaled_signed(v: f64, x: f64) -> f64 {
    if x < 0.0 {
        if !is_integer(v) {
            return f64::NAN;
        }
        return parity(v) * i_scaled_signed(v, -x);
    }
    if v >= 0.0 {
        return i_scaled(v, x);
    }
    let a = -v;
    let i = i_scaled(a, x);
    if is_integer(a) {
        return i;
    }
    // I_{-a} = I_a + (2/pi) sin(a pi) K_a; scaled by e^-x: K_a e^-x = (e^x K_a) e^-2x.
    let s = sinpi(a);
    let k_term = FRAC_2_PI * s * k_scaled(a, x);
    i + k_term * (-2.0 * x).exp()
}

/// Modified Bessel function of the first kind of real order, `I_v(x)`.
///
/// Solves `x^2 w'' + x w' - (x^2 + v^2) w = 0`, regular at the origin. Negative `x` gives a
/// real value only for integer `v` (`I_n(-x) = (-1)^n I_n(x)`); otherwise NaN. At `x = 0`:
/// 1 for `v = 0`, 0 for `v > 0` or integer `v`, `+inf` for negative non-integer `v` (SciPy's
/// value). `x = ±inf` gives NaN and `v = ±inf` gives 0, as in SciPy; overflow gives `inf`.
///
/// Power series for small `x`, Hankel's expansion for large `x`, otherwise a continued
/// fraction with downward recurrence normalised by the Wronskian with `K` (Temme's method).
/// Cost O(1) for `x >= max(25, v^2/2)`, O(x + |v|) otherwise.
///
/// # Accuracy
///
/// Max 50 ULP for `v` in [-60, 60], `x` in ±[1e-8, 700].
///
/// # Examples
///
/// ```
/// use sci_special::iv;
///
/// // I_{1/2}(x) = sqrt(2 / (pi x)) sinh x.
/// let x = 3.0f64;
/// let exact = (2.0 / (std::f64::consts::PI * x)).sqrt() * x.sinh();
/// assert!((iv(0.5, x) / exact - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.25, 10.40; N. M. Temme, J. Comput. Phys. 19 (1975) 324-337;
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.iv.html>.
pub fn iv(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x.is_infinite() {
        return f64::NAN;
    }
    if v.is_infinite() {
        return 0.0;
    }
    if x == 0.0 {
        return if v == 0.0 {
            1.0
        } else if v > 0.0 || is_integer(v) {
            0.0
        } else {
            f64::INFINITY
        };
    }
    times_exp(i_scaled_signed(v, x), x.abs())
}

/// Exponentially scaled modified Bessel function of the first kind,
/// `ive(v, x) = I_v(x) exp(-|x|)`.
///
/// Finite where `iv` overflows. NaN for `x = ±inf`, for `v = ±inf`, and at `x = 0` for
/// negative non-integer `v` (SciPy's values).
///
/// # Accuracy
///
/// Max 40 ULP for `v` in [-60, 60], `x` in ±[1e-8, 1e5].
///
/// # Examples
///
/// ```
/// use sci_special::ive;
///
/// // For large x, ive(v, x) ~ 1 / sqrt(2 pi x).
/// let x = 1e6f64;
/// assert!((ive(1.0, x) * (2.0 * std::f64::consts::PI * x).sqrt() - 1.0).abs() < 1e-6);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.ive.html>.
pub fn ive(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x.is_infinite() || v.is_infinite() {
        return f64::NAN;
    }
    if x == 0.0 {
        return if v == 0.0 {
            1.0
        } else if v > 0.0 || is_integer(v) {
            0.0
        } else {
            f64::NAN
        };
    }
    i_scaled_signed(v, x)
}

/// Modified Bessel function of the second kind of real order, `K_v(x)`.
///
/// Defined for `x > 0`: NaN for `x < 0`, `+inf` at `x = 0`, 0 at `x = +inf`; even in `v`.
/// NaN for `v = ±inf` (SciPy's value).
///
/// Temme's series for `x <= 2`, Hankel's expansion for large `x`, otherwise the trapezoidal
/// rule on `int_0^inf exp(-x cosh t) cosh(v t) dt`; then forward recurrence in the order.
/// Cost O(1 + |v|).
///
/// # Accuracy
///
/// Max 45 ULP for `v` in [-60, 60], `x` in [1e-8, 700].
///
/// # Examples
///
/// ```
/// use sci_special::kv;
///
/// // K_{1/2}(x) = sqrt(pi / (2x)) e^-x.
/// let x = 2.5f64;
/// let exact = (std::f64::consts::PI / (2.0 * x)).sqrt() * (-x).exp();
/// assert!((kv(0.5, x) / exact - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.25, 10.32.9, 10.40; N. M. Temme, J. Comput. Phys. 19 (1975) 324-337;
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.kv.html>.
pub fn kv(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x < 0.0 || v.is_infinite() {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    if x.is_infinite() {
        return 0.0;
    }
    let s = k_scaled(v.abs(), x);
    if x < 700.0 {
        s * (-x).exp()
    } else {
        let h = (-0.5 * x).exp();
        s * h * h
    }
}

/// Exponentially scaled modified Bessel function of the second kind,
/// `kve(v, x) = K_v(x) exp(x)`.
///
/// Finite where `kv` underflows. NaN for `x < 0`, `x = +inf` and `v = ±inf`; `+inf` at 0
/// (SciPy's values).
///
/// # Accuracy
///
/// Max 48 ULP for `v` in [-60, 60], `x` in [1e-8, 1e5].
///
/// # Examples
///
/// ```
/// use sci_special::kve;
///
/// // kve(1/2, x) = sqrt(pi / (2x)) exactly.
/// let x = 1e4f64;
/// assert!((kve(0.5, x) / (std::f64::consts::PI / (2.0 * x)).sqrt() - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.kve.html>.
pub fn kve(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x < 0.0 || x.is_infinite() || v.is_infinite() {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    k_scaled(v.abs(), x)
}

/// Modified Bessel function of the second kind of integer order, `K_n(x)`.
///
/// `K_{-n} = K_n`; NaN for `x < 0`, `+inf` at 0.
///
/// # Accuracy
///
/// Max 70 ULP for `n` in [-100, 100], `x` in [1e-6, 700].
///
/// # Examples
///
/// ```
/// use sci_special::kn;
///
/// assert!((kn(3, 1.5) - 1.833_803_702_474_578_8).abs() < 1e-14);
/// assert!((kn(-3, 1.5) - kn(3, 1.5)).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.25, 10.27; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.kn.html>.
pub fn kn(n: i32, x: f64) -> f64 {
    kv(f64::from(n), x)
}

/// Modified Bessel function of the first kind of order 0, `I_0(x)`.
///
/// Even; `inf` on overflow (`|x| > 713.98`); NaN at `±inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 6 ULP for `x` in ±[1e-20, 1000].
///
/// # Examples
///
/// ```
/// use sci_special::i0;
///
/// assert!((i0(1.0) - 1.266_065_877_752_008_4).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.25; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.i0.html>.
pub fn i0(x: f64) -> f64 {
    iv(0.0, x.abs())
}

/// Exponentially scaled modified Bessel function of order 0, `i0e(x) = exp(-|x|) I_0(x)`.
///
/// 0 at `±inf`.
///
/// # Accuracy
///
/// Max 5 ULP for `x` in ±[1e-20, 1e300] (SciPy: 6).
///
/// # Examples
///
/// ```
/// use sci_special::i0e;
///
/// assert!((i0e(1.0) - 0.465_759_607_593_640_43).abs() < 1e-16);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.i0e.html>.
pub fn i0e(x: f64) -> f64 {
    if x.is_infinite() {
        return 0.0;
    }
    ive(0.0, x.abs())
}

/// Modified Bessel function of the first kind of order 1, `I_1(x)`.
///
/// Odd; `±inf` on overflow; NaN at `±inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 5 ULP for `x` in ±[1e-20, 1000].
///
/// # Examples
///
/// ```
/// use sci_special::i1;
///
/// assert!((i1(1.0) - 0.565_159_103_992_485_1).abs() < 1e-15);
/// assert!((i1(-1.0) + i1(1.0)).abs() == 0.0);
/// ```
///
/// # References
///
/// DLMF 10.25; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.i1.html>.
pub fn i1(x: f64) -> f64 {
    let value = iv(1.0, x.abs());
    if x < 0.0 { -value } else { value }
}

/// Exponentially scaled modified Bessel function of order 1, `i1e(x) = exp(-|x|) I_1(x)`.
///
/// `±0` at `±inf`.
///
/// # Accuracy
///
/// Max 5 ULP for `x` in ±[1e-20, 1e300] (SciPy: 6).
///
/// # Examples
///
/// ```
/// use sci_special::i1e;
///
/// assert!((i1e(1.0) - 0.207_910_415_349_708_5).abs() < 1e-16);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.i1e.html>.
pub fn i1e(x: f64) -> f64 {
    if x.is_infinite() {
        return 0.0f64.copysign(x);
    }
    let value = ive(1.0, x.abs());
    if x < 0.0 { -value } else { value }
}

/// Modified Bessel function of the second kind of order 0, `K_0(x)`.
///
/// NaN for `x < 0`, `+inf` at 0, 0 at `+inf`.
///
/// The ascending series (DLMF 10.31.2) in double-double for `x <= 2`; above, a polynomial
/// fit in `1/x` of `sqrt(x) e^x K_0(x)` times `e^-x / sqrt(x)` formed in double-double.
///
/// # Accuracy
///
/// Max 1 ULP for `x` in [1e-300, 1000] (SciPy: 6).
///
/// # Examples
///
/// ```
/// use sci_special::k0;
///
/// assert!((k0(1.0) - 0.421_024_438_240_708_34).abs() < 1e-16);
/// ```
///
/// # References
///
/// DLMF 10.25, 10.31; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.k0.html>.
pub fn k0(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    k0_positive(x)
}

/// Exponentially scaled modified Bessel function of order 0, `k0e(x) = exp(x) K_0(x)`.
///
/// NaN for `x < 0`, `+inf` at 0, 0 at `+inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 1 ULP for `x` in [1e-300, 1e300] (SciPy: 7).
///
/// # Examples
///
/// ```
/// use sci_special::k0e;
///
/// assert!((k0e(1.0) - 1.144_463_079_806_895_4).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.k0e.html>.
pub fn k0e(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    k0e_positive(x)
}

/// Modified Bessel function of the second kind of order 1, `K_1(x)`.
///
/// NaN for `x < 0`, `+inf` at 0 (and where `1/x` overflows), 0 at `+inf`.
///
/// The ascending series (DLMF 10.31.1) in double-double for `x <= 2`; above, a polynomial
/// fit in `1/x` of `sqrt(x) e^x K_1(x)` times `e^-x / sqrt(x)` formed in double-double.
///
/// # Accuracy
///
/// Max 1 ULP for `x` in [1e-300, 1000] (SciPy: 2).
///
/// # Examples
///
/// ```
/// use sci_special::k1;
///
/// assert!((k1(1.0) - 0.601_907_230_197_234_6).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.25, 10.31; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.k1.html>.
pub fn k1(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    k1_positive(x)
}

/// Exponentially scaled modified Bessel function of order 1, `k1e(x) = exp(x) K_1(x)`.
///
/// NaN for `x < 0`, `+inf` at 0, 0 at `+inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 1 ULP for `x` in [1e-300, 1e300] (SciPy: 2).
///
/// # Examples
///
/// ```
/// use sci_special::k1e;
///
/// assert!((k1e(1.0) - 1.636_153_486_263_258_2).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.k1e.html>.
pub fn k1e(x: f64) -> f64 {
    if x.is_nan() || x < 0.0 {
        return f64::NAN;
    }
    if x == 0.0 {
        return f64::INFINITY;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    k1e_positive(x)
}
