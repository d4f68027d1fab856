//! Where labelled objects are: their bounding boxes (SciPy's `find_objects`) and the indices
//! of each distinct value (SciPy's `value_indices`).

use std::collections::BTreeMap;
use std::ops::Range;

use ndarray::Dimension;
use sci_core::{AsArray, Result};

use super::regions::LabelValue;

/// The bounding box of each label `1..=max_label` as one index range per axis, `None` for
/// labels that do not occur. `max_label = 0` means the largest label present (SciPy's
/// default). Labels ≤ 0 are background.
///
/// Time O(N), memory O(max_label · ndim).
///
/// # Errors
///
/// None at present; the `Result` keeps the signature uniform with the other measurements.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let l = array![[1, 1, 0], [0, 2, 2], [3, 0, 0]];
/// let objs = sci_ndimage::find_objects(&l, 5).unwrap();
/// assert_eq!(objs[1], Some(vec![1..2, 1..3]));
/// assert_eq!(objs[4], None);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.find_objects.html>
pub fn find_objects<'a, L: LabelValue, D: Dimension>(
    labels: impl AsArray<'a, L, D>,
    max_label: usize,
) -> Result<Vec<Option<Vec<Range<usize>>>>> {
    let labels = sci_core::view(labels);
    let max_label = if max_label == 0 {
        labels.iter().map(|l| l.as_i64()).max().unwrap_or(0).max(0) as usize
    } else {
        max_label
    };
    let ndim = labels.ndim();
    let mut boxes: Vec<Option<Vec<Range<usize>>>> = vec![None; max_label];
    for (idx, l) in labels.indexed_iter() {
        let v = l.as_i64();
        if v <= 0 || v as usize > max_label {
            continue;
        }
        let idx = idx.into_pattern_dyn();
        let b = &mut boxes[v as usize - 1];
        match b {
            None => *b = Some((0..ndim).map(|d| idx[d]..idx[d] + 1).collect()),
            Some(r) => {
                for d in 0..ndim {
                    r[d].start = r[d].start.min(idx[d]);
                    r[d].end = r[d].end.max(idx[d] + 1);
                }
            }
        }
    }
    Ok(boxes)
}

/// A multi-index as a vector, for any dimension type.
trait PatternDyn {
    fn into_pattern_dyn(self) -> Vec<usize>;
}

impl<P: ndarray::IntoDimension> PatternDyn for P {
    fn into_pattern_dyn(self) -> Vec<usize> {
        self.into_dimension().slice().to_vec()
    }
}

/// For each distinct value of `arr` (ascending), the indices of its elements, one list per
/// axis in C order (SciPy's `value_indices`); `ignore_value` is left out.
///
/// # Errors
///
/// None at present; the `Result` keeps the signature uniform with the other measurements.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let l = array![[1, 0], [0, 1]];
/// let v = sci_ndimage::value_indices(&l, Some(0)).unwrap();
/// assert_eq!(v[&1], vec![vec![0, 1], vec![0, 1]]);
/// assert!(!v.contains_key(&0));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.value_indices.html>
pub fn value_indices<'a, L: LabelValue, D: Dimension>(
    arr: impl AsArray<'a, L, D>,
    ignore_value: Option<i64>,
) -> Result<BTreeMap<i64, Vec<Vec<usize>>>> {
    let arr = sci_core::view(arr);
    let ndim = arr.ndim();
    let mut out: BTreeMap<i64, Vec<Vec<usize>>> = BTreeMap::new();
    for (idx, v) in arr.indexed_iter() {
        let v = v.as_i64();
        if Some(v) == ignore_value {
            continue;
        }
        let idx = idx.into_pattern_dyn();
        let e = out.entry(v).or_insert_with(|| vec![Vec::new(); ndim]);
        for d in 0..ndim {
            e[d].push(idx[d]);
        }
    }
    Ok(out)
}
