//! Order-statistic filters: `rank_filter`, `percentile_filter` and `median_filter`.
//!
//! As SciPy, the rank is resolved against the number of elements in the footprint (negative
//! ranks and percentiles count from the top), rank 0 and the last rank run as the minimum
//! and maximum filters, and other ranks read a padded copy of the input, in the input's type
//! with `cval` cast to it, through a sliding histogram (`u8`, `u16`) or a sorted window
//! (other types). A 1-D input with a full box is filtered in `f64` with `cval` as given,
//! as SciPy's 1-D path does.

use std::any::Any;

use ndarray::{Array, ArrayView, ArrayViewMut, AsArray, Dimension};
use sci_core::{Error, Result};

use super::extremum::{Extremum, min_or_max};
use super::histogram::{rank_u8, rank_u16};
use super::sorted::rank_sorted;
use super::window::{Footprint, Padded, Window, same_type_vec};
use crate::Element;
use crate::filters::FilterOptions;
use crate::filters::common::check_output_shape;

/// Which order statistic a filter takes.
#[derive(Debug, Clone, Copy)]
enum Which {
    Rank(isize),
    Percentile(f64),
    Median,
}

impl Which {
    /// The 0-based rank among `size` elements, as SciPy resolves it.
    fn resolve(self, size: usize) -> Result<usize> {
        let n = isize::try_from(size).unwrap_or(isize::MAX);
        match self {
            Which::Median => Ok(size / 2),
            Which::Rank(r) => {
                let k = if r < 0 { r + n } else { r };
                if k < 0 || k >= n {
                    return Err(Error::invalid_argument(
                        "rank",
                        r,
                        format!("rank not within filter footprint size ({size})"),
                    ));
                }
                Ok(k as usize)
            }
            Which::Percentile(p) => {
                let q = if p < 0.0 { p + 100.0 } else { p };
                if !(0.0..=100.0).contains(&q) {
                    return Err(Error::invalid_argument(
                        "percentile",
                        p,
                        "invalid percentile",
                    ));
                }
                let k = if q == 100.0 {
                    n - 1
                } else {
                    (size as f64 * q / 100.0) as isize
                };
                Which::Rank(k).resolve(size)
            }
        }
    }
}

fn order_into<T, O, D>(
    input: ArrayView<'_, T, D>,
    which: Which,
    footprint: &Footprint,
    mut output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    check_output_shape("rank filter", input.shape(), output.shape())?;
    // SciPy's rank filters pair sizes, origins, modes and footprint dimensions with the axes
    // in sorted order.
    let opts = &Window::sorted_axes(opts, input.ndim())?;
    let w = Window::resolve(footprint, input.ndim(), opts)?;
    let size = w.count;
    if size == 0 {
        // SciPy: rank 0 of nothing goes to the minimum filter, which refuses it.
        return min_or_max(input, footprint, None, output, opts, Extremum::Min);
    }
    let rank = which.resolve(size)?;
    if rank == 0 {
        return min_or_max(input, footprint, None, output, opts, Extremum::Min);
    }
    if rank == size - 1 {
        return min_or_max(input, footprint, None, output, opts, Extremum::Max);
    }
    let mode = w.single_mode("non-separable rank filters")?;
    if input.is_empty() {
        return Ok(());
    }
    if input.ndim() == 1 && w.is_box {
        let line = input.mapv(|v| v.to_f64()).into_dyn();
        let p = Padded::new(line.view(), &w, mode, opts.cval);
        let r = rank_sorted(&p, &w, rank);
        // SciPy's 1-D path stores its result in the input's type first.
        for (o, v) in output.iter_mut().zip(r) {
            *o = O::from_f64_trunc(T::from_f64_trunc(v).to_f64());
        }
        return Ok(());
    }
    let p = Padded::new(
        input.view().into_dyn(),
        &w,
        mode,
        T::from_f64_trunc(opts.cval),
    );
    let any: &dyn Any = &p;
    let fast: Option<Vec<T>> = if let Some(p8) = any.downcast_ref::<Padded<u8>>() {
        same_type_vec(rank_u8(p8, &w, rank))
    } else if let Some(p16) = any.downcast_ref::<Padded<u16>>() {
        same_type_vec(rank_u16(p16, &w, rank))
    } else {
        None
    };
    let result = fast.unwrap_or_else(|| rank_sorted(&p, &w, rank));
    let result =
        ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(input.shape()), result).map_err(|e| {
            Error::invalid_argument("input", format!("{:?}", input.shape()), e.to_string())
        })?;
    super::window::store_into(&result, &mut output);
    Ok(())
}

