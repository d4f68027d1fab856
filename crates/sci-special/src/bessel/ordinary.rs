//! Bessel functions of the first and second kind of real order: `jv`, `yv`, `jve`, `yve`,
//! the integer-order `jn`, `yn` and the orders 0 and 1: `j0`, `j1`, `y0`, `y1`.
//!
//! Negative orders use the reflection formulas (DLMF 10.4.7, 10.4.8)
//! `J_{-v} = cos(v pi) J_v - sin(v pi) Y_v`, `Y_{-v} = sin(v pi) J_v + cos(v pi) Y_v`, with
//! `sinpi`/`cospi` exact at integers and half-integers; negative `x` is real only at integer
//! order, `J_n(-x) = (-1)^n J_n(x)` (DLMF 10.11.1).

use super::jy::{Want, jy};
use crate::numeric::{cospi, sinpi};

/// `true` when `v` is an integer.
pub(super) fn is_integer(v: f64) -> bool {
    v == v.trunc()
}

/// `(-1)^n` for an integer-valued `n`.
pub(super) fn parity(n: f64) -> f64 {
    if (n * 0.5).trunc() * 2.0 == n {
        1.0
    } else {
        -1.0
    }
}

/// The sign of `1 / Gamma(1 - v)` for non-integer `v > 0`: `(-1)^floor(v)`.
fn rgamma_reflected_sign(v: f64) -> f64 {
    parity(v.floor())
}

/// `J_v(x)`: all the special cases, then the engine.
fn j_real(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x.is_infinite() {
        return f64::NAN;
    }
    if v.is_infinite() {
        return 0.0;
    }
    if x < 0.0 {
        if !is_integer(v) {
            return f64::NAN;
        }
        return parity(v) * j_real(v, -x);
    }
    if x == 0.0 {
        return if v == 0.0 {
            1.0
        } else if v > 0.0 {
            0.0
        } else if is_integer(v) {
            parity(v) * 0.0
        } else {
            rgamma_reflected_sign(-v) * f64::INFINITY
        };
    }
    if v >= 0.0 {
        return jy(v, x, Want::J).0;
    }
    let a = -v;
    if is_integer(a) {
        return parity(a) * jy(a, x, Want::J).0;
    }
    let (c, s) = (cospi(a), sinpi(a));
    if c == 0.0 {
        // Half-integer order: J_{-v} = -sin(v pi) Y_v.
        return -s * jy(a, x, Want::Y).1;
    }
    let (j, y) = jy(a, x, Want::Both);
    c * j - s * y
}

/// `Y_v(x)`: all the special cases, then the engine.
fn y_real(v: f64, x: f64) -> f64 {
    if v.is_nan() || x.is_nan() || x < 0.0 || x.is_infinite() || v.is_infinite() {
        return f64::NAN;
    }
    if x == 0.0 {
        if v >= 0.0 {
            return f64::NEG_INFINITY;
        }
        let a = -v;
        if is_integer(a) {
            return parity(a) * f64::NEG_INFINITY;
        }
        // SciPy's value: the limit of cos(v pi) Y_v(x), with the sign of the rounded
        // cos(v pi) at half-integers, (-1)^k for v = -(k + 1/2).
        let c = cospi(a);
        let sign = if c == 0.0 {
            parity(a.floor())
        } else {
            c.signum()
        };
        return -sign * f64::INFINITY;
    }
    if v >= 0.0 {
        return jy(v, x, Want::Y).1;
    }
    let a = -v;
    if is_integer(a) {
        return parity(a) * jy(a, x, Want::Y).1;
    }
    let (c, s) = (cospi(a), sinpi(a));
    if c == 0.0 {
        // Half-integer order: Y_{-v} = sin(v pi) J_v.
        return s * jy(a, x, Want::J).0;
    }
    let (j, y) = jy(a, x, Want::Both);
    s * j + c * y
}

/// Bessel function of the first kind of real order, `J_v(x)`.
///
/// Solves `x^2 w'' + x w' + (x^2 - v^2) w = 0`, regular at the origin. Negative `x` gives a
/// real value only for integer `v` (`J_n(-x) = (-1)^n J_n(x)`); otherwise NaN. At `x = 0`
/// the value is 1 for `v = 0`, 0 for `v > 0` or integer `v`, and `±inf` (the sign of
/// `1/Gamma(1-v)`) for negative non-integer `v`. `x = ±inf` gives NaN and `v = ±inf` gives 0,
/// as in SciPy.
///
/// Large `x`: Hankel's expansion with exact phase reduction; small `x`: the power series;
/// otherwise Steed's method (continued fractions, recurrences and Temme's series). Cost
/// O(1) for `x >= max(25, v^2/2)`, O(x + |v|) otherwise.
///
/// # Accuracy
///
/// Max 54 ULP for `v` in [-60, 60], `x` in ±[1e-8, 1e12] away from the zeros
/// (`|J_v| >= 0.1 sqrt(J_v^2 + Y_v^2)`); near the zeros the absolute error is below
/// 9.7e-16 `sqrt(J_v^2 + Y_v^2)` (max 2.4e4 ULP there; SciPy: 1.4e5).
///
/// # Examples
///
/// ```
/// use sci_special::jv;
///
/// // J_{1/2}(x) = sqrt(2 / (pi x)) sin x.
/// let x = 3.0f64;
/// let exact = (2.0 / (std::f64::consts::PI * x)).sqrt() * x.sin();
/// assert!((jv(0.5, x) - exact).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.2, 10.17; I. J. Thompson and A. R. Barnett, "Coulomb and Bessel functions of
/// complex arguments and order", J. Comput. Phys. 64 (1986) 490-509;
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.jv.html>.
pub fn jv(v: f64, x: f64) -> f64 {
    j_real(v, x)
}

