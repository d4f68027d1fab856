//! `solve_discrete_lyapunov`: `A X Aᴴ − X + Q = 0`, directly (the `n² × n²` Kronecker system)
//! or through the bilinear (Cayley) transformation to a continuous Lyapunov equation, chosen
//! by size as SciPy does.

use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use super::dense::{C, CheckedLu, adjoint, from_c64, to_c64};
use super::lyapunov::continuous;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// SciPy's `method` of `solve_discrete_lyapunov`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_discrete_lyapunov_with, DiscreteLyapunovMethod, DiscreteLyapunovOptions};
///
/// let a = array![[0.5_f64]];
/// let q = array![[3.0_f64]];
/// for method in [DiscreteLyapunovMethod::Direct, DiscreteLyapunovMethod::Bilinear] {
///     let x = solve_discrete_lyapunov_with(&a, &q, &DiscreteLyapunovOptions::default().method(method))?;
///     assert!((x[[0, 0]] - 4.0).abs() < 1e-14); // q / (1 − a²)
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_discrete_lyapunov.html>
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiscreteLyapunovMethod {
    /// `'direct'`: `(I − A ⊗ Ā) vec X = vec Q`, O(n⁶) time and O(n⁴) memory.
    Direct,
    /// `'bilinear'`: `B = (Aᴴ − I)(Aᴴ + I)⁻¹`, `C = 2 (A + I)⁻¹ Q (Aᴴ + I)⁻¹`, then
    /// `Bᴴ X + X B = −C`; O(n³). Needs `A + I` invertible.
    Bilinear,
}

/// The optional arguments of [`solve_discrete_lyapunov_with`].
///
/// # Examples
///
/// ```
/// use sci_linalg::{DiscreteLyapunovMethod, DiscreteLyapunovOptions};
///
/// let o = DiscreteLyapunovOptions::default().method(DiscreteLyapunovMethod::Bilinear);
/// assert_eq!(o.method, Some(DiscreteLyapunovMethod::Bilinear));
/// assert_eq!(DiscreteLyapunovOptions::default().method, None); // chosen by size
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DiscreteLyapunovOptions {
    /// SciPy's `method`: `None` (default) picks [`DiscreteLyapunovMethod::Direct`] for
    /// `n < 10` and [`DiscreteLyapunovMethod::Bilinear`] otherwise, as SciPy does.
    pub method: Option<DiscreteLyapunovMethod>,
    /// Whether a NaN or infinity in the input is an error (`true`).
    pub check_finite: bool,
    /// Return a solution even when a system is numerically singular (where SciPy's `solve`
    /// warns with `LinAlgWarning`, or its `?trsyl` perturbs); `false` by default.
    pub accept_ill_conditioned: bool,
}

impl Default for DiscreteLyapunovOptions {
    fn default() -> Self {
        Self {
            method: None,
            check_finite: true,
            accept_ill_conditioned: false,
        }
    }
}

setters!(DiscreteLyapunovOptions {
    check_finite: bool,
    accept_ill_conditioned: bool
});

impl DiscreteLyapunovOptions {
    /// Sets `method`.
    #[must_use]
    pub fn method(mut self, method: DiscreteLyapunovMethod) -> Self {
        self.method = Some(method);
        self
    }
}

/// The solution `X` of the discrete Lyapunov (Stein) equation `A X Aᴴ − X + Q = 0`: SciPy's
/// `scipy.linalg.solve_discrete_lyapunov(a, q)`.
///
/// The method follows SciPy's default: the Kronecker system for `n < 10`, the bilinear
/// transformation otherwise (see [`DiscreteLyapunovMethod`]). Computed in complex double
/// precision; real input returns the real part.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a` or `q`; [`Error::ShapeMismatch`] if their
/// orders differ; [`Error::NonFinite`]; [`Error::SingularMatrix`] when the system is singular
/// (`λᵢ λ̄ⱼ = 1` for eigenvalues of `A`; for the bilinear method also an eigenvalue −1) and
/// [`Error::IllConditioned`] when nearly so, as SciPy raises and warns.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_discrete_lyapunov;
///
/// let a = array![[0.2_f64, 0.5], [0.7, -0.9]];
/// let q = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// let x = solve_discrete_lyapunov(&a, &q)?;
/// assert!((x[[0, 0]] - 0.70872893).abs() < 1e-8);
/// assert!((x[[1, 1]] + 2.4266315).abs() < 1e-7);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_discrete_lyapunov.html>
/// - Z. Gajić and M. T. J. Qureshi, *Lyapunov Matrix Equation in System Stability and
///   Control*, Dover, 2008 (the bilinear transformation).
pub fn solve_discrete_lyapunov<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    q: impl AsArray<'b, T, Ix2>,
) -> Result<Array2<T>> {
    solve_discrete_lyapunov_with(a, q, &DiscreteLyapunovOptions::default())
}

