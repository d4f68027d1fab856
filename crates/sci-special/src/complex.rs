//! Complex-argument forms of the special functions, under the same names as the real ones:
//! `complex::loggamma`, `complex::erf`, `complex::wofz`, `complex::lambertw`, ...
//!
//! Each family re-exports its complex functions here with one line.
pub use crate::error_fn::complex::*;
pub use crate::gamma::complex::*;
pub use crate::lambertw::complex::*;
