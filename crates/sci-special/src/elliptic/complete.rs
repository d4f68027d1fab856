//! Complete elliptic integrals `K(m)`, `K(1 - p)` and `E(m)`: `K` by the arithmetic-geometric
//! mean (Gauss: `K(m) = pi / (2 AGM(1, sqrt(1 - m)))`, DLMF 19.8.5), `E` through Carlson's
//! `R_F` and `R_D` in a form whose terms are all non-negative (DLMF 19.25.1, 19.21.10).
//!
//! `ellipk` on `0 <= m < 1` has a faster path without square roots (tables in
//! `complete_table.rs`, fitted by `xtask/golden/special/fit_ellipk.py`): 24 polynomials of
//! degree 10 in `p = 1 - m` for `p > 1/8` (eight per binade of `p`), and below, the
//! logarithmic form `K = P(p) - ln(p) Q(p)` of DLMF 19.12.1 with `P` and `Q` polynomials; every
//! constant term is a double-double added by an exact two-sum, and Horner's rule uses separate
//! multiply and add (`f64::mul_add` is a library call on a generic x86-64 build).

use super::carlson::elliprd;
use super::complete_table::{K_LOG_P, K_LOG_Q, K_P_PIECES};
use crate::numeric::two_product;

/// The arithmetic-geometric mean of two positive finite numbers (quadratic convergence: at
/// most ~10 steps for any ratio of the inputs representable in `f64`).
pub(crate) fn agm(mut a: f64, mut b: f64) -> f64 {
    for _ in 0..64 {
        // Once |a - b| < 4e-8 a the next arithmetic mean is the limit to within eps / 2:
        // AGM - (a + b)/2 ~ (a - b)^2 / (16 a).
        if (a - b).abs() <= 4e-8 * a {
            break;
        }
        let next = 0.5 * (a + b);
        b = (a * b).sqrt();
        a = next;
    }
    0.5 * (a + b)
}

/// `K(1 - p)` for `p > 0` finite: `pi / (2 AGM(1, sqrt p))`, and near the logarithmic
/// singularity (`p < 1e-9`) and for `m -> -inf` (`p > 1e9`) the expansion
/// `K(1 - p) = L + p (L - 1) / 4 + O(p² L)`, `L = ln(4 / sqrt p)` (DLMF 19.12.1), with
/// `K(1 - p) = K(1 - 1/p) / sqrt p` (DLMF 19.7.5) for large `p`.
fn k_of_complement(p: f64) -> f64 {
    const LN_4: f64 = 1.386_294_361_119_890_6;
    if p < 1e-9 {
        let l = LN_4 - 0.5 * p.ln();
        return (0.25 * p).mul_add(l - 1.0, l);
    }
    if p > 1e9 {
        let l = LN_4 + 0.5 * p.ln();
        let s = p.sqrt();
        return ((l - 1.0) / (4.0 * p) + l) / s;
    }
    std::f64::consts::FRAC_PI_2 / agm(1.0, p.sqrt())
}

/// Horner's rule with separate multiply and add (an FMA is a library call on a generic x86-64
/// build) on all coefficients but the constant term, then that term, a double-double in the
/// last two entries, added by an exact two-sum: `(hi, lo)` with the roundings of the
/// polynomial's tail scaled down by `|s q(s)| / |c0|`.
///
/// The tail is evaluated as two interleaved Horner chains, `A(s) s^k + B(s)`, halving the
/// dependency chain; `|s| <= 1/8` keeps `A`'s share (degrees 5 and up), and its roundings, tiny.
#[inline(always)]
fn poly_dd<const N: usize>(s: f64, row: &[f64; N]) -> (f64, f64) {
    let split = (N - 2) / 2;
    let mut a = row[0];
    for &c in &row[1..split] {
        a = a * s + c;
    }
    let mut b = row[split];
    let mut sk = s;
    for &c in &row[split + 1..N - 2] {
        b = b * s + c;
        sk *= s;
    }
    let q = a * sk + b;
    let t = q * s;
    let c0 = row[N - 2];
    let hi = c0 + t;
    (hi, ((c0 - hi) + t) + row[N - 1])
}

