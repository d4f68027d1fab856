//! Stacked ("batched") forms: SciPy 1.17 accepts arrays of shape `(..., M, N)` in `det`,
//! `inv`, `solve` and friends, applies the function to every matrix of the stack, and
//! broadcasts the leading dimensions between arguments as NumPy does. These functions take
//! input of any dimension (at least 2) and return the stacked results; the options are those
//! of the 2-D functions.
//!
//! ```
//! use sci_core::ndarray::{array, Array3};
//! use sci_linalg::stacked;
//!
//! // Two 2x2 matrices.
//! let a: Array3<f64> = array![[[1.0, 2.0], [3.0, 4.0]], [[2.0, 0.0], [0.0, 5.0]]];
//! let d = stacked::det(&a)?;
//! assert_eq!(d.shape(), &[2]);
//! assert!((d[[0]] + 2.0).abs() < 1e-15 && (d[[1]] - 10.0).abs() < 1e-15);
//! let ia = stacked::inv(&a)?;
//! assert_eq!(ia.shape(), &[2, 2, 2]);
//! # Ok::<(), sci_core::Error>(())
//! ```

use faer::Mat;
use sci_core::ndarray::{ArrayD, ArrayView2, ArrayViewD, AsArray, Axis, Dimension, Ix2, IxDyn};
use sci_core::{Error, Result, as_faer, from_faer, view};

use crate::basic::{DetOptions, InvOptions, SolveOptions, inv_matrix, solve_matrix};
use crate::decompositions::{CholeskyOptions, LuOptions};
use crate::scalar::Scalar;
pub use crate::stacked_eigen::{StackedEig, StackedEigh, eig, eigh};
pub use crate::stacked_norm::norm;
pub use crate::stacked_qr::{StackedQr, qr, qr_with};
pub use crate::stacked_svd::{StackedSvd, svd, svd_with, svdvals};
use crate::validate;

/// The leading (batch) shape of a stack of matrices `a`, which needs at least 2 dimensions.
pub(crate) fn batch_shape<T>(name: &str, a: &ArrayViewD<'_, T>) -> Result<Vec<usize>> {
    if a.ndim() < 2 {
        return Err(Error::invalid_argument(
            name,
            format!("an array of shape {:?}", a.shape()),
            "must have at least 2 dimensions (a stack of matrices)",
        ));
    }
    Ok(a.shape()[..a.ndim() - 2].to_vec())
}

/// The batch shape and order `M` of a stack of square matrices `(..., M, M)`.
pub(crate) fn square_stack<T>(name: &str, a: &ArrayViewD<'_, T>) -> Result<(Vec<usize>, usize)> {
    let batch = batch_shape(name, a)?;
    sci_core::check_square(name, &a.shape()[a.ndim() - 2..])?;
    Ok((batch, a.shape()[a.ndim() - 1]))
}

/// NumPy's broadcasting of two batch shapes.
pub(crate) fn broadcast(a: &[usize], b: &[usize]) -> Result<Vec<usize>> {
    let n = a.len().max(b.len());
    let at = |s: &[usize], k: usize| {
        if k + s.len() >= n {
            s[k + s.len() - n]
        } else {
            1
        }
    };
    (0..n)
        .map(|k| match (at(a, k), at(b, k)) {
            (x, y) if x == y || y == 1 => Ok(x),
            (1, y) => Ok(y),
            _ => Err(Error::shape_mismatch(
                "stacked: the batch shapes do not broadcast",
                a,
                b,
            )),
        })
        .collect()
}

/// The matrix of the stack `a` at `index` of a (broadcast) batch shape: `a`'s batch
/// dimensions align to the right, and its dimensions of length 1 repeat.
pub(crate) fn matrix_at<'v, T>(
    a: &'v ArrayViewD<'_, T>,
    index: &[usize],
) -> Result<ArrayView2<'v, T>> {
    let own = a.ndim() - 2;
    let mut v = a.view();
    for k in 0..own {
        let i = if v.len_of(Axis(0)) == 1 {
            0
        } else {
            index[index.len() - own + k]
        };
        v = v.index_axis_move(Axis(0), i);
    }
    v.into_dimensionality::<Ix2>()
        .map_err(|e| Error::invalid_argument("a", format!("{:?}", a.shape()), e.to_string()))
}

/// Applies `f` to every matrix of the stack and assembles the results, each of shape `tail`
/// (row-major elements), under the batch shape.
pub(crate) fn collect<T: Scalar>(
    batch: &[usize],
    tail: &[usize],
    mut f: impl FnMut(&[usize]) -> Result<Vec<T>>,
) -> Result<ArrayD<T>> {
    let mut values = Vec::new();
    for index in sci_core::ndarray::indices(IxDyn(batch)) {
        values.extend(f(index.slice())?);
    }
    let shape: Vec<usize> = batch.iter().chain(tail).copied().collect();
    ArrayD::from_shape_vec(IxDyn(&shape), values)
        .map_err(|e| Error::invalid_argument("stack", format!("{shape:?}"), e.to_string()))
}

