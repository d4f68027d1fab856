//! Stacked ("batched") SVD: SciPy 1.17's `svd` and `svdvals` on arrays of shape
//! `(..., M, N)` decompose every matrix of the stack; `U` comes back with shape
//! `(..., M, M)` (`(..., M, K)` without full matrices), `s` with `(..., K)` and `Vᴴ` with
//! `(..., N, N)` (`(..., K, N)`). Re-exported from [`crate::stacked`].

use sci_core::ndarray::{ArrayD, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result, view};

use crate::decompositions::{SvdOptions, svd_with as svd_matrix, svdvals_with as svdvals_matrix};
use crate::scalar::Scalar;
use crate::stacked::{batch_shape, matrix_at};
use crate::validate;

/// The singular value decompositions of a stack: SciPy's `(U, s, Vh)` of `svd` on stacked
/// input.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedSvd<T: Scalar> {
    /// The left singular vectors, shape `(..., M, M)` (or `(..., M, K)`).
    pub u: ArrayD<T>,
    /// The singular values of each matrix in non-increasing order, shape `(..., K)`.
    pub s: ArrayD<T::Real>,
    /// The conjugated right singular vectors as rows, shape `(..., N, N)` (or `(..., K, N)`).
    pub vh: ArrayD<T>,
}

/// The SVD of every matrix of a stack `(..., M, N)`: SciPy's `svd` on stacked input (full
/// matrices). The singular vectors are unique up to a unit factor per pair, as for
/// [`crate::svd`].
///
/// # Errors
///
/// As [`crate::svd`], and [`Error::InvalidArgument`] for input of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::stacked;
///
/// let a = Array3::<f64>::from_shape_fn((2, 3, 2), |(k, i, j)| ((k + 1) * (i + 2 * j)) as f64);
/// let f = stacked::svd(&a)?;
/// assert_eq!((f.u.shape(), f.s.shape(), f.vh.shape()), (&[2, 3, 3][..], &[2, 2][..], &[2, 2, 2][..]));
/// // The second matrix is twice the first.
/// assert!((f.s[[1, 0]] - 2.0 * f.s[[0, 0]]).abs() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svd.html>
pub fn svd<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<StackedSvd<T>> {
    svd_with(a, &SvdOptions::default())
}

/// [`svd`] with SciPy's keyword arguments (`full_matrices`, `check_finite`,
/// `lapack_driver`); `compute_uv=False` is [`svdvals`].
///
/// # Errors
///
/// As [`svd`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array4;
/// use sci_linalg::{stacked, SvdOptions};
///
/// let a = Array4::<f64>::from_shape_fn((2, 2, 4, 3), |(k, l, i, j)| ((k + l + 1) * (i * j + 1)) as f64);
/// let f = stacked::svd_with(&a, &SvdOptions::default().full_matrices(false))?;
/// assert_eq!((f.u.shape(), f.vh.shape()), (&[2, 2, 4, 3][..], &[2, 2, 3, 3][..]));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svd.html>
pub fn svd_with<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &SvdOptions,
) -> Result<StackedSvd<T>> {
    let a = view(a).into_dyn();
    let batch = batch_shape("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let (m, n) = (a.shape()[a.ndim() - 2], a.shape()[a.ndim() - 1]);
    let k = m.min(n);
    let (ucols, vrows) = if options.full_matrices {
        (m, n)
    } else {
        (k, k)
    };
    let unchecked = options.check_finite(false);
    let (mut us, mut ss, mut vs) = (Vec::new(), Vec::new(), Vec::new());
    for index in sci_core::ndarray::indices(IxDyn(&batch)) {
        let f = svd_matrix(matrix_at(&a, index.slice())?, &unchecked)?;
        us.extend(f.u.iter().copied());
        ss.extend(f.s.iter().copied());
        vs.extend(f.vh.iter().copied());
    }
    Ok(StackedSvd {
        u: stack(&batch, &[m, ucols], us)?,
        s: stack(&batch, &[k], ss)?,
        vh: stack(&batch, &[vrows, n], vs)?,
    })
}

/// The singular values of every matrix of a stack `(..., M, N)`, shape `(..., K)`: SciPy's
/// `svdvals` (or `svd(compute_uv=False)`) on stacked input.
///
/// # Errors
///
/// As [`crate::svd`], and [`Error::InvalidArgument`] for input of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::stacked;
///
/// let a = Array3::<f64>::from_shape_fn((3, 2, 2), |(k, i, j)| if i == j { (k + i) as f64 } else { 0.0 });
/// let s = stacked::svdvals(&a)?;
/// assert_eq!(s.shape(), &[3, 2]);
/// assert_eq!((s[[2, 0]], s[[2, 1]]), (3.0, 2.0));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svdvals.html>
pub fn svdvals<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<ArrayD<T::Real>> {
    let a = view(a).into_dyn();
    let batch = batch_shape("a", &a)?;
    validate::finite("a", &a, true)?;
    let k = a.shape()[a.ndim() - 2].min(a.shape()[a.ndim() - 1]);
    let unchecked = SvdOptions::default().check_finite(false);
    let mut ss = Vec::new();
    for index in sci_core::ndarray::indices(IxDyn(&batch)) {
        ss.extend(svdvals_matrix(matrix_at(&a, index.slice())?, &unchecked)?);
    }
    stack(&batch, &[k], ss)
}

/// `values` (row-major, one block of shape `tail` per matrix) as an array of shape
/// `batch + tail`.
fn stack<R>(batch: &[usize], tail: &[usize], values: Vec<R>) -> Result<ArrayD<R>> {
    let shape: Vec<usize> = batch.iter().chain(tail).copied().collect();
    ArrayD::from_shape_vec(IxDyn(&shape), values)
        .map_err(|e| Error::invalid_argument("stack", format!("{shape:?}"), e.to_string()))
}
