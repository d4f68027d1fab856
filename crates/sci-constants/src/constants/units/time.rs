//! Units of time, in seconds.

/// One minute, 60 s.
pub const minute: f64 = 60.0;
/// One hour, 3600 s.
pub const hour: f64 = 60.0 * minute;
/// One day, 86 400 s.
pub const day: f64 = 24.0 * hour;
/// One week, 7 days.
pub const week: f64 = 7.0 * day;
/// One (common) year, 365 days.
pub const year: f64 = 365.0 * day;
/// One Julian year, 365.25 days.
pub const Julian_year: f64 = 365.25 * day;
