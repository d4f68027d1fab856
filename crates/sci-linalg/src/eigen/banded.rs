//! `eig_banded` and `eigvals_banded`: eigenvalues and eigenvectors of a Hermitian (real
//! symmetric) band matrix given in LAPACK's band storage.
//!
//! The band is expanded to the dense Hermitian matrix, which faer's self-adjoint solver
//! tridiagonalises: O(n³) time and O(n²) memory, where LAPACK's band reduction needs
//! O(n² u). Fine for the orders dense linear algebra meets; a band-preserving reduction
//! would pay off for large, narrow bands.

use faer::Mat;
use sci_core::ndarray::{Array1, ArrayView2, AsArray, Ix2};
use sci_core::{Result, view};

use super::eigh::Eigh;
use super::kernel::{self, Select};
use crate::decompositions::to_array;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`eig_banded`] and [`eigvals_banded`]: SciPy's keywords of
/// `scipy.linalg.eig_banded`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EigBandedOptions {
    /// `a_band` holds the lower band, `a_band[i - j, j] = a[i, j]` for `i >= j`, instead of
    /// the upper one, `a_band[u + i - j, j] = a[i, j]` for `i <= j` (SciPy's `lower`,
    /// `false`).
    pub lower: bool,
    /// Compute only the eigenvalues (SciPy's `eigvals_only`, `false`).
    pub eigvals_only: bool,
    /// Which eigenvalues to keep (SciPy's `select` and `select_range`, all by default).
    pub select: Select,
    /// SciPy's `max_ev`, the number of eigenvalues expected with [`Select::Value`] (0: n).
    /// An allocation hint for LAPACK; accepted and not needed here, as every eigenvalue in
    /// the range is returned.
    pub max_ev: usize,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for EigBandedOptions {
    fn default() -> Self {
        Self {
            lower: false,
            eigvals_only: false,
            select: Select::All,
            max_ev: 0,
            check_finite: true,
        }
    }
}

setters!(EigBandedOptions {
    lower: bool,
    eigvals_only: bool,
    select: Select,
    max_ev: usize,
    check_finite: bool
});

/// The dense Hermitian matrix of the band `a_band` (`u + 1` rows, `n` columns).
fn dense<T: Scalar>(a_band: &ArrayView2<'_, T>, lower: bool) -> Mat<T> {
    let (rows, n) = a_band.dim();
    let u = rows.saturating_sub(1);
    // Entry (i, j), i >= j, of the lower triangle.
    let stored = |i: usize, j: usize| -> T {
        if i - j > u {
            T::zero()
        } else if lower {
            a_band[(i - j, j)]
        } else {
            a_band[(u + j - i, i)].conjugate()
        }
    };
    Mat::from_fn(n, n, |i, j| {
        if i == j {
            T::from_real(stored(i, i).re())
        } else if i > j {
            stored(i, j)
        } else {
            stored(j, i).conjugate()
        }
    })
}

fn solve<T: Scalar>(
    a_band: &ArrayView2<'_, T>,
    options: &EigBandedOptions,
    vectors: bool,
) -> Result<Eigh<T>> {
    validate::finite("a_band", a_band, options.check_finite)?;
    let a = dense(a_band, options.lower);
    let (w, v) = kernel::hermitian(a.as_ref(), vectors)?;
    let keep = kernel::selected(&w, options.select)?;
    Ok(Eigh {
        w: Array1::from(w[keep.clone()].to_vec()),
        v: v.map(|v| to_array(v.as_ref().subcols(keep.start, keep.len()))),
    })
}

/// The eigenvalues (ascending) and eigenvectors of a Hermitian band matrix: SciPy's
/// `scipy.linalg.eig_banded(a_band)`, with the upper band in LAPACK's storage,
/// `a_band[u + i - j, j] = a[i, j]` for `max(0, j - u) <= i <= j`.
///
/// The band is expanded to a dense matrix: O(n³) time, O(n²) memory (see the module
/// documentation). Eigenvectors are orthonormal, unique up to a unit factor each.
///
/// # Errors
///
/// - [`sci_core::Error::NonFinite`] for a NaN or infinity (see
///   [`EigBandedOptions::check_finite`]);
/// - [`sci_core::Error::InvalidArgument`] for an invalid selection range;
/// - [`sci_core::Error::DidNotConverge`] if the iteration fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eig_banded, EigBandedOptions};
///
/// // The tridiagonal matrix with 2 on the diagonal and -1 beside it, upper storage.
/// let a_band = array![[0.0_f64, -1.0, -1.0], [2.0, 2.0, 2.0]];
/// let r = eig_banded(&a_band, &EigBandedOptions::default())?;
/// let s = 2.0_f64.sqrt();
/// assert!((r.w[0] - (2.0 - s)).abs() < 1e-14 && (r.w[2] - (2.0 + s)).abs() < 1e-14);
/// assert_eq!(r.v.unwrap().dim(), (3, 3));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eig_banded.html>
pub fn eig_banded<'a, T: Scalar>(
    a_band: impl AsArray<'a, T, Ix2>,
    options: &EigBandedOptions,
) -> Result<Eigh<T>> {
    let a_band = view(a_band);
    solve(&a_band, options, !options.eigvals_only)
}

/// The eigenvalues (ascending) of a Hermitian band matrix: SciPy's
/// `scipy.linalg.eigvals_banded(a_band)`; `eigvals_only` is implied.
///
/// # Errors
///
/// As [`eig_banded`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigvals_banded, EigBandedOptions, Select};
///
/// let a_band = array![[1.0_f64, 2.0, 3.0]]; // diagonal
/// let w = eigvals_banded(&a_band, &EigBandedOptions::default().select(Select::Value(1.5, 3.0)))?;
/// assert_eq!(w.to_vec(), vec![2.0, 3.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvals_banded.html>
pub fn eigvals_banded<'a, T: Scalar>(
    a_band: impl AsArray<'a, T, Ix2>,
    options: &EigBandedOptions,
) -> Result<Array1<T::Real>> {
    let a_band = view(a_band);
    Ok(solve(&a_band, options, false)?.w)
}
