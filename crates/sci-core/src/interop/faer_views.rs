//! Zero-copy views between ndarray arrays and faer matrices.
//!
//! Both libraries describe a matrix by a pointer to its `(0, 0)` element, its dimensions and
//! its row and column strides in elements, so a view of one is a view of the other. This is
//! the one place in sci that needs `unsafe` (DESIGN.md, "Unsafe"); every block states why it
//! is sound.

use faer::{ColMut, ColRef, MatMut, MatRef};
use ndarray::{
    ArrayBase, ArrayView1, ArrayView2, ArrayViewMut2, Axis, Data, DataMut, Ix1, Ix2, ShapeBuilder,
};

/// Views a 2-D ndarray array as a faer [`MatRef`], whatever its strides.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// let a = array![[1.0, 2.0], [3.0, 4.0]];
/// let m = sci_core::as_faer(&a);
/// assert_eq!((m.nrows(), m.ncols()), (2, 2));
/// assert_eq!(m[(1, 0)], 3.0);
/// // A transposed (column-major) view works too, without a copy.
/// let t = a.t();
/// assert_eq!(sci_core::as_faer(&t)[(0, 1)], 3.0);
/// ```
#[allow(
    unsafe_code,
    reason = "zero-copy view over ndarray's own strided memory"
)]
pub fn as_faer<S, T>(a: &ArrayBase<S, Ix2>) -> MatRef<'_, T>
where
    S: Data<Elem = T>,
{
    let (rows, cols) = a.dim();
    let strides = a.strides();
    // SAFETY: `as_ptr` points at the logical (0, 0) element of `a`, and every element
    // reachable through `rows`, `cols` and ndarray's element strides lies in `a`'s allocation,
    // which ndarray guarantees. The pointer is non-null and aligned even when `a` is empty.
    // The returned view borrows `a` immutably for its lifetime, so nothing writes meanwhile.
    unsafe { MatRef::from_raw_parts(a.as_ptr(), rows, cols, strides[0], strides[1]) }
}

/// Views a mutable 2-D ndarray array as a faer [`MatMut`], whatever its strides.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// let mut a = Array2::<f64>::zeros((2, 3));
/// sci_core::as_faer_mut(&mut a)[(1, 2)] = 5.0;
/// assert_eq!(a[[1, 2]], 5.0);
/// ```
#[allow(
    unsafe_code,
    reason = "zero-copy mutable view over ndarray's own strided memory"
)]
pub fn as_faer_mut<S, T>(a: &mut ArrayBase<S, Ix2>) -> MatMut<'_, T>
where
    S: DataMut<Elem = T>,
{
    let (rows, cols) = a.dim();
    let (row_stride, col_stride) = (a.strides()[0], a.strides()[1]);
    let ptr = a.as_mut_ptr();
    // SAFETY: as in `as_faer`; in addition `a` is borrowed mutably for the view's lifetime,
    // and a mutable ndarray array never has two indices on one address (no zero strides on
    // axes longer than one), which is what faer requires of a `MatMut`.
    unsafe { MatMut::from_raw_parts_mut(ptr, rows, cols, row_stride, col_stride) }
}

/// Views a 1-D ndarray array as a faer column [`ColRef`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// let x = array![1.0, 2.0, 3.0, 4.0];
/// let every_other = x.slice(sci_core::ndarray::s![..;2]);
/// let col = sci_core::as_faer_col(&every_other);
/// assert_eq!((col.nrows(), col[1]), (2, 3.0));
/// ```
#[allow(
    unsafe_code,
    reason = "zero-copy view over ndarray's own strided memory"
)]
pub fn as_faer_col<S, T>(a: &ArrayBase<S, Ix1>) -> ColRef<'_, T>
where
    S: Data<Elem = T>,
{
    // SAFETY: as in `as_faer`, for one axis.
    unsafe { ColRef::from_raw_parts(a.as_ptr(), a.len(), a.strides()[0]) }
}