/// [`solve_discrete_lyapunov`] with SciPy's `method` and the options `check_finite` and
/// `accept_ill_conditioned`.
///
/// # Errors
///
/// As [`solve_discrete_lyapunov`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_discrete_lyapunov_with, DiscreteLyapunovMethod, DiscreteLyapunovOptions};
///
/// let a = array![[0.2_f64, 0.5], [0.7, -0.9]];
/// let q = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// let bilinear = DiscreteLyapunovOptions::default().method(DiscreteLyapunovMethod::Bilinear);
/// let x = solve_discrete_lyapunov_with(&a, &q, &bilinear)?;
/// let residual = a.dot(&x).dot(&a.t()) - &x + &q;
/// assert!(residual.iter().all(|r| r.abs() < 1e-12));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_discrete_lyapunov.html>
pub fn solve_discrete_lyapunov_with<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    q: impl AsArray<'b, T, Ix2>,
    options: &DiscreteLyapunovOptions,
) -> Result<Array2<T>> {
    let (a, q) = (view(a), view(q));
    let n = validate::square_order("a", &a)?;
    validate::square_order("q", &q)?;
    if q.dim() != (n, n) {
        return Err(Error::shape_mismatch(
            "solve_discrete_lyapunov: a and q should have the same shape",
            a.shape(),
            q.shape(),
        ));
    }
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("q", &q, options.check_finite)?;
    let method = options.method.unwrap_or(if n >= 10 {
        DiscreteLyapunovMethod::Bilinear
    } else {
        DiscreteLyapunovMethod::Direct
    });
    let (a, q) = (to_c64(&a), to_c64(&q));
    let accept = options.accept_ill_conditioned;
    let x = match method {
        DiscreteLyapunovMethod::Direct => direct::<T>(&a, &q, accept)?,
        DiscreteLyapunovMethod::Bilinear => bilinear::<T>(&a, &q, accept)?,
    };
    Ok(from_c64(&x))
}

/// `(I − A ⊗ Ā) vec X = vec Q` with row-major `vec`: entry `(i n + j, k n + l)` of the
/// Kronecker product is `aᵢₖ āⱼₗ`, which maps `X` to `A X Aᴴ`.
fn direct<T: Scalar>(a: &Array2<C>, q: &Array2<C>, accept: bool) -> Result<Array2<C>> {
    let n = a.nrows();
    if n == 0 {
        return Ok(q.clone());
    }
    let nn = n * n;
    let mut lhs = Array2::<C>::zeros((nn, nn));
    for i in 0..n {
        for j in 0..n {
            let row = i * n + j;
            for k in 0..n {
                for l in 0..n {
                    lhs[[row, k * n + l]] = -(a[[i, k]] * a[[j, l]].conj());
                }
            }
            lhs[[row, row]] += C::new(1.0, 0.0);
        }
    }
    let rhs = Array2::from_shape_fn((nn, 1), |(r, _)| q[[r / n, r % n]]);
    let lu = CheckedLu::new::<T>(&lhs, "I − A ⊗ conj(A)", accept)?;
    let x = lu.solve(&rhs);
    Ok(Array2::from_shape_fn((n, n), |(i, j)| x[[i * n + j, 0]]))
}

/// With `W = (A + I)⁻¹`: `Bᴴ = W (A − I)` and `C = 2 W Q Wᴴ`, then the continuous equation
/// `Bᴴ X + X B = −C`.
fn bilinear<T: Scalar>(a: &Array2<C>, q: &Array2<C>, accept: bool) -> Result<Array2<C>> {
    let n = a.nrows();
    if n == 0 {
        return Ok(q.clone());
    }
    let eye = Array2::<C>::eye(n);
    let w = CheckedLu::new::<T>(&(a + &eye), "A + I", accept)?.inverse();
    let bh = w.dot(&(a - &eye));
    let c = w.dot(q).dot(&adjoint(&w)).mapv(|v| v * -2.0);
    continuous::<T>(&bh, &c, accept)
}
