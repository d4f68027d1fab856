//! Line processing: applies a 1-D kernel to every line of an N-D array along one axis,
//! with the line extended by the boundary mode, in parallel over lines. Every separable
//! filter and 1-D filter runs through [`map_lines`] (or its row-wise and in-place forms).
//!
//! Lines along the last axis of a C-ordered array are contiguous and are processed one at
//! a time. Lines along another axis are strided; they are processed in blocks of [`BLOCK`]
//! neighbouring lines whose rows are contiguous in memory: the block is read row by row
//! into an `f64` buffer, then either a row-wise kernel runs down all its lines at once
//! (vectorised across the block, no transposition) or, for a plain line kernel, each line
//! of the block is gathered into its own buffer. Blocks (or lines) run in parallel with
//! rayon; each line's result is computed the same way whatever the path and the number
//! of threads.

use ndarray::{
    ArrayView, ArrayView1, ArrayView2, ArrayViewMut, ArrayViewMut1, ArrayViewMut2, Axis, Dimension,
    Zip, s,
};

use crate::{Element, Mode, mode::filter_index};

/// A kernel over a block of `w` neighbouring lines stored row by row: `ext` holds the
/// `n + before + after` extended rows of `w` values, `out` the `n` output rows of `w`.
pub(crate) type BlockKernel<'k> = dyn Fn(&[f64], &mut [f64], usize) + Sync + 'k;

/// Lines per block of the strided passes (a row of a block is 256 bytes of `f64`).
pub(crate) const BLOCK: usize = 32;

/// For every line of `input` along `axis`: extends it by `before` values in front and
/// `after` behind under `mode`/`cval` into an `f64` buffer of length `n + before + after`,
/// calls `kernel(extended, out)` with an `f64` output line of length `n`, and stores `out`
/// into the matching line of `output` with [`Element::from_f64_trunc`].
///
/// Lines are processed in parallel with the `parallel` feature; results do not depend on
/// the number of threads.
#[allow(clippy::too_many_arguments)] // reason: the shape of a line pass is exactly these eight things
pub(crate) fn map_lines<T, O, D, K>(
    input: ArrayView<'_, T, D>,
    output: ArrayViewMut<'_, O, D>,
    axis: usize,
    before: usize,
    after: usize,
    mode: Mode,
    cval: f64,
    kernel: K,
) where
    T: Element,
    O: Element,
    D: Dimension,
    K: Fn(&[f64], &mut [f64]) + Sync,
{
    let pass = LinePass {
        axis,
        before,
        after,
        mode,
        cval,
        line: &kernel,
        block: None,
    };
    run(Some(input), output, &pass);
}

/// [`map_lines`] with a row-wise form of the kernel for the strided passes:
/// `block(ext, out, w)` must compute, for each of the `w` lines, what `line` computes, in
/// the same order of operations.
#[allow(clippy::too_many_arguments)] // reason: map_lines' eight things and the row-wise kernel
pub(crate) fn map_lines_blocked<T, O, D, K>(
    input: ArrayView<'_, T, D>,
    output: ArrayViewMut<'_, O, D>,
    axis: usize,
    before: usize,
    after: usize,
    mode: Mode,
    cval: f64,
    line: K,
    block: &BlockKernel<'_>,
) where
    T: Element,
    O: Element,
    D: Dimension,
    K: Fn(&[f64], &mut [f64]) + Sync,
{
    let pass = LinePass {
        axis,
        before,
        after,
        mode,
        cval,
        line: &line,
        block: Some(block),
    };
    run(Some(input), output, &pass);
}

/// [`map_lines_blocked`] in place: each line (or block) of `data` is read whole before its
/// result is written back, so a separable filter's later passes need no second array.
#[allow(clippy::too_many_arguments)] // reason: map_lines' things and the row-wise kernel
pub(crate) fn map_lines_inplace<O, D, K>(
    data: ArrayViewMut<'_, O, D>,
    axis: usize,
    before: usize,
    after: usize,
    mode: Mode,
    cval: f64,
    line: K,
    block: Option<&BlockKernel<'_>>,
) where
    O: Element,
    D: Dimension,
    K: Fn(&[f64], &mut [f64]) + Sync,
{
    let pass = LinePass {
        axis,
        before,
        after,
        mode,
        cval,
        line: &line,
        block,
    };
    run::<O, O, D, K>(None, data, &pass);
}

