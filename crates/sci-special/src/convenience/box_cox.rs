//! The Box-Cox power transforms `boxcox`, `boxcox1p` and their inverses `inv_boxcox`,
//! `inv_boxcox1p`.
//!
//! Algorithm: `(x^lmbda - 1) / lmbda = expm1(lmbda ln x) / lmbda`, which tends to `ln x` as
//! `lmbda -> 0` without cancellation, and `(pow(x, lmbda) - 1) / lmbda` where
//! `|lmbda ln x| > 1` (no cancellation there, and no amplified rounding of `lmbda ln x`;
//! for `boxcox1p` the rounding of `1 + x` is carried as a first-order correction); the inverses are `exp(log1p(lmbda y) / lmbda)` and
//! `expm1(log1p(lmbda y) / lmbda)`. Cost: two libm calls.

/// The Box-Cox transform `(x^lmbda - 1) / lmbda`, or `ln x` for `lmbda = 0`.
///
/// NaN for `x < 0`; at `x = 0` it is `-1 / lmbda` for `lmbda > 0` and `-inf` otherwise.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x log-spaced in [1e-10, 1e10], lmbda
/// in ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, where `|lmbda ln x| <= 30`); SciPy 1.17.1:
/// 15 ULP.
///
/// # Examples
///
/// ```
/// use sci_special::boxcox;
/// assert!((boxcox(4.0, 0.5) - 2.0).abs() < 1e-15);
/// assert!((boxcox(4.0, 0.0) - 4.0f64.ln()).abs() < 1e-15);
/// ```
///
/// # References
///
/// Box & Cox, *An analysis of transformations*, J. R. Stat. Soc. B 26 (1964);
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.boxcox.html>
pub fn boxcox(x: f64, lmbda: f64) -> f64 {
    if lmbda.abs() < 1e-19 {
        return x.ln();
    }
    let arg = lmbda * x.ln();
    if arg.abs() > 1.0 {
        // Far from 1, x^lmbda - 1 does not cancel, and libm's pow is accurate to an ulp where
        // the rounding of lmbda ln x would cost |lmbda ln x| / 2 of them.
        (x.powf(lmbda) - 1.0) / lmbda
    } else {
        arg.exp_m1() / lmbda
    }
}

/// The Box-Cox transform of `1 + x`: `((1 + x)^lmbda - 1) / lmbda`, or `ln(1 + x)` for
/// `lmbda = 0`, accurate for small `|x|`.
///
/// NaN for `x < -1`; at `x = -1` it is `-1 / lmbda` for `lmbda > 0` and `-inf` otherwise.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (x in ±[1e-300, 1e10] log-spaced with
/// x > -1, lmbda in ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, where
/// `|lmbda ln(1 + x)| <= 30`); SciPy 1.17.1: 7 ULP.
///
/// # Examples
///
/// ```
/// use sci_special::boxcox1p;
/// assert!((boxcox1p(1e-10, 2.0) - 1.000_000_000_05e-10).abs() < 1e-24);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.boxcox1p.html>
pub fn boxcox1p(x: f64, lmbda: f64) -> f64 {
    let lgx = x.ln_1p();
    if lmbda.abs() < 1e-19 || (lgx.abs() < 1e-289 && lmbda.abs() < 1e273) {
        return lgx;
    }
    let arg = lmbda * lgx;
    if arg.abs() > 1.0 && arg.is_finite() {
        // (1 + x)^lmbda with 1 + x = s + e exactly (two-sum), e entering to first order:
        // no cancellation in the final subtraction, and libm's pow instead of the amplified
        // rounding of lmbda log1p(x).
        let s = 1.0 + x;
        let bb = s - 1.0;
        let e = (1.0 - (s - bb)) + (x - bb);
        let p = s.powf(lmbda);
        (p + p * (lmbda * e / s) - 1.0) / lmbda
    } else {
        arg.exp_m1() / lmbda
    }
}

/// The inverse of [`boxcox`]: `(1 + lmbda y)^(1 / lmbda)`, or `exp(y)` for `lmbda = 0`.
///
/// NaN where `1 + lmbda y < 0`.
///
/// # Accuracy
///
/// At most 4 ULP against mpmath on the golden points (y in ±[1e-300, 10] log-spaced, lmbda in
/// ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, where `1 + lmbda y > 0` and the result is within
/// `[1e-30, 1e30]`).
///
/// # Examples
///
/// ```
/// use sci_special::{boxcox, inv_boxcox};
/// assert!((inv_boxcox(boxcox(3.0, 0.7), 0.7) - 3.0).abs() < 1e-14);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.inv_boxcox.html>
pub fn inv_boxcox(y: f64, lmbda: f64) -> f64 {
    if lmbda == 0.0 {
        return y.exp();
    }
    ((lmbda * y).ln_1p() / lmbda).exp()
}

/// The inverse of [`boxcox1p`]: `(1 + lmbda y)^(1 / lmbda) - 1`, or `expm1(y)` for
/// `lmbda = 0`, accurate for small results.
///
/// NaN where `1 + lmbda y < 0`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (y in ±[1e-300, 10] log-spaced, lmbda in
/// ±[1e-4, 5], some in ±[1e-300, 1e-4] and 0, where `1 + lmbda y > 0` and the result is within
/// `[1e-30, 1e30]` in magnitude).
///
/// # Examples
///
/// ```
/// use sci_special::{boxcox1p, inv_boxcox1p};
/// assert!((inv_boxcox1p(boxcox1p(1e-3, 0.7), 0.7) - 1e-3).abs() < 4e-17);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.inv_boxcox1p.html>
pub fn inv_boxcox1p(y: f64, lmbda: f64) -> f64 {
    if lmbda == 0.0 {
        return y.exp_m1();
    }
    let t = lmbda * y;
    if t.abs() < 1e-154 {
        // log1p(lmbda y) / lmbda = y (1 - lmbda y / 2 + ...) = y to far below an ulp, and
        // lmbda y itself may have lost digits to underflow. (SciPy 1.17.1 returns y here,
        // which is wrong unless y is tiny.)
        return y.exp_m1();
    }
    (t.ln_1p() / lmbda).exp_m1()
}
