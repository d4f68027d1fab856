//! Minima and maxima of labelled regions and where they are (SciPy's `minimum`, `maximum`,
//! `minimum_position`, `maximum_position`, `extrema`). Ties go to the first element in C
//! order, as numpy's `argmin` and `argmax` (SciPy breaks them by numpy's unstable sort
//! order instead); a region without elements reports 0 and the position of flat index 0,
//! as SciPy does.

use ndarray::Dimension;
use sci_core::{AsArray, Result};

use super::fold::{Accumulator, fold_regions, unravel};
use super::regions::{LabelValue, Regions};
use crate::Element;

#[derive(Clone)]
struct MinMax {
    min: f64,
    min_at: usize,
    max: f64,
    max_at: usize,
    seen: bool,
}

impl Default for MinMax {
    fn default() -> Self {
        MinMax {
            min: 0.0,
            min_at: 0,
            max: 0.0,
            max_at: 0,
            seen: false,
        }
    }
}

impl Accumulator for MinMax {
    #[inline]
    fn add(&mut self, value: f64, index: usize) {
        if !self.seen {
            *self = MinMax {
                min: value,
                min_at: index,
                max: value,
                max_at: index,
                seen: true,
            };
            return;
        }
        // Elements arrive in increasing index within a chunk: strict comparisons keep the first.
        if value < self.min {
            self.min = value;
            self.min_at = index;
        }
        if value > self.max {
            self.max = value;
            self.max_at = index;
        }
    }
    fn merge(&mut self, later: &Self) {
        if !later.seen {
            return;
        }
        if !self.seen {
            *self = later.clone();
            return;
        }
        if later.min < self.min {
            self.min = later.min;
            self.min_at = later.min_at;
        }
        if later.max > self.max {
            self.max = later.max;
            self.max_at = later.max_at;
        }
    }
}

fn min_max<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<(Vec<MinMax>, Vec<usize>)> {
    let input = sci_core::view(input);
    let shape = input.shape().to_vec();
    Ok((fold_regions(&input, regions, MinMax::default())?, shape))
}

/// The extrema of each region with their positions (SciPy's `extrema`).
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Regions, extrema};
/// let a = array![[1.0, 2.0, 0.0], [0.0, 3.0, 4.0]];
/// let l = array![[1, 1, 0], [0, 2, 2]];
/// let e = extrema(&a, &Regions::labels(l.view(), &[1, 2])).unwrap();
/// assert_eq!(e.min, vec![1.0, 3.0]);
/// assert_eq!(e.max_position, vec![vec![0, 1], vec![1, 2]]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Extrema {
    /// The minimum per region.
    pub min: Vec<f64>,
    /// The maximum per region.
    pub max: Vec<f64>,
    /// The index of the (first) minimum per region.
    pub min_position: Vec<Vec<usize>>,
    /// The index of the (first) maximum per region.
    pub max_position: Vec<Vec<usize>>,
}

/// The minimum, maximum and their positions of each region.
///
/// # Errors
///
/// [`sci_core::Error::ShapeMismatch`] when the labels' shape differs from the input's.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![3.0, 1.0, 4.0, 1.0];
/// let e = sci_ndimage::extrema(&a, &sci_ndimage::Regions::whole()).unwrap();
/// assert_eq!((e.min[0], e.max[0], e.min_position[0][0], e.max_position[0][0]), (1.0, 4.0, 1, 2));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.extrema.html>
pub fn extrema<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Extrema> {
    let (acc, shape) = min_max(input, regions)?;
    Ok(Extrema {
        min: acc.iter().map(|a| a.min).collect(),
        max: acc.iter().map(|a| a.max).collect(),
        min_position: acc.iter().map(|a| unravel(a.min_at, &shape)).collect(),
        max_position: acc.iter().map(|a| unravel(a.max_at, &shape)).collect(),
    })
}

/// The minimum of each region (0 for a region without elements, as SciPy).
///
/// # Errors
///
/// As [`extrema`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![3.0, 1.0, 4.0];
/// assert_eq!(sci_ndimage::minimum(&a, &sci_ndimage::Regions::whole()).unwrap(), vec![1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.minimum.html>
pub fn minimum<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    Ok(min_max(input, regions)?.0.iter().map(|a| a.min).collect())
}

/// The maximum of each region (0 for a region without elements, as SciPy).
///
/// # Errors
///
/// As [`extrema`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![3.0, 1.0, 4.0];
/// assert_eq!(sci_ndimage::maximum(&a, &sci_ndimage::Regions::whole()).unwrap(), vec![4.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.maximum.html>
pub fn maximum<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    Ok(min_max(input, regions)?.0.iter().map(|a| a.max).collect())
}

/// The index of the first minimum of each region.
///
/// # Errors
///
/// As [`extrema`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[3.0, 1.0], [1.0, 0.5]];
/// let p = sci_ndimage::minimum_position(&a, &sci_ndimage::Regions::whole()).unwrap();
/// assert_eq!(p, vec![vec![1, 1]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.minimum_position.html>
pub fn minimum_position<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<Vec<usize>>> {
    let (acc, shape) = min_max(input, regions)?;
    Ok(acc.iter().map(|a| unravel(a.min_at, &shape)).collect())
}

/// The index of the first maximum of each region.
///
/// # Errors
///
/// As [`extrema`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[3.0, 1.0], [5.0, 5.0]];
/// let p = sci_ndimage::maximum_position(&a, &sci_ndimage::Regions::whole()).unwrap();
/// assert_eq!(p, vec![vec![1, 0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.maximum_position.html>
pub fn maximum_position<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<Vec<usize>>> {
    let (acc, shape) = min_max(input, regions)?;
    Ok(acc.iter().map(|a| unravel(a.max_at, &shape)).collect())
}
