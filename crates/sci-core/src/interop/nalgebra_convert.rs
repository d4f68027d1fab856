//! Conversions between ndarray arrays and nalgebra's dynamic matrices and vectors.
//!
//! nalgebra owns its data in column-major order, so an ndarray array becomes a `DMatrix` by a
//! copy; the other way, an ndarray view of a `DMatrix` or `DVector` is free.

use nalgebra::{DMatrix, DVector, Scalar};
use ndarray::{Array1, Array2, ArrayBase, ArrayView1, ArrayView2, Data, Ix1, Ix2, ShapeBuilder};

/// Copies a 2-D ndarray array (any layout) into a nalgebra [`DMatrix`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// let m = sci_core::to_dmatrix(&array![[1.0, 2.0], [3.0, 4.0]]);
/// assert_eq!(m[(1, 0)], 3.0);
/// ```
pub fn to_dmatrix<S, T>(a: &ArrayBase<S, Ix2>) -> DMatrix<T>
where
    S: Data<Elem = T>,
    T: Scalar,
{
    DMatrix::from_fn(a.nrows(), a.ncols(), |i, j| a[[i, j]].clone())
}

/// Copies a 1-D ndarray array into a nalgebra [`DVector`].
///
/// # Examples
///
/// ```
/// let v = sci_core::to_dvector(&sci_core::ndarray::array![1.0, 2.0]);
/// assert_eq!(v[1], 2.0);
/// ```
pub fn to_dvector<S, T>(a: &ArrayBase<S, Ix1>) -> DVector<T>
where
    S: Data<Elem = T>,
    T: Scalar,
{
    DVector::from_iterator(a.len(), a.iter().cloned())
}

/// Copies a nalgebra [`DMatrix`] into an owned, row-major ndarray [`Array2`].
///
/// # Examples
///
/// ```
/// let m = nalgebra::DMatrix::from_row_slice(2, 2, &[1.0, 2.0, 3.0, 4.0]);
/// let a = sci_core::from_dmatrix(&m);
/// assert_eq!(a[[1, 0]], 3.0);
/// assert!(a.is_standard_layout());
/// ```
pub fn from_dmatrix<T: Scalar>(m: &DMatrix<T>) -> Array2<T> {
    dmatrix_view(m).as_standard_layout().into_owned()
}

/// Copies a nalgebra [`DVector`] into an ndarray [`Array1`].
///
/// # Examples
///
/// ```
/// let v = nalgebra::DVector::from_vec(vec![1.0, 2.0]);
/// assert_eq!(sci_core::from_dvector(&v).to_vec(), vec![1.0, 2.0]);
/// ```
pub fn from_dvector<T: Scalar>(v: &DVector<T>) -> Array1<T> {
    dvector_view(v).to_owned()
}

/// A zero-copy ndarray view of a nalgebra [`DMatrix`] (column-major strides).
///
/// # Examples
///
/// ```
/// let m = nalgebra::DMatrix::from_row_slice(2, 3, &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
/// let a = sci_core::dmatrix_view(&m);
/// assert_eq!((a.shape(), a[[1, 2]]), (&[2, 3][..], 6.0));
/// ```
pub fn dmatrix_view<T: Scalar>(m: &DMatrix<T>) -> ArrayView2<'_, T> {
    let shape = (m.nrows(), m.ncols()).f();
    match ArrayView2::from_shape(shape, m.as_slice()) {
        Ok(view) => view,
        // A DMatrix always holds exactly nrows * ncols elements in column-major order.
        Err(_) => unreachable!("DMatrix storage is nrows * ncols, column-major"),
    }
}

/// A zero-copy ndarray view of a nalgebra [`DVector`].
///
/// # Examples
///
/// ```
/// let v = nalgebra::DVector::from_vec(vec![1.0, 2.0, 3.0]);
/// assert_eq!(sci_core::dvector_view(&v)[2], 3.0);
/// ```
pub fn dvector_view<T: Scalar>(v: &DVector<T>) -> ArrayView1<'_, T> {
    ArrayView1::from(v.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::s;

    #[test]
    fn round_trips_preserve_every_element() {
        let a = Array2::from_shape_fn((3, 4), |(i, j)| (i * 4 + j) as f64);
        for view in [a.view(), a.t(), a.slice(s![..;-1, 1..])] {
            let m = to_dmatrix(&view);
            assert_eq!(from_dmatrix(&m), view);
            assert_eq!(dmatrix_view(&m), view);
        }
        let x = ndarray::array![1.0, -2.0, 3.5];
        assert_eq!(from_dvector(&to_dvector(&x)), x);
        assert_eq!(
            dvector_view(&to_dvector(&x.slice(s![..;-1]))),
            x.slice(s![..;-1])
        );
    }

    #[test]
    fn empty_matrices_convert() {
        let a = Array2::<f64>::zeros((0, 3));
        let m = to_dmatrix(&a);
        assert_eq!((m.nrows(), m.ncols()), (0, 3));
        assert_eq!(from_dmatrix(&m).shape(), &[0, 3]);
    }
}
