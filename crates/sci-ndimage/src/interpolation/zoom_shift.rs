//! `shift` and `zoom`: separable transforms whose spline weights are computed once per
//! axis and output index.

use ndarray::{Array, ArrayView, ArrayViewMut, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::InterpolationOptions;
use super::engine::Coeffs;
use super::separable::separable_into;
use crate::Element;
use crate::args::per_axis;

/// The input shifted by `shift` (one value or one per axis) with spline interpolation
/// (SciPy's defaults: cubic, `constant` mode with `cval = 0`, prefiltered): the output
/// at `o` is the input at `o - shift`.
///
/// Time O(size · (order + 1)^ndim) with the weights computed once per axis and index;
/// parallel over tiles of output rows.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a shift of the wrong length, an order above 5, or a 0-d
/// input.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::interpolation::shift;
/// let out = shift(&array![0.0f64, 1.0, 2.0, 3.0, 4.0], &[1.0]).unwrap();
/// assert!((out[2] - 1.0).abs() < 1e-12 && out[0] == 0.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.shift.html>
pub fn shift<'a, T, D>(input: impl AsArray<'a, T, D>, shift: &[f64]) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
{
    shift_with(input, shift, &InterpolationOptions::default())
}

/// [`shift`] with SciPy's keywords (`order`, `mode`, `cval`, `prefilter`).
///
/// # Errors
///
/// As [`shift`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, interpolation::{InterpolationOptions, shift_with}};
/// let o = InterpolationOptions::default().order(1).mode(Mode::GridWrap);
/// let out = shift_with(&array![1.0, 2.0, 3.0, 4.0], &[1.5], &o).unwrap();
/// assert_eq!(out, array![3.5, 2.5, 1.5, 2.5]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.shift.html>
pub fn shift_with<'a, T, D>(
    input: impl AsArray<'a, T, D>,
    shift: &[f64],
    options: &InterpolationOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
{
    let input = view(input);
    let mut out = crate::output::new_array::<T, D>(input.raw_dim());
    shift_into(input, shift, out.view_mut(), options)?;
    Ok(out)
}

/// [`shift_with`] into an output of the input's shape and any element type; integer
/// outputs are rounded half away from zero and clamped.
///
/// # Errors
///
/// As [`shift`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::interpolation::{InterpolationOptions, shift_into};
/// let mut out = Array1::<i16>::zeros(3);
/// let o = InterpolationOptions::default().order(1);
/// shift_into(&array![10.0, 20.0, 30.0], &[0.5], out.view_mut(), &o).unwrap();
/// assert_eq!(out, array![0i16, 15, 25]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.shift.html>
pub fn shift_into<'a, T, O, D>(
    input: impl AsArray<'a, T, D>,
    shift: &[f64],
    output: ArrayViewMut<'_, O, D>,
    options: &InterpolationOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    let input = view(input);
    check_same_shape(&input, &output, "shift: output")?;
    let s = per_axis("shift", shift, input.ndim())?;
    let c = Coeffs::new(input.view(), options)?;
    let coords: Vec<Vec<f64>> = (0..input.ndim())
        .map(|k| {
            let neg = -s[k];
            (0..input.shape()[k]).map(|o| o as f64 + neg).collect()
        })
        .collect();
    separable_into(&c, &coords, output);
    Ok(())
}

fn check_same_shape<T, O, D: Dimension>(
    input: &ArrayView<'_, T, D>,
    output: &ArrayViewMut<'_, O, D>,
    what: &str,
) -> Result<()> {
    if input.shape() != output.shape() {
        return Err(Error::shape_mismatch(what, input.shape(), output.shape()));
    }
    Ok(())
}

/// SciPy's output shape of a zoom: `round(n · zoom)` per axis (ties to even, as Python's
/// `round`).
fn zoom_shape(shape: &[usize], zoom: &[f64]) -> Result<Vec<usize>> {
    shape
        .iter()
        .zip(zoom)
        .map(|(&n, &z)| {
            let v = (n as f64 * z).round_ties_even();
            if !v.is_finite() || v < 0.0 || v > usize::MAX as f64 {
                return Err(Error::invalid_argument(
                    "zoom",
                    z,
                    "gives a negative or non-finite output dimension",
                ));
            }
            Ok(v as usize)
        })
        .collect()
}

