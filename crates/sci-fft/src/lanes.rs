//! The engine under every transform: apply a 1-D kernel to each line ("lane") of an N-d array
//! along one axis, in parallel over independent lanes when allowed.
//!
//! Two shapes of work:
//!
//! - [`in_place`]: the kernel keeps the element type and length (complex FFTs, DCTs, DSTs).
//!   Along the last axis the lanes are contiguous rows and the kernel runs on them where they
//!   lie, many rows per call. Along another axis the lanes are columns: blocks of
//!   [`BLOCK`] neighbouring columns are copied into a contiguous buffer, transformed and copied
//!   back, so memory is read in runs of [`BLOCK`] elements rather than one at a time.
//! - [`map_lanes`]: the kernel changes the type or the length (real-to-complex and
//!   complex-to-real FFTs); each input lane is copied (zero-padded or truncated) into a buffer
//!   and the kernel writes the output lane.
//!
//! Every lane is computed by the same code on whatever thread takes it, so results do not
//! depend on the number of threads.

use sci_core::ndarray::{ArrayD, ArrayViewD, ArrayViewMut2, ArrayViewMut3, Axis, IxDyn};

/// Columns per block when transforming along a non-contiguous axis.
pub(crate) const BLOCK: usize = 16;

/// Below this many elements a call runs on one thread: spawning costs more than it saves.
const PARALLEL_MIN_ELEMENTS: usize = 1 << 15;

/// A transform of contiguous lanes in place.
pub(crate) trait InPlace<T>: Sync {
    /// Per-thread working memory.
    type Scratch: Send;
    /// The lane length.
    fn len(&self) -> usize;
    /// Fresh working memory.
    fn scratch(&self) -> Self::Scratch;
    /// Transforms each of the `lanes.len() / self.len()` consecutive lanes of `lanes`.
    fn apply(&self, lanes: &mut [T], scratch: &mut Self::Scratch);
}

/// A transform from an input lane to an output lane of another type or length.
pub(crate) trait LaneMap<I, O>: Sync {
    /// Per-thread working memory.
    type Scratch: Send;
    /// The input lane length the kernel takes (inputs are zero-padded or truncated to it).
    fn n_in(&self) -> usize;
    /// The output lane length.
    fn n_out(&self) -> usize;
    /// Fresh working memory.
    fn scratch(&self) -> Self::Scratch;
    /// Transforms `input` (`n_in` values, which the kernel may overwrite) into `output`
    /// (`n_out` values).
    fn apply(&self, input: &mut [I], output: &mut [O], scratch: &mut Self::Scratch);
}

/// Applies `kernel` to every lane of `data` (standard layout) along `axis`.
pub(crate) fn in_place<T, K>(data: &mut ArrayD<T>, axis: usize, parallel: bool, kernel: &K)
where
    T: Copy + Default + Send + Sync,
    K: InPlace<T>,
{
    let n = kernel.len();
    debug_assert_eq!(data.len_of(Axis(axis)), n);
    debug_assert!(data.is_standard_layout());
    if data.is_empty() {
        return;
    }
    let parallel = parallel && data.len() >= PARALLEL_MIN_ELEMENTS;
    let shape = data.shape().to_vec();
    let outer: usize = shape[..axis].iter().product();
    let inner: usize = shape[axis + 1..].iter().product();
    let Some(slice) = data.as_slice_mut() else {
        unreachable!("in_place works on standard-layout arrays")
    };
    if inner == 1 {
        contiguous_rows(slice, n, outer, parallel, kernel);
    } else {
        let Ok(view) = ArrayViewMut3::from_shape((outer, n, inner), slice) else {
            unreachable!("the slice has the array's length")
        };
        strided_columns(view, parallel, kernel);
    }
}

/// Lanes that are contiguous rows of `n`: the kernel runs on them in place.
fn contiguous_rows<T, K>(slice: &mut [T], n: usize, rows: usize, parallel: bool, kernel: &K)
where
    T: Copy + Send + Sync,
    K: InPlace<T>,
{
    #[cfg(feature = "parallel")]
    if parallel && rows > 1 {
        use rayon::prelude::*;
        let tasks = rayon::current_num_threads() * 4;
        let rows_per_task = rows.div_ceil(tasks).max(1);
        slice
            .par_chunks_mut(rows_per_task * n)
            .for_each_init(|| kernel.scratch(), |s, chunk| kernel.apply(chunk, s));
        return;
    }
    let _ = (parallel, rows);
    let mut scratch = kernel.scratch();
    kernel.apply(slice, &mut scratch);
}

