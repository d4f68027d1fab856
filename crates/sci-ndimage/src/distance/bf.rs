//! The brute-force distance transform (SciPy's `distance_transform_bf`): every foreground
//! pixel against every background pixel on the background's edge.

// Lengths, indices and offsets of arrays fit in `isize` (allocations are capped at
// `isize::MAX` bytes); coordinates are stored in `i32` as SciPy's `int32` index arrays are
// (axes longer than `i32::MAX` are out of reach of both).
#![allow(clippy::cast_possible_wrap)]

use ndarray::{Array, AsArray, Dimension};
use sci_core::{Error, Result};

use super::{DistanceTransform, check_returns, stack_indices, unravel};
use crate::Element;
use crate::args::per_axis;

/// The metric of [`distance_transform_bf_with`]: SciPy's `'euclidean'`, `'taxicab'` (also
/// `'cityblock'`, `'manhattan'`) and `'chessboard'`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::distance::BfMetric;
/// assert_eq!(BfMetric::default(), BfMetric::Euclidean);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BfMetric {
    /// Euclidean distance, scaled by `sampling`.
    #[default]
    Euclidean,
    /// Sum of the absolute coordinate differences (SciPy ignores `sampling`).
    Taxicab,
    /// Largest absolute coordinate difference (SciPy ignores `sampling`).
    Chessboard,
}

/// SciPy's keywords of `distance_transform_bf`: `metric`, `sampling`, `return_distances`,
/// `return_indices`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::distance::{BfMetric, BfOptions};
/// let o = BfOptions::default().metric(BfMetric::Chessboard).sampling(&[2.0]);
/// assert_eq!(o.metric, BfMetric::Chessboard);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct BfOptions {
    /// The metric (default Euclidean).
    pub metric: BfMetric,
    /// The pixel spacing (Euclidean metric only): one value or one per axis.
    pub sampling: Option<Vec<f64>>,
    /// Whether to return the distances (default true).
    pub return_distances: bool,
    /// Whether to return the indices (default false).
    pub return_indices: bool,
}

impl Default for BfOptions {
    fn default() -> Self {
        BfOptions {
            metric: BfMetric::Euclidean,
            sampling: None,
            return_distances: true,
            return_indices: false,
        }
    }
}

impl BfOptions {
    /// Sets the metric.
    #[must_use]
    pub fn metric(mut self, metric: BfMetric) -> Self {
        self.metric = metric;
        self
    }

    /// Sets the pixel spacing.
    #[must_use]
    pub fn sampling(mut self, sampling: &[f64]) -> Self {
        self.sampling = Some(sampling.to_vec());
        self
    }

