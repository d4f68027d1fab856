//! `eigh` and `eigvalsh`: eigenvalues and eigenvectors of a Hermitian (real symmetric)
//! matrix, or of the definite pencil `A v = λ B v` with `B` positive definite, reduced to the
//! standard problem with the Cholesky factor of `B`.

use faer::linalg::matmul::matmul;
use faer::linalg::triangular_solve::{
    solve_lower_triangular_in_place, solve_upper_triangular_in_place,
};
use faer::{Accum, Mat};
use sci_core::ndarray::{Array1, Array2, ArrayView2, AsArray, Ix2};
use sci_core::{Error, Result, as_faer, view};

use super::kernel::{self, Select};
use crate::decompositions::{CholeskyOptions, cholesky_with, to_array};
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// SciPy's `driver` of `eigh`: the LAPACK routine SciPy would call. faer's self-adjoint
/// solver (Householder tridiagonalisation, then implicit QR or divide and conquer) serves
/// every driver here; the choice is validated as SciPy validates it (standard drivers refuse
/// `b`, generalized ones need it, only `evr`, `evx` and `gvx` compute subsets), so code
/// written for SciPy translates, and the results agree with any driver to rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EighDriver {
    /// SciPy's `driver=None`: `evr` for the standard problem, `gvd` (`gvx` for a subset) for
    /// the generalized one.
    #[default]
    Auto,
    /// `'ev'` (standard, QR iteration).
    Ev,
    /// `'evd'` (standard, divide and conquer).
    Evd,
    /// `'evr'` (standard, relatively robust representations).
    Evr,
    /// `'evx'` (standard, bisection and inverse iteration).
    Evx,
    /// `'gv'` (generalized).
    Gv,
    /// `'gvd'` (generalized, divide and conquer).
    Gvd,
    /// `'gvx'` (generalized, expert).
    Gvx,
}

impl EighDriver {
    /// The driver of SciPy's name (`"ev"`, `"evd"`, `"evr"`, `"evx"`, `"gv"`, `"gvd"`,
    /// `"gvx"`, or `"None"`).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidArgument`] for any other name.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_linalg::EighDriver;
    /// assert_eq!(EighDriver::from_name("gvd")?, EighDriver::Gvd);
    /// assert!(EighDriver::from_name("foo").is_err());
    /// # Ok::<(), sci_core::Error>(())
    /// ```
    pub fn from_name(name: &str) -> Result<Self> {
        Ok(match name {
            "None" => Self::Auto,
            "ev" => Self::Ev,
            "evd" => Self::Evd,
            "evr" => Self::Evr,
            "evx" => Self::Evx,
            "gv" => Self::Gv,
            "gvd" => Self::Gvd,
            "gvx" => Self::Gvx,
            other => {
                return Err(Error::invalid_argument(
                    "driver",
                    other,
                    "possible values are \"None\", \"ev\", \"evd\", \"evr\", \"evx\", \"gv\", \
                     \"gvd\", \"gvx\"",
                ));
            }
        })
    }
}

/// The optional arguments of [`eigh_with`] and [`eigvalsh_with`]: SciPy's keywords of
/// `scipy.linalg.eigh`.
#[derive(Debug, Clone)]
pub struct EighOptions<'b, T> {
    /// The positive definite `B` of the generalized problem (SciPy's `b`, `None`).
    pub b: Option<ArrayView2<'b, T>>,
    /// Read the lower triangle of `a` (and `b`) instead of the upper one (SciPy's `lower`,
    /// `true`).
    pub lower: bool,
    /// Compute only the eigenvalues (SciPy's `eigvals_only`, `false`); [`Eigh::v`] is then
    /// `None`.
    pub eigvals_only: bool,
    /// Keep the eigenvalues of ascending index `lo..=hi`, 0-based (SciPy's
    /// `subset_by_index`).
    pub subset_by_index: Option<(usize, usize)>,
    /// Keep the eigenvalues in the half-open interval `(lo, hi]` (SciPy's
    /// `subset_by_value`).
    pub subset_by_value: Option<(f64, f64)>,
    /// The generalized problem's form (SciPy's `type`, 1): 1 is `A v = λ B v`, 2 is
    /// `A B v = λ v`, 3 is `B A v = λ v`.
    pub type_: u8,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
    /// SciPy's `driver` (see [`EighDriver`]).
    pub driver: EighDriver,
}

