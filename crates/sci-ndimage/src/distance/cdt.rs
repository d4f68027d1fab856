//! The chamfer distance transform (SciPy's `distance_transform_cdt`): two raster passes
//! with unit steps between neighbours of a 3×…×3 structure, the first in C order over the
//! structure's elements before its centre, the second in reverse order with those steps
//! reversed; `int32` distances, -1 where no background is reachable.

// Lengths, indices and offsets of arrays fit in `isize` (allocations are capped at
// `isize::MAX` bytes); coordinates are stored in `i32` as SciPy's `int32` index arrays are
// (axes longer than `i32::MAX` are out of reach of both).
#![allow(clippy::cast_possible_wrap)]

use ndarray::{Array, ArrayD, ArrayViewD, AsArray, Dimension};
use sci_core::{Error, Result};

use super::{DistanceTransform, check_returns, stack_indices, unravel};
use crate::Element;
use crate::morphology::generate_binary_structure;

/// The metric of [`distance_transform_cdt_with`]: SciPy's `'chessboard'`, `'taxicab'`
/// (also `'cityblock'`, `'manhattan'`) or a custom 3×…×3 structure of the input's rank.
///
/// # Examples
///
/// ```
/// use sci_ndimage::distance::CdtMetric;
/// assert!(matches!(CdtMetric::default(), CdtMetric::Chessboard));
/// ```
#[derive(Debug, Clone, Default)]
pub enum CdtMetric<'a> {
    /// Steps to all 3^n - 1 neighbours (`generate_binary_structure(rank, rank)`).
    #[default]
    Chessboard,
    /// Steps along the axes only (`generate_binary_structure(rank, 1)`).
    Taxicab,
    /// Steps to the true elements of a boolean 3×…×3 structure of the input's rank.
    Structure(ArrayViewD<'a, bool>),
}

/// SciPy's keywords of `distance_transform_cdt`: `metric`, `return_distances`,
/// `return_indices`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::distance::{CdtMetric, CdtOptions};
/// let o = CdtOptions::default().metric(CdtMetric::Taxicab).return_indices(true);
/// assert!(o.return_distances && o.return_indices);
/// ```
#[derive(Debug, Clone)]
pub struct CdtOptions<'a> {
    /// The metric (default chessboard).
    pub metric: CdtMetric<'a>,
    /// Whether to return the distances (default true).
    pub return_distances: bool,
    /// Whether to return the indices of the nearest background pixel (default false).
    pub return_indices: bool,
}

impl Default for CdtOptions<'_> {
    fn default() -> Self {
        CdtOptions {
            metric: CdtMetric::Chessboard,
            return_distances: true,
            return_indices: false,
        }
    }
}

impl<'a> CdtOptions<'a> {
    /// Sets the metric.
    #[must_use]
    pub fn metric(mut self, metric: CdtMetric<'a>) -> Self {
        self.metric = metric;
        self
    }

    /// Sets whether the distances are returned.
    #[must_use]
    pub fn return_distances(mut self, yes: bool) -> Self {
        self.return_distances = yes;
        self
    }

    /// Sets whether the indices are returned.
    #[must_use]
    pub fn return_indices(mut self, yes: bool) -> Self {
        self.return_indices = yes;
        self
    }
}

/// SciPy's `distance_transform_cdt(input)`: chessboard distances to the nearest zero pixel.
///
/// # Errors
///
/// As [`distance_transform_cdt_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::distance_transform_cdt;
/// let d = distance_transform_cdt(&array![[0, 1, 1, 1], [1, 1, 1, 1]])?;
/// assert_eq!(d, array![[0, 1, 2, 3], [1, 1, 2, 3]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.distance_transform_cdt.html>
pub fn distance_transform_cdt<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<i32, D>> {
    let r = distance_transform_cdt_with(input, &CdtOptions::default())?;
    r.distances
        .ok_or_else(|| Error::invalid_argument("return_distances", false, "no distances"))
}

