//! `label`: connected components of the non-zero elements, numbered 1, 2, … in the raster
//! order of each component's first element, as SciPy numbers them.
//!
//! The array is seen as rows along its last axis. Each row is cut into runs of consecutive
//! features (when the structure connects neighbours along the last axis; otherwise each
//! feature is its own run). Runs are joined with a union-find to the runs of the previous
//! rows the structure reaches, then labelled in raster order. Runs are found in parallel;
//! the joins are sequential and cost O(runs).

use ndarray::{Array, ArrayD, Dimension, IxDyn};
use sci_core::{AsArray, Error, Result};

use crate::Element;

/// Labels the connected components of the non-zero elements of `input` with the default
/// structure (neighbours sharing a face: connectivity 1). Returns the label array and the
/// number of components.
///
/// # Errors
///
/// As [`label_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let a = array![[0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1], [1, 0, 1, 0]];
/// let (labels, n) = sci_ndimage::label(&a).unwrap();
/// assert_eq!(n, 4);
/// assert_eq!(labels, array![[0, 1, 0, 2], [1, 1, 0, 0], [0, 0, 3, 3], [4, 0, 3, 0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.label.html>
pub fn label<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<(Array<i32, D>, usize)> {
    label_with(input, None)
}

/// Labels the connected components of the non-zero elements of `input`, elements being
/// connected when `structure` (a point-symmetric boolean array of shape 3 × … × 3 and the
/// input's rank) is true at their offset. `None` is the cross of connectivity 1.
///
/// Time O(N + R·S) for N elements, R runs and S structure elements; memory O(N).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when the structure's rank differs from the input's, a
/// dimension is not 3, or it is not point-symmetric; [`Error::InvalidArgument`] when there
/// are more components than `i32` holds.
///
/// # Examples
///
/// ```
/// use ndarray::{array, ArrayD};
/// let a = array![[0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1], [1, 0, 1, 0]];
/// let full = ArrayD::from_elem(vec![3, 3], true);
/// let (labels, n) = sci_ndimage::label_with(&a, Some(full.view())).unwrap();
/// assert_eq!(n, 3);
/// assert_eq!(labels[[2, 2]], 1);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.label.html>
pub fn label_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    structure: Option<ndarray::ArrayViewD<'_, bool>>,
) -> Result<(Array<i32, D>, usize)> {
    let input = sci_core::view(input);
    let ndim = input.ndim();
    let structure = match structure {
        Some(s) => {
            check_structure(&s, ndim)?;
            s.to_owned()
        }
        None => cross(ndim),
    };
    let shape = input.raw_dim();
    if ndim == 0 {
        let v = input.iter().next().is_some_and(|v| *v != T::default());
        return Ok((Array::from_elem(shape, i32::from(v)), usize::from(v)));
    }
    let row_len = input.shape()[ndim - 1];
    if input.is_empty() {
        return Ok((Array::zeros(shape), 0));
    }
    // The values in C order (a copy only when the input is not C-contiguous).
    let values = input.as_standard_layout();
    let values = values.as_slice().unwrap_or(&[]);
    let outer: Vec<usize> = input.shape()[..ndim - 1].to_vec();
    let (labels, count) = label_rows(values, &outer, row_len, &structure)?;
    let out = Array::from_shape_vec(IxDyn(input.shape()), labels)
        .map_err(|e| Error::InvalidArgument {
            name: "input".into(),
            value: format!("{:?}", input.shape()),
            reason: e.to_string(),
        })?
        .into_dimensionality::<D>()
        .map_err(|e| Error::InvalidArgument {
            name: "input".into(),
            value: format!("{:?}", input.shape()),
            reason: e.to_string(),
        })?;
    Ok((out, count))
}

/// The cross-shaped structure of connectivity 1 of rank `ndim`.
pub(super) fn cross(ndim: usize) -> ArrayD<bool> {
    ArrayD::from_shape_fn(IxDyn(&vec![3; ndim]), |idx| {
        idx.slice().iter().map(|&i| i.abs_diff(1)).sum::<usize>() <= 1
    })
}

