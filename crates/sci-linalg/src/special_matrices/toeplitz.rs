//! Matrices constant along diagonals or anti-diagonals: `toeplitz`, `hankel` and `circulant`.

use sci_core::ndarray::{Array2, ArrayView1, AsArray, Ix1};
use sci_core::{Result, view1};

use super::check_size;
use crate::scalar::Scalar;

/// The Toeplitz matrix with first column `c` and first row `r`: `A[i, j] = c[i - j]` for
/// `i >= j` and `r[j - i]` above the diagonal, of shape `(c.len(), r.len())`.
///
/// `r[0]` is ignored (the diagonal is `c[0]`). When `r` is `None` it defaults to
/// `conj(c)`, SciPy's rule: for real `c` the matrix is symmetric, for complex `c` it is
/// Hermitian apart from the diagonal, which keeps `c[0]` unconjugated.
///
/// SciPy 1.17 treats an n-D `c` as a batch of columns; this function takes one column.
///
/// Time and memory: O(m n).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `c` when the matrix is too large to allocate.
/// Empty inputs are accepted and give an empty matrix, as in SciPy.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, aview1};
/// use sci_core::Complex64;
/// use sci_linalg::toeplitz;
///
/// let a = toeplitz(&[1.0, 2.0, 3.0], Some(aview1(&[1.0, 4.0, 5.0, 6.0])))?;
/// assert_eq!(a, array![[1.0, 4.0, 5.0, 6.0], [2.0, 1.0, 4.0, 5.0], [3.0, 2.0, 1.0, 4.0]]);
///
/// // Complex `c` without `r`: the first row is conj(c), the diagonal stays c[0].
/// let c = [Complex64::new(1.0, 1.0), Complex64::new(2.0, -1.0)];
/// let h = toeplitz(&c, None)?;
/// assert_eq!(h[[0, 0]], Complex64::new(1.0, 1.0));
/// assert_eq!(h[[0, 1]], Complex64::new(2.0, 1.0));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.toeplitz.html>
pub fn toeplitz<'a, 'b, T: Scalar>(
    c: impl AsArray<'a, T, Ix1>,
    r: Option<ArrayView1<'b, T>>,
) -> Result<Array2<T>> {
    let c = view1(c);
    let m = c.len();
    let n = r.as_ref().map_or(m, ArrayView1::len);
    check_size::<T>(m, n, "c")?;
    Ok(Array2::from_shape_fn((m, n), |(i, j)| {
        if i >= j {
            c[i - j]
        } else {
            match &r {
                Some(r) => r[j - i],
                None => c[j - i].conjugate(),
            }
        }
    }))
}

/// The Hankel matrix with first column `c` and last row `r`: `A[i, j] = c[i + j]` while
/// `i + j < c.len()`, and `r[i + j - c.len() + 1]` below the anti-diagonal, of shape
/// `(c.len(), r.len())`.
///
/// `r[0]` is ignored (the anti-diagonal's last element is `c`'s last). When `r` is `None`
/// it defaults to zeros of `c`'s length, so the matrix is square with zeros below the
/// anti-diagonal.
///
/// SciPy 1.17 treats an n-D `c` as a batch of columns; this function takes one column.
///
/// Time and memory: O(m n).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `c` when the matrix is too large to allocate.
/// Empty inputs give an empty matrix, as in SciPy.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, aview1};
/// use sci_linalg::hankel;
///
/// assert_eq!(hankel(&[1.0, 2.0, 3.0], None)?, array![[1.0, 2.0, 3.0], [2.0, 3.0, 0.0], [3.0, 0.0, 0.0]]);
/// let a = hankel(&[1, 17, 99].map(f64::from), Some(aview1(&[99.0, 7.0, 8.0, 9.0])))?;
/// assert_eq!(a.row(2).to_vec(), vec![99.0, 7.0, 8.0, 9.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.hankel.html>
pub fn hankel<'a, 'b, T: Scalar>(
    c: impl AsArray<'a, T, Ix1>,
    r: Option<ArrayView1<'b, T>>,
) -> Result<Array2<T>> {
    let c = view1(c);
    let m = c.len();
    let n = r.as_ref().map_or(m, ArrayView1::len);
    check_size::<T>(m, n, "c")?;
    Ok(Array2::from_shape_fn((m, n), |(i, j)| {
        let k = i + j;
        if k < m {
            c[k]
        } else {
            match &r {
                Some(r) => r[k + 1 - m],
                None => T::zero(),
            }
        }
    }))
}

/// The circulant matrix whose first column is `c`: `A[i, j] = c[(i - j) mod n]`, so each
/// column is the previous one rotated down by one.
///
/// `A x` is the circular convolution of `c` and `x`; the DFT diagonalises it, with the
/// DFT of `c` as eigenvalues.
///
/// SciPy 1.17 treats an n-D `c` as a batch of columns; this function takes one column.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `c` when the matrix is too large to allocate.
/// An empty `c` gives a 0 x 0 matrix, as in SciPy.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::circulant;
///
/// assert_eq!(circulant(&[1.0, 2.0, 3.0])?, array![[1.0, 3.0, 2.0], [2.0, 1.0, 3.0], [3.0, 2.0, 1.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.circulant.html>
pub fn circulant<'a, T: Scalar>(c: impl AsArray<'a, T, Ix1>) -> Result<Array2<T>> {
    let c = view1(c);
    let n = c.len();
    check_size::<T>(n, n, "c")?;
    Ok(Array2::from_shape_fn((n, n), |(i, j)| {
        c[if i >= j { i - j } else { i + n - j }]
    }))
}
