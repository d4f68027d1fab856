//! The names most sci programs use, in one import: `use sci::prelude::*;`.
//!
//! It brings the SciPy-named modules (`constants`, `special`, `optimize`, ... those enabled by
//! features), the shared [`Error`], [`Result`] and [`Complex64`], and ndarray's everyday names
//! (`array!`, `s!`, `Array1`, `Array2`, `ArrayView1`, `ArrayView2`, `Axis`).
//!
//! # Examples
//!
//! ```
//! use sci::prelude::*;
//!
//! let a: Array1<f64> = array![1.0, 2.0, 3.0];
//! assert_eq!(a.slice(s![1..]).len(), 2);
//! let z = Complex64::new(0.0, 1.0);
//! assert!((z * z + 1.0).norm() < 1e-15);
//! ```

pub use sci_core::ndarray::{Array1, Array2, ArrayD, ArrayView1, ArrayView2, Axis, array, s};
pub use sci_core::{Complex64, Error, Result};

#[cfg(feature = "cluster")]
pub use crate::cluster;
#[cfg(feature = "constants")]
pub use crate::constants;
#[cfg(feature = "differentiate")]
pub use crate::differentiate;
#[cfg(feature = "fft")]
pub use crate::fft;
#[cfg(feature = "integrate")]
pub use crate::integrate;
#[cfg(feature = "interpolate")]
pub use crate::interpolate;
#[cfg(feature = "io")]
pub use crate::io;
#[cfg(feature = "linalg")]
pub use crate::linalg;
#[cfg(feature = "ndimage")]
pub use crate::ndimage;
#[cfg(feature = "odr")]
pub use crate::odr;
#[cfg(feature = "optimize")]
pub use crate::optimize;
#[cfg(feature = "signal")]
pub use crate::signal;
#[cfg(feature = "sparse")]
pub use crate::sparse;
#[cfg(feature = "spatial")]
pub use crate::spatial;
#[cfg(feature = "special")]
pub use crate::special;
#[cfg(feature = "stats")]
pub use crate::stats;
