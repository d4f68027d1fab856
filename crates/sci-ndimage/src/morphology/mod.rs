//! Morphology (`scipy.ndimage`'s binary and grey-scale morphology).

mod grey;

pub use grey::*;
mod binary;
mod binary_engine;
mod structure;

pub use binary::*;
pub use structure::{generate_binary_structure, iterate_structure};
