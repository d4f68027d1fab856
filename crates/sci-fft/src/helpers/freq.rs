//! `fftfreq` and `rfftfreq`: the sample frequencies of the FFT outputs.

use sci_core::ndarray::Array1;
use sci_core::{Error, Result};

/// Checks `n` and `d` and returns `1 / (n d)`, the frequency step.
fn step(n: usize, d: f64) -> Result<f64> {
    // Lengths are far below 2^53: exact as f64.
    #[allow(clippy::cast_precision_loss)]
    let nd = n as f64 * d;
    if nd == 0.0 {
        return Err(Error::invalid_argument(
            if n == 0 { "n" } else { "d" },
            if n == 0 { n.to_string() } else { d.to_string() },
            "n * d must not be zero (division by zero)",
        ));
    }
    Ok(1.0 / nd)
}

/// An index as an f64 (exact below 2^53).
#[allow(clippy::cast_precision_loss)]
fn f(k: usize) -> f64 {
    k as f64
}

/// The sample frequencies of [`fft`](crate::fft)'s output, in cycles per unit of the sample
/// spacing `d` (SciPy's `scipy.fft.fftfreq(n, d)`; SciPy's default `d` is 1.0):
/// `[0, 1, ..., (n-1)/2, -(n/2), ..., -1] / (n d)`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `n * d` is zero (SciPy raises `ZeroDivisionError`).
///
/// # Examples
///
/// ```
/// // scipy.fft.fftfreq(5, d=0.1) == [0, 2, 4, -4, -2]
/// let f = sci_fft::fftfreq(5, 0.1)?;
/// assert_eq!(f.to_vec(), vec![0.0, 2.0, 4.0, -4.0, -2.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fftfreq.html>
pub fn fftfreq(n: usize, d: f64) -> Result<Array1<f64>> {
    let val = step(n, d)?;
    let positive = (n - 1) / 2 + 1;
    Ok(Array1::from_iter(
        (0..positive)
            .map(|k| f(k) * val)
            .chain((1..=n / 2).rev().map(|k| -f(k) * val)),
    ))
}

/// The sample frequencies of [`rfft`](crate::rfft)'s output (SciPy's
/// `scipy.fft.rfftfreq(n, d)`): `[0, 1, ..., n/2] / (n d)`.
///
/// # Errors
///
/// As [`fftfreq`].
///
/// # Examples
///
/// ```
/// let f = sci_fft::rfftfreq(8, 1.0)?;
/// assert_eq!(f.to_vec(), vec![0.0, 0.125, 0.25, 0.375, 0.5]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.rfftfreq.html>
pub fn rfftfreq(n: usize, d: f64) -> Result<Array1<f64>> {
    let val = step(n, d)?;
    Ok(Array1::from_iter((0..=n / 2).map(|k| f(k) * val)))
}