/// Row-major elements of a faer matrix.
pub(crate) fn row_major<T: Scalar>(m: &Mat<T>) -> Vec<T> {
    from_faer(m.as_ref()).iter().copied().collect()
}

/// The determinants of a stack of square matrices `(..., M, M)`, of shape `(...)`: SciPy's
/// `det` on stacked input.
///
/// # Errors
///
/// As [`crate::det`], and [`Error::InvalidArgument`] for input of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// let a = Array3::<f64>::from_shape_fn((4, 3, 3), |(k, i, j)| if i == j { k as f64 } else { 0.0 });
/// let d = sci_linalg::stacked::det(&a)?;
/// assert_eq!(d.as_slice().unwrap(), &[0.0, 1.0, 8.0, 27.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn det<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<ArrayD<T>> {
    det_with(a, &DetOptions::default())
}

/// [`det`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`det`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, DetOptions};
/// let a = Array3::<f64>::ones((2, 3, 3));
/// assert_eq!(stacked::det_with(&a, &DetOptions::default())?.len(), 2);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn det_with<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &DetOptions,
) -> Result<ArrayD<T>> {
    let a = view(a).into_dyn();
    let batch = batch_shape("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let unchecked = options.check_finite(false);
    collect(&batch, &[], |index| {
        Ok(vec![crate::det_with(matrix_at(&a, index)?, &unchecked)?])
    })
}

/// The inverses of a stack of square matrices `(..., M, M)`: SciPy's `inv` on stacked input.
///
/// # Errors
///
/// As [`crate::inv`] for any matrix of the stack, and [`Error::InvalidArgument`] for input of
/// fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// let a = Array3::<f64>::from_shape_fn((2, 2, 2), |(k, i, j)| if i == j { (k + 1) as f64 } else { 0.0 });
/// let ia = sci_linalg::stacked::inv(&a)?;
/// assert_eq!(ia[[1, 0, 0]], 0.5);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn inv<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<ArrayD<T>> {
    inv_with(a, &InvOptions::default())
}

/// [`inv`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`inv`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, InvOptions};
/// let a = Array3::<f64>::from_shape_fn((3, 2, 2), |(_, i, j)| if i == j { 2.0 } else { 0.0 });
/// assert_eq!(stacked::inv_with(&a, &InvOptions::default())?[[2, 1, 1]], 0.5);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn inv_with<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &InvOptions,
) -> Result<ArrayD<T>> {
    let a = view(a).into_dyn();
    let (batch, n) = square_stack("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    collect(&batch, &[n, n], |index| {
        let m = matrix_at(&a, index)?;
        Ok(row_major(&inv_matrix(as_faer(&m), options)?))
    })
}

/// Solves `A x = b` for stacks: `a` of shape `(..., N, N)` and `b` of shape `(..., N, K)`, or a
/// 1-D `b` of length `N` shared by every matrix, broadcasting the batch shapes as SciPy's
/// `solve` does. The result has the broadcast batch shape followed by `(N, K)` (or `(N,)` for
/// a 1-D `b`).
///
/// # Errors
///
/// As [`crate::solve`] for any system of the stack, and [`Error::ShapeMismatch`] for batch
/// shapes that do not broadcast.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, Array3};
/// let a = Array3::<f64>::from_shape_fn((2, 2, 2), |(k, i, j)| if i == j { (k + 1) as f64 } else { 0.0 });
/// let x = sci_linalg::stacked::solve(&a, &array![2.0, 4.0])?;
/// assert_eq!(x.shape(), &[2, 2]);
/// assert_eq!(x[[1, 1]], 2.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn solve<'a, 'b, T: Scalar, D: Dimension, E: Dimension>(
    a: impl AsArray<'a, T, D>,
    b: impl AsArray<'b, T, E>,
) -> Result<ArrayD<T>> {
    solve_with(a, b, &SolveOptions::default())
}

