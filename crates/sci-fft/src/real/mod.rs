//! The transforms of real input: [`rfft`], [`irfft`] along one axis, [`rfftn`], [`irfftn`],
//! [`rfft2`], [`irfft2`] along several, on realfft. The Hermitian transforms (`hfft`, ...)
//! are built from the same kernels with conjugation.

mod rfft;
mod rfftn;

pub(crate) use rfft::{c2r_1d, r2c_1d};
pub use rfft::{irfft, rfft};
pub use rfftn::{irfft2, irfftn, rfft2, rfftn};

pub(crate) use rfftn::{c2r_nd, r2c_nd};

use std::sync::Arc;

use realfft::{ComplexToReal, RealToComplex};
use sci_core::num_complex::Complex;

use crate::complex::scale;
use crate::element::{FftFloat, cache};
use crate::lanes::LaneMap;
use crate::options::Norm;

/// Real input of length `n` to its `n/2 + 1` non-negative frequencies; `conjugate` gives the
/// inverse-direction transform (`ihfft`).
pub(crate) struct R2c<T: FftFloat> {
    plan: Arc<dyn RealToComplex<T>>,
    n: usize,
    factor: Option<T>,
    conjugate: bool,
}

impl<T: FftFloat> R2c<T> {
    /// The transform of real length `n`: forward (`rfft`) or inverse (`ihfft`), scaled as
    /// `norm` says for that direction.
    pub(crate) fn new(n: usize, forward: bool, norm: Norm) -> Self {
        R2c {
            plan: cache::<T>().r2c(n),
            n,
            factor: norm.factor(forward, n).map(T::from_f64_rounded),
            conjugate: !forward,
        }
    }
}

impl<T: FftFloat> LaneMap<T, Complex<T>> for R2c<T> {
    type Scratch = Vec<Complex<T>>;
    fn n_in(&self) -> usize {
        self.n
    }
    fn n_out(&self) -> usize {
        self.n / 2 + 1
    }
    fn scratch(&self) -> Vec<Complex<T>> {
        vec![Complex::default(); self.plan.get_scratch_len()]
    }
    fn apply(&self, input: &mut [T], output: &mut [Complex<T>], scratch: &mut Vec<Complex<T>>) {
        // The lengths are the plan's by construction: realfft's only error cannot occur.
        let done = self.plan.process_with_scratch(input, output, scratch);
        debug_assert!(done.is_ok());
        scale(output, self.factor);
        if self.conjugate {
            for v in output.iter_mut() {
                v.im = -v.im;
            }
        }
    }
}

/// The `n/2 + 1` non-negative frequencies of a Hermitian sequence to its `n` real values;
/// `conjugate` gives the forward-direction transform (`hfft`).
pub(crate) struct C2r<T: FftFloat> {
    plan: Arc<dyn ComplexToReal<T>>,
    n: usize,
    factor: Option<T>,
    conjugate: bool,
}

impl<T: FftFloat> C2r<T> {
    /// The transform to real length `n`: inverse (`irfft`) or forward (`hfft`), scaled as
    /// `norm` says for that direction.
    pub(crate) fn new(n: usize, forward: bool, norm: Norm) -> Self {
        C2r {
            plan: cache::<T>().c2r(n),
            n,
            factor: norm.factor(forward, n).map(T::from_f64_rounded),
            conjugate: forward,
        }
    }
}

impl<T: FftFloat> LaneMap<Complex<T>, T> for C2r<T> {
    type Scratch = Vec<Complex<T>>;
    fn n_in(&self) -> usize {
        self.n / 2 + 1
    }
    fn n_out(&self) -> usize {
        self.n
    }
    fn scratch(&self) -> Vec<Complex<T>> {
        vec![Complex::default(); self.plan.get_scratch_len()]
    }
    fn apply(&self, input: &mut [Complex<T>], output: &mut [T], scratch: &mut Vec<Complex<T>>) {
        if self.conjugate {
            for v in input.iter_mut() {
                v.im = -v.im;
            }
        }
        // The imaginary parts of the zero and Nyquist frequencies do not contribute to a
        // real signal; SciPy (pocketfft) ignores them, realfft wants them zero.
        let zero = T::zero();
        input[0].im = zero;
        if self.n.is_multiple_of(2) {
            input[self.n / 2].im = zero;
        }
        let done = self.plan.process_with_scratch(input, output, scratch);
        debug_assert!(done.is_ok());
        if let Some(f) = self.factor {
            for v in output.iter_mut() {
                *v = *v * f;
            }
        }
    }
}
