//! `scipy.constants` for Rust: mathematical and physical constants, SI and binary prefixes,
//! units, temperature and wavelength conversions, and SciPy's CODATA table.
//!
//! Every number is SciPy 1.17.1's `f64` bit for bit (CODATA 2022 values, units computed in
//! SciPy's order), and the golden tests check each one against SciPy with a relative tolerance
//! of zero.
//!
//! # Usage
//!
//! Constants are `f64` values in SI units under SciPy's exact names, case included (`G` is the
//! gravitational constant, `g` the standard gravity):
//!
//! ```
//! use sci_constants as sc;
//!
//! // The energy of a 500 nm photon, in electron volts.
//! let energy = sc::h * sc::c / (500.0 * sc::nano) / sc::eV;
//! assert!((energy - 2.4797).abs() < 1e-4);
//!
//! // Units are multipliers to SI: 3 miles in meters, 1 atm in psi.
//! assert!((3.0 * sc::mile - 4828.032).abs() < 1e-9);
//! assert!((sc::atm / sc::psi - 14.695_948_8).abs() < 1e-6);
//! ```
//!
//! The CODATA table is searched with [`find`] and read by exact key with
//! [`physical_constants`], [`value`], [`unit`](fn@unit) and [`precision`]:
//!
//! ```
//! use sci_constants as sc;
//!
//! assert_eq!(sc::find(Some("Rydberg")).len(), 4);
//! let ry = sc::physical_constants("Rydberg constant times hc in eV")?;
//! assert!((ry.value - 13.605_693_122_99).abs() < 1e-9);
//! assert_eq!(ry.unit, "eV");
//! assert!(ry.precision() < 1e-11);
//! # Ok::<(), sci_core::Error>(())
//! ```
//!
//! Temperatures convert with [`convert_temperature`], elementwise over any array:
//!
//! ```
//! use sci_constants::convert_temperature;
//!
//! let fahrenheit = convert_temperature(&[0.0, 100.0], "Celsius", "Fahrenheit")?;
//! assert!((fahrenheit[0] - 32.0).abs() < 1e-12 && (fahrenheit[1] - 212.0).abs() < 1e-12);
//! # Ok::<(), sci_core::Error>(())
//! ```
//!
//! # Pitfalls
//!
//! - **Import the crate under a name, not with a glob.** The constants have short lowercase
//!   names (`c`, `e`, `h`, `k`, `g`, `u`), and in Rust a constant in scope turns `let c = 1.0;`
//!   into a pattern match against it, which does not compile. Write `use sci_constants as sc;`
//!   and `sc::c`, as one writes `import scipy.constants as sc`.
//! - **`degree_Fahrenheit` is a temperature difference** (1/1.8 K), not a conversion; convert
//!   temperatures with [`convert_temperature`].
//! - **Obsolete keys are silent.** SciPy warns (`ConstantWarning`) when a key only an older
//!   CODATA release has is used; here [`physical_constants`] returns the entry and
//!   [`PhysicalConstant::warning`] hands you the [`ConstantWarning`], if any. Former spellings
//!   of current keys ([`CodataStatus::Renamed`]) carry the current data and do not warn.
//!   [`find`] returns current keys only, as in SciPy.
//!
//! # SciPy → this crate
//!
//! | SciPy | here | note |
//! |---|---|---|
//! | `pi`, `golden`, `c`, `h`, `G`, `g`, ... | [`pi`], [`golden`], [`c`], [`h`], [`G`], [`g`], ... | `f64` constants, same names and values |
//! | SI prefixes `quetta` ... `quecto` | [`quetta`] ... [`quecto`] | `f64` |
//! | binary prefixes `kibi` ... `yobi` | [`kibi`] ... [`yobi`] | `f64` (exact powers of two) where SciPy has Python `int`s |
//! | `dyn` | `r#dyn` | `dyn` is a Rust keyword; [`dyne`] is the same value |
//! | `physical_constants[key]` | [`physical_constants`]`(key)` | a [`PhysicalConstant`] (value, unit, uncertainty, [`CodataStatus`]) |
//! | `value`, `unit`, `precision` | [`value`], [`unit`](fn@unit), [`precision`] | `Err(InvalidArgument)` where SciPy raises `KeyError` |
//! | `find(sub, disp=False)` | [`find`]`(Some(sub))`, [`find`]`(None)` | `disp` (printing) is left to the caller |
//! | iterating `physical_constants` | [`physical_constants_iter`] | every key, sorted |
//! | `ConstantWarning` | [`ConstantWarning`], from [`PhysicalConstant::warning`] | a value, not a printed warning |
//! | `convert_temperature` | [`convert_temperature`], [`convert_temperature_scalar`], [`TemperatureScale`] | `Err(InvalidArgument)` where SciPy raises `NotImplementedError` |
//! | `lambda2nu`, `nu2lambda` | [`lambda2nu`], [`nu2lambda`] | arrays in, arrays out |
//!
//! The full list of SciPy's names and where they live:
//!
#![doc(test(attr(deny(warnings))))]
#![doc = include_str!("../scipy-names.md")]

mod codata;
#[allow(
    non_upper_case_globals,
    reason = "SciPy's names are kept exactly (`c`, `G` and `g`, `N_A`), so SciPy users find them"
)]
mod constants;
mod temperature;
mod wavelength;

pub use codata::{
    CodataStatus, ConstantWarning, PhysicalConstant, find, physical_constants,
    physical_constants_iter, precision, unit, value,
};
pub use constants::*;
pub use temperature::{TemperatureScale, convert_temperature, convert_temperature_scalar};
pub use wavelength::{lambda2nu, nu2lambda};

/// The README's example, run as a doctest so that it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