impl<T> Default for EighOptions<'_, T> {
    fn default() -> Self {
        Self {
            b: None,
            lower: true,
            eigvals_only: false,
            subset_by_index: None,
            subset_by_value: None,
            type_: 1,
            check_finite: true,
            driver: EighDriver::Auto,
        }
    }
}

impl<'b, T: 'b> EighOptions<'b, T> {
    /// Sets `b` (the generalized problem).
    #[must_use]
    pub fn b(mut self, b: impl AsArray<'b, T, Ix2>) -> Self {
        self.b = Some(view(b));
        self
    }
    /// Sets `lower`.
    #[must_use]
    pub fn lower(mut self, lower: bool) -> Self {
        self.lower = lower;
        self
    }
    /// Sets `eigvals_only`.
    #[must_use]
    pub fn eigvals_only(mut self, eigvals_only: bool) -> Self {
        self.eigvals_only = eigvals_only;
        self
    }
    /// Sets `subset_by_index` to `lo..=hi`.
    #[must_use]
    pub fn subset_by_index(mut self, lo: usize, hi: usize) -> Self {
        self.subset_by_index = Some((lo, hi));
        self
    }
    /// Sets `subset_by_value` to `(lo, hi]`.
    #[must_use]
    pub fn subset_by_value(mut self, lo: f64, hi: f64) -> Self {
        self.subset_by_value = Some((lo, hi));
        self
    }
    /// Sets `type_`.
    #[must_use]
    pub fn type_(mut self, type_: u8) -> Self {
        self.type_ = type_;
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
    /// Sets `driver`.
    #[must_use]
    pub fn driver(mut self, driver: EighDriver) -> Self {
        self.driver = driver;
        self
    }
}

/// A Hermitian eigendecomposition: SciPy's `(w, v)` of `eigh`.
#[derive(Debug, Clone, PartialEq)]
pub struct Eigh<T: Scalar> {
    /// The (selected) eigenvalues, ascending.
    pub w: Array1<T::Real>,
    /// The eigenvectors as columns (`N × len(w)`): orthonormal for the standard problem,
    /// `Vᴴ B V = I` for generalized types 1 and 2, `Vᴴ B⁻¹ V = I` for type 3; `None` with
    /// [`EighOptions::eigvals_only`].
    pub v: Option<Array2<T>>,
}

/// Validates SciPy's constraints between `b`, `driver`, the subsets and `type`.
fn check_options<T>(options: &EighOptions<'_, T>) -> Result<Select> {
    use EighDriver::{Ev, Evd, Evr, Evx, Gv, Gvd, Gvx};
    if !(1..=3).contains(&options.type_) {
        return Err(Error::invalid_argument(
            "type",
            options.type_,
            "\"type\" keyword only accepts 1, 2, and 3",
        ));
    }
    let generalized = options.b.is_some();
    let name = format!("{:?}", options.driver).to_lowercase();
    match options.driver {
        Ev | Evd | Evr | Evx if generalized => {
            return Err(Error::invalid_argument(
                "driver",
                name,
                "does not accept input b array for standard eigenvalue problems",
            ));
        }
        Gv | Gvd | Gvx if !generalized => {
            return Err(Error::invalid_argument(
                "driver",
                name,
                "requires input b array to be supplied for generalized eigenvalue problems",
            ));
        }
        _ => {}
    }
    let subset = options.subset_by_index.is_some() || options.subset_by_value.is_some();
    if subset && matches!(options.driver, Ev | Evd | Gv | Gvd) {
        return Err(Error::invalid_argument(
            "driver",
            name,
            "cannot compute subsets of eigenvalues",
        ));
    }
    match (options.subset_by_index, options.subset_by_value) {
        (Some(_), Some(_)) => Err(Error::invalid_argument(
            "subset_by_index",
            "both subsets",
            "either index or value subset can be requested",
        )),
        (Some((lo, hi)), None) => Ok(Select::Index(lo, hi)),
        (None, Some((lo, hi))) => Ok(Select::Value(lo, hi)),
        (None, None) => Ok(Select::All),
    }
}

