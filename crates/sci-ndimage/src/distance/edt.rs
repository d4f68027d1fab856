//! The exact Euclidean distance transform (SciPy's `distance_transform_edt`), in linear
//! time, one axis after the other.
//!
//! Distances only: the distance to the nearest background pixel along axis 0 by two sweeps
//! over the rows, then along each further axis the lower envelope of parabolas of
//! Felzenszwalb & Huttenlocher, with lines processed in parallel. With indices: the
//! feature transform of Maurer, Qi & Raghavan (the Voronoi sites of each line), axis 0
//! first, which resolves ties between equally near background pixels as SciPy does;
//! distances are then computed from the features as SciPy computes them.

// Lengths, indices and offsets of arrays fit in `isize` (allocations are capped at
// `isize::MAX` bytes); coordinates are stored in `i32` as SciPy's `int32` index arrays are
// (axes longer than `i32::MAX` are out of reach of both).
#![allow(clippy::cast_possible_wrap)]

use ndarray::{Array, ArrayViewMut2, AsArray, Axis, Dimension};
use sci_core::{Error, Result};

use super::{DistanceTransform, check_returns, stack_indices};
use crate::Element;
use crate::args::per_axis;

/// SciPy's keywords of `distance_transform_edt`: `sampling`, `return_distances`,
/// `return_indices`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::distance::EdtOptions;
/// let o = EdtOptions::default().sampling(&[2.0, 0.5]).return_indices(true);
/// assert_eq!(o.sampling, Some(vec![2.0, 0.5]));
/// assert!(o.return_distances && o.return_indices);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct EdtOptions {
    /// The pixel spacing: one value or one per axis (`None`: 1).
    pub sampling: Option<Vec<f64>>,
    /// Whether to return the distances (default true).
    pub return_distances: bool,
    /// Whether to return the indices of the nearest background pixel (default false).
    pub return_indices: bool,
}

impl Default for EdtOptions {
    fn default() -> Self {
        EdtOptions {
            sampling: None,
            return_distances: true,
            return_indices: false,
        }
    }
}

