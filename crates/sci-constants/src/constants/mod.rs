//! The named constants of `scipy.constants`: mathematical constants, CODATA physical
//! constants, SI and binary prefixes, and units, each an `f64` in SI units under SciPy's name.
//!
//! Every value is SciPy 1.17.1's f64 bit for bit: CODATA constants are read (at compile time)
//! from the generated CODATA table, and units derived from others are computed in the order
//! SciPy computes them, so rounding agrees to the last bit.

mod math;
mod physical;
mod prefixes;
mod units;

pub use math::*;
pub use physical::*;
pub use prefixes::*;
pub use units::*;
