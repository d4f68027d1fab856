//! fftpack's `rfftfreq` (packed order) and `next_fast_len` (5-smooth).

use sci_core::Result;
use sci_core::ndarray::Array1;

/// The sample frequencies of fftpack's packed [`rfft`](super::rfft) output
/// (`scipy.fftpack.rfftfreq(n, d)`): `[0, 1, 1, 2, 2, ...] / (n d)`, each positive frequency
/// twice (real and imaginary parts). As numpy divides, `d = 0` gives infinities and a NaN
/// rather than an error; `n = 0` gives an empty array.
///
/// # Examples
///
/// ```
/// let f = sci_fft::fftpack::rfftfreq(8, 1.0);
/// assert_eq!(f.to_vec(), vec![0.0, 0.125, 0.125, 0.25, 0.25, 0.375, 0.375, 0.5]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.rfftfreq.html>
pub fn rfftfreq(n: usize, d: f64) -> Array1<f64> {
    // Lengths are far below 2^53: exact as f64.
    #[allow(clippy::cast_precision_loss)]
    let nd = n as f64 * d;
    #[allow(clippy::cast_precision_loss)]
    Array1::from_iter((1..=n).map(|k| (k / 2) as f64 / nd))
}

/// The smallest 5-smooth length (a product of 2, 3 and 5) at or above `target`
/// (`scipy.fftpack.next_fast_len`); 0 stays 0.
///
/// # Errors
///
/// As [`crate::next_fast_len`].
///
/// # Examples
///
/// ```
/// assert_eq!(sci_fft::fftpack::next_fast_len(10007)?, 10125);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.next_fast_len.html>
pub fn next_fast_len(target: usize) -> Result<usize> {
    crate::next_fast_len(target, true)
}
