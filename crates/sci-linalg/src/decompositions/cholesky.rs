//! `cholesky`, `cho_factor` and `cho_solve`: `A = Uᴴ U = L Lᴴ` of a Hermitian (symmetric)
//! positive definite matrix, reading only the triangle SciPy reads.

use faer::dyn_stack::{MemBuffer, MemStack};
use faer::linalg::cholesky::llt;
use faer::{Conj, Mat, MatRef};
use sci_core::ndarray::{Array, Array2, AsArray, Dimension, Ix2};
use sci_core::{Error, Result, as_faer, from_faer, view};

use crate::options::setters;
use crate::parallel::par;
use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`cholesky_with`] and [`cho_factor`]: SciPy's `lower` and
/// `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CholeskyOptions {
    /// Return (and read) the lower triangle, `A = L Lᴴ`, instead of the upper one,
    /// `A = Uᴴ U` (SciPy's `lower`, `false` by default).
    pub lower: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for CholeskyOptions {
    fn default() -> Self {
        Self {
            lower: false,
            check_finite: true,
        }
    }
}

setters!(CholeskyOptions {
    lower: bool,
    check_finite: bool
});

/// The lower Cholesky factor of the Hermitian matrix whose `lower` (or upper) triangle `a`
/// holds, in a new faer matrix; only that triangle is read.
pub(crate) fn lower_factor<T: Scalar>(a: MatRef<'_, T>, lower: bool) -> Result<Mat<T>> {
    let mut l = factored_in_place(a, lower)?;
    // faer uses the strict upper triangle as workspace.
    for j in 1..l.ncols() {
        l.as_mut().col_mut(j).subrows_mut(0, j).fill(T::zero());
    }
    Ok(l)
}

/// [`lower_factor`] with the strict upper triangle left as faer's workspace.
fn factored_in_place<T: Scalar>(a: MatRef<'_, T>, lower: bool) -> Result<Mat<T>> {
    let n = a.nrows();
    // faer's kernel reads only the lower triangle, so the whole matrix is copied in bulk:
    // `a` itself for the lower factor, or the transpose, conjugated, for the upper one (for a
    // row-major `a`, SciPy's usual input, that transpose is a straight copy).
    let mut l = if lower {
        a.to_owned()
    } else {
        a.transpose().to_owned()
    };
    if !lower && T::IS_COMPLEX {
        for j in 0..n {
            for x in l.as_mut().col_mut(j).iter_mut() {
                *x = x.conjugate();
            }
        }
    }
    let par = par();
    let mut buffer = MemBuffer::new(llt::factor::cholesky_in_place_scratch::<T>(
        n,
        par,
        Default::default(),
    ));
    llt::factor::cholesky_in_place(
        l.as_mut(),
        Default::default(),
        par,
        MemStack::new(&mut buffer),
        Default::default(),
    )
    .map_err(|llt::factor::LltError::NonPositivePivot { index }| {
        Error::NotPositiveDefinite { order: index + 1 }
    })?;
    Ok(l)
}

/// The Cholesky factor of a Hermitian (real symmetric) positive definite matrix: SciPy's
/// `scipy.linalg.cholesky(a)`, the upper triangular `U` with `A = Uᴴ U`.
///
/// Only the upper triangle of `a` is read (the lower one with
/// [`CholeskyOptions::lower`]). faer's blocked left-looking kernel; O(n³/3) time.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`CholeskyOptions::check_finite`]);
/// - [`Error::NotPositiveDefinite`] naming the first leading minor that is not positive.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::cholesky;
///
/// let a = array![[4.0_f64, 2.0], [2.0, 3.0]];
/// let u = cholesky(&a)?;
/// assert_eq!(u[[0, 0]], 2.0);
/// assert!((u.t().dot(&u) - &a).iter().all(|v| v.abs() < 1e-15));
/// let err = cholesky(&array![[1.0_f64, 2.0], [2.0, 1.0]]).unwrap_err();
/// assert!(err.to_string().contains("leading minor of order 2"));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cholesky.html>
pub fn cholesky<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Array2<T>> {
    cholesky_with(a, &CholeskyOptions::default())
}

/// [`cholesky`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`cholesky`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cholesky_with, CholeskyOptions};
///
/// // Only the lower triangle is read: the 99 is ignored.
/// let a = array![[4.0_f64, 99.0], [2.0, 3.0]];
/// let l = cholesky_with(&a, &CholeskyOptions::default().lower(true))?;
/// assert_eq!(l[[0, 1]], 0.0);
/// assert!((l[[1, 1]] - 2.0f64.sqrt()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cholesky.html>
pub fn cholesky_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &CholeskyOptions,
) -> Result<Array2<T>> {
    let a = view(a);
    validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    Ok(if options.lower {
        let l = lower_factor(as_faer(&a), true)?;
        from_faer(l.as_ref()).to_owned()
    } else {
        adjoint_of_lower(&factored_in_place(as_faer(&a), false)?)?
    })
}

