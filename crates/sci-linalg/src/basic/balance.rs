//! `matrix_balance`: a similarity `B = T⁻¹ A T` with `T` a permutation times a diagonal of
//! powers of 2, which isolates eigenvalues that can be read off directly and makes the rows
//! and columns of the rest comparable in norm (Parlett and Reinsch's balancing, in the form
//! of James, Langou and Lowery that LAPACK's `gebal` uses since version 3.5.0).
//!
//! First rows whose off-diagonal entries (within the active block) are all zero are moved to
//! the bottom and columns likewise to the top, shrinking the active block. Then, sweep after
//! sweep, each row/column pair `i` of the active block is scaled by the power of 2 that best
//! equalises its column and row 2-norms, as long as that reduces their sum by more than 5%.
//! Scaling by powers of 2 is exact, so `B` is exactly `T⁻¹ A T`.

use sci_core::ndarray::{Array1, Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`matrix_balance_with`] and [`matrix_balance_separate`]: SciPy's
/// keywords of `scipy.linalg.matrix_balance` (`separate` is the choice between the two
/// functions; `overwrite_a` has no meaning here). SciPy always checks the input for NaN and
/// infinity, and so does this function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixBalanceOptions {
    /// Whether to isolate eigenvalues by permutation (SciPy's `permute`, `true`).
    pub permute: bool,
    /// Whether to scale rows and columns (SciPy's `scale`, `true`).
    pub scale: bool,
}

impl Default for MatrixBalanceOptions {
    fn default() -> Self {
        Self {
            permute: true,
            scale: true,
        }
    }
}

impl MatrixBalanceOptions {
    /// Sets `permute`.
    #[must_use]
    pub fn permute(mut self, permute: bool) -> Self {
        self.permute = permute;
        self
    }
    /// Sets `scale`.
    #[must_use]
    pub fn scale(mut self, scale: bool) -> Self {
        self.scale = scale;
        self
    }
}

/// The balanced matrix and the similarity as SciPy's `matrix_balance` returns them:
/// `(B, T)` with `B = T⁻¹ A T`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixBalance<T> {
    /// The balanced matrix.
    pub b: Array2<T>,
    /// The similarity: a permutation matrix times a diagonal of powers of 2.
    pub t: Array2<f64>,
}

/// The balanced matrix with the similarity in parts, as SciPy's
/// `matrix_balance(A, separate=True)` returns it: `(B, (scale, perm))`, with
/// `B[i, j] = A[perm[i], perm[j]] scale[j] / scale[i]`.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixBalanceSeparate<T> {
    /// The balanced matrix.
    pub b: Array2<T>,
    /// The scaling factors (powers of 2), indexed by the balanced matrix's rows and columns.
    pub scale: Array1<f64>,
    /// The permutation: row and column `i` of `B` come from row and column `perm[i]` of `A`.
    pub perm: Array1<usize>,
}

/// Balances `a` for eigenvalue computations: SciPy's `scipy.linalg.matrix_balance(A)`.
///
/// Returns `B = T⁻¹ A T` and `T`, a permutation matrix times a diagonal of powers of 2, as
/// LAPACK's `gebal` (version 3.12 and later, as in SciPy 1.17.1's OpenBLAS) computes them:
/// the results equal SciPy's exactly. O(n²) per sweep; a handful of sweeps in practice.
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`Error::NonFinite`] for a NaN or
/// infinity (always checked, as in SciPy).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::matrix_balance;
///
/// let x = array![[1.0_f64, 2.0, 0.0], [9.0, 1.0, 0.01], [1.0, 2.0, 10.0 * std::f64::consts::PI]];
/// let f = matrix_balance(&x)?;
/// // B = T⁻¹ A T exactly: T is a permutation times powers of 2.
/// let t_inv = f.t.t().mapv(|v| if v == 0.0 { 0.0 } else { 1.0 / v });
/// assert_eq!(t_inv.dot(&x).dot(&f.t), f.b);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.matrix_balance.html>
/// - B. N. Parlett and C. Reinsch, "Balancing a matrix for calculation of eigenvalues and
///   eigenvectors", *Numer. Math.* 13 (1969), 293–304.
/// - R. James, J. Langou and B. R. Lowery, "On matrix balancing and eigenvector computation",
///   arXiv:1401.5766 (2014).
pub fn matrix_balance<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<MatrixBalance<T>> {
    matrix_balance_with(a, &MatrixBalanceOptions::default())
}

