//! The Pochhammer symbol (rising factorial) `poch(z, m) = Gamma(z + m) / Gamma(z)`.
//!
//! Algorithm. An integer `m` with `|m| <= 64`: the product `z (z + 1) ... (z + m - 1)` (or the
//! reciprocal of `(z - 1) ... (z + m)` for `m < 0`) in double-double, each factor exact,
//! which also gives the limits at the poles. Otherwise a quotient of gamma functions: in
//! double-double for `|z|, |z + m| < 20` (see `real_gamma`); for large positive `z` and
//! `|m| < 20` the ratio `Gamma(z) / Gamma(z + m)` of `beta`, arranged as powers so that the
//! error is not amplified by the exponents; `m` tiny against `z`, the series of `beta`'s
//! `ratio_far`; both `z, z + m >= 20`, Stirling's formula as `c^m (c / z)^(z - 1/2) e^(-m)
//! e^(S(c) - S(z))` with the middle factors as one small exponent when `|m| <= z / 10`;
//! elsewhere the quotient of `gamma`, or of `exp(gammaln)` with the signs where those
//! overflow. The rounding of `z + m` is corrected to first order (`psi(z + m)` times the
//! rounding error).

use super::beta::{corrected_quotient, gamma_ratio_pow, ratio_far};
use super::digamma::digamma;
use super::log_gamma::gammaln;
use super::real_gamma::{gamma, gamma_dd, gammasgn, is_nonpositive_integer};
use super::stirling::stirling_correction;
use crate::numeric::DoubleDouble as Dd;

/// Largest `|m|` computed as a product.
const PRODUCT_LIMIT: f64 = 64.0;

/// The product `z (z + 1) ... (z + k - 1)` (`step = 1`) or `(z - 1) ... (z - k)` (`step = -1`).
fn rising_product(z: f64, k: u32, step: f64) -> f64 {
    let mut p = Dd::from_f64(1.0);
    let mut j = 0u32;
    let offset = |j: u32| {
        if step > 0.0 {
            f64::from(j)
        } else {
            -f64::from(j + 1)
        }
    };
    while j < k {
        let factor = Dd::from_f64(z) + Dd::from_f64(offset(j));
        let next = p * factor;
        if !next.hi.is_finite() || next.hi == 0.0 {
            // Overflow or an exact zero: finish in plain arithmetic (the sign still matters).
            let mut v = p.hi * factor.hi;
            j += 1;
            while j < k {
                v *= z + offset(j);
                j += 1;
            }
            return v;
        }
        p = next;
        j += 1;
    }
    p.to_f64()
}

/// `Gamma(z + m) / Gamma(z)` for regular (non-pole) `z` and `z + m`, `c = z + m` rounded; the
/// flag says whether the rounding of `c` is still to be corrected (the ratios of `beta` take
/// `m` itself).
fn gamma_quotient(z: f64, m: f64, c: f64) -> (f64, bool) {
    if z >= 20.0 && m.abs() < 20.0 && c >= 10.0 {
        if z >= 1e6 * m.abs() {
            let (half_power, e) = ratio_far(z, m);
            return ((1.0 / half_power) / half_power / e, false);
        }
        return ((Dd::from_f64(1.0) / gamma_ratio_pow(z, m)).to_f64(), false);
    }
    if z.abs() < 20.0 && c.abs() < 20.0 {
        return ((gamma_dd(c) / gamma_dd(z)).to_f64(), true);
    }
    if z >= 20.0 && c >= 20.0 {
        return (poch_stirling(z, m), false);
    }
    let (gc, gz) = (gamma(c), gamma(z));
    if gc.is_finite() && gz.is_finite() && gc != 0.0 && gz != 0.0 {
        return (gc / gz, true);
    }
    let sign = gammasgn(c) * gammasgn(z);
    (sign * (gammaln(c) - gammaln(z)).exp(), true)
}

/// `log1p(y) - y` for `|y| <= 1/10`: its series `sum_{k>=2} (-1)^(k+1) y^k / k` (to `k = 20`).
fn log1p_minus_x(y: f64) -> f64 {
    let mut acc = 0.0f64;
    let mut k = 20.0f64;
    while k >= 2.0 {
        let sign = if (k * 0.5).fract() == 0.0 { -1.0 } else { 1.0 };
        acc = acc.mul_add(y, sign / k);
        k -= 1.0;
    }
    acc * y * y
}

