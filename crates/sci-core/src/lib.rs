//! # sci-core: the shared foundation of sci
//!
//! Every sci crate builds on this one, and only on this one among sci crates at its level:
//!
//! - [`Error`] and [`Result`]: the one error type (errors are values; no public sci function
//!   panics on user input);
//! - the array conventions ([`array`](mod@array) module): ndarray as the array currency, [`Complex64`],
//!   1-D input from slices, `Vec`s and arrays alike ([`view1`]), and the shape and finiteness
//!   checks ([`check_shape`], [`check_finite`], ...) that return [`Error`]s;
//! - zero-copy views between ndarray and faer ([`as_faer`], [`from_faer`], ...) and
//!   conversions to and from nalgebra ([`to_dmatrix`], [`from_dmatrix`], ...);
//! - [`Callback`]: the callback type of long iterative work, returning
//!   [`std::ops::ControlFlow`];
//! - [`testing`] (feature `testing`): tolerances, `assert_close`, ULP distances and the
//!   golden-fixture loader used by every crate's tests.
//!
//! # Examples
//!
//! ```
//! use sci_core::ndarray::array;
//! use sci_core::{as_faer, check_finite, Error};
//!
//! let a = array![[2.0, 1.0], [1.0, 3.0]];
//! check_finite("a", &a)?;
//! // faer sees the same memory, no copy.
//! let m = as_faer(&a);
//! assert_eq!(m[(1, 1)], 3.0);
//!
//! let bad = array![[f64::NAN]];
//! assert!(matches!(check_finite("a", &bad), Err(Error::NonFinite { .. })));
//! # Ok::<(), sci_core::Error>(())
//! ```

pub mod alloc;
pub mod array;
pub mod callback;
mod error;
mod interop;
#[cfg(feature = "testing")]
pub mod testing;

pub use array::{
    AsArray, Complex64, Finite, check_finite, check_nonempty, check_same_len, check_shape,
    check_square, view, view1,
};
pub use callback::Callback;
pub use error::{Error, FilePosition, Result};
pub use interop::{
    as_faer, as_faer_col, as_faer_col_mut, as_faer_mut, dmatrix_view, dvector_view, from_dmatrix,
    from_dvector, from_faer, from_faer_col, from_faer_mut, to_dmatrix, to_dvector,
};

/// ndarray, re-exported so every crate and user names the same version.
pub use ndarray;
/// num-complex, re-exported for its complex number types.
pub use num_complex;
