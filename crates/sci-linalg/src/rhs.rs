//! Right-hand sides: SciPy's solvers take `b` as a vector (one right-hand side) or a matrix
//! (one per column) and return `x` in `b`'s shape.

use faer::Mat;
use sci_core::ndarray::{Array, ArrayView, ArrayView2, Axis, Dimension, Ix1, Ix2};
use sci_core::{Error, Result, as_faer, from_faer};

use crate::scalar::Scalar;

/// `b` (a vector or a matrix with `n` rows) as an owned `n × k` faer matrix.
pub(crate) fn columns<T: Scalar, D: Dimension>(
    b: &ArrayView<'_, T, D>,
    n: usize,
) -> Result<Mat<T>> {
    let b2: ArrayView2<'_, T> = match b.ndim() {
        1 => b
            .view()
            .into_dimensionality::<Ix1>()
            .map(|v| v.insert_axis(Axis(1))),
        2 => b.view().into_dimensionality::<Ix2>(),
        _ => {
            return Err(Error::invalid_argument(
                "b",
                format!("an array of shape {:?}", b.shape()),
                "must be a vector or a matrix",
            ));
        }
    }
    .map_err(|e| Error::invalid_argument("b", format!("{:?}", b.shape()), e.to_string()))?;
    if b2.nrows() != n {
        return Err(Error::shape_mismatch(
            "b must have as many rows as a",
            &[n, b2.ncols()],
            b2.shape(),
        ));
    }
    Ok(as_faer(&b2).to_owned())
}

/// A solution matrix back in the shape of `b` (a vector stays a vector).
pub(crate) fn back_to_shape<T: Scalar, D: Dimension>(
    x: Mat<T>,
    b: &ArrayView<'_, T, D>,
) -> Result<Array<T, D>> {
    let x = from_faer(x.as_ref()).to_owned();
    let x = if b.ndim() == 1 {
        x.index_axis_move(Axis(1), 0).into_dimensionality::<D>()
    } else {
        x.into_dimensionality::<D>()
    };
    x.map_err(|e| Error::invalid_argument("b", format!("{:?}", b.shape()), e.to_string()))
}
