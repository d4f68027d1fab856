//! `fourier_shift`: a shift applied in the frequency domain (a phase ramp).

use ndarray::{Array, AsArray, Dimension};
use num_complex::Complex64;
use sci_core::{Error, Result, view};

use super::{FourierElement, FourierOptions, frequencies, per_input_axis};

/// The shift filter in the frequency domain (SciPy's `fourier_shift`) on a complex FFT:
/// each value times `exp(-2πi Σ_axis shift_axis f_axis)`, so the inverse transform is the
/// input moved by `shift` samples (periodically); `shift` is one value or one per axis.
/// The output is complex for real inputs too, as in SciPy.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a wrong number of shifts or a non-finite shift.
///
/// # Examples
///
/// ```
/// use ndarray::Array1;
/// use sci_core::Complex64;
/// use sci_ndimage::fourier::fourier_shift;
/// let out = fourier_shift(&Array1::from_elem(4, Complex64::new(1.0, 0.0)), &[1.0]).unwrap();
/// // A shift by one sample turns frequency 1/4 by a quarter turn.
/// assert!((out[1] - Complex64::new(0.0, -1.0)).norm() < 1e-15);
/// ```
///
/// Time and memory O(n).
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_shift.html>
pub fn fourier_shift<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    shift: &[f64],
) -> Result<Array<Complex64, D>> {
    fourier_shift_with(input, shift, &FourierOptions::default())
}

/// [`fourier_shift`] with SciPy's keywords `n` and `axis`.
///
/// # Errors
///
/// As [`fourier_shift`]; `n == 0` or an axis out of range.
///
/// # Examples
///
/// ```
/// use ndarray::Array1;
/// use sci_ndimage::fourier::{FourierOptions, fourier_shift_with};
/// let out = fourier_shift_with(&Array1::<f64>::ones(3), &[2.0], &FourierOptions::default().n(4)).unwrap();
/// assert!((out[2].re - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_shift.html>
pub fn fourier_shift_with<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    shift: &[f64],
    options: &FourierOptions,
) -> Result<Array<Complex64, D>> {
    let input = view(input);
    let shifts = per_input_axis("shift", shift, input.ndim())?;
    if let Some(&s) = shifts.iter().find(|s| !s.is_finite()) {
        return Err(Error::invalid_argument("shift", s, "must be finite"));
    }
    let freqs = frequencies(input.shape(), options)?;
    // One phase factor per axis and index; the value's factor is their product.
    let phases: Vec<Vec<Complex64>> = freqs
        .iter()
        .zip(&shifts)
        .map(|(fs, &s)| {
            fs.iter()
                .map(|&f| {
                    let a = -2.0 * std::f64::consts::PI * s * f;
                    Complex64::new(a.cos(), a.sin())
                })
                .collect()
        })
        .collect();
    let mut out = input.mapv(FourierElement::to_complex);
    for (idx, v) in out.view_mut().into_dyn().indexed_iter_mut() {
        let mut p = Complex64::new(1.0, 0.0);
        for (k, pk) in phases.iter().enumerate() {
            p *= pk[idx[k]];
        }
        *v *= p;
    }
    Ok(out)
}