    /// Sets whether the distances are returned (SciPy's `return_distances`).
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

/// SciPy's `distance_transform_bf(input)`: Euclidean distances to the nearest zero pixel
/// by brute force.
///
/// # Errors
///
/// As [`distance_transform_bf_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::distance_transform_bf;
/// let d = distance_transform_bf(&array![[0, 1, 1], [1, 1, 1]])?;
/// assert_eq!(d[[1, 2]], 5f64.sqrt());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.distance_transform_bf.html>
pub fn distance_transform_bf<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<f64, D>> {
    let r = distance_transform_bf_with(input, &BfOptions::default())?;
    r.distances
        .ok_or_else(|| Error::invalid_argument("return_distances", false, "no distances"))
}

/// SciPy's `distance_transform_bf(input, metric, sampling, return_distances,
/// return_indices)`: for each foreground pixel the distance to, and the indices of, the
/// last (in C order, as SciPy) of the nearest background pixels that touch the foreground.
///
/// Distances are `f64` for every metric (SciPy returns `uint32` for taxicab and
/// chessboard; the values are the same integers). Without any such background pixel the
/// foreground gets SciPy's values: `sqrt(f64::MAX)` (Euclidean) or `u32::MAX`, with index
/// 0.
///
/// Time O(N · B) for B edge background pixels, parallel over pixels; memory O(N).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when neither output is requested, or `sampling` has neither
/// one value nor one per axis.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{distance::{BfMetric, BfOptions}, distance_transform_bf_with};
/// let a = array![[0, 1, 1], [1, 1, 1]];
/// let r = distance_transform_bf_with(&a, &BfOptions::default().metric(BfMetric::Taxicab))?;
/// assert_eq!(r.distances.unwrap(), array![[0.0, 1.0, 2.0], [1.0, 2.0, 3.0]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.distance_transform_bf.html>
pub fn distance_transform_bf_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BfOptions,
) -> Result<DistanceTransform<f64, D>> {
    let return_distances = options.return_distances;
    check_returns(return_distances, options.return_indices)?;
    let input = input.into();
    let ndim = input.ndim();
    let shape = input.shape().to_vec();
    let dim = input.raw_dim();
    let sampling = match &options.sampling {
        Some(s) if ndim > 0 => per_axis("sampling", s, ndim)?,
        _ => vec![1.0; ndim],
    };
    let zero = T::default();
    let fg: Vec<bool> = input
        .as_standard_layout()
        .iter()
        .map(|v| *v != zero)
        .collect();
    let n = fg.len();
    // Background pixels with a foreground pixel among their 3^ndim - 1 neighbours.
    let mut edge: Vec<Vec<isize>> = Vec::new();
    let mut coords = vec![0usize; ndim];
    let mut nb = vec![0isize; ndim];
    let mut strides = vec![1usize; ndim];
    for k in (0..ndim.saturating_sub(1)).rev() {
        strides[k] = strides[k + 1] * shape[k + 1];
    }
    let neighbours = 3usize.pow(ndim as u32);
    for p in 0..n {
        if fg[p] {
            continue;
        }
        unravel(p, &shape, &mut coords);
        let touches = (0..neighbours).any(|m| {
            let mut rem = m;
            for k in (0..ndim).rev() {
                nb[k] = coords[k] as isize + (rem % 3) as isize - 1;
                rem /= 3;
            }
            nb.iter()
                .zip(&shape)
                .all(|(&c, &l)| c >= 0 && c < l as isize)
                && fg[nb
                    .iter()
                    .zip(&strides)
                    .map(|(&c, &s)| c as usize * s)
                    .sum::<usize>()]
        });
        if touches {
            edge.push(coords.iter().map(|&c| c as isize).collect());
        }
    }
    let metric = options.metric;
    let nearest = |p: usize| -> (f64, usize) {
        let mut c = vec![0usize; ndim];
        if !fg[p] {
            return (0.0, p);
        }
        unravel(p, &shape, &mut c);
        let mut best = f64::MAX;
        let mut arg = None;
        for (j, e) in edge.iter().enumerate() {
            let d = match metric {
                BfMetric::Euclidean => {
                    let mut s = 0.0;
                    for k in 0..ndim {
                        let t = (e[k] - c[k] as isize) as f64 * sampling[k];
                        s += t * t;
                    }
                    s
                }
                BfMetric::Taxicab => e
                    .iter()
                    .zip(&c)
                    .map(|(&a, &b)| (a - b as isize).unsigned_abs() as f64)
                    .sum(),
                BfMetric::Chessboard => e
                    .iter()
                    .zip(&c)
                    .map(|(&a, &b)| (a - b as isize).unsigned_abs() as f64)
                    .fold(0.0, f64::max),
            };
            if d <= best {
                best = d;
                arg = Some(j);
            }
        }
        match arg {
            Some(j) => {
                let flat = edge[j]
                    .iter()
                    .zip(&strides)
                    .map(|(&a, &s)| a as usize * s)
                    .sum();
                let dist = if metric == BfMetric::Euclidean {
                    best.sqrt()
                } else {
                    best
                };
                (dist, flat)
            }
            None => {
                let dist = if metric == BfMetric::Euclidean {
                    f64::MAX.sqrt()
                } else {
                    f64::from(u32::MAX)
                };
                (dist, 0)
            }
        }
    };
    #[cfg(feature = "parallel")]
    let results: Vec<(f64, usize)> = {
        use rayon::prelude::*;
        (0..n).into_par_iter().map(nearest).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let results: Vec<(f64, usize)> = (0..n).map(nearest).collect();
    let indices = options.return_indices.then(|| {
        let mut all = vec![0i32; n * ndim];
        let mut c = vec![0usize; ndim];
        for (p, &(_, f)) in results.iter().enumerate() {
            unravel(f, &shape, &mut c);
            for k in 0..ndim {
                all[p * ndim + k] = c[k] as i32;
            }
        }
        stack_indices(&all, &shape)
    });
    let distances = if return_distances {
        Some(
            Array::from_shape_vec(dim, results.iter().map(|r| r.0).collect())
                .map_err(|e| Error::invalid_argument("input", e, "shape"))?,
        )
    } else {
        None
    };
    Ok(DistanceTransform { distances, indices })
}
