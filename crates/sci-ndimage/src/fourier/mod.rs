//! Fourier filters (`scipy.ndimage`'s `fourier_*`): multipliers applied to the output of a
//! forward FFT (a complex FFT over every axis, or a real FFT along one `axis` whose
//! original length is `n`), as SciPy defines them.
//!
//! The frequency of index `i` along an axis of length `N` is numpy's `fftfreq`: `i / N`
//! for `i < (N + 1) / 2`, `(i - N) / N` above; along the real FFT's axis it is `i / n`.

mod ellipsoid;
mod separable;
mod shift;

use ndarray::{Array, ArrayView, Dimension};
use num_complex::Complex64;
use sci_core::{Error, Result};

use crate::args::{per_axis, resolve_axes};

pub use ellipsoid::{fourier_ellipsoid, fourier_ellipsoid_with};
pub use separable::{
    fourier_gaussian, fourier_gaussian_with, fourier_uniform, fourier_uniform_with,
};
pub use shift::{fourier_shift, fourier_shift_with};

/// SciPy's keywords of the Fourier filters: `n` (`-1`: the input is a complex FFT; a
/// positive `n`: the input is a real FFT along `axis` of a signal of length `n`) and
/// `axis` (`-1`).
///
/// # Examples
///
/// ```
/// use sci_ndimage::fourier::FourierOptions;
/// let o = FourierOptions::default().n(10).axis(0);
/// assert_eq!((o.n, o.axis), (10, 0));
/// assert_eq!(FourierOptions::default().n, -1);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_gaussian.html>
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FourierOptions {
    /// The real FFT's signal length along `axis`, or `-1` for a complex FFT.
    pub n: isize,
    /// The axis of the real FFT (`-1`).
    pub axis: isize,
}

impl Default for FourierOptions {
    fn default() -> Self {
        FourierOptions { n: -1, axis: -1 }
    }
}

impl FourierOptions {
    /// The real FFT's signal length (`-1`: complex FFT).
    #[must_use]
    pub fn n(mut self, n: isize) -> Self {
        self.n = n;
        self
    }

    /// The axis of the real FFT.
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = axis;
        self
    }
}

/// The element types the Fourier filters take: [`Complex64`] (an FFT's output) and, as
/// SciPy accepts, `f64` and `f32`.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_ndimage::fourier::FourierElement;
/// assert_eq!(Complex64::new(1.0, 2.0).scale(2.0), Complex64::new(2.0, 4.0));
/// assert_eq!(1.5f32.to_complex(), Complex64::new(1.5, 0.0));
/// ```
pub trait FourierElement: Copy + Send + Sync + 'static {
    /// The value times a real factor, in the element's type.
    fn scale(self, factor: f64) -> Self;
    /// The value as a complex number.
    fn to_complex(self) -> Complex64;
}

impl FourierElement for Complex64 {
    fn scale(self, factor: f64) -> Self {
        self * factor
    }
    fn to_complex(self) -> Complex64 {
        self
    }
}

impl FourierElement for f64 {
    fn scale(self, factor: f64) -> Self {
        self * factor
    }
    fn to_complex(self) -> Complex64 {
        Complex64::new(self, 0.0)
    }
}

impl FourierElement for f32 {
    fn scale(self, factor: f64) -> Self {
        (f64::from(self) * factor) as f32
    }
    fn to_complex(self) -> Complex64 {
        Complex64::new(f64::from(self), 0.0)
    }
}

/// The frequencies of every axis of an array of `shape` (see the module doc).
fn frequencies(shape: &[usize], options: &FourierOptions) -> Result<Vec<Vec<f64>>> {
    let ndim = shape.len();
    let real_axis = if options.n < 0 {
        None
    } else if options.n == 0 {
        return Err(Error::invalid_argument(
            "n",
            0,
            "must be -1 (complex FFT) or the real FFT's length",
        ));
    } else {
        Some(resolve_axes(Some(&[options.axis]), ndim)?[0])
    };
    Ok((0..ndim)
        .map(|k| {
            let len = shape[k];
            if Some(k) == real_axis {
                let n = options.n as f64;
                (0..len).map(|i| i as f64 / n).collect()
            } else {
                let nf = len as f64;
                (0..len)
                    .map(|i| {
                        if i < len.div_ceil(2) {
                            i as f64 / nf
                        } else {
                            (i as f64 - nf) / nf
                        }
                    })
                    .collect()
            }
        })
        .collect())
}

/// A per-axis parameter (`sigma`, `size`, `shift`) broadcast to every axis.
fn per_input_axis(name: &str, values: &[f64], ndim: usize) -> Result<Vec<f64>> {
    per_axis(name, values, ndim)
}

/// `input` times the product over the axes of `factor(axis, index along axis)`.
fn separable_multiply<T: FourierElement, D: Dimension>(
    input: ArrayView<'_, T, D>,
    factors: &[Vec<f64>],
) -> Array<T, D> {
    let mut out = input.to_owned();
    for (idx, v) in out.view_mut().into_dyn().indexed_iter_mut() {
        let mut f = 1.0;
        for (k, fk) in factors.iter().enumerate() {
            f *= fk[idx[k]];
        }
        *v = v.scale(f);
    }
    out
}
