//! The Hilbert matrix `1 / (i + j + 1)` and its inverse, in `f64` and exactly in integers.

use sci_core::ndarray::Array2;
use sci_core::{Error, Result};

use super::binomial::{BinomialTable, to_f64};
use super::{check_size, filled};

/// The `n x n` Hilbert matrix `H[i, j] = 1 / (i + j + 1)` (0-based), the classic
/// ill-conditioned matrix: its condition number grows like `e^{3.5 n}`. `n = 0` gives a
/// 0 x 0 matrix.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::hilbert;
///
/// assert_eq!(hilbert(2)?, array![[1.0, 0.5], [0.5, 1.0 / 3.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.hilbert.html>
#[allow(
    clippy::cast_precision_loss,
    reason = "i + j + 1 is far below 2^53 for any matrix that fits in memory"
)]
pub fn hilbert(n: usize) -> Result<Array2<f64>> {
    check_size::<f64>(n, n, "n")?;
    Ok(Array2::from_shape_fn((n, n), |(i, j)| {
        1.0 / (i + j + 1) as f64
    }))
}

/// The magnitude of the inverse Hilbert matrix's `[i, j]` entry from the closed form
/// `(i + j + 1) C(n + i, n - j - 1) C(n + j, n - i - 1) C(i + j, i)²`, exactly, or `None` on
/// overflow of `u128`.
fn exact_entry(t: &BinomialTable, n: usize, i: usize, j: usize) -> Option<u128> {
    let c = t.exact(i + j, i)?;
    ((i + j + 1) as u128)
        .checked_mul(t.exact(n + i, n - j - 1)?)?
        .checked_mul(t.exact(n + j, n - i - 1)?)?
        .checked_mul(c.checked_mul(c)?)
}

/// The sign of the inverse Hilbert matrix's `[i, j]` entry.
fn sign(i: usize, j: usize) -> bool {
    (i + j).is_multiple_of(2)
}

/// The inverse of the `n x n` Hilbert matrix, in `f64`, from its closed form
/// `(-1)^{i+j} (i + j + 1) C(n + i, n - j - 1) C(n + j, n - i - 1) C(i + j, i)²`
/// (0-based indices).
///
/// For `n <= 27` every entry is the exact integer correctly rounded (see
/// [`invhilbert_exact`]); beyond, each binomial is rounded to `f64` first, so entries are
/// within a few ulps until they overflow to infinity (from about `n = 200`). This is
/// SciPy's default `exact=False`.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{hilbert, invhilbert};
///
/// let inv = invhilbert(3)?;
/// assert_eq!(inv, array![[9.0, -36.0, 30.0], [-36.0, 192.0, -180.0], [30.0, -180.0, 180.0]]);
/// let eye = inv.dot(&hilbert(3)?);
/// assert!((eye[[1, 1]] - 1.0).abs() < 1e-12 && eye[[0, 2]].abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.invhilbert.html>
#[allow(
    clippy::cast_precision_loss,
    reason = "i + j + 1 is far below 2^53 for any matrix that fits in memory"
)]
pub fn invhilbert(n: usize) -> Result<Array2<f64>> {
    check_size::<f64>(n, n, "n")?;
    let rows = n
        .checked_mul(2)
        .ok_or_else(|| Error::invalid_argument("n", n, "too large"))?;
    let t = BinomialTable::new(rows, "n")?;
    Ok(Array2::from_shape_fn((n, n), |(i, j)| {
        let magnitude = match exact_entry(&t, n, i, j) {
            Some(x) => to_f64(x),
            None => {
                let c = t.float(i + j, i);
                (i + j + 1) as f64 * t.float(n + i, n - j - 1) * t.float(n + j, n - i - 1) * (c * c)
            }
        };
        if sign(i, j) { magnitude } else { -magnitude }
    }))
}

/// The inverse of the `n x n` Hilbert matrix as exact integers (SciPy's `exact=True`, whose
/// result is `int64` for `n <= 14` and Python integers beyond).
///
/// The entries here are `i128`, which holds every entry for `n <= 27`; larger orders are an
/// error.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when an entry overflows `i128`.
///
/// # Examples
///
/// ```
/// use sci_linalg::invhilbert_exact;
///
/// let inv = invhilbert_exact(4)?;
/// assert_eq!(inv.row(0).to_vec(), vec![16, -120, 240, -140]);
/// assert!(invhilbert_exact(27).is_ok());
/// assert!(invhilbert_exact(28).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.invhilbert.html>
pub fn invhilbert_exact(n: usize) -> Result<Array2<i128>> {
    // Entries of order 28 exceed i128; the check keeps large n from building the table.
    const MAX_ORDER: usize = 27;
    let overflow = || {
        Error::invalid_argument(
            "n",
            n,
            "the inverse Hilbert matrix of this order overflows i128 (use `invhilbert` for f64)",
        )
    };
    if n > MAX_ORDER {
        return Err(overflow());
    }
    let t = BinomialTable::new(2 * n, "n")?;
    let mut out = filled(n, n, 0i128, "n")?;
    for ((i, j), v) in out.indexed_iter_mut() {
        let magnitude = exact_entry(&t, n, i, j)
            .and_then(|x| i128::try_from(x).ok())
            .ok_or_else(overflow)?;
        *v = if sign(i, j) { magnitude } else { -magnitude };
    }
    Ok(out)
}
