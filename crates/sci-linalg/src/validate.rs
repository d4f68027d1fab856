//! Input checks shared by every function: square shapes, SciPy's `check_finite`, and the
//! ill-conditioning gate (SciPy's `LinAlgWarning` becomes an error unless accepted).

use sci_core::ndarray::{ArrayBase, Data, Dimension};
use sci_core::{Error, Result};

use crate::scalar::Scalar;

/// The order of a square matrix `a`, or the "expected square matrix" error naming `name`.
pub(crate) fn square_order<S, T>(
    name: &str,
    a: &ArrayBase<S, sci_core::ndarray::Ix2>,
) -> Result<usize>
where
    S: Data<Elem = T>,
{
    sci_core::check_square(name, a.shape())?;
    Ok(a.nrows())
}

/// SciPy's `check_finite`: when `check` is set, the first NaN or infinity is an error.
pub(crate) fn finite<S, D, T>(name: &str, a: &ArrayBase<S, D>, check: bool) -> Result<()>
where
    S: Data<Elem = T>,
    D: Dimension,
    T: Scalar,
{
    if check {
        sci_core::check_finite(name, a)
    } else {
        Ok(())
    }
}

/// The threshold below which SciPy warns that a matrix is ill-conditioned: the machine
/// epsilon of the element type.
pub(crate) fn rcond_threshold<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

/// `Err(IllConditioned)` when `rcond` is below the threshold (or NaN) and the caller did not
/// accept ill-conditioned matrices.
pub(crate) fn conditioning<T: Scalar>(rcond: f64, accept: bool) -> Result<()> {
    let threshold = rcond_threshold::<T>();
    if accept || rcond >= threshold {
        Ok(())
    } else {
        Err(Error::IllConditioned { rcond, threshold })
    }
}
