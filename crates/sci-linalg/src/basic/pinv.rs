//! `pinv` and `pinvh`: the Moore-Penrose pseudo-inverse from the SVD, and of a Hermitian
//! matrix from its eigendecomposition, with SciPy 1.17's `atol`/`rtol` cut-off.

use faer::Mat;
use faer::diag::Diag;
use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::evd::{ComputeEigenvectors, self_adjoint_evd, self_adjoint_evd_scratch};
use faer::linalg::svd::ComputeSvdVectors;
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::to_array;
use crate::decompositions::{SvdFactors, scaled};
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`pinv_with`] and [`pinvh_with`]: SciPy 1.17's keywords.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PinvOptions {
    /// The absolute threshold (SciPy's `atol`, `0` when `None`).
    pub atol: Option<f64>,
    /// The relative threshold (SciPy's `rtol`); `None` is `max(M, N)` times the machine
    /// epsilon of the element type. Singular values (eigenvalue moduli for `pinvh`) at most
    /// `atol + rtol · max` count as zero.
    pub rtol: Option<f64>,
    /// For [`pinvh_with`]: read the lower triangle (SciPy's `lower`, `true` by default);
    /// ignored by [`pinv_with`].
    pub lower: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for PinvOptions {
    fn default() -> Self {
        Self {
            atol: None,
            rtol: None,
            lower: true,
            check_finite: true,
        }
    }
}

impl PinvOptions {
    /// Sets `atol`.
    #[must_use]
    pub fn atol(mut self, atol: f64) -> Self {
        self.atol = Some(atol);
        self
    }
    /// Sets `rtol`.
    #[must_use]
    pub fn rtol(mut self, rtol: f64) -> Self {
        self.rtol = Some(rtol);
        self
    }
    /// Sets `lower` (for [`pinvh_with`]).
    #[must_use]
    pub fn lower(mut self, lower: bool) -> Self {
        self.lower = lower;
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }

    /// The cut-off `atol + rtol · largest` for an `m × n` problem in precision `T`.
    fn threshold<T: Scalar>(&self, largest: f64, m: usize, n: usize) -> Result<f64> {
        let atol = self.atol.unwrap_or(0.0);
        let rtol = self
            .rtol
            .unwrap_or_else(|| validate::rcond_threshold::<T>() * m.max(n) as f64);
        // NaN is refused too.
        let invalid = |x: f64| x.is_nan() || x < 0.0;
        if invalid(atol) || invalid(rtol) {
            return Err(Error::invalid_argument(
                "atol/rtol",
                format!("{atol}/{rtol}"),
                "atol and rtol values must be positive",
            ));
        }
        Ok(atol + rtol * largest)
    }
}

/// The Moore-Penrose pseudo-inverse: SciPy's `scipy.linalg.pinv(a)`.
///
/// From the thin SVD `A = U Σ Vᴴ`, `A⁺ = V Σ⁺ Uᴴ`, where the singular values at most
/// `atol + rtol · s₀` (by default `max(M, N) ε s₀`) are dropped. An `M × N` input gives an
/// `N × M` result. O(M N min(M, N)) time.
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
/// use sci_linalg::pinv;
///
/// let a = array![[1.0_f64, 2.0], [2.0, 4.0], [0.0, 0.0]];
/// let b = pinv(&a)?;
/// let aba = a.dot(&b).dot(&a);
/// assert!(aba.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pinv.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.5.2.
pub fn pinv<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    pinv_with(a, &PinvOptions::default())
}

/// [`pinv`] with SciPy's `atol`, `rtol` and `check_finite`.
///
/// # Errors
///
/// As [`pinv`]; [`Error::InvalidArgument`] for a negative `atol` or `rtol`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{pinv_with, PinvOptions};
///
/// let a = array![[1.0_f64, 0.0], [0.0, 1e-8]];
/// let b = pinv_with(&a, &PinvOptions::default().rtol(1e-6))?;
/// assert_eq!(b, array![[1.0, 0.0], [0.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pinv.html>
pub fn pinv_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &PinvOptions,
) -> Result<Array2<T>> {
    let a = view(a);
    validate::finite("a", &a, options.check_finite)?;
    let (m, n) = a.dim();
    let f = SvdFactors::new(as_faer(&a), ComputeSvdVectors::Thin)?;
    let rank = f.count_above(options.threshold::<T>(f.largest(), m, n)?);
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
    let b = scaled(v.as_ref(), &inverse) * u.adjoint();
    Ok(to_array(b.as_ref()))
}

