//! One entry of the CODATA table, its status (current, renamed, obsolete), and the warning
//! that marks an obsolete one.

use std::fmt;

/// One entry of SciPy's `physical_constants` table: a CODATA constant with its unit and
/// standard uncertainty.
///
/// SciPy stores `(value, unit, uncertainty)` tuples under the key; this struct adds the key
/// itself and its [`CodataStatus`]. Entries live in a `static` table; get one with
/// [`physical_constants`](crate::physical_constants) or walk them all with
/// [`physical_constants_iter`](crate::physical_constants_iter).
///
/// # Examples
///
/// ```
/// let mp = sci_constants::physical_constants("proton mass")?;
/// assert_eq!(mp.unit, "kg");
/// assert!((mp.value - 1.67262192595e-27).abs() <= 1e-12 * mp.value);
/// assert!(mp.is_current());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy, `scipy.constants.physical_constants`.
/// - NIST, *CODATA Internationally recommended 2022 values of the fundamental physical
///   constants*, <https://physics.nist.gov/cuu/Constants/>.
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct PhysicalConstant {
    /// The key, exactly as SciPy spells it (`"speed of light in vacuum"`).
    pub name: &'static str,
    /// The value, in the unit given by `unit` (SI).
    pub value: f64,
    /// The unit, as SciPy writes it (`"m s^-1"`); empty for dimensionless constants.
    pub unit: &'static str,
    /// The standard uncertainty, in the same unit as the value; `0.0` for exact constants.
    pub uncertainty: f64,
    /// Whether the key is one of CODATA 2022, an older spelling of one, or obsolete.
    pub status: CodataStatus,
}

/// Where a key of SciPy's CODATA table comes from.
///
/// SciPy's table holds the keys of the current release (CODATA 2022) and keeps those of older
/// releases (2002 to 2018) so that old code still runs. Of the older keys, most are
/// *obsolete* (SciPy warns with `ConstantWarning` when they are used), and a few are former
/// spellings of a current key (`"mag. constant"` for `"vacuum mag. permeability"`), which SciPy
/// gives the current data and does not warn about. [`find`](crate::find) lists current keys
/// only.
///
/// # Examples
///
/// ```
/// use sci_constants::{CodataStatus, physical_constants};
///
/// let old = physical_constants("mag. constant")?;
/// assert_eq!(
///     old.status,
///     CodataStatus::Renamed { current_key: "vacuum mag. permeability" },
/// );
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CodataStatus {
    /// A key of the current release, CODATA 2022.
    Current,
    /// A former spelling of the current key `current_key`, with that key's data; SciPy does not
    /// warn about it.
    Renamed {
        /// The current key with the same data.
        current_key: &'static str,
    },
    /// A key of an older release only; SciPy warns with `ConstantWarning` when it is used.
    Obsolete,
}

impl PhysicalConstant {
    /// An entry of the table (only the generated table makes them).
    pub(crate) const fn new(
        name: &'static str,
        value: f64,
        unit: &'static str,
        uncertainty: f64,
        status: CodataStatus,
    ) -> Self {
        PhysicalConstant {
            name,
            value,
            unit,
            uncertainty,
            status,
        }
    }

    /// The relative precision, `uncertainty / value`, as SciPy's `precision(key)` computes it
    /// (negative for a negative value, `0.0` for an exact constant).
    ///
    /// # Examples
    ///
    /// ```
    /// let me = sci_constants::physical_constants("electron mass")?;
    /// assert!((me.precision() - 3.0737534919376406e-10).abs() < 1e-22);
    /// # Ok::<(), sci_core::Error>(())
    /// ```
    pub fn precision(&self) -> f64 {
        self.uncertainty / self.value
    }

    /// Whether the key belongs to the current release, CODATA 2022 (the keys
    /// [`find`](crate::find) lists).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_constants::physical_constants("Planck constant")?.is_current());
    /// assert!(!sci_constants::physical_constants("electric constant")?.is_current());
    /// # Ok::<(), sci_core::Error>(())
    /// ```
    pub fn is_current(&self) -> bool {
        self.status == CodataStatus::Current
    }

    /// Whether the key is obsolete: SciPy keeps it from an older CODATA release only, and
    /// warns with `ConstantWarning` whenever it is used. Renamed keys are not obsolete.
    ///
    /// # Examples
    ///
    /// ```
    /// let old = sci_constants::physical_constants("Bohr magneton in inverse meters per tesla")?;
    /// assert!(old.is_obsolete());
    /// assert!(!sci_constants::physical_constants("mag. constant")?.is_obsolete());
    /// # Ok::<(), sci_core::Error>(())
    /// ```
    pub fn is_obsolete(&self) -> bool {
        self.status == CodataStatus::Obsolete
    }

    /// The warning SciPy emits on using this key: `Some` for an obsolete key, `None` otherwise.
    ///
    /// SciPy's `value`, `unit` and `precision` warn with `ConstantWarning` on obsolete keys
    /// and still return the data. This crate prints nothing: the lookups return the entry,
    /// and this method hands the warning to the caller, who decides what to do with it.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_constants::physical_constants;
    ///
    /// let old = physical_constants("Bohr magneton in inverse meters per tesla")?;
    /// let warning = old.warning().map(|w| w.key);
    /// assert_eq!(warning, Some("Bohr magneton in inverse meters per tesla"));
    /// assert!(physical_constants("Bohr magneton")?.warning().is_none());
    /// # Ok::<(), sci_core::Error>(())
    /// ```
    pub fn warning(&self) -> Option<ConstantWarning> {
        self.is_obsolete()
            .then_some(ConstantWarning { key: self.name })
    }
}

/// The counterpart of SciPy's `ConstantWarning`: the use of an obsolete key of the CODATA
/// table, one that only an older release has.
///
/// SciPy emits it as a Python warning from `value`, `unit` and `precision`. Here it is a value
/// that [`PhysicalConstant::warning`] returns for obsolete entries; it displays the key and
/// implements [`std::error::Error`], so it can be logged, collected, or turned into an error
/// with `?` by a caller that wants the behaviour of SciPy under
/// `warnings.simplefilter("error")`.
///
/// # Examples
///
/// ```
/// fn strict(key: &str) -> Result<f64, Box<dyn std::error::Error>> {
///     let entry = sci_constants::physical_constants(key)?;
///     if let Some(warning) = entry.warning() {
///         return Err(warning.into());
///     }
///     Ok(entry.value)
/// }
/// assert!(strict("Bohr magneton in inverse meters per tesla").is_err());
/// let mu0 = strict("vacuum mag. permeability").unwrap_or(f64::NAN);
/// assert!((mu0 - 1.25663706127e-6).abs() < 1e-16);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ConstantWarning {
    /// The obsolete key that was used.
    pub key: &'static str,
}

impl fmt::Display for ConstantWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is an obsolete key: it is not in the CODATA 2022 release",
            self.key
        )
    }
}

impl std::error::Error for ConstantWarning {}
