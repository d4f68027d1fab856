//! Units of angle, in radians.

use crate::pi;

/// One degree, π/180 rad.
pub const degree: f64 = pi / 180.0;
/// One arc minute, 1/60 degree.
pub const arcmin: f64 = degree / 60.0;
/// One arc minute, 1/60 degree (the same as [`arcmin`]).
pub const arcminute: f64 = arcmin;
/// One arc second, 1/60 arc minute.
pub const arcsec: f64 = arcmin / 60.0;
/// One arc second, 1/60 arc minute (the same as [`arcsec`]).
pub const arcsecond: f64 = arcsec;
