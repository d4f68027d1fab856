//! Moving arrays between ndarray and the linear-algebra crates sci builds on.
//!
//! - [`faer`](https://docs.rs/faer): zero-copy views both ways, for any strides faer and
//!   ndarray accept (row-major, column-major, sliced, reversed). No copy is ever made.
//! - [`nalgebra`](https://docs.rs/nalgebra): conversions to and from `DMatrix` / `DVector`
//!   (copies, since those own column-major storage), plus zero-copy ndarray views of them.

mod faer_views;
mod nalgebra_convert;

pub use faer_views::{
    as_faer, as_faer_col, as_faer_col_mut, as_faer_mut, from_faer, from_faer_col, from_faer_mut,
};
pub use nalgebra_convert::{
    dmatrix_view, dvector_view, from_dmatrix, from_dvector, to_dmatrix, to_dvector,
};