/// One line pass's parameters.
struct LinePass<'p, K: ?Sized> {
    axis: usize,
    before: usize,
    after: usize,
    mode: Mode,
    cval: f64,
    line: &'p K,
    block: Option<&'p BlockKernel<'p>>,
}

/// The pass from `input` (or, with `None`, from `output` itself) into `output`.
fn run<T, O, D, K>(
    input: Option<ArrayView<'_, T, D>>,
    output: ArrayViewMut<'_, O, D>,
    p: &LinePass<'_, K>,
) where
    T: Element,
    O: Element,
    D: Dimension,
    K: Fn(&[f64], &mut [f64]) + Sync + ?Sized,
{
    if output.is_empty() {
        return;
    }
    let axis = p.axis;
    let strided = axis + 1 != output.ndim()
        && output.is_standard_layout()
        && input.as_ref().is_none_or(|i| i.is_standard_layout());
    if !strided {
        by_lanes(input, output, p);
        return;
    }
    let shape = output.shape().to_vec();
    let outer: usize = shape[..axis].iter().product();
    let inner: usize = shape[axis + 1..].iter().product();
    let n = shape[axis];
    let dim = (outer, n, inner);
    // Standard layout makes these reshapes views, never copies.
    let Ok(output) = output.into_shape_with_order(dim) else {
        return;
    };
    let input = match input.map(|i| i.into_shape_with_order(dim)) {
        Some(Ok(i)) => Some(i),
        Some(Err(_)) => return,
        None => None,
    };
    let ext_rows = n + p.before + p.after;
    let blocks_per_plane = inner.div_ceil(BLOCK);
    // Disjoint mutable blocks, split off the output view by value so that they all live as
    // long as the output borrow.
    let mut blocks: Vec<(usize, usize, ArrayViewMut2<'_, O>)> =
        Vec::with_capacity(outer * blocks_per_plane);
    let mut rest_planes = output;
    for o in 0..outer {
        let (plane, rest) = rest_planes.split_at(Axis(0), 1);
        rest_planes = rest;
        let mut rest_cols = plane.index_axis_move(Axis(0), 0);
        for t in 0..blocks_per_plane {
            let w = BLOCK.min(inner - t * BLOCK);
            let (b, rest) = rest_cols.split_at(Axis(1), w);
            rest_cols = rest;
            blocks.push((o, t * BLOCK, b));
        }
    }
    let init = || {
        (
            vec![0.0; ext_rows * BLOCK],
            vec![0.0; n * BLOCK],
            vec![0.0; ext_rows],
        )
    };
    let work = |bufs: &mut (Vec<f64>, Vec<f64>, Vec<f64>),
                (o, c0, mut out_block): (usize, usize, ArrayViewMut2<'_, O>)| {
        let (ext, res, line) = bufs;
        let w = out_block.len_of(Axis(1));
        let ext = &mut ext[..ext_rows * w];
        let res = &mut res[..n * w];
        match &input {
            Some(i) => gather_rows(i.slice(s![o, .., c0..c0 + w]), ext, p.before, w),
            None => gather_rows(out_block.view(), ext, p.before, w),
        }
        extend_rows(ext, n, w, p.before, p.mode, p.cval);
        match p.block {
            Some(block) => block(ext, res, w),
            None => {
                // Line by line: gather each column of the block into a contiguous line.
                for j in 0..w {
                    for (r, d) in line.iter_mut().enumerate() {
                        *d = ext[r * w + j];
                    }
                    let out = &mut res[j * n..(j + 1) * n];
                    (p.line)(line, out);
                }
                transpose_in_place(res, n, w, ext);
            }
        }
        for (r, mut row) in out_block.outer_iter_mut().enumerate() {
            for (d, v) in row.iter_mut().zip(&res[r * w..(r + 1) * w]) {
                *d = O::from_f64_trunc(*v);
            }
        }
    };
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        blocks.into_par_iter().for_each_init(init, work);
    }
    #[cfg(not(feature = "parallel"))]
    {
        let mut bufs = init();
        for b in blocks {
            work(&mut bufs, b);
        }
    }
}

