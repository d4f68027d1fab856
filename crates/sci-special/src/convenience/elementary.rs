//! Elementary functions with accurate small-argument forms: `log1p`, `expm1`, `cosm1`,
//! `exprel`, `exp2`, `exp10`, `cbrt`, `sinc`, and the zero-safe products `xlogy`, `xlog1py`.
//!
//! Algorithm: `log1p`, `expm1`, `exp2`, `cbrt` and `10^x` are the platform's correctly
//! rounded-or-nearly libm routines (Rust's `ln_1p`, `exp_m1`, `exp2`, `cbrt`, `powf`);
//! `cosm1(x) = -2 sin^2(x/2)` (no cancellation anywhere, as `x/2` is exact);
//! `exprel = expm1(x) / x`; `sinc` reduces `x` exactly before multiplying by `pi`. Cost: one
//! libm call.

use crate::numeric::sinpi;

/// `ln(1 + x)`, accurate for small `|x|`.
///
/// `log1p(-1) = -inf`, NaN for `x < -1`.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 1e300] log-spaced within
/// the domain, and dense on [-1, 2]).
///
/// # Examples
///
/// ```
/// use sci_special::log1p;
/// assert!((log1p(1e-10) / 9.999_999_999_5e-11 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.log1p.html>
pub fn log1p(x: f64) -> f64 {
    x.ln_1p()
}

/// `exp(x) - 1`, accurate for small `|x|`.
///
/// `expm1(-inf) = -1`, `expm1(inf) = inf`, overflow to `inf` above `x ≈ 709.78`.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 709] log-spaced, and
/// dense on [-40, 40]).
///
/// # Examples
///
/// ```
/// use sci_special::expm1;
/// assert!((expm1(1e-10) / 1.000_000_000_05e-10 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.expm1.html>
pub fn expm1(x: f64) -> f64 {
    x.exp_m1()
}

/// `cos(x) - 1`, accurate for small `|x|` and near every multiple of `2 pi`.
///
/// NaN for infinite `x`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x in ±[1e-300, 1e5] log-spaced, and
/// dense on [-10, 10]).
///
/// # Examples
///
/// ```
/// use sci_special::cosm1;
/// // cos(1e-5) - 1 = -5e-11 + 4.2e-22, where cos(x) - 1 would keep 5 digits.
/// assert!((cosm1(1e-5) / -4.999_999_999_958_333e-11 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.cosm1.html>
pub fn cosm1(x: f64) -> f64 {
    let s = (0.5 * x).sin();
    -2.0 * s * s
}

/// The relative error exponential `exprel(x) = (exp(x) - 1) / x`, with `exprel(0) = 1`.
///
/// `exprel(-inf) = 0`, `exprel(inf) = inf`; it overflows to `inf` above `x ≈ 716.4`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x in ±[1e-300, 700] log-spaced, and
/// dense on [-50, 50]).
///
/// # Examples
///
/// ```
/// use sci_special::exprel;
/// assert!((exprel(1e-8) - 1.000_000_005).abs() < 1e-15);
/// assert_eq!(exprel(0.0), 1.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.exprel.html>
pub fn exprel(x: f64) -> f64 {
    if x == 0.0 {
        return 1.0;
    }
    if x == f64::NEG_INFINITY {
        return 0.0;
    }
    if x > 717.0 {
        return f64::INFINITY;
    }
    if x.abs() < 1e-16 {
        // exprel(x) = 1 + x/2 + ..., below half an ulp.
        return 1.0 + 0.5 * x;
    }
    if x > 709.0 {
        // exp(x) overflows before exp(x) / x does.
        let h = (0.5 * x).exp();
        return h * (h / x);
    }
    x.exp_m1() / x
}

/// `2^x`.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 1100] log-spaced, and
/// dense on [-50, 50]).
///
/// # Examples
///
/// ```
/// use sci_special::exp2;
/// assert!((exp2(10.0) - 1024.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.exp2.html>
pub fn exp2(x: f64) -> f64 {
    x.exp2()
}

/// `10^x`.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 330] log-spaced, and
/// dense on [-20, 20]).
///
/// # Examples
///
/// ```
/// use sci_special::exp10;
/// assert!((exp10(3.0) - 1000.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.exp10.html>
pub fn exp10(x: f64) -> f64 {
    10f64.powf(x)
}

/// The real cube root, negative for negative `x`.
///
/// # Accuracy
///
/// At most 1 ULP against mpmath on the golden points (x in ±[1e-300, 1e300], log-spaced).
///
/// # Examples
///
/// ```
/// use sci_special::cbrt;
/// assert!((cbrt(-27.0) + 3.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.cbrt.html>
pub fn cbrt(x: f64) -> f64 {
    x.cbrt()
}

/// The normalized sinc function `sin(pi x) / (pi x)`, with `sinc(0) = 1` (numpy's `sinc`,
/// which `scipy.special.sinc` is).
///
/// Zero at every non-zero integer; NaN for infinite `x`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x in ±[1e-300, 1e10] log-spaced, and
/// dense on [-10, 10]), away from the zeros at the integers; the argument reduction is exact,
/// so large `x` keep their accuracy (numpy's `sin(pi x)` does not).
///
/// # Examples
///
/// ```
/// use sci_special::sinc;
/// assert!((sinc(0.5) - 2.0 / std::f64::consts::PI).abs() < 4e-16);
/// assert_eq!(sinc(0.0), 1.0);
/// ```
///
/// # References
///
/// <https://numpy.org/doc/stable/reference/generated/numpy.sinc.html>
pub fn sinc(x: f64) -> f64 {
    if x == 0.0 {
        return 1.0;
    }
    sinpi(x) / (std::f64::consts::PI * x)
}

/// `x * ln(y)`, defined as 0 when `x = 0` (and `y` is not NaN), so `0 * ln(0) = 0`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x and y log-spaced in ±[1e-300, 1e300],
/// y > 0).
///
/// # Examples
///
/// ```
/// use sci_special::xlogy;
/// assert_eq!(xlogy(0.0, 0.0), 0.0);
/// assert!((xlogy(2.0, std::f64::consts::E) - 2.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.xlogy.html>
pub fn xlogy(x: f64, y: f64) -> f64 {
    if x == 0.0 && !y.is_nan() {
        return 0.0;
    }
    x * y.ln()
}

/// `x * ln(1 + y)`, defined as 0 when `x = 0` (and `y` is not NaN).
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x log-spaced in ±[1e-300, 1e300], y
/// log-spaced in ±[1e-300, 1e300] with y > -1).
///
/// # Examples
///
/// ```
/// use sci_special::xlog1py;
/// assert_eq!(xlog1py(0.0, -1.0), 0.0);
/// assert!((xlog1py(3.0, 1e-10) / 2.999_999_999_85e-10 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.xlog1py.html>
pub fn xlog1py(x: f64, y: f64) -> f64 {
    if x == 0.0 && !y.is_nan() {
        return 0.0;
    }
    x * y.ln_1p()
}
