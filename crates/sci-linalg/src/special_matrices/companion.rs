//! Companion matrices of a polynomial: Frobenius' `companion` and Fiedler's pentadiagonal
//! `fiedler_companion`; the eigenvalues of both are the polynomial's roots.

use sci_core::ndarray::{Array2, AsArray, Ix1};
use sci_core::{Error, Result, view1};

use super::filled;
use crate::scalar::Scalar;

/// The (Frobenius) companion matrix of the polynomial `a[0] x^{n-1} + a[1] x^{n-2} + ... +
/// a[n-1]`: the first row is `-a[1..] / a[0]`, the first sub-diagonal is ones. Its
/// characteristic polynomial is `p(x) / a[0]`, so its eigenvalues are the roots of `p`.
///
/// The result has order `a.len() - 1`. SciPy 1.17 treats an n-D `a` as a batch of
/// polynomials; this function takes one.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// - [`sci_core::Error::EmptyInput`] when `a` has fewer than 2 coefficients (SciPy's
///   "length of `a` must be at least 2");
/// - [`sci_core::Error::InvalidArgument`] naming `a[0]` when the leading coefficient is zero.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::companion;
///
/// // x^3 - 10 x^2 + 31 x - 30 = (x - 2)(x - 3)(x - 5)
/// let a = companion(&[1.0, -10.0, 31.0, -30.0])?;
/// assert_eq!(a, array![[10.0, -31.0, 30.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.companion.html>
pub fn companion<'a, T: Scalar>(a: impl AsArray<'a, T, Ix1>) -> Result<Array2<T>> {
    let a = view1(a);
    sci_core::check_nonempty("a", a.len(), 2)?;
    if a[0] == T::zero() {
        return Err(Error::invalid_argument(
            "a[0]",
            format!("{:?}", a[0]),
            "the leading coefficient must not be zero",
        ));
    }
    let n = a.len() - 1;
    let mut m = filled(n, n, T::zero(), "a")?;
    let lead = a[0];
    for j in 0..n {
        m[[0, j]] = -a[j + 1] / lead;
    }
    for i in 1..n {
        m[[i, i - 1]] = T::one();
    }
    Ok(m)
}

/// Fiedler's pentadiagonal companion matrix of the polynomial `a[0] x^{n-1} + ... + a[n-1]`:
/// a companion matrix (its eigenvalues are the roots) with the coefficients `c_k = a[k] /
/// a[0]` spread over a band of width 5 instead of one dense row.
///
/// With `k = a.len() - 1` the order: row 0 holds `-c_1, -c_2, 1`; each further even row `r`
/// holds `-c_{r+1}` at column `r - 1`, `-c_{r+2}` at column `r + 1` and `1` at column
/// `r + 2` (where these columns exist); odd row `r` has a single `1` at column
/// `max(r - 2, 0)`.
///
/// SciPy returns a 1-D empty array for fewer than two coefficients; this function returns a
/// 0 x 0 matrix then (without looking at the coefficient).
///
/// Time and memory: O(n²) (the matrix is dense).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `a[0]` when the leading coefficient is zero
/// (and there are at least two coefficients).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::fiedler_companion;
///
/// let f = fiedler_companion(&[1.0, 2.0, 3.0, 4.0])?;
/// assert_eq!(f, array![[-2.0, -3.0, 1.0], [1.0, 0.0, 0.0], [0.0, -4.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.fiedler_companion.html>;
/// M. Fiedler, "A note on companion matrices", Linear Algebra Appl. 372 (2003) 325-331.
pub fn fiedler_companion<'a>(a: impl AsArray<'a, f64, Ix1>) -> Result<Array2<f64>> {
    let a = view1(a);
    if a.len() < 2 {
        return Ok(Array2::zeros((0, 0)));
    }
    if a[0] == 0.0 {
        return Err(Error::invalid_argument(
            "a[0]",
            a[0],
            "the leading coefficient must not be zero",
        ));
    }
    let k = a.len() - 1;
    // c(i) = c_i for i in 1..=k.
    let c = |i: usize| a[i] / a[0];
    let mut m = filled(k, k, 0.0, "a")?;
    for r in 0..k {
        if r % 2 == 0 {
            m[[r, r.saturating_sub(1)]] = -c(r + 1);
            if r + 1 < k {
                m[[r, r + 1]] = -c(r + 2);
            }
            if r + 2 < k {
                m[[r, r + 2]] = 1.0;
            }
        } else {
            m[[r, r.saturating_sub(2)]] = 1.0;
        }
    }
    Ok(m)
}
