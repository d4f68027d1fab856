//! `solve_sylvester`: `A X + X B = Q` by the Bartels–Stewart method on complex Schur forms.

use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use super::dense::{adjoint, from_c64, to_c64};
use super::triangular;
use crate::decompositions::{SchurOptions, schur_complex};
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`solve_sylvester_with`] and the Lyapunov solvers. SciPy's
/// `solve_sylvester` has no keywords; these are the crate's usual two.
///
/// # Examples
///
/// ```
/// use sci_linalg::SylvesterOptions;
///
/// let o = SylvesterOptions::default().accept_ill_conditioned(true);
/// assert!(o.check_finite && o.accept_ill_conditioned);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SylvesterOptions {
    /// Whether a NaN or infinity in the input is an error (`true`, as SciPy's Schur
    /// decompositions check).
    pub check_finite: bool,
    /// Return a solution even when the operator is (numerically) singular: tiny or zero
    /// pivots are raised to `ε (max|R| + max|S|)`, as SciPy's LAPACK `?trsyl` does silently.
    /// `false` by default, which makes such input an error.
    pub accept_ill_conditioned: bool,
}

impl Default for SylvesterOptions {
    fn default() -> Self {
        Self {
            check_finite: true,
            accept_ill_conditioned: false,
        }
    }
}

setters!(SylvesterOptions {
    check_finite: bool,
    accept_ill_conditioned: bool
});

/// The solution `X` (`M × N`) of the Sylvester equation `A X + X B = Q`: SciPy's
/// `scipy.linalg.solve_sylvester(a, b, q)`.
///
/// Bartels–Stewart: `A = U R Uᴴ` and `B = V S Vᴴ` (complex Schur forms), then the triangular
/// equation `R Y + Y S = Uᴴ Q V` column by column, and `X = U Y Vᴴ`. Real input is solved in
/// complex arithmetic and returns the real part (the exact solution is real); `f32` and
/// `Complex32` are computed in double precision and rounded. O(M³ + N³ + M N (M + N)).
///
/// # Errors
///
/// "expected square matrix" for a non-square `a` or `b`; [`Error::ShapeMismatch`] if `q` is
/// not `M × N`; [`Error::NonFinite`] for a NaN or infinity; [`Error::SingularMatrix`] when
/// `A` and `−B` share an eigenvalue (no unique solution) and [`Error::IllConditioned`] when
/// they nearly do (the smallest `|λᵢ(A) + μⱼ(B)|` is below `ε (max|R| + max|S|)`): SciPy
/// returns LAPACK's perturbed solution without a warning there;
/// [`SylvesterOptions::accept_ill_conditioned`] gives it. [`Error::DidNotConverge`] if a
/// Schur decomposition fails.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::solve_sylvester;
///
/// let a = array![[-3.0_f64, -2.0, 0.0], [-1.0, -1.0, 3.0], [3.0, -5.0, -1.0]];
/// let b = array![[1.0_f64]];
/// let q = array![[1.0_f64], [2.0], [3.0]];
/// let x = solve_sylvester(&a, &b, &q)?;
/// assert!((x[[0, 0]] - 0.0625).abs() < 1e-14);
/// assert!((x[[1, 0]] + 0.5625).abs() < 1e-14);
/// assert!((x[[2, 0]] - 0.6875).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_sylvester.html>
/// - R. H. Bartels and G. W. Stewart, "Solution of the matrix equation AX + XB = C",
///   *Comm. ACM* 15(9), 1972, 820–826.
pub fn solve_sylvester<'a, 'b, 'c, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    q: impl AsArray<'c, T, Ix2>,
) -> Result<Array2<T>> {
    solve_sylvester_with(a, b, q, &SylvesterOptions::default())
}

/// [`solve_sylvester`] with the options `check_finite` and `accept_ill_conditioned`.
///
/// # Errors
///
/// As [`solve_sylvester`]; with `accept_ill_conditioned`, no singularity error.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{solve_sylvester_with, SylvesterOptions};
///
/// // A = I and B = −I share the eigenvalue 1 = −(−1): singular.
/// let i = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// let q = array![[0.0_f64, 0.0], [0.0, 0.0]];
/// assert!(solve_sylvester_with(&i, &(-&i), &q, &SylvesterOptions::default()).is_err());
/// let lenient = SylvesterOptions::default().accept_ill_conditioned(true);
/// let x = solve_sylvester_with(&i, &(-&i), &q, &lenient)?;
/// assert_eq!(x, q);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_sylvester.html>
pub fn solve_sylvester_with<'a, 'b, 'c, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
    q: impl AsArray<'c, T, Ix2>,
    options: &SylvesterOptions,
) -> Result<Array2<T>> {
    let (a, b, q) = (view(a), view(b), view(q));
    let m = validate::square_order("a", &a)?;
    let n = validate::square_order("b", &b)?;
    if q.dim() != (m, n) {
        return Err(Error::shape_mismatch(
            "solve_sylvester: q must be (rows of a) × (columns of b)",
            &[m, n],
            q.shape(),
        ));
    }
    for (name, x) in [("a", &a), ("b", &b), ("q", &q)] {
        validate::finite(name, x, options.check_finite)?;
    }
    if m == 0 || n == 0 {
        return Ok(Array2::from_elem((m, n), T::zero()));
    }
    let schur = SchurOptions::default().check_finite(false);
    let fa = schur_complex(a, &schur)?;
    let fb = schur_complex(b, &schur)?;
    let floor = triangular::check_pivots::<T>(&fa.t, &fb.t, options.accept_ill_conditioned)?;
    let f = adjoint(&fa.z).dot(&to_c64(&q)).dot(&fb.z);
    let y = triangular::solve(&fa.t, &fb.t, true, &f, &floor);
    let x = fa.z.dot(&y).dot(&adjoint(&fb.z));
    Ok(from_c64(&x))
}
