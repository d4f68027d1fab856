//! `2F1(a, b; c; z)` through the connection formula to `w = 1 - z` (DLMF 15.8.4), written in
//! a form that is uniform in `e = c - a - b - m`, `m` the nearest integer to `c - a - b`: the
//! two terms of 15.8.4 have poles `1/e` that cancel, and their difference is summed as one
//! series whose terms are difference quotients `(alpha_k - beta_k) / e` computed without the
//! cancellation. At `e = 0` it is the limit formula DLMF 15.8.10 with its digamma terms.
//!
//! With `m >= 0` (Euler's transformation 15.8.1 makes `m` nonnegative), 15.8.4 splits into
//!
//! - the first `m` terms of `Gamma(c) Gamma(m + e) / (Gamma(c - a) Gamma(c - b))
//!   2F1(a, b; 1 - m - e; w)`, free of `1/e`;
//! - `(-1)^m Gamma(c) / (Gamma(a) Gamma(b) Gamma(1 + m + e)) pi e / sin(pi e) w^m
//!   sum_k D_k w^k`, with `D_k = (alpha_k - beta_k) / e`,
//!   `alpha_k = (a + m)_k (b + m)_k Gamma(a + m) Gamma(b + m) Gamma(1 + m + e)
//!   / (Gamma(a + m + e) Gamma(b + m + e) Gamma(1 - e + k) (1 + m)_k m!)` and
//!   `beta_k = w^e (a + m + e)_k (b + m + e)_k / ((1 + m + e)_k k!)`.
//!
//! `D_0` is `beta_0 expm1(delta) / e` with `delta = ln(alpha_0 / beta_0)`, a sum of
//! `ln(Gamma(x + e) / Gamma(x))` that are `O(e)` with relative accuracy; then
//! `D_(k+1) = r_k D_k + beta_k (r_k - s_k) / e` from the term ratios `r_k` of `alpha` and `s_k`
//! of `beta`, whose difference divided by `e` is a rational function without the `1/e`.
//! This is the approach of N. Michel and M. V. Stoitsov (2008) for the cases near the poles.

use super::hyp2f1_gamma::{gamma_ratio_dd, ln_gamma_ratio, ln_gamma_ratio_over};
use super::hyp2f1_power::pow_dd;
use crate::numeric::{DoubleDouble, sinpi};

/// The formula is not used for `|c - a - b|` beyond this.
const MAX_M: f64 = 5000.0;
/// Nor for parameters below minus this.
const MAX_PARAMETER: f64 = 1.0e5;

/// The series in `w` gives up after this many terms (`w <= 1/2` where it is used).
const MAX_TERMS: usize = 20_000;

/// `w^outer 2F1(a, b; c; 1 - w)` for `0 < w` (about `w <= 1/2`), `s = c - a - b` exactly;
/// none of `a`, `b`, `c`, `c - a`, `c - b` a nonpositive integer. With the value comes its
/// cancellation: the sum of the magnitudes of the terms over the magnitude of the result.
/// The power `w^outer` of the caller is merged with Euler's `w^s`, which may overflow alone.
pub(super) fn hyp2f1_one_minus_z(
    a: DoubleDouble,
    b: DoubleDouble,
    c: f64,
    s: DoubleDouble,
    w: DoubleDouble,
    outer: DoubleDouble,
) -> (f64, f64) {
    let m = s.hi.round();
    let e = (s - DoubleDouble::from_f64(m)).to_f64();
    let c_dd = DoubleDouble::from_f64(c);
    let lowest = [a, b, c_dd - a, c_dd - b]
        .iter()
        .map(|x| x.hi)
        .fold(f64::INFINITY, f64::min);
    if m.abs() > MAX_M || lowest < -MAX_PARAMETER {
        // The finite part has |m| terms, and the Gamma quotients step up from the lowest
        // parameter: beyond these sizes the caller uses the series.
        return (f64::NAN, f64::INFINITY);
    }
    if m < 0.0 {
        // Euler's transformation 2F1(a, b; c; z) = w^s 2F1(c - a, c - b; c; z): the new
        // c - a - b is -s.
        let power = pow_dd(w, s + outer);
        if power == 0.0 {
            return (0.0, 1.0);
        }
        let (value, cancellation) = limit_form(c_dd - a, c_dd - b, c, -m, -e, w);
        return (power * value, cancellation);
    }
    let (value, cancellation) = limit_form(a, b, c, m, e, w);
    let power = if outer.hi == 0.0 {
        1.0
    } else {
        pow_dd(w, outer)
    };
    (power * value, cancellation)
}