/// Views a mutable 1-D ndarray array as a faer column [`ColMut`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array1;
/// let mut x = Array1::<f64>::zeros(3);
/// sci_core::as_faer_col_mut(&mut x)[2] = 1.5;
/// assert_eq!(x[2], 1.5);
/// ```
#[allow(
    unsafe_code,
    reason = "zero-copy mutable view over ndarray's own strided memory"
)]
pub fn as_faer_col_mut<S, T>(a: &mut ArrayBase<S, Ix1>) -> ColMut<'_, T>
where
    S: DataMut<Elem = T>,
{
    let (len, stride) = (a.len(), a.strides()[0]);
    let ptr = a.as_mut_ptr();
    // SAFETY: as in `as_faer_mut`, for one axis.
    unsafe { ColMut::from_raw_parts_mut(ptr, len, stride) }
}

/// The address of the element with the lowest address and the absolute strides, so that a
/// view with non-negative strides (what ndarray's raw constructors need) covers the same
/// elements; `flip[k]` says whether axis `k` must then be reversed.
fn lowest_corner<T>(
    ptr: *const T,
    dims: [usize; 2],
    strides: [isize; 2],
) -> (*const T, [usize; 2], [bool; 2]) {
    let mut offset = 0isize;
    let mut flip = [false; 2];
    let mut abs = [0usize; 2];
    for k in 0..2 {
        if strides[k] < 0 && dims[k] > 1 {
            // Array dimensions never exceed isize::MAX (both libraries guarantee it).
            offset += strides[k] * (dims[k].cast_signed() - 1);
            flip[k] = true;
        }
        abs[k] = strides[k].unsigned_abs();
    }
    (ptr.wrapping_offset(offset), abs, flip)
}

