//! The Riemann zeta function `zeta`, `zetac = zeta - 1` and the Hurwitz zeta function
//! `zeta_hurwitz` (SciPy's `zeta(x, q)`).
//!
//! Algorithm. For `s > 0`, `s != 1`, the Euler-Maclaurin formula (DLMF 25.11.5 with 2.10.1)
//!
//! `zeta(s, q) = sum_{k<N} (q + k)^(-s) + a^(1-s) / (s - 1) + a^(-s) / 2
//!     + sum_j B_2j / (2j)! s (s + 1) ... (s + 2j - 2) a^(-s-2j+1)`,  `a = q + N`,
//!
//! with `N` such that `a >= max(10, s)` (the correction series then converges fast), the
//! direct sum stopped early once its tail is below the rounding (large `s`), and `s - 1`
//! passed exactly so that `zeta(1 + e) = 1 / e + euler + ...` keeps its relative accuracy.
//! `zetac(x) = zeta(x, 2)` for `x > 1` (no cancellation for large `x`). On `0 < s < 1`, where
//! that sum cancels, a Chebyshev fit of the entire function `(s - 1) zeta(s)`. For `s < 0` the
//! reflection formula `zeta(s) = 2 sin(pi s / 2) Gamma(1 - s) zeta(1 - s) / (2 pi)^(1 - s)`
//! (DLMF 25.4.1), with `sin(pi s / 2)` exact at the trivial zeros, the powers of `2 pi`
//! corrected for the rounding of `2 pi`, and the duplication formula (DLMF 5.5.5) splitting
//! `Gamma(1 - s)` where it overflows before the result does.

use std::f64::consts::PI;

use super::digamma::digamma;
use super::real_gamma::gamma;
use crate::numeric::DoubleDouble as Dd;
use crate::numeric::{polevl, sinpi};

/// `B_2j / (2j)!` for j = 1 to 15 (DLMF 24.2.1; mpmath).
const BERNOULLI_OVER_FACTORIAL: [f64; 15] = [
    0.083_333_333_333_333_33,
    -0.001_388_888_888_888_889,
    3.306_878_306_878_307e-5,
    -8.267_195_767_195_768e-7,
    2.087_675_698_786_81e-8,
    -5.284_190_138_687_493e-10,
    1.338_253_653_068_467_9e-11,
    -3.389_680_296_322_582_7e-13,
    8.586_062_056_277_845e-15,
    -2.174_868_698_558_062e-16,
    5.509_002_828_360_229_5e-18,
    -1.395_446_468_581_252_2e-19,
    3.534_707_039_629_467e-21,
    -8.953_517_427_037_546e-23,
    2.267_952_452_337_683e-24,
];

/// `(s - 1) zeta(s)` on `[0, 1]` (an entire function): mpmath `chebyfit`, degree 14, absolute
/// error below `1e-23`; coefficients from degree 14 down to 0. On `(0, 1)` the
/// Euler-Maclaurin sum cancels (its terms are ten times the result).
const ZETA_TIMES_S_MINUS_ONE: [f64; 15] = [
    2.995_852_673_482_674e-14,
    2.492_042_756_987_499e-14,
    -9.618_919_361_719_283e-12,
    1.594_351_936_260_363_2e-10,
    -1.061_015_003_250_915e-9,
    -4.853_465_300_595_313_6e-9,
    1.743_804_108_723_289_6e-7,
    -1.469_761_809_353_043_7e-6,
    -6.397_503_139_227_025e-7,
    0.000_122_641_395_750_511_97,
    -0.000_905_894_976_471_374_1,
    -0.002_393_033_477_250_009,
    0.084_239_694_749_619_69,
    0.418_938_533_204_672_7,
    0.5,
];

/// `2 pi` as a double-double.
const TWO_PI: f64 = std::f64::consts::TAU;
const TWO_PI_LO: f64 = 2.449_293_598_294_706_4e-16;

/// `ln(2 pi) / 2 = -zeta'(0) / zeta(0)`... the Taylor coefficients of `zeta` at 0:
/// `zeta(s) = -1/2 - (ln(2 pi) / 2) s + O(s^2)`.
const HALF_LN_2PI: f64 = 0.918_938_533_204_672_8;

/// `ln(2 pi)`.
const LN_2PI: f64 = 1.837_877_066_409_345_5;

/// Largest number of terms summed for `zeta(x, q)` with a negative `q`.
const MAX_SHIFT: f64 = 67_108_864.0;

