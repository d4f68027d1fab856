//! `svd`, `svdvals` and `diagsvd`: the singular value decomposition `A = U Σ Vᴴ` on faer's
//! SVD (Householder bidiagonalization, then divide and conquer on the bidiagonal matrix), and
//! the crate-internal kernel that `pinv`, `lstsq`, `norm`, `polar` and the subspace functions
//! share.

use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::svd::{ComputeSvdVectors, svd_scratch};
use faer::{Mat, MatRef};
use sci_core::ndarray::{Array1, Array2, AsArray, Ix1, Ix2};
use sci_core::{Error, Result, as_faer, view, view1};

use crate::options::setters;
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// SciPy's `lapack_driver` of `svd`: which LAPACK routine SciPy calls. Both select faer's SVD
/// here (bidiagonal divide and conquer, like `gesdd`); the option is accepted so code written
/// for SciPy translates, and the results agree with either driver to rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LapackDriver {
    /// `'gesdd'`, divide and conquer (SciPy's default).
    #[default]
    Gesdd,
    /// `'gesvd'`, the QR iteration; computed with the same faer kernel as `Gesdd`.
    Gesvd,
}

/// The optional arguments of [`svd_with`] and [`svdvals_with`]: SciPy's keywords of
/// `scipy.linalg.svd`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SvdOptions {
    /// `U` is `M × M` and `Vᴴ` is `N × N` (SciPy's `full_matrices`, `true` by default);
    /// otherwise `M × K` and `K × N` with `K = min(M, N)`.
    pub full_matrices: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
    /// SciPy's `lapack_driver`; both drivers use faer's SVD (see [`LapackDriver`]).
    pub lapack_driver: LapackDriver,
}

impl Default for SvdOptions {
    fn default() -> Self {
        Self {
            full_matrices: true,
            check_finite: true,
            lapack_driver: LapackDriver::Gesdd,
        }
    }
}

setters!(SvdOptions {
    full_matrices: bool,
    check_finite: bool,
    lapack_driver: LapackDriver
});

/// The singular value decomposition `A = U diag(s) Vᴴ` as SciPy returns it: `(U, s, Vh)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Svd<T: Scalar> {
    /// The left singular vectors, as columns (`M × M`, or `M × K` without full matrices).
    pub u: Array2<T>,
    /// The singular values, non-negative and in non-increasing order (length `K = min(M, N)`).
    pub s: Array1<T::Real>,
    /// The right singular vectors, as rows, conjugated (`N × N`, or `K × N`).
    pub vh: Array2<T>,
}

/// The singular value decomposition: SciPy's `scipy.linalg.svd(a)` (full matrices).
///
/// `U` (`M × M`) and `Vᴴ` (`N × N`) are unitary and `s` holds the `min(M, N)` singular values
/// in non-increasing order, so `A = U[:, :K] diag(s) Vᴴ[:K, :]`. The singular vectors are
/// unique only up to a unit factor per pair (a sign for real input), so they may differ from
/// SciPy's by those; the singular values agree. O(M N min(M, N)) time.
///
/// # Errors
///
/// - [`Error::NonFinite`] for a NaN or infinity in `a` (see [`SvdOptions::check_finite`]);
/// - [`Error::DidNotConverge`] if the bidiagonal iteration does not converge (SciPy's
///   `LinAlgError("SVD did not converge")`), which is also the result for non-finite input
///   when the check is off.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::svd;
///
/// let a = array![[3.0_f64, 0.0], [0.0, -4.0], [0.0, 0.0]];
/// let r = svd(&a)?;
/// assert_eq!(r.u.dim(), (3, 3));
/// assert!((r.s[0] - 4.0).abs() < 1e-14 && (r.s[1] - 3.0).abs() < 1e-14);
/// let mut sigma = Array2::<f64>::zeros((3, 2));
/// sigma[[0, 0]] = r.s[0];
/// sigma[[1, 1]] = r.s[1];
/// let back = r.u.dot(&sigma).dot(&r.vh);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svd.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §8.6.
pub fn svd<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Svd<T>> {
    svd_with(a, &SvdOptions::default())
}

/// [`svd`] with SciPy's keyword arguments (`full_matrices`, `check_finite`,
/// `lapack_driver`); SciPy's `compute_uv=False` is [`svdvals_with`].
///
/// # Errors
///
/// As [`svd`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{svd_with, SvdOptions};
///
/// let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let r = svd_with(&a, &SvdOptions::default().full_matrices(false))?;
/// assert_eq!((r.u.dim(), r.s.len(), r.vh.dim()), ((2, 2), 2, (2, 3)));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svd.html>
pub fn svd_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SvdOptions,
) -> Result<Svd<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let vectors = if options.full_matrices {
        ComputeSvdVectors::Full
    } else {
        ComputeSvdVectors::Thin
    };
    let f = SvdFactors::new(as_faer(&a), vectors)?;
    let (u, v) = (
        f.u.unwrap_or_else(|| Mat::zeros(0, 0)),
        f.v.unwrap_or_else(|| Mat::zeros(0, 0)),
    );
    Ok(Svd {
        u: to_array(u.as_ref()),
        s: Array1::from(f.s),
        vh: Array2::from_shape_fn((v.ncols(), v.nrows()), |(i, j)| v[(j, i)].conjugate()),
    })
}

