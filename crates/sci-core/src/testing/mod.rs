//! Test helpers shared by every sci crate's tests (feature `testing`).
//!
//! - [`Tol`]: the one tolerance vocabulary, with named defaults ([`Tol::CLOSED_FORM`],
//!   [`Tol::ITERATIVE`]) and size-scaled ones ([`Tol::eps_scaled`]);
//! - [`assert_close`] / [`check_close`]: compare scalars and arrays (real or complex), reporting
//!   the index, both values and the error of the worst element;
//! - [`ulp_distance`]: distance in units in the last place, for accuracy bounds;
//! - [`AccuracyTable`] / [`AccuracyReport`]: accuracy in ULPs against mpmath references, and
//!   SciPy's on the same points, saved for `cargo xtask accuracy`;
//! - [`Fixture`]: the one loader of the SciPy golden fixtures written by
//!   `cargo xtask golden` (a JSON file of cases per topic, arrays in `.npy` files beside it).
//!
//! Enable it in a crate's `[dev-dependencies]` with
//! `sci-core = { workspace = true, features = ["testing"] }`. These helpers panic on failure,
//! as assertions do; they are for tests, never for library code.

mod accuracy;
mod close;
mod fixture;
mod tolerance;
mod ulp;

pub use accuracy::{
    AccuracyReport, AccuracyTable, ErrorStats, check_accuracy, check_accuracy_complex,
};
pub use close::{CloseData, assert_close, check_close};
pub use fixture::{Case, Fixture, Values};
/// The element types [`Values::array`] reads from `.npy` files (ndarray-npy's trait).
pub use ndarray_npy::ReadableElement;
pub use tolerance::Tol;
pub use ulp::{max_ulp_distance, ulp_distance};
