//! SciPy's CODATA table (`scipy.constants.physical_constants`): the entries, their lookup by
//! key, the substring search `find`, and the `ConstantWarning` of obsolete keys.
//!
//! The table holds every key SciPy 1.17.1 has: the 355 of CODATA 2022 (the *current* ones)
//! and 90 that SciPy keeps from the CODATA 2002 to 2018 releases: 81 *obsolete* ones, and 9
//! older spellings of current keys (*renamed*). Its data is generated (`table.rs`, by `xtask/codegen/codata_table.py`) so that every value and
//! uncertainty is SciPy's f64 bit for bit.

mod entry;
mod lookup;
mod table;

pub use entry::{CodataStatus, ConstantWarning, PhysicalConstant};
pub(crate) use lookup::codata;
pub use lookup::{find, physical_constants, physical_constants_iter, precision, unit, value};
