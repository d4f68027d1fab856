//! `kron`: the Kronecker product of two matrices (numpy's `kron`).

use sci_core::ndarray::{Array2, AsArray, Ix2, s};
use sci_core::{Error, Result, view};

use super::filled;
use crate::scalar::Scalar;

/// The Kronecker product `a ⊗ b`: the block matrix whose `(i, j)` block is `a[i, j] b`, of
/// shape `(ma mb, na nb)`.
///
/// `scipy.linalg.kron` was deprecated in SciPy 1.15 and is gone from SciPy 1.17, which
/// points to `numpy.kron`; this function follows `numpy.kron` on 2-D arrays (lift a vector
/// to a 1 x n row first, as numpy does).
///
/// Time and memory: O(ma na mb nb).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `a` when the product is too large to
/// allocate. Empty factors give an empty product.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::kron;
///
/// let k = kron(&array![[1.0, 2.0], [3.0, 4.0]], &array![[1.0, 1.0, 1.0]])?;
/// assert_eq!(k, array![[1.0, 1.0, 1.0, 2.0, 2.0, 2.0], [3.0, 3.0, 3.0, 4.0, 4.0, 4.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://numpy.org/doc/stable/reference/generated/numpy.kron.html>;
/// <https://docs.scipy.org/doc/scipy-1.15.0/reference/generated/scipy.linalg.kron.html>
pub fn kron<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
) -> Result<Array2<T>> {
    let (a, b) = (view(a), view(b));
    let (ma, na) = a.dim();
    let (mb, nb) = b.dim();
    let too_large = || {
        Error::invalid_argument(
            "a",
            format!("{ma} x {na}"),
            "the Kronecker product is too large to allocate",
        )
    };
    let rows = ma.checked_mul(mb).ok_or_else(too_large)?;
    let cols = na.checked_mul(nb).ok_or_else(too_large)?;
    let mut out = filled(rows, cols, T::zero(), "a")?;
    for ((i, j), &x) in a.indexed_iter() {
        let mut block = out.slice_mut(s![i * mb..(i + 1) * mb, j * nb..(j + 1) * nb]);
        block.zip_mut_with(&b, |o, &y| *o = x * y);
    }
    Ok(out)
}
