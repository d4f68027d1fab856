//! `orthogonal_procrustes`: the orthogonal (unitary) matrix that best maps one matrix onto
//! another, from one SVD (P. H. Schönemann, "A generalized solution of the orthogonal
//! Procrustes problem", Psychometrika 31, 1966).

use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use crate::decompositions::{SvdOptions, svd_with};
use crate::scalar::Scalar;
use crate::validate;

/// SciPy's `orthogonal_procrustes(a, b)` result `(R, scale)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Procrustes<T> {
    /// The orthogonal (unitary) `R` minimising `||A R - B||_F`.
    pub r: Array2<T>,
    /// The sum of the singular values of `Aᴴ B`.
    pub scale: f64,
}

/// The orthogonal matrix `R` that most closely maps `a` to `b`, minimising `||A R - B||_F`
/// subject to `Rᴴ R = I`: SciPy's `scipy.linalg.orthogonal_procrustes(a, b)`.
///
/// With `Aᴴ B = U S Vᴴ`, `R = U Vᴴ` and `scale = sum(S)`. O(m n² + n³) for `m × n` inputs.
///
/// # Errors
///
/// - [`Error::ShapeMismatch`] if `a` and `b` differ in shape;
/// - [`Error::NonFinite`] for a NaN or infinity in either.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::{array, s};
/// use sci_linalg::orthogonal_procrustes;
///
/// let a = array![[2.0_f64, 0.0, 1.0], [-2.0, 0.0, 0.0]];
/// let b = a.slice(s![.., ..;-1]).to_owned(); // the columns reversed
/// let p = orthogonal_procrustes(&a, &b)?;
/// assert!((p.scale - 9.0).abs() < 1e-13);
/// assert!((a.dot(&p.r) - &b).iter().all(|v| v.abs() < 1e-13));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.orthogonal_procrustes.html>
pub fn orthogonal_procrustes<'a, 'b, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    b: impl AsArray<'b, T, Ix2>,
) -> Result<Procrustes<T>> {
    let a = view(a);
    let b = view(b);
    if a.shape() != b.shape() {
        return Err(Error::shape_mismatch(
            "orthogonal_procrustes: b must match a",
            a.shape(),
            b.shape(),
        ));
    }
    validate::finite("a", &a, true)?;
    validate::finite("b", &b, true)?;
    let (m, n) = a.dim();
    // Aᴴ B, n × n.
    let product = Array2::from_shape_fn((n, n), |(i, j)| {
        let mut s = T::zero();
        for k in 0..m {
            s += a[(k, i)].conjugate() * b[(k, j)];
        }
        s
    });
    let f = svd_with(&product, &SvdOptions::default().full_matrices(false))?;
    let r = Array2::from_shape_fn((n, n), |(i, j)| {
        let mut s = T::zero();
        for k in 0..f.s.len() {
            s += f.u[(i, k)] * f.vh[(k, j)];
        }
        s
    });
    let scale = f.s.iter().map(|&v| -> f64 { v.into() }).sum();
    Ok(Procrustes { r, scale })
}