/// [`solve`] with SciPy's keyword arguments.
///
/// # Errors
///
/// As [`solve`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, SolveOptions};
/// let a = Array3::<f64>::from_shape_fn((1, 2, 2), |(_, i, j)| if i == j { 4.0 } else { 0.0 });
/// let b = Array3::<f64>::ones((3, 2, 1));
/// let x = stacked::solve_with(&a, &b, &SolveOptions::default())?;
/// assert_eq!(x.shape(), &[3, 2, 1]);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn solve_with<'a, 'b, T: Scalar, D: Dimension, E: Dimension>(
    a: impl AsArray<'a, T, D>,
    b: impl AsArray<'b, T, E>,
    options: &SolveOptions,
) -> Result<ArrayD<T>> {
    let a = view(a).into_dyn();
    let b = view(b).into_dyn();
    let (a_batch, n) = square_stack("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    validate::finite("b", &b, options.check_finite)?;
    let vector = b.ndim() == 1;
    let b = if vector { b.insert_axis(Axis(1)) } else { b };
    let b_batch = batch_shape("b", &b)?;
    let k = b.shape()[b.ndim() - 1];
    if b.shape()[b.ndim() - 2] != n {
        return Err(Error::shape_mismatch(
            "solve: b must have as many rows as a",
            &[n, k],
            &b.shape()[b.ndim() - 2..],
        ));
    }
    let batch = broadcast(&a_batch, &b_batch)?;
    let tail: Vec<usize> = if vector { vec![n] } else { vec![n, k] };
    let unchecked = options.check_finite(false);
    collect(&batch, &tail, |index| {
        let m = matrix_at(&a, index)?;
        let rhs = matrix_at(&b, index)?;
        Ok(row_major(&solve_matrix(
            as_faer(&m),
            as_faer(&rhs),
            &unchecked,
        )?))
    })
}

/// The Cholesky factors of a stack of Hermitian positive definite matrices `(..., M, M)`:
/// SciPy's `cholesky` on stacked input (upper by default, see [`CholeskyOptions::lower`]).
///
/// # Errors
///
/// As [`crate::cholesky`] for any matrix of the stack, and [`Error::InvalidArgument`] for input
/// of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, CholeskyOptions};
/// let a = Array3::<f64>::from_shape_fn((2, 2, 2), |(k, i, j)| if i == j { ((k + 1) * (k + 1)) as f64 } else { 0.0 });
/// let c = stacked::cholesky(&a, &CholeskyOptions::default())?;
/// assert_eq!(c[[1, 1, 1]], 2.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn cholesky<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &CholeskyOptions,
) -> Result<ArrayD<T>> {
    let a = view(a).into_dyn();
    let (batch, n) = square_stack("a", &a)?;
    validate::finite("a", &a, options.check_finite)?;
    let unchecked = options.check_finite(false);
    collect(&batch, &[n, n], |index| {
        let c = crate::cholesky_with(matrix_at(&a, index)?, &unchecked)?;
        Ok(c.iter().copied().collect())
    })
}

/// SciPy's `lu(a)` result for a stack: `P`, `L` and `U` with the batch dimensions in front.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedLu<T> {
    /// The permutation matrices, `(..., M, M)`.
    pub p: ArrayD<T>,
    /// The unit lower factors, `(..., M, K)`.
    pub l: ArrayD<T>,
    /// The upper factors, `(..., K, N)`.
    pub u: ArrayD<T>,
}

/// The LU factorizations `A = P L U` of a stack of `M × N` matrices: SciPy's `lu` on stacked
/// input.
///
/// # Errors
///
/// As [`crate::lu`], and [`Error::InvalidArgument`] for input of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// use sci_linalg::{stacked, LuOptions};
/// let a = Array3::<f64>::from_shape_fn((3, 2, 2), |(k, i, j)| (k + 2 * i + j) as f64 + 1.0);
/// let f = stacked::lu(&a, &LuOptions::default())?;
/// assert_eq!(f.p.shape(), &[3, 2, 2]);
/// assert_eq!(f.u[[0, 0, 0]], 3.0);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub fn lu<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &LuOptions,
) -> Result<StackedLu<T>> {
    let a = view(a).into_dyn();
    let batch = batch_shape("a", &a)?;
    let (m, n) = (a.shape()[a.ndim() - 2], a.shape()[a.ndim() - 1]);
    let k = m.min(n);
    validate::finite("a", &a, options.check_finite)?;
    let unchecked = options.check_finite(false);
    let mut ls = Vec::new();
    let mut us = Vec::new();
    let p = collect(&batch, &[m, m], |index| {
        let f = crate::lu_with(matrix_at(&a, index)?, &unchecked)?;
        ls.extend(f.l.iter().copied());
        us.extend(f.u.iter().copied());
        Ok(f.p.iter().copied().collect())
    })?;
    let shaped = |tail: [usize; 2], values: Vec<T>| {
        let shape: Vec<usize> = batch.iter().chain(&tail).copied().collect();
        ArrayD::from_shape_vec(IxDyn(&shape), values)
            .map_err(|e| Error::invalid_argument("a", format!("{shape:?}"), e.to_string()))
    };
    Ok(StackedLu {
        p,
        l: shaped([m, k], ls)?,
        u: shaped([k, n], us)?,
    })
}
