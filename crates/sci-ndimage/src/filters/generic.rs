//! Filters with a user function over each window: `generic_filter` (a closure called once
//! per window with the window's values) and `vectorized_filter` (a closure called once per
//! batch of windows).
//!
//! Both read a padded copy of the input at the footprint's offsets. `generic_filter` works
//! in `f64` with `cval` as given and stores with SciPy's truncating cast, as SciPy's
//! `generic_filter`; `vectorized_filter` hands out the input's own values (with `cval` cast
//! to the input's type, as `numpy.pad` does) and lets the function choose the output type.

use ndarray::{Array, Array2, ArrayView2, ArrayViewMut, ArrayViewMut1, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result};

use super::common::check_output_shape;
use super::rank::{Footprint, Padded, Window};
use crate::Element;
use crate::filters::FilterOptions;

/// SciPy's `generic_filter` with its defaults (mode reflect): `function` of the values of
/// each window (in the footprint's C order, as `f64`), stored in the input's type.
///
/// # Errors
///
/// See [`generic_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{generic_filter, Footprint};
/// let range = |w: &[f64]| w.iter().copied().fold(f64::MIN, f64::max) - w.iter().copied().fold(f64::MAX, f64::min);
/// let y = generic_filter(&array![1u8, 4, 2, 8, 8], range, &Footprint::size([3])).unwrap();
/// assert_eq!(y, array![3u8, 3, 6, 6, 0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_filter.html>
pub fn generic_filter<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    footprint: &Footprint,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(&[f64]) -> f64 + Sync,
{
    generic_filter_with(input, function, footprint, &FilterOptions::default())
}

