//! `cond`: numpy's condition number in the 2-norm (from the singular values) or in the other
//! matrix norms (from the inverse).

use faer::linalg::svd::ComputeSvdVectors;
use sci_core::ndarray::{AsArray, Ix2};
use sci_core::{Error, Result, as_faer, from_faer, view};

use super::inv::{InvOptions, inv_matrix};
use super::norm::{NormOrd, matrix_norm};
use super::structure::AssumeA;
use crate::decompositions::SvdFactors;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`cond_with`]: numpy's `p`, and a `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CondOptions {
    /// The norm (numpy's `p`): `None` (the default) or `P(2.0)` is the 2-norm, `P(-2.0)` the
    /// ratio of the smallest to the largest singular value; `Fro`, `Nuc`, `P(1.0)`, `P(-1.0)`,
    /// `Inf`, `NegInf` use `‖A‖ ‖A⁻¹‖`.
    pub p: Option<NormOrd>,
    /// Whether a NaN or infinity in the input is an error (`true` by default; numpy has no
    /// such check).
    pub check_finite: bool,
}

impl Default for CondOptions {
    fn default() -> Self {
        Self {
            p: None,
            check_finite: true,
        }
    }
}

impl CondOptions {
    /// Sets `p`.
    #[must_use]
    pub fn p(mut self, p: NormOrd) -> Self {
        self.p = Some(p);
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The condition number in the 2-norm, `s_max / s_min`: numpy's `numpy.linalg.cond(a)`.
///
/// Any shape; a singular matrix gives a huge number or infinity, as in numpy. O(M N min(M,
/// N)) time.
///
/// # Errors
///
/// - [`Error::EmptyInput`] for an empty matrix ("cond is not defined on empty arrays");
/// - [`Error::NonFinite`] for a NaN or infinity in `a`;
/// - [`Error::DidNotConverge`] if the SVD does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::cond;
///
/// let c = cond(&array![[1.0_f64, 0.0, -1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 1.0]])?;
/// assert!((c - 2.0_f64.sqrt()).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.cond.html>
pub fn cond<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<T::Real> {
    cond_with(a, &CondOptions::default())
}

/// [`cond`] in the norm `p`.
///
/// # Errors
///
/// As [`cond`]; for a `p` other than `None`, `P(2.0)`, `P(-2.0)`: [`Error::ShapeMismatch`]
/// ("expected square matrix") for a non-square `a`, [`Error::InvalidArgument`] for an order
/// that is not a matrix norm. An exactly singular matrix gives infinity (as numpy).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cond_with, CondOptions, NormOrd};
///
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
/// let c = cond_with(&a, &CondOptions::default().p(NormOrd::P(1.0)))?;
/// assert!((c - 21.0).abs() < 1e-13);
/// let s = cond_with(&array![[1.0_f64, 2.0], [2.0, 4.0]], &CondOptions::default().p(NormOrd::Inf))?;
/// assert!(s.is_infinite());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.cond.html>
pub fn cond_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &CondOptions,
) -> Result<T::Real> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    if a.is_empty() {
        return Err(Error::EmptyInput {
            name: "a (cond is not defined on empty arrays)".into(),
            min_len: 1,
        });
    }
    let c = match options.p {
        None | Some(NormOrd::P(2.0) | NormOrd::P(-2.0)) => {
            let s = SvdFactors::new(as_faer(&a), ComputeSvdVectors::No)?.s;
            let (first, last): (f64, f64) = (s[0].into(), s[s.len() - 1].into());
            if options.p == Some(NormOrd::P(-2.0)) {
                last / first
            } else {
                first / last
            }
        }
        Some(p) => {
            validate::square_order("a", &a)?;
            let inv_options = InvOptions::default()
                .assume_a(AssumeA::General)
                .accept_ill_conditioned(true)
                .check_finite(false);
            match inv_matrix(as_faer(&a), &inv_options) {
                Ok(inverse) => {
                    matrix_norm(a.view(), p)? * matrix_norm(from_faer(inverse.as_ref()), p)?
                }
                Err(Error::SingularMatrix { .. }) => {
                    // Still reject an order that is not a matrix norm.
                    matrix_norm(a.view(), p)?;
                    f64::INFINITY
                }
                Err(e) => return Err(e),
            }
        }
    };
    // numpy reports a NaN from a finite input (0 / 0) as an infinite condition number.
    Ok(T::from_f64(if c.is_nan() { f64::INFINITY } else { c }).re())
}