/// [`matrix_balance`] with SciPy's keywords `permute` and `scale`.
///
/// # Errors
///
/// As [`matrix_balance`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{matrix_balance_with, MatrixBalanceOptions};
///
/// let a = array![[1.0_f64, 4096.0], [1.0, 1.0]];
/// let f = matrix_balance_with(&a, &MatrixBalanceOptions::default().permute(false))?;
/// assert_eq!(f.b, array![[1.0, 64.0], [64.0, 1.0]]);
/// assert_eq!(f.t, array![[64.0, 0.0], [0.0, 1.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.matrix_balance.html>
pub fn matrix_balance_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &MatrixBalanceOptions,
) -> Result<MatrixBalance<T>> {
    let f = matrix_balance_separate(a, options)?;
    let n = f.b.nrows();
    let mut t = Array2::<f64>::zeros((n, n));
    for (k, &p) in f.perm.iter().enumerate() {
        t[[p, k]] = f.scale[k];
    }
    Ok(MatrixBalance { b: f.b, t })
}

/// [`matrix_balance_with`] returning the similarity in parts: SciPy's
/// `matrix_balance(A, separate=True)`, `(B, (scale, perm))`.
///
/// # Errors
///
/// As [`matrix_balance`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{matrix_balance_separate, MatrixBalanceOptions};
///
/// // Row 0 has no off-diagonal entries: its eigenvalue 5 is isolated at the bottom.
/// let a = array![[5.0_f64, 0.0, 0.0], [1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let f = matrix_balance_separate(&a, &MatrixBalanceOptions::default())?;
/// assert_eq!(f.perm[2], 0);
/// assert_eq!(f.b[[2, 2]], 5.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.matrix_balance.html>
pub fn matrix_balance_separate<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &MatrixBalanceOptions,
) -> Result<MatrixBalanceSeparate<T>> {
    let a = view(a);
    let n = validate::square_order("A", &a)?;
    validate::finite("A", &a, true)?;
    let mut b = a.to_owned();
    let mut perm: Vec<usize> = (0..n).collect();
    let mut scale = vec![1.0_f64; n];
    let (mut lo, mut hi) = (0, n);
    if options.permute && n > 0 {
        (lo, hi) = isolate(&mut b, &mut perm);
    }
    if options.scale {
        scale_block(&mut b, &mut scale, lo, hi)?;
    }
    Ok(MatrixBalanceSeparate {
        b,
        scale: Array1::from(scale),
        perm: Array1::from(perm),
    })
}

/// Swaps rows and columns `i` and `j` (rows only from column `c0` on, columns only down to
/// row `r1`, where the rest is known to be zero or untouched) and records it in `perm`.
fn exchange<T: Scalar>(b: &mut Array2<T>, perm: &mut [usize], i: usize, j: usize) {
    if i == j {
        return;
    }
    let n = b.nrows();
    for r in 0..n {
        b.swap([r, i], [r, j]);
    }
    for c in 0..n {
        b.swap([i, c], [j, c]);
    }
    perm.swap(i, j);
}

/// The permutation phase: rows with no off-diagonal entry in the active columns go to the
/// bottom, then columns with no off-diagonal entry in the active rows go to the top. Returns
/// the active block `lo..hi`.
fn isolate<T: Scalar>(b: &mut Array2<T>, perm: &mut [usize]) -> (usize, usize) {
    let zero = T::zero();
    let n = b.nrows();
    let mut hi = n; // active rows/columns are lo..hi
    // Rows, scanned upwards from the bottom of the active block; each isolated row moves to
    // the bottom of the block, which then shrinks; the scan continues, and is repeated until
    // a full pass finds nothing.
    let mut changed = true;
    while changed {
        changed = false;
        let mut i = hi;
        while i > 0 {
            i -= 1;
            if i >= hi {
                continue;
            }
            let isolated = (0..hi).all(|j| j == i || b[[i, j]] == zero);
            if isolated {
                exchange(b, perm, i, hi - 1);
                changed = true;
                if hi == 1 {
                    return (0, 1);
                }
                hi -= 1;
            }
        }
    }
    let mut lo = 0;
    changed = true;
    while changed {
        changed = false;
        let mut j = lo;
        let end = hi;
        while j < end {
            let isolated = (lo..hi).all(|i| i == j || b[[i, j]] == zero);
            if isolated {
                exchange(b, perm, j, lo);
                changed = true;
                lo += 1;
            }
            j += 1;
        }
    }
    (lo, hi)
}

