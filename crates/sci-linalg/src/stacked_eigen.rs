//! Stacked ("batched") eigenproblems: SciPy 1.17's `eig` and `eigh` on arrays of shape
//! `(..., M, M)` decompose every matrix of the stack; the eigenvalues come back with shape
//! `(..., M)` and the eigenvectors with shape `(..., M, M)`. Re-exported from
//! [`crate::stacked`].

use sci_core::ndarray::{ArrayD, ArrayView2, ArrayViewD, AsArray, Dimension, IxDyn};
use sci_core::num_complex::Complex;
use sci_core::{Error, Result, view};

use crate::scalar::{RealScalar, Scalar};
use crate::stacked::{matrix_at, square_stack};
use crate::validate;

/// The eigendecompositions of a stack: SciPy's `(w, v)` of `eig` on stacked input.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedEig<R> {
    /// The eigenvalues, shape `(..., M)`.
    pub w: ArrayD<Complex<R>>,
    /// The right eigenvectors as columns of each matrix, shape `(..., M, M)`.
    pub v: ArrayD<Complex<R>>,
}

/// The Hermitian eigendecompositions of a stack: SciPy's `(w, v)` of `eigh` on stacked
/// input.
#[derive(Debug, Clone, PartialEq)]
pub struct StackedEigh<T: Scalar> {
    /// The eigenvalues of each matrix, ascending, shape `(..., M)`.
    pub w: ArrayD<T::Real>,
    /// The orthonormal eigenvectors as columns of each matrix, shape `(..., M, M)`.
    pub v: ArrayD<T>,
}

/// Runs `f` on every matrix and assembles the two results (row-major, `M` and `M × M`
/// elements each) under the batch shape.
fn assemble<W, V>(
    batch: &[usize],
    m: usize,
    mut f: impl FnMut(ArrayView2<'_, W>) -> Result<(Vec<V>, Vec<V>)>,
    a: &ArrayViewD<'_, W>,
) -> Result<(ArrayD<V>, ArrayD<V>)> {
    let (mut ws, mut vs) = (Vec::new(), Vec::new());
    for index in sci_core::ndarray::indices(IxDyn(batch)) {
        let (w, v) = f(matrix_at(a, index.slice())?)?;
        ws.extend(w);
        vs.extend(v);
    }
    let shape = |tail: &[usize]| -> Vec<usize> { batch.iter().chain(tail).copied().collect() };
    let build = |s: Vec<usize>, x: Vec<V>| {
        ArrayD::from_shape_vec(IxDyn(&s), x)
            .map_err(|e| Error::invalid_argument("stack", format!("{s:?}"), e.to_string()))
    };
    Ok((build(shape(&[m]), ws)?, build(shape(&[m, m]), vs)?))
}

/// The eigenvalues and right eigenvectors of every matrix of a stack `(..., M, M)`: SciPy's
/// `scipy.linalg.eig` on stacked input, as [`crate::eig`] per matrix.
///
/// # Errors
///
/// As [`crate::eig`] for any matrix of the stack, and [`Error::InvalidArgument`] for input of
/// fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// let a = Array3::<f64>::from_shape_fn((2, 2, 2), |(k, i, j)| if i == j { (k + i) as f64 } else { 0.0 });
/// let r = sci_linalg::stacked::eig(&a)?;
/// assert_eq!((r.w.shape(), r.v.shape()), (&[2, 2][..], &[2, 2, 2][..]));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eig.html>
pub fn eig<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<StackedEig<T::Real>>
where
    T::Real: RealScalar,
    Complex<T::Real>: Scalar<Real = T::Real>,
{
    let a = view(a).into_dyn();
    let (batch, m) = square_stack("a", &a)?;
    validate::finite("a", &a, true)?;
    let (w, v) = assemble(
        &batch,
        m,
        |x| {
            let r = crate::eig(x)?;
            let v: Vec<_> =
                r.vr.map(|v| v.iter().copied().collect())
                    .unwrap_or_default();
            Ok((r.w.to_vec(), v))
        },
        &a,
    )?;
    Ok(StackedEig { w, v })
}

/// The eigenvalues (ascending) and orthonormal eigenvectors of every Hermitian matrix of a
/// stack `(..., M, M)`: SciPy's `scipy.linalg.eigh` on stacked input, as [`crate::eigh`] per
/// matrix (lower triangles read).
///
/// # Errors
///
/// As [`crate::eigh`] for any matrix of the stack, and [`Error::InvalidArgument`] for input
/// of fewer than 2 dimensions.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array3;
/// let a = Array3::<f64>::from_shape_fn((3, 2, 2), |(k, i, j)| if i == j { 1.0 } else { k as f64 });
/// let r = sci_linalg::stacked::eigh(&a)?;
/// assert_eq!(r.w.shape(), &[3, 2]);
/// assert!((r.w[[2, 0]] + 1.0).abs() < 1e-14 && (r.w[[2, 1]] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.eigh.html>
pub fn eigh<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<StackedEigh<T>> {
    let a = view(a).into_dyn();
    let (batch, m) = square_stack("a", &a)?;
    validate::finite("a", &a, true)?;
    // Eigenvalues are carried through the element type `T` so one assembly serves both.
    let (w, v) = assemble(
        &batch,
        m,
        |x| {
            let r = crate::eigh(x)?;
            let v: Vec<T> = r.v.map(|v| v.iter().copied().collect()).unwrap_or_default();
            Ok((r.w.iter().map(|&l| T::from_real(l)).collect(), v))
        },
        &a,
    )?;
    Ok(StackedEigh {
        w: w.mapv(|x| x.re()),
        v,
    })
}
