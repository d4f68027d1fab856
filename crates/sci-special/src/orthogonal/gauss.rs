//! Gauss quadrature rules of the classical weights: `roots_legendre`, `roots_chebyt`,
//! `roots_hermite`, `roots_hermitenorm`, `roots_laguerre`, `roots_genlaguerre`,
//! `roots_jacobi`, `roots_gegenbauer`.
//!
//! Algorithm (Golub-Welsch, then Newton): the nodes are the eigenvalues of the symmetric
//! tridiagonal Jacobi matrix of the weight's three-term recurrence, found by faer's
//! tridiagonal QR algorithm without eigenvectors (O(n^2) in all); each node is then polished
//! by Newton's method on the orthonormal recurrence (O(n) per node and step), and its weight
//! is the Christoffel number `mu0 / sum_{j<n} p_j(x)^2` of the orthonormal polynomials at the
//! polished node, with a separate binary exponent so that weights far in the tails underflow
//! to 0 cleanly instead of overflowing in between. Symmetric weights get
//! exactly symmetric rules.

use faer::Par;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::evd::{
    ComputeEigenvectors, self_adjoint_evd_scratch, tridiagonal_self_adjoint_evd,
};
use sci_core::ndarray::Array1;
use sci_core::{Error, Result};

use super::recurrence::ldexp;
use crate::numeric::sinpi;

/// A Gauss quadrature rule: `sum_k w[k] f(x[k])` approximates `integral f(x) w(x) dx`, exact
/// for polynomials `f` of degree up to `2n - 1`.
///
/// SciPy's `roots_*(n)` returns `(x, w)`; with `mu=True` it also returns `mu`, the integral
/// of the weight function (the sum of the weights), here a field.
#[derive(Debug, Clone, PartialEq)]
pub struct GaussRule {
    /// The nodes, in increasing order.
    pub x: Array1<f64>,
    /// The weights, one per node.
    pub w: Array1<f64>,
    /// The integral of the weight function over its interval (SciPy's `mu=True` result).
    pub mu: f64,
}

/// The three-term recurrence of the monic orthogonal polynomials of a weight:
/// `p_{j+1} = (x - a_j) p_j - b_j p_{j-1}`, with `mu0 = integral of the weight`.
struct Recurrence {
    /// Diagonal of the Jacobi matrix, `a_0 .. a_{n-1}`.
    a: Vec<f64>,
    /// `sqrt(b_j)`, `j = 1 .. n` (the off-diagonal of the Jacobi matrix for `j < n`, and
    /// `sqrt(b_n)` last, used by the weights).
    sqrt_b: Vec<f64>,
    /// `mu0` as `mantissa * 2^exponent`.
    mu0: (f64, i64),
    /// Whether the weight is even (nodes symmetric about 0).
    symmetric: bool,
}

fn check_n(n: usize) -> Result<()> {
    if n == 0 {
        return Err(Error::invalid_argument(
            "n",
            n,
            "must be a positive integer",
        ));
    }
    Ok(())
}

/// `exp(log_value)` as `mantissa * 2^exponent`, for values beyond `f64`'s range.
fn split_exp(value: f64, log_value: f64) -> (f64, i64) {
    if value.is_finite() && value > 0.0 && value.is_normal() {
        (value, 0)
    } else {
        let e = (log_value / std::f64::consts::LN_2).floor();
        let m = (log_value - e * std::f64::consts::LN_2).exp();
        (m, e as i64)
    }
}

