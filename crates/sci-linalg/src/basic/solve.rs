//! `solve`: `A x = b` for a square `A`, with SciPy 1.17's `assume_a` structures, `lower`,
//! `transposed`, `check_finite`, and its ill-conditioning warning turned into an error.

use faer::Mat;
use sci_core::ndarray::{Array, AsArray, Dimension, Ix2};
use sci_core::{Result, as_faer, view};

use super::factored::Factored;
use super::structure::AssumeA;
use crate::options::setters;
use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`solve_with`]: SciPy's keywords of `scipy.linalg.solve`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SolveOptions {
    /// The structure to assume (SciPy's `assume_a`); `None` (the default) detects it.
    pub assume_a: Option<AssumeA>,
    /// For the symmetric, Hermitian and positive definite structures, read the lower
    /// triangle instead of the upper one (SciPy's `lower`, `false` by default).
    pub lower: bool,
    /// Solve `Aᵀ x = b` instead (SciPy's `transposed`, `false` by default). SciPy refuses it
    /// for complex `A`; here it solves with the transpose (not the conjugate transpose).
    pub transposed: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
    /// Return the solution even when the reciprocal condition number is below the machine
    /// epsilon (where SciPy warns with `LinAlgWarning`); `false` by default, which makes it an
    /// [`Error::IllConditioned`](sci_core::Error::IllConditioned).
    pub accept_ill_conditioned: bool,
}

impl Default for SolveOptions {
    fn default() -> Self {
        Self {
            assume_a: None,
            lower: false,
            transposed: false,
            check_finite: true,
            accept_ill_conditioned: false,
        }
    }
}

setters!(SolveOptions {
    lower: bool,
    transposed: bool,
    check_finite: bool
});

impl SolveOptions {
    /// Sets `assume_a`.
    #[must_use]
    pub fn assume_a(mut self, assume_a: AssumeA) -> Self {
        self.assume_a = Some(assume_a);
        self
    }
    /// Sets `accept_ill_conditioned`.
    #[must_use]
    pub fn accept_ill_conditioned(mut self, accept: bool) -> Self {
        self.accept_ill_conditioned = accept;
        self
    }
}

/// Solves `A x = b` for a square `A`: SciPy's `scipy.linalg.solve(a, b)`.
///
/// `b` is a vector (length n) or a matrix (n × k, one right-hand side per column); `x` has
/// `b`'s shape. The structure of `A` is detected as SciPy 1.17 does (see [`AssumeA`]) and the
/// matching factorization is used: LU with partial pivoting for general matrices
/// (O(n³)), Bunch-Kaufman for symmetric ones, banded LU for tridiagonal ones (O(n)),
/// triangular and diagonal solves. Where SciPy would warn that `A` is ill-conditioned (its
/// estimated reciprocal condition number in the 1-norm is below the machine epsilon), this is
/// an error unless [`SolveOptions::accept_ill_conditioned`] is set.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`](sci_core::Error::ShapeMismatch) if `a` is not square ("expected square matrix") or `b`'s
///   length does not match;
/// - [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) if `b` has more than 2 dimensions;
/// - [`Error::NonFinite`](sci_core::Error::NonFinite) for NaN or infinity in `a` or `b` (see [`SolveOptions::check_finite`]);
/// - [`Error::SingularMatrix`](sci_core::Error::SingularMatrix) for an exactly singular `A`;
/// - [`Error::IllConditioned`](sci_core::Error::IllConditioned) with the estimated reciprocal condition number;
/// - [`Error::NotPositiveDefinite`](sci_core::Error::NotPositiveDefinite) with `AssumeA::PositiveDefinite` on a matrix that is not.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve;
///
/// let a = array![[3.0_f64, 2.0, 0.0], [1.0, -1.0, 0.0], [0.0, 5.0, 1.0]];
/// let x = solve(&a, &array![2.0, 4.0, -1.0])?;
/// for (xi, e) in x.iter().zip([2.0, -2.0, 9.0]) {
///     assert!((xi - e).abs() < 1e-14);
/// }
/// // The tutorial's singular matrix.
/// assert!(solve(&array![[3.0, 2.0], [6.0, 4.0]], &array![1.0, 1.0]).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve.html>
pub fn solve<'a, 'b, T, D>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
) -> Result<Array<T, D>>
where
    T: Scalar,
    D: Dimension,
{
    solve_with(a, b, &SolveOptions::default())
}

/// [`solve`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`solve`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_with, AssumeA, SolveOptions};
///
/// // Only the lower triangle is read.
/// let a = array![[4.0_f64, 99.0], [2.0, 3.0]];
/// let options = SolveOptions::default().assume_a(AssumeA::PositiveDefinite).lower(true);
/// let x = solve_with(&a, &array![6.0, 5.0], &options)?;
/// assert!((x[0] - 1.0).abs() < 1e-15 && (x[1] - 1.0).abs() < 1e-15);
///
/// // A Hilbert matrix of order 14 is numerically singular.
/// let h = sci_core::ndarray::Array2::from_shape_fn((14, 14), |(i, j)| 1.0 / (i + j + 1) as f64);
/// let b = vec![1.0; 14];
/// assert!(matches!(solve(&h, &b), Err(sci_core::Error::IllConditioned { .. })));
/// # use sci_linalg::solve;
/// let accept = SolveOptions::default().accept_ill_conditioned(true);
/// assert!(solve_with(&h, &b, &accept).is_ok());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve.html>
pub fn solve_with<'a, 'b, T, D>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
    options: &SolveOptions,
) -> Result<Array<T, D>>
where
    T: Scalar,
    D: Dimension,
{
    let a = view(a);
    let b = view(b);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let b2 = rhs::columns(&b, n)?;
    let x = solve_matrix(as_faer(&a), b2.as_ref(), options)?;
    rhs::back_to_shape(x, &b)
}

/// Solves `op(A) X = B` for faer matrices: the core of [`solve_with`], shared with the stacked
/// form.
pub(crate) fn solve_matrix<T: Scalar>(
    a: faer::MatRef<'_, T>,
    b: faer::MatRef<'_, T>,
    options: &SolveOptions,
) -> Result<Mat<T>> {
    let n = a.nrows();
    let mut x = b.to_owned();
    if n == 0 || b.ncols() == 0 {
        return Ok(x);
    }
    let factored = Factored::checked(
        a,
        options.assume_a,
        options.lower,
        options.accept_ill_conditioned,
    )?;
    factored.solve_in_place(x.as_mut(), options.transposed, false);
    Ok(x)
}
