//! Stacked ("batched") matrix norms: SciPy's `norm(a, ord, axis=(-2, -1))` on arrays of shape
//! `(..., M, N)`, one norm per matrix. Re-exported from [`crate::stacked`].

use sci_core::Result;
use sci_core::ndarray::{ArrayD, AsArray, Dimension};

use crate::basic::{NormOptions, NormOrd, norm_with};
use crate::scalar::Scalar;

/// The matrix norm of order `ord` of every matrix of a stack `(..., M, N)`, shape `(...)`:
/// SciPy's `norm(a, ord, axis=(-2, -1))`. Other pairs of axes, and `keepdims`, are
/// [`crate::norm_with`] with [`NormOptions::axes`].
///
/// # Errors
///
/// As [`crate::norm_with`] (an order that does not apply to matrices, an empty minimum, a
/// NaN or infinity, fewer than 2 dimensions).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, NormOrd};
///
/// let a = Array3::<f64>::from_shape_fn((2, 2, 2), |(k, i, j)| if i == j { (k + 1) as f64 } else { 0.0 });
/// let n = stacked::norm(&a, NormOrd::Fro)?;
/// assert_eq!(n.shape(), &[2]);
/// assert!((n[[1]] - 8.0_f64.sqrt()).abs() < 1e-15);
/// assert_eq!(stacked::norm(&a, NormOrd::P(2.0))?[[0]], 1.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.norm.html>
pub fn norm<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    ord: NormOrd,
) -> Result<ArrayD<T::Real>> {
    norm_with(a, &NormOptions::default().ord(ord).axes(-2, -1))
}
