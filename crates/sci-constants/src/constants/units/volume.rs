//! Units of volume, in cubic meters.

use crate::inch;

/// One liter, 10⁻³ m³.
pub const liter: f64 = 1e-3;
/// One litre, 10⁻³ m³ (the same as [`liter`]).
pub const litre: f64 = liter;
/// One US gallon, 231 cubic inches.
pub const gallon: f64 = 231.0 * (inch * inch * inch);
/// One US gallon, 231 cubic inches (the same as [`gallon`]).
pub const gallon_US: f64 = gallon;
/// One US fluid ounce, 1/128 US gallon.
pub const fluid_ounce: f64 = gallon_US / 128.0;
/// One US fluid ounce, 1/128 US gallon (the same as [`fluid_ounce`]).
pub const fluid_ounce_US: f64 = fluid_ounce;
/// One barrel (oil), 42 US gallons.
pub const bbl: f64 = 42.0 * gallon_US;
/// One barrel (oil), 42 US gallons (the same as [`bbl`]).
pub const barrel: f64 = bbl;
/// One imperial gallon, 4.546 09 liters (exact, by definition).
pub const gallon_imp: f64 = 4.54609e-3;
/// One imperial fluid ounce, 1/160 imperial gallon.
pub const fluid_ounce_imp: f64 = gallon_imp / 160.0;