/// `zeta(s, q)` for `s > 0`, `s != 1`, `q > 0` finite; `sm1 = s - 1` given exactly.
pub(crate) fn hurwitz_positive(s: f64, sm1: f64, q: f64) -> f64 {
    let a_min = s.max(10.0);
    let n = (a_min - q).ceil().max(0.0);
    let mut sum = 0.0;
    let mut k = 0.0;
    while k < n {
        let base = q + k;
        let term = base.powf(-s);
        sum += term;
        // The tail sum_{j>k} (q + j)^(-s) is below term (q + k) / (s - 1).
        if sm1 > 0.0 && term * base <= 1e-17 * sm1 * sum {
            return sum;
        }
        k += 1.0;
    }
    let a = q + n;
    let pw = a.powf(-s);
    let mut tail = a.powf(-sm1) / sm1 + 0.5 * pw;
    if pw != 0.0 {
        let inv_a2 = 1.0 / (a * a);
        let mut fac = s / a * pw;
        for (j, &b) in BERNOULLI_OVER_FACTORIAL.iter().enumerate() {
            let term = b * fac;
            tail += term;
            if term.abs() <= 1e-18 * (sum + tail).abs() {
                break;
            }
            let j = j as f64;
            fac *= (s + 2.0 * j + 1.0) * (s + 2.0 * j + 2.0) * inv_a2;
        }
    }
    sum + tail
}

/// `(2 pi)^(-x)` for `x >= 0`, corrected for the rounding of `2 pi`.
fn two_pi_pow_neg(x: f64) -> f64 {
    TWO_PI.powf(-x) * (1.0 - x * (TWO_PI_LO / TWO_PI))
}

/// `zeta(s)` for `s < 0` by the reflection formula.
fn zeta_reflected(s: f64) -> f64 {
    let sp = sinpi(0.5 * s);
    if sp == 0.0 {
        return 0.0;
    }
    // a = 1 - s rounded, with its rounding error `lo`: a - 1 = -s is exact (the pole term),
    // and the rest is corrected to first order, d/da ln(Gamma(a) (2 pi)^-a) = psi(a) - ln(2 pi).
    let a_dd = Dd::from_f64(1.0) + Dd::from_f64(-s);
    let (a, lo) = (a_dd.hi, a_dd.lo);
    let za = hurwitz_positive(a, -s, 1.0) * (1.0 + (digamma(a) - LN_2PI) * lo);
    if a <= 171.0 {
        return 2.0 * sp * gamma(a) * za * two_pi_pow_neg(a);
    }
    // Gamma(a) = 2^(a-1) Gamma(a/2) Gamma(a/2 + 1/2) / sqrt(pi).
    let h = 0.5 * a;
    let g1 = gamma(h) * two_pi_pow_neg(h);
    let g2 = gamma(h + 0.5) * two_pi_pow_neg(h);
    let v = 2.0 * sp * za * g1 * (g2 / PI.sqrt());
    v * (a - 1.0).exp2()
}

