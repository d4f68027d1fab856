//! Sums, means, variances and standard deviations of labelled regions (SciPy's
//! `sum_labels`, `sum`, `mean`, `variance`, `standard_deviation`).

use ndarray::Dimension;
use sci_core::{AsArray, Result};

use super::fold::{Accumulator, fold_regions, fold_regions_init};
use super::regions::{LabelValue, Regions};
use crate::Element;

#[derive(Clone, Default)]
struct SumCount {
    sum: f64,
    count: u64,
}

impl Accumulator for SumCount {
    #[inline]
    fn add(&mut self, value: f64, _index: usize) {
        self.sum += value;
        self.count += 1;
    }
    fn merge(&mut self, later: &Self) {
        self.sum += later.sum;
        self.count += later.count;
    }
}

fn sums_counts<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<SumCount>> {
    let input = sci_core::view(input);
    fold_regions(&input, regions, SumCount::default())
}

/// The sum of the elements of each region (0 for a region without elements).
///
/// Time O(N) in one parallel pass; memory O(regions) per chunk.
///
/// # Errors
///
/// [`sci_core::Error::ShapeMismatch`] when the labels' shape differs from the input's.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Regions, sum_labels};
/// let a = array![[1.0, 2.0], [3.0, 4.0]];
/// let l = array![[1, 1], [0, 2]];
/// assert_eq!(sum_labels(&a, &Regions::labels(l.view(), &[1, 2])).unwrap(), vec![3.0, 4.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.sum_labels.html>
pub fn sum_labels<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    Ok(sums_counts(input, regions)?.iter().map(|a| a.sum).collect())
}

/// SciPy's `sum`, the same as [`sum_labels`].
///
/// # Errors
///
/// As [`sum_labels`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![1.0, 2.0, 3.0];
/// assert_eq!(sci_ndimage::sum(&a, &sci_ndimage::Regions::whole()).unwrap(), vec![6.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.sum.html>
pub fn sum<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    sum_labels(input, regions)
}

/// The mean of each region (NaN for a region without elements, as SciPy).
///
/// # Errors
///
/// As [`sum_labels`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Regions, mean};
/// let a = array![[1.0, 2.0], [3.0, 4.0]];
/// let l = array![[1, 1], [0, 2]];
/// let m = mean(&a, &Regions::labels(l.view(), &[1, 5])).unwrap();
/// assert_eq!(m[0], 1.5);
/// assert!(m[1].is_nan());
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.mean.html>
pub fn mean<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    Ok(sums_counts(input, regions)?
        .iter()
        .map(|a| a.sum / a.count as f64)
        .collect())
}

#[derive(Clone)]
struct SquaredDeviation {
    /// The region's mean, subtracted before squaring (two passes, as SciPy, for accuracy).
    mean: f64,
    sum: f64,
    count: u64,
}

impl Accumulator for SquaredDeviation {
    #[inline]
    fn add(&mut self, value: f64, _index: usize) {
        let d = value - self.mean;
        self.sum += d * d;
        self.count += 1;
    }
    fn merge(&mut self, later: &Self) {
        self.sum += later.sum;
        self.count += later.count;
    }
}

/// The population variance of each region (NaN for a region without elements).
///
/// Two passes: the means, then the mean squared deviation from them.
///
/// # Errors
///
/// As [`sum_labels`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Regions, variance};
/// let a = array![1.0, 2.0, 3.0, 4.0];
/// assert_eq!(variance(&a, &Regions::whole()).unwrap(), vec![1.25]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.variance.html>
pub fn variance<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    let input = sci_core::view(input);
    let means = mean(input.view(), regions)?;
    let inits: Vec<SquaredDeviation> = means
        .iter()
        .map(|&mean| SquaredDeviation {
            mean,
            sum: 0.0,
            count: 0,
        })
        .collect();
    let inits = if inits.is_empty() {
        vec![SquaredDeviation {
            mean: 0.0,
            sum: 0.0,
            count: 0,
        }]
    } else {
        inits
    };
    Ok(fold_regions_init(&input, regions, &inits)?
        .iter()
        .map(|a| a.sum / a.count as f64)
        .collect())
}

/// The population standard deviation of each region (NaN for an empty region).
///
/// # Errors
///
/// As [`sum_labels`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Regions, standard_deviation};
/// let a = array![1.0, 3.0];
/// assert_eq!(standard_deviation(&a, &Regions::whole()).unwrap(), vec![1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.standard_deviation.html>
pub fn standard_deviation<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<f64>> {
    Ok(variance(input, regions)?
        .into_iter()
        .map(f64::sqrt)
        .collect())
}
