//! `qr_multiply`: the product of a matrix with the `Q` of a QR decomposition, computed by
//! applying the Householder reflectors directly (blocked), without forming `Q`.

use faer::{Conj, Mat};
use sci_core::ndarray::{Array1, Array2, AsArray, Ix2};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::qr::{HouseholderQr, QrMode};
use crate::decompositions::to_array;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// Which side `Q` multiplies in [`qr_multiply_with`]: SciPy's `mode` of `qr_multiply`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QrMultiplyMode {
    /// `'right'` (SciPy's default): `C Q` for `C` of shape `P × M`, giving `P × K`.
    #[default]
    Right,
    /// `'left'`: `Q C` for `C` of shape `K × P`, giving `M × P`.
    Left,
}

/// The optional arguments of [`qr_multiply_with`] and [`qr_multiply_pivoting`]: SciPy's
/// keywords of `scipy.linalg.qr_multiply` (`overwrite_a`/`overwrite_c` have no meaning here:
/// the inputs are borrowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QrMultiplyOptions {
    /// The side of the product (SciPy's `mode`, `'right'` by default).
    pub mode: QrMultiplyMode,
    /// Multiply by `conj(Q)` instead of `Q` (SciPy's `conjugate`, `false`).
    pub conjugate: bool,
    /// Whether a NaN or infinity in the inputs is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for QrMultiplyOptions {
    fn default() -> Self {
        Self {
            mode: QrMultiplyMode::Right,
            conjugate: false,
            check_finite: true,
        }
    }
}

setters!(QrMultiplyOptions {
    mode: QrMultiplyMode,
    conjugate: bool,
    check_finite: bool
});

/// The result of [`qr_multiply`]: SciPy's `(CQ, R)` (or `(QC, R)` in left mode).
#[derive(Debug, Clone, PartialEq)]
pub struct QrMultiply<T: Scalar> {
    /// `C Q` (mode right, `P × K`) or `Q C` (mode left, `M × P`), with the economic `Q`
    /// (`M × K`, conjugated with `conjugate`).
    pub cq: Array2<T>,
    /// The economic upper trapezoidal factor, `K × N`.
    pub r: Array2<T>,
}

/// The result of [`qr_multiply_pivoting`]: SciPy's `(CQ, R, P)`.
#[derive(Debug, Clone, PartialEq)]
pub struct QrMultiplyPivoted<T: Scalar> {
    /// `C Q` or `Q C`, as in [`QrMultiply::cq`].
    pub cq: Array2<T>,
    /// The economic upper trapezoidal factor, `K × N`.
    pub r: Array2<T>,
    /// The column permutation: `A[:, P] = Q R`.
    pub p: Array1<usize>,
}

/// `C Q` with the `Q` of the economic QR decomposition of `a`: SciPy's
/// `scipy.linalg.qr_multiply(a, c)` (mode `'right'`; `c` is `P × M`, the result `P × K`).
///
/// The reflectors are applied to `C` directly, which costs O(P M K) after the O(M N K)
/// factorization instead of forming `Q`. As with [`crate::qr`], `Q` and `R` are unique only up
/// to the signs (phases) of `R`'s diagonal, so the product may differ from SciPy's by those
/// unit factors per column.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] if `c` does not have `M` columns (or `K` rows in left mode);
/// - [`Error::NonFinite`] for a NaN or infinity in `a` or `c` (see
///   [`QrMultiplyOptions::check_finite`]).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array2};
/// use sci_linalg::{qr_multiply, qr_with, QrMode, QrOptions};
///
/// let a = array![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 7.0]];
/// let c = Array2::<f64>::eye(3);
/// let out = qr_multiply(&a, &c)?;
/// let q = qr_with(&a, &QrOptions::default().mode(QrMode::Economic))?.q;
/// assert!(out.cq.iter().zip(q.iter()).all(|(x, y)| (x - y).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_multiply.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.1.6 (applying
///   Householder matrices) and §5.2.3 (the block representation).
pub fn qr_multiply<'a, 'c, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    c: impl AsArray<'c, T, Ix2>,
) -> Result<QrMultiply<T>> {
    qr_multiply_with(a, c, &QrMultiplyOptions::default())
}

