//! The options of the algebraic Riccati solvers and the checks SciPy makes of their input:
//! shapes, finiteness, Hermitian `q` and `r`, and (numerically) nonsingular `r` (continuous
//! equation only) and `e`.

use sci_core::ndarray::{Array2, ArrayView2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use super::dense::{C, adjoint, norm1, spacing, to_c64};
use crate::decompositions::svdvals;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`solve_continuous_are_with`](crate::solve_continuous_are_with)
/// and [`solve_discrete_are_with`](crate::solve_discrete_are_with): SciPy's keywords `e`, `s`
/// and `balanced`, and `check_finite`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::AreOptions;
///
/// let o = AreOptions::default()
///     .e(&array![[2.0_f64, 0.0], [0.0, 1.0]])
///     .s(&array![[0.1_f64], [0.0]])
///     .balanced(false);
/// assert!(o.e.is_some() && o.s.is_some() && !o.balanced && o.check_finite);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.solve_continuous_are.html>
#[derive(Debug, Clone, PartialEq)]
pub struct AreOptions<T> {
    /// SciPy's `e` (`M × M`, nonsingular): `None` (default) is the identity. With it the
    /// generalized equation is solved.
    pub e: Option<Array2<T>>,
    /// SciPy's `s` (`M × N`, the cross term): `None` (default) is zero.
    pub s: Option<Array2<T>>,
    /// SciPy's `balanced` (`true`): scale the pencil by powers of two, symplectically, before
    /// the eigenvalue computation (the solution is unscaled afterwards), as SciPy does.
    /// Independently of it, the matrix whose ordered Schur form gives the stable subspace is
    /// always balanced by a diagonal similarity (as LAPACK's eigensolvers do by default), so
    /// `false` costs little accuracy here.
    pub balanced: bool,
    /// Whether a NaN or infinity in the input is an error (`true`, SciPy always checks).
    pub check_finite: bool,
}

impl<T> Default for AreOptions<T> {
    fn default() -> Self {
        Self {
            e: None,
            s: None,
            balanced: true,
            check_finite: true,
        }
    }
}

impl<T: Scalar> AreOptions<T> {
    /// Sets `e`.
    #[must_use]
    pub fn e<'a>(mut self, e: impl AsArray<'a, T, Ix2>) -> Self {
        self.e = Some(view(e).to_owned());
        self
    }
    /// Sets `s`.
    #[must_use]
    pub fn s<'a>(mut self, s: impl AsArray<'a, T, Ix2>) -> Self {
        self.s = Some(view(s).to_owned());
        self
    }
    /// Sets `balanced`.
    #[must_use]
    pub fn balanced(mut self, balanced: bool) -> Self {
        self.balanced = balanced;
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// Validated Riccati data in complex double precision.
pub(crate) struct AreData {
    pub(crate) a: Array2<C>,
    pub(crate) b: Array2<C>,
    pub(crate) q: Array2<C>,
    pub(crate) r: Array2<C>,
    pub(crate) e: Option<Array2<C>>,
    pub(crate) s: Option<Array2<C>>,
}

impl AreData {
    /// The order `M` of the state.
    pub(crate) fn m(&self) -> usize {
        self.a.nrows()
    }
    /// The number `N` of inputs.
    pub(crate) fn n(&self) -> usize {
        self.b.ncols()
    }
}

/// SciPy's argument checks (in its order), for the continuous equation if `continuous`.
pub(crate) fn checked<T: Scalar>(
    a: ArrayView2<'_, T>,
    b: ArrayView2<'_, T>,
    q: ArrayView2<'_, T>,
    r: ArrayView2<'_, T>,
    options: &AreOptions<T>,
    continuous: bool,
) -> Result<AreData> {
    let check = options.check_finite;
    for (name, x) in [("a", &a), ("b", &b), ("q", &q), ("r", &r)] {
        validate::finite(name, x, check)?;
    }
    validate::square_order("a", &a)?;
    validate::square_order("q", &q)?;
    validate::square_order("r", &r)?;
    let (m, n) = b.dim();
    if a.nrows() != m {
        return Err(Error::shape_mismatch(
            "a and b should have the same number of rows",
            &[m, m],
            a.shape(),
        ));
    }
    if q.nrows() != m {
        return Err(Error::shape_mismatch(
            "a and q should have the same shape",
            &[m, m],
            q.shape(),
        ));
    }
    if r.nrows() != n {
        return Err(Error::shape_mismatch(
            "b and r should have the same number of columns",
            &[n, n],
            r.shape(),
        ));
    }
    if m == 0 {
        // SciPy fails inside LAPACK on an empty state.
        return Err(Error::EmptyInput {
            name: "a".into(),
            min_len: 1,
        });
    }
    let (ac, bc, qc, rc) = (to_c64(&a), to_c64(&b), to_c64(&q), to_c64(&r));
    for (name, x) in [("q", &qc), ("r", &rc)] {
        let asymmetry = norm1(&(x - &adjoint(x)));
        if asymmetry > 100.0 * spacing(norm1(x)) {
            return Err(Error::invalid_argument(
                name,
                format!("a matrix with ||{name} - {name}ᴴ||₁ = {asymmetry:e}"),
                "should be symmetric/hermitian",
            ));
        }
    }
    if continuous {
        if n == 0 {
            // SciPy fails on the smallest singular value of an empty r.
            return Err(Error::EmptyInput {
                name: "r".into(),
                min_len: 1,
            });
        }
        numerically_nonsingular("r", &rc)?;
    }
    let e = match &options.e {
        None => None,
        Some(e) => {
            validate::finite("e", e, check)?;
            validate::square_order("e", e)?;
            if e.nrows() != m {
                return Err(Error::shape_mismatch(
                    "a and e should have the same shape",
                    &[m, m],
                    e.shape(),
                ));
            }
            let ec = to_c64(&e.view());
            numerically_nonsingular("e", &ec)?;
            Some(ec)
        }
    };
    let s = match &options.s {
        None => None,
        Some(s) => {
            validate::finite("s", s, check)?;
            if s.dim() != (m, n) {
                return Err(Error::shape_mismatch(
                    "b and s should have the same shape",
                    &[m, n],
                    s.shape(),
                ));
            }
            Some(to_c64(&s.view()))
        }
    };
    Ok(AreData {
        a: ac,
        b: bc,
        q: qc,
        r: rc,
        e,
        s,
    })
}

/// SciPy's test: the smallest singular value is zero or below `ε ||x||₁`.
fn numerically_nonsingular(name: &str, x: &Array2<C>) -> Result<()> {
    let sv = svdvals(x)?;
    let smallest = sv.iter().copied().fold(f64::INFINITY, f64::min);
    if smallest == 0.0 || smallest < f64::EPSILON * norm1(x) {
        return Err(Error::invalid_argument(
            name,
            format!("a matrix with smallest singular value {smallest:e}"),
            "is numerically singular",
        ));
    }
    Ok(())
}
