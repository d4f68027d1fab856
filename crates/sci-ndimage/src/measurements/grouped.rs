//! Measurements that need each region's values together: `median`, `histogram` and
//! `labeled_comprehension`. Values are gathered per region in C order (the order SciPy
//! passes them to a comprehension's function).

use ndarray::Dimension;
use sci_core::{AsArray, Error, Result};

use super::regions::{LabelValue, Regions, SlotMap, region_slots};
use crate::Element;

/// Each region's values and flat indices, in C order.
fn gather<T: Element, L: LabelValue, D: Dimension>(
    input: &ndarray::ArrayView<'_, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<(Vec<f64>, Vec<usize>)>> {
    let map = SlotMap::new(regions, input.shape())?;
    let nslots = regions.len().max(1);
    let mut groups = vec![(Vec::new(), Vec::new()); nslots];
    match map.labels() {
        None => {
            for (k, v) in input.iter().enumerate() {
                groups[0].0.push(v.to_f64());
                groups[0].1.push(k);
            }
        }
        Some(labels) => {
            for (k, (v, l)) in input.iter().zip(labels.iter()).enumerate() {
                if let Some(s) = map.slot_of(Some(*l)) {
                    groups[s].0.push(v.to_f64());
                    groups[s].1.push(k);
                }
            }
        }
    }
    let slots = region_slots(regions, &map);
    Ok(slots.iter().map(|&s| groups[s].clone()).collect())
}

/// The median of each region (the mean of the two middle values for an even count; 0 for a
/// region without elements, as SciPy's `minimum` and `maximum` give — SciPy's `median`
/// returns a neighbouring label's value there).
///
/// Time O(N) expected (selection per region).
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when the labels' shape differs from the input's.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[1.0, 2.0, 0.0], [0.0, 3.0, 4.0]];
/// let l = array![[1, 1, 0], [0, 2, 2]];
/// let m = sci_ndimage::median(&a, &sci_ndimage::Regions::labels(l.view(), &[1, 2])).unwrap();
/// assert_eq!(m, vec![1.5, 3.5]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.median.html>
pub fn median<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    let input = sci_core::view(input);
    Ok(gather(&input, regions)?
        .into_iter()
        .map(|(mut v, _)| {
            let n = v.len();
            if n == 0 {
                return 0.0;
            }
            let cmp = |a: &f64, b: &f64| a.total_cmp(b);
            let (_, hi, _) = v.select_nth_unstable_by(n / 2, cmp);
            let hi = *hi;
            if n % 2 == 1 {
                hi
            } else {
                let lo = v[..n / 2].iter().copied().fold(f64::NEG_INFINITY, f64::max);
                (lo + hi) / 2.0
            }
        })
        .collect())
}

/// The histogram of each region: `bins` equal bins over `[min, max]`, the last bin closed,
/// values outside not counted (numpy's `histogram` rule, as SciPy uses); `None` for a
/// region without elements, as SciPy.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for `bins == 0` or `min >= max` or a non-finite range;
/// [`Error::ShapeMismatch`] for labels of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[1.0, 2.0, 0.0], [0.0, 3.0, 4.0]];
/// let l = array![[1, 1, 0], [0, 2, 2]];
/// let h = sci_ndimage::histogram(&a, 0.0, 5.0, 5, &sci_ndimage::Regions::labels(l.view(), &[1, 2])).unwrap();
/// assert_eq!(h, vec![Some(vec![0, 1, 1, 0, 0]), Some(vec![0, 0, 0, 1, 1])]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.histogram.html>
pub fn histogram<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    min: f64,
    max: f64,
    bins: usize,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<Option<Vec<usize>>>> {
    if bins == 0 {
        return Err(Error::InvalidArgument {
            name: "bins".into(),
            value: "0".into(),
            reason: "must be positive".into(),
        });
    }
    if min.partial_cmp(&max) != Some(std::cmp::Ordering::Less)
        || !min.is_finite()
        || !max.is_finite()
    {
        return Err(Error::InvalidArgument {
            name: "min, max".into(),
            value: format!("{min}, {max}"),
            reason: "the range must be finite with min < max".into(),
        });
    }
    let input = sci_core::view(input);
    let width = (max - min) / bins as f64;
    Ok(gather(&input, regions)?
        .into_iter()
        .map(|(v, _)| {
            if v.is_empty() {
                return None;
            }
            let mut h = vec![0usize; bins];
            for x in v {
                if x >= min && x <= max {
                    let mut b = ((x - min) / width) as usize;
                    if b >= bins {
                        b = bins - 1;
                    }
                    h[b] += 1;
                }
            }
            Some(h)
        })
        .collect())
}

/// Applies `func` to the values of each region (in C order), `default` for a region
/// without elements (SciPy's `labeled_comprehension` with `pass_positions=False`).
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when the labels' shape differs from the input's.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[1.0, 2.0, 0.0], [0.0, 3.0, 4.0]];
/// let l = array![[1, 1, 0], [0, 2, 2]];
/// let r = sci_ndimage::labeled_comprehension(&a, &sci_ndimage::Regions::labels(l.view(), &[1, 2, 7]),
///     |v: &[f64]| v.iter().copied().fold(f64::MIN, f64::max), -1.0).unwrap();
/// assert_eq!(r, vec![2.0, 4.0, -1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.labeled_comprehension.html>
pub fn labeled_comprehension<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
    mut func: impl FnMut(&[f64]) -> f64,
    default: f64,
) -> Result<Vec<f64>> {
    let input = sci_core::view(input);
    Ok(gather(&input, regions)?
        .into_iter()
        .map(|(v, _)| if v.is_empty() { default } else { func(&v) })
        .collect())
}

/// As [`labeled_comprehension`], `func` also receiving the flat (C-order) indices of the
/// values (SciPy's `pass_positions=True`).
///
/// # Errors
///
/// As [`labeled_comprehension`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![5.0, 6.0, 7.0];
/// let l = array![1, 0, 1];
/// let r = sci_ndimage::labeled_comprehension_positions(&a, &sci_ndimage::Regions::label(l.view(), 1),
///     |v: &[f64], p: &[usize]| v[0] * p[1] as f64, 0.0).unwrap();
/// assert_eq!(r, vec![10.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.labeled_comprehension.html>
pub fn labeled_comprehension_positions<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
    mut func: impl FnMut(&[f64], &[usize]) -> f64,
    default: f64,
) -> Result<Vec<f64>> {
    let input = sci_core::view(input);
    Ok(gather(&input, regions)?
        .into_iter()
        .map(|(v, p)| if v.is_empty() { default } else { func(&v, &p) })
        .collect())
}
