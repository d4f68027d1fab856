//! `eig` and `eigvals`: eigenvalues and eigenvectors of a general square matrix, `A v = λ v`,
//! or of a pencil, `A v = λ B v`, on faer's Hessenberg QR (standard problem) and QZ
//! (generalized problem) algorithms.

use faer::MatRef;
use sci_core::ndarray::{Array1, Array2, ArrayView2, AsArray, Ix2};
use sci_core::num_complex::Complex;
use sci_core::{Error, Result, as_faer, view};

use super::kernel::{self, GeneralEvd};
use crate::decompositions::to_array;
use crate::scalar::{RealScalar, Scalar};
use crate::validate;

/// The optional arguments of [`eig_with`], [`eigvals_with`] and [`eigvals_homogeneous`]:
/// SciPy's keywords of `scipy.linalg.eig`.
#[derive(Debug, Clone)]
pub struct EigOptions<'b, T> {
    /// The right-hand matrix `B` of the generalized problem `A v = λ B v` (SciPy's `b`,
    /// `None` by default: the standard problem).
    pub b: Option<ArrayView2<'b, T>>,
    /// Compute the left eigenvectors, `vlᴴ A = λ vlᴴ` (SciPy's `left`, `false`).
    pub left: bool,
    /// Compute the right eigenvectors (SciPy's `right`, `true`).
    pub right: bool,
    /// Also return the eigenvalues as pairs `(α, β)` with `λ = α / β` (SciPy's
    /// `homogeneous_eigvals`, `false`), in [`Eig::homogeneous`].
    pub homogeneous_eigvals: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl<T> Default for EigOptions<'_, T> {
    fn default() -> Self {
        Self {
            b: None,
            left: false,
            right: true,
            homogeneous_eigvals: false,
            check_finite: true,
        }
    }
}

impl<'b, T: 'b> EigOptions<'b, T> {
    /// Sets `b` (the generalized problem `A v = λ B v`).
    #[must_use]
    pub fn b(mut self, b: impl AsArray<'b, T, Ix2>) -> Self {
        self.b = Some(view(b));
        self
    }
    /// Sets `left`.
    #[must_use]
    pub fn left(mut self, left: bool) -> Self {
        self.left = left;
        self
    }
    /// Sets `right`.
    #[must_use]
    pub fn right(mut self, right: bool) -> Self {
        self.right = right;
        self
    }
    /// Sets `homogeneous_eigvals`.
    #[must_use]
    pub fn homogeneous_eigvals(mut self, homogeneous_eigvals: bool) -> Self {
        self.homogeneous_eigvals = homogeneous_eigvals;
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// An eigendecomposition as SciPy's `eig` returns it: `w`, and `vl` / `vr` when asked for.
/// The results are complex (`Complex<T::Real>`) for real input too.
#[derive(Debug, Clone, PartialEq)]
pub struct Eig<R> {
    /// The eigenvalues `λ = α / β`, in no particular order (infinity for `β = 0`).
    pub w: Array1<Complex<R>>,
    /// SciPy's `w` of `homogeneous_eigvals=True`: the `2 × M` array of rows `α` and `β`
    /// (`β = 1` for the standard problem); `None` unless asked for.
    pub homogeneous: Option<Array2<Complex<R>>>,
    /// The left eigenvectors as columns, `vl[:, i]ᴴ A = w[i] vl[:, i]ᴴ` (`None` unless
    /// [`EigOptions::left`]).
    pub vl: Option<Array2<Complex<R>>>,
    /// The right eigenvectors as columns, `A vr[:, i] = w[i] vr[:, i]` (`None` without
    /// [`EigOptions::right`]).
    pub vr: Option<Array2<Complex<R>>>,
}

/// Checks the input and runs the standard or generalized kernel.
fn solve<T: Scalar>(
    a: &ArrayView2<'_, T>,
    options: &EigOptions<'_, T>,
    left: bool,
    right: bool,
) -> Result<GeneralEvd<T::Real>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let n = validate::square_order("a", a)?;
    validate::finite("a", a, options.check_finite)?;
    let fa: MatRef<'_, T> = as_faer(a);
    match &options.b {
        None => kernel::general(fa, left, right),
        Some(b) => {
            let nb = validate::square_order("b", b)?;
            if nb != n {
                return Err(Error::shape_mismatch(
                    "eig: a and b must have the same shape",
                    &[n, n],
                    b.shape(),
                ));
            }
            validate::finite("b", b, options.check_finite)?;
            kernel::generalized(fa, as_faer(b), left, right)
        }
    }
}

fn eigenvalues<R: RealScalar>(f: &GeneralEvd<R>) -> Array1<Complex<R>>
where
    Complex<R>: Scalar<Real = R>,
{
    f.alpha
        .iter()
        .zip(&f.beta)
        .map(|(&a, &b)| kernel::ratio(a, b))
        .collect()
}

fn homogeneous<R: RealScalar>(f: &GeneralEvd<R>) -> Array2<Complex<R>>
where
    Complex<R>: Scalar<Real = R>,
{
    let n = f.alpha.len();
    Array2::from_shape_fn((2, n), |(r, j)| if r == 0 { f.alpha[j] } else { f.beta[j] })
}

