//! `khatri_rao`: the column-wise Kronecker product.

use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use crate::scalar::Scalar;
use crate::special_matrices::check_size;

/// The Khatri-Rao product of `a` (m x k) and `b` (p x k): the `(m p) x k` matrix whose
/// column `j` is the Kronecker product of the columns `a[:, j]` and `b[:, j]`, i.e.
/// `c[i p + r, j] = a[i, j] b[r, j]`.
///
/// Time and memory: O(m p k).
///
/// # Errors
///
/// - [`sci_core::Error::ShapeMismatch`] when `a` and `b` have different numbers of columns;
/// - [`sci_core::Error::InvalidArgument`] naming `a` when the product is too large to
///   allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::khatri_rao;
///
/// let a = array![[1.0, 2.0], [3.0, 4.0]];
/// let b = array![[1.0, 10.0], [2.0, 20.0], [3.0, 30.0]];
/// let c = khatri_rao(&a, &b)?;
/// assert_eq!(c.column(1).to_vec(), vec![20.0, 40.0, 60.0, 40.0, 80.0, 120.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.khatri_rao.html>
pub fn khatri_rao<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
) -> Result<Array2<T>> {
    let (a, b) = (view(a), view(b));
    let ((m, k), (p, kb)) = (a.dim(), b.dim());
    if k != kb {
        return Err(Error::shape_mismatch(
            "khatri_rao: a and b must have the same number of columns",
            &[p, k],
            &[p, kb],
        ));
    }
    let rows = m.checked_mul(p).ok_or_else(|| {
        Error::invalid_argument(
            "a",
            format!("{m} x {k}"),
            "the product is too large to allocate",
        )
    })?;
    check_size::<T>(rows, k, "a")?;
    Ok(Array2::from_shape_fn((rows, k), |(row, j)| {
        a[[row / p, j]] * b[[row % p, j]]
    }))
}