/// The input zoomed by `zoom` (one factor or one per axis) with spline interpolation
/// (SciPy's defaults: cubic, `constant` mode, prefiltered, `grid_mode = false`). The
/// output's shape is `round(n · zoom)` per axis; with `grid_mode = false` the corner
/// pixels' centres align (input coordinate `o · (n_in - 1) / (n_out - 1)`), with `true`
/// the grids' edges do (`(o + 0.5) · n_in / n_out - 0.5`). A zoom of exactly 1 on every
/// axis with `prefilter` copies the input, as SciPy does.
///
/// Time O(size of the output · (order + 1)^ndim), the weights computed once per axis and
/// index; parallel over tiles of output rows.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a zoom of the wrong length or giving a negative
/// dimension, an order above 5, or a 0-d input.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::interpolation::zoom;
/// let out = zoom(&array![[0.0f64, 1.0], [2.0, 3.0]], &[2.0]).unwrap();
/// assert_eq!(out.dim(), (4, 4));
/// assert!((out[[3, 3]] - 3.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.zoom.html>
pub fn zoom<'a, T, D>(input: impl AsArray<'a, T, D>, zoom: &[f64]) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
{
    zoom_with(input, zoom, &InterpolationOptions::default())
}

/// [`zoom`] with SciPy's keywords (`order`, `mode`, `cval`, `prefilter`, `grid_mode`).
///
/// # Errors
///
/// As [`zoom`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, interpolation::{InterpolationOptions, zoom_with}};
/// let o = InterpolationOptions::default().order(0).grid_mode(true).mode(Mode::GridConstant);
/// let out = zoom_with(&array![1.0, 2.0], &[2.0], &o).unwrap();
/// assert_eq!(out, array![1.0, 1.0, 2.0, 2.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.zoom.html>
pub fn zoom_with<'a, T, D>(
    input: impl AsArray<'a, T, D>,
    zoom: &[f64],
    options: &InterpolationOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
{
    let input = view(input);
    if input.ndim() == 0 {
        return Err(Error::invalid_argument(
            "input",
            "0-d array",
            "input and output rank must be > 0",
        ));
    }
    let z = per_axis("zoom", zoom, input.ndim())?;
    let shape = zoom_shape(input.shape(), &z)?;
    let mut dim = input.raw_dim();
    for (k, &s) in shape.iter().enumerate() {
        dim[k] = s;
    }
    let mut out = crate::output::new_array::<T, D>(dim);
    zoom_into(input, zoom, out.view_mut(), options)?;
    Ok(out)
}

/// [`zoom_with`] into an output of any element type, whose shape must be SciPy's
/// `round(n · zoom)`.
///
/// # Errors
///
/// As [`zoom`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::interpolation::{InterpolationOptions, zoom_into};
/// let mut out = Array1::<u8>::zeros(3);
/// let o = InterpolationOptions::default().order(1);
/// zoom_into(&array![0u8, 255], &[1.5], out.view_mut(), &o).unwrap();
/// assert_eq!(out, array![0u8, 128, 255]); // 127.5 rounds half away from zero
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.zoom.html>
pub fn zoom_into<'a, T, O, D>(
    input: impl AsArray<'a, T, D>,
    zoom: &[f64],
    mut output: ArrayViewMut<'_, O, D>,
    options: &InterpolationOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    let input = view(input);
    if input.ndim() == 0 {
        return Err(Error::invalid_argument(
            "input",
            "0-d array",
            "input and output rank must be > 0",
        ));
    }
    super::prefilter::check_order(options.order, 0)?;
    let z = per_axis("zoom", zoom, input.ndim())?;
    let shape = zoom_shape(input.shape(), &z)?;
    if output.shape() != shape.as_slice() {
        return Err(Error::shape_mismatch(
            "zoom: output",
            &shape,
            output.shape(),
        ));
    }
    if options.prefilter && z.iter().all(|&v| v == 1.0) {
        // SciPy's early exit: a plain (casting) copy.
        output.zip_mut_with(&input, |o, &i| *o = O::from_f64_trunc(i.to_f64()));
        return Ok(());
    }
    let c = Coeffs::new(input.view(), options)?;
    let coords: Vec<Vec<f64>> = (0..input.ndim())
        .map(|k| {
            let (mut num, mut div) = (input.shape()[k] as f64, shape[k] as f64);
            if !options.grid_mode {
                num -= 1.0;
                div -= 1.0;
            }
            let f = if div != 0.0 { num / div } else { 1.0 };
            (0..shape[k])
                .map(|o| {
                    if options.grid_mode {
                        (o as f64 + 0.5) * f - 0.5
                    } else {
                        o as f64 * f
                    }
                })
                .collect()
        })
        .collect();
    separable_into(&c, &coords, output);
    Ok(())
}