impl EdtOptions {
    /// Sets the pixel spacing (one value or one per axis).
    #[must_use]
    pub fn sampling(mut self, sampling: &[f64]) -> Self {
        self.sampling = Some(sampling.to_vec());
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

/// SciPy's `distance_transform_edt(input)`: for each non-zero pixel the Euclidean distance
/// to the nearest zero pixel (0 on zero pixels).
///
/// # Errors
///
/// As [`distance_transform_edt_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::distance_transform_edt;
/// let a = array![[0, 1, 1, 1], [0, 1, 1, 1]];
/// let d = distance_transform_edt(&a)?;
/// assert_eq!(d.row(0).to_vec(), vec![0.0, 1.0, 2.0, 3.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.distance_transform_edt.html>
pub fn distance_transform_edt<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<f64, D>> {
    let r = distance_transform_edt_with(input, &EdtOptions::default())?;
    r.distances
        .ok_or_else(|| Error::invalid_argument("return_distances", false, "no distances"))
}

/// SciPy's `distance_transform_edt(input, sampling, return_distances, return_indices)`:
/// exact Euclidean distances with the pixel spacing `sampling`, and the indices of the
/// nearest background pixel (ties resolved as SciPy's feature transform does).
///
/// Without background pixels SciPy's feature transform finds no feature and reports index
/// `-1` along axis 0 (0 along the others), and distances computed from those indices; sci
/// returns the same. A 0-d input gives a 0-d distance (SciPy's has shape `(1,)`) and
/// indices of shape `(1, 1)`.
///
/// Time O(N · ndim) (O(N · ndim²) with indices), memory O(N) (O(N · ndim) with indices),
/// parallel over lines.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when neither distances nor indices are requested, or
/// `sampling` has neither one value nor one per axis or is not finite.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{distance::EdtOptions, distance_transform_edt_with};
/// let a = array![[1, 1, 1], [1, 0, 1]];
/// let r = distance_transform_edt_with(&a, &EdtOptions::default().sampling(&[2.0, 1.0]).return_indices(true))?;
/// assert_eq!(r.distances.unwrap()[[0, 1]], 2.0);
/// let idx = r.indices.unwrap();
/// assert_eq!((idx[[0, 0, 0]], idx[[1, 0, 0]]), (1, 1));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.distance_transform_edt.html>;
/// C. R. Maurer, R. Qi, V. Raghavan, "A linear time algorithm for computing exact Euclidean
/// distance transforms of binary images in arbitrary dimensions", IEEE TPAMI 25(2), 2003;
/// P. F. Felzenszwalb, D. P. Huttenlocher, "Distance transforms of sampled functions",
/// Theory of Computing 8, 2012.
pub fn distance_transform_edt_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &EdtOptions,
) -> Result<DistanceTransform<f64, D>> {
    check_returns(options.return_distances, options.return_indices)?;
    let input = input.into();
    let dim = input.raw_dim();
    // SciPy works on `atleast_1d(input)`.
    let shape: Vec<usize> = if input.ndim() == 0 {
        vec![1]
    } else {
        input.shape().to_vec()
    };
    let ndim = shape.len();
    let sampling = match &options.sampling {
        Some(s) => per_axis("sampling", s, ndim)?,
        None => vec![1.0; ndim],
    };
    if sampling.iter().any(|s| !s.is_finite()) {
        return Err(Error::invalid_argument(
            "sampling",
            format!("{sampling:?}"),
            "must be finite",
        ));
    }
    let std = input.as_standard_layout();
    let Some(flat) = std.as_slice() else {
        unreachable!("a standard-layout array is contiguous")
    };
    let zero = T::default();
    let n = flat.len();
    let to_d = |v: Vec<f64>| -> Result<Array<f64, D>> {
        Array::from_shape_vec(dim.clone(), v)
            .map_err(|e| Error::invalid_argument("input", e, "shape"))
    };
    let any_bg = flat.contains(&zero);
    if n == 0 || (!options.return_indices && any_bg) {
        let distances = if n == 0 {
            Vec::new()
        } else {
            envelope_distances(flat, &shape, &sampling)
        };
        return Ok(DistanceTransform {
            distances: options
                .return_distances
                .then(|| to_d(distances))
                .transpose()?,
            indices: options.return_indices.then(|| stack_indices(&[], &shape)),
        });
    }
    let bg: Vec<bool> = flat.iter().map(|v| *v == zero).collect();
    let features = feature_transform(&bg, &shape, &sampling);
    let distances = options
        .return_distances
        .then(|| to_d(distances_from_features(&features, &shape, &sampling)))
        .transpose()?;
    let indices = options
        .return_indices
        .then(|| stack_indices(&features, &shape));
    Ok(DistanceTransform { distances, indices })
}

/// Distances from the features as SciPy computes them: per axis `(feature - index) *
/// sampling`, squared, summed in axis order, square root.
fn distances_from_features(features: &[i32], shape: &[usize], sampling: &[f64]) -> Vec<f64> {
    let ndim = shape.len();
    let n: usize = shape.iter().product();
    let mut out = vec![0.0; n];
    let mut coords = vec![0usize; ndim];
    for (p, o) in out.iter_mut().enumerate() {
        super::unravel(p, shape, &mut coords);
        let mut sum = 0.0;
        for k in 0..ndim {
            let t = f64::from(features[p * ndim + k] - coords[k] as i32) * sampling[k];
            sum += t * t;
        }
        *o = sum.sqrt();
    }
    out
}

/// Squared distances along axis 0 (scaled by `s0`): two sweeps over the rows of the
/// `(n0, inner)` image, in parallel over blocks of columns.
fn axis0_pass<T: Element>(input: &[T], n0: usize, inner: usize, s0: f64, out: &mut [f64]) {
    let zero = T::default();
    let bgv =
        ndarray::ArrayView2::from_shape((n0, inner), input).unwrap_or_else(|_| unreachable!());
    let mut outv = ArrayViewMut2::from_shape((n0, inner), out).unwrap_or_else(|_| unreachable!());
    let work = |(b, mut o): (ndarray::ArrayView2<'_, T>, ArrayViewMut2<'_, f64>)| {
        let w = b.ncols();
        // Distance (in pixels) to the nearest background above, then below.
        let mut run = vec![f64::INFINITY; w];
        // Rows of a block of columns are contiguous: plain slices, vectorisable loops.
        for i in 0..n0 {
            let brow = b.row(i);
            let mut orow = o.row_mut(i);
            let (Some(bs), Some(os)) = (brow.as_slice(), orow.as_slice_mut()) else {
                unreachable!("rows of a C-order block are contiguous")
            };
            for ((r, v), ov) in run.iter_mut().zip(bs).zip(os.iter_mut()) {
                *r = if *v == zero { 0.0 } else { *r + 1.0 };
                *ov = *r;
            }
        }
        run.fill(f64::INFINITY);
        for i in (0..n0).rev() {
            let brow = b.row(i);
            let mut orow = o.row_mut(i);
            let (Some(bs), Some(os)) = (brow.as_slice(), orow.as_slice_mut()) else {
                unreachable!("rows of a C-order block are contiguous")
            };
            for ((r, v), ov) in run.iter_mut().zip(bs).zip(os.iter_mut()) {
                *r = if *v == zero { 0.0 } else { *r + 1.0 };
                let d = r.min(*ov);
                let t = d * s0;
                // INFINITY * s0 squared stays infinite (s0 finite, non-zero) or is NaN (s0 = 0).
                *ov = if d == f64::INFINITY { d } else { t * t };
            }
        }
    };
    let chunk = 256.min(inner.max(1));
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        bgv.axis_chunks_iter(Axis(1), chunk)
            .into_par_iter()
            .zip(outv.axis_chunks_iter_mut(Axis(1), chunk).into_par_iter())
            .for_each(work);
    }
    #[cfg(not(feature = "parallel"))]
    bgv.axis_chunks_iter(Axis(1), chunk)
        .zip(outv.axis_chunks_iter_mut(Axis(1), chunk))
        .for_each(work);
    let _ = &mut outv;
}

