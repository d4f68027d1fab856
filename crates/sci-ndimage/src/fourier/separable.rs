//! `fourier_gaussian` and `fourier_uniform`: separable multipliers (the Fourier transforms
//! of a Gaussian and of a box).

use ndarray::{Array, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::{FourierElement, FourierOptions, frequencies, per_input_axis, separable_multiply};

/// The Gaussian filter in the frequency domain (SciPy's `fourier_gaussian`) on a complex
/// FFT: each value times `Π_axis exp(-2π² σ_axis² f_axis²)`; `sigma` is one value or one
/// per axis.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a negative or NaN `sigma` (SciPy squares it quietly) or a
/// wrong number of values.
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_core::Complex64;
/// use sci_ndimage::fourier::fourier_gaussian;
/// let spectrum = Array2::from_elem((4, 4), Complex64::new(1.0, 0.0));
/// let out = fourier_gaussian(&spectrum, &[1.0]).unwrap();
/// assert_eq!(out[[0, 0]], Complex64::new(1.0, 0.0));
/// let f = (-2.0 * std::f64::consts::PI.powi(2) / 16.0).exp();
/// assert!((out[[1, 0]].re - f).abs() < 1e-15);
/// ```
///
/// Time and memory O(n).
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_gaussian.html>
pub fn fourier_gaussian<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
) -> Result<Array<T, D>> {
    fourier_gaussian_with(input, sigma, &FourierOptions::default())
}

/// [`fourier_gaussian`] with SciPy's keywords `n` and `axis` (for a real FFT's output).
///
/// # Errors
///
/// As [`fourier_gaussian`]; `n == 0` or an axis out of range.
///
/// # Examples
///
/// ```
/// use ndarray::Array1;
/// use sci_ndimage::fourier::{FourierOptions, fourier_gaussian_with};
/// // The real FFT of a signal of length 8 has 5 values.
/// let out = fourier_gaussian_with(&Array1::<f64>::ones(5), &[0.5], &FourierOptions::default().n(8)).unwrap();
/// assert!(out[4] < out[1]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_gaussian.html>
pub fn fourier_gaussian_with<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    options: &FourierOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let sigmas = per_input_axis("sigma", sigma, input.ndim())?;
    if let Some(&s) = sigmas.iter().find(|s| !(**s >= 0.0 && s.is_finite())) {
        return Err(Error::invalid_argument(
            "sigma",
            s,
            "must be finite and non-negative",
        ));
    }
    let freqs = frequencies(input.shape(), options)?;
    let c = -2.0 * std::f64::consts::PI * std::f64::consts::PI;
    let factors: Vec<Vec<f64>> = freqs
        .iter()
        .zip(&sigmas)
        .map(|(fs, &s)| fs.iter().map(|&f| (c * s * s * f * f).exp()).collect())
        .collect();
    Ok(separable_multiply(input, &factors))
}

/// The box (uniform) filter in the frequency domain (SciPy's `fourier_uniform`) on a
/// complex FFT: each value times `Π_axis sin(π s f) / (π s f)` (1 at `f = 0`), `size` one
/// value or one per axis.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a wrong number of sizes or a NaN size.
///
/// # Examples
///
/// ```
/// use ndarray::Array1;
/// use sci_core::Complex64;
/// use sci_ndimage::fourier::fourier_uniform;
/// let out = fourier_uniform(&Array1::from_elem(4, Complex64::new(2.0, 0.0)), &[2.0]).unwrap();
/// assert!((out[1].re - 2.0 * 2.0 / std::f64::consts::PI).abs() < 1e-15);
/// assert!(out[2].re.abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_uniform.html>
pub fn fourier_uniform<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[f64],
) -> Result<Array<T, D>> {
    fourier_uniform_with(input, size, &FourierOptions::default())
}

/// [`fourier_uniform`] with SciPy's keywords `n` and `axis`.
///
/// # Errors
///
/// As [`fourier_uniform`]; `n == 0` or an axis out of range.
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::fourier::{FourierOptions, fourier_uniform_with};
/// let o = FourierOptions::default().n(6).axis(0);
/// let out = fourier_uniform_with(&Array2::<f64>::ones((4, 3)), &[3.0, 1.0], &o).unwrap();
/// assert!(out[[2, 0]].abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_uniform.html>
pub fn fourier_uniform_with<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[f64],
    options: &FourierOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let sizes = per_input_axis("size", size, input.ndim())?;
    if let Some(&s) = sizes.iter().find(|s| s.is_nan()) {
        return Err(Error::invalid_argument("size", s, "must not be NaN"));
    }
    let freqs = frequencies(input.shape(), options)?;
    let factors: Vec<Vec<f64>> = freqs
        .iter()
        .zip(&sizes)
        .map(|(fs, &s)| {
            fs.iter()
                .map(|&f| {
                    let x = std::f64::consts::PI * s * f;
                    if x == 0.0 { 1.0 } else { x.sin() / x }
                })
                .collect()
        })
        .collect();
    Ok(separable_multiply(input, &factors))
}
