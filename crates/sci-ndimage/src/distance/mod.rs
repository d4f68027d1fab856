//! Distance transforms (SciPy's `distance_transform_edt`, `distance_transform_cdt`,
//! `distance_transform_bf`): for every foreground (non-zero) pixel, the distance to the
//! nearest background (zero) pixel and, on request, that pixel's indices.

mod bf;
mod cdt;
mod edt;

pub use bf::{BfMetric, BfOptions, distance_transform_bf, distance_transform_bf_with};
pub use cdt::{CdtMetric, CdtOptions, distance_transform_cdt, distance_transform_cdt_with};
pub use edt::{EdtOptions, distance_transform_edt, distance_transform_edt_with};

use ndarray::{ArrayD, IxDyn};
use sci_core::{Error, Result};

/// The result of a distance transform called with `return_distances` and/or
/// `return_indices`: the distances (of the input's shape) and the indices of the nearest
/// background pixel (shape `(ndim,) + input.shape()`, `int32` as SciPy's), each present
/// when requested.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::distance::EdtOptions;
/// use sci_ndimage::distance_transform_edt_with;
/// let r = distance_transform_edt_with(&array![0, 1, 1], &EdtOptions::default().return_indices(true))?;
/// assert_eq!(r.distances.unwrap(), array![0.0, 1.0, 2.0]);
/// assert_eq!(r.indices.unwrap().into_raw_vec_and_offset().0, vec![0, 0, 0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DistanceTransform<T, D: ndarray::Dimension> {
    /// The distances, when `return_distances` was set.
    pub distances: Option<ndarray::Array<T, D>>,
    /// The indices of the nearest background pixel along each axis, stacked on a first
    /// axis of length `ndim`, when `return_indices` was set.
    pub indices: Option<ArrayD<i32>>,
}

/// SciPy's check that something is returned.
fn check_returns(return_distances: bool, return_indices: bool) -> Result<()> {
    if !return_distances && !return_indices {
        return Err(Error::invalid_argument(
            "return_distances",
            false,
            "at least one of return_distances/return_indices must be true",
        ));
    }
    Ok(())
}

/// Stacks per-pixel feature coordinates (`coords[p * ndim + k]`) into SciPy's index array
/// of shape `(ndim,) + shape`.
fn stack_indices(coords: &[i32], shape: &[usize]) -> ArrayD<i32> {
    let ndim = shape.len();
    let n: usize = shape.iter().product();
    let mut out = vec![0i32; ndim * n];
    for k in 0..ndim {
        for (p, o) in out[k * n..(k + 1) * n].iter_mut().enumerate() {
            *o = coords[p * ndim + k];
        }
    }
    let mut full = vec![ndim];
    full.extend_from_slice(shape);
    ArrayD::from_shape_vec(IxDyn(&full), out).unwrap_or_else(|_| ArrayD::zeros(IxDyn(&full)))
}

/// The C-order coordinates of flat index `p` in `shape`, into `out`.
fn unravel(mut p: usize, shape: &[usize], out: &mut [usize]) {
    for (o, &s) in out.iter_mut().zip(shape).rev() {
        *o = p % s;
        p /= s;
    }
}
