//! `solve_discrete_are`: the stabilizing solution of the discrete-time algebraic Riccati
//! equation, optionally generalized by `e` and the cross term `s`.

use sci_core::Result;
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::view;

use super::AreOptions;
use super::are_input::checked;
use super::dense::from_c64;
use super::pencil::{Kind, stabilizing_solution};
use crate::scalar::Scalar;

/// The stabilizing solution `X` of the discrete-time algebraic Riccati equation (DARE)
/// `Aᴴ X A − X − (Aᴴ X B) (R + Bᴴ X B)⁻¹ (Bᴴ X A) + Q = 0`: SciPy's
/// `scipy.linalg.solve_discrete_are(a, b, q, r)`.
///
/// "Stabilizing": the eigenvalues of `A − B K`, `K = (R + Bᴴ X B)⁻¹ Bᴴ X A`, lie inside the
/// unit circle. `a`, `q` are `M × M`, `b` is `M × N`, `r` is `N × N`; `q` and `r` Hermitian
/// (`r` may be singular as long as `R + Bᴴ X B` is not, and `A` may be singular). The method
/// is SciPy's extended symplectic pencil (Van Dooren), balanced and compressed; its stable
/// deflating subspace is found from an ordered complex Schur form of the Cayley transform
/// `(H̃ + J̃)⁻¹ (H̃ − J̃)`, whose eigenvalues `(λ − 1)/(λ + 1)` are in the left half plane
/// exactly when `|λ| < 1`, instead of SciPy's ordered QZ. Complex arithmetic throughout; real
/// input returns the real part of the Hermitian `X`. O((M + N)³).
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`, `q` or `r`; [`sci_core::Error::ShapeMismatch`]
/// for inconsistent shapes; [`sci_core::Error::NonFinite`];
/// [`sci_core::Error::InvalidArgument`] if `q` or `r` is not Hermitian (SciPy's
/// `ValueError`); [`sci_core::Error::EmptyInput`] for `M = 0` (SciPy fails there too);
/// [`sci_core::Error::SingularMatrix`] where SciPy raises `LinAlgError`: no finite solution,
/// or no stabilizing solution (eigenvalues on or too close to the unit circle, or a singular
/// pencil); [`sci_core::Error::IllConditioned`] if `H̃ + J̃` is numerically singular (an
/// eigenvalue near −1).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_discrete_are;
///
/// // SciPy's example: r is singular, the solution is q itself.
/// let a = array![[0.0_f64, 1.0], [0.0, -1.0]];
/// let b = array![[1.0_f64, 0.0], [2.0, 1.0]];
/// let q = array![[-4.0_f64, -4.0], [-4.0, 7.0]];
/// let r = array![[9.0_f64, 3.0], [3.0, 1.0]];
/// let x = solve_discrete_are(&a, &b, &q, &r)?;
/// assert!((&x - &q).iter().all(|v| v.abs() < 1e-10));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_discrete_are.html>
/// - P. Van Dooren, "A generalized eigenvalue approach for solving Riccati equations",
///   *SIAM J. Sci. Stat. Comput.* 2(2), 1981, 121–135.
/// - W. F. Arnold and A. J. Laub, "Generalized eigenproblem algorithms and software for
///   algebraic Riccati equations", *Proc. IEEE* 72(12), 1984, 1746–1754.
pub fn solve_discrete_are<'a, 'b, 'c, 'd, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    q: impl AsArray<'c, T, Ix2>,
    r: impl AsArray<'d, T, Ix2>,
) -> Result<Array2<T>> {
    solve_discrete_are_with(a, b, q, r, &AreOptions::default())
}

/// [`solve_discrete_are`] with SciPy's keywords `e`, `s`, `balanced` (and `check_finite`):
/// the generalized DARE
/// `Aᴴ X A − Eᴴ X E − (Aᴴ X B + S) (R + Bᴴ X B)⁻¹ (Bᴴ X A + Sᴴ) + Q = 0`.
///
/// # Errors
///
/// As [`solve_discrete_are`]; also [`sci_core::Error::InvalidArgument`] for a numerically
/// singular `e`, and shape errors for `e` (`M × M`) and `s` (`M × N`).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_discrete_are_with, AreOptions};
///
/// // A discretised double integrator with a descriptor matrix.
/// let a = array![[1.0_f64, 0.1], [0.0, 1.0]];
/// let b = array![[0.005_f64], [0.1]];
/// let q = array![[1.0_f64, 0.0], [0.0, 0.5]];
/// let r = array![[1.0_f64]];
/// let e = array![[1.0_f64, 0.2], [0.0, 1.5]];
/// let x = solve_discrete_are_with(&a, &b, &q, &r, &AreOptions::default().e(&e))?;
/// let g = a.t().dot(&x).dot(&b);
/// let k = (&r + &b.t().dot(&x).dot(&b))[[0, 0]];
/// let residual = a.t().dot(&x).dot(&a) - e.t().dot(&x).dot(&e) - g.dot(&g.t()) / k + &q;
/// assert!(residual.iter().all(|v| v.abs() < 1e-9));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_discrete_are.html>
pub fn solve_discrete_are_with<'a, 'b, 'c, 'd, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    q: impl AsArray<'c, T, Ix2>,
    r: impl AsArray<'d, T, Ix2>,
    options: &AreOptions<T>,
) -> Result<Array2<T>> {
    let d = checked(view(a), view(b), view(q), view(r), options, false)?;
    let x = stabilizing_solution::<T>(&d, Kind::Discrete, options.balanced)?;
    Ok(from_c64(&x))
}
