//! The separable transforms' engine (`shift`, `zoom`, a diagonal `affine_transform`):
//! the input coordinate along each axis depends only on the output index along that
//! axis, so the taps and weights are computed once per axis and output index, never
//! per pixel.

use ndarray::{ArrayViewMut, Dimension};

use super::engine::{Coeffs, fill, store};
use super::weights::{AxisTaps, Taps};
use crate::Element;

/// Fills `output` with the spline at the input coordinates `coords[k][i]` (axis `k`,
/// output index `i` along it), combined as a tensor grid.
///
/// Time O(Σ_k n_k · order) for the tables plus O(size · (order + 1)^ndim).
pub(crate) fn separable_into<O: Element, E: Dimension>(
    c: &Coeffs,
    coords: &[Vec<f64>],
    output: ArrayViewMut<'_, O, E>,
) {
    let tables: Vec<Vec<AxisTaps>> = coords
        .iter()
        .enumerate()
        .map(|(k, xs)| xs.iter().map(|&x| c.taps(k, x)).collect())
        .collect();
    let nd = tables.len();
    fill(output, |row: &[usize], col0: usize, tile: &mut [O]| {
        // The row's taps along the outer axes; a constant row short-cuts.
        let mut refs: [&Taps; 32] = [&ZERO; 32];
        for (k, &i) in row.iter().enumerate() {
            match &tables[k][i] {
                AxisTaps::Taps(t) => refs[k] = t,
                AxisTaps::Cval => return tile.fill(store(c.cval)),
                AxisTaps::Nan => return tile.fill(store(f64::NAN)),
            }
        }
        let last = &tables[nd - 1];
        for (j, o) in tile.iter_mut().enumerate() {
            *o = match &last[col0 + j] {
                AxisTaps::Taps(t) => {
                    refs[nd - 1] = t;
                    store(c.eval(&refs[..nd]))
                }
                AxisTaps::Cval => store(c.cval),
                AxisTaps::Nan => store(f64::NAN),
            };
        }
    });
}

const ZERO: Taps = Taps {
    off: [0; super::weights::MAX_TAPS],
    w: [0.0; super::weights::MAX_TAPS],
    any_cval: false,
};
