//! `null_space`, `orth` and `subspace_angles`: orthonormal bases of the null space and the
//! range from the SVD, and the principal angles between two column spaces.

use faer::linalg::svd::ComputeSvdVectors;
use faer::{Mat, MatRef};
use sci_core::ndarray::{Array1, Array2, AsArray, Ix2};
use sci_core::{Error, Result, as_faer, view};

use super::svd::SvdFactors;
use super::svd::to_array;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`null_space_with`] and [`orth_with`]: SciPy's `rcond` and
/// `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SubspaceOptions {
    /// Singular values at most `rcond` times the largest count as zero (SciPy's `rcond`);
    /// `None` (the default) is `max(M, N)` times the machine epsilon of the element type.
    pub rcond: Option<f64>,
    /// Whether a NaN or infinity in the input is an error (`true` by default).
    pub check_finite: bool,
}

impl Default for SubspaceOptions {
    fn default() -> Self {
        Self {
            rcond: None,
            check_finite: true,
        }
    }
}

impl SubspaceOptions {
    /// Sets `rcond`.
    #[must_use]
    pub fn rcond(mut self, rcond: f64) -> Self {
        self.rcond = Some(rcond);
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// An orthonormal basis of the null space of `a`: SciPy's `scipy.linalg.null_space(a)`.
///
/// The right singular vectors of the singular values at most `rcond · max(s)` (`rcond` =
/// `max(M, N) ε` by default), as the columns of an `N × (N - rank)` matrix. O(M N²) time.
///
/// # Errors
///
/// - [`Error::NonFinite`] for a NaN or infinity in `a`;
/// - [`Error::DidNotConverge`] if the SVD does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::null_space;
///
/// let a = array![[1.0_f64, 1.0], [1.0, 1.0]];
/// let z = null_space(&a)?;
/// assert_eq!(z.dim(), (2, 1));
/// assert!(a.dot(&z).iter().all(|v| v.abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.null_space.html>
pub fn null_space<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    null_space_with(a, &SubspaceOptions::default())
}

/// [`null_space`] with SciPy's `rcond`.
///
/// # Errors
///
/// As [`null_space`]; [`Error::InvalidArgument`] for a negative or NaN `rcond`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{null_space_with, SubspaceOptions};
///
/// let a = array![[1.0_f64, 0.0], [0.0, 1e-9]];
/// assert_eq!(null_space_with(&a, &SubspaceOptions::default().rcond(1e-6))?.ncols(), 1);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.null_space.html>
pub fn null_space_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SubspaceOptions,
) -> Result<Array2<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let (m, n) = a.dim();
    let f = SvdFactors::new(as_faer(&a), ComputeSvdVectors::Full)?;
    let rank = f.count_above(f.largest() * rcond::<T>(options.rcond, m, n)?);
    let v = f.v.unwrap_or_else(|| Mat::zeros(0, 0));
    Ok(to_array(v.as_ref().subcols(rank, n - rank)))
}

/// An orthonormal basis of the range of `a`: SciPy's `scipy.linalg.orth(a)`.
///
/// The left singular vectors of the singular values above `rcond · max(s)` (`rcond` =
/// `max(M, N) ε` by default), as the columns of an `M × rank` matrix. O(M N min(M, N)).
///
/// # Errors
///
/// As [`null_space`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::orth;
///
/// let a = array![[2.0_f64, 4.0], [1.0, 2.0], [0.0, 0.0]];
/// let q = orth(&a)?;
/// assert_eq!(q.dim(), (3, 1));
/// assert!((q[[0, 0]].abs() - 2.0 / 5.0_f64.sqrt()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.orth.html>
pub fn orth<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    orth_with(a, &SubspaceOptions::default())
}

/// [`orth`] with SciPy's `rcond`.
///
/// # Errors
///
/// As [`null_space_with`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{orth_with, SubspaceOptions};
///
/// let a = array![[1.0_f64, 0.0], [0.0, 1e-9]];
/// assert_eq!(orth_with(&a, &SubspaceOptions::default().rcond(1e-6))?.ncols(), 1);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.orth.html>
pub fn orth_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SubspaceOptions,
) -> Result<Array2<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let q = orth_matrix(as_faer(&a), options.rcond)?;
    Ok(to_array(q.as_ref()))
}

