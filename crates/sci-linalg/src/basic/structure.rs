//! SciPy's `assume_a`: the structure a solver may assume of a square matrix, and the
//! detection `solve` and `inv` run when none is given.

use faer::MatRef;

use crate::scalar::Scalar;

/// The structure of a square matrix that `solve` and `inv` may assume: SciPy's `assume_a`.
/// `None` in the options (the default) detects it as SciPy 1.17 does: diagonal, then lower or
/// upper triangular, then tridiagonal (for orders above 3), then Hermitian (complex input) or
/// symmetric, else general.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_with, AssumeA, SolveOptions};
///
/// let a = array![[4.0_f64, 1.0], [1.0, 3.0]];
/// let x = solve_with(&a, &array![1.0, 2.0], &SolveOptions::default().assume_a(AssumeA::PositiveDefinite))?;
/// assert!((4.0 * x[0] + x[1] - 1.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssumeA {
    /// `'general'`: LU with partial pivoting.
    General,
    /// `'diagonal'`: only the diagonal is read.
    Diagonal,
    /// `'tridiagonal'`: only the three central diagonals are read; LU with partial pivoting.
    Tridiagonal,
    /// `'banded'`: LU with partial pivoting within the matrix's bandwidth.
    Banded,
    /// `'upper triangular'`: only the upper triangle is read.
    UpperTriangular,
    /// `'lower triangular'`: only the lower triangle is read.
    LowerTriangular,
    /// `'symmetric'`: only the triangle chosen by `lower` is read; Bunch-Kaufman `L D Lᵀ`
    /// for real matrices.
    Symmetric,
    /// `'hermitian'`: only the triangle chosen by `lower` is read; Bunch-Kaufman `L D Lᴴ`.
    Hermitian,
    /// `'positive definite'`: only the triangle chosen by `lower` is read; Cholesky.
    PositiveDefinite,
}

/// `(lower, upper)` bandwidths: the largest `i - j` and `j - i` with a nonzero `a[i, j]`.
/// The diagonals are scanned from the farthest inwards, so a dense matrix is recognised after
/// a handful of reads (SciPy 1.17 runs this detection on every `solve`).
pub(crate) fn bandwidths<T: Scalar>(a: MatRef<'_, T>) -> (usize, usize) {
    let (m, n) = (a.nrows(), a.ncols());
    let lower = (1..m)
        .rev()
        .find(|&k| (0..n.min(m - k)).any(|j| a[(j + k, j)] != T::zero()))
        .unwrap_or(0);
    let upper = (1..n)
        .rev()
        .find(|&k| (0..m.min(n - k)).any(|i| a[(i, i + k)] != T::zero()))
        .unwrap_or(0);
    (lower, upper)
}

/// Whether `a == aᵀ` (`conjugate`: `a == aᴴ`) exactly.
pub(crate) fn is_symmetric<T: Scalar>(a: MatRef<'_, T>, conjugate: bool) -> bool {
    let n = a.nrows();
    (0..n).all(|j| {
        (j..n).all(|i| {
            let t = a[(j, i)];
            a[(i, j)] == if conjugate { t.conjugate() } else { t }
        })
    })
}

/// SciPy 1.17's structure detection for an unspecified `assume_a`.
pub(crate) fn detect<T: Scalar>(a: MatRef<'_, T>) -> AssumeA {
    let (below, above) = bandwidths(a);
    if below == 0 && above == 0 {
        AssumeA::Diagonal
    } else if above == 0 {
        AssumeA::LowerTriangular
    } else if below == 0 {
        AssumeA::UpperTriangular
    } else if below <= 1 && above <= 1 && a.nrows() > 3 {
        AssumeA::Tridiagonal
    } else if T::IS_COMPLEX && is_symmetric(a, true) {
        AssumeA::Hermitian
    } else if is_symmetric(a, false) {
        AssumeA::Symmetric
    } else {
        AssumeA::General
    }
}