/// Eigenvalues of the Jacobi matrix (ascending).
fn eigenvalues(rec: &Recurrence, n: usize) -> Result<Vec<f64>> {
    let diag = faer::Col::<f64>::from_fn(n, |i| rec.a[i]);
    let sub = faer::Col::<f64>::from_fn(n, |i| if i + 1 < n { rec.sqrt_b[i] } else { 0.0 });
    let mut s = faer::Col::<f64>::zeros(n);
    let scratch =
        self_adjoint_evd_scratch::<f64>(n, ComputeEigenvectors::No, Par::Seq, Default::default());
    let mut buffer = MemBuffer::new(scratch);
    tridiagonal_self_adjoint_evd(
        diag.as_diagonal(),
        sub.as_diagonal(),
        s.as_diagonal_mut(),
        None,
        Par::Seq,
        MemStack::new(&mut buffer),
        Default::default(),
    )
    .map_err(|_| Error::DidNotConverge {
        method: "Golub-Welsch (tridiagonal QR)".into(),
        iterations: 30 * n,
        detail: format!("Jacobi matrix of order {n}"),
    })?;
    Ok((0..n).map(|i| s[i]).collect())
}

/// Orthonormal recurrence at `x`: `(p_n, p_n', sum_{j<n} p_j^2, e)`, with the common factor
/// `2^e` taken out of `p_n`, `p_n'` (and `2^(2e)` out of the sum); `p_0 = 1`, i.e. without
/// the `1 / sqrt(mu0)` normalisation.
fn orthonormal(rec: &Recurrence, n: usize, x: f64) -> (f64, f64, f64, i64) {
    // 2^300: the squares in the Christoffel sum stay within range.
    let big = 2f64.powi(300);
    let small = 2f64.powi(-300);
    let (mut p_prev, mut p) = (0.0f64, 1.0f64);
    let (mut d_prev, mut d) = (0.0f64, 0.0f64);
    let mut sum = 0.0f64;
    let mut e = 0i64;
    for j in 0..n {
        sum += p * p;
        let b_prev = if j == 0 { 0.0 } else { rec.sqrt_b[j - 1] };
        let t = x - rec.a[j];
        let p_next = (t * p - b_prev * p_prev) / rec.sqrt_b[j];
        let d_next = (t * d + p - b_prev * d_prev) / rec.sqrt_b[j];
        p_prev = p;
        p = p_next;
        d_prev = d;
        d = d_next;
        if p.abs() > big || d.abs() > big {
            p *= small;
            p_prev *= small;
            d *= small;
            d_prev *= small;
            sum *= small * small;
            e += 300;
        }
    }
    (p, d, sum, e)
}

/// Newton polishing of a node, and its Christoffel weight `mu0 / sum_{j<n} p_j(x)^2`
/// (a sum of positive terms: stable, and insensitive to the last bits of the node).
fn polish(rec: &Recurrence, n: usize, guess: f64) -> (f64, f64) {
    let mut x = guess;
    let (mut sum, mut e) = (1.0, 0);
    let mut last = f64::INFINITY;
    for _ in 0..10 {
        let (p, d, s, ex) = orthonormal(rec, n, x);
        (sum, e) = (s, ex);
        let dx = p / d;
        if !dx.is_finite() || dx.abs() >= 0.5 * last {
            // Not converging any more: the corrections are rounding noise.
            break;
        }
        x -= dx;
        last = dx.abs();
        // Converged: the Christoffel sum changes by O(n dx / x) relative, far below eps.
        if dx.abs() <= 4.0 * f64::EPSILON * x.abs() {
            break;
        }
    }
    let (mu_m, mu_e) = rec.mu0;
    (x, ldexp(mu_m / sum, mu_e - 2 * e))
}

fn rule_from_recurrence(rec: &Recurrence, n: usize) -> Result<GaussRule> {
    rule_from_guesses(rec, n, &eigenvalues(rec, n)?)
}

fn rule_from_guesses(rec: &Recurrence, n: usize, guesses: &[f64]) -> Result<GaussRule> {
    let mu = ldexp(rec.mu0.0, rec.mu0.1);
    let mut x = vec![0.0; n];
    let mut w = vec![0.0; n];
    if rec.symmetric {
        // Polish the upper half and mirror it; the middle node of an odd rule is 0.
        for k in n / 2..n {
            let guess = if n % 2 == 1 && k == n / 2 {
                0.0
            } else {
                guesses[k].abs()
            };
            let (xk, wk) = polish(rec, n, guess);
            let xk = if n % 2 == 1 && k == n / 2 { 0.0 } else { xk };
            x[k] = xk;
            w[k] = wk;
            x[n - 1 - k] = -xk;
            w[n - 1 - k] = wk;
        }
    } else {
        for k in 0..n {
            let (xk, wk) = polish(rec, n, guesses[k]);
            x[k] = xk;
            w[k] = wk;
        }
    }
    Ok(GaussRule {
        x: Array1::from(x),
        w: Array1::from(w),
        mu,
    })
}

