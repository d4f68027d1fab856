//! The standard normal distribution: `ndtr` (CDF), `log_ndtr`, and the quantiles `ndtri`,
//! `ndtri_exp`.
//!
//! Algorithm: `ndtr(x) = erfc(-x / sqrt 2) / 2` with `x / sqrt 2` carried as a double-double,
//! so the rounding of the scaled argument does not cost `x^2` ULPs in the tails;
//! `log_ndtr` works with `ln(erfcx(u) / 2) - u^2` in the lower tail (no underflow down to
//! `x = -1e154`) and `log1p(-ndtr(-x))` in the upper one. The quantiles are Newton iterations
//! (see `inverse.rs`). Cost: one `erfc` for `ndtr`; a few for the quantiles.

use super::erf::{erfc_double, erfcx_nonnegative};
use super::inverse::{erfinv, normal_lower_tail};

/// `1 / sqrt 2` rounded, and the remainder `1 / sqrt 2 - FRAC_1_SQRT_2`.
const FRAC_1_SQRT_2: f64 = std::f64::consts::FRAC_1_SQRT_2;
const FRAC_1_SQRT_2_LO: f64 = -4.833_646_656_726_457e-17;

/// `x / sqrt 2` as a double-double `(hi, lo)`.
fn scaled(x: f64) -> (f64, f64) {
    let hi = x * FRAC_1_SQRT_2;
    if !hi.is_finite() {
        return (hi, 0.0);
    }
    let lo = x.mul_add(FRAC_1_SQRT_2, -hi) + x * FRAC_1_SQRT_2_LO;
    (hi, lo)
}

/// The standard normal cumulative distribution function
/// `ndtr(x) = 1/sqrt(2 pi) * integral from -inf to x of exp(-t^2 / 2) dt`.
///
/// `ndtr(-inf) = 0`, `ndtr(inf) = 1`; it underflows to 0 below `x ≈ -38.5`.
///
/// # Accuracy
///
/// At most 3 ULP against mpmath on the golden points (x in ±[1e-300, 40], log-spaced, dense
/// on [-39, 9]), also deep in the lower tail, where SciPy 1.17.1 loses up to 6e12 ULP.
///
/// # Examples
///
/// ```
/// use sci_special::ndtr;
/// assert!((ndtr(1.959_963_984_540_054) - 0.975).abs() < 1e-15);
/// assert!((ndtr(-10.0) / 7.619_853_024_160_527e-24 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// DLMF 7.2.2, 7.18; <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.ndtr.html>
pub fn ndtr(x: f64) -> f64 {
    let (hi, lo) = scaled(-x);
    0.5 * erfc_double(hi, lo)
}

/// The logarithm of the standard normal CDF, `ln(ndtr(x))`, accurate where `ndtr` underflows
/// (`x < -38.5`) and where it is close to 1 (`x > 5`).
///
/// `log_ndtr(-inf) = -inf`, `log_ndtr(inf) = 0`.
///
/// # Accuracy
///
/// At most 3 ULP against mpmath on the golden points (x in ±[1e-300, 1e10], log-spaced, dense
/// on [-40, 40]).
///
/// # Examples
///
/// ```
/// use sci_special::log_ndtr;
/// // ndtr(-40) underflows, its logarithm does not.
/// assert!((log_ndtr(-40.0) + 804.608_442_013_754_1).abs() < 1e-12);
/// assert!((log_ndtr(0.0) + std::f64::consts::LN_2).abs() < 4e-16);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.log_ndtr.html>
pub fn log_ndtr(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    if x < -1.0 {
        if x == f64::NEG_INFINITY {
            return f64::NEG_INFINITY;
        }
        // ndtr(x) = erfcx(u) exp(-u^2) / 2 with u = -x / sqrt 2 and u^2 = x^2 / 2 exactly.
        let u = -x * FRAC_1_SQRT_2;
        let hi = x * x;
        if hi.is_infinite() {
            return f64::NEG_INFINITY;
        }
        let lo = x.mul_add(x, -hi);
        ((0.5 * erfcx_nonnegative(u)).ln() - 0.5 * hi) - 0.5 * lo
    } else if x <= 0.0 {
        ndtr(x).ln()
    } else {
        (-ndtr(-x)).ln_1p()
    }
}

/// The standard normal quantile, the inverse of [`ndtr`]: the `x` with `ndtr(x) = p`.
///
/// `ndtri(0) = -inf`, `ndtri(1) = inf`; NaN outside `[0, 1]`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (p in [1e-320, 1], log-spaced towards
/// both ends, dense on [0, 1]).
///
/// # Examples
///
/// ```
/// use sci_special::ndtri;
/// assert!((ndtri(0.975) - 1.959_963_984_540_054).abs() < 1e-15);
/// assert!((ndtri(1e-300) / -37.047_096_299_361_2 - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.ndtri.html>
pub fn ndtri(p: f64) -> f64 {
    if p.is_nan() || !(0.0..=1.0).contains(&p) {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::NEG_INFINITY;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    if p < 0.25 {
        normal_lower_tail(p, p.ln())
    } else if p <= 0.75 {
        // 2p - 1 is exact here.
        std::f64::consts::SQRT_2 * erfinv(2.0 * p - 1.0)
    } else {
        // 1 - p is exact for p >= 1/2.
        let q = 1.0 - p;
        -normal_lower_tail(q, q.ln())
    }
}

/// The normal quantile of `exp(y)`: `ndtri(exp(y))`, accurate for very negative `y`, where
/// `exp(y)` underflows, and for `y` close to 0.
///
/// `ndtri_exp(0) = inf`, `ndtri_exp(-inf) = -inf`; NaN for `y > 0`.
///
/// # Accuracy
///
/// At most 26 ULP against mpmath on the golden points (y in -[1e-300, 1e300], log-spaced, and
/// dense on [-50, 0]; SciPy 1.17.1: 4573); the largest errors are next to the zero at
/// `y = -ln 2`, where the relative error of a result near 0 is amplified.
///
/// # Examples
///
/// ```
/// use sci_special::{log_ndtr, ndtri_exp};
/// let x = ndtri_exp(-1000.0);
/// assert!((log_ndtr(x) + 1000.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.ndtri_exp.html>
pub fn ndtri_exp(y: f64) -> f64 {
    if y.is_nan() || y > 0.0 {
        return f64::NAN;
    }
    if y == 0.0 {
        return f64::INFINITY;
    }
    if y == f64::NEG_INFINITY {
        return f64::NEG_INFINITY;
    }
    // ln(1/4) and ln(3/4).
    if y < -1.386_294_361_119_890_6 {
        normal_lower_tail(y.exp(), y)
    } else if y <= -0.287_682_072_451_780_9 {
        ndtri(y.exp())
    } else {
        // 1 - exp(y) = -expm1(y), accurate for y near 0.
        let q = -y.exp_m1();
        -normal_lower_tail(q, q.ln())
    }
}
