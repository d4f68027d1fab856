//! `hfft` and `ihfft` along one axis.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::num_complex::Complex;

use crate::element::{ComplexInput, FftFloat};
use crate::options::FftOptions;
use crate::real::{c2r_1d, r2c_1d};

/// The FFT of a signal with Hermitian symmetry (SciPy's `scipy.fft.hfft`): `n` real
/// spectrum values from the first `n/2 + 1` terms of the signal.
///
/// `hfft(x, n) == irfft(conj(x), n) * n` with the default `norm` (no factor on this forward
/// transform). `n` defaults to `2 (m - 1)` for `m` input terms.
///
/// # Errors
///
/// As [`irfft`](crate::irfft).
///
/// # Examples
///
/// ```
/// use sci_fft::{hfft, FftOptions};
/// use sci_core::Complex64;
///
/// // scipy.fft.hfft([1, 2j, 3]) == [4, 2, 4, -6]
/// let x = [Complex64::new(1.0, 0.0), Complex64::new(0.0, 2.0), Complex64::new(3.0, 0.0)];
/// let y = hfft(&x, &FftOptions::default())?;
/// let expected = [4.0f64, 2.0, 4.0, -6.0];
/// for (v, e) in y.iter().zip(expected) {
///     assert!((v - e).abs() < 1e-14, "{v} vs {e}");
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.hfft.html>
pub fn hfft<'a, A, D>(x: impl AsArray<'a, A, D>, options: &FftOptions) -> Result<Array<A::Real, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    c2r_1d(x, options, true)
}

/// The inverse of [`hfft`] (SciPy's `scipy.fft.ihfft`): the first `n/2 + 1` terms of the
/// Hermitian signal whose FFT is the real input.
///
/// `ihfft(x) == conj(rfft(x)) / n` with the default `norm`.
///
/// # Errors
///
/// As [`rfft`](crate::rfft).
///
/// # Examples
///
/// ```
/// use sci_fft::{hfft, ihfft, FftOptions};
///
/// let spectrum = [4.0f64, 2.0, 0.0, -6.0];
/// let x = ihfft(&spectrum, &FftOptions::default())?;
/// assert!((x[1].im - 2.0).abs() < 1e-15);
/// let back = hfft(&x, &FftOptions::default().n(4))?;
/// assert!((back[3] + 6.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ihfft.html>
pub fn ihfft<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &FftOptions,
) -> Result<Array<Complex<T>, D>>
where
    T: FftFloat,
    D: Dimension,
{
    r2c_1d(x, options, false)
}
