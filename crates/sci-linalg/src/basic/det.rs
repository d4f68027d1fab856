//! `det`: the determinant from the LU factorization with partial pivoting.

use sci_core::ndarray::{AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use crate::lu_kernel::LuFactors;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`det_with`]: SciPy's `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true` by
    /// default).
    pub check_finite: bool,
}

impl Default for DetOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

setters!(DetOptions { check_finite: bool });

/// The determinant of a square matrix: SciPy's `scipy.linalg.det(a)`.
///
/// Computed from `P A = L U` (faer's blocked partial-pivoting LU) as the signed product of
/// `U`'s diagonal; a singular matrix gives exactly `0.0` where a pivot is exactly zero. The
/// empty matrix has determinant 1. O(n³) time, one n × n copy.
///
/// # Errors
///
/// - [`sci_core::Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`sci_core::Error::NonFinite`] for a NaN or infinity in `a` (see [`det_with`]).
///
/// # Examples
///
/// The tutorial's examples:
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::det;
///
/// assert_eq!(det(&array![[1.0, 2.0], [3.0, 4.0]])?, -2.0);
/// assert_eq!(det(&array![[3.0, 2.0], [6.0, 4.0]])?, 0.0);
/// let err = det(&Array2::<f64>::ones((3, 4))).unwrap_err();
/// assert!(err.to_string().contains("expected square matrix"));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.det.html>
pub fn det<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<T> {
    det_with(a, &DetOptions::default())
}

/// [`det`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`det`]; with `check_finite(false)` non-finite input is not an error and gives NaN.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{det_with, DetOptions};
///
/// let a = array![[f64::NAN, 0.0], [0.0, 1.0]];
/// assert!(det_with(&a, &DetOptions::default()).is_err());
/// assert!(det_with(&a, &DetOptions::default().check_finite(false))?.is_nan());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.det.html>
pub fn det_with<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &DetOptions) -> Result<T> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    match n {
        0 => Ok(T::one()),
        1 => Ok(a[(0, 0)]),
        _ => Ok(LuFactors::of_square(as_faer(&a)).determinant()),
    }
}
