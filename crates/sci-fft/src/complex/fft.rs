//! `fft` and `ifft`: the complex discrete Fourier transform along one axis.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::num_complex::Complex;

use super::c2c_axes;
use crate::axes::{into_dim, resized, shape_and_axis};
use crate::element::ComplexInput;
use crate::options::FftOptions;
use crate::workers::{resolve, run};

/// The 1-D discrete Fourier transform along `axis` (SciPy's `scipy.fft.fft`).
///
/// `y[k] = sum_j x[j] exp(-2 pi i j k / n)`, times the factor of `norm`. Output order is
/// SciPy's: `y[0]` is the zero frequency, then the positive frequencies, then the negative
/// ones from the most negative up ([`fftfreq`](crate::fftfreq) gives the frequencies,
/// [`fftshift`](crate::fftshift) centres them). Real input is transformed as complex.
///
/// Any length works: rustfft picks mixed-radix, Rader or Bluestein algorithms; time
/// O(n log n) per line (also for primes), memory O(n). Lines of an N-d input are independent
/// and run in parallel (see `workers`).
///
/// # Errors
///
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for an `axis` out of range,
/// `n` = 0, or a bad `workers`; [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an
/// empty axis without `n`.
///
/// # Examples
///
/// ```
/// use sci_fft::{fft, FftOptions};
///
/// // scipy.fft.fft([0, 1, 0, 0])
/// let y = fft(&[0.0f64, 1.0, 0.0, 0.0], &FftOptions::default())?;
/// let expected = [(1.0, 0.0), (0.0, -1.0), (-1.0, 0.0), (0.0, 1.0)];
/// for (v, (re, im)) in y.iter().zip(expected) {
///     assert!((v.re - re).abs() < 1e-15 && (v.im - im).abs() < 1e-15);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fft.html>
pub fn fft<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftOptions,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    c2c_1d(x, options, true)
}

/// The 1-D inverse discrete Fourier transform along `axis` (SciPy's `scipy.fft.ifft`).
///
/// `x[j] = (1/n) sum_k y[k] exp(2 pi i j k / n)` with the default `norm`, so
/// `ifft(fft(x)) == x` up to rounding. Input in [`fft`]'s order.
///
/// # Errors
///
/// As [`fft`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fft, ifft, FftOptions};
///
/// let x = [1.0f64, 2.0, 1.0, -1.0, 1.5];
/// let back = ifft(&fft(&x, &FftOptions::default())?, &FftOptions::default())?;
/// for (b, v) in back.iter().zip(x) {
///     assert!((b.re - v).abs() < 1e-14 && b.im.abs() < 1e-14);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ifft.html>
pub fn ifft<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftOptions,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    c2c_1d(x, options, false)
}

/// The complex transform of one axis, in either direction.
fn c2c_1d<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftOptions,
    forward: bool,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let workers = resolve(options.workers)?;
    let (axis, n) = shape_and_axis(x.shape(), options.n, options.axis)?;
    let mut data = resized(&x, &[(axis, n)], A::to_complex);
    run(workers, |parallel| {
        c2c_axes(&mut data, &[axis], forward, options.norm, parallel);
    });
    into_dim(data)
}