/// Gauss-Legendre rule: weight 1 on `[-1, 1]`, `mu = 2`.
///
/// Nodes are the zeros of `P_n`: Golub-Welsch eigenvalues (faer's tridiagonal QR) for
/// `n <= 100`, Tricomi's asymptotic zeros above, Newton-polished on the recurrence (O(n) per
/// node), with Christoffel weights; exactly symmetric.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Nodes within 2.3e-16 of SciPy 1.17.1's (absolute, relative to the largest node) for
/// n = 1..10, 50, 100, 1000, 5000; weights within 1e-10 relative of SciPy's for n <= 100 and
/// within SciPy's own error (up to 1e-6 at n = 5000) for n >= 1000; the rule integrates `x^k`, `k < 2n`, to
/// 1e-13 relative (tests/properties_orthogonal.rs).
///
/// # Examples
///
/// ```
/// use sci_special::roots_legendre;
/// let rule = roots_legendre(3)?;
/// assert!((rule.x[2] - (0.6f64).sqrt()).abs() < 1e-15);
/// assert!((rule.w[1] - 8.0 / 9.0).abs() < 1e-15);
/// // integral of x^4 over [-1, 1]
/// let s: f64 = rule.x.iter().zip(&rule.w).map(|(x, w)| w * x.powi(4)).sum();
/// assert!((s - 0.4).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - G. H. Golub, J. H. Welsch, "Calculation of Gauss quadrature rules", Math. Comp. 23
///   (1969) 221-230.
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_legendre.html>
pub fn roots_legendre(n: usize) -> Result<GaussRule> {
    check_n(n)?;
    let rec = Recurrence {
        a: vec![0.0; n],
        sqrt_b: (1..=n)
            .map(|j| {
                let j = j as f64;
                j / ((2.0 * j - 1.0) * (2.0 * j + 1.0)).sqrt()
            })
            .collect(),
        mu0: (2.0, 0),
        symmetric: true,
    };
    if n <= 100 {
        return rule_from_recurrence(&rec, n);
    }
    // Tricomi's asymptotic zeros, x_k ~ (1 - 1/(8n^2) + 1/(8n^3)) cos(pi (4k - 1) / (4n + 2))
    // (k = 1..n from the right), accurate to O(n^-4): Newton converges from them in a few
    // steps, O(n) per node, with no eigenvalue problem.
    let nf = n as f64;
    let factor = 1.0 - 1.0 / (8.0 * nf * nf) + 1.0 / (8.0 * nf * nf * nf);
    let guesses: Vec<f64> = (1..=n)
        .rev()
        .map(|k| factor * (std::f64::consts::PI * (4.0 * k as f64 - 1.0) / (4.0 * nf + 2.0)).cos())
        .collect();
    rule_from_guesses(&rec, n, &guesses)
}

/// Gauss-Chebyshev rule of the first kind: weight `(1 - x^2)^(-1/2)` on `[-1, 1]`, `mu = pi`.
///
/// Closed form: `x_k = cos((2k - 1) pi / (2n))`, every weight `pi / n` (computed with an exact
/// argument reduction, so the nodes are correctly placed to about 1 ULP). O(n).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0`.
///
/// # Accuracy
///
/// Nodes within 1.2e-16 and weights equal to SciPy 1.17.1's for n = 1..10, 50, 100, 1000, 5000.
///
/// # Examples
///
/// ```
/// use sci_special::roots_chebyt;
/// let rule = roots_chebyt(2)?;
/// assert!((rule.x[1] - 0.5f64.sqrt()).abs() < 1e-15);
/// assert!((rule.mu - std::f64::consts::PI).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF 3.5.23: <https://dlmf.nist.gov/3.5#v>
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_chebyt.html>
pub fn roots_chebyt(n: usize) -> Result<GaussRule> {
    check_n(n)?;
    let nf = n as f64;
    let x = (0..n)
        .map(|k| sinpi((2.0 * k as f64 + 1.0 - nf) / (2.0 * nf)))
        .collect::<Vec<_>>();
    Ok(GaussRule {
        x: Array1::from(x),
        w: Array1::from_elem(n, std::f64::consts::PI / nf),
        mu: std::f64::consts::PI,
    })
}