/// `Lᴴ` for the lower triangle `L` of `l` (the strict upper triangle is ignored), as a
/// row-major array: the columns of `L` conjugated become its rows, so the factor is written in
/// one sequential pass instead of a strided transposition.
fn adjoint_of_lower<T: Scalar>(l: &Mat<T>) -> Result<Array2<T>> {
    let (m, n) = (l.nrows(), l.ncols());
    let mut data = Vec::with_capacity(m * n);
    for j in 0..n {
        data.extend(std::iter::repeat_n(T::zero(), j.min(m)));
        data.extend(l.col(j).iter().skip(j).map(|x| x.conjugate()));
    }
    Array2::from_shape_vec((n, m), data)
        .map_err(|e| Error::invalid_argument("cholesky", format!("({n}, {m})"), e.to_string()))
}

/// SciPy's `cho_factor(a)` result `(c, lower)`, the input of [`cho_solve`].
#[derive(Debug, Clone, PartialEq)]
pub struct ChoFactor<T> {
    /// The factor in the triangle chosen by `lower`; the other triangle keeps `a`'s entries,
    /// as LAPACK leaves them (SciPy documents it as arbitrary).
    pub c: Array2<T>,
    /// Whether `c` holds `L` (`A = L Lᴴ`) rather than `U` (`A = Uᴴ U`).
    pub lower: bool,
}

/// The Cholesky factorization in the form [`cho_solve`] takes: SciPy's `cho_factor(a)`.
///
/// # Errors
///
/// As [`cholesky`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cho_factor, cho_solve, CholeskyOptions};
///
/// let a = array![[9.0_f64, 3.0, 1.0, 5.0], [3.0, 7.0, 5.0, 1.0], [1.0, 5.0, 9.0, 2.0], [5.0, 1.0, 2.0, 6.0]];
/// let f = cho_factor(&a, &CholeskyOptions::default())?;
/// let x = cho_solve(&f, &array![1.0, 1.0, 1.0, 1.0], &Default::default())?;
/// assert!((a.dot(&x) - 1.0).iter().all(|r| r.abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cho_factor.html>
pub fn cho_factor<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &CholeskyOptions,
) -> Result<ChoFactor<T>> {
    let a = view(a);
    validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let l = lower_factor(as_faer(&a), options.lower)?;
    let mut c = a.to_owned();
    for j in 0..c.ncols() {
        for i in 0..c.nrows() {
            if options.lower && i >= j {
                c[(i, j)] = l[(i, j)];
            } else if !options.lower && i <= j {
                c[(i, j)] = l[(j, i)].conjugate();
            }
        }
    }
    Ok(ChoFactor {
        c,
        lower: options.lower,
    })
}

/// The optional arguments of [`cho_solve`] and `cho_solve_banded`: SciPy's `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChoSolveOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for ChoSolveOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

setters!(ChoSolveOptions { check_finite: bool });

/// Solves `A x = b` with the factorization from [`cho_factor`]: SciPy's
/// `cho_solve((c, lower), b)`. `b` is a vector or a matrix; `x` has its shape. O(n² k).
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] for a non-square factor or a `b` of the wrong length;
/// - [`Error::NonFinite`] for a NaN or infinity in the factor or `b` (see
///   [`ChoSolveOptions::check_finite`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cho_factor, cho_solve, CholeskyOptions};
/// let a = array![[4.0_f64, 2.0], [2.0, 3.0]];
/// let f = cho_factor(&a, &CholeskyOptions::default().lower(true))?;
/// let x = cho_solve(&f, &array![[6.0, 2.0], [5.0, 1.0]], &Default::default())?;
/// assert!((a.dot(&x) - array![[6.0, 2.0], [5.0, 1.0]]).iter().all(|r| r.abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cho_solve.html>
pub fn cho_solve<'b, T: Scalar, D: Dimension>(
    factor: &ChoFactor<T>,
    b: impl AsArray<'b, T, D>,
    options: &ChoSolveOptions,
) -> Result<Array<T, D>> {
    let n = validate::square_order("c", &factor.c)?;
    let b = view(b);
    validate::finite("c", &factor.c, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let mut x = rhs::columns(&b, n)?;
    let c = as_faer(&factor.c);
    // Only the factor's triangle is read: as L, or as Uᴴ (the lower triangle of U's adjoint).
    let (l, conj) = if factor.lower {
        (c, Conj::No)
    } else {
        (c.transpose(), Conj::Yes)
    };
    let par = par();
    let mut buffer = MemBuffer::new(llt::solve::solve_in_place_scratch::<T>(n, x.ncols(), par));
    llt::solve::solve_in_place_with_conj(l, conj, x.as_mut(), par, MemStack::new(&mut buffer));
    rhs::back_to_shape(x, &b)
}
