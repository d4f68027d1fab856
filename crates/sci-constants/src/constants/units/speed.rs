//! Units of speed, in meters per second.

use crate::{hour, mile, nautical_mile};

/// One kilometer per hour.
pub const kmh: f64 = 1e3 / hour;
/// One mile per hour.
pub const mph: f64 = mile / hour;
/// One Mach, taken as 340.5 m/s (about the speed of sound at 15 °C and 1 atm), as SciPy does.
pub const mach: f64 = 340.5;
/// The speed of sound, taken as 340.5 m/s (the same as [`mach`]).
pub const speed_of_sound: f64 = mach;
/// One knot, one nautical mile per hour.
pub const knot: f64 = nautical_mile / hour;