/// Gauss-Hermite rule (physicists'): weight `exp(-x^2)` on the real line, `mu = sqrt(pi)`.
///
/// Golub-Welsch eigenvalues, Newton polishing on the orthonormal recurrence, Christoffel
/// weights with a separate exponent (the outer weights underflow to 0 for large `n`, as in
/// SciPy). Exactly symmetric. O(n^2) in all.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0`.
///
/// # Accuracy
///
/// Nodes within 5.4e-16 of SciPy 1.17.1's (absolute, relative to the largest node) for
/// n = 1..10, 50, 100, 1000; weights within 1e-10 relative of SciPy's for n <= 100 and
/// within SciPy's own error (7e-13) for n >= 1000; the rule integrates `x^k`, `k < 2n`, to
/// 1e-13 relative (tests/properties_orthogonal.rs).
///
/// # Examples
///
/// ```
/// use sci_special::roots_hermite;
/// let rule = roots_hermite(2)?;
/// assert!((rule.x[1] - 0.5f64.sqrt()).abs() < 1e-15);
/// assert!((rule.w.sum() - std::f64::consts::PI.sqrt()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - G. H. Golub, J. H. Welsch, Math. Comp. 23 (1969) 221-230.
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_hermite.html>
pub fn roots_hermite(n: usize) -> Result<GaussRule> {
    check_n(n)?;
    let rec = Recurrence {
        a: vec![0.0; n],
        sqrt_b: (1..=n).map(|j| (j as f64 / 2.0).sqrt()).collect(),
        mu0: (std::f64::consts::PI.sqrt(), 0),
        symmetric: true,
    };
    rule_from_recurrence(&rec, n)
}

/// Gauss-Hermite rule (probabilists'): weight `exp(-x^2/2)`, `mu = sqrt(2 pi)`.
///
/// As [`roots_hermite`], on the recurrence of `He_n`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0`.
///
/// # Accuracy
///
/// Nodes within 5.4e-16 of SciPy 1.17.1's (absolute, relative to the largest node) for
/// n = 1..10, 50, 100, 1000; weights within 1e-10 relative of SciPy's for n <= 100 and
/// within SciPy's own error (1.4e-12) for n >= 1000; the rule integrates `x^k`, `k < 2n`, to
/// 1e-13 relative (tests/properties_orthogonal.rs).
///
/// # Examples
///
/// ```
/// use sci_special::roots_hermitenorm;
/// let rule = roots_hermitenorm(3)?;
/// assert!((rule.x[2] - 3f64.sqrt()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_hermitenorm.html>
pub fn roots_hermitenorm(n: usize) -> Result<GaussRule> {
    check_n(n)?;
    let rec = Recurrence {
        a: vec![0.0; n],
        sqrt_b: (1..=n).map(|j| (j as f64).sqrt()).collect(),
        mu0: ((2.0 * std::f64::consts::PI).sqrt(), 0),
        symmetric: true,
    };
    rule_from_recurrence(&rec, n)
}

