//! The polygamma functions `psi^(n)(x)`, the `n`-th derivatives of the digamma function:
//! `polygamma`.
//!
//! Algorithm. `n = 0` is [`digamma`]; for `n >= 1`, `psi^(n)(x) = (-1)^(n+1) n! zeta(n + 1, x)`
//! (DLMF 25.11.12) with the Hurwitz zeta function of `zeta`, which also covers negative
//! non-integer `x` (its finite sum of the terms with `x + k < 0`, paired against the positive
//! ones where they cancel). `n!` is exact for `n <= 22`.

use super::digamma::digamma;
use super::log_gamma::gammaln;
use super::real_gamma::gamma;
use super::zeta::zeta_hurwitz;

/// The polygamma function `psi^(n)(x) = d^n/dx^n psi(x)`, of integer order `n`.
///
/// SciPy's `polygamma(n, x)`, with `n = 0` the digamma function. SciPy's edge values (from
/// `(-1)^(n+1) n! zeta(n + 1, x)`): at the poles `x = 0, -1, -2, ...` the sign
/// `(-1)^(n+1) inf`; `polygamma(n, inf) = 0` (`+0` for odd `n`, `-0` for even `n`),
/// `polygamma(n, -inf) = (-1)^(n+1) inf`; NaN at NaN. Where `n!` overflows (`n > 170`) the
/// value is formed in logarithms (`exp(gammaln(n + 1) + ln zeta(n + 1, x))`), finite where the
/// result is (SciPy returns NaN there), with an error that grows with the exponent.
///
/// # Accuracy
///
/// At most 26 ULP against mpmath on `n` in 1..=30, `1e-3 < x < 1e3` and non-integer
/// `-20 < x < -1e-3` (1200 points, log-spaced magnitudes; SciPy: 121 ULP): see
/// `tests/accuracy_gamma.rs`. The larger errors are at negative `x`, where the terms of the
/// Hurwitz sum cancel; for `x > 0` the error is a few ULP.
///
/// # Examples
///
/// ```
/// use sci_special::polygamma;
///
/// // psi'(1) = pi^2 / 6, psi''(1) = -2 zeta(3).
/// let pi = std::f64::consts::PI;
/// assert!((polygamma(1, 1.0) - pi * pi / 6.0).abs() < 1e-15);
/// assert!((polygamma(2, 1.0) + 2.0 * 1.202_056_903_159_594_3).abs() < 1e-14);
/// assert_eq!(polygamma(0, 2.5), sci_special::digamma(2.5));
/// ```
///
/// # References
///
/// - DLMF 5.15.1, 25.11.12: <https://dlmf.nist.gov/5.15>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.polygamma.html>
pub fn polygamma(n: u32, x: f64) -> f64 {
    if n == 0 {
        return digamma(x);
    }
    if x.is_nan() {
        return f64::NAN;
    }
    let sign = if n % 2 == 1 { 1.0 } else { -1.0 };
    let s = f64::from(n) + 1.0;
    let z = zeta_hurwitz(s, x);
    if n <= 22 {
        // n! exactly.
        let factorial = (2..=n).fold(1.0, |acc, k| acc * f64::from(k));
        return sign * factorial * z;
    }
    if n <= 170 {
        let v = gamma(s) * z;
        if v.is_finite() && (v != 0.0 || z == 0.0) {
            return sign * v;
        }
    }
    if z == 0.0 || !z.is_finite() || z.is_nan() {
        return sign * z;
    }
    let magnitude = (gammaln(s) + z.abs().ln()).exp();
    sign * magnitude.copysign(z)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recurrence_holds() {
        // psi^(n)(x + 1) = psi^(n)(x) + (-1)^n n! / x^(n+1).
        for &(n, x) in &[(1u32, 0.3), (2, 1.7), (3, -2.25), (5, 4.5)] {
            let f = (1..=n).fold(1.0, |a, k| a * f64::from(k));
            let sign = if n % 2 == 0 { 1.0 } else { -1.0 };
            let lhs = polygamma(n, x + 1.0);
            let rhs = polygamma(n, x) + sign * f / x.powf(f64::from(n) + 1.0);
            let scale = polygamma(n, x).abs() + (f / x.powf(f64::from(n) + 1.0)).abs();
            assert!((lhs - rhs).abs() <= 1e-14 * scale, "n = {n}, x = {x}");
        }
    }
}
