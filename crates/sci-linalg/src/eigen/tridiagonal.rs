//! `eigh_tridiagonal` and `eigvalsh_tridiagonal`: eigenvalues and eigenvectors of a real
//! symmetric tridiagonal matrix, on faer's tridiagonal solver (implicit QR, divide and
//! conquer from order 128) without forming the dense matrix.

use sci_core::ndarray::{Array1, AsArray, Ix1};
use sci_core::{Error, Result, view1};

use super::eigh::Eigh;
use super::kernel::{self, Select};
use crate::decompositions::to_array;
use crate::options::setters;
use crate::scalar::RealScalar;
use crate::validate;

/// SciPy's `lapack_driver` of `eigh_tridiagonal`. faer's tridiagonal solver serves every
/// driver; the choice is validated as SciPy validates it (`Sterf` needs `eigvals_only`, and
/// `Sterf` and `Stev` need `Select::All`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TridiagonalDriver {
    /// `'auto'` (SciPy's default).
    #[default]
    Auto,
    /// `'stemr'`.
    Stemr,
    /// `'stebz'` (bisection; the only driver that reads `tol` in SciPy).
    Stebz,
    /// `'sterf'` (eigenvalues only).
    Sterf,
    /// `'stev'`.
    Stev,
}

/// The optional arguments of [`eigh_tridiagonal`] and [`eigvalsh_tridiagonal`]: SciPy's
/// keywords of `scipy.linalg.eigh_tridiagonal`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EighTridiagonalOptions {
    /// Compute only the eigenvalues (SciPy's `eigvals_only`, `false`).
    pub eigvals_only: bool,
    /// Which eigenvalues to keep (SciPy's `select` and `select_range`, all by default).
    pub select: Select,
    /// SciPy's `tol`, the absolute tolerance of bisection with `'stebz'` (0: LAPACK's
    /// default). Accepted; the QR iteration used here converges to full precision.
    pub tol: f64,
    /// SciPy's `lapack_driver` (see [`TridiagonalDriver`]).
    pub lapack_driver: TridiagonalDriver,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for EighTridiagonalOptions {
    fn default() -> Self {
        Self {
            eigvals_only: false,
            select: Select::All,
            tol: 0.0,
            lapack_driver: TridiagonalDriver::Auto,
            check_finite: true,
        }
    }
}

setters!(EighTridiagonalOptions {
    eigvals_only: bool,
    select: Select,
    tol: f64,
    lapack_driver: TridiagonalDriver,
    check_finite: bool
});

fn solve<'a, 'b, R: RealScalar>(
    d: impl AsArray<'a, R, Ix1>,
    e: impl AsArray<'b, R, Ix1>,
    options: &EighTridiagonalOptions,
    vectors: bool,
) -> Result<Eigh<R>> {
    let (d, e) = (view1(d), view1(e));
    if d.len() != e.len() + 1 {
        return Err(Error::invalid_argument(
            "d",
            format!("an array of length {}", d.len()),
            format!("must have one more element than e ({})", e.len()),
        ));
    }
    let driver = options.lapack_driver;
    if driver == TridiagonalDriver::Sterf && vectors {
        return Err(Error::invalid_argument(
            "lapack_driver",
            "sterf",
            "sterf can only be used when eigvals_only is true",
        ));
    }
    if matches!(driver, TridiagonalDriver::Sterf | TridiagonalDriver::Stev)
        && options.select != Select::All
    {
        return Err(Error::invalid_argument(
            "lapack_driver",
            format!("{driver:?}").to_lowercase(),
            "can only be used when select is all",
        ));
    }
    validate::finite("d", &d, options.check_finite)?;
    validate::finite("e", &e, options.check_finite)?;
    let (d, e) = (d.to_vec(), e.to_vec());
    let (w, v) = kernel::tridiagonal(&d, &e, vectors)?;
    let keep = kernel::selected(&w, options.select)?;
    Ok(Eigh {
        w: Array1::from(w[keep.clone()].to_vec()),
        v: v.map(|v| to_array(v.as_ref().subcols(keep.start, keep.len()))),
    })
}

/// The eigenvalues (ascending) and orthonormal eigenvectors of the real symmetric
/// tridiagonal matrix with diagonal `d` (length n) and off-diagonal `e` (length n - 1):
/// SciPy's `scipy.linalg.eigh_tridiagonal(d, e)`.
///
/// faer's implicit symmetric QR iteration (Golub & Van Loan §8.3.5; divide and conquer,
/// Cuppen's method, from order 128): O(n²) for the eigenvalues, O(n³) with the vectors.
///
/// # Errors
///
/// - [`Error::InvalidArgument`] unless `d` has one more element than `e` (so also for an
///   empty `d`, as SciPy), for a driver that does not fit the request, or an invalid
///   selection range;
/// - [`Error::NonFinite`] for a NaN or infinity (see
///   [`EighTridiagonalOptions::check_finite`]);
/// - [`Error::DidNotConverge`] if the iteration fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigh_tridiagonal, EighTridiagonalOptions};
///
/// let d = array![2.0_f64, 2.0, 2.0];
/// let e = array![-1.0_f64, -1.0];
/// let r = eigh_tridiagonal(&d, &e, &EighTridiagonalOptions::default())?;
/// assert!((r.w[1] - 2.0).abs() < 1e-14);
/// assert_eq!(r.v.unwrap().dim(), (3, 3));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigh_tridiagonal.html>
/// - J. J. M. Cuppen, "A divide and conquer method for the symmetric tridiagonal
///   eigenproblem", *Numer. Math.* 36 (1981) 177–195.
pub fn eigh_tridiagonal<'a, 'b, R: RealScalar>(
    d: impl AsArray<'a, R, Ix1>,
    e: impl AsArray<'b, R, Ix1>,
    options: &EighTridiagonalOptions,
) -> Result<Eigh<R>> {
    solve(d, e, options, !options.eigvals_only)
}

/// The eigenvalues (ascending) of a real symmetric tridiagonal matrix: SciPy's
/// `scipy.linalg.eigvalsh_tridiagonal(d, e)`; `eigvals_only` is implied.
///
/// # Errors
///
/// As [`eigh_tridiagonal`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigvalsh_tridiagonal, EighTridiagonalOptions, Select};
///
/// let o = EighTridiagonalOptions::default().select(Select::Index(0, 0));
/// let w = eigvalsh_tridiagonal(&array![1.0_f64, 3.0], &array![0.0_f64], &o)?;
/// assert_eq!(w.to_vec(), vec![1.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvalsh_tridiagonal.html>
pub fn eigvalsh_tridiagonal<'a, 'b, R: RealScalar>(
    d: impl AsArray<'a, R, Ix1>,
    e: impl AsArray<'b, R, Ix1>,
    options: &EighTridiagonalOptions,
) -> Result<Array1<R>> {
    Ok(solve(d, e, options, false)?.w)
}
