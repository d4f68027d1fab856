//! Lookups in the CODATA table by exact key (`physical_constants`, `value`, `unit`,
//! `precision`), the substring search `find`, and the iterator over all entries.

use sci_core::{Error, Result};

use super::PhysicalConstant;
use super::table::TABLE;

/// The entry of SciPy's CODATA table under `name`, the exact key (case and spaces matter).
///
/// This is SciPy's `physical_constants[name]`; the fields `value`, `unit` and `uncertainty`
/// are SciPy's tuple. Keys of CODATA releases before 2022 are found too, as in SciPy: see
/// [`PhysicalConstant::status`](PhysicalConstant#structfield.status), and
/// [`PhysicalConstant::warning`] for SciPy's `ConstantWarning`. Use [`find`] to
/// search keys by substring.
///
/// # Errors
///
/// [`Error::InvalidArgument`] naming the argument `key` and its value when the table has no
/// such key (SciPy raises `KeyError`).
///
/// # Examples
///
/// ```
/// let radius = sci_constants::physical_constants("classical electron radius")?;
/// assert_eq!(radius.unit, "m");
/// assert!((radius.value - 2.8179403205e-15).abs() <= 1e-12 * radius.value);
/// assert!((radius.uncertainty - 1.3e-24).abs() <= 1e-12 * radius.uncertainty);
/// assert!(sci_constants::physical_constants("Classical electron radius").is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// SciPy, `scipy.constants.physical_constants`; NIST CODATA 2022.
pub fn physical_constants(key: &str) -> Result<&'static PhysicalConstant> {
    TABLE
        .binary_search_by(|entry| entry.name.cmp(key))
        .map(|index| &TABLE[index])
        .map_err(|_| {
            Error::invalid_argument(
                "key",
                format!("{key:?}"),
                "not a key of the CODATA table (scipy.constants.physical_constants); \
                 use sci_constants::find to search the keys",
            )
        })
}

/// The value of the CODATA constant under `key`, SciPy's `value(key)`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] naming `key` when the table has no such key.
///
/// # Examples
///
/// ```
/// let me = sci_constants::value("electron mass")?;
/// assert!((me - 9.1093837139e-31).abs() <= 1e-12 * me);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn value(key: &str) -> Result<f64> {
    physical_constants(key).map(|entry| entry.value)
}

/// The unit of the CODATA constant under `key`, SciPy's `unit(key)` (empty for a
/// dimensionless constant).
///
/// # Errors
///
/// [`Error::InvalidArgument`] naming `key` when the table has no such key.
///
/// # Examples
///
/// ```
/// assert_eq!(sci_constants::unit("proton mass")?, "kg");
/// assert_eq!(sci_constants::unit("fine-structure constant")?, "");
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn unit(key: &str) -> Result<&'static str> {
    physical_constants(key).map(|entry| entry.unit)
}

/// The relative precision of the CODATA constant under `key`, `uncertainty / value`, SciPy's
/// `precision(key)` (negative for a negative value, `0.0` for an exact constant).
///
/// # Errors
///
/// [`Error::InvalidArgument`] naming `key` when the table has no such key.
///
/// # Examples
///
/// ```
/// let p = sci_constants::precision("proton mass")?;
/// assert!((p - 3.1088914472088803e-10).abs() < 1e-22);
/// assert!(sci_constants::precision("speed of light in vacuum")?.abs() < f64::MIN_POSITIVE);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn precision(key: &str) -> Result<f64> {
    physical_constants(key).map(PhysicalConstant::precision)
}

/// The current (CODATA 2022) keys that contain `sub`, ignoring case, sorted; all current keys
/// when `sub` is `None`. SciPy's `find(sub)`.
///
/// As in SciPy, keys of older releases are never returned (they can still be looked up by
/// exact key), and the case-insensitive match compares lowercase forms. SciPy's `disp=True`
/// prints the keys instead of returning them; print the returned list for that.
///
/// # Examples
///
/// ```
/// let keys = sci_constants::find(Some("Boltzmann constant in"));
/// assert_eq!(
///     keys,
///     [
///         "Boltzmann constant in Hz/K",
///         "Boltzmann constant in eV/K",
///         "Boltzmann constant in inverse meter per kelvin",
///     ],
/// );
/// assert_eq!(sci_constants::find(None).len(), 355);
/// ```
pub fn find(sub: Option<&str>) -> Vec<&'static str> {
    let needle = sub.map(str::to_lowercase);
    // TABLE is sorted by key in byte order, which is Python's order of these ASCII strings.
    TABLE
        .iter()
        .filter(|entry| entry.is_current())
        .filter(|entry| match &needle {
            Some(needle) => entry.name.to_lowercase().contains(needle.as_str()),
            None => true,
        })
        .map(|entry| entry.name)
        .collect()
}

/// Every entry of SciPy's CODATA table (current, renamed and obsolete keys), sorted by key
/// (byte order).
///
/// # Examples
///
/// ```
/// let all: Vec<_> = sci_constants::physical_constants_iter().collect();
/// assert_eq!(all.len(), 445);
/// let obsolete = all.iter().filter(|entry| entry.is_obsolete()).count();
/// assert_eq!(obsolete, 81);
/// ```
pub fn physical_constants_iter() -> std::slice::Iter<'static, PhysicalConstant> {
    TABLE.iter()
}

/// The value under `name`, at compile time: the named constants (`c`, `h`, `m_e`, ...) read
/// the table with it, so each number is written once, in the generated table.
///
/// Only called in `const` items: a missing key stops compilation, it never runs.
pub(crate) const fn codata(name: &str) -> f64 {
    let mut index = 0;
    while index < TABLE.len() {
        if bytes_equal(TABLE[index].name.as_bytes(), name.as_bytes()) {
            return TABLE[index].value;
        }
        index += 1;
    }
    panic!("a named constant refers to a key missing from the CODATA table")
}

/// Byte-wise equality, usable in `const fn` (`==` on slices is not const).
const fn bytes_equal(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut index = 0;
    while index < a.len() {
        if a[index] != b[index] {
            return false;
        }
        index += 1;
    }
    true
}
