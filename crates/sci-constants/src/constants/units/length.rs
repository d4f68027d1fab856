//! Units of length, in meters.

use crate::{Julian_year, arcsec, c};

/// One inch, 0.0254 m (exact, by definition).
pub const inch: f64 = 0.0254;
/// One foot, 12 inches.
pub const foot: f64 = 12.0 * inch;
/// One yard, 3 feet.
pub const yard: f64 = 3.0 * foot;
/// One mile, 1760 yards.
pub const mile: f64 = 1760.0 * yard;
/// One mil, 1/1000 inch.
pub const mil: f64 = inch / 1000.0;
/// One typographic point, 1/72 inch.
pub const pt: f64 = inch / 72.0;
/// One typographic point, 1/72 inch (the same as [`pt`]).
pub const point: f64 = pt;
/// One US survey foot, 1200/3937 m.
pub const survey_foot: f64 = 1200.0 / 3937.0;
/// One US survey mile, 5280 survey feet.
pub const survey_mile: f64 = 5280.0 * survey_foot;
/// One nautical mile, 1852 m.
pub const nautical_mile: f64 = 1852.0;
/// One fermi, 10⁻¹⁵ m.
pub const fermi: f64 = 1e-15;
/// One ångström, 10⁻¹⁰ m.
pub const angstrom: f64 = 1e-10;
/// One micron, 10⁻⁶ m.
pub const micron: f64 = 1e-6;
/// One astronomical unit, 149 597 870 700 m (exact, IAU 2012).
pub const au: f64 = 149597870700.0;
/// One astronomical unit, m (the same as [`au`]).
pub const astronomical_unit: f64 = au;
/// One light year, the distance light travels in vacuum in one Julian year.
pub const light_year: f64 = Julian_year * c;
/// One parsec, the distance at which one astronomical unit subtends one arc second: au / arcsec.
pub const parsec: f64 = au / arcsec;
