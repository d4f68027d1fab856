//! `solve_triangular`: `A x = b`, `Aᵀ x = b` or `Aᴴ x = b` for a triangular `A`, reading only
//! its triangle (and not its diagonal when it is unit).

use faer::Conj;
use faer::linalg::triangular_solve as ts;
use sci_core::ndarray::{Array, AsArray, Dimension, Ix2};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::Trans;
use crate::options::setters;
use crate::parallel::par;
use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`solve_triangular_with`]: SciPy's keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolveTriangularOptions {
    /// Which system to solve (SciPy's `trans`: 0, 1 or 2).
    pub trans: Trans,
    /// Read the lower triangle instead of the upper one (SciPy's `lower`, `false`).
    pub lower: bool,
    /// Assume the diagonal is all ones and do not read it (SciPy's `unit_diagonal`, `false`).
    pub unit_diagonal: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for SolveTriangularOptions {
    fn default() -> Self {
        Self {
            trans: Trans::None,
            lower: false,
            unit_diagonal: false,
            check_finite: true,
        }
    }
}

setters!(SolveTriangularOptions {
    trans: Trans,
    lower: bool,
    unit_diagonal: bool,
    check_finite: bool
});

/// Solves `A x = b` for an upper triangular `A`: SciPy's `scipy.linalg.solve_triangular(a, b)`.
///
/// Only the triangle is read. `b` is a vector or a matrix; `x` has its shape. O(n² k). SciPy
/// does not test the conditioning here, and neither does this function.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] for a non-square `a` or a `b` of the wrong length;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`SolveTriangularOptions::check_finite`]);
/// - [`Error::SingularMatrix`] naming the first zero on the diagonal.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_triangular;
/// let a = array![[3.0_f64, 1.0], [0.0, 2.0]];
/// let x = solve_triangular(&a, &array![5.0, 4.0])?;
/// assert!((x[0] - 1.0).abs() < 1e-15 && (x[1] - 2.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_triangular.html>
pub fn solve_triangular<'a, 'b, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>> {
    solve_triangular_with(a, b, &SolveTriangularOptions::default())
}

/// [`solve_triangular`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`solve_triangular`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_triangular_with, SolveTriangularOptions, Trans};
/// // The upper triangle (99) is not read, nor the unit diagonal (7).
/// let a = array![[7.0_f64, 99.0], [2.0, 7.0]];
/// let o = SolveTriangularOptions::default().lower(true).unit_diagonal(true).trans(Trans::Transpose);
/// let x = solve_triangular_with(&a, &array![5.0, 1.0], &o)?;
/// assert_eq!(x, array![3.0, 1.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_triangular.html>
pub fn solve_triangular_with<'a, 'b, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
    options: &SolveTriangularOptions,
) -> Result<Array<T, D>> {
    let a = view(a);
    let b = view(b);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let mut x = rhs::columns(&b, n)?;
    if !options.unit_diagonal
        && let Some(k) = (0..n).find(|&k| a[(k, k)] == T::zero())
    {
        return Err(Error::SingularMatrix {
            detail: format!("resolution failed at diagonal {k}"),
        });
    }
    let m = as_faer(&a);
    let (m, lower, conj) = match options.trans {
        Trans::None => (m, options.lower, Conj::No),
        Trans::Transpose => (m.transpose(), !options.lower, Conj::No),
        Trans::ConjugateTranspose => (m.transpose(), !options.lower, Conj::Yes),
    };
    let par = par();
    match (lower, options.unit_diagonal) {
        (true, false) => ts::solve_lower_triangular_in_place_with_conj(m, conj, x.as_mut(), par),
        (true, true) => {
            ts::solve_unit_lower_triangular_in_place_with_conj(m, conj, x.as_mut(), par)
        }
        (false, false) => ts::solve_upper_triangular_in_place_with_conj(m, conj, x.as_mut(), par),
        (false, true) => {
            ts::solve_unit_upper_triangular_in_place_with_conj(m, conj, x.as_mut(), par)
        }
    }
    rhs::back_to_shape(x, &b)
}
