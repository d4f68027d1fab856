//! Laguerre polynomials `L_n(x)` and generalized Laguerre polynomials `L_n^(alpha)(x)`, by
//! the recurrence `(k+1) L_{k+1} = (2k+1+alpha-x) L_k - (k+alpha) L_{k-1}` in double-double
//! arithmetic.

use super::double_double::DoubleDouble as Dd;
use super::recurrence::{limit_at_infinity, three_term};

/// Generalized Laguerre polynomial `L_n^(alpha)(x)`, integer degree `n`, real `alpha > -1`.
///
/// Orthogonal on `[0, inf)` with weight `x^alpha exp(-x)`. SciPy's conventions: `alpha <= -1`
/// (or NaN) gives NaN, negative `n` gives 0. Any real `x` is accepted; at `x = ±inf` the
/// result is the limit (the leading coefficient is `(-1)^n / n!`).
///
/// The coefficients `2k+1+alpha-x` and `k+alpha` are formed exactly and the recurrence runs
/// in double-double arithmetic: full relative accuracy next to the zeros. Cost O(n).
///
/// # Accuracy
///
/// At most 450 ULP (measured: 407; median 0; the worst points are the floats nearest the zeros, where SciPy 1.17.1 loses all digits) against mpmath (320 bits) on 1200 points: degrees 0..3000, `alpha` in
/// `(-1, 100]`, `x` in `[0, 1.2 (4n + 2 alpha + 2)]` (uniform and at the zeros), negative `x`
/// and `x` up to `1e5`.
///
/// # Examples
///
/// ```
/// use sci_special::eval_genlaguerre;
/// // L_2^(a)(x) = ((a+1)(a+2) - 2(a+2)x + x^2) / 2
/// let (a, x) = (0.5, 1.5);
/// let exact = ((a + 1.0) * (a + 2.0) - 2.0 * (a + 2.0) * x + x * x) / 2.0;
/// assert!((eval_genlaguerre(2, a, x) - exact).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 18.9.1, table 18.9.1: <https://dlmf.nist.gov/18.9>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.eval_genlaguerre.html>
pub fn eval_genlaguerre(n: i64, alpha: f64, x: f64) -> f64 {
    if alpha.is_nan() || alpha <= -1.0 || x.is_nan() {
        return f64::NAN;
    }
    if n < 0 {
        return 0.0;
    }
    let n = n.unsigned_abs();
    if n == 0 {
        return 1.0;
    }
    if x.is_infinite() {
        let sign = if n.is_multiple_of(2) { 1.0 } else { -1.0 };
        return limit_at_infinity(n, sign, x);
    }
    // L_1^(alpha)(x) = 1 + alpha - x, exactly.
    let p1 = Dd::sum(1.0, alpha).add_f64(-x);
    three_term(n, Dd::ONE, p1, |k, p, q| {
        let k = k as f64;
        let a = Dd::sum(2.0 * k + 1.0, alpha).add_f64(-x);
        let b = Dd::sum(k, alpha);
        (a * p - b * q).div_f64(k + 1.0)
    })
    .to_f64()
}

/// Laguerre polynomial `L_n(x) = L_n^(0)(x)`, integer degree `n`.
///
/// Orthogonal on `[0, inf)` with weight `exp(-x)`. Negative `n` gives 0 (SciPy's
/// convention). See [`eval_genlaguerre`].
///
/// # Accuracy
///
/// At most 600 ULP (measured: 532; median 0; the worst points are the floats nearest the zeros, where SciPy 1.17.1 loses all digits) against mpmath (320 bits) on 1200 points: degrees 0..3000, `x` in
/// `[0, 1.2 (4n + 2)]` (uniform and at the zeros), negative `x` and `x` up to `1e5`.
///
/// # Examples
///
/// ```
/// use sci_special::eval_laguerre;
/// // L_2(x) = (x^2 - 4x + 2) / 2
/// assert!((eval_laguerre(2, 3.0) - (-0.5)).abs() < 1e-15);
/// ```
///
/// # References
///
/// - DLMF 18.9.1: <https://dlmf.nist.gov/18.9>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.eval_laguerre.html>
pub fn eval_laguerre(n: i64, x: f64) -> f64 {
    eval_genlaguerre(n, 0.0, x)
}