/// The selected eigenvalues and (unless `eigvals_only`) eigenvectors.
fn solve<T: Scalar>(
    a: &ArrayView2<'_, T>,
    options: &EighOptions<'_, T>,
    vectors: bool,
) -> Result<Eigh<T>> {
    let select = check_options(options)?;
    let n = validate::square_order("a", a)?;
    validate::finite("a", a, options.check_finite)?;
    let par = par();
    let full = kernel::hermitian_from_triangle(a, options.lower);
    let (w, v) = match &options.b {
        None => kernel::hermitian(full.as_ref(), vectors)?,
        Some(b) => {
            let nb = validate::square_order("b", b)?;
            if nb != n {
                return Err(Error::shape_mismatch(
                    "eigh: a and b must have the same shape",
                    &[n, n],
                    b.shape(),
                ));
            }
            validate::finite("b", b, options.check_finite)?;
            // B = L Lᴴ; the triangle of b that `lower` names is the one read.
            let l = cholesky_with(
                b,
                &CholeskyOptions::default()
                    .lower(options.lower)
                    .check_finite(false),
            )?;
            let l = if options.lower {
                as_faer(&l).to_owned()
            } else {
                as_faer(&l).adjoint().to_owned()
            };
            // The standard problem: C = L⁻¹ A L⁻ᴴ (type 1) or Lᴴ A L (types 2 and 3).
            let c = if options.type_ == 1 {
                let mut x = full.clone();
                solve_lower_triangular_in_place(l.as_ref(), x.as_mut(), par);
                let mut y = x.adjoint().to_owned();
                solve_lower_triangular_in_place(l.as_ref(), y.as_mut(), par);
                y
            } else {
                let mut al = Mat::<T>::zeros(n, n);
                matmul(
                    al.as_mut(),
                    Accum::Replace,
                    full.as_ref(),
                    l.as_ref(),
                    T::one(),
                    par,
                );
                let mut c = Mat::<T>::zeros(n, n);
                matmul(
                    c.as_mut(),
                    Accum::Replace,
                    l.adjoint(),
                    al.as_ref(),
                    T::one(),
                    par,
                );
                c
            };
            // Symmetrise away the rounding of the two products.
            let c = Mat::from_fn(n, n, |i, j| {
                let (x, y) = (c[(i, j)], c[(j, i)].conjugate());
                (x + y) * T::from_f64(0.5)
            });
            let (w, y) = kernel::hermitian(c.as_ref(), vectors)?;
            // Back-transform: v = L⁻ᴴ y (types 1 and 2) or v = L y (type 3).
            let v = y.map(|mut y| {
                if options.type_ == 3 {
                    let mut v = Mat::<T>::zeros(n, n);
                    matmul(
                        v.as_mut(),
                        Accum::Replace,
                        l.as_ref(),
                        y.as_ref(),
                        T::one(),
                        par,
                    );
                    v
                } else {
                    solve_upper_triangular_in_place(l.adjoint(), y.as_mut(), par);
                    y
                }
            });
            (w, v)
        }
    };
    let keep = kernel::selected(&w, select)?;
    Ok(Eigh {
        w: Array1::from(w[keep.clone()].to_vec()),
        v: v.map(|v| to_array(v.as_ref().subcols(keep.start, keep.len()))),
    })
}