/// SciPy's `distance_transform_cdt(input, metric, return_distances, return_indices)`:
/// chamfer distances (`int32`, -1 where no zero pixel is reachable) and the indices of the
/// background pixel each distance came from (a pixel's own index where none is).
///
/// Time O(N · 3^ndim), memory O(N); the passes are sequential.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when neither output is requested, for a 0-d input (SciPy
/// raises too), or a custom metric whose rank is not the input's (SciPy reads such a metric
/// out of bounds) or whose lengths are not all 3.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{distance::{CdtMetric, CdtOptions}, distance_transform_cdt_with};
/// let a = array![[0, 1, 1], [1, 1, 1]];
/// let r = distance_transform_cdt_with(&a, &CdtOptions::default().metric(CdtMetric::Taxicab))?;
/// assert_eq!(r.distances.unwrap(), array![[0, 1, 2], [1, 2, 3]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.distance_transform_cdt.html>;
/// G. Borgefors, "Distance transformations in digital images", CVGIP 34(3), 1986.
pub fn distance_transform_cdt_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &CdtOptions<'_>,
) -> Result<DistanceTransform<i32, D>> {
    check_returns(options.return_distances, options.return_indices)?;
    let input = input.into();
    let ndim = input.ndim();
    if ndim == 0 {
        return Err(Error::invalid_argument(
            "input",
            "0-d array",
            "needs at least one dimension",
        ));
    }
    let metric: ArrayD<bool> = match &options.metric {
        CdtMetric::Chessboard => generate_binary_structure(ndim, ndim)?,
        CdtMetric::Taxicab => generate_binary_structure(ndim, 1)?,
        CdtMetric::Structure(s) => {
            if s.ndim() != ndim || s.shape().iter().any(|&l| l != 3) {
                return Err(Error::invalid_argument(
                    "metric",
                    format!("{:?}", s.shape()),
                    format!("must be a 3×…×3 structure of rank {ndim}"),
                ));
            }
            s.to_owned()
        }
    };
    let shape = input.shape().to_vec();
    let dim = input.raw_dim();
    let zero = T::default();
    let mut dt: Vec<i32> = input
        .as_standard_layout()
        .iter()
        .map(|v| if *v == zero { 0 } else { -1 })
        .collect();
    let n = dt.len();
    // The steps: the structure's true elements before its centre, in C order.
    let half = metric.len() / 2;
    let mut steps: Vec<Vec<isize>> = Vec::new();
    for (flat, (idx, &on)) in metric.indexed_iter().enumerate() {
        if flat >= half {
            break;
        }
        if on {
            steps.push((0..ndim).map(|k| idx[k] as isize - 1).collect());
        }
    }
    let mut strides = vec![1isize; ndim];
    for k in (0..ndim.saturating_sub(1)).rev() {
        strides[k] = strides[k + 1] * shape[k + 1] as isize;
    }
    let flat_steps: Vec<isize> = steps
        .iter()
        .map(|s| s.iter().zip(&strides).map(|(a, b)| a * b).sum())
        .collect();
    let mut ft: Vec<usize> = (0..n).collect();
    let mut coords = vec![0usize; ndim];
    for forward in [true, false] {
        let sign: isize = if forward { 1 } else { -1 };
        for step in 0..n {
            let p = if forward { step } else { n - 1 - step };
            let mut v = dt[p];
            if v == 0 {
                continue;
            }
            unravel(p, &shape, &mut coords);
            let mut best = None;
            for (s, &fs) in steps.iter().zip(&flat_steps) {
                let inside = s.iter().zip(&coords).zip(&shape).all(|((&o, &c), &l)| {
                    let q = c as isize + sign * o;
                    q >= 0 && q < l as isize
                });
                if !inside {
                    continue;
                }
                let q = (p as isize + sign * fs) as usize;
                let t = dt[q];
                if t >= 0 && (v < 0 || t + 1 < v) {
                    v = t + 1;
                    best = Some(q);
                }
            }
            dt[p] = v;
            if let Some(q) = best {
                ft[p] = ft[q];
            }
        }
    }
    let indices = options.return_indices.then(|| {
        let mut coords_all = vec![0i32; n * ndim];
        let mut c = vec![0usize; ndim];
        for (p, &f) in ft.iter().enumerate() {
            unravel(f, &shape, &mut c);
            for k in 0..ndim {
                coords_all[p * ndim + k] = c[k] as i32;
            }
        }
        stack_indices(&coords_all, &shape)
    });
    let distances = if options.return_distances {
        Some(
            Array::from_shape_vec(dim, dt)
                .map_err(|e| Error::invalid_argument("input", e, "shape"))?,
        )
    } else {
        None
    };
    Ok(DistanceTransform { distances, indices })
}