/// SciPy's `generic_filter` with its keywords (`mode`, `cval`, `origin`, `axes`).
///
/// # Errors
///
/// See [`generic_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{generic_filter_with, FilterOptions, Footprint}};
/// let mean = |w: &[f64]| w.iter().sum::<f64>() / w.len() as f64;
/// let y = generic_filter_with(&array![[1.0, 2.0], [3.0, 4.0]], mean, &Footprint::size([2]),
///     &FilterOptions::default().mode(Mode::Constant)).unwrap();
/// assert_eq!(y, array![[0.25, 0.75], [1.0, 2.5]]);
/// ```
pub fn generic_filter_with<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    footprint: &Footprint,
    opts: &FilterOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(&[f64]) -> f64 + Sync,
{
    let input = sci_core::view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    generic_filter_into(input, function, footprint, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `generic_filter` into an output of any element type (SciPy's `output=`).
///
/// `function` receives the window's values (the `true` elements of the footprint in C
/// order; an empty slice for an all-false footprint), read in `f64` from the input padded
/// with `cval` as given, and its result is stored with SciPy's truncating cast. Windows are
/// evaluated in parallel over rows, so `function` must be `Sync` and is called in no
/// particular order. Time O(n·k) plus n calls; memory one padded `f64` copy of the input.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a zero size, an empty footprint, an origin outside the
/// window, per-axis values of the wrong length, an axis out of range, or a sequence of
/// modes (SciPy takes one); [`Error::ShapeMismatch`] for a footprint of the wrong dimension
/// or an output of the wrong shape.
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1};
/// use sci_ndimage::filters::{generic_filter_into, FilterOptions, Footprint};
/// let mut out = Array1::<f64>::zeros(3);
/// generic_filter_into(&array![1u8, 2, 4], |w: &[f64]| w[0] * w[1], &Footprint::size([2]), out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![1.0, 2.0, 8.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_filter.html>
pub fn generic_filter_into<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    footprint: &Footprint,
    mut output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(&[f64]) -> f64 + Sync,
{
    let input = sci_core::view(input);
    check_output_shape("generic_filter", input.shape(), output.shape())?;
    // SciPy's generic_filter pairs the footprint's dimensions with the axes in sorted order.
    let opts = &Window::sorted_axes(opts, input.ndim())?;
    let w = Window::resolve(footprint, input.ndim(), opts)?;
    let mode = w.single_mode("generic_filter")?;
    if input.is_empty() {
        return Ok(());
    }
    let x = input.mapv(|v| v.to_f64()).into_dyn();
    let padded = Padded::new(x.view(), &w, mode, opts.cval);
    let offsets = padded.offsets(&w);
    let data = padded.data.as_slice().unwrap_or(&[]);
    let mut result = vec![0.0; input.len()];
    padded.for_each_row(
        &mut result,
        || Vec::with_capacity(offsets.len()),
        |buf: &mut Vec<f64>, base, row| {
            for (x, o) in row.iter_mut().enumerate() {
                buf.clear();
                buf.extend(offsets.iter().map(|&off| data[base + x + off]));
                *o = function(buf);
            }
        },
    );
    for (o, v) in output.iter_mut().zip(result) {
        *o = O::from_f64_trunc(v);
    }
    Ok(())
}

/// SciPy's `vectorized_filter` keywords: the filter's `mode`, `cval`, `origin` and `axes`
/// (one mode only), SciPy's `mode='valid'` (no padding: the output shrinks by the window's
/// length minus one along each filtered axis; no origin allowed), and `batch_memory`, the
/// most bytes of window values handed to the function in one call.
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, filters::VectorizedFilterOptions};
/// let o = VectorizedFilterOptions::default().mode(Mode::Wrap).batch_memory(1 << 20);
/// assert_eq!(o.filter.mode, vec![Mode::Wrap]);
/// assert!(!VectorizedFilterOptions::default().valid);
/// assert_eq!(VectorizedFilterOptions::default().batch_memory, 1 << 30);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.vectorized_filter.html>
#[derive(Debug, Clone, PartialEq)]
pub struct VectorizedFilterOptions {
    /// `mode`, `cval`, `origin`, `axes` (reflect, 0, 0, every axis).
    pub filter: FilterOptions,
    /// SciPy's `mode='valid'` (`false`): overrides `filter.mode`.
    pub valid: bool,
    /// The most bytes of window values per call of the function (`2^30`).
    pub batch_memory: usize,
}

impl Default for VectorizedFilterOptions {
    fn default() -> Self {
        VectorizedFilterOptions {
            filter: FilterOptions::default(),
            valid: false,
            batch_memory: 1 << 30,
        }
    }
}

impl VectorizedFilterOptions {
    /// The boundary mode.
    #[must_use]
    pub fn mode(mut self, mode: crate::Mode) -> Self {
        self.filter = self.filter.mode(mode);
        self
    }

    /// SciPy's `mode='valid'`.
    #[must_use]
    pub fn valid(mut self, valid: bool) -> Self {
        self.valid = valid;
        self
    }

    /// The constant value for the constant modes.
    #[must_use]
    pub fn cval(mut self, cval: f64) -> Self {
        self.filter = self.filter.cval(cval);
        self
    }

    /// One origin per filtered axis (or one for all).
    #[must_use]
    pub fn origins(mut self, origins: impl Into<Vec<isize>>) -> Self {
        self.filter = self.filter.origins(origins);
        self
    }

    /// The axes to filter.
    #[must_use]
    pub fn axes(mut self, axes: impl Into<Vec<isize>>) -> Self {
        self.filter = self.filter.axes(axes);
        self
    }

    /// The most bytes of window values per call of the function.
    #[must_use]
    pub fn batch_memory(mut self, bytes: usize) -> Self {
        self.batch_memory = bytes;
        self
    }
}

/// SciPy's `vectorized_filter` with its defaults: `function(windows, out)` receives a batch
/// of windows as a matrix (one row per window, one column per footprint element, in the
/// input's type) and writes one value per window.
///
/// # Errors
///
/// See [`vectorized_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::{array, ArrayView2, ArrayViewMut1, Axis};
/// use sci_ndimage::filters::{vectorized_filter, Footprint};
/// let sums = |w: ArrayView2<'_, u8>, mut out: ArrayViewMut1<'_, i32>| {
///     for (o, row) in out.iter_mut().zip(w.axis_iter(Axis(0))) {
///         *o = row.iter().map(|&v| i32::from(v)).sum();
///     }
/// };
/// let y = vectorized_filter(&array![200u8, 100, 1], sums, &Footprint::size([3])).unwrap();
/// assert_eq!(y, array![500, 301, 102]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.vectorized_filter.html>
pub fn vectorized_filter<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    footprint: &Footprint,
) -> Result<Array<O, D>>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(ArrayView2<'_, T>, ArrayViewMut1<'_, O>) + Sync,
{
    vectorized_filter_with(
        input,
        function,
        footprint,
        &VectorizedFilterOptions::default(),
    )
}

