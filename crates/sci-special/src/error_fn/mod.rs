//! Error functions and relatives: `erf`, `erfc`, `erfcx`, `erfi`, `erfinv`, `erfcinv`, `dawsn`, `wofz`, `fresnel`, `ndtr`, `log_ndtr`, `ndtri`, `ndtri_exp`, `owens_t`, `voigt_profile`.
//!
//! One file per algorithm: `erf.rs` (erf, erfc, erfcx), `dawson.rs` (dawsn, erfi),
//! `inverse.rs` (erfinv, erfcinv), `normal.rs` (ndtr, log_ndtr, ndtri, ndtri_exp),
//! `fresnel.rs`, `owens_t.rs`, `voigt.rs`, `faddeeva.rs` (the complex Faddeeva function) and `complex.rs` (the
//! complex-argument forms); the polynomial tables, fitted with mpmath by
//! `xtask/golden/special/error_fn.py`, are in `tables.rs`.

pub mod complex;
mod dawson;
mod erf;
mod erf_table;
mod faddeeva;
mod fresnel;
mod inverse;
mod normal;
mod owens_t;
mod tables;
mod voigt;

pub use dawson::{dawsn, erfi};
pub use erf::{erf, erfc, erfcx};
pub use fresnel::{Fresnel, fresnel};
pub use inverse::{erfcinv, erfinv};
pub use normal::{log_ndtr, ndtr, ndtri, ndtri_exp};
pub use owens_t::owens_t;
pub use voigt::voigt_profile;
