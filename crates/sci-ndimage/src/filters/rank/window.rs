//! The window of a neighbourhood filter: SciPy's `size` or `footprint`, resolved against an
//! input (axes, origins, modes), and the row-by-row traversal of a padded input that the
//! order-statistic, non-separable extremum and generic filters share.

use std::any::Any;

use ndarray::{ArrayD, ArrayView, ArrayViewMut, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result};

use crate::filters::FilterOptions;
use crate::pad::pad;
use crate::{Element, Mode};

/// The neighbourhood of a filter: SciPy's `size` (a full box) or `footprint` (a boolean
/// mask whose `true` elements are in the window).
///
/// With `axes`, the box or mask has one dimension per filtered axis, in the order of `axes`.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::Footprint;
/// let boxed = Footprint::size([3, 5]);
/// let cross = Footprint::mask(&array![[false, true, false], [true, true, true], [false, true, false]]);
/// assert_eq!(boxed, Footprint::Size(vec![3, 5]));
/// assert!(matches!(cross, Footprint::Mask(m) if m.ndim() == 2));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.median_filter.html>
#[derive(Debug, Clone, PartialEq)]
pub enum Footprint {
    /// SciPy's `size=`: the box's length, one for every filtered axis or one per axis.
    Size(Vec<usize>),
    /// SciPy's `footprint=`: the mask of the window (one dimension per filtered axis).
    Mask(ArrayD<bool>),
}

impl Footprint {
    /// SciPy's `size=` (one value for every axis, or one per filtered axis).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_ndimage::filters::Footprint::size([3]), sci_ndimage::filters::Footprint::Size(vec![3]));
    /// ```
    pub fn size(size: impl Into<Vec<usize>>) -> Footprint {
        Footprint::Size(size.into())
    }

    /// SciPy's `footprint=`: any boolean array (its dimension is the number of filtered axes).
    ///
    /// # Examples
    ///
    /// ```
    /// let f = sci_ndimage::filters::Footprint::mask(&[true, false, true]);
    /// assert!(matches!(f, sci_ndimage::filters::Footprint::Mask(m) if m.len() == 3));
    /// ```
    pub fn mask<'a, D: Dimension>(mask: impl AsArray<'a, bool, D>) -> Footprint {
        Footprint::Mask(sci_core::view(mask).to_owned().into_dyn())
    }

    /// The window's shape in the space of the filtered axes (`naxes` of them).
    pub(crate) fn shape(&self, naxes: usize) -> Result<Vec<usize>> {
        match self {
            Footprint::Size(s) => {
                let s = crate::args::per_axis("size", s, naxes)?;
                if s.contains(&0) {
                    return Err(Error::invalid_argument(
                        "size",
                        format!("{s:?}"),
                        "every size must be at least 1",
                    ));
                }
                Ok(s)
            }
            Footprint::Mask(m) => Ok(m.shape().to_vec()),
        }
    }
}

/// A window resolved against an input of `ndim` dimensions: everything in the full
/// dimension (unfiltered axes have length 1).
#[derive(Debug, Clone)]
pub(crate) struct Window {
    /// The filtered axes (non-negative, in the order the footprint's axes map to).
    pub axes: Vec<usize>,
    /// The mask over the full dimension.
    pub mask: ArrayD<bool>,
    /// Whether every element of the box is in the window (separable extremum).
    pub is_box: bool,
    /// Padding in front of each axis: `len / 2 + origin`.
    pub before: Vec<usize>,
    /// Padding behind each axis.
    pub after: Vec<usize>,
    /// The mode of each axis of the full dimension (unfiltered axes: reflect, unused).
    pub modes: Vec<Mode>,
    /// Whether the modes were given as a per-axis sequence (SciPy refuses those for
    /// non-separable windows).
    pub mode_sequence: bool,
    /// The number of elements in the window.
    pub count: usize,
}

