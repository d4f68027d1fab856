//! `solve_continuous_lyapunov` (and its old name `solve_lyapunov`): `A X + X Aᴴ = Q`, the
//! Sylvester equation with `B = Aᴴ`, which needs a single Schur decomposition.

use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use super::SylvesterOptions;
use super::dense::{C, adjoint, from_c64, to_c64};
use super::triangular;
use crate::decompositions::{SchurOptions, schur_complex};
use crate::scalar::Scalar;
use crate::validate;

/// The solution `X` of the continuous Lyapunov equation `A X + X Aᴴ = Q`: SciPy's
/// `scipy.linalg.solve_continuous_lyapunov(a, q)`.
///
/// Bartels–Stewart with one complex Schur form `A = U R Uᴴ`: `R Y + Y Rᴴ = Uᴴ Q U` (the
/// second coefficient lower triangular, solved from the last column), `X = U Y Uᴴ`. Real
/// input returns the real part. O(n³).
///
/// # Errors
///
/// "expected square matrix" for a non-square `a` or `q`; [`Error::ShapeMismatch`] if their
/// orders differ; [`Error::NonFinite`]; [`Error::SingularMatrix`] when two eigenvalues of `A`
/// sum to zero (`λᵢ + λ̄ⱼ = 0`, e.g. an eigenvalue on the imaginary axis) and
/// [`Error::IllConditioned`] when they nearly do: SciPy warns with a `RuntimeWarning` there
/// and returns LAPACK's perturbed solution, which
/// [`SylvesterOptions::accept_ill_conditioned`] gives.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_continuous_lyapunov;
///
/// let a = array![[-3.0_f64, -2.0, 0.0], [-1.0, -1.0, 0.0], [0.0, -5.0, -1.0]];
/// let q = array![[1.0_f64, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];
/// let x = solve_continuous_lyapunov(&a, &q)?;
/// assert!((x[[0, 0]] + 0.75).abs() < 1e-13);
/// assert!((x[[2, 2]] + 27.0625).abs() < 1e-12);
/// let residual = a.dot(&x) + x.dot(&a.t()) - &q;
/// assert!(residual.iter().all(|r| r.abs() < 1e-12));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_continuous_lyapunov.html>
/// - R. H. Bartels and G. W. Stewart, "Solution of the matrix equation AX + XB = C",
///   *Comm. ACM* 15(9), 1972, 820–826.
pub fn solve_continuous_lyapunov<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    q: impl AsArray<'b, T, Ix2>,
) -> Result<Array2<T>> {
    solve_continuous_lyapunov_with(a, q, &SylvesterOptions::default())
}

/// [`solve_continuous_lyapunov`] with the options `check_finite` and
/// `accept_ill_conditioned`.
///
/// # Errors
///
/// As [`solve_continuous_lyapunov`]; with `accept_ill_conditioned`, no singularity error.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_continuous_lyapunov_with, SylvesterOptions};
///
/// // Eigenvalues 1 and −1 sum to zero: SciPy warns and perturbs.
/// let a = array![[1.0_f64, 0.0], [0.0, -1.0]];
/// let q = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// assert!(solve_continuous_lyapunov_with(&a, &q, &SylvesterOptions::default()).is_err());
/// let lenient = SylvesterOptions::default().accept_ill_conditioned(true);
/// let x = solve_continuous_lyapunov_with(&a, &q, &lenient)?;
/// assert_eq!(x, array![[0.5, 0.0], [0.0, -0.5]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_continuous_lyapunov.html>
pub fn solve_continuous_lyapunov_with<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    q: impl AsArray<'b, T, Ix2>,
    options: &SylvesterOptions,
) -> Result<Array2<T>> {
    let (a, q) = (view(a), view(q));
    let n = validate::square_order("a", &a)?;
    validate::square_order("q", &q)?;
    if q.dim() != (n, n) {
        return Err(Error::shape_mismatch(
            "solve_continuous_lyapunov: a and q should have the same shape",
            a.shape(),
            q.shape(),
        ));
    }
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("q", &q, options.check_finite)?;
    let x = continuous::<T>(&to_c64(&a), &to_c64(&q), options.accept_ill_conditioned)?;
    Ok(from_c64(&x))
}

/// The old name of [`solve_continuous_lyapunov`]: SciPy's `scipy.linalg.solve_lyapunov`.
///
/// # Errors
///
/// As [`solve_continuous_lyapunov`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_lyapunov;
///
/// let x = solve_lyapunov(&array![[-1.0_f64]], &array![[-2.0_f64]])?;
/// assert!((x[[0, 0]] - 1.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_continuous_lyapunov.html>
#[doc(alias = "solve_continuous_lyapunov")]
pub fn solve_lyapunov<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    q: impl AsArray<'b, T, Ix2>,
) -> Result<Array2<T>> {
    solve_continuous_lyapunov(a, q)
}

/// `X` with `A X + X Aᴴ = Q` for validated square `a`, `q` of one order.
pub(crate) fn continuous<T: Scalar>(
    a: &Array2<C>,
    q: &Array2<C>,
    accept: bool,
) -> Result<Array2<C>> {
    if a.is_empty() {
        return Ok(q.clone());
    }
    let f = schur_complex(a, &SchurOptions::default().check_finite(false))?;
    let rh = adjoint(&f.t);
    let floor = triangular::check_pivots::<T>(&f.t, &rh, accept)?;
    let rhs = adjoint(&f.z).dot(q).dot(&f.z);
    let y = triangular::solve(&f.t, &rh, false, &rhs, &floor);
    Ok(f.z.dot(&y).dot(&adjoint(&f.z)))
}
