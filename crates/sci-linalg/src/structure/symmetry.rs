//! `issymmetric` and `ishermitian`: exact or tolerant tests of `A = Aᵀ` and `A = Aᴴ`.

use sci_core::ndarray::{ArrayView2, AsArray, Ix2};
use sci_core::{Result, view};

use crate::scalar::Scalar;

/// The tolerances of [`issymmetric`] and [`ishermitian`] (SciPy's `atol` and `rtol`, both
/// `None` by default).
///
/// With neither set, the test is exact. With either set (the other is then 0), it is numpy's
/// `allclose(a, b, rtol, atol)` with `b = aᵀ` (or `aᴴ`): every entry must satisfy
/// `a[i, j] == b[i, j]` or `|a[i, j] - b[i, j]| <= atol + rtol |b[i, j]|` with `b[i, j]`
/// finite; so infinities must match exactly and a NaN anywhere fails. As in SciPy, the
/// values are not validated: a negative `atol` accepts only entries equal to their mirror.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{SymmetryOptions, issymmetric};
///
/// let a = array![[1.0, 2.0], [2.0 + 1e-10, 1.0]];
/// assert!(!issymmetric(&a, &SymmetryOptions::default())?);
/// assert!(issymmetric(&a, &SymmetryOptions::default().atol(1e-9))?);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.issymmetric.html>
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SymmetryOptions {
    /// Absolute tolerance (`None`: exact comparison unless `rtol` is set).
    pub atol: Option<f64>,
    /// Relative tolerance (`None`: exact comparison unless `atol` is set).
    pub rtol: Option<f64>,
}

impl SymmetryOptions {
    /// Sets the absolute tolerance.
    #[must_use]
    pub fn atol(mut self, atol: f64) -> Self {
        self.atol = Some(atol);
        self
    }

    /// Sets the relative tolerance.
    #[must_use]
    pub fn rtol(mut self, rtol: f64) -> Self {
        self.rtol = Some(rtol);
        self
    }
}

/// Whether the square matrix `a` is symmetric, `a[i, j] == a[j, i]` (for complex `a`:
/// symmetric, not Hermitian).
///
/// The exact test (no tolerance set) compares the entries above the diagonal with those
/// below, so the diagonal is not looked at (a NaN there is ignored, as in SciPy), an
/// infinity equals itself and a NaN off the diagonal fails. With a tolerance, see
/// [`SymmetryOptions`]. An empty (0 x 0) matrix is symmetric.
///
/// SciPy 1.17 accepts batches of matrices; this function takes one.
///
/// Time: O(n²), stopping at the first mismatch; memory O(1).
///
/// # Errors
///
/// [`sci_core::Error::ShapeMismatch`] ("expected square matrix") when `a` is not square.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_core::Complex64;
/// use sci_linalg::{SymmetryOptions, issymmetric};
///
/// let opts = SymmetryOptions::default();
/// assert!(issymmetric(&array![[1.0, 3.0], [3.0, 2.0]], &opts)?);
/// let i = Complex64::new(0.0, 1.0);
/// assert!(issymmetric(&array![[i, i], [i, i]], &opts)?);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.issymmetric.html>
pub fn issymmetric<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SymmetryOptions,
) -> Result<bool> {
    let a = view(a);
    sci_core::check_square("a", a.shape())?;
    Ok(matches_transpose(a, options, |x| x, false))
}

/// Whether the square matrix `a` is Hermitian, `a[i, j] == conj(a[j, i])`; for real `a`
/// the same as [`issymmetric`].
///
/// The exact test compares the entries above the diagonal with the conjugates of those
/// below, and for complex `a` also checks that the diagonal is real (`a[i, i] ==
/// conj(a[i, i])`, which a NaN fails); the diagonal of a real matrix is not looked at. With
/// a tolerance, see [`SymmetryOptions`] (against `b = aᴴ`). An empty matrix is Hermitian.
///
/// SciPy 1.17 accepts batches of matrices; this function takes one.
///
/// Time: O(n²), stopping at the first mismatch; memory O(1).
///
/// # Errors
///
/// [`sci_core::Error::ShapeMismatch`] ("expected square matrix") when `a` is not square.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_core::Complex64;
/// use sci_linalg::{SymmetryOptions, ishermitian};
///
/// let z = |re, im| Complex64::new(re, im);
/// let a = array![[z(1.0, 0.0), z(2.0, 1.0)], [z(2.0, -1.0), z(3.0, 0.0)]];
/// assert!(ishermitian(&a, &SymmetryOptions::default())?);
/// let b = array![[z(0.0, 1.0), z(2.0, 0.0)], [z(2.0, 0.0), z(1.0, 0.0)]];
/// assert!(!ishermitian(&b, &SymmetryOptions::default())?);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ishermitian.html>
pub fn ishermitian<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &SymmetryOptions,
) -> Result<bool> {
    let a = view(a);
    sci_core::check_square("a", a.shape())?;
    Ok(matches_transpose(a, options, T::conjugate, T::IS_COMPLEX))
}

/// Whether `a` equals `op` applied to its transpose, exactly (off the diagonal, plus the
/// diagonal when `check_diagonal`) or within the tolerances.
fn matches_transpose<T: Scalar>(
    a: ArrayView2<'_, T>,
    options: &SymmetryOptions,
    op: impl Fn(T) -> T,
    check_diagonal: bool,
) -> bool {
    let n = a.nrows();
    if options.atol.is_none() && options.rtol.is_none() {
        return (0..n).all(|i| {
            (!check_diagonal || a[[i, i]] == op(a[[i, i]]))
                && (i + 1..n).all(|j| a[[i, j]] == op(a[[j, i]]))
        });
    }
    let atol = options.atol.unwrap_or(0.0);
    let rtol = options.rtol.unwrap_or(0.0);
    (0..n).all(|i| (0..n).all(|j| close(a[[i, j]], op(a[[j, i]]), atol, rtol)))
}

/// numpy's `isclose(x, y, rtol, atol)` with `equal_nan=False`, in double precision: equal
/// values are close whatever the tolerances; otherwise `|x - y| <= atol + rtol |y|` with `y`
/// finite.
fn close<T: Scalar>(x: T, y: T, atol: f64, rtol: f64) -> bool {
    let (x, y) = (x.to_c64(), y.to_c64());
    let finite = y.re.is_finite() && y.im.is_finite();
    x == y || (finite && (x - y).norm() <= atol + rtol * y.norm())
}
