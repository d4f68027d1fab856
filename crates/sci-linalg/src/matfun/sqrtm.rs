//! `sqrtm`: the principal matrix square root by the Schur method of Björck and Hammarling
//! (1983): `A = Z T Zᴴ`, then `R² = T` for the triangular `R` by a recurrence, `X = Z R Zᴴ`.

use faer::Mat;
use sci_core::ndarray::{AsArray, Ix2};
use sci_core::{Complex64, Error, Result, view};

use super::schur_form::{TriangularForm, empty, triangular_form, value};
use super::triangular::sqrt_upper;
use super::value::MatrixValue;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`sqrtm_with`]. SciPy 1.17's `disp` and
/// `blocksize` are deprecated (and ignored by its algorithm) and have no counterpart here.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{sqrtm_with, SqrtmOptions};
///
/// let options = SqrtmOptions::default().accept_singular(true);
/// assert!(options.check_finite && options.accept_singular);
/// let r = sqrtm_with(&array![[0.0_f64, 0.0], [0.0, 9.0]], &options)?;
/// assert_eq!(r.as_real().unwrap()[[1, 1]], 3.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.sqrtm.html>
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqrtmOptions {
    /// Whether a NaN or infinity in the input is an error (`true`; SciPy's `sqrtm` has no
    /// `check_finite` and returns NaN).
    pub check_finite: bool,
    /// Whether an exactly singular matrix (a zero eigenvalue in its Schur form) is accepted
    /// (`false`): SciPy warns "Matrix is singular" (`LinAlgWarning`) and returns its result,
    /// which is accurate for a semisimple zero eigenvalue (e.g. `[[1, 1], [1, 1]]`) and
    /// meaningless otherwise.
    pub accept_singular: bool,
}

impl Default for SqrtmOptions {
    fn default() -> Self {
        Self {
            check_finite: true,
            accept_singular: false,
        }
    }
}

impl SqrtmOptions {
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
    /// Sets `accept_singular`.
    #[must_use]
    pub fn accept_singular(mut self, accept_singular: bool) -> Self {
        self.accept_singular = accept_singular;
        self
    }
}

/// The principal square root of a square matrix: SciPy's `scipy.linalg.sqrtm(A)`.
///
/// The principal root `X` (`X² = A`, eigenvalues in the open right half-plane) exists when
/// `A` is nonsingular without eigenvalues on the negative real axis (for a negative real
/// eigenvalue `λ` the root takes `+i√|λ|`, as SciPy); it is computed by the Schur method of
/// Björck and Hammarling: `A = Z T Zᴴ`, the triangular `R` with `R² = T` column by column,
/// `X = Z R Zᴴ`. Upper triangular input skips the Schur decomposition. Computed in double
/// precision. O(n³) time: the Schur decomposition and n³/3 complex multiply-adds.
///
/// **Result type.** SciPy returns a real array for real input unless the matrix has a
/// negative real eigenvalue, and a complex one then or for complex input; the
/// [`MatrixValue`] says which (as for [`funm`](crate::funm) and [`signm`](crate::signm)).
/// Real input with complex conjugate eigenvalues has a real root and gives
/// [`MatrixValue::Real`]. Real values are `f64` for `f32` input too (SciPy keeps `float32`).
///
/// # Errors
///
/// - "expected square matrix" for a non-square `a`; [`Error::NonFinite`] for a NaN or
///   infinity (SciPy's `sqrtm` returns NaN);
/// - [`Error::SingularMatrix`] for an exactly singular `a` (a zero on the diagonal of its
///   Schur form; SciPy warns "Matrix is singular", see [`SqrtmOptions::accept_singular`]);
/// - [`Error::DidNotConverge`] if the Schur decomposition fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::sqrtm;
///
/// let a = array![[1.0_f64, 3.0], [1.0, 4.0]];
/// let r = sqrtm(&a)?;
/// let r = r.as_real().expect("a real root");
/// let back = r.dot(r);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// assert!((r[[0, 0]] - 0.755928946018454).abs() < 1e-14);
///
/// // A negative eigenvalue makes the root complex.
/// let c = sqrtm(&array![[-1.0_f64, 1.0], [0.0, 2.0]])?.to_complex();
/// assert!((c[[0, 0]].im - 1.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.sqrtm.html>
/// - Å. Björck and S. Hammarling, "A Schur method for the square root of a matrix", *Linear
///   Algebra Appl.* 52/53 (1983), 127–140.
/// - N. J. Higham, "Computing real square roots of a real matrix", *Linear Algebra Appl.*
///   88/89 (1987), 405–430.
pub fn sqrtm<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<MatrixValue> {
    sqrtm_with(a, &SqrtmOptions::default())
}

/// [`sqrtm`] with the options `check_finite` and `accept_singular`.
///
/// # Errors
///
/// As [`sqrtm`]; with `accept_singular`, [`Error::SingularMatrix`] only when the Schur method
/// finds no root (a zero eigenvalue in a nontrivial Jordan block, as in `[[0, 1], [0, 0]]`,
/// where SciPy returns infinities).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{sqrtm_with, SqrtmOptions};
///
/// let accept = SqrtmOptions::default().accept_singular(true);
/// let a = array![[4.0_f64, 0.0], [0.0, 0.0]]; // singular, with a root
/// let r = sqrtm_with(&a, &accept)?.to_complex();
/// assert_eq!(r[[0, 0]].re, 2.0);
/// assert!(sqrtm_with(&array![[0.0_f64, 1.0], [0.0, 0.0]], &accept).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.sqrtm.html>
pub fn sqrtm_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SqrtmOptions,
) -> Result<MatrixValue> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    if n == 0 {
        return Ok(empty::<T>());
    }
    let form = triangular_form(&a)?;
    let x = root(&form, options)?;
    Ok(value::<T>(&form, &x))
}

fn root(form: &TriangularForm, options: &SqrtmOptions) -> Result<Mat<Complex64>> {
    if let Some(i) = form.zero_eigenvalue()
        && !options.accept_singular
    {
        return Err(Error::SingularMatrix {
            detail: format!(
                "zero eigenvalue at position {i} of the Schur form (SciPy warns \"Matrix is \
                 singular\"; set accept_singular to compute the root)"
            ),
        });
    }
    let r = sqrt_upper(form.t.as_ref()).ok_or_else(|| Error::SingularMatrix {
        detail: "the matrix has no square root: a zero eigenvalue in a Jordan block of size \
                 at least 2"
            .into(),
    })?;
    Ok(form.recombine(r))
}