impl Window {
    /// Resolves `footprint` against `ndim` and the options: checks the footprint's
    /// dimension, origins inside the window, and per-axis lengths.
    pub(crate) fn resolve(
        footprint: &Footprint,
        ndim: usize,
        opts: &FilterOptions,
    ) -> Result<Window> {
        let r = opts.resolve(ndim)?;
        let naxes = r.axes.len();
        let shape = footprint.shape(naxes)?;
        if let Footprint::Mask(m) = footprint {
            if m.ndim() != naxes {
                return Err(Error::shape_mismatch(
                    "footprint: one dimension per filtered axis",
                    &[naxes],
                    &[m.ndim()],
                ));
            }
            if m.is_empty() {
                return Err(Error::invalid_argument(
                    "footprint",
                    format!("{:?}", m.shape()),
                    "the footprint must not be empty",
                ));
            }
        }
        for (&o, &s) in r.origins.iter().zip(&shape) {
            crate::args::check_origin(o, s)?;
        }
        let mut full_shape = vec![1usize; ndim];
        let mut before = vec![0usize; ndim];
        let mut after = vec![0usize; ndim];
        let mut modes = vec![Mode::Reflect; ndim];
        for (i, &ax) in r.axes.iter().enumerate() {
            full_shape[ax] = shape[i];
            // check_origin keeps `len / 2 + origin` within `0..len`.
            let b = (shape[i] / 2).checked_add_signed(r.origins[i]).unwrap_or(0);
            before[ax] = b;
            after[ax] = shape[i] - 1 - b;
            modes[ax] = r.modes[i];
        }
        let mask = match footprint {
            Footprint::Size(_) => ArrayD::from_elem(IxDyn(&full_shape), true),
            Footprint::Mask(m) => expand(m, &r.axes, &full_shape),
        };
        let count = mask.iter().filter(|&&b| b).count();
        Ok(Window {
            is_box: count == mask.len(),
            axes: r.axes,
            mask,
            before,
            after,
            modes,
            mode_sequence: opts.mode.len() > 1,
            count,
        })
    }

    /// The one mode of a non-separable window.
    ///
    /// # Errors
    ///
    /// SciPy's refusal of a sequence of modes for a non-separable window.
    pub(crate) fn single_mode(&self, what: &str) -> Result<Mode> {
        if self.mode_sequence {
            return Err(Error::invalid_argument(
                "mode",
                format!("{:?}", self.modes),
                format!("a sequence of modes is not supported by {what}"),
            ));
        }
        Ok(self.axes.first().map_or(Mode::Reflect, |&a| self.modes[a]))
    }

    /// The options with `axes` sorted (the per-axis values keep their order, so the `i`-th
    /// value goes to the `i`-th smallest axis): SciPy's rank filters and non-separable
    /// footprints pair them that way, whatever the order of `axes`.
    pub(crate) fn sorted_axes(opts: &FilterOptions, ndim: usize) -> Result<FilterOptions> {
        let Some(axes) = &opts.axes else {
            return Ok(opts.clone());
        };
        let mut a = crate::args::resolve_axes(Some(axes), ndim)?;
        a.sort_unstable();
        Ok(opts.clone().axes(
            a.into_iter()
                .map(|x| isize::try_from(x).unwrap_or(isize::MAX))
                .collect::<Vec<_>>(),
        ))
    }

    /// An array in the space of the filtered axes (a structure) mapped to the full dimension.
    pub(crate) fn expand<A: Clone + Default>(&self, a: &ArrayD<A>) -> ArrayD<A> {
        expand(a, &self.axes, self.mask.shape())
    }
}

/// `a` (one dimension per entry of `axes`) laid out over the full dimension `full_shape`.
fn expand<A: Clone + Default>(a: &ArrayD<A>, axes: &[usize], full_shape: &[usize]) -> ArrayD<A> {
    ArrayD::from_shape_fn(IxDyn(full_shape), |idx| {
        let sub: Vec<usize> = axes.iter().map(|&ax| idx[ax]).collect();
        a[IxDyn(&sub)].clone()
    })
}

/// An input padded for a window, read at fixed linear offsets.
pub(crate) struct Padded<T> {
    /// The padded values, standard layout.
    pub data: ArrayD<T>,
    /// The output's shape (the input's).
    pub out_shape: Vec<usize>,
    /// Strides of the padded array, in elements.
    pub strides: Vec<usize>,
}

impl<T: Element> Padded<T> {
    /// Pads `input` by the window under one `mode` with the constant `cval`.
    pub(crate) fn new(
        input: ArrayView<'_, T, IxDyn>,
        w: &Window,
        mode: Mode,
        cval: T,
    ) -> Padded<T> {
        let data = pad(input.view(), &w.before, &w.after, mode, cval);
        let data = if data.is_standard_layout() {
            data
        } else {
            data.as_standard_layout().into_owned()
        };
        let shape = data.shape().to_vec();
        let mut strides = vec![1usize; shape.len()];
        for k in (0..shape.len().saturating_sub(1)).rev() {
            strides[k] = strides[k + 1] * shape[k + 1];
        }
        Padded {
            data,
            out_shape: input.shape().to_vec(),
            strides,
        }
    }