/// SciPy's checks of a labelling structure.
pub(super) fn check_structure(s: &ndarray::ArrayViewD<'_, bool>, ndim: usize) -> Result<()> {
    let bad = |reason: &str| Error::InvalidArgument {
        name: "structure".into(),
        value: format!("shape {:?}", s.shape()),
        reason: reason.into(),
    };
    if s.ndim() != ndim {
        return Err(bad("structure and input must have equal rank"));
    }
    if s.shape().iter().any(|&d| d != 3) {
        return Err(bad("structure dimensions must be equal to 3"));
    }
    for (idx, v) in s.indexed_iter() {
        let mirror: Vec<usize> = idx.slice().iter().map(|&i| 2 - i).collect();
        if *v != s[IxDyn(&mirror)] {
            return Err(bad("structuring element is not symmetric"));
        }
    }
    Ok(())
}

/// A neighbour row reached by the structure: how many rows back, and which offsets along
/// the last axis connect to it.
struct RowLink {
    /// Offset of the neighbour's outer index in each outer dimension (-1, 0 or 1).
    outer: Vec<isize>,
    /// The last-axis offsets (subset of -1, 0, 1) that connect.
    dx: Vec<i64>,
}

/// Rows per band: bands are found and joined in parallel, then joined across their seams.
/// The result does not depend on the banding.
const BAND_ROWS: usize = 32;

/// The runs of one band and how many fall in each of its rows.
type BandRuns = (Vec<(u32, u32)>, Vec<usize>);

/// The links of `structure` to previous rows (outer offsets lexicographically before zero),
/// and whether it joins neighbours within a row.
fn row_links(structure: &ArrayD<bool>, nd: usize) -> (Vec<RowLink>, bool) {
    // The structure is point-symmetric, so the right neighbour decides.
    let flat: Vec<bool> = structure.iter().copied().collect();
    let along_row = flat[flat.len() / 2 + 1];
    let mut links = Vec::new();
    for code in 0..3usize.pow(nd as u32) / 2 {
        let mut rest = code;
        let mut off = vec![0isize; nd];
        for d in (0..nd).rev() {
            off[d] = (rest % 3).cast_signed() - 1;
            rest /= 3;
        }
        let dx: Vec<i64> = (0..3i64)
            .filter(|&j| flat[code * 3 + j as usize])
            .map(|j| j - 1)
            .collect();
        if !dx.is_empty() {
            links.push(RowLink { outer: off, dx });
        }
    }
    (links, along_row)
}

/// The runs `[start, end)` of features in one row.
fn push_runs<T: Element>(
    row: &[T],
    along_row: bool,
    edges: &mut Vec<u32>,
    runs: &mut Vec<(u32, u32)>,
) {
    let zero = T::default();
    let n = row.len();
    if !along_row {
        runs.extend(
            row.iter()
                .enumerate()
                .filter(|(_, v)| **v != zero)
                .map(|(x, _)| (x as u32, x as u32 + 1)),
        );
        return;
    }
    // The positions where the row switches between background and feature, found without
    // branches (random masks defeat branch prediction): runs are consecutive pairs.
    edges.clear();
    edges.resize(n + 1, 0);
    let mut k = 0usize;
    let mut prev = false;
    for (x, v) in row.iter().enumerate() {
        let cur = *v != zero;
        edges[k] = x as u32;
        k += usize::from(cur != prev);
        prev = cur;
    }
    edges[k] = n as u32;
    k += usize::from(prev);
    runs.extend(edges[..k].chunks_exact(2).map(|p| (p[0], p[1])));
}

/// Finds the root of `a` (ids relative to `base`), halving paths on the way.
#[inline]
fn find(parent: &mut [u32], base: u32, mut a: u32) -> u32 {
    loop {
        let p = parent[(a - base) as usize];
        if p == a {
            return a;
        }
        let gp = parent[(p - base) as usize];
        parent[(a - base) as usize] = gp;
        a = gp;
    }
}

/// Joins two runs' components; the smaller id becomes the root, so a root is always its
/// component's first run in raster order.
#[inline]
fn union(parent: &mut [u32], base: u32, a: u32, b: u32) {
    let (ra, rb) = (find(parent, base, a), find(parent, base, b));
    if ra != rb {
        let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
        parent[(hi - base) as usize] = lo;
    }
}

/// The row reached from row `r` (outer coordinates `coords`) by `link`, if inside.
fn linked_row(coords: &[usize], outer: &[usize], link: &RowLink) -> Option<usize> {
    let mut q = 0usize;
    for d in 0..outer.len() {
        let c = coords[d].cast_signed() + link.outer[d];
        if c < 0 || c >= outer[d].cast_signed() {
            return None;
        }
        q = q * outer[d] + c as usize;
    }
    Some(q)
}

