//! Stacked ("batched") QR: SciPy 1.17's `qr` on arrays of shape `(..., M, N)` decomposes
//! every matrix of the stack; `Q` comes back with shape `(..., M, M)` (`(..., M, K)` in
//! economic mode) and `R` with shape `(..., M, N)` (`(..., K, N)`). Re-exported from
//! [`crate::stacked`].

use sci_core::ndarray::{ArrayD, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result, view};

use crate::decompositions::{QrMode, QrOptions, qr_with as qr_matrix};
use crate::scalar::Scalar;
use crate::stacked::{batch_shape, matrix_at};
use crate::validate;

/// The QR decompositions of a stack: SciPy's `(Q, R)` of `qr` on stacked input.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedQr<T: Scalar> {
    /// The unitary factors, shape `(..., M, M)` (or `(..., M, K)` in economic mode).
    pub q: ArrayD<T>,
    /// The upper trapezoidal factors, shape `(..., M, N)` (or `(..., K, N)`).
    pub r: ArrayD<T>,
}

/// The QR decomposition of every matrix of a stack `(..., M, N)`: SciPy's `qr` on stacked
/// input (mode `'full'`). Each pair is unique up to the signs (phases) of `R`'s diagonal, as
/// for [`crate::qr`].
///
/// # Errors
///
/// As [`crate::qr`], and [`Error::InvalidArgument`] for input of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::stacked;
///
/// let a = Array3::<f64>::from_shape_fn((2, 3, 2), |(k, i, j)| (k + i + 2 * j) as f64);
/// let f = stacked::qr(&a)?;
/// assert_eq!((f.q.shape(), f.r.shape()), (&[2, 3, 3][..], &[2, 3, 2][..]));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
pub fn qr<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<StackedQr<T>> {
    qr_with(a, &QrOptions::default())
}

/// [`qr`] with SciPy's keyword arguments (`mode` full or economic, `check_finite`).
///
/// # Errors
///
/// As [`qr`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, QrMode, QrOptions};
///
/// let a = Array3::<f64>::from_shape_fn((4, 5, 2), |(k, i, j)| ((k + 1) * (i + j + 1)) as f64);
/// let f = stacked::qr_with(&a, &QrOptions::default().mode(QrMode::Economic))?;
/// assert_eq!((f.q.shape(), f.r.shape()), (&[4, 5, 2][..], &[4, 2, 2][..]));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr.html>
pub fn qr_with<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &QrOptions,
) -> Result<StackedQr<T>> {
    let a = view(a).into_dyn();
    let batch = batch_shape("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let (m, n) = (a.shape()[a.ndim() - 2], a.shape()[a.ndim() - 1]);
    let k = match options.mode {
        QrMode::Full => m,
        QrMode::Economic => m.min(n),
    };
    let unchecked = options.check_finite(false);
    let (mut qs, mut rs) = (Vec::new(), Vec::new());
    for index in sci_core::ndarray::indices(IxDyn(&batch)) {
        let x = matrix_at(&a, index.slice())?;
        let f = qr_matrix(x.view(), &unchecked)?;
        qs.extend(f.q.iter().copied());
        rs.extend(f.r.iter().copied());
    }
    let shape = |tail: [usize; 2]| -> Vec<usize> { batch.iter().copied().chain(tail).collect() };
    let build = |tail: [usize; 2], values: Vec<T>| {
        let s = shape(tail);
        ArrayD::from_shape_vec(IxDyn(&s), values)
            .map_err(|e| Error::invalid_argument("stack", format!("{s:?}"), e.to_string()))
    };
    Ok(StackedQr {
        q: build([m, k], qs)?,
        r: build([k, n], rs)?,
    })
}
