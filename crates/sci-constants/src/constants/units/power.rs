//! Units of power, in watts.

use crate::{foot, g, pound};

/// One (mechanical, imperial) horsepower, 550 foot-pounds-force per second.
pub const hp: f64 = 550.0 * foot * pound * g;
/// One horsepower, W (the same as [`hp`]).
pub const horsepower: f64 = hp;