/// Copies the `n` rows of a block into `ext` (row-major, `w` per row) after `before` rows.
fn gather_rows<X: Element>(block: ArrayView2<'_, X>, ext: &mut [f64], before: usize, w: usize) {
    for (r, row) in block.outer_iter().enumerate() {
        let dst = &mut ext[(before + r) * w..(before + r + 1) * w];
        for (d, v) in dst.iter_mut().zip(row.iter()) {
            *d = v.to_f64();
        }
    }
}

/// Fills the `before` rows in front and the rows behind the `n` rows of a block as `mode`
/// extends each of its lines.
fn extend_rows(ext: &mut [f64], n: usize, w: usize, before: usize, mode: Mode, cval: f64) {
    let rows = ext.len() / w.max(1);
    for k in (0..before).chain(before + n..rows) {
        match filter_index(k.cast_signed() - before.cast_signed(), n, mode) {
            Some(src) => ext.copy_within((before + src) * w..(before + src + 1) * w, k * w),
            None => ext[k * w..(k + 1) * w].fill(cval),
        }
    }
}

/// Turns `res`, holding `w` lines of `n` values one after the other, into `n` rows of `w`
/// (row-major), using `scratch` (at least `n * w` long... or the ext buffer).
fn transpose_in_place(res: &mut [f64], n: usize, w: usize, scratch: &mut [f64]) {
    let tmp = &mut scratch[..n * w];
    tmp.copy_from_slice(res);
    for j in 0..w {
        for r in 0..n {
            res[r * w + j] = tmp[j * n + r];
        }
    }
}

/// Fills `ext[..before]` and `ext[before + n..]` around the line already in
/// `ext[before..before + n]`, as the filter `mode` extends it.
pub(crate) fn fill_border(ext: &mut [f64], n: usize, before: usize, mode: Mode, cval: f64) {
    let total = ext.len();
    for k in (0..before).chain(before + n..total) {
        let i = k.cast_signed() - before.cast_signed();
        ext[k] = filter_index(i, n, mode).map_or(cval, |j| ext[before + j]);
    }
}

