//! `lstsq`: the minimum-norm least-squares solution of `A x = b` from the SVD (the method of
//! LAPACK's `gelsd`/`gelss`), with SciPy's rank decision and residues.

use faer::linalg::svd::ComputeSvdVectors;
use faer::{Conj, Mat, MatRef};
use sci_core::ndarray::{Array, Array1, AsArray, Dimension, Ix2};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::{HouseholderQr, SvdFactors, scaled};
use crate::scalar::Scalar;
use crate::{rhs, validate};

/// SciPy's `lapack_driver` of `lstsq`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LstsqDriver {
    /// `'gelsd'`: SVD, divide and conquer (SciPy's default). Computed with faer's SVD.
    #[default]
    Gelsd,
    /// `'gelss'`: SVD by QR iteration. Computed with the same faer SVD as `Gelsd`; the results
    /// agree to rounding.
    Gelss,
    /// `'gelsy'`: complete orthogonal factorization. Not implemented
    /// ([`Error::Unsupported`]).
    Gelsy,
}

/// The optional arguments of [`lstsq_with`]: SciPy's keywords of `scipy.linalg.lstsq`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LstsqOptions {
    /// Singular values at most `cond` times the largest count as zero (SciPy's `cond`);
    /// `None` (the default), or a negative value as in LAPACK, is the machine epsilon of the
    /// element type.
    pub cond: Option<f64>,
    /// Whether a NaN or infinity in `a` or `b` is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
    /// SciPy's `lapack_driver` (see [`LstsqDriver`]).
    pub lapack_driver: LstsqDriver,
}

impl Default for LstsqOptions {
    fn default() -> Self {
        Self {
            cond: None,
            check_finite: true,
            lapack_driver: LstsqDriver::Gelsd,
        }
    }
}

impl LstsqOptions {
    /// Sets `cond`.
    #[must_use]
    pub fn cond(mut self, cond: f64) -> Self {
        self.cond = Some(cond);
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
    /// Sets `lapack_driver`.
    #[must_use]
    pub fn lapack_driver(mut self, lapack_driver: LstsqDriver) -> Self {
        self.lapack_driver = lapack_driver;
        self
    }
}

/// The result of [`lstsq`], with SciPy's names: `(x, residues, rank, s)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Lstsq<T: Scalar, D: Dimension> {
    /// The minimum-norm least-squares solution, `N` or `N × K` as `b` is a vector or a matrix.
    pub x: Array<T, D>,
    /// The squared 2-norm of each column of `b - A x` (one entry for a vector `b`, where SciPy
    /// gives a 0-d array); empty when `rank < N` or `M <= N` (except for `N = 0`, where it is
    /// `|b|²` per column, as SciPy).
    pub residues: Array1<T::Real>,
    /// The effective rank of `a`.
    pub rank: usize,
    /// The singular values of `a`, non-increasing.
    pub s: Array1<T::Real>,
}

/// The least-squares solution of `A x = b`: SciPy's `scipy.linalg.lstsq(a, b)`.
///
/// Minimises `‖b - A x‖₂` and, among minimisers, `‖x‖₂`: with the thin SVD `A = U Σ Vᴴ` and
/// the singular values above `cond · s₀` (`cond` = machine epsilon by default) kept,
/// `x = V Σ⁺ Uᴴ b`. `b` is a vector (`M`) or a matrix (`M × K`). O(M N min(M, N) + M N K).
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] if `b` does not have `M` rows;
/// - [`Error::InvalidArgument`] if `b` is neither a vector nor a matrix;
/// - [`Error::NonFinite`] for a NaN or infinity in `a` or `b`;
/// - [`Error::DidNotConverge`] if the SVD does not converge (SciPy's `LinAlgError`).
///
/// # Examples
///
/// Fitting `y = c₀ + c₁ x²` (SciPy's example):
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::lstsq;
///
/// let x = array![1.0_f64, 2.5, 3.5, 4.0, 5.0, 7.0, 8.5];
/// let y = array![0.3_f64, 1.1, 1.5, 2.0, 3.2, 6.6, 8.6];
/// let m = Array2::from_shape_fn((7, 2), |(i, j)| if j == 0 { 1.0 } else { x[i] * x[i] });
/// let r = lstsq(&m, &y)?;
/// assert!((r.x[0] - 0.20925829).abs() < 1e-8 && (r.x[1] - 0.12013861).abs() < 1e-8);
/// assert_eq!((r.rank, r.residues.len()), (2, 1));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lstsq.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.5.
pub fn lstsq<'a, 'b, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
) -> Result<Lstsq<T, D>> {
    lstsq_with(a, b, &LstsqOptions::default())
}

