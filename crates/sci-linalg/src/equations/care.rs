//! `solve_continuous_are`: the stabilizing solution of the continuous-time algebraic Riccati
//! equation, optionally generalized by `e` and the cross term `s`.

use sci_core::Result;
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::view;

use super::AreOptions;
use super::are_input::checked;
use super::dense::from_c64;
use super::pencil::{Kind, stabilizing_solution};
use crate::scalar::Scalar;

/// The stabilizing solution `X` of the continuous-time algebraic Riccati equation (CARE)
/// `Aᴴ X + X A − X B R⁻¹ Bᴴ X + Q = 0`: SciPy's
/// `scipy.linalg.solve_continuous_are(a, b, q, r)`.
///
/// "Stabilizing": the eigenvalues of `A − B K`, `K = R⁻¹ Bᴴ X`, lie in the open left half
/// plane. `a`, `q` are `M × M`, `b` is `M × N`, `r` is `N × N` and nonsingular; `q` and `r`
/// Hermitian. The method is SciPy's extended Hamiltonian pencil (Van Dooren), balanced and
/// compressed, whose stable deflating subspace is found here from an ordered complex Schur
/// form of `J̃⁻¹ H̃` instead of an ordered QZ (the two agree when `E` and `R` are well
/// conditioned; an `R` or `E` near the singularity threshold costs accuracy here first).
/// Complex arithmetic throughout; real input returns the real part of the Hermitian `X`.
/// O((M + N)³).
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`, `q` or `r`; [`sci_core::Error::ShapeMismatch`]
/// for inconsistent shapes; [`sci_core::Error::NonFinite`];
/// [`sci_core::Error::InvalidArgument`] if `q` or `r` is not Hermitian or `r` is numerically
/// singular (SciPy's `ValueError`s); [`sci_core::Error::EmptyInput`] for `M = 0` or `N = 0`
/// (SciPy fails there too); [`sci_core::Error::SingularMatrix`] where SciPy raises
/// `LinAlgError`: no finite solution (`U₁` numerically singular), or no stabilizing solution
/// (eigenvalues on or too close to the imaginary axis);
/// [`sci_core::Error::IllConditioned`] if the compressed `J̃` is numerically singular.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_continuous_are;
///
/// let a = array![[4.0_f64, 3.0], [-4.5, -3.5]];
/// let b = array![[1.0_f64], [-1.0]];
/// let q = array![[9.0_f64, 6.0], [6.0, 4.0]];
/// let r = array![[1.0_f64]];
/// let x = solve_continuous_are(&a, &b, &q, &r)?;
/// assert!((x[[0, 0]] - 21.72792206).abs() < 1e-7);
/// assert!((x[[0, 1]] - 14.48528137).abs() < 1e-7);
/// assert!((x[[1, 1]] - 9.65685425).abs() < 1e-7);
/// let residual = a.t().dot(&x) + x.dot(&a) - x.dot(&b).dot(&b.t()).dot(&x) + &q;
/// assert!(residual.iter().all(|v| v.abs() < 1e-10));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_continuous_are.html>
/// - P. Van Dooren, "A generalized eigenvalue approach for solving Riccati equations",
///   *SIAM J. Sci. Stat. Comput.* 2(2), 1981, 121–135.
/// - W. F. Arnold and A. J. Laub, "Generalized eigenproblem algorithms and software for
///   algebraic Riccati equations", *Proc. IEEE* 72(12), 1984, 1746–1754.
/// - P. Benner, "Symplectic balancing of Hamiltonian matrices", *SIAM J. Sci. Comput.*
///   22(5), 2001, 1885–1904.
pub fn solve_continuous_are<'a, 'b, 'c, 'd, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    q: impl AsArray<'c, T, Ix2>,
    r: impl AsArray<'d, T, Ix2>,
) -> Result<Array2<T>> {
    solve_continuous_are_with(a, b, q, r, &AreOptions::default())
}

/// [`solve_continuous_are`] with SciPy's keywords `e`, `s`, `balanced` (and `check_finite`):
/// the generalized CARE
/// `Eᴴ X A + Aᴴ X E − (Eᴴ X B + S) R⁻¹ (Bᴴ X E + Sᴴ) + Q = 0`.
///
/// # Errors
///
/// As [`solve_continuous_are`]; also [`sci_core::Error::InvalidArgument`] for a numerically
/// singular `e`, and shape errors for `e` (`M × M`) and `s` (`M × N`).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_continuous_are_with, AreOptions};
///
/// // The double integrator with a cross term and a descriptor matrix.
/// let a = array![[0.0_f64, 1.0], [0.0, 0.0]];
/// let b = array![[0.0_f64], [1.0]];
/// let q = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// let r = array![[1.0_f64]];
/// let e = array![[2.0_f64, 0.0], [0.0, 1.0]];
/// let s = array![[0.1_f64], [0.0]];
/// let opts = AreOptions::default().e(&e).s(&s);
/// let x = solve_continuous_are_with(&a, &b, &q, &r, &opts)?;
/// let g = e.t().dot(&x).dot(&b) + &s;
/// let residual = e.t().dot(&x).dot(&a) + a.t().dot(&x).dot(&e) - g.dot(&g.t()) + &q;
/// assert!(residual.iter().all(|v| v.abs() < 1e-12));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_continuous_are.html>
pub fn solve_continuous_are_with<'a, 'b, 'c, 'd, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    q: impl AsArray<'c, T, Ix2>,
    r: impl AsArray<'d, T, Ix2>,
    options: &AreOptions<T>,
) -> Result<Array2<T>> {
    let d = checked(view(a), view(b), view(q), view(r), options, true)?;
    let x = stabilizing_solution::<T>(&d, Kind::Continuous, options.balanced)?;
    Ok(from_c64(&x))
}
