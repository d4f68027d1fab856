//! `helmert`: the orthogonal Helmert matrix (contrasts of successive means).

use sci_core::ndarray::Array2;
use sci_core::{Error, Result};

use super::filled;

/// The Helmert matrix of order `n`: row `k` (for `k = 1 .. n-1`) is
/// `(1, ..., 1, -k, 0, ..., 0) / sqrt(k (k + 1))` with `k` ones; with `full` the first row
/// `(1, ..., 1) / sqrt(n)` is prepended and the `n x n` matrix is orthogonal. Without
/// `full` (SciPy's default) the result is the `(n - 1) x n` sub-matrix, whose rows are an
/// orthonormal basis of the vectors summing to zero.
///
/// `helmert(1, false)` is a 0 x 1 matrix, as in SciPy.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when `n` is zero (SciPy raises an
/// `IndexError` there), or when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_linalg::helmert;
///
/// let h = helmert(3, true)?;
/// let s2 = std::f64::consts::FRAC_1_SQRT_2;
/// assert!((h[[1, 0]] - s2).abs() < 1e-15 && (h[[1, 1]] + s2).abs() < 1e-15);
/// assert_eq!(helmert(3, false)?.shape(), &[2, 3]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.helmert.html>
#[allow(
    clippy::cast_precision_loss,
    reason = "k is far below 2^53 for any matrix that fits in memory"
)]
pub fn helmert(n: usize, full: bool) -> Result<Array2<f64>> {
    if n == 0 {
        return Err(Error::invalid_argument(
            "n",
            n,
            "must be a positive integer",
        ));
    }
    let skip = usize::from(!full);
    let mut h = filled(n - skip, n, 0.0, "n")?;
    for (row, k) in (skip..n).enumerate() {
        if k == 0 {
            let v = 1.0 / (n as f64).sqrt();
            h.row_mut(row).fill(v);
            continue;
        }
        let kf = k as f64;
        let v = 1.0 / (kf * (kf + 1.0)).sqrt();
        for j in 0..k {
            h[[row, j]] = v;
        }
        h[[row, k]] = -kf * v;
    }
    Ok(h)
}
