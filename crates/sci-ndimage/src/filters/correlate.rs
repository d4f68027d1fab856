//! Linear correlation and convolution: `correlate1d`, `convolve1d` (a 1-D kernel along
//! one axis) and `correlate`, `convolve` (an N-D kernel over chosen axes).

use ndarray::{Array, ArrayView, ArrayViewMut, AsArray, Axis, Dimension, IxDyn};
use sci_core::{Error, Result, view};

use super::common::{check_output_shape, linear_pass, run_passes};
use super::options::{Filter1dOptions, FilterOptions};
use crate::args::check_origin;
use crate::pad::pad;
use crate::{Element, Mode};

/// Checks a 1-D kernel and its origin; returns the extension `(before, after)` of each
/// line so that `out[i] = Σ_j w[j] ext[i + j]`.
pub(crate) fn line_extent(weights: &[f64], origin: isize) -> Result<(usize, usize)> {
    if weights.is_empty() {
        return Err(Error::invalid_argument(
            "weights",
            "[]",
            "no filter weights given",
        ));
    }
    check_origin(origin, weights.len())?;
    let before = (weights.len() / 2).cast_signed() + origin;
    let before = before as usize;
    Ok((before, weights.len() - 1 - before))
}

/// The correlation of one axis with `weights` into `output` (no shape checks).
pub(crate) fn correlate1d_pass<T: Element, O: Element, D: Dimension>(
    input: ArrayView<'_, T, D>,
    output: ArrayViewMut<'_, O, D>,
    weights: &[f64],
    axis: usize,
    mode: Mode,
    cval: f64,
    origin: isize,
) -> Result<()> {
    let (before, after) = line_extent(weights, origin)?;
    run_passes(
        input,
        output,
        &[linear_pass(axis, before, after, mode, weights.to_vec())],
        cval,
    );
    Ok(())
}

/// 1-D correlation along an axis (SciPy's `correlate1d`) with SciPy's defaults:
/// `out[i] = Σ_j w[j] · in[i + j - len(w)/2]` along the last axis, `mode = reflect`.
///
/// Integer outputs truncate toward zero and wrap as C casts do.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for empty weights or an array of no dimensions.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::correlate1d;
/// let out = correlate1d(&array![2.0, 8.0, 0.0, 4.0, 1.0, 9.0, 9.0, 0.0], &[1.0, 3.0]).unwrap();
/// assert_eq!(out, array![8.0, 26.0, 8.0, 12.0, 7.0, 28.0, 36.0, 9.0]);
/// ```
///
/// Time O(n · len(w)), memory O(line length) per thread.
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate1d.html>
pub fn correlate1d<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: &[f64],
) -> Result<Array<T, D>> {
    correlate1d_with(input, weights, &Filter1dOptions::default())
}

/// [`correlate1d`] with SciPy's keywords (`axis`, `mode`, `cval`, `origin`).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for empty weights, an axis out of range, or an origin
/// outside the kernel (`-(len/2) ≤ origin ≤ (len-1)/2`).
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{Filter1dOptions, correlate1d_with}};
/// let a = array![[1.0, 2.0], [3.0, 4.0]];
/// let o = Filter1dOptions::default().axis(0).mode(Mode::Constant).cval(10.0);
/// let out = correlate1d_with(&a, &[1.0, 1.0, 1.0], &o).unwrap();
/// assert_eq!(out, array![[14.0, 16.0], [14.0, 16.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate1d.html>
pub fn correlate1d_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: &[f64],
    options: &Filter1dOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    correlate1d_into(input, weights, out.view_mut(), options)?;
    Ok(out)
}

/// [`correlate1d_with`] into an output array of any element type (SciPy's `output=`).
///
/// # Errors
///
/// As [`correlate1d_with`], and [`Error::ShapeMismatch`] when `output`'s shape differs
/// from `input`'s.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{Filter1dOptions, correlate1d_into};
/// let a = array![1u8, 2, 3];
/// let mut out = Array1::<f64>::zeros(3);
/// correlate1d_into(&a, &[0.5, 0.0, 0.0], out.view_mut(), &Filter1dOptions::default()).unwrap();
/// assert_eq!(out, array![0.5, 0.5, 1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate1d.html>
pub fn correlate1d_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: &[f64],
    output: ArrayViewMut<'_, O, D>,
    options: &Filter1dOptions,
) -> Result<()> {
    let input = view(input);
    check_output_shape("correlate1d", input.shape(), output.shape())?;
    let axis = options.resolve_axis(input.ndim())?;
    correlate1d_pass(
        input,
        output,
        weights,
        axis,
        options.mode,
        options.cval,
        options.origin,
    )
}