/// Joins the runs of row `r` to the overlapping runs of row `q` under `link`.
#[inline]
#[allow(clippy::too_many_arguments)] // reason: the inner loop's whole state, passed flat
fn join_rows(
    parent: &mut [u32],
    base: u32,
    runs: &[(u32, u32)],
    first: &[usize],
    r: usize,
    q: usize,
    link: &RowLink,
) {
    let (lo, hi) = (link.dx[0], link.dx[link.dx.len() - 1]);
    let mut j = first[q];
    for i in first[r]..first[r + 1] {
        let (s, e) = (i64::from(runs[i].0), i64::from(runs[i].1));
        while j < first[q + 1] && i64::from(runs[j].1) <= s + lo {
            j += 1;
        }
        let mut k = j;
        while k < first[q + 1] && i64::from(runs[k].0) < e + hi {
            let (s2, e2) = (i64::from(runs[k].0), i64::from(runs[k].1));
            if link.dx.iter().any(|&dx| s + dx < e2 && s2 < e + dx) {
                let slot = i - base as usize;
                if parent[slot] == i as u32 {
                    // `k` is in an earlier row, so its root has a smaller id than `i`: hanging
                    // `i`'s tree under it is the union, at the cost of one find.
                    parent[slot] = find(parent, base, k as u32);
                } else {
                    union(parent, base, i as u32, k as u32);
                }
            }
            k += 1;
        }
    }
}

/// The outer coordinates of row `r`.
fn row_coords(mut r: usize, outer: &[usize], coords: &mut [usize]) {
    for d in (0..outer.len()).rev() {
        coords[d] = r % outer[d];
        r /= outer[d];
    }
}

