//! `cholesky_banded` and `cho_solve_banded`: the Cholesky factorization of a Hermitian
//! positive definite band matrix in LAPACK's band storage (the algorithm of `xPBTF2`:
//! Golub & Van Loan, "Matrix Computations", 4th ed., §4.3.6), and the solves with it.
//! O(n u²) time and O(n u) memory for `u` off-diagonals: the matrix is never densified.

use sci_core::ndarray::{Array, Array2, ArrayView2, AsArray, Dimension, Ix2};
use sci_core::{Error, Result, view};

use super::cholesky::ChoSolveOptions;
use crate::options::setters;
use crate::rhs;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`cholesky_banded`]: SciPy's `lower` and `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CholeskyBandedOptions {
    /// `ab` holds the lower form (`ab[i - j, j] = a[i, j]`) and the result is `L`, instead of
    /// the upper form (`ab[u + i - j, j] = a[i, j]`) and `U` (SciPy's `lower`, `false`).
    pub lower: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for CholeskyBandedOptions {
    fn default() -> Self {
        Self {
            lower: false,
            check_finite: true,
        }
    }
}

setters!(CholeskyBandedOptions {
    lower: bool,
    check_finite: bool
});

/// Band storage of a Hermitian matrix with `u` off-diagonals in either form, read as the
/// lower triangle `a[i, j]`, `j <= i <= j + u`.
struct Band<'v, T> {
    ab: ArrayView2<'v, T>,
    u: usize,
    lower: bool,
}

impl<T: Scalar> Band<'_, T> {
    /// `a[i, j]` for `j <= i <= j + u`.
    fn lower_entry(&self, i: usize, j: usize) -> T {
        if self.lower {
            self.ab[(i - j, j)]
        } else {
            self.ab[(self.u + j - i, i)].conjugate()
        }
    }

    /// Where `L[i, j]` (or `U[j, i] = conj(L[i, j])`) is stored.
    fn slot(&self, i: usize, j: usize) -> (usize, usize) {
        if self.lower {
            (i - j, j)
        } else {
            (self.u + j - i, i)
        }
    }
}

/// The Cholesky factor of a Hermitian positive definite band matrix given in band storage:
/// SciPy's `scipy.linalg.cholesky_banded(ab)`, `U` (or `L`) in the same storage.
///
/// `ab` has `u + 1` rows for `u` off-diagonals and one column per row of the matrix. In the
/// upper form (the default) `ab[u + i - j, j] = a[i, j]` for `i <= j`; in the lower form
/// `ab[i - j, j] = a[i, j]` for `i >= j`. The unreferenced corner keeps its input values.
///
/// # Errors
///
/// - [`Error::EmptyInput`] if `ab` has no rows;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`CholeskyBandedOptions::check_finite`]);
/// - [`Error::NotPositiveDefinite`] naming the first leading minor that is not positive.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cholesky_banded, cho_solve_banded, CholeskyBandedOptions};
///
/// // The symmetric pentadiagonal matrix with diagonal 6, 4, 5, 6, first off-diagonal 2 and
/// // second off-diagonal 1, in upper band storage.
/// let ab = array![[0.0_f64, 0.0, 1.0, 1.0], [0.0, 2.0, 2.0, 2.0], [6.0, 4.0, 5.0, 6.0]];
/// let cb = cholesky_banded(&ab, &CholeskyBandedOptions::default())?;
/// assert!((cb[[2, 0]] - 6.0f64.sqrt()).abs() < 1e-15);
/// let x = cho_solve_banded(&cb, false, &array![1.0, 1.0, 1.0, 1.0], &Default::default())?;
/// // Row 0 of the matrix is (6, 2, 1, 0).
/// assert!((6.0 * x[0] + 2.0 * x[1] + x[2] - 1.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cholesky_banded.html>
pub fn cholesky_banded<'a, T: Scalar>(
    ab: impl AsArray<'a, T, Ix2>,
    options: &CholeskyBandedOptions,
) -> Result<Array2<T>> {
    let ab = view(ab);
    if ab.nrows() == 0 {
        return Err(Error::EmptyInput {
            name: "ab".into(),
            min_len: 1,
        });
    }
    validate::finite("ab", &ab, options.check_finite)?;
    let (u, n) = (ab.nrows() - 1, ab.ncols());
    let band = Band {
        ab: ab.view(),
        u,
        lower: options.lower,
    };
    let mut out = ab.to_owned();
    // The factor L in a column-major band: l[j][i - j] = L[i, j].
    let mut l: Vec<Vec<T>> = Vec::with_capacity(n);
    for j in 0..n {
        let mut column = vec![T::zero(); u.min(n - 1 - j) + 1];
        // Diagonal: a[j, j] - sum |L[j, k]|².
        let mut d = band.lower_entry(j, j).re();
        for k in j.saturating_sub(u)..j {
            let v = l[k][j - k];
            d -= (v * v.conjugate()).re();
        }
        let pivot: f64 = d.into();
        if pivot.is_nan() || pivot <= 0.0 {
            return Err(Error::NotPositiveDefinite { order: j + 1 });
        }
        let d = faer::traits::ComplexField::sqrt_impl(&d);
        column[0] = T::from_real(d);
        for i in j + 1..=(j + u).min(n - 1) {
            let mut s = band.lower_entry(i, j);
            for k in i.saturating_sub(u)..j {
                s -= l[k][i - k] * l[k][j - k].conjugate();
            }
            column[i - j] = s / T::from_real(d);
        }
        l.push(column);
    }
    for (j, column) in l.iter().enumerate() {
        for (t, &v) in column.iter().enumerate() {
            let (r, c) = band.slot(j + t, j);
            out[(r, c)] = if options.lower { v } else { v.conjugate() };
        }
    }
    Ok(out)
}

