//! `ldl`: the Bunch-Kaufman factorization `A = L D Lᴴ` (or `L D Lᵀ` for complex symmetric
//! matrices) of a symmetric or Hermitian indefinite matrix, in SciPy's result form.
//!
//! Bunch & Kaufman, "Some stable methods for calculating inertia and solving symmetric linear
//! systems", Math. Comp. 31 (1977): at each step a 1×1 or 2×2 pivot is chosen with the
//! partial-pivoting test `alpha = (1 + sqrt(17)) / 8`, so the growth is bounded without
//! destroying symmetry (also Golub & Van Loan, "Matrix Computations", 4th ed., §4.4.4). The
//! interchanges are applied to the whole factor as they happen, so that `P A Pᵀ = L D Lᴴ`
//! with `L` unit lower triangular; SciPy's outer factor is `Pᵀ L`. O(n³) time (unblocked).

use sci_core::ndarray::{Array1, Array2, AsArray, Ix2};
use sci_core::{Result, view};

use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`ldl_with`]: SciPy's `lower`, `hermitian` and `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LdlOptions {
    /// Read the lower triangle and return a (permuted) lower factor (SciPy's `lower`,
    /// `true` by default); otherwise the upper ones.
    pub lower: bool,
    /// For complex input: factor `A = L D Lᴴ` of a Hermitian matrix (SciPy's `hermitian`,
    /// `true`); otherwise `A = L D Lᵀ` of a complex symmetric one.
    pub hermitian: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for LdlOptions {
    fn default() -> Self {
        Self {
            lower: true,
            hermitian: true,
            check_finite: true,
        }
    }
}

setters!(LdlOptions {
    lower: bool,
    hermitian: bool,
    check_finite: bool
});

/// SciPy's `ldl(a)` result `(lu, d, perm)`: `A = lu · d · luᴴ` (`luᵀ` for complex symmetric).
#[derive(Debug, Clone, PartialEq)]
pub struct Ldl<T> {
    /// The outer factor: a row permutation of a unit triangular matrix.
    pub lu: Array2<T>,
    /// The block diagonal factor, with 1×1 and 2×2 blocks.
    pub d: Array2<T>,
    /// The row order that makes `lu` triangular: `lu.select(Axis(0), perm)` is.
    pub perm: Array1<usize>,
}

/// The Bunch-Kaufman factorization of a symmetric or Hermitian matrix: SciPy's
/// `scipy.linalg.ldl(a)`, reading the lower triangle.
///
/// A singular matrix is factored too (a zero 1×1 block in `d`), as in SciPy.
///
/// # Errors
///
/// - [`sci_core::Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`sci_core::Error::NonFinite`] for a NaN or infinity (see [`LdlOptions::check_finite`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Axis};
/// use sci_linalg::ldl;
///
/// let a = array![[2.0_f64, -1.0, 3.0], [-1.0, 2.0, 0.0], [3.0, 0.0, 1.0]];
/// let f = ldl(&a)?;
/// assert_eq!(f.d, array![[2.0, 0.0, 0.0], [0.0, 1.5, 0.0], [0.0, 0.0, -5.0]]);
/// assert_eq!(f.lu, array![[1.0, 0.0, 0.0], [-0.5, 1.0, 0.0], [1.5, 1.0, 1.0]]);
/// assert_eq!(f.lu.dot(&f.d).dot(&f.lu.t()), a);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ldl.html>
pub fn ldl<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<Ldl<T>> {
    ldl_with(a, &LdlOptions::default())
}

