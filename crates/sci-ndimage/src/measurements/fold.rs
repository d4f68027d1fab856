//! One pass over the elements of a measurement, accumulating per-region state, in parallel
//! over fixed chunks of the array (in C order) merged in chunk order, so that results do not
//! depend on the number of threads.

use ndarray::{ArrayView, Dimension};
use sci_core::Result;

use super::regions::{LabelValue, Regions, SlotMap, region_slots};
use crate::Element;

/// Per-slot state of a measurement.
pub(crate) trait Accumulator: Clone + Send + Sync {
    /// Adds the element `value` at flat (C-order) index `index`.
    fn add(&mut self, value: f64, index: usize);
    /// Adds a later chunk's state.
    fn merge(&mut self, later: &Self);
}

/// Folds every element of `input` into the accumulator of its region; returns one
/// accumulator per region of `regions` (in their order).
pub(crate) fn fold_regions<T, L, D, A>(
    input: &ArrayView<'_, T, D>,
    regions: &Regions<'_, L, D>,
    empty: A,
) -> Result<Vec<A>>
where
    T: Element,
    L: LabelValue,
    D: Dimension,
    A: Accumulator,
{
    fold_regions_init(input, regions, &vec![empty; regions.len().max(1)])
}

/// As [`fold_regions`], each region's accumulator starting from `inits[k]` (one per region
/// of `regions`, in their order).
pub(crate) fn fold_regions_init<T, L, D, A>(
    input: &ArrayView<'_, T, D>,
    regions: &Regions<'_, L, D>,
    inits: &[A],
) -> Result<Vec<A>>
where
    T: Element,
    L: LabelValue,
    D: Dimension,
    A: Accumulator,
{
    let map = SlotMap::new(regions, input.shape())?;
    let nslots = regions.len().max(1);
    let values = input.as_standard_layout();
    let values = values.as_slice().unwrap_or(&[]);
    let labels = map.labels().map(|l| l.as_standard_layout());
    let labels: Option<&[L]> = labels.as_ref().and_then(|l| l.as_slice());
    let n = values.len();
    // A chunk count from the sizes alone: the same for any number of threads.
    let chunk = (1usize << 16).max(4 * nslots).max(n.div_ceil(64));
    let fold_chunk = |c: usize| -> Vec<A> {
        let mut acc = inits.to_vec();
        let lo = c * chunk;
        let hi = (lo + chunk).min(n);
        match labels {
            None => {
                for (k, v) in values[lo..hi].iter().enumerate() {
                    acc[0].add(v.to_f64(), lo + k);
                }
            }
            Some(ls) => {
                for (k, (v, l)) in values[lo..hi].iter().zip(&ls[lo..hi]).enumerate() {
                    if let Some(s) = map.slot_of(Some(*l)) {
                        acc[s].add(v.to_f64(), lo + k);
                    }
                }
            }
        }
        acc
    };
    let nchunks = n.div_ceil(chunk);
    #[cfg(feature = "parallel")]
    let parts: Vec<Vec<A>> = {
        use rayon::prelude::*;
        (0..nchunks).into_par_iter().map(fold_chunk).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let parts: Vec<Vec<A>> = (0..nchunks).map(fold_chunk).collect();
    let mut total = inits.to_vec();
    for part in &parts {
        for (t, p) in total.iter_mut().zip(part) {
            t.merge(p);
        }
    }
    let slots = region_slots(regions, &map);
    Ok(slots.iter().map(|&s| total[s].clone()).collect())
}

/// The C-order multi-index of flat index `flat` in `shape`.
pub(crate) fn unravel(mut flat: usize, shape: &[usize]) -> Vec<usize> {
    let mut idx = vec![0; shape.len()];
    for d in (0..shape.len()).rev() {
        if shape[d] > 0 {
            idx[d] = flat % shape[d];
            flat /= shape[d];
        }
    }
    idx
}