/// SciPy's `rank_filter`: the element of rank `rank` (0-based; negative counts from the
/// top) of each window, with SciPy's defaults (mode reflect).
///
/// # Errors
///
/// See [`rank_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{rank_filter, Footprint};
/// let y = rank_filter(&array![3u8, 0, 200, 5, 1, 250, 2, 9], 1, &Footprint::size([3])).unwrap();
/// assert_eq!(y, array![3u8, 3, 5, 5, 5, 2, 9, 9]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.rank_filter.html>
pub fn rank_filter<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    rank: isize,
    footprint: &Footprint,
) -> Result<Array<T, D>> {
    rank_filter_with(input, rank, footprint, &FilterOptions::default())
}

/// SciPy's `rank_filter` with its keywords (`mode`, `cval`, `origin` per axis, `axes`).
///
/// # Errors
///
/// See [`rank_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{rank_filter_with, FilterOptions, Footprint}};
/// let a = array![[1.0, 5.0, 2.0], [7.0, 0.0, 3.0]];
/// let y = rank_filter_with(&a, -2, &Footprint::size([2, 2]), &FilterOptions::default().mode(Mode::Nearest)).unwrap();
/// assert_eq!(y, array![[1.0, 5.0, 5.0], [7.0, 5.0, 3.0]]);
/// ```
pub fn rank_filter_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    rank: isize,
    footprint: &Footprint,
    opts: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = sci_core::view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    rank_filter_into(input, rank, footprint, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `rank_filter` into an output of any element type (SciPy's `output=`).
///
/// Rank 0 and the top rank run as [`minimum_filter`](super::minimum_filter) and
/// [`maximum_filter`](super::maximum_filter). Otherwise `u8` and `u16` use a sliding
/// histogram (Huang; two levels for `u16` as Perreault & Hébert): O(e + pointer moves) per
/// output for e elements entering and leaving the window (2·7 for a 7×7 box); other types
/// keep a sorted window, O(e·k) per output for a window of k. Rows are processed in
/// parallel. Memory: one padded copy of the input.
///
/// NaN: SciPy documents no NaN behaviour (its result depends on its selection algorithm);
/// here NaN orders above every number, so windows with NaN give a deterministic value.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a rank outside the footprint (after counting negative
/// ranks from the top), a zero size, an all-false footprint, an origin outside the window,
/// per-axis values of the wrong length, or a sequence of modes (SciPy refuses it for the
/// non-separable rank filters); [`Error::ShapeMismatch`] for a footprint of the wrong
/// dimension or an output of the wrong shape.
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1};
/// use sci_ndimage::filters::{rank_filter_into, FilterOptions, Footprint};
/// let mut out = Array1::<f32>::zeros(4);
/// rank_filter_into(&array![4u16, 1, 3, 2], 1, &Footprint::size([3]), out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![4.0, 3.0, 2.0, 2.0]);
/// ```
///
/// # References
///
/// T. S. Huang, G. J. Yang, G. Y. Tang, "A fast two-dimensional median filtering
/// algorithm", IEEE Trans. ASSP 27 (1979); S. Perreault, P. Hébert, "Median filtering in
/// constant time", IEEE Trans. Image Processing 16 (2007).
pub fn rank_filter_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    rank: isize,
    footprint: &Footprint,
    output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()> {
    order_into(
        sci_core::view(input),
        Which::Rank(rank),
        footprint,
        output,
        opts,
    )
}

/// SciPy's `percentile_filter`: the element at `percentile` (0 to 100; negative counts
/// from 100) of each window, rank `floor(k · percentile / 100)` of k elements, with SciPy's
/// defaults.
///
/// # Errors
///
/// See [`percentile_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{percentile_filter, Footprint};
/// let y = percentile_filter(&array![3u8, 0, 200, 5, 1, 250, 2, 9], -20.0, &Footprint::size([3])).unwrap();
/// assert_eq!(y, array![3u8, 200, 200, 200, 250, 250, 250, 9]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.percentile_filter.html>
pub fn percentile_filter<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    percentile: f64,
    footprint: &Footprint,
) -> Result<Array<T, D>> {
    percentile_filter_with(input, percentile, footprint, &FilterOptions::default())
}

