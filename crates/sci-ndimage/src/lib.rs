//! # sci-ndimage: `scipy.ndimage` for Rust
//!
//! N-dimensional image processing on ndarray arrays of any dimension: filters, Fourier
//! filters, interpolation, measurements and morphology, with SciPy's names, boundary modes,
//! output types and defaults, verified against SciPy golden data, and parallel over lines
//! and tiles.
//!
//! # Conventions
//!
//! - **Inputs** are anything that views as an ndarray array of any dimension
//!   (`&Array<T, D>`, `ArrayView<T, D>`); outputs are owned arrays of the same dimension.
//! - **Element types**: `u8, u16, i16, i32, i64, f32, f64` ([`Element`]) and `bool` for the
//!   binary operations. As in SciPy, filters return the input's type by default, computing
//!   in `f64` and truncating toward zero (with C-cast wrapping) into an integer output after
//!   each pass of a separable filter; interpolation rounds half away from zero and clamps.
//!   The `_into` forms write into an output array of any element type (SciPy's `output=`).
//! - **Boundary modes**: [`Mode`] (SciPy's `mode=`), with `cval` for the constant modes.
//! - **Options**: `name(required)` uses SciPy's defaults; `name_with(required, &options)`
//!   takes SciPy's keywords (`mode`, `cval`, `origin`, `axes`, ...) in an options struct
//!   whose `Default` is SciPy's default.
//! - **Errors**: bad input (negative `sigma`, a zero-size footprint, an origin outside the
//!   footprint, mismatched label shapes, a rank out of range) is an error, never a panic.
//!
#![doc = include_str!("../scipy-names.md")]

pub mod args;
mod element;
mod lines;
pub mod mode;
pub mod pad;

pub use element::Element;
pub use mode::Mode;