/// [`qr_multiply`] with SciPy's keyword arguments (`mode`, `conjugate`, `check_finite`);
/// SciPy's `pivoting=True` is [`qr_multiply_pivoting`].
///
/// # Errors
///
/// As [`qr_multiply`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr_multiply_with, QrMultiplyMode, QrMultiplyOptions};
///
/// let a = array![[2.0_f64, 0.0], [0.0, 3.0], [0.0, 0.0]];
/// let c = array![[1.0_f64], [1.0]];
/// let out = qr_multiply_with(&a, &c, &QrMultiplyOptions::default().mode(QrMultiplyMode::Left))?;
/// assert_eq!(out.cq.dim(), (3, 1));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_multiply.html>
pub fn qr_multiply_with<'a, 'c, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    c: impl AsArray<'c, T, Ix2>,
    options: &QrMultiplyOptions,
) -> Result<QrMultiply<T>> {
    let (cq, r, _) = multiply(a, c, options, false)?;
    Ok(QrMultiply { cq, r })
}

/// [`qr_multiply_with`] on the column-pivoted QR decomposition `A[:, P] = Q R`: SciPy's
/// `qr_multiply(a, c, pivoting=True)`.
///
/// # Errors
///
/// As [`qr_multiply`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{qr_multiply_pivoting, QrMultiplyOptions};
///
/// let a = array![[1.0_f64, 10.0], [0.0, 1.0]];
/// let out = qr_multiply_pivoting(&a, &array![[1.0_f64, 0.0]], &QrMultiplyOptions::default())?;
/// assert_eq!(out.p.to_vec(), vec![1, 0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.qr_multiply.html>
pub fn qr_multiply_pivoting<'a, 'c, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    c: impl AsArray<'c, T, Ix2>,
    options: &QrMultiplyOptions,
) -> Result<QrMultiplyPivoted<T>> {
    let (cq, r, p) = multiply(a, c, options, true)?;
    Ok(QrMultiplyPivoted {
        cq,
        r,
        p: Array1::from(p.unwrap_or_default()),
    })
}

type Parts<T> = (Array2<T>, Array2<T>, Option<Vec<usize>>);

fn multiply<'a, 'c, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    c: impl AsArray<'c, T, Ix2>,
    options: &QrMultiplyOptions,
    pivoting: bool,
) -> Result<Parts<T>> {
    let (a, c) = (view(a), view(c));
    let (m, n) = a.dim();
    let k = m.min(n);
    let (p_rows, p_cols) = c.dim();
    match options.mode {
        QrMultiplyMode::Left if p_rows != k => {
            return Err(Error::shape_mismatch(
                "qr_multiply: c must have min(M, N) rows for Q @ c",
                &[k, p_cols],
                &[p_rows, p_cols],
            ));
        }
        QrMultiplyMode::Right if p_cols != m => {
            return Err(Error::shape_mismatch(
                "qr_multiply: c must have M columns for c @ Q",
                &[p_rows, m],
                &[p_rows, p_cols],
            ));
        }
        _ => {}
    }
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("c", &c, options.check_finite)?;
    let f = HouseholderQr::new(as_faer(&a), pivoting);
    let conj = if options.conjugate {
        Conj::Yes
    } else {
        Conj::No
    };
    let cq = match options.mode {
        QrMultiplyMode::Left => {
            // Q[:, :K] C = Q [C; 0].
            let mut x = Mat::<T>::zeros(m, p_cols);
            x.as_mut().get_mut(..k, ..).copy_from(as_faer(&c));
            f.apply_left(x.as_mut(), conj, false);
            to_array(x.as_ref())
        }
        QrMultiplyMode::Right => {
            // C op(Q)[:, :K] = (op(Q)ᴴ Cᴴ)ᴴ[:, :K]; (C Q)ᴴ = Qᴴ Cᴴ and (C conj(Q))ᴴ = Qᵀ Cᴴ.
            let mut x = Mat::<T>::from_fn(m, p_rows, |i, j| c[(j, i)].conjugate());
            let flip = if options.conjugate {
                Conj::No
            } else {
                Conj::Yes
            };
            f.apply_left(x.as_mut(), flip, true);
            Array2::from_shape_fn((p_rows, k), |(i, j)| x[(j, i)].conjugate())
        }
    };
    Ok((cq, f.r(QrMode::Economic), f.perm.clone()))
}