/// SciPy's `percentile_filter` with its keywords.
///
/// # Errors
///
/// See [`percentile_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{percentile_filter_with, FilterOptions, Footprint}};
/// let y = percentile_filter_with(&array![[1i16, 5], [7, 0]], 50.0, &Footprint::size([3]), &FilterOptions::default().mode(Mode::Wrap)).unwrap();
/// assert_eq!(y.shape(), &[2, 2]);
/// ```
pub fn percentile_filter_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    percentile: f64,
    footprint: &Footprint,
    opts: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = sci_core::view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    percentile_filter_into(input, percentile, footprint, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `percentile_filter` into an output of any element type; the algorithms and
/// costs of [`rank_filter_into`].
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a percentile outside `[-100, 100]` (or NaN), and the
/// errors of [`rank_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1};
/// use sci_ndimage::filters::{percentile_filter_into, FilterOptions, Footprint};
/// let mut out = Array1::<u8>::zeros(3);
/// assert!(percentile_filter_into(&array![1u8, 2, 3], 101.0, &Footprint::size([3]), out.view_mut(), &FilterOptions::default()).is_err());
/// ```
///
/// # References
///
/// T. S. Huang et al., IEEE Trans. ASSP 27 (1979); S. Perreault, P. Hébert, IEEE Trans.
/// Image Processing 16 (2007).
pub fn percentile_filter_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    percentile: f64,
    footprint: &Footprint,
    output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()> {
    order_into(
        sci_core::view(input),
        Which::Percentile(percentile),
        footprint,
        output,
        opts,
    )
}

/// SciPy's `median_filter`: the element of rank `k / 2` of each window of k elements (for
/// an even k the upper of the two middle elements, not their mean), with SciPy's defaults.
///
/// # Errors
///
/// See [`median_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{median_filter, Footprint};
/// let a = array![[0u8, 0, 0], [0, 9, 0], [0, 0, 0]];
/// assert_eq!(median_filter(&a, &Footprint::size([3])).unwrap(), ndarray::Array2::<u8>::zeros((3, 3)));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.median_filter.html>
pub fn median_filter<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    footprint: &Footprint,
) -> Result<Array<T, D>> {
    median_filter_with(input, footprint, &FilterOptions::default())
}

/// SciPy's `median_filter` with its keywords.
///
/// # Errors
///
/// See [`median_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{median_filter_with, FilterOptions, Footprint}};
/// let y = median_filter_with(&array![5.0, 1.0, 4.0, 2.0], &Footprint::size([3]), &FilterOptions::default().mode(Mode::Constant)).unwrap();
/// assert_eq!(y, array![1.0, 4.0, 2.0, 2.0]);
/// ```
pub fn median_filter_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    footprint: &Footprint,
    opts: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = sci_core::view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    median_filter_into(input, footprint, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `median_filter` into an output of any element type; the algorithms and costs
/// of [`rank_filter_into`] (for `u8` a 7×7 box costs 14 histogram updates per output).
///
/// # Errors
///
/// The errors of [`rank_filter_into`].
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1};
/// use sci_ndimage::filters::{median_filter_into, FilterOptions, Footprint};
/// let mut out = Array1::<f64>::zeros(4);
/// median_filter_into(&array![5i16, 1, 4, 2], &Footprint::size([3]), out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![5.0, 4.0, 2.0, 2.0]);
/// ```
///
/// # References
///
/// T. S. Huang et al., IEEE Trans. ASSP 27 (1979); S. Perreault, P. Hébert, IEEE Trans.
/// Image Processing 16 (2007).
pub fn median_filter_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    footprint: &Footprint,
    output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()> {
    order_into(
        sci_core::view(input),
        Which::Median,
        footprint,
        output,
        opts,
    )
}