/// Gauss-Laguerre rule with weight `x^alpha exp(-x)` on `[0, inf)`, `alpha > -1`,
/// `mu = Gamma(alpha + 1)`.
///
/// Golub-Welsch eigenvalues, Newton polishing on the orthonormal recurrence, Christoffel
/// weights with a separate exponent. O(n^2) in all. SciPy 1.17.1 returns NaN weights for
/// `n >= 1000` (overflow in its weight formula); these weights are finite (or underflow to 0).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0`, or `alpha <= -1` or NaN (SciPy returns NaN nodes
/// there).
///
/// # Accuracy
///
/// Nodes within 4.1e-16 of SciPy 1.17.1's (absolute, relative to the largest node) for
/// n = 1..10, 50, 100, 1000; weights within 1e-10 relative of SciPy's for n <= 100 and
/// within SciPy's own error (SciPy's weights are NaN for n >= 1000) for n >= 1000; the rule integrates `x^k`, `k < 2n`, to
/// 1e-13 relative (tests/properties_orthogonal.rs).
///
/// # Examples
///
/// ```
/// use sci_special::roots_genlaguerre;
/// let rule = roots_genlaguerre(1, 0.5)?;
/// assert!((rule.x[0] - 1.5).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - G. H. Golub, J. H. Welsch, Math. Comp. 23 (1969) 221-230.
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_genlaguerre.html>
pub fn roots_genlaguerre(n: usize, alpha: f64) -> Result<GaussRule> {
    check_n(n)?;
    if alpha.is_nan() || alpha <= -1.0 {
        return Err(Error::invalid_argument(
            "alpha",
            alpha,
            "must be greater than -1",
        ));
    }
    let rec = Recurrence {
        a: (0..n).map(|j| 2.0 * j as f64 + alpha + 1.0).collect(),
        sqrt_b: (1..=n)
            .map(|j| (j as f64).sqrt() * (j as f64 + alpha).sqrt())
            .collect(),
        mu0: split_exp(crate::gamma(alpha + 1.0), crate::gammaln(alpha + 1.0)),
        symmetric: false,
    };
    rule_from_recurrence(&rec, n)
}

/// Gauss-Laguerre rule, weight `exp(-x)` on `[0, inf)`, `mu = 1`: [`roots_genlaguerre`] with
/// `alpha = 0`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0`.
///
/// # Accuracy
///
/// As [`roots_genlaguerre`].
///
/// # Examples
///
/// ```
/// use sci_special::roots_laguerre;
/// let rule = roots_laguerre(2)?;
/// assert!((rule.x[0] - (2.0 - 2f64.sqrt())).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_laguerre.html>
pub fn roots_laguerre(n: usize) -> Result<GaussRule> {
    roots_genlaguerre(n, 0.0)
}

/// The Jacobi recurrence of weight `(1-x)^a (1+x)^b`.
fn jacobi_recurrence(n: usize, a: f64, b: f64) -> Recurrence {
    let s = a + b;
    let diag = (0..n)
        .map(|j| {
            let c = 2.0 * j as f64 + s;
            if j == 0 {
                (b - a) / (s + 2.0)
            } else {
                (b - a) * s / (c * (c + 2.0))
            }
        })
        .collect();
    let sqrt_b = (1..=n)
        .map(|j| {
            let j = j as f64;
            let c = 2.0 * j + s;
            if j == 1.0 {
                // b_1 = 4 (1+a)(1+b) / ((2+s)^2 (3+s))
                2.0 / (2.0 + s) * ((1.0 + a) * (1.0 + b) / (3.0 + s)).sqrt()
            } else {
                2.0 / c * (j * (j + a) * (j + b) * (j + s) / ((c + 1.0) * (c - 1.0))).sqrt()
            }
        })
        .collect();
    // mu0 = 2^(a+b+1) B(a+1, b+1), the power of 2 split into integer and fraction parts.
    let t = s + 1.0;
    let (ti, tf) = (t.floor(), t - t.floor());
    let beta = crate::beta(a + 1.0, b + 1.0);
    let mu0 = if beta.is_normal() && beta.is_finite() {
        (beta * tf.exp2(), ti as i64)
    } else {
        split_exp(
            f64::NAN,
            t * std::f64::consts::LN_2 + crate::betaln(a + 1.0, b + 1.0),
        )
    };
    Recurrence {
        a: diag,
        sqrt_b,
        mu0,
        symmetric: a == b,
    }
}