/// Views a faer [`MatRef`] as an ndarray [`ArrayView2`], whatever its strides (negative
/// strides included).
///
/// # Examples
///
/// ```
/// let m = faer::mat![[1.0, 2.0], [3.0, 4.0]];
/// let a = sci_core::from_faer(m.as_ref());
/// assert_eq!(a[[1, 0]], 3.0);
/// let r = sci_core::from_faer(m.as_ref().reverse_rows());
/// assert_eq!(r[[0, 0]], 3.0);
/// ```
#[allow(unsafe_code, reason = "zero-copy view over faer's own strided memory")]
pub fn from_faer<T>(m: MatRef<'_, T>) -> ArrayView2<'_, T> {
    let dims = [m.nrows(), m.ncols()];
    let (ptr, strides, flip) = lowest_corner(m.as_ptr(), dims, [m.row_stride(), m.col_stride()]);
    // SAFETY: faer guarantees that the elements of `m` reachable from its (0, 0) pointer with
    // its strides lie in one allocation and are initialised. `lowest_corner` moves the
    // pointer to the element of lowest address on each reversed axis, so the same elements are
    // reached with the non-negative strides ndarray's raw constructor needs; the axes are then
    // reversed back. The view keeps `m`'s lifetime, so the data outlives it and nothing
    // writes to it meanwhile.
    let mut view = unsafe {
        ArrayView2::from_shape_ptr((dims[0], dims[1]).strides((strides[0], strides[1])), ptr)
    };
    for (k, &flipped) in flip.iter().enumerate() {
        if flipped {
            view.invert_axis(Axis(k));
        }
    }
    view
}

/// Views a faer [`MatMut`] as an ndarray [`ArrayViewMut2`], whatever its strides.
///
/// # Examples
///
/// ```
/// let mut m = faer::Mat::<f64>::zeros(2, 2);
/// sci_core::from_faer_mut(m.as_mut())[[0, 1]] = 7.0;
/// assert_eq!(m[(0, 1)], 7.0);
/// ```
#[allow(
    unsafe_code,
    reason = "zero-copy mutable view over faer's own strided memory"
)]
pub fn from_faer_mut<T>(m: MatMut<'_, T>) -> ArrayViewMut2<'_, T> {
    let dims = [m.nrows(), m.ncols()];
    let (ptr, strides, flip) = lowest_corner(m.as_ptr(), dims, [m.row_stride(), m.col_stride()]);
    // SAFETY: as in `from_faer`; in addition faer guarantees a `MatMut` has no two indices on
    // one address and is borrowed uniquely for `'a`, which is what a mutable ndarray view
    // requires. The pointer is derived from the `MatMut`, which allows writes.
    let mut view = unsafe {
        ArrayViewMut2::from_shape_ptr(
            (dims[0], dims[1]).strides((strides[0], strides[1])),
            ptr.cast_mut(),
        )
    };
    for (k, &flipped) in flip.iter().enumerate() {
        if flipped {
            view.invert_axis(Axis(k));
        }
    }
    view
}

/// Views a faer column [`ColRef`] as an ndarray [`ArrayView1`].
///
/// # Examples
///
/// ```
/// let c = faer::col![1.0, 2.0, 3.0];
/// let a = sci_core::from_faer_col(c.as_ref());
/// assert_eq!(a.to_vec(), vec![1.0, 2.0, 3.0]);
/// ```
pub fn from_faer_col<T>(c: ColRef<'_, T>) -> ArrayView1<'_, T> {
    from_faer(c.as_mat()).index_axis_move(Axis(1), 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, s};

    fn sample() -> Array2<f64> {
        Array2::from_shape_fn((4, 5), |(i, j)| (10 * i + j) as f64)
    }

    fn assert_same(a: &ArrayView2<'_, f64>, m: MatRef<'_, f64>) {
        assert_eq!((a.nrows(), a.ncols()), (m.nrows(), m.ncols()));
        for i in 0..a.nrows() {
            for j in 0..a.ncols() {
                assert_eq!(a[[i, j]], m[(i, j)]);
            }
        }
    }

    #[test]
    fn every_layout_views_the_same_elements() {
        let a = sample();
        let f = a.t().as_standard_layout().t().to_owned(); // column-major copy
        let views = [
            a.view(),
            a.t(),
            f.view(),
            a.slice(s![1..3, ..;2]),
            a.slice(s![..;-1, ..]),
            a.slice(s![.., ..;-2]),
            a.slice(s![..;-1, ..;-1]),
            a.slice(s![0..0, ..]),
        ];
        for v in views {
            let m = as_faer(&v);
            assert_same(&v, m);
            let back = from_faer(m);
            assert_eq!(back, v);
            assert_eq!(back.as_ptr(), v.as_ptr(), "a view, not a copy");
        }
    }

    #[test]
    fn faer_views_with_negative_strides_round_trip() {
        let m = faer::Mat::<f64>::from_fn(3, 4, |i, j| (i * 4 + j) as f64);
        for view in [
            m.as_ref(),
            m.as_ref().reverse_rows(),
            m.as_ref().reverse_cols(),
            m.as_ref().transpose(),
        ] {
            let a = from_faer(view);
            assert_same(&a, view);
        }
    }

    #[test]
    fn mutable_views_write_through() {
        let mut a = sample();
        {
            let mut m = as_faer_mut(&mut a);
            m[(2, 3)] = -1.0;
        }
        assert_eq!(a[[2, 3]], -1.0);
        let mut rev = a.slice_mut(s![..;-1, ..]);
        as_faer_mut(&mut rev)[(0, 0)] = -2.0;
        assert_eq!(a[[3, 0]], -2.0);
        let mut m = faer::Mat::<f64>::zeros(3, 3);
        from_faer_mut(m.as_mut().reverse_cols_mut())[[0, 0]] = 4.0;
        assert_eq!(m[(0, 2)], 4.0);
        let mut x = ndarray::Array1::<f64>::zeros(4);
        as_faer_col_mut(&mut x.slice_mut(s![..;-1]))[0] = 9.0;
        assert_eq!(x[3], 9.0);
    }

    #[test]
    fn complex_elements_are_shared() {
        use num_complex::Complex64;
        let a = Array2::from_elem((2, 2), Complex64::new(1.0, -1.0));
        let m = as_faer(&a);
        assert_eq!(m[(1, 1)], faer::c64::new(1.0, -1.0));
        let col = faer::col![Complex64::new(0.0, 2.0)];
        assert_eq!(from_faer_col(col.as_ref())[0].im, 2.0);
    }
}