/// Bessel function of the second kind of real order, `Y_v(x)`.
///
/// Defined for `x > 0` (NaN for `x < 0` and `x = ±inf`, as in SciPy); `-inf` at `x = 0` for
/// `v >= 0` (for negative `v`, the sign SciPy gives). Computed with `J_v` by the same engine
/// as [`jv`]; negative orders by `Y_{-v} = sin(v pi) J_v + cos(v pi) Y_v`.
///
/// # Accuracy
///
/// Max 159 ULP for `v` in [-60, 60], `x` in [1e-8, 1e12] away from the zeros
/// (`|Y_v| >= 0.1 sqrt(J_v^2 + Y_v^2)`); near the zeros the absolute error is below
/// 2.7e-15 `sqrt(J_v^2 + Y_v^2)` (max 2065 ULP there; SciPy: 2.8e4).
///
/// # Examples
///
/// ```
/// use sci_special::yv;
///
/// // Y_{1/2}(x) = -sqrt(2 / (pi x)) cos x.
/// let x = 2.0f64;
/// let exact = -(2.0 / (std::f64::consts::PI * x)).sqrt() * x.cos();
/// assert!((yv(0.5, x) - exact).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.2, 10.4, 10.17; N. M. Temme, J. Comput. Phys. 21 (1976) 343-350;
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.yv.html>.
pub fn yv(v: f64, x: f64) -> f64 {
    y_real(v, x)
}

/// Exponentially scaled Bessel function of the first kind, `jve(v, x) = J_v(x) exp(-|Im x|)`.
///
/// For real `x` the scale factor is 1, so this is [`jv`] except at SciPy's edge values:
/// NaN for `x = ±inf` or `v = ±inf`, and NaN at `x = 0` for negative non-integer `v`.
///
/// # Accuracy
///
/// As [`jv`]: max 54 ULP for `v` in [-60, 60], `x` in ±[1e-8, 1e12] away from the zeros.
///
/// # Examples
///
/// ```
/// use sci_special::{jv, jve};
///
/// assert!((jve(2.5, 7.0) - jv(2.5, 7.0)).abs() < 1e-16);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.jve.html>.
pub fn jve(v: f64, x: f64) -> f64 {
    if v.is_infinite() || (x == 0.0 && v < 0.0 && !is_integer(v)) {
        return f64::NAN;
    }
    j_real(v, x)
}

/// Exponentially scaled Bessel function of the second kind, `yve(v, x) = Y_v(x) exp(-|Im x|)`.
///
/// For real `x > 0` this is [`yv`]; SciPy gives NaN at `x = 0` (where `yv` is `-inf`), for
/// `x < 0`, and for infinite arguments.
///
/// # Accuracy
///
/// As [`yv`]: max 159 ULP for `v` in [-60, 60], `x` in [1e-8, 1e12] away from the zeros.
///
/// # Examples
///
/// ```
/// use sci_special::{yv, yve};
///
/// assert!((yve(1.5, 4.0) - yv(1.5, 4.0)).abs() < 1e-16);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.yve.html>.
pub fn yve(v: f64, x: f64) -> f64 {
    if x == 0.0 {
        return f64::NAN;
    }
    y_real(v, x)
}

/// Bessel function of the first kind of integer order, `J_n(x)`.
///
/// SciPy's `jn` is `jv` at integer order; real for all real `x`
/// (`J_n(-x) = (-1)^n J_n(x)`, `J_{-n} = (-1)^n J_n`).
///
/// # Accuracy
///
/// Max 59 ULP for `n` in [-100, 100], `x` in ±[1e-6, 1e4] away from the zeros
/// (`|J_n| >= 0.1 sqrt(J_n^2 + Y_n^2)`); near the zeros the absolute error is below
/// 9.6e-16 `sqrt(J_n^2 + Y_n^2)`.
///
/// # Examples
///
/// ```
/// use sci_special::jn;
///
/// // J_{-3}(x) = -J_3(x) and J_3(-x) = -J_3(x).
/// assert!((jn(-3, 2.0) + jn(3, 2.0)).abs() < 1e-16);
/// assert!((jn(3, -2.0) + jn(3, 2.0)).abs() < 1e-16);
/// assert!((jn(3, 2.0) - 0.128_943_249_474_402_05).abs() < 1e-16);
/// ```
///
/// # References
///
/// DLMF 10.2, 10.4; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.jn.html>.
pub fn jn(n: i32, x: f64) -> f64 {
    j_real(f64::from(n), x)
}