/// The eigenvalues and right eigenvectors of a square matrix: SciPy's
/// `scipy.linalg.eig(a)`, `A vr[:, i] = w[i] vr[:, i]`.
///
/// The eigenvalues come in no particular order; each eigenvector has unit 2-norm and its
/// component of largest modulus real (LAPACK's convention). Unlike SciPy, which returns real
/// vectors for real input whose eigenvalues are all real, the vectors are always complex.
/// faer's Hessenberg reduction and multishift QR; O(n³) time.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`EigOptions::check_finite`]);
/// - [`Error::DidNotConverge`] if the QR iteration fails (also the result for non-finite
///   input when the check is off).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::eig;
///
/// // A rotation by 90 degrees: eigenvalues ±i.
/// let a = array![[0.0_f64, -1.0], [1.0, 0.0]];
/// let r = eig(&a)?;
/// let vr = r.vr.unwrap();
/// for i in 0..2 {
///     assert!((r.w[i].norm() - 1.0).abs() < 1e-14 && r.w[i].re.abs() < 1e-14);
///     let av = a.mapv(|x| x.into()).dot(&vr.column(i));
///     let lv = vr.column(i).mapv(|x| x * r.w[i]);
///     assert!((&av - &lv).iter().all(|d| d.norm() < 1e-14));
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eig.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §7.5.
pub fn eig<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Eig<T::Real>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    eig_with(a, &EigOptions::default())
}

/// [`eig`] with SciPy's keyword arguments: the generalized problem `A v = λ B v` (`b`, on
/// faer's QZ algorithm; generalized eigenvectors are scaled to unit 2-norm as SciPy does),
/// left eigenvectors, the homogeneous eigenvalues and `check_finite`.
///
/// A real pencil whose eigenvectors are asked for is solved with the complex QZ algorithm
/// (faer 0.24's real QZ mis-scales the vectors of complex-conjugate pairs), so its
/// conjugate pairs of eigenvalues agree to rounding rather than exactly; the homogeneous
/// pairs `(α, β)` may differ from SciPy's by a common factor per eigenvalue, as
/// homogeneous coordinates do.
///
/// # Errors
///
/// As [`eig`], and [`Error::ShapeMismatch`] if `b` is not of `a`'s shape.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eig_with, EigOptions};
///
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
/// let b = array![[1.0_f64, 0.0], [0.0, 0.0]];
/// let r = eig_with(&a, &EigOptions::default().b(&b).homogeneous_eigvals(true))?;
/// // One finite eigenvalue (-0.5) and one infinite one (β = 0).
/// let mut re: Vec<f64> = r.w.iter().map(|z| z.re).collect();
/// re.sort_by(f64::total_cmp);
/// assert!((re[0] + 0.5).abs() < 1e-14 && re[1].is_infinite());
/// assert_eq!(r.homogeneous.unwrap().dim(), (2, 2));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eig.html>
/// - C. B. Moler and G. W. Stewart, "An algorithm for generalized matrix eigenvalue
///   problems", *SIAM J. Numer. Anal.* 10 (1973) 241–256.
pub fn eig_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &EigOptions<'_, T>,
) -> Result<Eig<T::Real>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let a = view(a);
    let f = solve(&a, options, options.left, options.right)?;
    Ok(Eig {
        w: eigenvalues(&f),
        homogeneous: options.homogeneous_eigvals.then(|| homogeneous(&f)),
        vl: f.vl.map(|v| to_array(v.as_ref())),
        vr: f.vr.map(|v| to_array(v.as_ref())),
    })
}

/// The eigenvalues of a square matrix: SciPy's `scipy.linalg.eigvals(a)`, without forming
/// eigenvectors. Complex for real input, in no particular order.
///
/// # Errors
///
/// As [`eig`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::eigvals;
///
/// let w = eigvals(&array![[2.0_f64, 1.0], [0.0, 3.0]])?;
/// let mut re: Vec<f64> = w.iter().map(|z| z.re).collect();
/// re.sort_by(f64::total_cmp);
/// assert!((re[0] - 2.0).abs() < 1e-14 && (re[1] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvals.html>
pub fn eigvals<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array1<Complex<T::Real>>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    eigvals_with(a, &EigOptions::default())
}

/// [`eigvals`] with SciPy's keywords `b` and `check_finite` (`left` and `right` are
/// ignored, as no vectors are computed). SciPy's `homogeneous_eigvals=True`, which changes
/// the result to a `2 × M` array, is [`eigvals_homogeneous`]; here the option is ignored.
///
/// # Errors
///
/// As [`eig_with`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigvals_with, EigOptions};
///
/// let a = array![[2.0_f64, 0.0], [0.0, 6.0]];
/// let b = array![[1.0_f64, 0.0], [0.0, 2.0]];
/// let w = eigvals_with(&a, &EigOptions::default().b(&b))?;
/// assert!(w.iter().all(|z| (z.re - 2.0).abs() < 1e-14 || (z.re - 3.0).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvals.html>
pub fn eigvals_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &EigOptions<'_, T>,
) -> Result<Array1<Complex<T::Real>>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let a = view(a);
    Ok(eigenvalues(&solve(&a, options, false, false)?))
}

/// The eigenvalues as homogeneous pairs: SciPy's
/// `scipy.linalg.eigvals(a, b, homogeneous_eigvals=True)`, the `2 × M` array whose rows are
/// `α` and `β` with `λ = α / β` (`β = 1` for the standard problem, `β = 0` for an infinite
/// eigenvalue of a singular `B`).
///
/// # Errors
///
/// As [`eig_with`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{eigvals_homogeneous, EigOptions};
///
/// let a = array![[3.0_f64]];
/// let b = array![[0.0_f64]];
/// let w = eigvals_homogeneous(&a, &EigOptions::default().b(&b))?;
/// assert_eq!(w.dim(), (2, 1));
/// assert!(w[[1, 0]].norm() == 0.0 && w[[0, 0]].norm() > 0.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigvals.html>
pub fn eigvals_homogeneous<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &EigOptions<'_, T>,
) -> Result<Array2<Complex<T::Real>>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let a = view(a);
    Ok(homogeneous(&solve(&a, options, false, false)?))
}