/// [`lstsq`] with SciPy's keyword arguments (`cond`, `check_finite`, `lapack_driver`).
///
/// # Errors
///
/// As [`lstsq`]; [`Error::Unsupported`] for [`LstsqDriver::Gelsy`].
///
/// # Examples
///
/// A rank-deficient system gets the minimum-norm solution:
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{lstsq_with, LstsqOptions};
///
/// let a = array![[1.0_f64, 1.0], [1.0, 1.0], [1.0, 1.0]];
/// let r = lstsq_with(&a, &array![2.0_f64, 2.0, 2.0], &LstsqOptions::default().cond(1e-10))?;
/// assert_eq!(r.rank, 1);
/// assert!((r.x[0] - 1.0).abs() < 1e-14 && (r.x[1] - 1.0).abs() < 1e-14);
/// assert!(r.residues.is_empty());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.lstsq.html>
pub fn lstsq_with<'a, 'b, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, D>,
    options: &LstsqOptions,
) -> Result<Lstsq<T, D>> {
    if options.lapack_driver == LstsqDriver::Gelsy {
        return Err(Error::unsupported("lstsq lapack_driver='gelsy'"));
    }
    let (a, b) = (view(a), view(b));
    let (m, n) = a.dim();
    let bm = rhs::columns(&b, m)?;
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let af = as_faer(&a);
    let eps = validate::rcond_threshold::<T>();
    let cond = options.cond.filter(|&c| c >= 0.0).unwrap_or(eps);
    // A tall A goes through its QR first (LAPACK's gelsd does the same past m ≈ 1.6 n): the
    // SVD is then of the N × N factor R, and U (M × N) is never formed.
    let (s, x, residues, rank) = if n > 0 && 5 * m >= 8 * n {
        let qr = HouseholderQr::new(af, false);
        let mut c = bm.clone();
        qr.apply_left(c.as_mut(), Conj::Yes, true);
        let r = Mat::<T>::from_fn(n, n, |i, j| if i <= j { qr.qr[(i, j)] } else { T::zero() });
        let (s, x, rank) = minimum_norm(r.as_ref(), c.as_ref().get(..n, ..), cond)?;
        // ‖b − A x‖² = ‖(Qᴴ b)[N:]‖² at full rank.
        let residues = if rank == n && m > n {
            column_sums_of_squares(c.as_ref().get(n.., ..))
        } else {
            Array1::from(Vec::new())
        };
        (s, x, residues, rank)
    } else {
        let (s, x, rank) = minimum_norm(af, bm.as_ref(), cond)?;
        let residues = if n == 0 || (rank == n && m > n) {
            column_sums_of_squares((&bm - af * &x).as_ref())
        } else {
            Array1::from(Vec::new())
        };
        (s, x, residues, rank)
    };
    Ok(Lstsq {
        x: rhs::back_to_shape(x, &b)?,
        residues,
        rank,
        s: Array1::from(s),
    })
}

/// The singular values of `a`, the minimum-norm least-squares solution of `a x = b` with the
/// singular values at most `cond` times the largest treated as zero, and that rank.
fn minimum_norm<T: Scalar>(
    a: MatRef<'_, T>,
    b: MatRef<'_, T>,
    cond: f64,
) -> Result<(Vec<T::Real>, Mat<T>, usize)> {
    let (m, n) = a.shape();
    let f = SvdFactors::new(a, ComputeSvdVectors::Thin)?;
    let rank = f.count_above(cond * f.largest());
    let (u, v) = (
        f.u.as_ref()
            .map_or_else(|| Mat::zeros(m, 0), |u| u.subcols(0, rank).to_owned()),
        f.v.as_ref()
            .map_or_else(|| Mat::zeros(n, 0), |v| v.subcols(0, rank).to_owned()),
    );
    let inverse: Vec<T::Real> = f.s[..rank]
        .iter()
        .map(|&s| T::from_f64(1.0 / s.into()).re())
        .collect();
    // x = V Σ⁺ (Uᴴ b), applied right to left so no N × M matrix is formed.
    let x = scaled(v.as_ref(), &inverse) * (u.adjoint() * b);
    Ok((f.s, x, rank))
}

/// `Σᵢ |r_ij|²` for every column `j` of `r`.
fn column_sums_of_squares<T: Scalar>(r: MatRef<'_, T>) -> Array1<T::Real> {
    (0..r.ncols())
        .map(|j| {
            let sum: f64 = r.col(j).iter().map(|v| v.modulus().into().powi(2)).sum();
            T::from_f64(sum).re()
        })
        .collect()
}