/// Splits `view` into pieces of at most `size` along `axis`, all with the view's lifetime.
fn split_pieces<'a, T, D: sci_core::ndarray::Dimension + sci_core::ndarray::RemoveAxis>(
    mut view: sci_core::ndarray::ArrayViewMut<'a, T, D>,
    axis: Axis,
    size: usize,
    out: &mut Vec<sci_core::ndarray::ArrayViewMut<'a, T, D>>,
) {
    while view.len_of(axis) > size {
        let (head, tail) = view.split_at(axis, size);
        out.push(head);
        view = tail;
    }
    if view.len_of(axis) > 0 {
        out.push(view);
    }
}

/// Lanes along the middle axis of an `(outer, n, inner)` view: blocks of columns.
fn strided_columns<T, K>(view: ArrayViewMut3<'_, T>, parallel: bool, kernel: &K)
where
    T: Copy + Default + Send + Sync,
    K: InPlace<T>,
{
    let n = view.len_of(Axis(1));
    let mut planes = Vec::new();
    split_pieces(view, Axis(0), 1, &mut planes);
    let mut blocks: Vec<ArrayViewMut2<'_, T>> = Vec::new();
    for plane in planes {
        let plane = plane.index_axis_move(Axis(0), 0);
        split_pieces(plane, Axis(1), BLOCK, &mut blocks);
    }
    let run = |state: &mut (K::Scratch, Vec<T>), mut block: ArrayViewMut2<'_, T>| {
        let (scratch, buf) = state;
        let b = block.len_of(Axis(1));
        let buf = &mut buf[..b * n];
        for (i, row) in block.rows().into_iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                buf[j * n + i] = v;
            }
        }
        kernel.apply(buf, scratch);
        for (i, mut row) in block.rows_mut().into_iter().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                *v = buf[j * n + i];
            }
        }
    };
    let init = || (kernel.scratch(), vec![T::default(); BLOCK * n]);
    #[cfg(feature = "parallel")]
    if parallel && blocks.len() > 1 {
        use rayon::prelude::*;
        blocks.into_par_iter().for_each_init(init, run);
        return;
    }
    let _ = parallel;
    let mut state = init();
    for block in blocks {
        run(&mut state, block);
    }
}

/// Maps every lane of `x` along `axis` through `kernel` into a new standard-layout array whose
/// length along `axis` is `kernel.n_out()`.
pub(crate) fn map_lanes<X, I, O, K>(
    x: &ArrayViewD<'_, X>,
    axis: usize,
    parallel: bool,
    convert: &(impl Fn(X) -> I + Sync),
    kernel: &K,
) -> ArrayD<O>
where
    X: Copy + Send + Sync,
    I: Copy + Default + Send + Sync,
    O: Copy + Default + Send + Sync,
    K: LaneMap<I, O>,
{
    let (n_in, n_out) = (kernel.n_in(), kernel.n_out());
    let mut shape = x.shape().to_vec();
    shape[axis] = n_out;
    let mut out = ArrayD::<O>::default(IxDyn(&shape));
    if out.is_empty() {
        return out;
    }
    let parallel = parallel && out.len().max(x.len()) >= PARALLEL_MIN_ELEMENTS;
    let run = |state: &mut (K::Scratch, Vec<I>, Vec<O>),
               (lane_in, mut lane_out): (
        sci_core::ndarray::ArrayView1<'_, X>,
        sci_core::ndarray::ArrayViewMut1<'_, O>,
    )| {
        let (scratch, buf_in, buf_out) = state;
        let m = lane_in.len().min(n_in);
        match lane_in.as_slice() {
            Some(s) => {
                for (b, &v) in buf_in.iter_mut().zip(&s[..m]) {
                    *b = convert(v);
                }
            }
            None => {
                for (b, &v) in buf_in.iter_mut().zip(lane_in.iter()).take(m) {
                    *b = convert(v);
                }
            }
        }
        buf_in[m..].fill(I::default());
        match lane_out.as_slice_mut() {
            Some(dst) => kernel.apply(buf_in, dst, scratch),
            None => {
                kernel.apply(buf_in, buf_out, scratch);
                for (d, &v) in lane_out.iter_mut().zip(buf_out.iter()) {
                    *d = v;
                }
            }
        }
    };
    let init = || {
        (
            kernel.scratch(),
            vec![I::default(); n_in],
            vec![O::default(); n_out],
        )
    };
    let pairs = x
        .lanes(Axis(axis))
        .into_iter()
        .zip(out.lanes_mut(Axis(axis)));
    #[cfg(feature = "parallel")]
    if parallel {
        use rayon::prelude::*;
        let pairs: Vec<_> = pairs.collect();
        if pairs.len() > 1 {
            let min_len = (4096 / n_out.max(1)).max(1);
            pairs
                .into_par_iter()
                .with_min_len(min_len)
                .for_each_init(init, run);
            return out;
        }
        let mut state = init();
        for pair in pairs {
            run(&mut state, pair);
        }
        return out;
    }
    let _ = parallel;
    let mut state = init();
    for pair in pairs {
        run(&mut state, pair);
    }
    out
}
