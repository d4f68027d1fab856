//! Pascal matrices (`pascal`, `invpascal`) and their exact integer forms, on a table of
//! binomial coefficients that is exact while they fit in 128 bits.

use std::fmt;
use std::str::FromStr;

use sci_core::ndarray::Array2;
use sci_core::{Error, Result};

use super::binomial::{BinomialTable, to_f64};
use super::{check_size, filled};

/// Which Pascal matrix (SciPy's `kind`; the default is `Symmetric`).
///
/// # Examples
///
/// ```
/// use sci_linalg::PascalKind;
///
/// assert_eq!("lower".parse::<PascalKind>()?, PascalKind::Lower);
/// assert_eq!(PascalKind::default(), PascalKind::Symmetric);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pascal.html>
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PascalKind {
    /// `P[i, j] = C(i + j, i)`, the product `L Lᵀ` of the two triangular ones.
    #[default]
    Symmetric,
    /// `L[i, j] = C(i, j)`: Pascal's triangle.
    Lower,
    /// `U[i, j] = C(j, i)`, the transpose of `Lower`.
    Upper,
}

impl FromStr for PascalKind {
    type Err = Error;

    /// Parses SciPy's spelling: `"symmetric"`, `"lower"` or `"upper"`.
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "symmetric" => Ok(PascalKind::Symmetric),
            "lower" => Ok(PascalKind::Lower),
            "upper" => Ok(PascalKind::Upper),
            _ => Err(Error::invalid_argument(
                "kind",
                format!("{s:?}"),
                "must be \"symmetric\", \"lower\" or \"upper\"",
            )),
        }
    }
}

impl fmt::Display for PascalKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PascalKind::Symmetric => "symmetric",
            PascalKind::Lower => "lower",
            PascalKind::Upper => "upper",
        })
    }
}

/// The binomial table with the rows every Pascal matrix of order `n` needs.
fn table(n: usize, kind: PascalKind) -> Result<BinomialTable> {
    let rows = match kind {
        PascalKind::Symmetric => n.checked_mul(2),
        PascalKind::Lower | PascalKind::Upper => Some(n),
    };
    let rows = rows.ok_or_else(|| Error::invalid_argument("n", n, "too large"))?;
    BinomialTable::new(rows, "n")
}

/// `(a, b)` such that the Pascal matrix's `[i, j]` entry is `C(a, b)`.
fn pascal_entry(kind: PascalKind, i: usize, j: usize) -> (usize, usize) {
    match kind {
        PascalKind::Symmetric => (i + j, i),
        PascalKind::Lower => (i, j),
        PascalKind::Upper => (j, i),
    }
}

/// The `n x n` Pascal matrix of the given kind, in `f64`: `C(i + j, i)` (symmetric),
/// `C(i, j)` (lower) or `C(j, i)` (upper).
///
/// SciPy's default is `exact=True`, an integer matrix; that form is [`pascal_exact`]. This
/// is SciPy's `exact=False`: every entry is the binomial coefficient correctly rounded to
/// `f64` while it is below 2^128 (every entry for `n <= 66` symmetric, `n <= 132`
/// triangular), and accurate to about `2n` ulps beyond; entries above `f64::MAX` are
/// infinite. `n = 0` gives a 0 x 0 matrix.
///
/// Time O(n²); memory O(n) beyond the result.
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{PascalKind, pascal};
///
/// let p = pascal(4, PascalKind::Symmetric)?;
/// assert_eq!(p, array![[1.0, 1.0, 1.0, 1.0], [1.0, 2.0, 3.0, 4.0], [1.0, 3.0, 6.0, 10.0], [1.0, 4.0, 10.0, 20.0]]);
/// assert_eq!(pascal(3, PascalKind::Upper)?, array![[1.0, 1.0, 1.0], [0.0, 1.0, 2.0], [0.0, 0.0, 1.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pascal.html>
pub fn pascal(n: usize, kind: PascalKind) -> Result<Array2<f64>> {
    let mut out = filled(n, n, 0.0, "n")?;
    // Row by row with Pascal's rule, keeping the previous row's exact values (None once
    // they overflow u128), so the extra memory is O(n).
    let mut exact: Vec<Option<u128>> = vec![Some(1); n];
    let add = |x: Option<u128>, y: Option<u128>| x.zip(y).and_then(|(x, y)| x.checked_add(y));
    // Where L[i, j] is stored: the upper matrix is the transpose of the lower one.
    let at = |i: usize, j: usize| {
        if kind == PascalKind::Upper {
            [j, i]
        } else {
            [i, j]
        }
    };
    for i in 0..n {
        if kind == PascalKind::Symmetric {
            // P[i, j] = P[i - 1, j] + P[i, j - 1]; exact[j] holds P[i - 1, j] until updated.
            for j in 0..n {
                if i > 0 && j > 0 {
                    exact[j] = add(exact[j], exact[j - 1]);
                    out[[i, j]] = exact[j].map_or(out[[i - 1, j]] + out[[i, j - 1]], to_f64);
                } else {
                    out[[i, j]] = 1.0;
                }
            }
        } else {
            // L[i, j] = L[i - 1, j - 1] + L[i - 1, j], right to left so that exact[j - 1]
            // still holds row i - 1.
            for j in (0..=i).rev() {
                if j > 0 && j < i {
                    exact[j] = add(exact[j], exact[j - 1]);
                    out[at(i, j)] =
                        exact[j].map_or(out[at(i - 1, j - 1)] + out[at(i - 1, j)], to_f64);
                } else {
                    exact[j] = Some(1);
                    out[at(i, j)] = 1.0;
                }
            }
        }
    }
    Ok(out)
}

