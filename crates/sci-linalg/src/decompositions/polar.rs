//! `polar`: the polar decomposition `A = U P` (or `A = P U`) from the thin SVD.

use faer::linalg::svd::ComputeSvdVectors;
use faer::{Mat, MatRef};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use super::svd::SvdFactors;
use super::svd::to_array;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// Which side the positive semidefinite factor is on (SciPy's `side` of `polar`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PolarSide {
    /// `A = U P` with `P` of order `N` (SciPy's `'right'`, the default).
    #[default]
    Right,
    /// `A = P U` with `P` of order `M` (SciPy's `'left'`).
    Left,
}

/// The optional arguments of [`polar_with`]: SciPy's `side`, and `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PolarOptions {
    /// The side of the Hermitian factor (`Right` by default).
    pub side: PolarSide,
    /// Whether a NaN or infinity in the input is an error (`true` by default; SciPy's
    /// `polar` has no such keyword but its SVD refuses non-finite input).
    pub check_finite: bool,
}

impl Default for PolarOptions {
    fn default() -> Self {
        Self {
            side: PolarSide::Right,
            check_finite: true,
        }
    }
}

setters!(PolarOptions {
    side: PolarSide,
    check_finite: bool
});

/// The polar decomposition as SciPy returns it: `(u, p)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Polar<T> {
    /// The factor with orthonormal columns (`M ≥ N`) or rows (`M < N`), `M × N`.
    pub u: Array2<T>,
    /// The Hermitian positive semidefinite factor, `N × N` (right) or `M × M` (left).
    pub p: Array2<T>,
}

/// The polar decomposition `A = U P`: SciPy's `scipy.linalg.polar(a)`.
///
/// From the thin SVD `A = W Σ Vᴴ`: `U = W Vᴴ` and `P = V Σ Vᴴ`. `P` is unique; `U` is unique
/// when `A` has full rank. O(M N min(M, N)) time.
///
/// # Errors
///
/// - [`sci_core::Error::NonFinite`] for a NaN or infinity in `a`;
/// - [`sci_core::Error::DidNotConverge`] if the SVD does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::polar;
///
/// let a = array![[1.0_f64, -1.0], [2.0, 4.0]];
/// let r = polar(&a)?;
/// let back = r.u.dot(&r.p);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
/// assert!((r.p[[0, 1]] - r.p[[1, 0]]).abs() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.polar.html>
/// - N. J. Higham, *Functions of Matrices*, SIAM 2008, ch. 8.
pub fn polar<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Polar<T>> {
    polar_with(a, &PolarOptions::default())
}

/// [`polar`] with SciPy's `side` (`A = P U` for [`PolarSide::Left`]).
///
/// # Errors
///
/// As [`polar`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{polar_with, PolarOptions, PolarSide};
///
/// let a = array![[0.5_f64, 1.0, 2.0], [1.5, 3.0, 4.0]];
/// let r = polar_with(&a, &PolarOptions::default().side(PolarSide::Left))?;
/// assert_eq!((r.u.dim(), r.p.dim()), ((2, 3), (2, 2)));
/// let back = r.p.dot(&r.u);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.polar.html>
pub fn polar_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &PolarOptions,
) -> Result<Polar<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let f = SvdFactors::new(as_faer(&a), ComputeSvdVectors::Thin)?;
    let (w, v) = (
        f.u.unwrap_or_else(|| Mat::zeros(0, 0)),
        f.v.unwrap_or_else(|| Mat::zeros(0, 0)),
    );
    let u = &w * v.adjoint();
    let side = match options.side {
        PolarSide::Right => v.as_ref(),
        PolarSide::Left => w.as_ref(),
    };
    let p = scaled(side, &f.s) * side.adjoint();
    Ok(Polar {
        u: to_array(u.as_ref()),
        p: to_array(p.as_ref()),
    })
}

/// `x diag(s)`.
pub(crate) fn scaled<T: Scalar>(x: MatRef<'_, T>, s: &[T::Real]) -> Mat<T> {
    Mat::from_fn(x.nrows(), x.ncols(), |i, j| x[(i, j)] * T::from_real(s[j]))
}
