//! `matrix_rank`: numpy's numerical rank, the number of singular values above a tolerance.

use faer::linalg::svd::ComputeSvdVectors;
use sci_core::ndarray::{AsArray, Ix2};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::SvdFactors;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`matrix_rank_with`]: numpy's `tol` and `rtol`, and a
/// `check_finite` (numpy has none; its SVD fails on NaN).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MatrixRankOptions {
    /// The absolute threshold (numpy's `tol`); when set, `rtol` is not used.
    pub tol: Option<f64>,
    /// The threshold relative to the largest singular value (numpy's `rtol`); `None` is
    /// `max(M, N)` times the machine epsilon of the element type.
    pub rtol: Option<f64>,
    /// Whether a NaN or infinity in the input is an error (`true` by default).
    pub check_finite: bool,
}

impl Default for MatrixRankOptions {
    fn default() -> Self {
        Self {
            tol: None,
            rtol: None,
            check_finite: true,
        }
    }
}

impl MatrixRankOptions {
    /// Sets `tol`.
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = Some(tol);
        self
    }
    /// Sets `rtol`.
    #[must_use]
    pub fn rtol(mut self, rtol: f64) -> Self {
        self.rtol = Some(rtol);
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The numerical rank of a matrix: numpy's `numpy.linalg.matrix_rank(a)`.
///
/// The number of singular values above `s₀ · max(M, N) ε`. O(M N min(M, N)) time.
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
/// use sci_linalg::matrix_rank;
///
/// assert_eq!(matrix_rank(&array![[1.0_f64, 2.0], [2.0, 4.0]])?, 1);
/// assert_eq!(matrix_rank(&array![[1.0_f64, 2.0], [3.0, 4.0]])?, 2);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.matrix_rank.html>
pub fn matrix_rank<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<usize> {
    matrix_rank_with(a, &MatrixRankOptions::default())
}

/// [`matrix_rank`] with numpy's `tol` and `rtol`.
///
/// # Errors
///
/// As [`matrix_rank`]; [`Error::InvalidArgument`] for a NaN `tol` or `rtol`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{matrix_rank_with, MatrixRankOptions};
///
/// let a = array![[1.0_f64, 0.0], [0.0, 1e-6]];
/// assert_eq!(matrix_rank_with(&a, &MatrixRankOptions::default().tol(1e-3))?, 1);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.matrix_rank.html>
pub fn matrix_rank_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &MatrixRankOptions,
) -> Result<usize> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let (m, n) = a.dim();
    for (name, v) in [("tol", options.tol), ("rtol", options.rtol)] {
        if v.is_some_and(f64::is_nan) {
            return Err(Error::invalid_argument(name, f64::NAN, "must not be NaN"));
        }
    }
    let f = SvdFactors::new(as_faer(&a), ComputeSvdVectors::No)?;
    let tol = options.tol.unwrap_or_else(|| {
        let rtol = options
            .rtol
            .unwrap_or_else(|| validate::rcond_threshold::<T>() * m.max(n) as f64);
        f.largest() * rtol
    });
    Ok(f.count_above(tol))
}