/// The reversed kernel and mirrored origin that turn a convolution into a correlation:
/// `origin' = -origin`, less one for even lengths.
fn convolution_as_correlation(weights: &[f64], origin: isize) -> (Vec<f64>, isize) {
    let rev: Vec<f64> = weights.iter().rev().copied().collect();
    let mut o = -origin;
    if weights.len().is_multiple_of(2) {
        o -= 1;
    }
    (rev, o)
}

/// 1-D convolution along an axis (SciPy's `convolve1d`) with SciPy's defaults: the
/// correlation with the reversed weights, the origin mirrored (and, for an even number of
/// weights, moved one sample further), so `out[i] = Σ_j w[j] · in[i - j + len(w)/2]`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for empty weights or an array of no dimensions.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::convolve1d;
/// let out = convolve1d(&array![2.0, 8.0, 0.0, 4.0, 1.0, 9.0, 9.0, 0.0], &[1.0, 3.0]).unwrap();
/// assert_eq!(out, array![14.0, 24.0, 4.0, 13.0, 12.0, 36.0, 27.0, 0.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.convolve1d.html>
pub fn convolve1d<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: &[f64],
) -> Result<Array<T, D>> {
    convolve1d_with(input, weights, &Filter1dOptions::default())
}

/// [`convolve1d`] with SciPy's keywords (`axis`, `mode`, `cval`, `origin`).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for empty weights, an axis out of range, or an origin that
/// leaves the kernel once mirrored.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{Filter1dOptions, convolve1d_with}};
/// let o = Filter1dOptions::default().mode(Mode::Constant).origin(1);
/// let out = convolve1d_with(&array![0.0, 0.0, 1.0, 0.0, 0.0], &[1.0, 2.0, 3.0], &o).unwrap();
/// assert_eq!(out, array![1.0, 2.0, 3.0, 0.0, 0.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.convolve1d.html>
pub fn convolve1d_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: &[f64],
    options: &Filter1dOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    convolve1d_into(input, weights, out.view_mut(), options)?;
    Ok(out)
}

/// [`convolve1d_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`convolve1d_with`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{Filter1dOptions, convolve1d_into};
/// let mut out = Array1::<i32>::zeros(3);
/// convolve1d_into(&array![1.0, 2.0, 3.0], &[2.5], out.view_mut(), &Filter1dOptions::default()).unwrap();
/// assert_eq!(out, array![2, 5, 7]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.convolve1d.html>
pub fn convolve1d_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: &[f64],
    output: ArrayViewMut<'_, O, D>,
    options: &Filter1dOptions,
) -> Result<()> {
    let (rev, origin) = convolution_as_correlation(weights, options.origin);
    if weights.is_empty() {
        return Err(Error::invalid_argument(
            "weights",
            "[]",
            "no filter weights given",
        ));
    }
    correlate1d_into(input, &rev, output, &options.clone().origin(origin))
}

/// N-D correlation (SciPy's `correlate`) with SciPy's defaults:
/// `out[i] = Σ_j w[j] · in[i + j - shape(w)/2]` over every axis, `mode = reflect`.
///
/// Zero weights are skipped (as in SciPy, a NaN under a zero weight does not spread).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `weights` has another number of dimensions than the
/// filtered axes, or is empty.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::correlate;
/// let a = array![[2.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]];
/// let w = array![[1.0, 0.0], [0.0, 1.0]];
/// assert_eq!(correlate(&a, &w).unwrap(), array![[4.0, 2.0, 0.0], [2.0, 3.0, 0.0], [0.0, 0.0, 1.0]]);
/// ```
///
/// Time O(n · nnz(w)), memory O(padded input).
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate.html>
pub fn correlate<'a, 'b, T: Element, D: Dimension, E: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: impl AsArray<'b, f64, E>,
) -> Result<Array<T, D>> {
    correlate_with(input, weights, &FilterOptions::default())
}

/// [`correlate`] with SciPy's keywords (`mode` (one), `cval`, `origin` per axis, `axes`).
///
/// # Errors
///
/// As [`correlate`]; an origin outside the kernel, a sequence of modes, or a wrong number
/// of origins.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{FilterOptions, correlate_with}};
/// let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let o = FilterOptions::default().axes(vec![1]).mode(Mode::Wrap);
/// let out = correlate_with(&a, &array![1.0, 1.0, 1.0], &o).unwrap();
/// assert_eq!(out, array![[6.0, 6.0, 6.0], [15.0, 15.0, 15.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate.html>
pub fn correlate_with<'a, 'b, T: Element, D: Dimension, E: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: impl AsArray<'b, f64, E>,
    options: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    correlate_into(input, weights, out.view_mut(), options)?;
    Ok(out)
}

