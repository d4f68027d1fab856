//! `rfftn`, `irfftn`, `rfft2`, `irfft2`: real-input transforms along several axes.

use sci_core::ndarray::{Array, ArrayD, ArrayViewD, AsArray, Axis, Dimension};
use sci_core::num_complex::Complex;
use sci_core::{Error, Result};

use super::{C2r, R2c};
use crate::axes::{into_dim, resized, shape_and_axes};
use crate::complex::c2c_axes;
use crate::element::{ComplexInput, FftFloat};
use crate::lanes::map_lanes;
use crate::options::{FftnOptions, Norm};
use crate::workers::{resolve, run};

/// The N-d discrete Fourier transform of real input (SciPy's `scipy.fft.rfftn`).
///
/// A real-to-complex transform along the last of `axes` (which keeps `s[-1]/2 + 1` terms),
/// then complex transforms along the others. Lines run in parallel; time O(N log N).
///
/// # Errors
///
/// As [`fftn`](crate::fftn); also [`Error::InvalidArgument`] for `axes = []` (at least one
/// axis must be transformed).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{rfftn, FftnOptions};
///
/// let x = Array2::<f64>::ones((4, 6));
/// let y = rfftn(&x, &FftnOptions::default())?;
/// assert_eq!(y.shape(), &[4, 4]);
/// assert!((y[[0, 0]].re - 24.0).abs() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.rfftn.html>
pub fn rfftn<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &FftnOptions,
) -> Result<Array<Complex<T>, D>>
where
    T: FftFloat,
    D: Dimension,
{
    let x = x.into().into_dyn();
    into_dim(r2c_nd(
        &x,
        options.s.as_deref(),
        options.axes.as_deref(),
        options,
        true,
    )?)
}

/// The inverse of [`rfftn`] (SciPy's `scipy.fft.irfftn`).
///
/// Complex inverse transforms along all but the last of `axes`, then a complex-to-real one
/// along the last. Without `s`, the last output length is `2 (m - 1)` for `m` input terms;
/// pass `s` to get odd lengths back.
///
/// # Errors
///
/// As [`rfftn`]; also [`Error::InvalidArgument`] when the default last length is 0.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{irfftn, rfftn, FftnOptions};
///
/// let x = array![[1.0f64, 2.0, 3.0], [4.0, 5.0, 6.5]];
/// let y = rfftn(&x, &FftnOptions::default())?;
/// let back = irfftn(&y, &FftnOptions::default().s([2, 3]))?;
/// assert!((back[[1, 2]] - 6.5).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.irfftn.html>
pub fn irfftn<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftnOptions,
) -> Result<Array<A::Real, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let x = x.into().into_dyn();
    into_dim(c2r_nd(
        &x,
        options.s.as_deref(),
        options.axes.as_deref(),
        options,
        false,
    )?)
}

/// The 2-D discrete Fourier transform of real input (SciPy's `scipy.fft.rfft2`): [`rfftn`]
/// with `axes` defaulting to the last two.
///
/// # Errors
///
/// As [`rfftn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{rfft2, FftnOptions};
///
/// let y = rfft2(&Array2::<f64>::ones((3, 4)), &FftnOptions::default())?;
/// assert_eq!(y.shape(), &[3, 3]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.rfft2.html>
pub fn rfft2<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &FftnOptions,
) -> Result<Array<Complex<T>, D>>
where
    T: FftFloat,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let axes = options.axes_2d();
    into_dim(r2c_nd(
        &x,
        options.s.as_deref(),
        Some(&axes),
        options,
        true,
    )?)
}

/// The inverse of [`rfft2`] (SciPy's `scipy.fft.irfft2`).
///
/// # Errors
///
/// As [`irfftn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{irfft2, rfft2, FftnOptions};
///
/// let x = array![[1.0f64, 2.0], [3.0, 4.0]];
/// let back = irfft2(&rfft2(&x, &FftnOptions::default())?, &FftnOptions::default())?;
/// assert!((back[[1, 0]] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.irfft2.html>
pub fn irfft2<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftnOptions,
) -> Result<Array<A::Real, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let axes = options.axes_2d();
    into_dim(c2r_nd(
        &x,
        options.s.as_deref(),
        Some(&axes),
        options,
        false,
    )?)
}

/// The error of a real transform asked for no axis.
fn no_axes() -> Error {
    Error::invalid_argument("axes", "[]", "at least 1 axis must be transformed")
}

/// Real input to complex output over several axes: `rfftn`, or `ihfftn` (`forward = false`).
pub(crate) fn r2c_nd<T: FftFloat>(
    x: &ArrayViewD<'_, T>,
    s: Option<&[usize]>,
    axes: Option<&[isize]>,
    options: &FftnOptions,
    forward: bool,
) -> Result<ArrayD<Complex<T>>> {
    let workers = resolve(options.workers)?;
    let (lens, axes) = shape_and_axes(x.shape(), s, axes)?;
    let (&last, others) = axes.split_last().ok_or_else(no_axes)?;
    let n_last = lens[lens.len() - 1];
    let sizes: Vec<(usize, usize)> = others.iter().copied().zip(lens.iter().copied()).collect();
    let norm: Norm = options.norm;
    Ok(run(workers, |parallel| {
        let kernel = R2c::<T>::new(n_last, forward, norm);
        let mut out = map_lanes(x, last, parallel, &|v| v, &kernel);
        if sizes.iter().any(|&(a, n)| out.len_of(Axis(a)) != n) {
            out = resized(&out.view(), &sizes, |v| v);
        }
        c2c_axes(&mut out, others, forward, norm, parallel);
        out
    }))
}

/// Hermitian input to real output over several axes: `irfftn` (`forward = false`) or
/// `hfftn`.
pub(crate) fn c2r_nd<A: ComplexInput>(
    x: &ArrayViewD<'_, A>,
    s: Option<&[usize]>,
    axes: Option<&[isize]>,
    options: &FftnOptions,
    forward: bool,
) -> Result<ArrayD<A::Real>> {
    let workers = resolve(options.workers)?;
    let (mut lens, axes) = shape_and_axes(x.shape(), s, axes)?;
    let (&last, others) = axes.split_last().ok_or_else(no_axes)?;
    let k = lens.len() - 1;
    if s.is_none() {
        let m = x.len_of(Axis(last));
        lens[k] = 2 * m.saturating_sub(1);
        if lens[k] < 1 {
            return Err(Error::invalid_argument(
                "s",
                lens[k],
                format!(
                    "invalid number of data points: the default 2 (m - 1) for m = {m} input terms along axis {last}"
                ),
            ));
        }
    }
    let n_last = lens[k];
    let mut sizes: Vec<(usize, usize)> = axes.iter().copied().zip(lens.iter().copied()).collect();
    sizes[k].1 = n_last / 2 + 1;
    let norm = options.norm;
    Ok(run(workers, |parallel| {
        let mut data = resized(x, &sizes, A::to_complex);
        c2c_axes(&mut data, others, forward, norm, parallel);
        let kernel = C2r::<A::Real>::new(n_last, forward, norm);
        map_lanes(&data.view(), last, parallel, &|v| v, &kernel)
    }))
}
