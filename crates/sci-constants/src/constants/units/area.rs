//! Units of area, in square meters.

use crate::foot;

/// One hectare, 10⁴ m².
pub const hectare: f64 = 1e4;
/// One international acre, 43 560 square feet.
pub const acre: f64 = 43560.0 * (foot * foot);