/// [`correlate_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`correlate_with`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array2, array};
/// use sci_ndimage::filters::{FilterOptions, correlate_into};
/// let a = array![[1u8, 2], [3, 4]];
/// let mut out = Array2::<f64>::zeros((2, 2));
/// correlate_into(&a, &array![[0.25]], out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![[0.25, 0.5], [0.75, 1.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate.html>
pub fn correlate_into<'a, 'b, T: Element, O: Element, D: Dimension, E: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: impl AsArray<'b, f64, E>,
    output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
) -> Result<()> {
    let input = view(input);
    let weights = view(weights);
    check_output_shape("correlate", input.shape(), output.shape())?;
    let mode = options.single_mode()?;
    let r = options.resolve(input.ndim())?;
    correlate_nd(
        input.into_dyn(),
        weights.into_dyn(),
        output.into_dyn(),
        &r.axes,
        &r.origins,
        mode,
        options.cval,
    )
}

/// N-D convolution (SciPy's `convolve`) with SciPy's defaults: the correlation with the
/// kernel flipped along every axis and each origin mirrored (less one for even lengths).
///
/// # Errors
///
/// As [`correlate`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::convolve;
/// let a = array![[1.0, 2.0, 0.0, 0.0], [5.0, 3.0, 0.0, 4.0], [0.0, 0.0, 0.0, 7.0], [9.0, 3.0, 0.0, 0.0]];
/// let k = array![[1.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 0.0, 0.0]];
/// let out = convolve(&a, &k).unwrap();
/// assert_eq!(out.row(0).to_vec(), vec![18.0, 10.0, 7.0, 8.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.convolve.html>
pub fn convolve<'a, 'b, T: Element, D: Dimension, E: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: impl AsArray<'b, f64, E>,
) -> Result<Array<T, D>> {
    convolve_with(input, weights, &FilterOptions::default())
}

/// [`convolve`] with SciPy's keywords (`mode` (one), `cval`, `origin` per axis, `axes`).
///
/// # Errors
///
/// As [`correlate_with`] (origins are checked once mirrored).
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{FilterOptions, convolve_with}};
/// let a = array![[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]];
/// let o = FilterOptions::default().mode(Mode::Constant);
/// let out = convolve_with(&a, &array![[1.0, 2.0], [3.0, 4.0]], &o).unwrap();
/// assert_eq!(out, array![[1.0, 2.0, 0.0], [3.0, 4.0, 0.0], [0.0, 0.0, 0.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.convolve.html>
pub fn convolve_with<'a, 'b, T: Element, D: Dimension, E: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: impl AsArray<'b, f64, E>,
    options: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    convolve_into(input, weights, out.view_mut(), options)?;
    Ok(out)
}

/// [`convolve_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`convolve_with`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{FilterOptions, convolve_into};
/// let mut out = Array1::<u8>::zeros(3);
/// convolve_into(&array![1.0, 2.0, 3.0], &array![1.0, 1.0, 1.0], out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![4, 6, 8]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.convolve.html>
pub fn convolve_into<'a, 'b, T: Element, O: Element, D: Dimension, E: Dimension>(
    input: impl AsArray<'a, T, D>,
    weights: impl AsArray<'b, f64, E>,
    output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
) -> Result<()> {
    let input = view(input);
    let weights = view(weights);
    check_output_shape("convolve", input.shape(), output.shape())?;
    let mode = options.single_mode()?;
    let r = options.resolve(input.ndim())?;
    if weights.ndim() != r.axes.len() {
        return Err(weights_ndim_error(weights.ndim(), r.axes.len()));
    }
    let mut flipped = weights.to_owned().into_dyn();
    for k in 0..flipped.ndim() {
        flipped.invert_axis(Axis(k));
    }
    let origins: Vec<isize> = r
        .origins
        .iter()
        .enumerate()
        .map(|(k, &o)| {
            if weights.shape()[k] % 2 == 0 {
                -o - 1
            } else {
                -o
            }
        })
        .collect();
    correlate_nd(
        input.into_dyn(),
        flipped.view(),
        output.into_dyn(),
        &r.axes,
        &origins,
        mode,
        options.cval,
    )
}

fn weights_ndim_error(found: usize, expected: usize) -> Error {
    Error::invalid_argument(
        "weights",
        format!("ndim {found}"),
        format!("weights.ndim must match the number of filtered axes ({expected})"),
    )
}

