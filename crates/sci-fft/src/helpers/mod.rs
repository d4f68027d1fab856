//! The helpers: sample frequencies ([`fftfreq`], [`rfftfreq`]), centring the zero frequency
//! ([`fftshift`], [`ifftshift`]) and fast transform lengths ([`next_fast_len`],
//! [`prev_fast_len`]).

mod fast_len;
mod freq;
mod shift;

pub use fast_len::{next_fast_len, prev_fast_len};
pub use freq::{fftfreq, rfftfreq};
pub use shift::{fftshift, ifftshift};
