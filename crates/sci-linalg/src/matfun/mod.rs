//! Matrix functions: the exponential, ...

mod expm;

pub use expm::expm;
