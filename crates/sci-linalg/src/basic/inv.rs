//! `inv`: the inverse of a square matrix, with SciPy 1.17's `assume_a` structures.

use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, as_faer, from_faer, view};

use super::factored::Factored;
use super::structure::AssumeA;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`inv_with`]: SciPy's keywords of `scipy.linalg.inv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvOptions {
    /// The structure to assume (SciPy's `assume_a`); `None` (the default) detects it. SciPy's
    /// `inv` accepts general, diagonal, triangular, symmetric, Hermitian and positive
    /// definite; the banded structures are accepted here too.
    pub assume_a: Option<AssumeA>,
    /// For the symmetric, Hermitian and positive definite structures, read the lower
    /// triangle instead of the upper one (SciPy's `lower`, `false` by default).
    pub lower: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
    /// Return the inverse even when the reciprocal condition number is below the machine
    /// epsilon (where SciPy warns with `LinAlgWarning`); `false` by default, which makes it an
    /// [`Error::IllConditioned`](sci_core::Error::IllConditioned).
    pub accept_ill_conditioned: bool,
}

impl Default for InvOptions {
    fn default() -> Self {
        Self {
            assume_a: None,
            lower: false,
            check_finite: true,
            accept_ill_conditioned: false,
        }
    }
}

setters!(InvOptions {
    lower: bool,
    check_finite: bool
});

impl InvOptions {
    /// Sets `assume_a`.
    #[must_use]
    pub fn assume_a(mut self, assume_a: AssumeA) -> Self {
        self.assume_a = Some(assume_a);
        self
    }
    /// Sets `accept_ill_conditioned`.
    #[must_use]
    pub fn accept_ill_conditioned(mut self, accept: bool) -> Self {
        self.accept_ill_conditioned = accept;
        self
    }
}

/// The inverse of a square matrix: SciPy's `scipy.linalg.inv(a)`.
///
/// The structure of `a` is detected as SciPy 1.17 does (see [`AssumeA`]); a general matrix is
/// inverted from its LU factorization with partial pivoting (O(n³)), the structured ones with
/// their own factorization. Where SciPy would warn that `a` is ill-conditioned (its estimated
/// reciprocal condition number in the 1-norm is below the machine epsilon), this is an error
/// unless [`InvOptions::accept_ill_conditioned`] is set.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`](sci_core::Error::ShapeMismatch) if `a` is not square ("expected square matrix");
/// - [`Error::NonFinite`](sci_core::Error::NonFinite) for NaN or infinity in `a` (see [`InvOptions::check_finite`]);
/// - [`Error::SingularMatrix`](sci_core::Error::SingularMatrix) for an exactly singular `a` (the tutorial's `[[3, 2], [6, 4]]`);
/// - [`Error::IllConditioned`](sci_core::Error::IllConditioned) with the estimated reciprocal condition number;
/// - [`Error::NotPositiveDefinite`](sci_core::Error::NotPositiveDefinite) with `AssumeA::PositiveDefinite` on a matrix that is not.
///
/// # Examples
///
/// The tutorial's examples:
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::inv;
///
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
/// let ia = inv(&a)?;
/// for (x, e) in ia.iter().zip([-2.0, 1.0, 1.5, -0.5]) {
///     assert!((x - e).abs() < 1e-15);
/// }
/// let err = inv(&array![[3.0, 2.0], [6.0, 4.0]]).unwrap_err();
/// assert!(err.to_string().contains("singular matrix"));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.inv.html>
pub fn inv<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    inv_with(a, &InvOptions::default())
}

/// [`inv`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`inv`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{inv_with, AssumeA, InvOptions};
///
/// // Only the upper triangle is read by default.
/// let a = array![[2.0_f64, 1.0], [-7.0, 2.0]];
/// let ia = inv_with(&a, &InvOptions::default().assume_a(AssumeA::Symmetric))?;
/// assert!((ia[[0, 1]] - (-1.0 / 3.0)).abs() < 1e-15 && (ia[[1, 0]] - ia[[0, 1]]).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.inv.html>
pub fn inv_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &InvOptions,
) -> Result<Array2<T>> {
    let a = view(a);
    validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let inverse = inv_matrix(as_faer(&a), options)?;
    Ok(from_faer(inverse.as_ref()).to_owned())
}

/// The core of [`inv_with`] on faer matrices, shared with the stacked form.
pub(crate) fn inv_matrix<T: Scalar>(
    a: faer::MatRef<'_, T>,
    options: &InvOptions,
) -> Result<faer::Mat<T>> {
    if a.nrows() == 0 {
        return Ok(faer::Mat::zeros(0, 0));
    }
    let factored = Factored::checked(
        a,
        options.assume_a,
        options.lower,
        options.accept_ill_conditioned,
    )?;
    Ok(factored.inverse())
}
