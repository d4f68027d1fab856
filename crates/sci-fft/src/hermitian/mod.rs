//! The transforms of Hermitian-symmetric signals: [`hfft`], [`ihfft`], [`hfftn`], [`ihfftn`],
//! [`hfft2`], [`ihfft2`]. A signal whose spectrum is real: `hfft` takes the first half of a
//! Hermitian sequence to its real spectrum, `ihfft` goes back. They are the real transforms
//! with the directions exchanged, on the same realfft kernels.

mod hfft;
mod hfftn;

pub use hfft::{hfft, ihfft};
pub use hfftn::{hfft2, hfftn, ihfft2, ihfftn};