    /// The linear offsets of the window's elements (C order of the mask).
    pub(crate) fn offsets(&self, w: &Window) -> Vec<usize> {
        w.mask
            .indexed_iter()
            .filter(|&(_, &b)| b)
            .map(|(idx, _)| self.linear(idx.slice()))
            .collect()
    }

    /// The offsets of the elements that enter the window when it moves one step along the
    /// last axis (read at the new position) and of those that leave it (read at the old one).
    pub(crate) fn enter_leave(&self, w: &Window) -> (Vec<usize>, Vec<usize>) {
        let nd = w.mask.ndim();
        let (mut enter, mut leave) = (Vec::new(), Vec::new());
        if nd == 0 {
            return (enter, leave);
        }
        let last = w.mask.shape()[nd - 1];
        for (idx, &b) in w.mask.indexed_iter() {
            if !b {
                continue;
            }
            let mut j = idx.slice().to_vec();
            let c = j[nd - 1];
            let prev_in = c > 0 && {
                j[nd - 1] = c - 1;
                w.mask[IxDyn(&j)]
            };
            let next_in = c + 1 < last && {
                j[nd - 1] = c + 1;
                w.mask[IxDyn(&j)]
            };
            j[nd - 1] = c;
            // The window at x + 1 holds x + 1 + o; x + o leaves unless o - 1 is in the
            // mask, and x + 1 + o enters unless o + 1 is.
            if !next_in {
                enter.push(self.linear(&j));
            }
            if !prev_in {
                leave.push(self.linear(&j));
            }
        }
        (enter, leave)
    }

    fn linear(&self, idx: &[usize]) -> usize {
        idx.iter().zip(&self.strides).map(|(i, s)| i * s).sum()
    }

    /// The length of the output's rows (the last axis; 1 for a 0-d input).
    pub(crate) fn row_len(&self) -> usize {
        self.out_shape.last().copied().unwrap_or(1)
    }

    /// Calls `f(state, base, row)` for every output row (along the last axis) with the
    /// linear index in the padded array of the window's corner for the row's first element,
    /// in parallel over rows; `init` makes one state per worker.
    pub(crate) fn for_each_row<K, S, I, F>(&self, out: &mut [K], init: I, f: F)
    where
        K: Send,
        I: Fn() -> S + Sync + Send,
        F: Fn(&mut S, usize, &mut [K]) + Sync + Send,
    {
        let n = self.row_len();
        if out.is_empty() || n == 0 {
            return;
        }
        let nd = self.out_shape.len();
        let base_of = |r: usize| {
            let mut rem = r;
            let mut base = 0;
            for k in (0..nd.saturating_sub(1)).rev() {
                base += (rem % self.out_shape[k]) * self.strides[k];
                rem /= self.out_shape[k];
            }
            base
        };
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            out.par_chunks_mut(n)
                .enumerate()
                .for_each_init(init, |s, (r, row)| f(s, base_of(r), row));
        }
        #[cfg(not(feature = "parallel"))]
        {
            let mut s = init();
            for (r, row) in out.chunks_mut(n).enumerate() {
                f(&mut s, base_of(r), row);
            }
        }
    }
}

/// Moves a result computed in the input's type into `output` of any element type: a plain
/// copy when the types agree (no detour through `f64`, exact for `i64`), otherwise SciPy's
/// truncating store.
pub(crate) fn store_into<T: Element, O: Element, D: Dimension>(
    result: &ArrayD<T>,
    output: &mut ArrayViewMut<'_, O, D>,
) {
    let mut out = output.view_mut().into_dyn();
    if let Some(same) = (result as &dyn Any).downcast_ref::<ArrayD<O>>() {
        out.assign(same);
    } else {
        ndarray::Zip::from(&mut out)
            .and(result)
            .for_each(|o, &v| *o = O::from_f64_trunc(v.to_f64()));
    }
}

/// Moves a `Vec` to another element type when the two types are the same one (`None`
/// otherwise).
pub(crate) fn same_type_vec<A: 'static, B: 'static>(v: Vec<A>) -> Option<Vec<B>> {
    let boxed: Box<dyn Any> = Box::new(v);
    boxed.downcast::<Vec<B>>().ok().map(|b| *b)
}
