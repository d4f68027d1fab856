//! `scipy.fftpack`: the legacy interface, with fftpack's own conventions.
//!
//! All 31 names of `scipy.fftpack.__all__`. Most are the [`scipy.fft`](crate) transforms
//! under the same options (`norm` defaults to fftpack's only convention, backward); these
//! differ:
//!
//! - [`rfft`] / [`irfft`] use fftpack's *packed* real layout: `n` reals
//!   `[y0, Re y1, Im y1, Re y2, Im y2, ...]` (ending with `Re y(n/2)` for even `n`) instead of
//!   `n/2 + 1` complex numbers;
//! - [`rfftfreq`] gives the frequencies of that layout: `rfftfreq(8) =
//!   [0, .125, .125, .25, .25, .375, .375, .5]`;
//! - [`idct`] / [`idst`] (and [`idctn`], [`idstn`]) are *unnormalised* with the default
//!   `norm`: `idct(dct(x)) == 2 n x` for type 2, as in fftpack;
//! - [`next_fast_len`] gives 5-smooth lengths (fftpack's own radices);
//! - the pseudo-differential operators on periodic sequences: [`diff`], [`tilbert`],
//!   [`itilbert`], [`hilbert`], [`ihilbert`], [`cs_diff`], [`sc_diff`], [`ss_diff`],
//!   [`cc_diff`], [`shift`].
//!
//! # Examples
//!
//! ```
//! use sci_fft::fftpack;
//!
//! // The tutorial: frequencies and spectrum of a signal sampled every 0.02 s.
//! let t: Vec<f64> = (0..1000).map(|k| k as f64 * 0.02).collect();
//! let sig: Vec<f64> = t.iter().map(|&t| (2.0 * std::f64::consts::PI / 5.0 * t).sin()).collect();
//! let freq = fftpack::fftfreq(sig.len(), 0.02)?;
//! let spectrum = fftpack::fft(&sig, &Default::default())?;
//! let peak = (1..500).max_by(|&a, &b| spectrum[a].norm().total_cmp(&spectrum[b].norm())).unwrap();
//! assert!((freq[peak] - 0.2).abs() < 1e-12);
//! # Ok::<(), sci_core::Error>(())
//! ```

mod basic;
mod pseudo_diffs;
mod real;
mod realtransforms;

pub use crate::complex::{fft, fft2, fftn, ifft, ifft2, ifftn};
pub use crate::helpers::{fftfreq, fftshift, ifftshift};
pub use basic::{next_fast_len, rfftfreq};
pub use pseudo_diffs::{
    PseudoDiffInput, cc_diff, cs_diff, diff, hilbert, ihilbert, itilbert, sc_diff, shift, ss_diff,
    tilbert,
};
pub use real::{irfft, rfft};
pub use realtransforms::{dct, dctn, dst, dstn, idct, idctn, idst, idstn};