/// SciPy's `vectorized_filter` with its keywords; the output's shape is the input's, or
/// smaller with `valid`.
///
/// # Errors
///
/// See [`vectorized_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::{array, ArrayView2, ArrayViewMut1, Axis};
/// use sci_ndimage::filters::{vectorized_filter_with, Footprint, VectorizedFilterOptions};
/// let means = |w: ArrayView2<'_, f64>, mut out: ArrayViewMut1<'_, f64>| {
///     out.assign(&w.mean_axis(Axis(1)).unwrap());
/// };
/// let y = vectorized_filter_with(&array![1.0, 2.0, 3.0, 6.0], means, &Footprint::size([2]),
///     &VectorizedFilterOptions::default().valid(true)).unwrap();
/// assert_eq!(y, array![1.5, 2.5, 4.5]);
/// ```
pub fn vectorized_filter_with<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    footprint: &Footprint,
    opts: &VectorizedFilterOptions,
) -> Result<Array<O, D>>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(ArrayView2<'_, T>, ArrayViewMut1<'_, O>) + Sync,
{
    let input = sci_core::view(input);
    let w = Window::resolve(footprint, input.ndim(), &opts.filter)?;
    let mut shape = input.raw_dim();
    if opts.valid {
        for &ax in &w.axes {
            let len = w.mask.shape()[ax];
            shape[ax] = input.shape()[ax]
                .checked_sub(len)
                .map(|r| r + 1)
                .ok_or_else(|| {
                    Error::invalid_argument(
                        "footprint",
                        format!("{:?}", w.mask.shape()),
                        "with mode='valid' the window cannot be larger than the input",
                    )
                })?;
        }
    }
    let mut out = Array::from_elem(shape, O::default());
    vectorized_filter_into(input, function, footprint, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `vectorized_filter` into an output of the function's element type.
///
/// The input is padded by the mode (with `cval` cast to the input's type, as `numpy.pad`
/// does), or not at all with `valid`; windows are gathered in batches of at most
/// `batch_memory` bytes (at least one window), and batches are evaluated in parallel, so
/// `function` must be `Sync` and is called in no particular order. The footprint's `i`-th
/// dimension goes with the `i`-th entry of `axes`. Time O(n·k) plus the function's work;
/// memory one padded copy and one batch per thread.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a zero size, an empty footprint, an origin outside the
/// window or together with `valid`, a sequence of modes, per-axis values of the wrong
/// length, an axis out of range, or with `valid` a window larger than the input;
/// [`Error::ShapeMismatch`] for a footprint of the wrong dimension or an output of the
/// wrong shape.
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1, ArrayView2, ArrayViewMut1, Axis};
/// use sci_ndimage::filters::{vectorized_filter_into, Footprint, VectorizedFilterOptions};
/// let firsts = |w: ArrayView2<'_, i16>, mut out: ArrayViewMut1<'_, i16>| out.assign(&w.column(0));
/// let mut out = Array1::<i16>::zeros(3);
/// vectorized_filter_into(&array![5i16, 6, 7], firsts, &Footprint::size([3]), out.view_mut(),
///     &VectorizedFilterOptions::default()).unwrap();
/// assert_eq!(out, array![5, 5, 6]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.vectorized_filter.html>
pub fn vectorized_filter_into<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    footprint: &Footprint,
    mut output: ArrayViewMut<'_, O, D>,
    opts: &VectorizedFilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(ArrayView2<'_, T>, ArrayViewMut1<'_, O>) + Sync,
{
    let input = sci_core::view(input);
    let mut w = Window::resolve(footprint, input.ndim(), &opts.filter)?;
    let mode = w.single_mode("vectorized_filter")?;
    let mut out_shape = input.shape().to_vec();
    if opts.valid {
        if opts.filter.origin.iter().any(|&o| o != 0) {
            return Err(Error::invalid_argument(
                "origin",
                format!("{:?}", opts.filter.origin),
                "mode='valid' is incompatible with an origin",
            ));
        }
        for &ax in &w.axes {
            let len = w.mask.shape()[ax];
            out_shape[ax] = input.shape()[ax]
                .checked_sub(len)
                .map(|r| r + 1)
                .ok_or_else(|| {
                    Error::invalid_argument(
                        "footprint",
                        format!("{:?}", w.mask.shape()),
                        "with mode='valid' the window cannot be larger than the input",
                    )
                })?;
        }
        w.before.fill(0);
        w.after.fill(0);
    }
    check_output_shape("vectorized_filter", &out_shape, output.shape())?;
    let total: usize = out_shape.iter().product();
    if total == 0 {
        return Ok(());
    }
    let mut padded = Padded::new(
        input.view().into_dyn(),
        &w,
        mode,
        T::from_f64_trunc(opts.filter.cval),
    );
    padded.out_shape = out_shape.clone();
    let offsets = padded.offsets(&w);
    let k = offsets.len();
    let data = padded.data.as_slice().unwrap_or(&[]);
    let batch = (opts.batch_memory / (k * size_of::<T>()).max(1)).clamp(1, total);
    let strides = &padded.strides;
    let base_of = |flat: usize| {
        let mut rem = flat;
        let mut base = 0;
        for d in (0..out_shape.len()).rev() {
            base += (rem % out_shape[d]) * strides[d];
            rem /= out_shape[d];
        }
        base
    };
    let work = |windows: &mut Array2<T>, (b, chunk): (usize, &mut [O])| {
        let start = b * batch;
        let mut windows = windows.slice_mut(ndarray::s![..chunk.len(), ..]);
        for (i, mut row) in windows.outer_iter_mut().enumerate() {
            let base = base_of(start + i);
            for (d, &off) in row.iter_mut().zip(&offsets) {
                *d = data[base + off];
            }
        }
        function(windows.view(), ArrayViewMut1::from(chunk));
    };
    let mut result = vec![O::default(); total];
    let init = || Array2::from_elem((batch, k), T::default());
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        result
            .par_chunks_mut(batch)
            .enumerate()
            .for_each_init(init, work);
    }
    #[cfg(not(feature = "parallel"))]
    {
        let mut windows = init();
        for item in result.chunks_mut(batch).enumerate() {
            work(&mut windows, item);
        }
    }
    let result = Array::from_shape_vec(IxDyn(&out_shape), result)
        .map_err(|e| Error::invalid_argument("output", format!("{out_shape:?}"), e.to_string()))?;
    output.view_mut().into_dyn().assign(&result);
    Ok(())
}