/// `Gamma(z + m) / Gamma(z)` for `z >= 20`, `z + m >= 20`, by Stirling's formula arranged as
/// `c^m (c / z)^(z - 1/2) e^(-m) e^(S(c) - S(z))`, `c = z + m`. For `|m| <= z / 10` the middle
/// factors are `exp((z - 1/2)(log1p(y) - y) - y / 2)` with `y = m / z`: a small exponent,
/// formed without cancellation. The roundings of `c` and `y` are corrected to first order.
fn poch_stirling(z: f64, m: f64) -> f64 {
    let cs = Dd::from_f64(z) + Dd::from_f64(m);
    let (c, c_lo) = (cs.hi, cs.lo);
    let s = stirling_correction(c) - stirling_correction(z);
    let y = m / z;
    if y.abs() <= 0.1 {
        let y_lo = (-y).mul_add(z, m) / z;
        let h = z - 0.5;
        let e = h * log1p_minus_x(y) - 0.5 * y;
        // d e / d y = -h y / (1 + y) - 1/2; and c^m moves by m c_lo / c.
        let corr = (-h * y / (1.0 + y) - 0.5) * y_lo + m * c_lo / c;
        let half = c.powf(0.5 * m);
        let v = half * (e + s + corr).exp() * half;
        if v.is_finite() && v != 0.0 {
            return v;
        }
    }
    let (q, dq) = corrected_quotient(c, z, 0.0);
    // c is rounded: the quotient's base moves by c_lo / c and c^m by m c_lo / c.
    let corr = (z - 0.5) * (dq + c_lo / c) + m * c_lo / c + s;
    // c^m e^-m in two halves around the other power: no intermediate overflow.
    let half = c.powf(0.5 * m) * (-0.5 * m).exp();
    let v = half * q.powf(z - 0.5) * half * corr.exp();
    if v.is_finite() && v != 0.0 {
        return v;
    }
    ((gammaln(c) - gammaln(z)).exp()) * (1.0 + m * c_lo / c)
}

/// The Pochhammer symbol, or rising factorial, `(z)_m = Gamma(z + m) / Gamma(z)`.
///
/// SciPy's `poch(z, m)`, for real `z` and `m`; for a positive integer `m` it is
/// `z (z + 1) ... (z + m - 1)`. SciPy's values where gamma functions have poles: the limit of
/// the quotient where both `z` and `z + m` are poles (`poch(-3, 2) = 6`), 0 where only `z` is
/// (`poch(-3, 5) = 0`), `inf` where only `z + m` is (`poch(1, -1) = inf`); `poch(z, 0) = 1`;
/// NaN at NaN.
///
/// # Accuracy
///
/// At most 4 ULP against mpmath on `1e-3 < |z| < 1e12`, `|m| < 100` (1199 points, log-spaced
/// magnitudes, both signs, integer and non-integer `m`; SciPy: 126833 ULP): see
/// `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::poch;
///
/// assert!((poch(3.0, 4.0) - 360.0).abs() < 1e-12);
/// assert!((poch(0.5, 0.5) - 1.0 / std::f64::consts::PI.sqrt()).abs() < 1e-15);
/// assert_eq!(poch(-3.0, 5.0), 0.0);
/// ```
///
/// # References
///
/// - DLMF 5.2.5: <https://dlmf.nist.gov/5.2>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.poch.html>
pub fn poch(z: f64, m: f64) -> f64 {
    if z.is_nan() || m.is_nan() {
        return f64::NAN;
    }
    if m == 0.0 {
        return 1.0;
    }
    if z.is_infinite() && m == m.floor() {
        // (±inf)^m for m > 0, 0 for m < 0.
        let odd = (0.5 * m).fract() != 0.0;
        return if m < 0.0 {
            0.0
        } else if z < 0.0 && odd {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    if m == m.floor() && m.abs() <= PRODUCT_LIMIT {
        let k = m.abs() as u32;
        if m > 0.0 {
            // A zero product is +0 (SciPy's sign).
            return rising_product(z, k, 1.0) + 0.0;
        }
        let p = rising_product(z, k, -1.0);
        return if p == 0.0 { f64::INFINITY } else { 1.0 / p };
    }
    if z.is_infinite() || m.is_infinite() {
        // Gamma(z + m) / Gamma(z) grows without bound along these limits (SciPy's values).
        return if z == f64::INFINITY || (m == f64::INFINITY && z > 0.0) {
            f64::INFINITY
        } else if m == f64::NEG_INFINITY && z > 0.0 {
            0.0
        } else {
            f64::NAN
        };
    }
    let cs = Dd::from_f64(z) + Dd::from_f64(m);
    let (c, c_lo) = (cs.hi, cs.lo);
    let z_pole = is_nonpositive_integer(z);
    let c_pole = c_lo == 0.0 && is_nonpositive_integer(c);
    if z_pole && c_pole {
        // Gamma(c) / Gamma(z) -> (-1)^m Gamma(1 - z) / Gamma(1 - c) = (-1)^m (1 - c)_m.
        let sign = if (0.5 * m).fract() == 0.0 { 1.0 } else { -1.0 };
        return sign * poch(1.0 - c, m);
    }
    if z_pole {
        return 0.0;
    }
    if c_pole {
        return f64::INFINITY;
    }
    let (v, correct) = gamma_quotient(z, m, c);
    if !correct || c_lo == 0.0 || !v.is_finite() || v == 0.0 {
        return v;
    }
    v * (1.0 + digamma(c) * c_lo)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_and_quotients_agree() {
        assert!((poch(2.5, 3.0) - 2.5 * 3.5 * 4.5).abs() < 1e-13);
        assert!((poch(2.5, -2.0) - 1.0 / (1.5 * 0.5)).abs() < 1e-15);
        // Gamma(5.5) / Gamma(2.5) = 2.5 * 3.5 * 4.5, through the non-product path.
        let a = poch(2.5, 3.0 + 1e-13);
        assert!((a / 39.375 - 1.0).abs() < 1e-11);
        assert!((poch(-4.0, -2.0) - 1.0 / 30.0).abs() < 1e-16);
    }
}
