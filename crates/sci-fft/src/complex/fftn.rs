//! `fftn`, `ifftn`, `fft2`, `ifft2`: complex transforms along several axes.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::num_complex::Complex;

use super::c2c_axes;
use crate::axes::{into_dim, resized, shape_and_axes};
use crate::element::ComplexInput;
use crate::options::FftnOptions;
use crate::workers::{resolve, run};

/// The N-d discrete Fourier transform over `axes` (SciPy's `scipy.fft.fftn`).
///
/// A 1-D [`fft`](crate::fft) along each axis in turn, with `s` zero-padding or truncating the
/// input first. The `norm` factor uses the product of the transform lengths. With
/// `axes = []` the input is returned as complex numbers, as in SciPy. Lines along each axis run
/// in parallel; time O(N log N) for N points.
///
/// # Errors
///
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for axes out of range or
/// repeated, an `s` entry of 0, an `s` longer than the number of axes, or bad `workers`;
/// [`Error::ShapeMismatch`](sci_core::Error::ShapeMismatch) when `s` and `axes` differ in
/// length; [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty transformed axis.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{fftn, FftnOptions};
///
/// let x = array![[1.0f64, 2.0], [3.0, 4.0]];
/// let y = fftn(&x, &FftnOptions::default())?;
/// // [[10, -2], [-4, 0]]
/// assert!((y[[0, 0]].re - 10.0).abs() < 1e-14);
/// assert!((y[[0, 1]].re + 2.0).abs() < 1e-14);
/// assert!((y[[1, 0]].re + 4.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fftn.html>
pub fn fftn<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftnOptions,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    c2c_nd(
        x,
        options.s.as_deref(),
        options.axes.as_deref(),
        options,
        true,
    )
}

/// The N-d inverse discrete Fourier transform over `axes` (SciPy's `scipy.fft.ifftn`).
///
/// # Errors
///
/// As [`fftn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{fftn, ifftn, FftnOptions};
///
/// let x = array![[1.0f64, 2.0, 0.5], [3.0, 4.0, -1.0]];
/// let back = ifftn(&fftn(&x, &FftnOptions::default())?, &FftnOptions::default())?;
/// assert!((back[[1, 2]].re + 1.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ifftn.html>
pub fn ifftn<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftnOptions,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    c2c_nd(
        x,
        options.s.as_deref(),
        options.axes.as_deref(),
        options,
        false,
    )
}

/// The 2-D discrete Fourier transform (SciPy's `scipy.fft.fft2`): [`fftn`] with `axes`
/// defaulting to the last two.
///
/// # Errors
///
/// As [`fftn`]; an input of fewer than 2 dimensions has no default axes.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{fft2, FftnOptions};
///
/// let x = Array2::<f64>::ones((4, 6));
/// let y = fft2(&x, &FftnOptions::default())?;
/// assert!((y[[0, 0]].re - 24.0).abs() < 1e-13);
/// assert!(y[[1, 3]].norm() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fft2.html>
pub fn fft2<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftnOptions,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let axes = options.axes_2d();
    c2c_nd(x, options.s.as_deref(), Some(&axes), options, true)
}

/// The 2-D inverse discrete Fourier transform (SciPy's `scipy.fft.ifft2`).
///
/// # Errors
///
/// As [`fft2`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{fft2, ifft2, FftnOptions};
///
/// let x = array![[1.0f64, -2.0], [0.5, 4.0]];
/// let back = ifft2(&fft2(&x, &FftnOptions::default())?, &FftnOptions::default())?;
/// assert!((back[[1, 1]].re - 4.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ifft2.html>
pub fn ifft2<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    options: &FftnOptions,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let axes = options.axes_2d();
    c2c_nd(x, options.s.as_deref(), Some(&axes), options, false)
}

/// The complex transform over several axes, in either direction.
fn c2c_nd<'a, A, D>(
    x: impl AsArray<'a, A, D>,
    s: Option<&[usize]>,
    axes: Option<&[isize]>,
    options: &FftnOptions,
    forward: bool,
) -> Result<Array<Complex<A::Real>, D>>
where
    A: ComplexInput,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let workers = resolve(options.workers)?;
    let (lens, axes) = shape_and_axes(x.shape(), s, axes)?;
    let sizes: Vec<(usize, usize)> = axes.iter().copied().zip(lens.iter().copied()).collect();
    let mut data = resized(&x, &sizes, A::to_complex);
    run(workers, |parallel| {
        c2c_axes(&mut data, &axes, forward, options.norm, parallel);
    });
    into_dim(data)
}