/// The `n x n` Pascal matrix of the given kind as exact unsigned integers (SciPy's default
/// `exact=True`, whose result is `uint64` while it fits).
///
/// SciPy switches to Python integers (`dtype=object`) where `uint64` overflows; here that
/// is an error: `n <= 34` fits for `Symmetric`, `n <= 68` for `Lower` and `Upper`.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when an entry overflows `u64` (or the
/// matrix is too large to allocate).
///
/// # Examples
///
/// ```
/// use sci_linalg::{PascalKind, pascal_exact};
///
/// let l = pascal_exact(5, PascalKind::Lower)?;
/// assert_eq!(l.row(4).to_vec(), vec![1u64, 4, 6, 4, 1]);
/// assert_eq!(pascal_exact(34, PascalKind::Symmetric)?[[33, 33]], 7_219_428_434_016_265_740);
/// assert!(pascal_exact(35, PascalKind::Symmetric).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.pascal.html>
pub fn pascal_exact(n: usize, kind: PascalKind) -> Result<Array2<u64>> {
    if n == 0 {
        return Ok(Array2::zeros((0, 0)));
    }
    // The largest entry decides whether the matrix fits: C(2n - 2, n - 1) for the symmetric
    // matrix, the middle of row n - 1 for the triangular ones.
    let (a_max, b_max) = match kind {
        PascalKind::Symmetric => (2 * (n - 1), n - 1),
        PascalKind::Lower | PascalKind::Upper => (n - 1, (n - 1) / 2),
    };
    if exact_binomial_u64(a_max, b_max).is_none() {
        return Err(Error::invalid_argument(
            "n",
            n,
            format!("the {kind} Pascal matrix of this order overflows u64 (use `pascal` for f64)"),
        ));
    }
    let mut p = filled(n, n, 0u64, "n")?;
    let t = table(n, kind)?;
    for ((i, j), v) in p.indexed_iter_mut() {
        let (a, b) = pascal_entry(kind, i, j);
        // Every entry is at most the largest, which fits.
        *v = t
            .exact(a, b)
            .and_then(|x| u64::try_from(x).ok())
            .unwrap_or(u64::MAX);
    }
    Ok(p)
}

/// `C(a, b)` as a `u64`, or `None` when it overflows; O(b).
fn exact_binomial_u64(a: usize, b: usize) -> Option<u64> {
    exact_binomial_u128(a, b).and_then(|c| u64::try_from(c).ok())
}

/// The inverse of the `n x n` Pascal matrix, in `f64`.
///
/// The inverse of `Lower` is `(-1)^{i-j} C(i, j)`, that of `Upper` its transpose, and
/// that of `Symmetric` (`= L Lᵀ`) is `L⁻ᵀ L⁻¹`: `(-1)^{i+j} Σ_{k ≥ max(i, j)} C(k, i) C(k, j)`,
/// a sum of terms of one sign. Entries are exact integers, correctly rounded, while
/// [`invpascal_exact`] succeeds; beyond that the sums are formed in `f64`.
///
/// SciPy's default is `exact=True`; this is `exact=False`.
///
/// Time: O(n²) triangular, O(n³) symmetric; memory O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{PascalKind, invpascal, pascal};
///
/// let inv = invpascal(3, PascalKind::Symmetric)?;
/// assert_eq!(inv, array![[3.0, -3.0, 1.0], [-3.0, 5.0, -2.0], [1.0, -2.0, 1.0]]);
/// let p = pascal(3, PascalKind::Symmetric)?;
/// assert_eq!(inv.dot(&p), array![[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.invpascal.html>
#[allow(
    clippy::cast_precision_loss,
    reason = "correct rounding of the exact integer is intended"
)]
pub fn invpascal(n: usize, kind: PascalKind) -> Result<Array2<f64>> {
    check_size::<f64>(n, n, "n")?;
    if let Ok(exact) = invpascal_exact(n, kind) {
        return Ok(exact.mapv(|x| x as f64));
    }
    let t = BinomialTable::new(n, "n")?;
    let sign = |i: usize, j: usize| if (i + j).is_multiple_of(2) { 1.0 } else { -1.0 };
    let lower_inv = |i: usize, j: usize| sign(i, j) * t.float(i, j);
    Ok(match kind {
        PascalKind::Lower => Array2::from_shape_fn((n, n), |(i, j)| lower_inv(i, j)),
        PascalKind::Upper => Array2::from_shape_fn((n, n), |(i, j)| lower_inv(j, i)),
        PascalKind::Symmetric => {
            let l = Array2::from_shape_fn((n, n), |(i, j)| t.float(i, j));
            let s = l.t().dot(&l);
            Array2::from_shape_fn((n, n), |(i, j)| sign(i, j) * s[[i, j]])
        }
    })
}