/// The pseudo-inverse of a Hermitian (real symmetric) matrix: SciPy's
/// `scipy.linalg.pinvh(a)`.
///
/// From the eigendecomposition `A = Q Λ Qᴴ` of the lower triangle (by default), `A⁺ = Q Λ⁺
/// Qᴴ`, where eigenvalues with `|λ|` at most `atol + rtol · max |λ|` (by default `N ε max
/// |λ|`) are dropped. O(n³) time.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`Error::NonFinite`] for a NaN or infinity in `a`;
/// - [`Error::InvalidArgument`] for a negative `atol` or `rtol`;
/// - [`Error::DidNotConverge`] if the eigenvalue iteration does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::pinvh;
///
/// let a = array![[2.0_f64, 1.0], [1.0, 2.0]];
/// let b = pinvh(&a)?;
/// let e = [[2.0 / 3.0, -1.0 / 3.0], [-1.0 / 3.0, 2.0 / 3.0]];
/// assert!((0..2).all(|i| (0..2).all(|j| (b[[i, j]] - e[i][j]).abs() < 1e-14)));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pinvh.html>
pub fn pinvh<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    pinvh_with(a, &PinvOptions::default())
}

/// [`pinvh`] with SciPy's `atol`, `rtol`, `lower` and `check_finite`.
///
/// # Errors
///
/// As [`pinvh`].
///
/// # Examples
///
/// Only the chosen triangle is read:
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{pinvh_with, PinvOptions};
///
/// let a = array![[4.0_f64, 99.0], [0.0, 2.0]];
/// let b = pinvh_with(&a, &PinvOptions::default())?;
/// assert!((b[[0, 0]] - 0.25).abs() < 1e-15 && b[[0, 1]].abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pinvh.html>
pub fn pinvh_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &PinvOptions,
) -> Result<Array2<T>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    if n == 0 {
        return Ok(Array2::from_elem((0, 0), T::zero()));
    }
    // The full Hermitian matrix from the triangle SciPy reads (the diagonal's imaginary part
    // is ignored, as LAPACK's Hermitian routines do).
    let h = Mat::from_fn(n, n, |i, j| {
        let (r, c) = if (i >= j) == options.lower {
            (i, j)
        } else {
            (j, i)
        };
        let v = a[(r, c)];
        if i == j {
            T::from_real(v.re())
        } else if (r, c) == (i, j) {
            v
        } else {
            v.conjugate()
        }
    });
    let mut w = Diag::<T>::zeros(n);
    let mut q = Mat::<T>::zeros(n, n);
    let par = par();
    let mut buffer = MemBuffer::new(self_adjoint_evd_scratch::<T>(
        n,
        ComputeEigenvectors::Yes,
        par,
        Default::default(),
    ));
    self_adjoint_evd(
        h.as_ref(),
        w.as_mut(),
        Some(q.as_mut()),
        par,
        MemStack::new(&mut buffer),
        Default::default(),
    )
    .map_err(|_| Error::DidNotConverge {
        method: "Hermitian eigendecomposition".into(),
        iterations: 0,
        detail: "the tridiagonal iteration reached its limit".into(),
    })?;
    let lambda: Vec<f64> = w.column_vector().iter().map(|x| x.re().into()).collect();
    let largest = lambda.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    let cut = options.threshold::<T>(largest, n, n)?;
    let keep: Vec<usize> = (0..n).filter(|&i| lambda[i].abs() > cut).collect();
    let qk = Mat::from_fn(n, keep.len(), |i, j| q[(i, keep[j])]);
    let inverse: Vec<T::Real> = keep
        .iter()
        .map(|&i| T::from_f64(1.0 / lambda[i]).re())
        .collect();
    let b = scaled(qk.as_ref(), &inverse) * qk.adjoint();
    Ok(to_array(b.as_ref()))
}
