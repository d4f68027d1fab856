//! `scipy.linalg`'s special matrices: the constructors of structured matrices (Toeplitz,
//! Hankel, circulant, companion, Pascal, Hilbert, Hadamard, DFT, ...) and the block and
//! Kronecker products.
//!
//! One file per family; every constructor validates its arguments and returns
//! `sci_core::Result`, and the size check below turns a matrix too large to allocate into an
//! error instead of a panic.

mod binomial;
mod block_diag;
mod companion;
mod convolution;
mod dft;
mod fiedler;
mod hadamard;
mod helmert;
mod hilbert;
mod kron;
mod leslie;
mod pascal;
mod toeplitz;

pub use block_diag::block_diag;
pub use companion::{companion, fiedler_companion};
pub use convolution::{ConvolutionMode, convolution_matrix};
pub use dft::{DftScale, dft};
pub use fiedler::fiedler;
pub use hadamard::hadamard;
pub use helmert::helmert;
pub use hilbert::{hilbert, invhilbert, invhilbert_exact};
pub use kron::kron;
pub use leslie::leslie;
pub use pascal::{PascalKind, invpascal, invpascal_exact, pascal, pascal_exact};
pub use toeplitz::{circulant, hankel, toeplitz};

use sci_core::ndarray::Array2;
use sci_core::{Error, Result};

/// A `rows x cols` matrix filled with `value`, or an `InvalidArgument` error naming `what`
/// (the argument that sets the size) when the matrix could not be addressed in memory.
pub(crate) fn filled<T: Clone>(
    rows: usize,
    cols: usize,
    value: T,
    what: &str,
) -> Result<Array2<T>> {
    check_size::<T>(rows, cols, what)?;
    Ok(Array2::from_elem((rows, cols), value))
}

/// `Ok` when a `rows x cols` matrix of `T` fits in the address space (ndarray's limit:
/// `isize::MAX` bytes), else an `InvalidArgument` error naming `what`.
pub(crate) fn check_size<T>(rows: usize, cols: usize, what: &str) -> Result<()> {
    let bytes = rows
        .checked_mul(cols)
        .and_then(|len| len.checked_mul(size_of::<T>().max(1)));
    match bytes {
        Some(b) if isize::try_from(b).is_ok() => Ok(()),
        _ => Err(Error::invalid_argument(
            what,
            format!("{rows} x {cols}"),
            "the matrix is too large to allocate",
        )),
    }
}
