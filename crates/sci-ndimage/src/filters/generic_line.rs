//! `generic_filter1d`: a user closure over every extended line along an axis.

use ndarray::{Array, ArrayViewMut, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::common::{Pass, check_output_shape, run_passes};
use super::correlate::line_extent;
use super::options::Filter1dOptions;
use crate::Element;

/// A 1-D filter given by a closure (SciPy's `generic_filter1d`) with SciPy's defaults:
/// for every line along the last axis, `function(extended, output)` sees the line
/// extended by `filter_size - 1` values (`filter_size / 2` in front, under
/// `mode = reflect`) as `f64` and writes the `n` output values. Extra arguments go into
/// the closure's captures. Lines run in parallel, so the closure is `Fn + Sync`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for `filter_size == 0` or an array of no dimensions.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::generic_filter1d;
/// // A running sum of three, as SciPy's example with weights 1.
/// let out = generic_filter1d(&array![2.0, 8.0, 0.0, 4.0], |ext, out| {
///     for i in 0..out.len() { out[i] = ext[i] + ext[i + 1] + ext[i + 2]; }
/// }, 3).unwrap();
/// assert_eq!(out, array![12.0, 10.0, 12.0, 8.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_filter1d.html>
pub fn generic_filter1d<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    filter_size: usize,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(&[f64], &mut [f64]) + Sync,
{
    generic_filter1d_with(input, function, filter_size, &Filter1dOptions::default())
}

/// [`generic_filter1d`] with SciPy's keywords (`axis`, `mode`, `cval`, `origin`).
///
/// # Errors
///
/// As [`generic_filter1d`], and an origin outside the window.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{Filter1dOptions, generic_filter1d_with}};
/// let o = Filter1dOptions::default().axis(0).mode(Mode::Constant).origin(-1);
/// let out = generic_filter1d_with(&array![[1.0], [2.0], [3.0]], |ext, out| {
///     for i in 0..out.len() { out[i] = ext[i].max(ext[i + 1]); }
/// }, 2, &o).unwrap();
/// assert_eq!(out, array![[2.0], [3.0], [3.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_filter1d.html>
pub fn generic_filter1d_with<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    filter_size: usize,
    options: &Filter1dOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(&[f64], &mut [f64]) + Sync,
{
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    generic_filter1d_into(input, function, filter_size, out.view_mut(), options)?;
    Ok(out)
}

/// [`generic_filter1d_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`generic_filter1d_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{Filter1dOptions, generic_filter1d_into};
/// let mut out = Array1::<u8>::zeros(2);
/// generic_filter1d_into(&array![1.0, 2.0], |e, o| o.copy_from_slice(&e[..2]), 1, out.view_mut(), &Filter1dOptions::default()).unwrap();
/// assert_eq!(out, array![1, 2]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_filter1d.html>
pub fn generic_filter1d_into<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    function: F,
    filter_size: usize,
    output: ArrayViewMut<'_, O, D>,
    options: &Filter1dOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(&[f64], &mut [f64]) + Sync,
{
    let input = view(input);
    check_output_shape("generic_filter1d", input.shape(), output.shape())?;
    if filter_size == 0 {
        return Err(Error::invalid_argument(
            "filter_size",
            0,
            "invalid filter size",
        ));
    }
    let axis = options.resolve_axis(input.ndim())?;
    let (before, after) = line_extent(&vec![0.0; filter_size], options.origin)?;
    let pass = Pass {
        axis,
        before,
        after,
        mode: options.mode.for_filters(),
        kernel: Box::new(function),
        block: None,
    };
    run_passes(input, output, &[pass], options.cval);
    Ok(())
}