fn orth_matrix<T: Scalar>(a: MatRef<'_, T>, rcond_opt: Option<f64>) -> Result<Mat<T>> {
    let (m, n) = a.shape();
    let f = SvdFactors::new(a, ComputeSvdVectors::Thin)?;
    let rank = f.count_above(f.largest() * rcond::<T>(rcond_opt, m, n)?);
    Ok(f.u
        .unwrap_or_else(|| Mat::zeros(0, 0))
        .as_ref()
        .subcols(0, rank)
        .to_owned())
}

/// SciPy's cut-off: `rcond`, or `max(M, N) ε` of the element type.
fn rcond<T: Scalar>(rcond: Option<f64>, m: usize, n: usize) -> Result<f64> {
    match rcond {
        None => Ok(validate::rcond_threshold::<T>() * m.max(n) as f64),
        Some(r) if r >= 0.0 => Ok(r),
        Some(r) => Err(Error::invalid_argument("rcond", r, "must be non-negative")),
    }
}

/// The principal angles between the column spaces of `a` and `b`, in radians and in
/// non-increasing order: SciPy's `scipy.linalg.subspace_angles(a, b)`.
///
/// With orthonormal bases `Qa`, `Qb` (from [`orth`]), the cosines are the singular values of
/// `Qaᴴ Qb` and the sines those of the part of one basis orthogonal to the other (Knyazev and
/// Argentati): each angle is taken from its sine when it is small (cos² ≥ 1/2) and from its
/// cosine otherwise, so both small and large angles are accurate. There are
/// `min(rank a, rank b)` angles. O(M N²) time.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] if `a` and `b` have different numbers of rows;
/// - [`Error::NonFinite`] for a NaN or infinity (always checked, as SciPy does);
/// - [`Error::DidNotConverge`] if an SVD does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::subspace_angles;
///
/// let a = array![[1.0_f64, 0.0], [0.0, 1.0], [0.0, 0.0]];
/// let b = array![[1.0_f64], [0.0], [1.0]];
/// let t = subspace_angles(&a, &b)?;
/// assert!((t[0] - std::f64::consts::FRAC_PI_4).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.subspace_angles.html>
/// - A. V. Knyazev and M. E. Argentati, "Principal angles between subspaces in an A-based
///   scalar product", *SIAM J. Sci. Comput.* 23(6), 2002.
pub fn subspace_angles<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
) -> Result<Array1<T::Real>> {
    let (a, b) = (view(a), view(b));
    validate::finite("a", &a, true)?;
    validate::finite("b", &b, true)?;
    if a.nrows() != b.nrows() {
        return Err(Error::shape_mismatch(
            "A and B must have the same number of rows",
            &[a.nrows(), b.ncols()],
            b.shape(),
        ));
    }
    let qa = orth_matrix(as_faer(&a), None)?;
    let qb = orth_matrix(as_faer(&b), None)?;
    let c = qa.adjoint() * &qb;
    let cosines = SvdFactors::new(c.as_ref(), ComputeSvdVectors::No)?.s;
    // The component of the smaller basis orthogonal to the larger one: its singular values are
    // the sines of the angles, largest first.
    let rest = if qa.ncols() >= qb.ncols() {
        &qb - &qa * &c
    } else {
        &qa - &qb * c.adjoint()
    };
    let sines = SvdFactors::new(rest.as_ref(), ComputeSvdVectors::No)?.s;
    let k = cosines.len();
    let angles = (0..k).map(|i| {
        // The i-th largest angle has the i-th smallest cosine and the i-th largest sine.
        let cos: f64 = cosines[k - 1 - i].into();
        let sin: f64 = sines.get(i).map_or(0.0, |&s| s.into());
        let angle = if cos * cos >= 0.5 {
            sin.clamp(-1.0, 1.0).asin()
        } else {
            cos.clamp(-1.0, 1.0).acos()
        };
        T::from_f64(angle).re()
    });
    Ok(angles.collect())
}