/// The Riemann zeta function `zeta(x) = sum_{k>=1} k^(-x)`, continued to all real `x`.
///
/// SciPy's `zeta(x)` (with `q` omitted). Pole at `x = 1` (`inf`); `zeta(0) = -1/2`; zeros at
/// the negative even integers (exact 0); `zeta(inf) = 1`; NaN at `-inf` and NaN; overflows to
/// `±inf` for `x < -260` where the value does.
///
/// # Accuracy
///
/// At most 5 ULP against mpmath on `-260 < x < 1001` (1059 points: `x - 1` log-spaced from
/// 1e-15, `(0, 1)`, tiny `|x|`, the negative axis and close to the trivial zeros; SciPy: 1e12
/// ULP, near the zeros): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::zeta;
///
/// let pi = std::f64::consts::PI;
/// assert!((zeta(2.0) - pi * pi / 6.0).abs() < 1e-15);
/// assert!((zeta(-1.0) + 1.0 / 12.0).abs() < 1e-16);
/// assert_eq!(zeta(-2.0), 0.0);
/// ```
///
/// # References
///
/// - DLMF 25.2, 25.4.1, 25.11.5: <https://dlmf.nist.gov/25>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.zeta.html>
pub fn zeta(x: f64) -> f64 {
    if x.is_nan() || x == f64::NEG_INFINITY {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return 1.0;
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x.abs() < 1e-9 {
        // zeta(s) = -1/2 - (ln(2 pi) / 2) s - 1.0032 s^2 + ...: the last term is negligible.
        return -0.5 - HALF_LN_2PI * x;
    }
    if x > 1.0 {
        return hurwitz_positive(x, x - 1.0, 1.0);
    }
    if x > 0.0 {
        return polevl(x, &ZETA_TIMES_S_MINUS_ONE) / (x - 1.0);
    }
    zeta_reflected(x)
}

/// `zeta(x) - 1`, accurate for large `x` where it tends to 0 (`zetac(x) ~ 2^(-x)`).
///
/// SciPy's `zetac`. Pole at 1 (`inf`); `zetac(inf) = 0`; NaN at `-inf` and NaN. For `x > 1`
/// it is `sum_{k>=2} k^(-x)`, computed as such (no cancellation).
///
/// # Accuracy
///
/// At most 5 ULP against mpmath on `-200 < x < 1001` (1000 points, `x - 1` log-spaced from
/// 1e-15; SciPy: 4e18 ULP, it returns 0 where `zetac` is still a normal number, e.g.
/// `zetac(1000) = 9.3e-302`): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::zetac;
///
/// // zetac(60) = 2^-60 + 3^-60 + ... (SciPy: 8.673617380119933e-19).
/// assert!((zetac(60.0) / 8.673_617_380_119_933e-19 - 1.0).abs() < 1e-15);
/// assert!((zetac(2.0) - 0.644_934_066_848_226_4).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 25.2.1: <https://dlmf.nist.gov/25.2>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.zetac.html>
pub fn zetac(x: f64) -> f64 {
    if x.is_nan() || x == f64::NEG_INFINITY {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return 0.0;
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x > 1.0 {
        return hurwitz_positive(x, x - 1.0, 2.0);
    }
    zeta(x) - 1.0
}

/// The Hurwitz zeta function `zeta(x, q) = sum_{k>=0} (q + k)^(-x)`: SciPy's `zeta(x, q)`.
///
/// Defined for `x > 1`; `inf` at `x = 1`, NaN for `x < 1` (SciPy's domain). For `q > 0` the
/// series; for a negative non-integer `q` and an integer `x` the finite sum of the terms
/// with `q + k < 0` plus `zeta(x, q + m)` (SciPy computes these too; NaN for a non-integer
/// `x`, and, a limit of this implementation, for `q < -6.7e7`); `inf` at `q = 0` and the
/// negative integers. SciPy's edge values: `zeta(x, inf) = 0`; `zeta(inf, 1) = 1`,
/// `zeta(inf, q) = inf` for `0 < q < 1` and NaN for `q > 1`.
///
/// # Accuracy
///
/// At most 4 ULP against mpmath on `1 < x < 200`, `1e-5 < q < 1e6` (1000 points, `x - 1`
/// log-spaced from 1e-12) and on integer `x` with `-20 < q < 0` (100 points; SciPy: 120 ULP
/// on the same points): see `tests/accuracy_gamma.rs`.
///
/// # Examples
///
/// ```
/// use sci_special::{zeta, zeta_hurwitz};
///
/// assert_eq!(zeta_hurwitz(3.0, 1.0), zeta(3.0));
/// // zeta(2, 1/2) = 3 zeta(2) = pi^2 / 2.
/// let pi = std::f64::consts::PI;
/// assert!((zeta_hurwitz(2.0, 0.5) - pi * pi / 2.0).abs() < 1e-14);
/// ```
///
/// # References
///
/// - DLMF 25.11.1, 25.11.5: <https://dlmf.nist.gov/25.11>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.zeta.html>
#[doc(alias = "zeta")]
pub fn zeta_hurwitz(x: f64, q: f64) -> f64 {
    if x.is_nan() || q.is_nan() {
        return f64::NAN;
    }
    if x == 1.0 {
        return f64::INFINITY;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if q <= 0.0 && q == q.floor() {
        return f64::INFINITY;
    }
    if x == f64::INFINITY {
        return if q == 1.0 {
            1.0
        } else if q > 0.0 && q < 1.0 {
            f64::INFINITY
        } else {
            f64::NAN
        };
    }
    if q == f64::INFINITY {
        return 0.0;
    }
    if q > 0.0 {
        return hurwitz_positive(x, x - 1.0, q);
    }
    // q < 0, not an integer: only integer x are defined.
    if x != x.floor() || -q > MAX_SHIFT {
        return f64::NAN;
    }
    // The terms q + k < 0 are -a_j with a_j = 1 - f + j, f = q + m in (0, 1); each is paired
    // with the positive term b_j = f + j. For odd x the pair b^-x - a^-x nearly cancels
    // when a / b is close to 1: it is then formed as a^-x expm1(x log1p((a - b) / b)),
    // a - b exact where it matters (a / b near 1). The rest is zeta(x, f + m).
    let m = (-q).ceil();
    let f = q + m;
    let odd = (0.5 * x).fract() != 0.0;
    let mut sum = 0.0;
    let mut j = 0.0;
    while j < m {
        // q + (m - 1 - j) is exact (a multiple of ulp(q), smaller in magnitude); f + j is
        // exact for |q| > 1 (and rounded once, harmlessly, for |q| < 1).
        let a = -(q + (m - 1.0 - j));
        let b = f + j;
        let d = a - b;
        sum += if odd {
            let t = x * (d / b).ln_1p();
            if t.abs() < 1.0 {
                a.powf(-x) * t.exp_m1()
            } else {
                b.powf(-x) - a.powf(-x)
            }
        } else {
            a.powf(-x) + b.powf(-x)
        };
        j += 1.0;
    }
    sum + hurwitz_positive(x, x - 1.0, f + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        let pi = PI;
        assert!((zeta(4.0) - pi.powi(4) / 90.0).abs() < 1e-15);
        assert!((zeta(0.5) + 1.460_354_508_809_586_8).abs() < 1e-14);
        assert!((zeta(-3.0) - 1.0 / 120.0).abs() < 1e-17);
        // zeta(1 + e) = 1/e + euler + O(e).
        let x = 1.0 + 1e-10;
        let e = x - 1.0;
        assert!((zeta(x) - (1.0 / e + 0.577_215_664_901_532_9)).abs() < 1e-4);
    }
}