/// The contiguous (or general-layout) pass: one line at a time along ndarray's lanes.
fn by_lanes<T, O, D, K>(
    input: Option<ArrayView<'_, T, D>>,
    mut output: ArrayViewMut<'_, O, D>,
    p: &LinePass<'_, K>,
) where
    T: Element,
    O: Element,
    D: Dimension,
    K: Fn(&[f64], &mut [f64]) + Sync + ?Sized,
{
    let n = output.len_of(Axis(p.axis));
    let (before, after) = (p.before, p.after);
    let init = || (vec![0.0; n + before + after], vec![0.0; n]);
    let finish = |ext: &mut Vec<f64>, out: &mut Vec<f64>, mut outl: ArrayViewMut1<'_, O>| {
        fill_border(ext, n, before, p.mode, p.cval);
        (p.line)(ext, out);
        for (d, s) in outl.iter_mut().zip(out.iter()) {
            *d = O::from_f64_trunc(*s);
        }
    };
    let load = |ext: &mut [f64], inl: ArrayView1<'_, T>| {
        for (d, s) in ext[before..before + n].iter_mut().zip(inl.iter()) {
            *d = s.to_f64();
        }
    };
    match input {
        Some(input) => {
            let zip = Zip::from(input.lanes(Axis(p.axis))).and(output.lanes_mut(Axis(p.axis)));
            let work =
                |bufs: &mut (Vec<f64>, Vec<f64>),
                 (inl, outl): (ArrayView1<'_, T>, ArrayViewMut1<'_, O>)| {
                    let (ext, out) = bufs;
                    load(ext, inl);
                    finish(ext, out, outl);
                };
            #[cfg(feature = "parallel")]
            {
                use rayon::prelude::*;
                zip.into_par_iter().for_each_init(init, work);
            }
            #[cfg(not(feature = "parallel"))]
            {
                let mut bufs = init();
                zip.for_each(|a, b| work(&mut bufs, (a, b)));
            }
        }
        None => {
            let zip = Zip::from(output.lanes_mut(Axis(p.axis)));
            let work = |bufs: &mut (Vec<f64>, Vec<f64>), (outl,): (ArrayViewMut1<'_, O>,)| {
                let (ext, out) = bufs;
                for (d, s) in ext[before..before + n].iter_mut().zip(outl.iter()) {
                    *d = s.to_f64();
                }
                finish(ext, out, outl);
            };
            #[cfg(feature = "parallel")]
            {
                use rayon::prelude::*;
                zip.into_par_iter().for_each_init(init, work);
            }
            #[cfg(not(feature = "parallel"))]
            {
                let mut bufs = init();
                zip.for_each(|a| work(&mut bufs, (a,)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, array};

    #[test]
    fn a_three_point_sum_along_each_axis() {
        let a = array![[1u8, 2, 3], [4, 5, 6]];
        let mut out = Array2::<u8>::zeros((2, 3));
        let sum3 = |e: &[f64], o: &mut [f64]| {
            for i in 0..o.len() {
                o[i] = e[i] + e[i + 1] + e[i + 2];
            }
        };
        map_lines(a.view(), out.view_mut(), 1, 1, 1, Mode::Reflect, 0.0, sum3);
        assert_eq!(out, array![[4u8, 6, 8], [13, 15, 17]]);
        map_lines(a.view(), out.view_mut(), 0, 1, 1, Mode::Constant, 0.0, sum3);
        assert_eq!(out, array![[5u8, 7, 9], [5, 7, 9]]);
    }

    #[test]
    fn blocked_tiled_in_place_and_lane_paths_agree() {
        let a = ndarray::Array3::from_shape_fn((7, 5, 37), |(i, j, k)| {
            ((i * 13 + j * 7 + k * 3) % 11) as f64 - 5.0
        });
        // A 4-tap asymmetric kernel, line-wise and row-wise.
        let w = [0.5, -1.0, 2.0, 0.25];
        let line = |e: &[f64], o: &mut [f64]| {
            for i in 0..o.len() {
                o[i] = e[i] * w[0] + e[i + 1] * w[1] + e[i + 2] * w[2] + e[i + 3] * w[3];
            }
        };
        let block = |e: &[f64], o: &mut [f64], bw: usize| {
            for (i, row) in o.chunks_exact_mut(bw).enumerate() {
                for (k, d) in row.iter_mut().enumerate() {
                    let at = |t: usize| e[(i + t) * bw + k];
                    *d = at(0) * w[0] + at(1) * w[1] + at(2) * w[2] + at(3) * w[3];
                }
            }
        };
        for axis in 0..3 {
            for mode in [Mode::Reflect, Mode::Constant, Mode::Wrap, Mode::Mirror] {
                let mut tiled = ndarray::Array3::<f64>::zeros(a.raw_dim());
                map_lines(a.view(), tiled.view_mut(), axis, 1, 2, mode, 1.5, line);
                let mut blocked = ndarray::Array3::<f64>::zeros(a.raw_dim());
                map_lines_blocked(
                    a.view(),
                    blocked.view_mut(),
                    axis,
                    1,
                    2,
                    mode,
                    1.5,
                    line,
                    &block,
                );
                let mut inplace = a.clone();
                map_lines_inplace(
                    inplace.view_mut(),
                    axis,
                    1,
                    2,
                    mode,
                    1.5,
                    line,
                    Some(&block),
                );
                let mut inplace_lines = a.clone();
                map_lines_inplace(inplace_lines.view_mut(), axis, 1, 2, mode, 1.5, line, None);
                // The general path: a Fortran-ordered copy.
                let f = a.t().as_standard_layout().to_owned();
                let fa = f.t();
                let mut general = ndarray::Array3::<f64>::zeros(a.raw_dim());
                map_lines(fa, general.view_mut(), axis, 1, 2, mode, 1.5, line);
                assert_eq!(tiled, blocked, "axis {axis} {mode}");
                assert_eq!(tiled, inplace, "axis {axis} {mode}");
                assert_eq!(tiled, inplace_lines, "axis {axis} {mode}");
                assert_eq!(tiled, general, "axis {axis} {mode}");
            }
        }
    }
}