/// Bessel function of the second kind of integer order, `Y_n(x)`.
///
/// NaN for `x < 0`; `-inf` at `x = 0` for `n >= 0` and `(-1)^n (-inf)` for `n < 0`
/// (`Y_{-n} = (-1)^n Y_n`).
///
/// # Accuracy
///
/// Max 115 ULP for `n` in [-100, 100], `x` in [1e-6, 1e4] away from the zeros
/// (`|Y_n| >= 0.1 sqrt(J_n^2 + Y_n^2)`); near the zeros the absolute error is below
/// 4.7e-15 `sqrt(J_n^2 + Y_n^2)`.
///
/// # Examples
///
/// ```
/// use sci_special::yn;
///
/// assert!((yn(-3, 1.5) + yn(3, 1.5)).abs() < 1e-14);
/// assert!((yn(3, 1.5) + 2.073_541_399_060_686).abs() < 1e-14);
/// ```
///
/// # References
///
/// DLMF 10.2, 10.4; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.yn.html>.
pub fn yn(n: i32, x: f64) -> f64 {
    y_real(f64::from(n), x)
}

/// Bessel function of the first kind of order 0, `J_0(x)`.
///
/// Even in `x`; 1 at 0; NaN at `±inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 92 ULP for `x` in ±[1e-20, 1e300] away from the zeros (`|J_0| >= 0.1 sqrt(J_0^2 + Y_0^2)`);
/// near the zeros the absolute error is below 1.7e-15 `sqrt(J_0^2 + Y_0^2)`.
///
/// # Examples
///
/// ```
/// use sci_special::j0;
///
/// assert!((j0(1.0) - 0.765_197_686_557_966_6).abs() < 1e-15);
/// assert!((j0(-1.0) - j0(1.0)).abs() == 0.0);
/// ```
///
/// # References
///
/// DLMF 10.2; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.j0.html>.
pub fn j0(x: f64) -> f64 {
    j_real(0.0, x.abs())
}

/// Bessel function of the first kind of order 1, `J_1(x)`.
///
/// Odd in `x`; NaN at `±inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 46 ULP for `x` in ±[1e-20, 1e300] away from the zeros (`|J_1| >= 0.1 sqrt(J_1^2 + Y_1^2)`);
/// near the zeros the absolute error is below 1.1e-15 `sqrt(J_1^2 + Y_1^2)`.
///
/// # Examples
///
/// ```
/// use sci_special::j1;
///
/// assert!((j1(1.0) - 0.440_050_585_744_933_5).abs() < 1e-16);
/// assert!((j1(-1.0) + j1(1.0)).abs() == 0.0);
/// ```
///
/// # References
///
/// DLMF 10.2; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.j1.html>.
pub fn j1(x: f64) -> f64 {
    let value = j_real(1.0, x.abs());
    if x < 0.0 || (value == 0.0 && x.is_sign_negative()) {
        -value
    } else {
        value
    }
}

/// Bessel function of the second kind of order 0, `Y_0(x)`.
///
/// `-inf` at 0, NaN for `x < 0` and at `+inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 69 ULP for `x` in [1e-20, 1e300] away from the zeros (`|Y_0| >= 0.1 sqrt(J_0^2 + Y_0^2)`);
/// near the zeros the absolute error is below 1.3e-15 `sqrt(J_0^2 + Y_0^2)`.
///
/// # Examples
///
/// ```
/// use sci_special::y0;
///
/// assert!((y0(1.0) - 0.088_256_964_215_676_96).abs() < 1e-16);
/// assert_eq!(y0(0.0), f64::NEG_INFINITY);
/// ```
///
/// # References
///
/// DLMF 10.2; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.y0.html>.
pub fn y0(x: f64) -> f64 {
    y_real(0.0, x)
}

/// Bessel function of the second kind of order 1, `Y_1(x)`.
///
/// `-inf` at 0 (and for `x` so small that `-2/(pi x)` overflows), NaN for `x < 0` and at
/// `+inf` (SciPy's value).
///
/// # Accuracy
///
/// Max 107 ULP for `x` in [1e-20, 1e300] away from the zeros (`|Y_1| >= 0.1 sqrt(J_1^2 + Y_1^2)`);
/// near the zeros the absolute error is below 1.5e-15 `sqrt(J_1^2 + Y_1^2)`.
///
/// # Examples
///
/// ```
/// use sci_special::y1;
///
/// assert!((y1(1.0) + 0.781_212_821_300_288_7).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 10.2; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.y1.html>.
pub fn y1(x: f64) -> f64 {
    y_real(1.0, x)
}