/// Solves `A x = b` with the band factor from [`cholesky_banded`]: SciPy's
/// `cho_solve_banded((cb, lower), b)`. `b` is a vector or a matrix; `x` has its shape.
/// O(n u k).
///
/// # Errors
///
/// - [`Error::EmptyInput`] if `cb` has no rows;
/// - [`Error::ShapeMismatch`] for a `b` whose length is not `cb`'s number of columns;
/// - [`Error::NonFinite`] for a NaN or infinity (see [`ChoSolveOptions::check_finite`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{cholesky_banded, cho_solve_banded, CholeskyBandedOptions};
/// // Tridiagonal [[4, 1, 0], [1, 4, 1], [0, 1, 4]] in lower band storage.
/// let ab = array![[4.0_f64, 4.0, 4.0], [1.0, 1.0, 0.0]];
/// let cb = cholesky_banded(&ab, &CholeskyBandedOptions::default().lower(true))?;
/// let x = cho_solve_banded(&cb, true, &array![5.0, 6.0, 5.0], &Default::default())?;
/// assert!(x.iter().all(|v| (v - 1.0).abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.cho_solve_banded.html>
pub fn cho_solve_banded<'a, 'b, T: Scalar, D: Dimension>(
    cb: impl AsArray<'a, T, Ix2>,
    lower: bool,
    b: impl AsArray<'b, T, D>,
    options: &ChoSolveOptions,
) -> Result<Array<T, D>> {
    let cb = view(cb);
    if cb.nrows() == 0 {
        return Err(Error::EmptyInput {
            name: "cb".into(),
            min_len: 1,
        });
    }
    let b = view(b);
    validate::finite("cb", &cb, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let (u, n) = (cb.nrows() - 1, cb.ncols());
    let band = Band {
        ab: cb.view(),
        u,
        lower,
    };
    // L[i, j] for j <= i <= j + u, from either storage.
    let l = |i: usize, j: usize| {
        let (r, c) = band.slot(i, j);
        if lower {
            cb[(r, c)]
        } else {
            cb[(r, c)].conjugate()
        }
    };
    let mut x = rhs::columns(&b, n)?;
    for c in 0..x.ncols() {
        // L y = b, then Lᴴ x = y.
        for i in 0..n {
            let mut s = x[(i, c)];
            for k in i.saturating_sub(u)..i {
                s -= l(i, k) * x[(k, c)];
            }
            x[(i, c)] = s / l(i, i);
        }
        for i in (0..n).rev() {
            let mut s = x[(i, c)];
            for k in i + 1..=(i + u).min(n.saturating_sub(1)) {
                s -= l(k, i).conjugate() * x[(k, c)];
            }
            x[(i, c)] = s / l(i, i).conjugate();
        }
    }
    rhs::back_to_shape(x, &b)
}
