//! `solve_banded` and `solveh_banded`: systems with band matrices given in LAPACK's band
//! storage, solved without densifying (banded LU with partial pivoting, banded Cholesky).

use sci_core::ndarray::{Array, AsArray, Dimension, Ix2};
use sci_core::{Error, Result, view};

use crate::band_lu::BandLu;
use crate::decompositions::{
    ChoSolveOptions, CholeskyBandedOptions, cho_solve_banded, cholesky_banded,
};
use crate::options::setters;
use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`solve_banded_with`] and [`solveh_banded_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolveBandedOptions {
    /// For [`solveh_banded_with`]: `ab` holds the lower form (SciPy's `lower`, `false`).
    pub lower: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for SolveBandedOptions {
    fn default() -> Self {
        Self {
            lower: false,
            check_finite: true,
        }
    }
}

setters!(SolveBandedOptions {
    lower: bool,
    check_finite: bool
});

/// Solves `A x = b` for a band matrix `A` with `l` sub- and `u` superdiagonals in band
/// storage: SciPy's `scipy.linalg.solve_banded((l, u), ab, b)`.
///
/// `ab` has `l + u + 1` rows and `ab[u + i - j, j] = a[i, j]`. LU with partial pivoting within
/// the band (the algorithm of LAPACK's `xGBSV`); O(n l (l + u)) time, O(n (2l + u)) memory.
/// As in SciPy, the conditioning is not tested.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] if `ab` does not have `l + u + 1` rows or `b` has the wrong length;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`SolveBandedOptions::check_finite`]);
/// - [`Error::SingularMatrix`] for an exactly zero pivot.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_banded;
/// // [[5, 2, -1, 0, 0], [1, 4, 2, -1, 0], [0, 1, 3, 2, -1], [0, 0, 1, 2, 2], [0, 0, 0, 1, 1]]
/// let ab = array![
///     [0.0_f64, 0.0, -1.0, -1.0, -1.0],
///     [0.0, 2.0, 2.0, 2.0, 2.0],
///     [5.0, 4.0, 3.0, 2.0, 1.0],
///     [1.0, 1.0, 1.0, 1.0, 0.0],
/// ];
/// let x = solve_banded((1, 2), &ab, &array![0.0, 1.0, 2.0, 2.0, 3.0])?;
/// for (xi, e) in x.iter().zip([-2.37288136, 3.93220339, -4.0, 4.3559322, -1.3559322]) {
///     assert!((xi - e).abs() < 1e-8);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_banded.html>
pub fn solve_banded<'a, 'b, T: Scalar, D: Dimension>(
    l_and_u: (usize, usize),
    ab: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>> {
    solve_banded_with(l_and_u, ab, b, &SolveBandedOptions::default())
}

/// [`solve_banded`] with SciPy's `check_finite` (`lower` is not used).
///
/// # Errors
///
/// As [`solve_banded`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_banded_with, SolveBandedOptions};
/// // Diagonal only.
/// let x = solve_banded_with((0, 0), &array![[2.0_f64, 4.0]], &array![1.0, 1.0], &SolveBandedOptions::default())?;
/// assert_eq!(x, array![0.5, 0.25]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_banded.html>
pub fn solve_banded_with<'a, 'b, T: Scalar, D: Dimension>(
    (l, u): (usize, usize),
    ab: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
    options: &SolveBandedOptions,
) -> Result<Array<T, D>> {
    let ab = view(ab);
    let b = view(b);
    let n = ab.ncols();
    if ab.nrows() != l + u + 1 {
        return Err(Error::shape_mismatch(
            format!("solve_banded: ab must have l + u + 1 = {} rows", l + u + 1),
            &[l + u + 1, n],
            ab.shape(),
        ));
    }
    validate::finite("ab", &ab, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let mut x = rhs::columns(&b, n)?;
    // Off-diagonals beyond the order cannot hold entries.
    let (kl, ku) = (l.min(n.saturating_sub(1)), u.min(n.saturating_sub(1)));
    let lu = BandLu::factor(n, kl, ku, |i, j| ab[(u + i - j, j)]);
    if let Some(k) = lu.zero_pivot {
        return Err(Error::SingularMatrix {
            detail: format!("the pivot of column {k} is exactly zero"),
        });
    }
    let mut column = vec![T::zero(); n];
    for c in 0..x.ncols() {
        for i in 0..n {
            column[i] = x[(i, c)];
        }
        lu.solve_in_place(&mut column);
        for i in 0..n {
            x[(i, c)] = column[i];
        }
    }
    rhs::back_to_shape(x, &b)
}

/// Solves `A x = b` for a Hermitian positive definite band matrix in band storage: SciPy's
/// `scipy.linalg.solveh_banded(ab, b)` (upper form: `ab[u + i - j, j] = a[i, j]`, `i <= j`).
///
/// Banded Cholesky, O(n u²) time. As in SciPy, the conditioning is not tested.
///
/// # Errors
///
/// - [`Error::EmptyInput`] if `ab` has no rows; [`Error::ShapeMismatch`] for a `b` of the
///   wrong length;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`SolveBandedOptions::check_finite`]);
/// - [`Error::NotPositiveDefinite`] naming the leading minor that is not positive.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solveh_banded;
/// // [[4, 2, -1, 0, 0, 0], [2, 5, 2, -1, 0, 0], ...] in upper band storage.
/// let ab = array![
///     [0.0_f64, 0.0, -1.0, -1.0, -1.0, -1.0],
///     [0.0, 2.0, 2.0, 2.0, 2.0, 2.0],
///     [4.0, 5.0, 6.0, 6.0, 5.0, 4.0],
/// ];
/// let x = solveh_banded(&ab, &array![1.0, 2.0, 2.0, 3.0, 3.0, 3.0])?;
/// for (xi, e) in x.iter().zip([-0.53913043, 1.20237154, -0.75177866, 1.43003953, -0.70671937, 1.46086957]) {
///     assert!((xi - e).abs() < 1e-8);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solveh_banded.html>
pub fn solveh_banded<'a, 'b, T: Scalar, D: Dimension>(
    ab: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>> {
    solveh_banded_with(ab, b, &SolveBandedOptions::default())
}

/// [`solveh_banded`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`solveh_banded`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solveh_banded_with, SolveBandedOptions};
/// // Tridiagonal [[4, 1, 0], [1, 4, 1], [0, 1, 4]] in lower band storage.
/// let ab = array![[4.0_f64, 4.0, 4.0], [1.0, 1.0, 0.0]];
/// let x = solveh_banded_with(&ab, &array![5.0, 6.0, 5.0], &SolveBandedOptions::default().lower(true))?;
/// assert!(x.iter().all(|v| (v - 1.0).abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solveh_banded.html>
pub fn solveh_banded_with<'a, 'b, T: Scalar, D: Dimension>(
    ab: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
    options: &SolveBandedOptions,
) -> Result<Array<T, D>> {
    let factor_options = CholeskyBandedOptions::default()
        .lower(options.lower)
        .check_finite(options.check_finite);
    let cb = cholesky_banded(ab, &factor_options)?;
    cho_solve_banded(
        &cb,
        options.lower,
        b,
        &ChoSolveOptions::default().check_finite(options.check_finite),
    )
}
