//! Centres of mass of labelled regions (SciPy's `center_of_mass`).

use ndarray::Dimension;
use sci_core::{AsArray, Result};

use super::fold::{Accumulator, fold_regions_init};
use super::regions::{LabelValue, Regions};
use crate::Element;

#[derive(Clone)]
struct Moments {
    shape: Vec<usize>,
    mass: f64,
    first: Vec<f64>,
}

impl Accumulator for Moments {
    #[inline]
    fn add(&mut self, value: f64, mut index: usize) {
        self.mass += value;
        for d in (0..self.shape.len()).rev() {
            self.first[d] += value * (index % self.shape[d]) as f64;
            index /= self.shape[d];
        }
    }
    fn merge(&mut self, later: &Self) {
        self.mass += later.mass;
        for (a, b) in self.first.iter_mut().zip(&later.first) {
            *a += b;
        }
    }
}

/// The centre of mass (value-weighted mean index) of each region; NaN coordinates for a
/// region whose values sum to zero, as SciPy.
///
/// # Errors
///
/// [`sci_core::Error::ShapeMismatch`] when the labels' shape differs from the input's.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[0.0, 1.0], [0.0, 3.0]];
/// let c = sci_ndimage::center_of_mass(&a, &sci_ndimage::Regions::whole()).unwrap();
/// assert_eq!(c, vec![vec![0.75, 1.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.center_of_mass.html>
pub fn center_of_mass<'a, T: Element, L: LabelValue, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    regions: &Regions<'_, L, D>,
) -> Result<Vec<Vec<f64>>> {
    let input = sci_core::view(input);
    let shape = input.shape().to_vec();
    let init = Moments {
        shape: shape.clone(),
        mass: 0.0,
        first: vec![0.0; shape.len()],
    };
    let inits = vec![init; regions.len().max(1)];
    let acc = fold_regions_init(&input, regions, &inits)?;
    Ok(acc
        .iter()
        .map(|a| a.first.iter().map(|s| s / a.mass).collect())
        .collect())
}