/// The lower envelope of the parabolas `f[q] + ((x - q) s)^2` evaluated at every `x`
/// (Felzenszwalb & Huttenlocher); infinite `f[q]` are not sites. The intersections are kept
/// as fractions `num / den` (`den > 0`) and compared by cross-multiplication: no division,
/// and exact for integer squared distances (unit sampling).
fn lower_envelope(f: &[f64], s: f64, out: &mut [f64], v: &mut Vec<usize>, z: &mut Vec<(f64, f64)>) {
    if s == 0.0 {
        let m = f.iter().copied().fold(f64::INFINITY, f64::min);
        out.fill(m);
        return;
    }
    let s2 = s * s;
    v.clear();
    z.clear();
    for (q, &fq) in f.iter().enumerate() {
        if fq == f64::INFINITY {
            continue;
        }
        let qf = q as f64;
        loop {
            let Some(&p) = v.last() else {
                v.push(q);
                z.push((f64::NEG_INFINITY, 1.0));
                break;
            };
            // Where the parabolas of p and q meet: num / den.
            let pf = p as f64;
            let num = (fq - f[p]) + s2 * (qf * qf - pf * pf);
            let den = 2.0 * s2 * (qf - pf);
            let (zn, zd) = z[z.len() - 1];
            if num * zd <= zn * den {
                v.pop();
                z.pop();
            } else {
                v.push(q);
                z.push((num, den));
                break;
            }
        }
    }
    if v.is_empty() {
        out.fill(f64::INFINITY);
        return;
    }
    let mut k = 0;
    for (x, o) in out.iter_mut().enumerate() {
        let xf = x as f64;
        while k + 1 < v.len() && z[k + 1].0 < xf * z[k + 1].1 {
            k += 1;
        }
        let t = (xf - v[k] as f64) * s;
        *o = f[v[k]] + t * t;
    }
}

/// Scratch of a lower-envelope line: the line, its result, the sites and intersections.
type EnvelopeBuffers = (Vec<f64>, Vec<f64>, Vec<usize>, Vec<(f64, f64)>);

/// Scratch of a feature-transform line: features, their copy, sites, site distances, the
/// line's coordinates.
type FeatureBuffers = (Vec<i32>, Vec<i32>, Vec<usize>, Vec<f64>, Vec<f64>);

