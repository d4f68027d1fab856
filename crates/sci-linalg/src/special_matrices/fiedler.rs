//! `fiedler`: the symmetric matrix of pairwise distances `|a_i - a_j|`.

use sci_core::ndarray::{Array2, AsArray, Ix1};
use sci_core::{Result, view1};

use super::check_size;

/// The Fiedler matrix of `a`: `F[i, j] = |a[i] - a[j]|`, symmetric with a zero diagonal.
/// For distinct sorted `a` it has one positive and `n - 1` negative eigenvalues.
///
/// SciPy returns a 1-D empty array for an empty `a`; this function returns a 0 x 0
/// matrix. SciPy 1.17 treats an n-D `a` as a batch; this function takes one vector.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `a` when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::fiedler;
///
/// let f = fiedler(&[1.0, 4.0, 12.0])?;
/// assert_eq!(f, array![[0.0, 3.0, 11.0], [3.0, 0.0, 8.0], [11.0, 8.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.fiedler.html>
pub fn fiedler<'a>(a: impl AsArray<'a, f64, Ix1>) -> Result<Array2<f64>> {
    let a = view1(a);
    let n = a.len();
    check_size::<f64>(n, n, "a")?;
    Ok(Array2::from_shape_fn((n, n), |(i, j)| (a[i] - a[j]).abs()))
}
