//! `slogdet`: numpy's sign and log-modulus of the determinant, from the LU factorization, so
//! that determinants beyond the floating-point range stay representable.

use sci_core::ndarray::{AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use crate::lu_kernel::LuFactors;
use crate::scalar::Scalar;
use crate::validate;

/// The determinant as `sign · exp(logabsdet)`: numpy's `(sign, logabsdet)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SlogDet<T: Scalar> {
    /// `±1` (real input) or a complex number of modulus one (complex input); `0` for a
    /// singular matrix.
    pub sign: T,
    /// The natural logarithm of `|det A|` (`-inf` for a singular matrix).
    pub logabsdet: T::Real,
}

/// The sign and the log-modulus of the determinant: numpy's `numpy.linalg.slogdet(a)`.
///
/// From `P A = L U` (partial pivoting): `log|det A| = Σ log|u_kk|` and the sign is the
/// permutation's sign times the product of `u_kk / |u_kk|`. The empty matrix gives
/// `(1, 0)`. As numpy, a NaN in `a` is not an error and gives NaN. O(n³) time.
///
/// # Errors
///
/// [`sci_core::Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::slogdet;
///
/// let r = slogdet(&array![[1.0_f64, 2.0], [3.0, 4.0]])?;
/// assert_eq!(r.sign, -1.0);
/// assert!((r.logabsdet - 2.0_f64.ln()).abs() < 1e-15);
/// // det(0.1 I₅₀₀) = 1e-500 underflows; its logarithm does not.
/// let big = slogdet(&(Array2::<f64>::eye(500) * 0.1))?;
/// assert!((big.logabsdet - 500.0 * 0.1_f64.ln()).abs() < 1e-10);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.slogdet.html>
pub fn slogdet<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<SlogDet<T>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    if n == 0 {
        return Ok(SlogDet {
            sign: T::one(),
            logabsdet: T::from_f64(0.0).re(),
        });
    }
    let f = LuFactors::of_square(as_faer(&a));
    let mut sign = if f.transpositions % 2 == 1 {
        -T::one()
    } else {
        T::one()
    };
    let mut log = 0.0f64;
    for k in 0..n {
        let u = f.lu[(k, k)];
        let modulus: f64 = u.modulus().into();
        if modulus == 0.0 {
            return Ok(SlogDet {
                sign: T::zero(),
                logabsdet: T::from_f64(f64::NEG_INFINITY).re(),
            });
        }
        sign *= u / T::from_real(u.modulus());
        log += modulus.ln();
    }
    Ok(SlogDet {
        sign,
        logabsdet: T::from_f64(log).re(),
    })
}
