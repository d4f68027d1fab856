//! # sci-fft: scipy.fft and scipy.fftpack for Rust
//!
//! Discrete Fourier, cosine and sine transforms with SciPy's names, definitions and defaults,
//! on N-dimensional ndarray input along any axis or set of axes: the complex transforms on
//! [rustfft], the real ones on [realfft], the cosine and sine transforms on [rustdct].
//! Verified against SciPy 1.17 golden data and, up to lengths of 2^22, against a naive DFT
//! in extended precision.
//!
//! # Usage
//!
//! Required arguments are positional; SciPy's keywords (`n`, `axis`/`axes`, `s`, `norm`,
//! `type`, `orthogonalize`, `workers`) are set on an options struct whose `Default` is SciPy's
//! default, passed by reference to every call: [`FftOptions`] for the 1-D transforms,
//! [`FftnOptions`] for the N-d ones, [`DctOptions`] and [`DctnOptions`] for the cosine and
//! sine transforms. The options are checked when the function is called.
//!
//! ```
//! use sci_fft::{fft, ifft, rfft, fftfreq, FftOptions, Norm};
//!
//! // scipy.fft.fft(x), scipy.fft.fft(x, n=8, norm="ortho")
//! let x = [1.0f64, 2.0, 0.0, -1.0];
//! let y = fft(&x, &FftOptions::default())?;
//! let y8 = fft(&x, &FftOptions::default().n(8).norm(Norm::Ortho))?;
//! assert_eq!((y.len(), y8.len()), (4, 8));
//! let back = ifft(&y, &FftOptions::default())?;
//! assert!((back[1].re - 2.0).abs() < 1e-15);
//! // Real input: only the n/2 + 1 non-negative frequencies.
//! assert_eq!(rfft(&x, &FftOptions::default())?.len(), 3);
//! assert_eq!(fftfreq(4, 0.5)?.to_vec(), vec![0.0, 0.5, -1.0, -0.5]);
//! # Ok::<(), sci_core::Error>(())
//! ```
//!
//! Inputs are anything that views as an array (`&[f64]`, `&Vec<_>`, `&Array2<_>`, views) of
//! any dimension; the transform runs along `axis` (default `-1`, the last) or `axes`, and the
//! output is an owned array of the same dimension. Element types: `f64` and `f32` (computed in
//! that precision, as SciPy keeps `float32` in single precision), and `Complex64` /
//! `Complex32` for the complex transforms, which also accept real input.
//!
//! # Pitfalls
//!
//! - **Normalisation.** [`Norm::Backward`] (the default) puts `1/n` on the inverse only:
//!   `fft` sums, `ifft` averages. [`Norm::Ortho`] scales both by `1/sqrt(n)`,
//!   [`Norm::Forward`] puts `1/n` on the forward transform. A pair is an inverse only when both
//!   use the same `norm`. The DCT/DST "n" is `2n`, `2(n-1)` (DCT-I) or `2(n+1)` (DST-I), and
//!   their unnormalised definitions carry a factor 2 (see [`dct`]).
//! - **Output order.** `fft` returns frequency 0, then the positive frequencies, then the
//!   negative ones: use [`fftfreq`] for the frequency of each term and [`fftshift`] to centre
//!   the zero frequency (e.g. to plot a spectrum).
//! - **Real transforms lose the length.** `rfft` of 5 or 6 points gives 4 terms either way;
//!   `irfft` assumes an even length `2 (m - 1)`. Pass `n` (or `s`) to [`irfft`]/[`irfftn`]
//!   to get odd lengths back.
//! - **`scipy.fftpack` is different.** Its `rfft` packs the spectrum into `n` reals and its
//!   `idct` is unnormalised: use [`fftpack`] for the legacy conventions, this crate's root for
//!   `scipy.fft`'s.
//!
//! # Speed
//!
//! Plans are cached process-wide, per precision, keyed by length, direction and kind, so
//! repeated calls do not re-plan. Any length is O(n log n) (prime lengths through rustfft's
//! Rader and Bluestein algorithms). The independent 1-D lines of an N-d transform run in
//! parallel on rayon (feature `parallel`, on by default); `workers` follows SciPy (`1`: the
//! calling thread, `-1`: all CPUs, `None`: rayon's pool, which honours `RAYON_NUM_THREADS`).
//! Results are identical for every number of threads.
//!
//! # Features
//!
//! - `parallel` (default): rayon for independent lines. Without it, everything runs on the
//!   calling thread.
//!
#![doc = include_str!("../scipy-names.md")]

mod axes;
mod complex;
mod element;
pub mod fftpack;
mod fht;
mod helpers;
mod hermitian;
mod lanes;
mod options;
mod plan_cache;
mod r2r;
mod real;
mod workers;

pub use complex::{fft, fft2, fftn, ifft, ifft2, ifftn};
pub use element::{ComplexInput, FftFloat};
pub use fht::{FhtOptions, fht, fhtoffset, ifht};
pub use helpers::{fftfreq, fftshift, ifftshift, next_fast_len, prev_fast_len, rfftfreq};
pub use hermitian::{hfft, hfft2, hfftn, ihfft, ihfft2, ihfftn};
pub use options::{DctOptions, DctnOptions, FftOptions, FftnOptions, Norm};
pub use r2r::{dct, dctn, dst, dstn, idct, idctn, idst, idstn};
pub use real::{irfft, irfft2, irfftn, rfft, rfft2, rfftn};
