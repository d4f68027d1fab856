//! N-D padding by a boundary mode: the input grown by `before[k]` and `after[k]` elements
//! along each axis `k`, filled as the mode extends lines. Non-separable neighbourhood
//! operations (N-D correlation, rank filters, grey morphology) read the padded array at
//! fixed offsets, with no boundary tests in their inner loops.

use ndarray::{Array, ArrayView, Axis, Dimension, IxDyn, Slice};

use crate::mode::filter_index;
use crate::{Element, Mode};

/// `input` padded by `before[k]` / `after[k]` along axis `k` under a filter `mode`, with
/// `cval` for the constant modes.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, pad::pad};
/// let a = array![[1u8, 2], [3, 4]];
/// let p = pad(a.view(), &[1, 0], &[0, 1], Mode::Nearest, 0);
/// assert_eq!(p, array![[1u8, 2, 2], [1, 2, 2], [3, 4, 4]]);
/// ```
pub fn pad<T: Element, D: Dimension>(
    input: ArrayView<'_, T, D>,
    before: &[usize],
    after: &[usize],
    mode: Mode,
    cval: T,
) -> Array<T, D> {
    let shape_in = input.raw_dim();
    let mut shape = shape_in.clone();
    for k in 0..input.ndim() {
        shape[k] = shape_in[k] + before[k] + after[k];
    }
    let mut out = Array::from_elem(shape, cval);
    // The interior, then each axis in turn extends the slab filled so far.
    {
        let mut interior = out.view_mut();
        for k in 0..input.ndim() {
            interior.slice_axis_inplace(Axis(k), Slice::from(before[k]..before[k] + shape_in[k]));
        }
        interior.assign(&input);
    }
    for k in 0..input.ndim() {
        let n = shape_in[k];
        if n == 0 {
            continue;
        }
        let mut slab = out.view_mut();
        for j in k + 1..input.ndim() {
            slab.slice_axis_inplace(Axis(j), Slice::from(before[j]..before[j] + shape_in[j]));
        }
        let total = n + before[k] + after[k];
        for i in (0..before[k]).chain(before[k] + n..total) {
            let src = filter_index(i.cast_signed() - before[k].cast_signed(), n, mode);
            if let Some(s) = src {
                let from = slab
                    .slice_axis(Axis(k), Slice::from(before[k] + s..before[k] + s + 1))
                    .to_owned();
                slab.slice_axis_mut(Axis(k), Slice::from(i..i + 1))
                    .assign(&from);
            }
        }
    }
    out
}

/// The same for a dynamic-dimensional view (convenience for N-D callers).
///
/// # Examples
///
/// ```
/// use ndarray::{ArrayD, IxDyn};
/// use sci_ndimage::{Mode, pad::pad_dyn};
/// let a = ArrayD::<f64>::ones(IxDyn(&[2, 2]));
/// assert_eq!(pad_dyn(a.view(), &[1, 1], &[1, 1], Mode::Constant, 0.0).sum(), 4.0);
/// ```
pub fn pad_dyn<T: Element>(
    input: ArrayView<'_, T, IxDyn>,
    before: &[usize],
    after: &[usize],
    mode: Mode,
    cval: T,
) -> Array<T, IxDyn> {
    pad(input, before, after, mode, cval)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array3, array};

    #[test]
    fn reflect_and_wrap_pad_both_axes() {
        let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        let p = pad(a.view(), &[1, 2], &[1, 1], Mode::Reflect, 0.0);
        assert_eq!(
            p,
            array![
                [2.0, 1.0, 1.0, 2.0, 3.0, 3.0],
                [2.0, 1.0, 1.0, 2.0, 3.0, 3.0],
                [5.0, 4.0, 4.0, 5.0, 6.0, 6.0],
                [5.0, 4.0, 4.0, 5.0, 6.0, 6.0]
            ]
        );
        let w = pad(a.view(), &[0, 1], &[0, 1], Mode::Wrap, 0.0);
        assert_eq!(
            w,
            array![[3.0, 1.0, 2.0, 3.0, 1.0], [6.0, 4.0, 5.0, 6.0, 4.0]]
        );
        let c = pad(a.view(), &[1, 0], &[0, 0], Mode::Constant, -1.0);
        assert_eq!(c.row(0).to_vec(), vec![-1.0; 3]);
    }

    #[test]
    fn three_dimensional_corners_follow_every_axis() {
        let a = Array3::from_shape_fn((2, 2, 2), |(i, j, k)| (i * 4 + j * 2 + k) as f64);
        let p = pad(a.view(), &[1, 1, 1], &[0, 0, 0], Mode::Nearest, 0.0);
        assert_eq!(p[[0, 0, 0]], 0.0);
        assert_eq!(p[[0, 2, 2]], 3.0);
        assert_eq!(p[[2, 0, 1]], 4.0);
    }
}
