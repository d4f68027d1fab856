//! The Huber loss `huber` and its smooth variant `pseudo_huber`.
//!
//! Algorithm: closed forms; `pseudo_huber = delta^2 (sqrt(1 + (r/delta)^2) - 1)` is evaluated
//! as `r * (r / (hypot(1, r/delta) + 1))`, free of cancellation and of overflow in `r^2`.

/// The Huber loss: `r^2 / 2` for `|r| <= delta`, `delta (|r| - delta / 2)` beyond; `inf` for
/// `delta < 0`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (delta and r log-spaced in [1e-10, 1e10],
/// r of both signs).
///
/// # Examples
///
/// ```
/// use sci_special::huber;
/// assert!((huber(1.0, 0.5) - 0.125).abs() < 4e-16);
/// assert!((huber(1.0, 3.0) - 2.5).abs() < 4e-16);
/// ```
///
/// # References
///
/// Huber, *Robust Estimation of a Location Parameter*, Ann. Math. Stat. 35 (1964);
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.huber.html>
pub fn huber(delta: f64, r: f64) -> f64 {
    if delta.is_nan() || r.is_nan() {
        f64::NAN
    } else if delta < 0.0 {
        f64::INFINITY
    } else if r.abs() <= delta {
        0.5 * r * r
    } else {
        delta * (r.abs() - 0.5 * delta)
    }
}

/// The pseudo-Huber loss `delta^2 (sqrt(1 + (r / delta)^2) - 1)`; `inf` for `delta < 0`, `0`
/// for `delta = 0` or `r = 0`.
///
/// # Accuracy
///
/// At most 2 ULP against mpmath on the golden points (delta and r log-spaced in [1e-10, 1e10],
/// r of both signs).
///
/// # Examples
///
/// ```
/// use sci_special::pseudo_huber;
/// assert!((pseudo_huber(1.0, 1.0) - (2f64.sqrt() - 1.0)).abs() < 4e-16);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.pseudo_huber.html>
pub fn pseudo_huber(delta: f64, r: f64) -> f64 {
    if delta.is_nan() || r.is_nan() {
        f64::NAN
    } else if delta < 0.0 {
        f64::INFINITY
    } else if delta == 0.0 || r == 0.0 {
        0.0
    } else if r.is_infinite() {
        f64::INFINITY
    } else {
        let t = r / delta;
        if t.is_infinite() {
            // |r / delta| overflows: sqrt(1 + t^2) - 1 = |t| - 1 to far below an ulp.
            return delta * (r.abs() - delta);
        }
        r * (r / (1.0f64.hypot(t) + 1.0))
    }
}
