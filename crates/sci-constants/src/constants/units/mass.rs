//! Units of mass, in kilograms.

use crate::codata::codata;
use crate::{g, inch};

/// One gram, 10⁻³ kg.
pub const gram: f64 = 1e-3;
/// One metric ton, 10³ kg.
pub const metric_ton: f64 = 1e3;
/// One grain, 64.798 91 mg (exact, by definition).
pub const grain: f64 = 64.79891e-6;
/// One avoirdupois pound, 7000 grains.
pub const lb: f64 = 7000.0 * grain;
/// One avoirdupois pound, 7000 grains (the same as [`lb`]).
pub const pound: f64 = lb;
/// One blob (slinch), the mass that one pound-force accelerates by one inch per second squared:
/// lbf s² / in.
pub const blob: f64 = pound * g / inch;
/// One slinch, lbf s² / in (the same as [`blob`]).
pub const slinch: f64 = blob;
/// One slug, the mass that one pound-force accelerates by one foot per second squared:
/// lbf s² / ft.
pub const slug: f64 = blob / 12.0;
/// One avoirdupois ounce, 1/16 pound.
pub const oz: f64 = pound / 16.0;
/// One avoirdupois ounce, 1/16 pound (the same as [`oz`]).
pub const ounce: f64 = oz;
/// One stone, 14 pounds.
pub const stone: f64 = 14.0 * pound;
/// One long ton, 2240 pounds.
pub const long_ton: f64 = 2240.0 * pound;
/// One short ton, 2000 pounds.
pub const short_ton: f64 = 2000.0 * pound;
/// One troy ounce, 480 grains (precious metals).
pub const troy_ounce: f64 = 480.0 * grain;
/// One troy pound, 12 troy ounces.
pub const troy_pound: f64 = 12.0 * troy_ounce;
/// One carat, 200 mg (gems).
pub const carat: f64 = 200e-6;
/// The atomic mass constant, kg (CODATA 2022).
pub const m_u: f64 = codata("atomic mass constant");
/// The atomic mass constant, kg (the same as [`m_u`]).
pub const u: f64 = m_u;
/// The atomic mass constant, kg (the same as [`m_u`]).
pub const atomic_mass: f64 = m_u;
