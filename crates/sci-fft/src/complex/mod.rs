//! The complex transforms: [`fft`], [`ifft`] along one axis, [`fftn`], [`ifftn`],
//! [`fft2`], [`ifft2`] along several, on rustfft.

mod fft;
mod fftn;

pub use fft::{fft, ifft};
pub use fftn::{fft2, fftn, ifft2, ifftn};

use std::sync::Arc;

use rustfft::Fft;
use sci_core::ndarray::{ArrayD, Axis};
use sci_core::num_complex::Complex;

use crate::element::{FftFloat, cache};
use crate::lanes::{InPlace, in_place};
use crate::options::Norm;

/// A complex FFT of one length, in place, with an optional factor.
pub(crate) struct C2c<T: FftFloat> {
    plan: Arc<dyn Fft<T>>,
    factor: Option<T>,
}

impl<T: FftFloat> C2c<T> {
    /// The transform of length `n` in direction `forward`, scaled as `norm` says.
    pub(crate) fn new(n: usize, forward: bool, norm: Norm) -> Self {
        C2c {
            plan: cache::<T>().c2c(n, forward),
            factor: norm.factor(forward, n).map(T::from_f64_rounded),
        }
    }
}

impl<T: FftFloat> InPlace<Complex<T>> for C2c<T> {
    type Scratch = Vec<Complex<T>>;
    fn len(&self) -> usize {
        self.plan.len()
    }
    fn scratch(&self) -> Vec<Complex<T>> {
        vec![Complex::default(); self.plan.get_inplace_scratch_len()]
    }
    fn apply(&self, lanes: &mut [Complex<T>], scratch: &mut Vec<Complex<T>>) {
        self.plan.process_with_scratch(lanes, scratch);
        scale(lanes, self.factor);
    }
}

/// Multiplies every value by `factor`, if any.
pub(crate) fn scale<T: FftFloat>(values: &mut [Complex<T>], factor: Option<T>) {
    if let Some(f) = factor {
        for v in values {
            *v = v.scale(f);
        }
    }
}

/// Complex FFTs of `data` along each of `axes` in turn, in place.
pub(crate) fn c2c_axes<T: FftFloat>(
    data: &mut ArrayD<Complex<T>>,
    axes: &[usize],
    forward: bool,
    norm: Norm,
    parallel: bool,
) {
    for &axis in axes {
        let n = data.len_of(Axis(axis));
        let kernel = C2c::<T>::new(n, forward, norm);
        in_place(data, axis, parallel, &kernel);
    }
}