/// `|re| + |im|`, the modulus surrogate LAPACK uses to pick the largest entry.
fn abs1<T: Scalar>(x: T) -> f64 {
    x.re().into().abs() + x.im().into().abs()
}

/// The scaling phase on the active block `lo..hi`.
fn scale_block<T: Scalar>(
    b: &mut Array2<T>,
    scale: &mut [f64],
    lo: usize,
    hi: usize,
) -> Result<()> {
    let n = b.nrows();
    if lo >= hi {
        return Ok(());
    }
    const RADIX: f64 = 2.0;
    const FACTOR: f64 = 0.95;
    let eps = validate::rcond_threshold::<T>();
    let safe_min = match eps {
        e if e > 1e-10 => f64::from(f32::MIN_POSITIVE),
        _ => f64::MIN_POSITIVE,
    };
    let sfmin1 = safe_min / eps;
    let sfmax1 = 1.0 / sfmin1;
    let sfmin2 = sfmin1 * RADIX;
    let sfmax2 = 1.0 / sfmin2;
    let modulus = |x: T| -> f64 { x.modulus().into() };
    let norm2 = |xs: &mut dyn Iterator<Item = T>| -> f64 {
        xs.fold(0.0_f64, |acc, x| acc.hypot(modulus(x)))
    };
    let mut noconv = true;
    while noconv {
        noconv = false;
        for i in lo..hi {
            let mut c = norm2(&mut (lo..hi).map(|r| b[[r, i]]));
            let mut r = norm2(&mut (lo..hi).map(|k| b[[i, k]]));
            // The largest entries (first of the largest by |re| + |im|) of column i (rows
            // ..hi) and row i (columns lo..).
            let ica = (0..hi).fold(0, |best, k| {
                if abs1(b[[k, i]]) > abs1(b[[best, i]]) {
                    k
                } else {
                    best
                }
            });
            let mut ca = modulus(b[[ica, i]]);
            let ira = (lo..n).fold(lo, |best, k| {
                if abs1(b[[i, k]]) > abs1(b[[i, best]]) {
                    k
                } else {
                    best
                }
            });
            let mut ra = modulus(b[[i, ira]]);
            if c == 0.0 || r == 0.0 {
                continue;
            }
            if (c + ca + r + ra).is_nan() {
                return Err(Error::invalid_argument(
                    "A",
                    "a matrix with NaN",
                    "balancing needs finite entries",
                ));
            }
            let mut g = r / RADIX;
            let mut f: f64 = 1.0;
            let s = c + r;
            while c < g && f.max(c).max(ca) < sfmax2 && r.min(g).min(ra) > sfmin2 {
                f *= RADIX;
                c *= RADIX;
                ca *= RADIX;
                r /= RADIX;
                g /= RADIX;
                ra /= RADIX;
            }
            g = c / RADIX;
            while g >= r && r.max(ra) < sfmax2 && f.min(c).min(g).min(ca) > sfmin2 {
                f /= RADIX;
                c /= RADIX;
                g /= RADIX;
                ca /= RADIX;
                r *= RADIX;
                ra *= RADIX;
            }
            // Scale only when the sum of the norms drops by more than 5%, and never so far
            // that the accumulated factor under- or overflows.
            if c + r >= FACTOR * s {
                continue;
            }
            if f < 1.0 && scale[i] < 1.0 && f * scale[i] <= sfmin1 {
                continue;
            }
            if f > 1.0 && scale[i] > 1.0 && scale[i] >= sfmax1 / f {
                continue;
            }
            scale[i] *= f;
            noconv = true;
            let (fs, gs) = (T::from_f64(f), T::from_f64(1.0 / f));
            for k in lo..n {
                b[[i, k]] *= gs;
            }
            for k in 0..hi {
                b[[k, i]] *= fs;
            }
        }
    }
    Ok(())
}
