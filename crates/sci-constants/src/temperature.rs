//! Temperature conversion between the Celsius, Kelvin, Fahrenheit and Rankine scales
//! (`scipy.constants.convert_temperature`).

use std::fmt;
use std::str::FromStr;

use sci_core::ndarray::{Array, AsArray, Dimension};
use sci_core::{Error, Result};

use crate::zero_Celsius;

/// A temperature scale of [`convert_temperature`].
///
/// Parsed from SciPy's spellings with [`FromStr`]: the full name or its first letter, in any
/// case (`"Celsius"`, `"celsius"`, `"C"`, `"c"`, ...), since SciPy compares lowercased names.
///
/// # Examples
///
/// ```
/// use sci_constants::TemperatureScale;
///
/// let scale: TemperatureScale = "fahrenheit".parse()?;
/// assert_eq!(scale, TemperatureScale::Fahrenheit);
/// let boiling = TemperatureScale::Celsius.convert(100.0, TemperatureScale::Fahrenheit);
/// assert!((boiling - 212.0).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemperatureScale {
    /// Degrees Celsius: kelvins minus 273.15.
    Celsius,
    /// Kelvins, the SI scale.
    Kelvin,
    /// Degrees Fahrenheit: (kelvins − 273.15) × 9/5 + 32.
    Fahrenheit,
    /// Degrees Rankine: kelvins × 9/5.
    Rankine,
}

impl TemperatureScale {
    /// Parses a scale name, naming `argument` in the error.
    fn parse(name: &str, argument: &str) -> Result<Self> {
        match name.to_lowercase().as_str() {
            "celsius" | "c" => Ok(TemperatureScale::Celsius),
            "kelvin" | "k" => Ok(TemperatureScale::Kelvin),
            "fahrenheit" | "f" => Ok(TemperatureScale::Fahrenheit),
            "rankine" | "r" => Ok(TemperatureScale::Rankine),
            _ => Err(Error::invalid_argument(
                argument,
                format!("{name:?}"),
                "unsupported temperature scale: the scales are Celsius ('Celsius', 'celsius', \
                 'C', 'c'), Kelvin ('Kelvin', 'K', ...), Fahrenheit ('Fahrenheit', 'F', ...) \
                 and Rankine ('Rankine', 'R', ...)",
            )),
        }
    }

    /// The temperature `value`, on this scale, in kelvins.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_constants::TemperatureScale;
    /// assert!((TemperatureScale::Celsius.to_kelvin(-40.0) - 233.15).abs() < 1e-12);
    /// ```
    pub fn to_kelvin(self, value: f64) -> f64 {
        // The operations and their order are SciPy's, so results agree to the last bit.
        match self {
            TemperatureScale::Celsius => value + zero_Celsius,
            TemperatureScale::Kelvin => value,
            TemperatureScale::Fahrenheit => (value - 32.0) * 5.0 / 9.0 + zero_Celsius,
            TemperatureScale::Rankine => value * 5.0 / 9.0,
        }
    }

    /// The temperature `kelvin`, given in kelvins, on this scale.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_constants::TemperatureScale;
    /// assert!((TemperatureScale::Fahrenheit.from_kelvin(233.15) + 40.0).abs() < 1e-12);
    /// ```
    pub fn from_kelvin(self, kelvin: f64) -> f64 {
        match self {
            TemperatureScale::Celsius => kelvin - zero_Celsius,
            TemperatureScale::Kelvin => kelvin,
            TemperatureScale::Fahrenheit => (kelvin - zero_Celsius) * 9.0 / 5.0 + 32.0,
            TemperatureScale::Rankine => kelvin * 9.0 / 5.0,
        }
    }

    /// The temperature `value`, on this scale, converted to the scale `to` (through kelvins,
    /// as SciPy does).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_constants::TemperatureScale;
    /// let body = TemperatureScale::Fahrenheit.convert(98.6, TemperatureScale::Celsius);
    /// assert!((body - 37.0).abs() < 1e-12);
    /// ```
    pub fn convert(self, value: f64, to: TemperatureScale) -> f64 {
        to.from_kelvin(self.to_kelvin(value))
    }
}

impl FromStr for TemperatureScale {
    type Err = Error;

    /// Parses SciPy's spellings of a scale, in any case.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidArgument`] naming the argument `scale` for any other name.
    fn from_str(name: &str) -> Result<Self> {
        TemperatureScale::parse(name, "scale")
    }
}

impl fmt::Display for TemperatureScale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TemperatureScale::Celsius => "Celsius",
            TemperatureScale::Kelvin => "Kelvin",
            TemperatureScale::Fahrenheit => "Fahrenheit",
            TemperatureScale::Rankine => "Rankine",
        })
    }
}

/// Converts temperatures from the scale `old_scale` to the scale `new_scale`, elementwise:
/// SciPy's `convert_temperature(val, old_scale, new_scale)`.
///
/// The scales are Celsius, Kelvin, Fahrenheit and Rankine, spelled as in SciPy: the full name
/// or its first letter, in any case (`"Celsius"`, `"celsius"`, `"C"`, `"c"`, `"Kelvin"`,
/// `"K"`, `"Fahrenheit"`, `"F"`, `"Rankine"`, `"R"`, ...). Values go through kelvins with
/// SciPy's arithmetic, so results are SciPy's bit for bit. `val` is anything that views as an
/// array of `f64` (a slice, a `Vec`, an ndarray array or view, of any dimension); for a single
/// number use [`convert_temperature_scalar`] or [`TemperatureScale::convert`].
///
/// # Errors
///
/// [`Error::InvalidArgument`] naming `old_scale` or `new_scale` and its value when it is not
/// one of the four scales (SciPy raises `NotImplementedError`).
///
/// # Examples
///
/// ```
/// use sci_constants::convert_temperature;
///
/// let kelvin = convert_temperature(&[-40.0, 40.0], "Celsius", "Kelvin")?;
/// assert!((kelvin[0] - 233.15).abs() < 1e-12 && (kelvin[1] - 313.15).abs() < 1e-12);
/// assert!(convert_temperature(&[1.0], "Celsius", "Reaumur").is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// SciPy, `scipy.constants.convert_temperature`.
pub fn convert_temperature<'a, D: Dimension>(
    val: impl AsArray<'a, f64, D>,
    old_scale: &str,
    new_scale: &str,
) -> Result<Array<f64, D>> {
    let from = TemperatureScale::parse(old_scale, "old_scale")?;
    let to = TemperatureScale::parse(new_scale, "new_scale")?;
    Ok(val.into().mapv(|value| from.convert(value, to)))
}

/// Converts one temperature from `old_scale` to `new_scale`: [`convert_temperature`] for a
/// single number, with the same scale names.
///
/// # Errors
///
/// [`Error::InvalidArgument`] naming `old_scale` or `new_scale` and its value when it is not
/// one of the four scales.
///
/// # Examples
///
/// ```
/// let f = sci_constants::convert_temperature_scalar(-40.0, "C", "F")?;
/// assert!((f + 40.0).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn convert_temperature_scalar(val: f64, old_scale: &str, new_scale: &str) -> Result<f64> {
    let from = TemperatureScale::parse(old_scale, "old_scale")?;
    let to = TemperatureScale::parse(new_scale, "new_scale")?;
    Ok(from.convert(val, to))
}