/// The inverse of the `n x n` Pascal matrix as exact signed integers (SciPy's default
/// `exact=True`, whose result is `int64` while it fits and Python integers beyond).
///
/// Here the entries are `i128`, which holds every entry for `n <= 67` (`Symmetric`) and
/// `n <= 131` (`Lower`, `Upper`); beyond that the call is an error.
///
/// Time: O(n²) triangular, O(n³) symmetric; memory O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when an entry overflows `i128` (or the
/// matrix is too large to allocate).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{PascalKind, invpascal_exact};
///
/// let inv = invpascal_exact(4, PascalKind::Lower)?;
/// assert_eq!(inv, array![[1, 0, 0, 0], [-1, 1, 0, 0], [1, -2, 1, 0], [-1, 3, -3, 1]]);
/// assert!(invpascal_exact(68, PascalKind::Symmetric).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.invpascal.html>
pub fn invpascal_exact(n: usize, kind: PascalKind) -> Result<Array2<i128>> {
    let overflow = || {
        Error::invalid_argument(
            "n",
            n,
            format!(
                "the inverse {kind} Pascal matrix of this order overflows i128 (use `invpascal` for f64)"
            ),
        )
    };
    if n == 0 {
        return Ok(Array2::zeros((0, 0)));
    }
    // A quick bound before any O(n³) work: the last row of L⁻¹ holds the largest binomial
    // C(n - 1, (n - 1) / 2), and for the symmetric inverse its square is one term of an entry.
    let mid = exact_binomial_u128(n - 1, (n - 1) / 2).ok_or_else(overflow)?;
    if kind == PascalKind::Symmetric
        && mid
            .checked_mul(mid)
            .is_none_or(|m| i128::try_from(m).is_err())
    {
        return Err(overflow());
    }
    let t = BinomialTable::new(n, "n")?;
    let signed = |x: u128, i: usize, j: usize| -> Result<i128> {
        let x = i128::try_from(x).map_err(|_| overflow())?;
        Ok(if (i + j).is_multiple_of(2) { x } else { -x })
    };
    let mut out = filled(n, n, 0i128, "n")?;
    for i in 0..n {
        for j in 0..n {
            let magnitude = match kind {
                PascalKind::Lower => t.exact(i, j),
                PascalKind::Upper => t.exact(j, i),
                PascalKind::Symmetric => (i.max(j)..n).try_fold(0u128, |acc, k| {
                    acc.checked_add(t.exact(k, i)?.checked_mul(t.exact(k, j)?)?)
                }),
            }
            .ok_or_else(overflow)?;
            out[[i, j]] = signed(magnitude, i, j)?;
        }
    }
    Ok(out)
}

/// `C(a, b)` as a `u128`, or `None` when it overflows; O(b log a).
fn exact_binomial_u128(a: usize, b: usize) -> Option<u128> {
    let b = b.min(a - b);
    let mut c: u128 = 1;
    for t in 1..=b {
        // c = C(a - b + t - 1, t - 1) and C(a - b + t, t) = c (a - b + t) / t. With
        // g = gcd(c, t), t / g divides a - b + t, so the division is exact without forming
        // the full product.
        let (t, m) = (t as u128, (a - b + t) as u128);
        let g = gcd(c, t);
        c = (c / g).checked_mul(m / (t / g))?;
    }
    Some(c)
}

fn gcd(mut x: u128, mut y: u128) -> u128 {
    while y != 0 {
        (x, y) = (y, x % y);
    }
    x
}