/// Gauss-Jacobi rule: weight `(1-x)^alpha (1+x)^beta` on `[-1, 1]`, `alpha, beta > -1`,
/// `mu = 2^(alpha+beta+1) B(alpha+1, beta+1)`.
///
/// Golub-Welsch eigenvalues, Newton polishing, Christoffel weights. O(n^2) in all.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0` or `alpha <= -1` or `beta <= -1` (SciPy raises).
///
/// # Accuracy
///
/// Nodes within 5.6e-16 of SciPy 1.17.1's (absolute, relative to the largest node) for
/// n = 1..10, 50, 100, 1000; weights within 1e-10 relative of SciPy's for n <= 100 and
/// within SciPy's own error (up to 6e-8; sci's agree with mpmath to 2e-12 at n = 5000) for n >= 1000; the rule integrates `x^k`, `k < 2n`, to
/// 1e-13 relative (tests/properties_orthogonal.rs).
///
/// # Examples
///
/// ```
/// use sci_special::roots_jacobi;
/// let rule = roots_jacobi(1, 0.5, 1.5)?;
/// // the node is the zero of P_1^(a,b): x = (b - a) / (a + b + 2)
/// assert!((rule.x[0] - 0.25).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - G. H. Golub, J. H. Welsch, Math. Comp. 23 (1969) 221-230.
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_jacobi.html>
pub fn roots_jacobi(n: usize, alpha: f64, beta: f64) -> Result<GaussRule> {
    check_n(n)?;
    if alpha.is_nan() || alpha <= -1.0 {
        return Err(Error::invalid_argument(
            "alpha",
            alpha,
            "must be greater than -1",
        ));
    }
    if beta.is_nan() || beta <= -1.0 {
        return Err(Error::invalid_argument(
            "beta",
            beta,
            "must be greater than -1",
        ));
    }
    rule_from_recurrence(&jacobi_recurrence(n, alpha, beta), n)
}

/// Gauss-Gegenbauer rule: weight `(1 - x^2)^(alpha - 1/2)` on `[-1, 1]`, `alpha > -1/2`,
/// `mu = sqrt(pi) Gamma(alpha + 1/2) / Gamma(alpha + 1)`.
///
/// The Jacobi rule with `alpha = beta = alpha - 1/2`; `alpha = 0` is the Chebyshev rule
/// [`roots_chebyt`], as in SciPy.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n = 0`, or `alpha <= -1/2` or NaN (SciPy returns NaN
/// nodes there).
///
/// # Accuracy
///
/// Nodes within 1.2e-16 of SciPy 1.17.1's (absolute, relative to the largest node) for
/// n = 1..10, 50, 100, 1000; weights within 1e-10 relative of SciPy's for n <= 100 and
/// within SciPy's own error (up to 5e-10) for n >= 1000; the rule integrates `x^k`, `k < 2n`, to
/// 1e-13 relative (tests/properties_orthogonal.rs).
///
/// # Examples
///
/// ```
/// use sci_special::{roots_gegenbauer, roots_legendre};
/// // alpha = 1/2 is the Legendre weight
/// let (g, l) = (roots_gegenbauer(4, 0.5)?, roots_legendre(4)?);
/// assert!((g.x[3] - l.x[3]).abs() < 1e-15 && (g.w[0] - l.w[0]).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.roots_gegenbauer.html>
pub fn roots_gegenbauer(n: usize, alpha: f64) -> Result<GaussRule> {
    check_n(n)?;
    if alpha.is_nan() || alpha <= -0.5 {
        return Err(Error::invalid_argument(
            "alpha",
            alpha,
            "must be greater than -1/2",
        ));
    }
    if alpha == 0.0 {
        return roots_chebyt(n);
    }
    let a = alpha - 0.5;
    let mut rec = jacobi_recurrence(n, a, a);
    // mu0 = B(1/2, alpha + 1/2), more accurate than the Jacobi form for large alpha.
    rec.mu0 = split_exp(
        crate::beta(0.5, alpha + 0.5),
        crate::betaln(0.5, alpha + 0.5),
    );
    rule_from_recurrence(&rec, n)
}
