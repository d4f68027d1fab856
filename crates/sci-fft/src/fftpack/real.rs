//! fftpack's `rfft` and `irfft` in the packed real layout.

use std::sync::Arc;

use realfft::{ComplexToReal, RealToComplex};
use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::num_complex::Complex;

use crate::axes::{into_dim, shape_and_axis};
use crate::element::{FftFloat, cache};
use crate::lanes::{LaneMap, map_lanes};
use crate::options::FftOptions;
use crate::workers::{resolve, run};

/// Real signal of length `n` to its packed spectrum (`n` reals), or back.
struct Packed<T: FftFloat> {
    n: usize,
    r2c: Option<Arc<dyn RealToComplex<T>>>,
    c2r: Option<Arc<dyn ComplexToReal<T>>>,
    factor: Option<T>,
}

impl<T: FftFloat> LaneMap<T, T> for Packed<T> {
    type Scratch = (Vec<Complex<T>>, Vec<Complex<T>>);
    fn n_in(&self) -> usize {
        self.n
    }
    fn n_out(&self) -> usize {
        self.n
    }
    fn scratch(&self) -> Self::Scratch {
        let len = match (&self.r2c, &self.c2r) {
            (Some(p), _) => p.get_scratch_len(),
            (_, Some(p)) => p.get_scratch_len(),
            _ => 0,
        };
        (
            vec![Complex::default(); self.n / 2 + 1],
            vec![Complex::default(); len],
        )
    }
    fn apply(&self, input: &mut [T], output: &mut [T], (spec, scratch): &mut Self::Scratch) {
        let n = self.n;
        if let Some(p) = &self.r2c {
            let done = p.process_with_scratch(input, spec, scratch);
            debug_assert!(done.is_ok());
            output[0] = spec[0].re;
            for k in 1..n.div_ceil(2) {
                output[2 * k - 1] = spec[k].re;
                output[2 * k] = spec[k].im;
            }
            if n.is_multiple_of(2) && n > 1 {
                output[n - 1] = spec[n / 2].re;
            }
        } else if let Some(p) = &self.c2r {
            let zero = T::zero();
            spec[0] = Complex::new(input[0], zero);
            for k in 1..n.div_ceil(2) {
                spec[k] = Complex::new(input[2 * k - 1], input[2 * k]);
            }
            if n.is_multiple_of(2) && n > 1 {
                spec[n / 2] = Complex::new(input[n - 1], zero);
            }
            let done = p.process_with_scratch(spec, output, scratch);
            debug_assert!(done.is_ok());
        }
        if let Some(f) = self.factor {
            for v in output.iter_mut() {
                *v = *v * f;
            }
        }
    }
}

fn packed<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &FftOptions,
    forward: bool,
) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let workers = resolve(options.workers)?;
    let (axis, n) = shape_and_axis(x.shape(), options.n, options.axis)?;
    let kernel = Packed {
        n,
        r2c: forward.then(|| cache::<T>().r2c(n)),
        c2r: (!forward).then(|| cache::<T>().c2r(n)),
        factor: options.norm.factor(forward, n).map(T::from_f64_rounded),
    };
    let out = run(workers, |parallel| {
        map_lanes(&x, axis, parallel, &|v| v, &kernel)
    });
    into_dim(out)
}

/// The FFT of a real sequence in fftpack's packed layout (`scipy.fftpack.rfft`):
/// `[y0, Re y1, Im y1, ..., Re y(n/2)]`, `n` reals for `n` inputs.
///
/// # Errors
///
/// As [`crate::rfft`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fftpack, FftOptions};
///
/// // scipy.fftpack.rfft([1, 2, 3, 4]) == [10, -2, 2, -2]
/// let y = fftpack::rfft(&[1.0f64, 2.0, 3.0, 4.0], &FftOptions::default())?;
/// assert_eq!(y.to_vec(), vec![10.0, -2.0, 2.0, -2.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.rfft.html>
pub fn rfft<'a, T, D>(x: impl AsArray<'a, T, D>, options: &FftOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    packed(x, options, true)
}

/// The inverse of fftpack's packed [`rfft`] (`scipy.fftpack.irfft`): `n` reals from a packed
/// spectrum of `n` reals, with the `1/n` factor.
///
/// # Errors
///
/// As [`crate::rfft`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fftpack, FftOptions};
///
/// // scipy.fftpack.irfft([1, 2, 3, 4]) == [2.25f64, -2.25, 0.25, 0.75]
/// let y = fftpack::irfft(&[1.0f64, 2.0, 3.0, 4.0], &FftOptions::default())?;
/// let expected = [2.25f64, -2.25, 0.25, 0.75];
/// for (v, e) in y.iter().zip(expected) {
///     assert!((v - e).abs() < 1e-15);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.irfft.html>
pub fn irfft<'a, T, D>(x: impl AsArray<'a, T, D>, options: &FftOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    packed(x, options, false)
}

/// Packed forward transform of one real sequence, unnormalised (for the pseudo-differential
/// operators).
pub(crate) fn packed_forward(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let kernel = Packed::<f64> {
        n,
        r2c: Some(cache::<f64>().r2c(n)),
        c2r: None,
        factor: None,
    };
    let mut input = x.to_vec();
    let mut out = vec![0.0; n];
    let mut s = kernel.scratch();
    kernel.apply(&mut input, &mut out, &mut s);
    out
}

/// Packed backward transform of one packed spectrum, unnormalised.
pub(crate) fn packed_backward(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let kernel = Packed::<f64> {
        n,
        r2c: None,
        c2r: Some(cache::<f64>().c2r(n)),
        factor: None,
    };
    let mut input = x.to_vec();
    let mut out = vec![0.0; n];
    let mut s = kernel.scratch();
    kernel.apply(&mut input, &mut out, &mut s);
    out
}