/// [`ldl`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`ldl`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ldl_with, LdlOptions};
/// let a = array![[2.0_f64, -1.0, 3.0], [-1.0, 2.0, 0.0], [3.0, 0.0, 1.0]];
/// let f = ldl_with(&a, &LdlOptions::default().lower(false))?;
/// assert_eq!(f.perm.to_vec(), vec![2, 1, 0]);
/// assert_eq!(f.lu.dot(&f.d).dot(&f.lu.t()), a);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.ldl.html>
pub fn ldl_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &LdlOptions,
) -> Result<Ldl<T>> {
    let a = view(a);
    let n = validate::square_order("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let conjugate = options.hermitian && T::IS_COMPLEX;
    // The full matrix the chosen triangle stands for; the upper variant is the lower one on
    // the matrix with rows and columns reversed.
    let full = |i: usize, j: usize| {
        let (i, j) = if options.lower {
            (i, j)
        } else {
            (n - 1 - i, n - 1 - j)
        };
        let stored_lower = i >= j;
        let (r, c) = if stored_lower == options.lower {
            (i, j)
        } else {
            (j, i)
        };
        let v = a[(r, c)];
        if (r, c) != (i, j) && conjugate {
            v.conjugate()
        } else {
            v
        }
    };
    let work = Array2::from_shape_fn((n, n), |(i, j)| {
        let v = full(i, j);
        if i == j && conjugate {
            T::from_real(v.re())
        } else {
            v
        }
    });
    let (l, d, perm) = bunch_kaufman(work);
    // lu = Pᵀ L: row perm[i] of lu is row i of L.
    let mut lu = Array2::from_elem((n, n), T::zero());
    for (i, &p) in perm.iter().enumerate() {
        lu.row_mut(p).assign(&l.row(i));
    }
    if options.lower {
        return Ok(Ldl {
            lu,
            d,
            perm: Array1::from(perm),
        });
    }
    let reverse = |m: &Array2<T>| Array2::from_shape_fn((n, n), |(i, j)| m[(n - 1 - i, n - 1 - j)]);
    let perm = (0..n).map(|i| n - 1 - perm[n - 1 - i]).collect::<Vec<_>>();
    Ok(Ldl {
        lu: reverse(&lu),
        d: reverse(&d),
        perm: Array1::from(perm),
    })
}

/// `P A Pᵀ = L D L*` of the full symmetric or Hermitian matrix `a` (`L*` is `Lᵀ` or `Lᴴ`: the
/// updates use the stored row, so one code serves both); returns `(L, D, perm)` with row `i` of `P A Pᵀ` being row `perm[i]` of `A`.
fn bunch_kaufman<T: Scalar>(mut a: Array2<T>) -> (Array2<T>, Array2<T>, Vec<usize>) {
    let n = a.nrows();
    let alpha = (1.0 + 17.0f64.sqrt()) / 8.0;
    // LAPACK's pivot test measures complex numbers by |re| + |im|; following it keeps the
    // pivots, and so the factors, SciPy's.
    let modulus = |v: T| -> f64 {
        let (re, im): (f64, f64) = (v.re().into(), v.im().into());
        re.abs() + im.abs()
    };
    let mut l = Array2::from_elem((n, n), T::zero());
    let mut d = Array2::from_elem((n, n), T::zero());
    let mut perm: Vec<usize> = (0..n).collect();
    let mut k = 0;
    while k < n {
        let diagonal = modulus(a[(k, k)]);
        let (imax, colmax) = ((k + 1)..n).fold((k, 0.0f64), |(bi, bm), i| {
            let m = modulus(a[(i, k)]);
            if m > bm { (i, m) } else { (bi, bm) }
        });
        let (pivot_row, step) = if diagonal.max(colmax) == 0.0 || diagonal >= alpha * colmax {
            (k, 1)
        } else {
            let rowmax = (k..n)
                .filter(|&j| j != imax)
                .map(|j| modulus(a[(imax, j)]))
                .fold(0.0f64, f64::max);
            if diagonal * rowmax >= alpha * colmax * colmax {
                (k, 1)
            } else if modulus(a[(imax, imax)]) >= alpha * rowmax {
                (imax, 1)
            } else {
                (imax, 2)
            }
        };
        let target = k + step - 1;
        if pivot_row != target {
            // A symmetric interchange of the trailing matrix, and of the rows of L so far.
            for j in 0..n {
                a.swap((target, j), (pivot_row, j));
            }
            for i in 0..n {
                a.swap((i, target), (i, pivot_row));
            }
            for j in 0..k {
                l.swap((target, j), (pivot_row, j));
            }
            perm.swap(target, pivot_row);
        }
        if step == 1 {
            let pivot = a[(k, k)];
            d[(k, k)] = pivot;
            l[(k, k)] = T::one();
            if pivot != T::zero() {
                for i in k + 1..n {
                    l[(i, k)] = a[(i, k)] / pivot;
                }
                for i in k + 1..n {
                    for j in k + 1..n {
                        let update = l[(i, k)] * a[(k, j)];
                        a[(i, j)] -= update;
                    }
                }
            }
        } else {
            let (e11, e21, e12, e22) = (a[(k, k)], a[(k + 1, k)], a[(k, k + 1)], a[(k + 1, k + 1)]);
            for (r, c, v) in [
                (k, k, e11),
                (k + 1, k, e21),
                (k, k + 1, e12),
                (k + 1, k + 1, e22),
            ] {
                d[(r, c)] = v;
            }
            l[(k, k)] = T::one();
            l[(k + 1, k + 1)] = T::one();
            let det = e11 * e22 - e12 * e21;
            for i in k + 2..n {
                // [l_ik, l_i,k+1] = [a_ik, a_i,k+1] E⁻¹.
                let (x, y) = (a[(i, k)], a[(i, k + 1)]);
                l[(i, k)] = (x * e22 - y * e21) / det;
                l[(i, k + 1)] = (y * e11 - x * e12) / det;
            }
            for i in k + 2..n {
                for j in k + 2..n {
                    let update = l[(i, k)] * a[(k, j)] + l[(i, k + 1)] * a[(k + 1, j)];
                    a[(i, j)] -= update;
                }
            }
        }
        k += step;
    }
    (l, d, perm)
}
