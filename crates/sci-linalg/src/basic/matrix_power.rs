//! `matrix_power`: numpy's integer power of a square matrix by repeated squaring (negative
//! powers through the inverse).

use faer::Mat;
use faer::linalg::matmul::matmul;
use faer::{Accum, MatRef};
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use super::inv::{InvOptions, inv_matrix};
use super::structure::AssumeA;
use crate::decompositions::to_array;
use crate::parallel::par;
use crate::scalar::Scalar;
use crate::validate;

/// `A^n` for an integer `n`: numpy's `numpy.linalg.matrix_power(a, n)`.
///
/// `A⁰ = I`; for `n < 0`, `(A⁻¹)^|n|` with `A⁻¹` from the LU factorization. Binary powering
/// takes at most `2 log₂|n|` products: O(n³ log|n|) time. As numpy, a NaN in `a` is not an
/// error (it propagates) and an ill-conditioned inverse is not refused.
///
/// # Errors
///
/// - [`sci_core::Error::ShapeMismatch`] ("expected square matrix") for a non-square `a`;
/// - [`sci_core::Error::SingularMatrix`] for `n < 0` and an exactly singular `a` (numpy's
///   `LinAlgError`).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::matrix_power;
///
/// let i = array![[0.0_f64, 1.0], [-1.0, 0.0]];
/// assert_eq!(matrix_power(&i, 3)?, array![[0.0, -1.0], [1.0, 0.0]]);
/// assert_eq!(matrix_power(&i, 0)?, array![[1.0, 0.0], [0.0, 1.0]]);
/// assert_eq!(matrix_power(&i, -3)?, array![[0.0, 1.0], [-1.0, 0.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.matrix_power.html>
pub fn matrix_power<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>, n: i64) -> Result<Array2<T>> {
    let a = view(a);
    let order = validate::square_order("a", &a)?;
    let base = if n < 0 && order > 0 {
        let options = InvOptions::default()
            .assume_a(AssumeA::General)
            .accept_ill_conditioned(true)
            .check_finite(false);
        inv_matrix(as_faer(&a), &options)?
    } else {
        as_faer(&a).to_owned()
    };
    let mut e = n.unsigned_abs();
    let mut result: Option<Mat<T>> = None;
    let mut square = base;
    // Right-to-left binary powering: multiply in the squares of the set bits.
    while e > 0 {
        if e & 1 == 1 {
            result = Some(match result {
                None => square.clone(),
                Some(r) => product(r.as_ref(), square.as_ref()),
            });
        }
        e >>= 1;
        if e > 0 {
            square = product(square.as_ref(), square.as_ref());
        }
    }
    let result = result.unwrap_or_else(|| Mat::identity(order, order));
    Ok(to_array(result.as_ref()))
}

fn product<T: Scalar>(x: MatRef<'_, T>, y: MatRef<'_, T>) -> Mat<T> {
    let mut out = Mat::zeros(x.nrows(), y.ncols());
    matmul(out.as_mut(), Accum::Replace, x, y, T::one(), par());
    out
}
