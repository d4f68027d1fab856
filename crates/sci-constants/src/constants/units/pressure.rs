//! Units of pressure, in pascals.

use crate::codata::codata;
use crate::{g, inch, pound};

/// One standard atmosphere, 101 325 Pa (exact).
pub const atm: f64 = codata("standard atmosphere");
/// One standard atmosphere, Pa (the same as [`atm`]).
pub const atmosphere: f64 = atm;
/// One bar, 10⁵ Pa.
pub const bar: f64 = 1e5;
/// One torr, 1/760 atmosphere.
pub const torr: f64 = atm / 760.0;
/// One millimeter of mercury, taken as one torr (1/760 atmosphere), as SciPy does.
pub const mmHg: f64 = torr;
/// One pound-force per square inch.
pub const psi: f64 = pound * g / (inch * inch);