/// The eigenvalues and eigenvectors of a Hermitian (real symmetric) matrix: SciPy's
/// `scipy.linalg.eigh(a)`, `A = V diag(w) Vᴴ` with `w` ascending and `V` unitary.
///
/// Only the lower triangle of `a` is read (the upper one with `lower(false)`); the
/// imaginary parts of the diagonal are ignored. Eigenvectors are unique up to a unit factor
/// each (and within repeated eigenvalues), so they may differ from SciPy's by those; the
/// eigenvalues agree. faer's tridiagonalisation, then implicit QR (divide and conquer from
/// order 128); O(n³) time.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`EighOptions::check_finite`]);
/// - [`Error::DidNotConverge`] if the iteration fails (also for non-finite input when the
///   check is off).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::eigh;
///
/// let a = array![[2.0_f64, 1.0], [1.0, 2.0]];
/// let r = eigh(&a)?;
/// assert!((r.w[0] - 1.0).abs() < 1e-14 && (r.w[1] - 3.0).abs() < 1e-14);
/// let v = r.v.unwrap();
/// let av = a.dot(&v.column(1));
/// assert!(av.iter().zip(v.column(1)).all(|(x, y)| (x - 3.0 * y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigh.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §8.3.
pub fn eigh<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Eigh<T>> {
    eigh_with(a, &EighOptions::default())
}

/// [`eigh`] with SciPy's keyword arguments: the generalized problem with a positive definite
/// `b` of `type_` 1, 2 or 3 (reduced to a standard one with the Cholesky factor `B = L Lᴴ`,
/// Golub & Van Loan §8.7.2), `lower`, `eigvals_only`, a subset by index or value (all
/// eigenvalues are computed, then the subset kept), `check_finite` and `driver`.
///
/// # Errors
///
/// As [`eigh`], and
/// - [`Error::NotPositiveDefinite`] if `b` is not positive definite (naming the leading
///   minor);
/// - [`Error::InvalidArgument`] for SciPy's `ValueError`s: a `type_` other than 1, 2, 3, a
///   driver that does not fit the problem, both subsets, an invalid index or value range;
/// - [`Error::ShapeMismatch`] if `b` is not of `a`'s shape.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigh_with, EighOptions};
///
/// let a = array![[6.0_f64, 0.0], [0.0, 2.0]];
/// let b = array![[2.0_f64, 0.0], [0.0, 1.0]];
/// let r = eigh_with(&a, &EighOptions::default().b(&b).subset_by_value(2.5, 10.0))?;
/// assert_eq!(r.w.len(), 1);
/// assert!((r.w[0] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigh.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §8.7.2.
pub fn eigh_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &EighOptions<'_, T>,
) -> Result<Eigh<T>> {
    let a = view(a);
    solve(&a, options, !options.eigvals_only)
}

/// The eigenvalues of a Hermitian (real symmetric) matrix, ascending: SciPy's
/// `scipy.linalg.eigvalsh(a)`, without forming eigenvectors.
///
/// # Errors
///
/// As [`eigh`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::eigvalsh;
///
/// let w = eigvalsh(&array![[1.0_f64, 2.0], [2.0, 1.0]])?;
/// assert!((w[0] + 1.0).abs() < 1e-14 && (w[1] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvalsh.html>
pub fn eigvalsh<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array1<T::Real>> {
    eigvalsh_with(a, &EighOptions::default())
}

/// [`eigvalsh`] with SciPy's keywords (`eigvals_only` is implied).
///
/// # Errors
///
/// As [`eigh_with`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigvalsh_with, EighOptions};
///
/// let a = array![[1.0_f64, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 3.0]];
/// let w = eigvalsh_with(&a, &EighOptions::default().subset_by_index(1, 2))?;
/// assert_eq!(w.to_vec(), vec![2.0, 3.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvalsh.html>
pub fn eigvalsh_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &EighOptions<'_, T>,
) -> Result<Array1<T::Real>> {
    let a = view(a);
    Ok(solve(&a, options, false)?.w)
}
