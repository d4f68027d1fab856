//! Units of force, in newtons.

use crate::{g, pound};

/// One dyne, 10⁻⁵ N: SciPy's `dyn`, a Rust keyword, so written `r#dyn`.
pub const r#dyn: f64 = 1e-5;
/// One dyne, 10⁻⁵ N (the same as `r#dyn`).
pub const dyne: f64 = r#dyn;
/// One pound-force, the weight of one pound under standard gravity.
pub const lbf: f64 = pound * g;
/// One pound-force, N (the same as [`lbf`]).
pub const pound_force: f64 = lbf;
/// One kilogram-force, the weight of one kilogram under standard gravity.
pub const kgf: f64 = g;
/// One kilogram-force, N (the same as [`kgf`]).
pub const kilogram_force: f64 = kgf;