/// `K(m)` for `0 <= m < 1` from the tables of `complete_table` (no square root, at most one
/// logarithm): pieces in `p = 1 - m` down to `p = 1/8`, and `K = P(p) - ln(p) Q(p)` below, the
/// product carried exactly.
#[inline(always)]
fn ellipk_unit(m: f64) -> f64 {
    let p = 1.0 - m;
    if p > 0.125 {
        // Sign, exponent and top three significand bits of p pick the piece (1/8 has biased
        // exponent 1020); p = 1 (m = 0) is the right end of the last piece. p = 1 - m is exact
        // for m >= 1/2, and below its rounding moves K by at most a tenth of an ULP.
        let top = (p.to_bits() >> 49).min((1022 << 3) + 7);
        let i = (top - (1020 << 3)) as usize;
        let s = p - f64::from_bits((top << 49) | (1 << 48));
        let (hi, lo) = poly_dd(s, &K_P_PIECES[i.min(K_P_PIECES.len() - 1)]);
        return hi + lo;
    }
    let (ph, pl) = poly_dd(p, &K_LOG_P);
    let (qh, ql) = poly_dd(p, &K_LOG_Q);
    let l = -p.ln();
    let (lq, lq_lo) = two_product(l, qh);
    let hi = lq + ph;
    // lq = -ln(p) Q(p) >= ln(8) / 2 can be below ph (about ln 4): the fast two-sum's condition
    // |lq| >= |ph| may fail, so the error of the leading sum is taken by the full two-sum.
    let bb = hi - lq;
    let err = (lq - (hi - bb)) + (ph - bb);
    hi + (err + lq_lo + l * ql + pl)
}

/// The complete elliptic integral of the first kind, `K(m) = ∫_0^{pi/2} dθ / sqrt(1 - m sin²θ)`.
///
/// SciPy's parameter convention `m = k²`. Defined for `m <= 1` (including every negative `m`);
/// `K(1) = inf`, NaN for `m > 1`, and `K(-inf) = 0`, as in SciPy. On `0 <= m < 1`, piecewise
/// polynomials in `p = 1 - m` and, for `p <= 1/8`, `K = P(p) - ln(p) Q(p)` (DLMF 19.12.1);
/// for `m < 0`, the arithmetic-geometric mean `K(m) = pi / (2 AGM(1, sqrt(1 - m)))`.
///
/// # Accuracy
///
/// At most 2 ULP on 1005 points: `m ~ U(0, 1)`, `1 - m` in `[1e-16, 0.5]`, `|m|` in
/// `[1e-300, 1e300]` with both signs, measured against mpmath; at most 1 ULP of those on
/// `0 <= m < 1` (the 2 ULP are at negative `m`).
///
/// # Examples
///
/// ```
/// use sci_special::ellipk;
/// assert!((ellipk(0.0) - std::f64::consts::FRAC_PI_2).abs() < 1e-15);
/// assert!((ellipk(0.5) - 1.854_074_677_301_372).abs() < 1e-15);
/// assert!(ellipk(1.0).is_infinite() && ellipk(2.0).is_nan());
/// ```
///
/// # References
///
/// - DLMF 19.2.8, 19.8.5, 19.12.1; C. F. Gauss's arithmetic-geometric mean.
/// - SciPy: `scipy.special.ellipk`.
pub fn ellipk(m: f64) -> f64 {
    if m.is_nan() || m > 1.0 {
        return f64::NAN;
    }
    if m == 1.0 {
        return f64::INFINITY;
    }
    if m == f64::NEG_INFINITY {
        return 0.0;
    }
    if m >= 0.0 {
        return ellipk_unit(m);
    }
    k_of_complement(1.0 - m)
}

