//! `bandwidth`: the lower and upper bandwidths of a matrix.

use sci_core::ndarray::{AsArray, Ix2};
use sci_core::view;

use crate::scalar::Scalar;

/// The lower and upper bandwidths `(lower, upper)` of a (not necessarily square) matrix:
/// `lower` is the largest `i - j` and `upper` the largest `j - i` over the nonzero entries
/// `a[i, j]`, 0 when there are none. A diagonal matrix gives `(0, 0)`, an upper triangular
/// one `(0, u)`.
///
/// An entry is nonzero when it compares unequal to zero: NaN counts, `-0.0` does not.
/// Empty matrices give `(0, 0)`.
///
/// # Errors
///
/// None: every 2-D array has a bandwidth (SciPy raises only for non-2-D input, which the
/// signature rules out), so the result is a plain tuple.
///
/// Time: O(m n) in the worst case; each row's scan stops at its first nonzero from the
/// outside. Memory: O(1).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::bandwidth;
///
/// let a = array![[1.0, 2.0, 0.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]];
/// assert_eq!(bandwidth(&a), (2, 1));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.bandwidth.html>
pub fn bandwidth<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> (usize, usize) {
    crate::basic::bandwidths(sci_core::as_faer(&view(a)))
}
