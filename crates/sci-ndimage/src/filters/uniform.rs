//! Uniform (box) filters: `uniform_filter1d` and `uniform_filter`, a running mean per axis
//! (O(1) per sample whatever the size).

use ndarray::{Array, ArrayViewMut, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::common::{Pass, check_output_shape, run_passes};
use super::correlate::line_extent;
use super::kernels::{running_mean, running_mean_block};
use super::options::{Filter1dOptions, FilterOptions};
use crate::args::per_axis;
use crate::{Element, Mode};

/// The running-mean pass of one axis.
fn uniform_pass<'k>(axis: usize, size: usize, mode: Mode, origin: isize) -> Result<Pass<'k>> {
    if size == 0 {
        return Err(Error::invalid_argument("size", 0, "incorrect filter size"));
    }
    let (before, after) = line_extent(&vec![0.0; size], origin)?;
    Ok(Pass {
        axis,
        before,
        after,
        mode: mode.for_filters(),
        kernel: Box::new(move |e: &[f64], o: &mut [f64]| running_mean(e, o, size)),
        block: Some(Box::new(move |e: &[f64], o: &mut [f64], w: usize| {
            running_mean_block(e, o, w, size)
        })),
    })
}

/// 1-D uniform filter along the last axis (SciPy's `uniform_filter1d`) with SciPy's
/// defaults: the mean of `size` neighbours, centred (`size / 2` before), `mode = reflect`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for `size == 0` or an array of no dimensions.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::uniform_filter1d;
/// let out = uniform_filter1d(&array![2i32, 8, 0, 4, 1, 9, 9, 0], 3).unwrap();
/// assert_eq!(out, array![4, 3, 4, 1, 4, 6, 6, 3]);
/// ```
///
/// Time O(n) whatever `size`, memory O(line) per thread.
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.uniform_filter1d.html>
pub fn uniform_filter1d<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: usize,
) -> Result<Array<T, D>> {
    uniform_filter1d_with(input, size, &Filter1dOptions::default())
}

/// [`uniform_filter1d`] with SciPy's keywords (`axis`, `mode`, `cval`, `origin`).
///
/// # Errors
///
/// As [`uniform_filter1d`], and an origin outside the window.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{Filter1dOptions, uniform_filter1d_with}};
/// let o = Filter1dOptions::default().mode(Mode::Constant).cval(3.0);
/// assert_eq!(uniform_filter1d_with(&array![0.0, 0.0], 3, &o).unwrap(), array![1.0, 1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.uniform_filter1d.html>
pub fn uniform_filter1d_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: usize,
    options: &Filter1dOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    uniform_filter1d_into(input, size, out.view_mut(), options)?;
    Ok(out)
}

/// [`uniform_filter1d_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`uniform_filter1d_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{Filter1dOptions, uniform_filter1d_into};
/// let mut out = Array1::<f64>::zeros(3);
/// uniform_filter1d_into(&array![1u8, 2, 3], 2, out.view_mut(), &Filter1dOptions::default()).unwrap();
/// assert_eq!(out, array![1.0, 1.5, 2.5]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.uniform_filter1d.html>
pub fn uniform_filter1d_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: usize,
    output: ArrayViewMut<'_, O, D>,
    options: &Filter1dOptions,
) -> Result<()> {
    let input = view(input);
    check_output_shape("uniform_filter1d", input.shape(), output.shape())?;
    let axis = options.resolve_axis(input.ndim())?;
    let pass = uniform_pass(axis, size, options.mode, options.origin)?;
    run_passes(input, output, &[pass], options.cval);
    Ok(())
}

/// N-D uniform filter (SciPy's `uniform_filter`) with SciPy's defaults: a running mean of
/// `size` samples along every axis in turn (`size` one value or one per axis; axes of
/// size 0 or 1 are left alone, as in SciPy).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a wrong number of per-axis values.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::uniform_filter;
/// let a = array![[1.0f64, 1.0, 1.0], [1.0, 10.0, 1.0], [1.0, 1.0, 1.0]];
/// let out = uniform_filter(&a, &[3]).unwrap();
/// assert!((out[[1, 1]] - 2.0).abs() < 1e-12);
/// ```
///
/// Time O(n · ndim) whatever `size`, memory O(n) for the intermediate pass.
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.uniform_filter.html>
pub fn uniform_filter<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[usize],
) -> Result<Array<T, D>> {
    uniform_filter_with(input, size, &FilterOptions::default())
}

/// [`uniform_filter`] with SciPy's keywords (`mode` and `origin` one or per axis, `cval`,
/// `axes`).
///
/// # Errors
///
/// As [`uniform_filter`], and an origin outside its window.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{FilterOptions, uniform_filter_with}};
/// let a = array![[0.0, 3.0, 0.0], [0.0, 0.0, 0.0]];
/// let o = FilterOptions::default().axes(vec![1]).mode(Mode::Wrap);
/// assert_eq!(uniform_filter_with(&a, &[3], &o).unwrap().row(0).to_vec(), vec![1.0; 3]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.uniform_filter.html>
pub fn uniform_filter_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[usize],
    options: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    uniform_filter_into(input, size, out.view_mut(), options)?;
    Ok(out)
}

/// [`uniform_filter_with`] into an output array of any element type (each pass is stored
/// in the output's type).
///
/// # Errors
///
/// As [`uniform_filter_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{FilterOptions, uniform_filter_into};
/// let mut out = Array1::<f64>::zeros(3);
/// uniform_filter_into(&array![3u8, 0, 0], &[3], out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![2.0, 1.0, 0.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.uniform_filter.html>
pub fn uniform_filter_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[usize],
    output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
) -> Result<()> {
    let input = view(input);
    check_output_shape("uniform_filter", input.shape(), output.shape())?;
    let r = options.resolve(input.ndim())?;
    let sizes = per_axis("size", size, r.axes.len())?;
    let mut passes = Vec::new();
    for (i, &ax) in r.axes.iter().enumerate() {
        if sizes[i] > 1 {
            passes.push(uniform_pass(ax, sizes[i], r.modes[i], r.origins[i])?);
        }
    }
    run_passes(input, output, &passes, options.cval);
    Ok(())
}