/// Distances only: axis 0 by sweeps, the other axes by lower envelopes, square root last.
fn envelope_distances<T: Element>(input: &[T], shape: &[usize], sampling: &[f64]) -> Vec<f64> {
    let n0 = shape[0];
    let inner: usize = shape[1..].iter().product();
    let mut out = vec![0.0; input.len()];
    axis0_pass(input, n0, inner, sampling[0], &mut out);
    let ndim = shape.len();
    for d in 1..ndim {
        let outer: usize = shape[..d].iter().product();
        let nd = shape[d];
        let inner: usize = shape[d + 1..].iter().product();
        let last = d + 1 == ndim;
        let s = sampling[d];
        if inner == 1 {
            // Lines along the last axis are contiguous.
            let work = |bufs: &mut (Vec<f64>, Vec<usize>, Vec<(f64, f64)>), line: &mut [f64]| {
                let (f, v, z) = bufs;
                f.copy_from_slice(line);
                lower_envelope(f, s, line, v, z);
                if last {
                    line.iter_mut().for_each(|x| *x = x.sqrt());
                }
            };
            let init = || (vec![0.0; nd], Vec::new(), Vec::new());
            #[cfg(feature = "parallel")]
            {
                use rayon::prelude::*;
                out.par_chunks_mut(nd).for_each_init(init, work);
            }
            #[cfg(not(feature = "parallel"))]
            {
                let mut bufs = init();
                out.chunks_mut(nd).for_each(|l| work(&mut bufs, l));
            }
            continue;
        }
        let mut view = ndarray::ArrayViewMut3::from_shape((outer, nd, inner), &mut out[..])
            .unwrap_or_else(|_| unreachable!());
        let work = |bufs: &mut EnvelopeBuffers, mut block: ArrayViewMut2<'_, f64>| {
            let (line, res, v, z) = bufs;
            for j in 0..inner {
                let mut col = block.column_mut(j);
                for (l, c) in line.iter_mut().zip(col.iter()) {
                    *l = *c;
                }
                lower_envelope(line, s, res, v, z);
                for (c, r) in col.iter_mut().zip(res.iter()) {
                    *c = if last { r.sqrt() } else { *r };
                }
            }
        };
        let init = || (vec![0.0; nd], vec![0.0; nd], Vec::new(), Vec::new());
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            view.axis_iter_mut(Axis(0))
                .into_par_iter()
                .for_each_init(init, work);
        }
        #[cfg(not(feature = "parallel"))]
        {
            let mut bufs = init();
            view.axis_iter_mut(Axis(0)).for_each(|b| work(&mut bufs, b));
        }
    }
    if ndim == 1 {
        for v in &mut out {
            *v = v.sqrt();
        }
    }
    out
}

/// The feature transform: for every pixel the coordinates of its nearest background pixel
/// (`out[p * ndim + k]`), by Voronoi sites line by line, axis 0 first (Maurer et al.).
/// Without background the first coordinate stays -1 and the others 0, as in SciPy.
fn feature_transform(bg: &[bool], shape: &[usize], sampling: &[f64]) -> Vec<i32> {
    let ndim = shape.len();
    let n = bg.len();
    let mut ft = vec![0i32; n * ndim];
    let mut coords = vec![0usize; ndim];
    for p in 0..n {
        if bg[p] {
            super::unravel(p, shape, &mut coords);
            for k in 0..ndim {
                ft[p * ndim + k] = coords[k] as i32;
            }
        } else {
            ft[p * ndim] = -1;
        }
    }
    for d in 0..ndim {
        let outer: usize = shape[..d].iter().product();
        let nd = shape[d];
        let inner: usize = shape[d + 1..].iter().product();
        let mut view = ndarray::ArrayViewMut4::from_shape((outer, nd, inner, ndim), &mut ft[..])
            .unwrap_or_else(|_| unreachable!());
        let work = |bufs: &mut FeatureBuffers,
                    (o, mut block): (usize, ndarray::ArrayViewMut3<'_, i32>)| {
            let (line, tmp, g, rest, coor) = bufs;
            for j in 0..inner {
                // The line's coordinates on the other axes.
                let mut rem = o;
                for k in (0..d).rev() {
                    coor[k] = (rem % shape[k]) as f64;
                    rem /= shape[k];
                }
                let mut rem = j;
                for k in (d + 1..ndim).rev() {
                    coor[k] = (rem % shape[k]) as f64;
                    rem /= shape[k];
                }
                let mut lane = block.index_axis_mut(Axis(1), j);
                for (i, row) in lane.outer_iter().enumerate() {
                    line[i * ndim..(i + 1) * ndim]
                        .iter_mut()
                        .zip(row.iter())
                        .for_each(|(a, b)| *a = *b);
                }
                voronoi_line(line, nd, ndim, d, coor, sampling, tmp, g, rest);
                for (i, mut row) in lane.outer_iter_mut().enumerate() {
                    row.iter_mut()
                        .zip(&line[i * ndim..(i + 1) * ndim])
                        .for_each(|(a, b)| *a = *b);
                }
            }
        };
        let init = || {
            (
                vec![0i32; nd * ndim],
                vec![0i32; nd * ndim],
                Vec::new(),
                Vec::new(),
                vec![0.0; ndim],
            )
        };
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            view.axis_iter_mut(Axis(0))
                .into_par_iter()
                .enumerate()
                .for_each_init(init, work);
        }
        #[cfg(not(feature = "parallel"))]
        {
            let mut bufs = init();
            view.axis_iter_mut(Axis(0))
                .enumerate()
                .for_each(|x| work(&mut bufs, x));
        }
    }
    ft
}

