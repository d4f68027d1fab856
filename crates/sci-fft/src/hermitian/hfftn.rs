//! `hfftn`, `ihfftn`, `hfft2`, `ihfft2`: Hermitian transforms along several axes.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::num_complex::Complex;

use crate::axes::into_dim;
use crate::element::{ComplexInput, FftFloat};
use crate::options::FftnOptions;
use crate::real::{c2r_nd, r2c_nd};

/// The N-d FFT of a Hermitian-symmetric signal (SciPy's `scipy.fft.hfftn`): complex forward
/// transforms along all but the last of `axes`, then [`hfft`](crate::hfft) along the last.
///
/// `hfftn(x) == irfftn(conj(x)) * N` with the default `norm`.
///
/// # Errors
///
/// As [`irfftn`](crate::irfftn).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{hfftn, ihfftn, FftnOptions};
///
/// let x = array![[1.0f64, 2.0, 0.0, -1.0], [0.5, 1.0, 3.0, 2.0]];
/// let h = ihfftn(&x, &FftnOptions::default())?;
/// let back = hfftn(&h, &FftnOptions::default().s([2, 4]))?;
/// assert!((back[[1, 2]] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.hfftn.html>
pub fn hfftn<'a, A, D>(
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
        true,
    )?)
}

/// The inverse of [`hfftn`] (SciPy's `scipy.fft.ihfftn`): `conj(rfftn(x)) / N` with the
/// default `norm`.
///
/// # Errors
///
/// As [`rfftn`](crate::rfftn).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{ihfftn, FftnOptions};
///
/// let y = ihfftn(&Array2::<f64>::ones((2, 4)), &FftnOptions::default())?;
/// assert_eq!(y.shape(), &[2, 3]);
/// assert!((y[[0, 0]].re - 1.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ihfftn.html>
pub fn ihfftn<'a, T, D>(
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
        false,
    )?)
}

/// [`hfftn`] with `axes` defaulting to the last two (SciPy's `scipy.fft.hfft2`).
///
/// # Errors
///
/// As [`hfftn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{hfft2, FftnOptions};
///
/// let y = hfft2(&Array2::<f64>::ones((2, 3)), &FftnOptions::default())?;
/// assert_eq!(y.shape(), &[2, 4]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.hfft2.html>
pub fn hfft2<'a, A, D>(
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
        true,
    )?)
}

/// [`ihfftn`] with `axes` defaulting to the last two (SciPy's `scipy.fft.ihfft2`).
///
/// # Errors
///
/// As [`ihfftn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{ihfft2, FftnOptions};
///
/// let y = ihfft2(&Array2::<f64>::ones((2, 4)), &FftnOptions::default())?;
/// assert_eq!(y.shape(), &[2, 3]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ihfft2.html>
pub fn ihfft2<'a, T, D>(
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
        false,
    )?)
}