/// The N-D correlation: the input padded (as `f64`, so `cval` is exact) by the kernel's
/// reach, then every output row summed over the non-zero weights at precomputed offsets
/// into the padded array, in SciPy's order (C order over the kernel, from 0). Rows run in
/// parallel.
fn correlate_nd<T: Element, O: Element>(
    input: ArrayView<'_, T, IxDyn>,
    weights: ArrayView<'_, f64, IxDyn>,
    mut output: ArrayViewMut<'_, O, IxDyn>,
    axes: &[usize],
    origins: &[isize],
    mode: Mode,
    cval: f64,
) -> Result<()> {
    let ndim = input.ndim();
    if weights.ndim() != axes.len() {
        return Err(weights_ndim_error(weights.ndim(), axes.len()));
    }
    if weights.is_empty() {
        return Err(Error::invalid_argument(
            "weights",
            format!("shape {:?}", weights.shape()),
            "no filter weights given",
        ));
    }
    // The kernel's shape and origin over every input axis (size 1 off the filtered axes).
    let mut kshape = vec![1usize; ndim];
    let mut korigin = vec![0isize; ndim];
    for (k, &ax) in axes.iter().enumerate() {
        kshape[ax] = weights.shape()[k];
        check_origin(origins[k], kshape[ax])?;
        korigin[ax] = origins[k];
    }
    if input.is_empty() {
        return Ok(());
    }
    if ndim == 0 {
        let w = weights.iter().next().copied().unwrap_or(0.0);
        let v = input.iter().next().map_or(0.0, |x| x.to_f64());
        let r = if w != 0.0 { 0.0 + v * w } else { 0.0 };
        output.fill(O::from_f64_trunc(r));
        return Ok(());
    }
    // Bring the kernel's axes into input-axis order: position k of `weights` is input axis
    // `axes[k]`; sort them by input axis.
    let mut order: Vec<usize> = (0..axes.len()).collect();
    order.sort_by_key(|&k| axes[k]);
    let kperm = weights.permuted_axes(IxDyn(&order));
    let before: Vec<usize> = (0..ndim)
        .map(|ax| ((kshape[ax] / 2).cast_signed() + korigin[ax]).cast_unsigned())
        .collect();
    let after: Vec<usize> = (0..ndim).map(|ax| kshape[ax] - 1 - before[ax]).collect();
    let work = input.mapv(|v| v.to_f64());
    let padded = pad(work.view(), &before, &after, mode.for_filters(), cval);
    let strides: Vec<isize> = padded.strides().to_vec();
    // Offsets of the non-zero weights, in C order of the kernel over input axes.
    let mut taps: Vec<(isize, f64)> = Vec::new();
    let filtered_sorted: Vec<usize> = {
        let mut s = axes.to_vec();
        s.sort_unstable();
        s
    };
    for (idx, &w) in kperm.indexed_iter() {
        if w == 0.0 {
            continue;
        }
        let mut off = 0isize;
        for (k, &ax) in filtered_sorted.iter().enumerate() {
            off += idx[k].cast_signed() * strides[ax];
        }
        taps.push((off, w));
    }
    let flat = padded
        .as_slice()
        .ok_or_else(|| Error::invalid_argument("input", "layout", "padding is contiguous"))?;
    let last = ndim - 1;
    let n = input.len_of(Axis(last));
    let row = |idx: &[usize], mut out: ndarray::ArrayViewMut1<'_, O>, acc: &mut Vec<f64>| {
        let mut base = 0isize;
        for ax in 0..last {
            base += idx[ax].cast_signed() * strides[ax];
        }
        acc.clear();
        acc.resize(n, 0.0);
        for &(off, w) in &taps {
            let start = (base + off) as usize;
            for (a, &v) in acc.iter_mut().zip(&flat[start..start + n]) {
                *a += v * w;
            }
        }
        for (d, &a) in out.iter_mut().zip(acc.iter()) {
            *d = O::from_f64_trunc(a);
        }
    };
    // Rows of the output in C order, each with its multi-index (all but the last axis).
    let outer_shape: Vec<usize> = input.shape()[..last].to_vec();
    let rows: Vec<(usize, ndarray::ArrayViewMut1<'_, O>)> = output
        .lanes_mut(Axis(last))
        .into_iter()
        .enumerate()
        .collect();
    let run = |(flat_i, out): (usize, ndarray::ArrayViewMut1<'_, O>), acc: &mut Vec<f64>| {
        let mut idx = vec![0usize; last];
        let mut rem = flat_i;
        for ax in (0..last).rev() {
            idx[ax] = rem % outer_shape[ax];
            rem /= outer_shape[ax];
        }
        row(&idx, out, acc);
    };
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        rows.into_par_iter()
            .for_each_init(|| Vec::with_capacity(n), |acc, r| run(r, acc));
    }
    #[cfg(not(feature = "parallel"))]
    {
        let mut acc = Vec::with_capacity(n);
        for r in rows {
            run(r, &mut acc);
        }
    }
    Ok(())
}
