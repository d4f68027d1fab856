//! `MatrixValue`: the value of a matrix function computed through complex arithmetic, real
//! or complex as SciPy's dtype rule for `funm` and `signm` decides: real input whose result
//! has only negligible imaginary parts gives a real matrix, anything else a complex one.

use faer::MatRef;
use sci_core::Complex64;
use sci_core::ndarray::Array2;

use crate::scalar::Scalar;

/// A matrix function's value, real or complex as SciPy would return it.
///
/// SciPy's `funm` and `signm` compute in complex arithmetic and then return the real part
/// when the input was real and every imaginary part is negligible (at most `1e6 ε` in double
/// precision, `1e3 ε` in single precision); otherwise the complex matrix. The variant
/// records which of the two SciPy returned.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{MatrixValue, funm};
///
/// // exp of a real matrix is real.
/// let r = funm(&array![[1.0_f64, 2.0], [0.0, 3.0]], |z| z.exp())?;
/// assert!(r.funm.is_real());
/// let e = r.funm.as_real().unwrap();
/// assert!((e[[0, 0]] - 1f64.exp()).abs() < 1e-14);
/// // sqrt of a matrix with negative eigenvalues is not.
/// let s = funm(&array![[-4.0_f64, 0.0], [0.0, 1.0]], |z| z.sqrt())?;
/// assert!(matches!(s.funm, MatrixValue::Complex(_)));
/// assert!((s.funm.to_complex()[[0, 0]].im - 2.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.funm.html>
#[derive(Debug, Clone, PartialEq)]
pub enum MatrixValue {
    /// A real result (real input, negligible imaginary parts dropped).
    Real(Array2<f64>),
    /// A complex result.
    Complex(Array2<Complex64>),
}

impl MatrixValue {
    /// Whether the value is real.
    #[must_use]
    pub fn is_real(&self) -> bool {
        matches!(self, Self::Real(_))
    }

    /// The real matrix, if the value is real.
    #[must_use]
    pub fn as_real(&self) -> Option<&Array2<f64>> {
        match self {
            Self::Real(a) => Some(a),
            Self::Complex(_) => None,
        }
    }

    /// The complex matrix, if the value is complex.
    #[must_use]
    pub fn as_complex(&self) -> Option<&Array2<Complex64>> {
        match self {
            Self::Real(_) => None,
            Self::Complex(a) => Some(a),
        }
    }

    /// The value as a complex matrix (a real one with zero imaginary parts).
    #[must_use]
    pub fn to_complex(&self) -> Array2<Complex64> {
        match self {
            Self::Real(a) => a.mapv(|x| Complex64::new(x, 0.0)),
            Self::Complex(a) => a.clone(),
        }
    }

    /// The matrix's shape `(n, n)`.
    #[must_use]
    pub fn dim(&self) -> (usize, usize) {
        match self {
            Self::Real(a) => a.dim(),
            Self::Complex(a) => a.dim(),
        }
    }
}

/// The unit roundoff SciPy's matrix functions use for input of type `T`: the machine epsilon
/// of `T`'s precision.
pub(crate) fn precision_eps<T: Scalar>() -> f64 {
    crate::validate::rcond_threshold::<T>()
}

/// SciPy's dtype rule: the real part of `f` when `T` is real and every imaginary part is at
/// most `1e6 ε` (`1e3 ε` in single precision) in modulus, `f` itself otherwise.
pub(crate) fn maybe_real<T: Scalar>(f: MatRef<'_, Complex64>) -> MatrixValue {
    let (n, m) = (f.nrows(), f.ncols());
    let eps = precision_eps::<T>();
    let tol = if eps > 1e-10 { 1e3 * eps } else { 1e6 * eps };
    let negligible = (0..m).all(|j| (0..n).all(|i| f[(i, j)].im.abs() <= tol));
    if !T::IS_COMPLEX && negligible {
        MatrixValue::Real(Array2::from_shape_fn((n, m), |(i, j)| f[(i, j)].re))
    } else {
        MatrixValue::Complex(Array2::from_shape_fn((n, m), |(i, j)| f[(i, j)]))
    }
}