/// The singular values: SciPy's `scipy.linalg.svdvals(a)` (`svd(a, compute_uv=False)`), in
/// non-increasing order, without forming the singular vectors.
///
/// # Errors
///
/// As [`svd`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::svdvals;
///
/// let s = svdvals(&array![[1.0_f64, 1.0], [1.0, 1.0]])?;
/// assert!((s[0] - 2.0).abs() < 1e-15 && s[1].abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svdvals.html>
pub fn svdvals<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array1<T::Real>> {
    svdvals_with(a, &SvdOptions::default())
}

/// [`svdvals`] with SciPy's keywords (only `check_finite` matters; `full_matrices` is
/// ignored as no vectors are computed).
///
/// # Errors
///
/// As [`svd`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{svdvals_with, SvdOptions};
///
/// let a = array![[f64::NAN]];
/// assert!(svdvals_with(&a, &SvdOptions::default()).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.svdvals.html>
pub fn svdvals_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SvdOptions,
) -> Result<Array1<T::Real>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    Ok(Array1::from(
        SvdFactors::new(as_faer(&a), ComputeSvdVectors::No)?.s,
    ))
}

/// The `M × N` matrix with `s` on its diagonal: SciPy's `scipy.linalg.diagsvd(s, M, N)`,
/// which turns [`svd`]'s `s` into the `Σ` of `A = U Σ Vᴴ`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] if the length of `s` is neither `M` nor `N` (as SciPy).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::diagsvd;
///
/// let sigma = diagsvd(&array![1.0_f64, 2.0], 3, 2)?;
/// assert_eq!(sigma, array![[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.diagsvd.html>
pub fn diagsvd<'a, T: Scalar>(
    s: impl AsArray<'a, T, Ix1>,
    m: usize,
    n: usize,
) -> Result<Array2<T>> {
    let s = view1(s);
    let k = s.len();
    if k != m && k != n {
        return Err(Error::invalid_argument(
            "s",
            format!("an array of length {k}"),
            format!("length of s must be M = {m} or N = {n}"),
        ));
    }
    let mut out = Array2::from_elem((m, n), T::zero());
    for (i, &v) in s.iter().enumerate().take(m.min(n)) {
        out[(i, i)] = v;
    }
    Ok(out)
}

/// An SVD on faer matrices: `s` non-increasing; `u` and `v` (not `Vᴴ`) when asked for.
pub(crate) struct SvdFactors<T: Scalar> {
    pub(crate) s: Vec<T::Real>,
    pub(crate) u: Option<Mat<T>>,
    pub(crate) v: Option<Mat<T>>,
}

impl<T: Scalar> SvdFactors<T> {
    /// The SVD of `a` with the singular vectors `vectors` (none, thin or full, both sides).
    /// Non-finite input is refused before faer's iteration sees it, as LAPACK reports
    /// non-convergence for it.
    pub(crate) fn new(a: MatRef<'_, T>, vectors: ComputeSvdVectors) -> Result<Self> {
        let (m, n) = a.shape();
        let k = m.min(n);
        let dims = |rows: usize| match vectors {
            ComputeSvdVectors::No => None,
            ComputeSvdVectors::Thin => Some((rows, k)),
            ComputeSvdVectors::Full => Some((rows, rows)),
        };
        if k == 0 {
            // Nothing to factor: the full unitary factors are identities.
            let eye = |d: Option<(usize, usize)>| d.map(|(r, c)| Mat::<T>::identity(r, c));
            return Ok(Self {
                s: Vec::new(),
                u: eye(dims(m)),
                v: eye(dims(n)),
            });
        }
        let finite = (0..n).all(|j| (0..m).all(|i| a[(i, j)].is_finite_scalar()));
        if !finite {
            return Err(not_converged("the input has a NaN or an infinity"));
        }
        let mut u = dims(m).map(|(r, c)| Mat::<T>::zeros(r, c));
        let mut v = dims(n).map(|(r, c)| Mat::<T>::zeros(r, c));
        let mut s = Diag::<T>::zeros(k);
        let par = par();
        let mut buffer = MemBuffer::new(svd_scratch::<T>(
            m,
            n,
            vectors,
            vectors,
            par,
            Default::default(),
        ));
        faer::linalg::svd::svd(
            a,
            s.as_mut(),
            u.as_mut().map(Mat::as_mut),
            v.as_mut().map(Mat::as_mut),
            par,
            MemStack::new(&mut buffer),
            Default::default(),
        )
        .map_err(|_| not_converged("the bidiagonal iteration reached its limit"))?;
        let s = s.column_vector().iter().map(|x| x.re()).collect();
        Ok(Self { s, u, v })
    }

    /// The largest singular value as an `f64` (0 when there are none).
    pub(crate) fn largest(&self) -> f64 {
        self.s.first().map_or(0.0, |&x| x.into())
    }

    /// How many singular values exceed `tol`.
    pub(crate) fn count_above(&self, tol: f64) -> usize {
        self.s.iter().filter(|&&x| x.into() > tol).count()
    }
}

/// An owned ndarray copy of a faer matrix (any shape, empty ones included).
pub(crate) fn to_array<T: Copy>(m: MatRef<'_, T>) -> Array2<T> {
    Array2::from_shape_fn((m.nrows(), m.ncols()), |(i, j)| m[(i, j)])
}

fn not_converged(detail: &str) -> Error {
    Error::DidNotConverge {
        method: "SVD".into(),
        iterations: 0,
        detail: detail.into(),
    }
}
