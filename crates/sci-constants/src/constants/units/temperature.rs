//! Units of temperature, in kelvins. To convert temperatures between scales use
//! [`convert_temperature`](crate::convert_temperature).

/// Zero degrees Celsius, 273.15 K.
pub const zero_Celsius: f64 = 273.15;
/// One degree Fahrenheit, 1/1.8 K: a temperature *difference* only (to convert temperatures,
/// use [`convert_temperature`](crate::convert_temperature)).
pub const degree_Fahrenheit: f64 = 1.0 / 1.8;
