//! `rq` and `rq_r`: the RQ decomposition `A = R Q`, from the QR decomposition of the reversed
//! conjugate transpose.
//!
//! With `J` the exchange (row-reversal) matrix, `(J_M A J_N)ᴴ = Q₁ R₁` gives
//! `A = (J_M R₁ᴴ J_N)(J_N Q₁ᴴ J_N)`: the first factor is upper trapezoidal (the last `M`
//! columns' upper triangle when `M ≤ N`) and the second unitary, as LAPACK's `gerqf` defines
//! them.

use faer::Mat;
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, view};

use crate::decompositions::qr::{HouseholderQr, QrMode};
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`rq_with`] and [`rq_r`]: SciPy's keywords of
/// `scipy.linalg.rq` (`overwrite_a` and `lwork` have no meaning here).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RqOptions {
    /// `'full'` (default; `R` is `M × N`, `Q` is `N × N`) or `'economic'` (`R` is `M × K`,
    /// `Q` is `K × N`), SciPy's `mode`; SciPy's `'r'` is [`rq_r`].
    pub mode: QrMode,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for RqOptions {
    fn default() -> Self {
        Self {
            mode: QrMode::Full,
            check_finite: true,
        }
    }
}

setters!(RqOptions {
    mode: QrMode,
    check_finite: bool
});

/// The RQ decomposition `A = R Q` as SciPy returns it: `(R, Q)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rq<T: Scalar> {
    /// The upper trapezoidal factor: `M × N` (full) or `M × K` (economic).
    pub r: Array2<T>,
    /// The unitary factor: `N × N` (full) or `K × N` (economic, orthonormal rows).
    pub q: Array2<T>,
}

/// The RQ decomposition: SciPy's `scipy.linalg.rq(a)` (mode `'full'`).
///
/// `R` (`M × N`) is upper trapezoidal (`R[i, j] = 0` for `j < i + N - M`) and `Q` (`N × N`)
/// unitary, with `A = R Q`. Unique up to the signs (phases) of `R`'s columns and `Q`'s rows,
/// which may differ from SciPy's. O(M N min(M, N)) time.
///
/// # Errors
///
/// [`sci_core::Error::NonFinite`] for a NaN or infinity in `a`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::rq;
///
/// let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let f = rq(&a)?;
/// assert_eq!((f.r.dim(), f.q.dim()), ((2, 3), (3, 3)));
/// assert!(f.r[[0, 0]] == 0.0 && f.r[[1, 0]] == 0.0 && f.r[[1, 1]] == 0.0);
/// let back = f.r.dot(&f.q);
/// assert!(back.iter().zip(a.iter()).all(|(x, y)| (x - y).abs() < 1e-13));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.rq.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.2.
pub fn rq<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Rq<T>> {
    rq_with(a, &RqOptions::default())
}

/// [`rq`] with SciPy's keyword arguments (`mode` full or economic, `check_finite`).
///
/// # Errors
///
/// As [`rq`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{rq_with, QrMode, RqOptions};
///
/// let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let f = rq_with(&a, &RqOptions::default().mode(QrMode::Economic))?;
/// assert_eq!((f.r.dim(), f.q.dim()), ((2, 2), (2, 3)));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.rq.html>
pub fn rq_with<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &RqOptions) -> Result<Rq<T>> {
    let (f, m, n) = factor(a, options.check_finite)?;
    let q1 = f.q(options.mode);
    let kq = q1.ncols();
    // Q = J_K Q₁ᴴ J_N.
    let q = Array2::from_shape_fn((kq, n), |(i, j)| q1[(n - 1 - j, kq - 1 - i)].conjugate());
    Ok(Rq {
        r: r_factor(&f, m, options.mode),
        q,
    })
}

/// The triangular factor only: SciPy's `scipy.linalg.rq(a, mode='r')` (`M × N`, or `M × K`
/// with [`QrMode::Economic`]).
///
/// # Errors
///
/// As [`rq`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{rq_r, RqOptions};
///
/// let r = rq_r(&array![[3.0_f64, 4.0]], &RqOptions::default())?;
/// assert!(r[[0, 0]] == 0.0 && (r[[0, 1]].abs() - 5.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.rq.html>
pub fn rq_r<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, options: &RqOptions) -> Result<Array2<T>> {
    let (f, m, _) = factor(a, options.check_finite)?;
    Ok(r_factor(&f, m, options.mode))
}

/// The QR decomposition of `(J_M A J_N)ᴴ` (`N × M`), with `A`'s shape.
fn factor<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    check_finite: bool,
) -> Result<(HouseholderQr<T>, usize, usize)> {
    let a = view(a);
    validate::finite("a", &a, check_finite)?;
    let (m, n) = a.dim();
    let b = Mat::<T>::from_fn(n, m, |i, j| a[(m - 1 - j, n - 1 - i)].conjugate());
    Ok((HouseholderQr::new(b.as_ref(), false), m, n))
}

/// `R = J_M R₁ᴴ J_C` with `R₁` the (full `N × M` or economic `K × M`) triangular factor.
fn r_factor<T: Scalar>(f: &HouseholderQr<T>, m: usize, mode: QrMode) -> Array2<T> {
    let r1 = f.r(mode);
    let c = r1.nrows();
    Array2::from_shape_fn((m, c), |(i, j)| r1[(c - 1 - j, m - 1 - i)].conjugate())
}
