//! Structure of a matrix: its bandwidth, whether it is symmetric or Hermitian, and the
//! Khatri-Rao (column-wise Kronecker) product.

mod bandwidth;
mod khatri_rao;
mod symmetry;

pub use bandwidth::bandwidth;
pub use khatri_rao::khatri_rao;
pub use symmetry::{SymmetryOptions, ishermitian, issymmetric};