/// The uniform form of 15.8.4 for `c - a - b = m + e`, `m >= 0` an integer, `|e| <= 1/2`.
fn limit_form(
    a_dd: DoubleDouble,
    b_dd: DoubleDouble,
    c: f64,
    m: f64,
    e: f64,
    w_dd: DoubleDouble,
) -> (f64, f64) {
    let w = w_dd.to_f64();
    let (a, b) = (a_dd.hi, b_dd.hi);
    let d = DoubleDouble::from_f64;
    let c_dd = d(c);
    // 1 + m + e and m + e exactly: Gamma there changes by about (m ln m) ULPs per ULP.
    let m_e = d(m) + d(e);
    let (finite, finite_size) = if m > 0.0 {
        let prefactor = gamma_ratio_dd(&[c_dd, m_e], &[c_dd - a_dd, c_dd - b_dd]);
        let mut term = 1.0f64;
        let mut sum = 1.0f64;
        let mut size = 1.0f64;
        let mut n = 0.0f64;
        while n + 1.0 < m {
            term *= (a + n) * (b + n) / ((1.0 - m - e + n) * (n + 1.0)) * w;
            sum += term;
            size += term.abs();
            n += 1.0;
        }
        (prefactor * sum, (prefactor * size).abs())
    } else {
        (0.0, 0.0)
    };

    // Gamma(1 + e) Gamma(1 - e) = pi e / sin(pi e).
    let reflection = if e == 0.0 {
        1.0
    } else {
        std::f64::consts::PI * e / sinpi(e)
    };
    let sign = if m % 2.0 == 0.0 { 1.0 } else { -1.0 };
    let prefactor = sign
        * gamma_ratio_dd(&[c_dd], &[a_dd, b_dd, m_e + d(1.0)])
        * reflection
        * pow_dd(w_dd, DoubleDouble::from_f64(m));
    if prefactor == 0.0 {
        return (finite, 1.0);
    }

    let (am, bm) = ((a_dd + d(m)).to_f64(), (b_dd + d(m)).to_f64());
    // ln alpha_0, ln beta_0 relative to Gamma(1 + m + e) / m!: alpha_0 / beta_0 = e^delta.
    let (la, sa) = ln_gamma_ratio(am, e);
    let (lb, sb) = ln_gamma_ratio(bm, e);
    let ln_w = w.ln();
    let beta0 = (e * ln_w).exp();
    let mut d = if sa * sb > 0.0 {
        // delta / e = -R(a+m) - R(b+m) + R(1, -e) + R(1+m) - ln w, R(x, e) the quotient
        // ln(Gamma(x + e) / Gamma(x)) / e (psi(x) at e = 0).
        let q = -ln_gamma_ratio_over(am, e) - ln_gamma_ratio_over(bm, e)
            + ln_gamma_ratio_over(1.0, -e)
            + ln_gamma_ratio_over(1.0 + m, e)
            - ln_w;
        let delta = q * e;
        let expm1_over = if delta == 0.0 {
            1.0
        } else {
            delta.exp_m1() / delta
        };
        beta0 * expm1_over * q
    } else {
        // Gamma(a + m) and Gamma(a + m + e) on two sides of a pole: alpha_0 and beta_0 have
        // opposite signs and their difference does not cancel.
        let l1 = ln_gamma_ratio(1.0, -e).0;
        let lm = ln_gamma_ratio(1.0 + m, e).0;
        let alpha0 = sa * sb * (-la - lb - l1 + lm).exp();
        (alpha0 - beta0) / e
    };
    let mut beta = beta0;
    let mut sum = d;
    let mut size = d.abs();
    let mut k = 0.0f64;
    let hump = a.abs().max(b.abs()) + m;
    for _ in 0..MAX_TERMS {
        let (aa, bb, kk, mm) = (am + k, bm + k, k + 1.0, m + k + 1.0);
        let r = aa * bb / ((kk - e) * mm);
        let s = (aa + e) * (bb + e) / ((mm + e) * kk);
        let r_minus_s =
            (aa * bb * (kk + mm) - (aa + bb) * kk * mm + e * mm * (aa + bb - kk) + e * e * mm)
                / ((kk - e) * mm * (mm + e) * kk);
        d = (r * d + beta * r_minus_s) * w;
        beta *= s * w;
        sum += d;
        size += d.abs();
        k += 1.0;
        if !sum.is_finite() {
            break;
        }
        let small = d.abs() <= 0.25 * f64::EPSILON * sum.abs()
            && (beta * r_minus_s * w).abs() <= 0.25 * f64::EPSILON * sum.abs();
        if small && (k > hump || (r * w).abs() < 0.5) && (r * w).abs() < 1.0 {
            break;
        }
        if d == 0.0 && beta == 0.0 {
            break;
        }
    }
    let value = finite + prefactor * sum;
    let cancellation = (finite_size + (prefactor * size).abs()) / value.abs();
    (
        value,
        if cancellation.is_nan() {
            f64::INFINITY
        } else {
            cancellation
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dd(x: f64) -> DoubleDouble {
        DoubleDouble::from_f64(x)
    }

    #[test]
    fn logarithmic_case() {
        // c - a - b = 0: 2F1(1, 1; 2; 1 - w) = -ln(w) / (1 - w), by the limit formula.
        let w = 0.25f64;
        let (value, cancellation) =
            hyp2f1_one_minus_z(dd(1.0), dd(1.0), 2.0, dd(0.0), dd(w), dd(0.0));
        let exact = -w.ln() / (1.0 - w);
        assert!(
            (value - exact).abs() <= 4.0 * f64::EPSILON * exact,
            "{value} vs {exact}"
        );
        assert!(cancellation < 4.0);
    }

    #[test]
    fn integer_and_negative_m() {
        // 2F1(a, b; b; z) = (1 - z)^-a, whose c - a - b = -a: m = -2 (Euler's branch) and
        // m = 2 with e = 1/2.
        let w = 0.125f64;
        let (value, _) = hyp2f1_one_minus_z(dd(2.0), dd(1.5), 1.5, dd(-2.0), dd(w), dd(0.0));
        let exact = w.powi(-2);
        assert!(
            (value - exact).abs() <= 8.0 * f64::EPSILON * exact,
            "{value} vs {exact}"
        );
        let (value, _) = hyp2f1_one_minus_z(dd(-2.5), dd(1.5), 1.5, dd(2.5), dd(w), dd(0.0));
        let exact = w.powf(2.5);
        assert!(
            (value - exact).abs() <= 8.0 * f64::EPSILON * exact,
            "{value} vs {exact}"
        );
    }
}
