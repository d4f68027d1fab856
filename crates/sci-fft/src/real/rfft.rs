//! `rfft` and `irfft`: the discrete Fourier transform of real input along one axis, and its
//! inverse.

use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::num_complex::Complex;
use sci_core::{Error, Result};

use super::{C2r, R2c};
use crate::axes::{check_len, into_dim, normalize_axis, shape_and_axis};
use crate::element::{ComplexInput, FftFloat};
use crate::lanes::map_lanes;
use crate::options::FftOptions;
use crate::workers::{resolve, run};

/// The 1-D discrete Fourier transform of real input (SciPy's `scipy.fft.rfft`).
///
/// Returns the `n/2 + 1` non-negative frequency terms of [`fft`](crate::fft) (the others are
/// their complex conjugates). About twice as fast as [`fft`](crate::fft) on the same data;
/// time O(n log n), memory O(n).
///
/// # Errors
///
/// As [`fft`](crate::fft).
///
/// # Examples
///
/// ```
/// use sci_fft::{rfft, FftOptions};
///
/// // scipy.fft.rfft([0, 1, 0, 0]) == [1, -1j, -1]
/// let y = rfft(&[0.0f64, 1.0, 0.0, 0.0], &FftOptions::default())?;
/// assert_eq!(y.len(), 3);
/// assert!((y[1].im + 1.0).abs() < 1e-15 && (y[2].re + 1.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.rfft.html>
pub fn rfft<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &FftOptions,
) -> Result<Array<Complex<T>, D>>
where
    T: FftFloat,
    D: Dimension,
{
    r2c_1d(x, options, true)
}

/// The inverse of [`rfft`] (SciPy's `scipy.fft.irfft`): `n` real values from the `n/2 + 1`
/// non-negative frequency terms.
///
/// `n` defaults to `2 (m - 1)` for `m` input terms; pass it for odd lengths
/// (`irfft(rfft(x), n = x.len())`). The input is truncated or zero-padded to `n/2 + 1` terms;
/// the imaginary parts of the zero (and, for even `n`, the Nyquist) term are ignored. Real
/// input is accepted.
///
/// # Errors
///
/// As [`fft`](crate::fft); also [`Error::InvalidArgument`] when the default `n` is 0 (a
/// single input term).
///
/// # Examples
///
/// ```
/// use sci_fft::{irfft, rfft, FftOptions};
///
/// let x = [1.0f64, 2.0, -1.0, 0.5, 3.0];
/// let back = irfft(&rfft(&x, &FftOptions::default())?, &FftOptions::default().n(5))?;
/// for (b, v) in back.iter().zip(x) {
///     assert!((b - v).abs() < 1e-14);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.irfft.html>
pub fn irfft<'a, A, D>(x: impl AsArray<'a, A, D>, options: &FftOptions) -> Result<Array<A::Real, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    c2r_1d(x, options, false)
}

/// The real output of a Hermitian input along one axis: `irfft` (`forward = false`) or `hfft`.
pub(crate) fn c2r_1d<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftOptions,
    forward: bool,
) -> Result<Array<A::Real, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let workers = resolve(options.workers)?;
    let axis = normalize_axis(options.axis, x.ndim())?;
    let n = match options.n {
        Some(n) => {
            check_len("n", n)?;
            n
        }
        None => {
            let m = x.len_of(sci_core::ndarray::Axis(axis));
            let n = 2 * m.saturating_sub(1);
            if n < 1 {
                return Err(Error::invalid_argument(
                    "n",
                    n,
                    format!(
                        "invalid number of data points: the default 2 (m - 1) for m = {m} input terms"
                    ),
                ));
            }
            n
        }
    };
    let kernel = C2r::<A::Real>::new(n, forward, options.norm);
    let out = run(workers, |parallel| {
        map_lanes(&x, axis, parallel, &A::to_complex, &kernel)
    });
    into_dim(out)
}

/// The complex output of a real input along one axis: `rfft` or `ihfft` (`forward = false`).
pub(crate) fn r2c_1d<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &FftOptions,
    forward: bool,
) -> Result<Array<Complex<T>, D>>
where
    T: FftFloat,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let workers = resolve(options.workers)?;
    let (axis, n) = shape_and_axis(x.shape(), options.n, options.axis)?;
    let kernel = R2c::<T>::new(n, forward, options.norm);
    let out = run(workers, |parallel| {
        map_lanes(&x, axis, parallel, &|v| v, &kernel)
    });
    into_dim(out)
}