/// One line of the feature transform along axis `d`: `f[i * ndim..]` are the features of
/// the line's pixels (first coordinate -1: none); replaces each by the nearest one among
/// them. `coor` holds the line's coordinates on the other axes.
#[allow(clippy::too_many_arguments)] // reason: the line, its geometry and three scratch buffers
fn voronoi_line(
    f: &mut [i32],
    n: usize,
    ndim: usize,
    d: usize,
    coor: &[f64],
    sampling: &[f64],
    tmp: &mut [i32],
    g: &mut Vec<usize>,
    rest: &mut Vec<f64>,
) {
    // Squared distance of feature `i` to the line, over the other axes.
    let off_line = |f: &[i32], i: usize| -> f64 {
        let mut r = 0.0;
        for k in 0..ndim {
            if k != d {
                let t = (f64::from(f[i * ndim + k]) - coor[k]) * sampling[k];
                r += t * t;
            }
        }
        r
    };
    let sd = sampling[d];
    g.clear();
    rest.clear();
    for i in 0..n {
        if f[i * ndim] < 0 {
            continue;
        }
        let w = off_line(f, i);
        let fd = f64::from(f[i * ndim + d]);
        // Drop the last site while the new one and the one before it hide it.
        while g.len() >= 2 {
            let (u, v) = (g[g.len() - 2], g[g.len() - 1]);
            let (ru, rv) = (rest[rest.len() - 2], rest[rest.len() - 1]);
            let fv = f64::from(f[v * ndim + d]);
            let a = (fv - f64::from(f[u * ndim + d])) * sd;
            let b = (fd - fv) * sd;
            let c = a + b;
            if c * rv - b * ru - a * w - a * b * c <= 0.0 {
                break;
            }
            g.pop();
            rest.pop();
        }
        g.push(i);
        rest.push(w);
    }
    if g.is_empty() {
        return;
    }
    tmp[..n * ndim].copy_from_slice(&f[..n * ndim]);
    let dist = |j: usize, i: usize| -> f64 {
        let mut s = 0.0;
        for k in 0..ndim {
            let diff = if k == d {
                f64::from(tmp[j * ndim + k]) - i as f64
            } else {
                f64::from(tmp[j * ndim + k]) - coor[k]
            };
            let t = diff * sampling[k];
            s += t * t;
        }
        s
    };
    let mut l = 0;
    for i in 0..n {
        let mut d1 = dist(g[l], i);
        while l + 1 < g.len() {
            let d2 = dist(g[l + 1], i);
            if d1 <= d2 {
                break;
            }
            d1 = d2;
            l += 1;
        }
        let src = g[l] * ndim;
        f[i * ndim..(i + 1) * ndim].copy_from_slice(&tmp[src..src + ndim]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn envelope_matches_features() {
        let shape = [5usize, 7];
        let bg: Vec<bool> = (0..35).map(|i| i % 11 == 3 || i == 20).collect();
        let s = [1.5, 0.7];
        let a = envelope_distances(
            &bg.iter().map(|&b| u8::from(!b)).collect::<Vec<_>>(),
            &shape,
            &s,
        );
        let b = distances_from_features(&feature_transform(&bg, &shape, &s), &shape, &s);
        for (x, y) in a.iter().zip(&b) {
            assert!((x - y).abs() <= 1e-12 * y.max(1.0), "{x} {y}");
        }
    }
}