/// `K(1 - p)`, the complete elliptic integral of the first kind near its logarithmic
/// singularity: accurate for tiny `p`, where `ellipk(1.0 - p)` would round `1 - p`.
///
/// Defined for `p >= 0`: `ellipkm1(0) = inf`, `ellipkm1(inf) = 0`, NaN for `p < 0`, as in
/// SciPy. Computed as `pi / (2 AGM(1, sqrt p))`.
///
/// # Accuracy
///
/// At most 2 ULP on 1000 points with `p` in `[1e-300, 1e300]` (log-spaced) and `U(0, 1)`,
/// measured against mpmath.
///
/// # Examples
///
/// ```
/// use sci_special::ellipkm1;
/// // K(1 - p) ~ ln(4 / sqrt p) for tiny p.
/// let p = 1e-300_f64;
/// assert!((ellipkm1(p) - (4.0f64.ln() - 0.5 * p.ln())).abs() < 1e-12);
/// ```
///
/// # References
///
/// - DLMF 19.8.5, 19.12.1.
/// - SciPy: `scipy.special.ellipkm1`.
pub fn ellipkm1(p: f64) -> f64 {
    if p.is_nan() || p < 0.0 {
        return f64::NAN;
    }
    if p == 0.0 {
        return f64::INFINITY;
    }
    if p.is_infinite() {
        return 0.0;
    }
    k_of_complement(p)
}

/// The complete elliptic integral of the second kind, `E(m) = ∫_0^{pi/2} sqrt(1 - m sin²θ) dθ`.
///
/// SciPy's parameter convention `m = k²`. Defined for `m <= 1`: `E(1) = 1`, `E(-inf) = inf`,
/// NaN for `m > 1`, as in SciPy. With `p = 1 - m`, `E = 2 R_G(0, p, 1)` is evaluated as
/// `p K(m) + p (1 - p) R_D(0, 1, p) / 3` for `p <= 1` and
/// `K(m) + (p - 1) R_D(0, p, 1) / 3` for `p > 1` (all terms non-negative, DLMF 19.21.10).
///
/// # Accuracy
///
/// At most 3 ULP on 1005 points: `m ~ U(0, 1)`, `1 - m` in `[1e-16, 0.5]`, `|m|` in
/// `[1e-300, 1e300]` with both signs, measured against mpmath.
///
/// # Examples
///
/// ```
/// use sci_special::ellipe;
/// assert!((ellipe(0.0) - std::f64::consts::FRAC_PI_2).abs() < 1e-15);
/// assert!((ellipe(0.5) - 1.350_643_881_047_675_5).abs() < 1e-15);
/// assert_eq!(ellipe(1.0), 1.0);
/// ```
///
/// # References
///
/// - DLMF 19.2.8, 19.25.1, 19.21.10.
/// - SciPy: `scipy.special.ellipe`.
pub fn ellipe(m: f64) -> f64 {
    if m.is_nan() || m > 1.0 {
        return f64::NAN;
    }
    if m == 1.0 {
        return 1.0;
    }
    if m == f64::NEG_INFINITY {
        return f64::INFINITY;
    }
    let p = 1.0 - m;
    let k = k_of_complement(p);
    if p <= 1.0 {
        p * k + p * m * elliprd(0.0, 1.0, p) / 3.0
    } else {
        k + (p - 1.0) * elliprd(0.0, p, 1.0) / 3.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::testing::ulp_distance;

    #[test]
    fn tables_agree_with_the_agm() {
        // Every piece and both sides of p = 1/8 against the arithmetic-geometric mean (itself
        // within a few ULP of K).
        for k in 0..10_000 {
            let m = f64::from(k) * 1e-4;
            let d = ulp_distance(ellipk(m), k_of_complement(1.0 - m));
            assert!(d <= 4, "ellipk({m}): table and AGM {d} ULP apart");
        }
        for e in 0..=48 {
            let m = 1.0 - 0.125 * 0.5f64.powi(e) * 1.3;
            let d = ulp_distance(ellipk(m), k_of_complement(1.0 - m));
            assert!(d <= 4, "ellipk({m}): log form and AGM {d} ULP apart");
        }
        assert_eq!(ellipk(0.0), std::f64::consts::FRAC_PI_2);
        assert_eq!(ellipk(-0.0), std::f64::consts::FRAC_PI_2);
    }
}
