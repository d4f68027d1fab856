//! Eigenproblems with SciPy's result forms: general (`eig`, `eigvals`), Hermitian (`eigh`,
//! `eigvalsh`), Hermitian band (`eig_banded`, `eigvals_banded`) and symmetric tridiagonal
//! (`eigh_tridiagonal`, `eigvalsh_tridiagonal`), on faer's EVD kernels.

mod banded;
mod eig;
mod eigh;
mod kernel;
mod tridiagonal;

pub use banded::{EigBandedOptions, eig_banded, eigvals_banded};
pub use eig::{Eig, EigOptions, eig, eig_with, eigvals, eigvals_homogeneous, eigvals_with};
pub use eigh::{Eigh, EighDriver, EighOptions, eigh, eigh_with, eigvalsh, eigvalsh_with};
pub use kernel::Select;
pub use tridiagonal::{
    EighTridiagonalOptions, TridiagonalDriver, eigh_tridiagonal, eigvalsh_tridiagonal,
};
