//! `hadamard`: Sylvester's Hadamard matrices of order a power of two.

use sci_core::ndarray::Array2;
use sci_core::{Error, Result};

use super::check_size;

/// The Hadamard matrix of order `n` (a power of two) by Sylvester's construction:
/// `H[i, j] = (-1)^{popcount(i & j)}`, which is `H_{2m} = [[H_m, H_m], [H_m, -H_m]]`
/// from `H_1 = [[1]]`. Its entries are ±1 and `H Hᵀ = n I`.
///
/// SciPy's default `dtype` is `int`; the entries here are `f64` (exact).
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when `n` is not a power of two (zero
/// included), or when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::hadamard;
///
/// assert_eq!(hadamard(2)?, array![[1.0, 1.0], [1.0, -1.0]]);
/// assert!(hadamard(6).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.hadamard.html>
pub fn hadamard(n: usize) -> Result<Array2<f64>> {
    if !n.is_power_of_two() {
        return Err(Error::invalid_argument(
            "n",
            n,
            "must be a positive integer and a power of 2",
        ));
    }
    check_size::<f64>(n, n, "n")?;
    Ok(Array2::from_shape_fn((n, n), |(i, j)| {
        if (i & j).count_ones() % 2 == 0 {
            1.0
        } else {
            -1.0
        }
    }))
}
