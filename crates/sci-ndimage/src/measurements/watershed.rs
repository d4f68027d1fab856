//! The watershed from markers by the image foresting transform (SciPy's `watershed_ift`):
//! every element joins the marker whose path to it has the smallest maximum input value.
//!
//! Costs are the input's integer levels, so the priority queue is an array of FIFO buckets
//! (one per level): O(N·S + L) time for N elements, S structure elements and L levels.

use std::collections::VecDeque;

use ndarray::{Array, ArrayViewD, Dimension, IxDyn};
use sci_core::{AsArray, Error, Result};

use super::regions::LabelValue;
use crate::Element;

/// Floods `input` (an image of `u8` or `u16` levels) from the non-zero `markers`, with the
/// default structure (connectivity 1). Returns the markers' labels spread over the image.
///
/// # Errors
///
/// As [`watershed_ift_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let img = array![[0u8, 0, 5, 0, 0], [0, 0, 5, 0, 0]];
/// let markers = array![[1i32, 0, 0, 0, 2], [0, 0, 0, 0, 0]];
/// let w = sci_ndimage::watershed_ift(&img, &markers).unwrap();
/// assert_eq!(w, array![[1, 1, 1, 2, 2], [1, 1, 1, 2, 2]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.watershed_ift.html>;
/// A. X. Falcão, J. Stolfi and R. A. Lotufo, "The image foresting transform: theory,
/// algorithms, and applications", IEEE TPAMI 26 (2004) 19–29.
pub fn watershed_ift<'a, 'b, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    markers: impl AsArray<'b, L, D>,
) -> Result<Array<L, D>> {
    watershed_ift_with(input, markers, None)
}

/// As [`watershed_ift`], elements being neighbours where `structure` (a point-symmetric
/// boolean array of shape 3 × … × 3 and the input's rank) is true; `None` is connectivity 1.
///
/// The cost of a path is the largest input level along it (markers included); each element
/// takes the label of a cheapest path, ties broken first-come first-served with positive
/// markers entering the queue before negative (background) ones, in C order.
///
/// SciPy's implementation does not always produce a minimum-cost forest (it can give an
/// element the label of a marker none of its neighbours carries); where it does, the
/// labels agree.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an input type other than `u8`/`u16`, a negative or
/// non-integer level, or a bad structure; [`Error::ShapeMismatch`] when the markers' shape
/// differs from the input's.
///
/// # Examples
///
/// ```
/// use ndarray::{array, ArrayD};
/// let img = array![[0u8, 9, 0], [9, 9, 9], [0, 9, 0]];
/// let markers = array![[1i32, 0, 0], [0, 0, 0], [0, 0, 2]];
/// let full = ArrayD::from_elem(vec![3, 3], true);
/// let w = sci_ndimage::watershed_ift_with(&img, &markers, Some(full.view())).unwrap();
/// assert_eq!(w[[0, 0]], 1);
/// assert_eq!(w[[2, 2]], 2);
/// ```
///
/// # References
///
/// As [`watershed_ift`].
pub fn watershed_ift_with<'a, 'b, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    markers: impl AsArray<'b, L, D>,
    structure: Option<ArrayViewD<'_, bool>>,
) -> Result<Array<L, D>> {
    let input = sci_core::view(input);
    let markers = sci_core::view(markers);
    if T::DTYPE != "uint8" && T::DTYPE != "uint16" {
        return Err(Error::InvalidArgument {
            name: "input".into(),
            value: T::DTYPE.into(),
            reason: "only 8 and 16 bit inputs are supported".into(),
        });
    }
    if markers.shape() != input.shape() {
        return Err(Error::ShapeMismatch {
            context: "watershed_ift: markers and input".into(),
            expected: input.shape().to_vec(),
            found: markers.shape().to_vec(),
        });
    }
    let ndim = input.ndim();
    let structure = match structure {
        Some(s) => {
            super::label::check_structure(&s, ndim)?;
            s.to_owned()
        }
        None => super::label::cross(ndim),
    };
    let shape = input.shape().to_vec();
    let levels: Vec<usize> = input.iter().map(|v| v.to_f64() as usize).collect();
    let mut out: Vec<L> = markers.iter().copied().collect();
    let n = levels.len();
    // Neighbour offsets (multi-index deltas) of the structure, centre excluded.
    let offsets: Vec<Vec<isize>> = structure
        .indexed_iter()
        .filter(|(idx, v)| **v && idx.slice().iter().any(|&i| i != 1))
        .map(|(idx, _)| idx.slice().iter().map(|&i| i.cast_signed() - 1).collect())
        .collect();
    let mut strides = vec![1isize; ndim];
    for d in (0..ndim.saturating_sub(1)).rev() {
        strides[d] = strides[d + 1] * shape[d + 1].cast_signed();
    }
    let max_level = levels.iter().copied().max().unwrap_or(0);
    let mut buckets: Vec<VecDeque<usize>> = vec![VecDeque::new(); max_level + 1];
    let mut cost = vec![usize::MAX; n];
    let mut done = vec![false; n];
    for positive in [true, false] {
        for (i, m) in out.iter().enumerate() {
            let v = m.as_i64();
            if (positive && v > 0) || (!positive && v < 0) {
                cost[i] = levels[i];
                buckets[levels[i]].push_back(i);
            }
        }
    }
    let mut coord = vec![0usize; ndim];
    for level in 0..=max_level {
        while let Some(p) = buckets[level].pop_front() {
            if done[p] {
                continue;
            }
            done[p] = true;
            let mut rest = p;
            for d in (0..ndim).rev() {
                coord[d] = rest % shape[d];
                rest /= shape[d];
            }
            for off in &offsets {
                let mut q = p.cast_signed();
                let mut inside = true;
                for d in 0..ndim {
                    let c = coord[d].cast_signed() + off[d];
                    if c < 0 || c >= shape[d].cast_signed() {
                        inside = false;
                        break;
                    }
                    q += off[d] * strides[d];
                }
                if !inside {
                    continue;
                }
                let q = q as usize;
                if done[q] {
                    continue;
                }
                let c = level.max(levels[q]);
                if c < cost[q] {
                    cost[q] = c;
                    out[q] = out[p];
                    buckets[c].push_back(q);
                }
            }
        }
    }
    Array::from_shape_vec(IxDyn(&shape), out)
        .ok()
        .and_then(|a| a.into_dimensionality::<D>().ok())
        .ok_or_else(|| Error::InvalidArgument {
            name: "input".into(),
            value: format!("{shape:?}"),
            reason: "bad shape".into(),
        })
}