/// Runs of features per row, their union-find joins and the labels in raster order.
fn label_rows<T: Element>(
    values: &[T],
    outer: &[usize],
    row_len: usize,
    structure: &ArrayD<bool>,
) -> Result<(Vec<i32>, usize)> {
    let nd = outer.len();
    let nrows: usize = outer.iter().product();
    let (links, along_row) = row_links(structure, nd);
    let nbands = nrows.div_ceil(BAND_ROWS);
    let band_rows = |b: usize| b * BAND_ROWS..((b + 1) * BAND_ROWS).min(nrows);

    // Runs of each band, in parallel.
    let band_runs = |b: usize| -> BandRuns {
        let mut runs = Vec::new();
        let mut edges = Vec::new();
        let mut counts = Vec::with_capacity(BAND_ROWS);
        for r in band_rows(b) {
            let before = runs.len();
            push_runs(
                &values[r * row_len..(r + 1) * row_len],
                along_row,
                &mut edges,
                &mut runs,
            );
            counts.push(runs.len() - before);
        }
        (runs, counts)
    };
    #[cfg(feature = "parallel")]
    let bands: Vec<BandRuns> = {
        use rayon::prelude::*;
        (0..nbands).into_par_iter().map(band_runs).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let bands: Vec<BandRuns> = (0..nbands).map(band_runs).collect();
    let total: usize = bands.iter().map(|b| b.0.len()).sum();
    if u32::try_from(total).is_err() {
        return Err(Error::InvalidArgument {
            name: "input".into(),
            value: format!("{total} runs"),
            reason: "too many runs of features to label".into(),
        });
    }
    let mut runs: Vec<(u32, u32)> = Vec::with_capacity(total);
    for (band, _) in &bands {
        runs.extend_from_slice(band);
    }
    // The first run of each row, and one past the last row's.
    let mut first = Vec::with_capacity(nrows + 1);
    let mut acc = 0usize;
    for (_, counts) in &bands {
        for c in counts {
            first.push(acc);
            acc += c;
        }
    }
    first.push(acc);
    drop(bands);

    let mut parent: Vec<u32> = (0..total as u32).collect();
    // Joins inside each band, in parallel on disjoint parts of `parent`.
    let band_of = |r: usize| r / BAND_ROWS;
    {
        let mut parts: Vec<(usize, &mut [u32])> = Vec::with_capacity(nbands);
        let mut rest: &mut [u32] = &mut parent;
        for b in 0..nbands {
            let rows = band_rows(b);
            let len = first[rows.end] - first[rows.start];
            let (head, tail) = rest.split_at_mut(len);
            parts.push((b, head));
            rest = tail;
        }
        let join_band = |(b, part): (usize, &mut [u32])| {
            let rows = band_rows(b);
            let base = first[rows.start] as u32;
            let mut coords = vec![0usize; nd];
            for r in rows {
                row_coords(r, outer, &mut coords);
                for link in &links {
                    if let Some(q) = linked_row(&coords, outer, link)
                        && band_of(q) == b
                    {
                        join_rows(part, base, &runs, &first, r, q, link);
                    }
                }
            }
        };
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            parts.into_par_iter().for_each(join_band);
        }
        #[cfg(not(feature = "parallel"))]
        parts.into_iter().for_each(join_band);
    }
    // Joins across band seams.
    let mut coords = vec![0usize; nd];
    for r in 0..nrows {
        row_coords(r, outer, &mut coords);
        for link in &links {
            if let Some(q) = linked_row(&coords, outer, link)
                && band_of(q) != band_of(r)
            {
                join_rows(&mut parent, 0, &runs, &first, r, q, link);
            }
        }
    }
    // Labels in raster order. Parents point to smaller ids, so each run's root is its
    // component's first run: roots are numbered in run order (parallel counts per chunk,
    // then a prefix sum), and every run takes its root's number.
    let root_of = |i: usize| -> u32 {
        let mut a = i as u32;
        loop {
            let p = parent[a as usize];
            if p == a {
                return a;
            }
            a = p;
        }
    };
    const CHUNK: usize = 1 << 16;
    let nchunks = total.div_ceil(CHUNK).max(1);
    let chunk_roots = |c: usize| -> (Vec<u32>, usize) {
        let range = c * CHUNK..((c + 1) * CHUNK).min(total);
        let roots: Vec<u32> = range.clone().map(root_of).collect();
        let count = roots
            .iter()
            .zip(range)
            .filter(|(r, i)| **r as usize == *i)
            .count();
        (roots, count)
    };
    #[cfg(feature = "parallel")]
    let chunks: Vec<(Vec<u32>, usize)> = {
        use rayon::prelude::*;
        (0..nchunks).into_par_iter().map(chunk_roots).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let chunks: Vec<(Vec<u32>, usize)> = (0..nchunks).map(chunk_roots).collect();
    let count: usize = chunks.iter().map(|c| c.1).sum();
    if i32::try_from(count).is_err() {
        return Err(Error::InvalidArgument {
            name: "input".into(),
            value: format!("{count} components"),
            reason: "more components than an int32 label array holds".into(),
        });
    }
    let mut firsts = Vec::with_capacity(nchunks);
    let mut acc_labels = 0i32;
    for c in &chunks {
        firsts.push(acc_labels);
        acc_labels += i32::try_from(c.1).unwrap_or(i32::MAX);
    }
    // The number of each root (0 elsewhere), chunk by chunk in parallel.
    let mut number = vec![0i32; total];
    let number_chunk = |(c, slot): (usize, &mut [i32])| {
        let mut next = firsts[c];
        for (k, (r, n)) in chunks[c].0.iter().zip(slot.iter_mut()).enumerate() {
            if *r as usize == c * CHUNK + k {
                next += 1;
                *n = next;
            }
        }
    };
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        number
            .par_chunks_mut(CHUNK)
            .enumerate()
            .for_each(number_chunk);
    }
    #[cfg(not(feature = "parallel"))]
    number.chunks_mut(CHUNK).enumerate().for_each(number_chunk);
    let root = |i: usize| chunks[i / CHUNK].0[i % CHUNK] as usize;
    let mut out = sci_core::alloc::filled_vec(0i32, nrows * row_len);
    let fill = |(r, row): (usize, &mut [i32])| {
        for i in first[r]..first[r + 1] {
            let (s, e) = runs[i];
            row[s as usize..e as usize].fill(number[root(i)]);
        }
    };
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        out.par_chunks_mut(row_len)
            .enumerate()
            .with_min_len(16)
            .for_each(fill);
    }
    #[cfg(not(feature = "parallel"))]
    out.chunks_mut(row_len).enumerate().for_each(fill);
    Ok((out, count))
}
