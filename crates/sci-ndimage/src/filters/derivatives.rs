//! Derivative filters: `sobel`, `prewitt`, `laplace`, the generic gradient magnitude and
//! Laplace built from a derivative closure, and their Gaussian forms.

use ndarray::{Array, ArrayView, ArrayViewMut, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::common::{Pass, check_output_shape, linear_pass, run_passes};
use super::correlate::correlate1d_pass;
use super::gaussian::{GaussianOptions, gaussian_filter_into};
use super::options::FilterOptions;
use crate::args::{per_axis, resolve_axes};
use crate::{Element, Mode};

/// `a · a` in the arithmetic of the element type (integers wrap as numpy's do).
fn square<O: Element>(a: O) -> O {
    if O::IS_FLOAT {
        let v = a.to_f64();
        O::from_f64_trunc(v * v)
    } else {
        let v = a.to_f64() as i64;
        wrap(v.wrapping_mul(v))
    }
}

/// `a + b` in the arithmetic of the element type.
fn add<O: Element>(a: O, b: O) -> O {
    if O::IS_FLOAT {
        O::from_f64_trunc(a.to_f64() + b.to_f64())
    } else {
        wrap((a.to_f64() as i64).wrapping_add(b.to_f64() as i64))
    }
}

/// An integer result wrapped into the element type's bits.
fn wrap<O: Element>(v: i64) -> O {
    if O::DTYPE == "int64" || O::DTYPE == "bool" {
        O::from_f64_trunc(v as f64)
    } else {
        // The low 32 bits, then the C cast keeps the type's low bits.
        O::from_f64_trunc(f64::from(v as i32))
    }
}

/// The axis pass of a 3-tap kernel.
fn tap3_pass<'k>(axis: usize, mode: Mode, w: [f64; 3]) -> Pass<'k> {
    linear_pass(axis, 1, 1, mode, w.to_vec())
}

/// The shared body of `sobel` and `prewitt`: the derivative `[-1, 0, 1]` along `axis`,
/// then the smoothing `smooth` along every other axis, each pass stored in `O`.
fn edge_filter<T: Element, O: Element, D: Dimension>(
    name: &str,
    input: ArrayView<'_, T, D>,
    axis: isize,
    output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
    smooth: [f64; 3],
) -> Result<()> {
    check_output_shape(name, input.shape(), output.shape())?;
    options.require_no_origin()?;
    if options.axes.is_some() {
        return Err(Error::invalid_argument(
            "axes",
            format!("{:?}", options.axes),
            format!("{name} takes one axis, not axes"),
        ));
    }
    let ndim = input.ndim();
    let axis = resolve_axes(Some(&[axis]), ndim)?[0];
    let modes = per_axis("mode", &options.mode, ndim)?;
    let mut passes = vec![tap3_pass(axis, modes[axis], [-1.0, 0.0, 1.0])];
    for (ax, &m) in modes.iter().enumerate() {
        if ax != axis {
            passes.push(tap3_pass(ax, m, smooth));
        }
    }
    run_passes(input, output, &passes, options.cval);
    Ok(())
}

macro_rules! edge_filter_fns {
    ($name:ident, $with:ident, $into:ident, $smooth:expr, $sname:literal, $doc:literal) => {
        #[doc = concat!("The ", $doc, " filter along the last axis (SciPy's `", $sname, "`): the derivative")]
        #[doc = concat!("`[-1, 0, 1]` along the axis and the smoothing `", stringify!($smooth), "` along every other")]
        /// axis (`mode = reflect`); integer outputs are truncated after each pass.
        ///
        /// # Errors
        ///
        /// [`Error::InvalidArgument`] for an array of no dimensions.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        #[doc = concat!("use sci_ndimage::filters::", stringify!($name), ";")]
        /// let a = array![[0.0, 0.0, 1.0, 1.0], [0.0, 0.0, 1.0, 1.0]];
        #[doc = concat!("let out = ", stringify!($name), "(&a).unwrap();")]
        /// assert!(out[[0, 1]] > 0.0 && out[[0, 0]] == 0.0);
        /// ```
        ///
        /// # References
        ///
        #[doc = concat!("<https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.", $sname, ".html>")]
        pub fn $name<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
        ) -> Result<Array<T, D>> {
            $with(input, -1, &FilterOptions::default())
        }

        #[doc = concat!("[`", stringify!($name), "`] along `axis`, with SciPy's keywords `mode` (one or per axis of the")]
        /// input) and `cval`; `origin` and `axes` must keep their defaults.
        ///
        /// # Errors
        ///
        /// An axis out of range, a wrong number of modes, a non-zero origin or `axes`.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        #[doc = concat!("use sci_ndimage::{Mode, filters::{FilterOptions, ", stringify!($with), "}};")]
        /// let a = array![[0.0, 0.0], [1.0, 1.0]];
        /// let o = FilterOptions::default().mode(Mode::Nearest);
        #[doc = concat!("assert!(", stringify!($with), "(&a, 0, &o).unwrap().iter().all(|&v| v > 0.0));")]
        /// ```
        ///
        /// # References
        ///
        #[doc = concat!("<https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.", $sname, ".html>")]
        pub fn $with<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            axis: isize,
            options: &FilterOptions,
        ) -> Result<Array<T, D>> {
            let input = view(input);
            let mut out = crate::output::new_array(input.raw_dim());
            $into(input, axis, out.view_mut(), options)?;
            Ok(out)
        }

        #[doc = concat!("[`", stringify!($with), "`] into an output array of any element type.")]
        ///
        /// # Errors
        ///
        #[doc = concat!("As [`", stringify!($with), "`], and [`Error::ShapeMismatch`] for an output of another shape.")]
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::{Array1, array};
        #[doc = concat!("use sci_ndimage::filters::{FilterOptions, ", stringify!($into), "};")]
        /// let mut out = Array1::<i16>::zeros(3);
        #[doc = concat!(stringify!($into), "(&array![0u8, 5, 9], -1, out.view_mut(), &FilterOptions::default()).unwrap();")]
        /// assert_eq!(out, array![5, 9, 4]);
        /// ```
        ///
        /// # References
        ///
        #[doc = concat!("<https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.", $sname, ".html>")]
        pub fn $into<'a, T: Element, O: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            axis: isize,
            output: ArrayViewMut<'_, O, D>,
            options: &FilterOptions,
        ) -> Result<()> {
            edge_filter($sname, view(input), axis, output, options, $smooth)
        }
    };
}

edge_filter_fns!(
    sobel,
    sobel_with,
    sobel_into,
    [1.0, 2.0, 1.0],
    "sobel",
    "Sobel"
);
edge_filter_fns!(
    prewitt,
    prewitt_with,
    prewitt_into,
    [1.0, 1.0, 1.0],
    "prewitt",
    "Prewitt"
);

/// The gradient magnitude from a first-derivative closure (SciPy's
/// `generic_gradient_magnitude`) with SciPy's defaults: `sqrt(Σ_axis d_axis²)`, where
/// `derivative(input, axis, output, mode, cval)` writes the derivative along `axis`.
/// Extra arguments go into the closure's captures. Squares, sums and the root are taken
/// in the output's type, as SciPy does (integers wrap, the root truncates).
///
/// # Errors
///
/// Whatever `derivative` returns.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{FilterOptions, generic_gradient_magnitude, sobel_into};
/// let a = array![[0.0, 0.0, 1.0], [0.0, 0.0, 1.0], [0.0, 0.0, 1.0]];
/// let g = generic_gradient_magnitude(&a, |x, axis, out, mode, cval| {
///     sobel_into(x, axis as isize, out, &FilterOptions::default().mode(mode).cval(cval))
/// })
/// .unwrap();
/// assert_eq!(g[[1, 1]], 4.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_gradient_magnitude.html>
pub fn generic_gradient_magnitude<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    derivative: F,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, T, D>, Mode, f64) -> Result<()>,
{
    generic_gradient_magnitude_with(input, derivative, &FilterOptions::default())
}

/// [`generic_gradient_magnitude`] with SciPy's keywords (`mode` one or per axis, `cval`,
/// `axes`; no origin).
///
/// # Errors
///
/// A wrong number of modes, a bad axis, a non-zero origin, or the closure's error.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{FilterOptions, correlate1d_into, Filter1dOptions, generic_gradient_magnitude_with};
/// let a = array![[0.0, 3.0, 6.0], [0.0, 3.0, 6.0]];
/// let o = FilterOptions::default().axes(vec![1]);
/// let g = generic_gradient_magnitude_with(&a, |x, axis, out, mode, cval| {
///     let d = Filter1dOptions::default().axis(axis as isize).mode(mode).cval(cval);
///     correlate1d_into(x, &[-0.5, 0.0, 0.5], out, &d)
/// }, &o).unwrap();
/// assert_eq!(g[[0, 1]], 3.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_gradient_magnitude.html>
pub fn generic_gradient_magnitude_with<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    derivative: F,
    options: &FilterOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, T, D>, Mode, f64) -> Result<()>,
{
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    generic_gradient_magnitude_into(input, derivative, out.view_mut(), options)?;
    Ok(out)
}

/// [`generic_gradient_magnitude_with`] into an output array of any element type (the
/// derivatives are written in that type).
///
/// # Errors
///
/// As [`generic_gradient_magnitude_with`], and [`Error::ShapeMismatch`] for an output of
/// another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{FilterOptions, generic_gradient_magnitude_into, sobel_into};
/// let mut out = Array1::<f64>::zeros(3);
/// generic_gradient_magnitude_into(&array![0u8, 1, 2], |x, axis, o, mode, cval| {
///     sobel_into(x, axis as isize, o, &FilterOptions::default().mode(mode).cval(cval))
/// }, out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![1.0, 2.0, 1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_gradient_magnitude.html>
pub fn generic_gradient_magnitude_into<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    derivative: F,
    mut output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, O, D>, Mode, f64) -> Result<()>,
{
    let input = view(input);
    let summed = sum_over_axes(
        "generic_gradient_magnitude",
        input,
        derivative,
        output.view_mut(),
        options,
        square,
    )?;
    if summed {
        output.mapv_inplace(|v| O::from_f64_trunc(v.to_f64().sqrt()));
    }
    Ok(())
}

/// The Laplacian from a second-derivative closure (SciPy's `generic_laplace`) with SciPy's
/// defaults: `Σ_axis d²_axis`, where `derivative2(input, axis, output, mode, cval)` writes
/// the second derivative along `axis`; sums are taken in the output's type.
///
/// # Errors
///
/// Whatever `derivative2` returns.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{Filter1dOptions, correlate1d_into, generic_laplace};
/// let a = array![[0.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 0.0]];
/// let l = generic_laplace(&a, |x, axis, out, mode, cval| {
///     let o = Filter1dOptions::default().axis(axis as isize).mode(mode).cval(cval);
///     correlate1d_into(x, &[1.0, -2.0, 1.0], out, &o)
/// })
/// .unwrap();
/// assert_eq!(l[[1, 1]], -4.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_laplace.html>
pub fn generic_laplace<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    derivative2: F,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, T, D>, Mode, f64) -> Result<()>,
{
    generic_laplace_with(input, derivative2, &FilterOptions::default())
}

/// [`generic_laplace`] with SciPy's keywords (`mode` one or per axis, `cval`, `axes`).
///
/// # Errors
///
/// A wrong number of modes, a bad axis, a non-zero origin, or the closure's error.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{Filter1dOptions, FilterOptions, correlate1d_into, generic_laplace_with};
/// let a = array![[0.0, 1.0, 4.0], [0.0, 1.0, 4.0]];
/// let o = FilterOptions::default().axes(vec![-1]);
/// let l = generic_laplace_with(&a, |x, axis, out, mode, cval| {
///     let d = Filter1dOptions::default().axis(axis as isize).mode(mode).cval(cval);
///     correlate1d_into(x, &[1.0, -2.0, 1.0], out, &d)
/// }, &o).unwrap();
/// assert_eq!(l[[0, 1]], 2.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_laplace.html>
pub fn generic_laplace_with<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    derivative2: F,
    options: &FilterOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, T, D>, Mode, f64) -> Result<()>,
{
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    generic_laplace_into(input, derivative2, out.view_mut(), options)?;
    Ok(out)
}

/// [`generic_laplace_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`generic_laplace_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{Filter1dOptions, FilterOptions, correlate1d_into, generic_laplace_into};
/// let mut out = Array1::<i32>::zeros(3);
/// generic_laplace_into(&array![0.0, 1.5, 0.0], |x, axis, o, mode, cval| {
///     let d = Filter1dOptions::default().axis(axis as isize).mode(mode).cval(cval);
///     correlate1d_into(x, &[1.0, -2.0, 1.0], o, &d)
/// }, out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![1, -3, 1]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generic_laplace.html>
pub fn generic_laplace_into<'a, T, O, D, F>(
    input: impl AsArray<'a, T, D>,
    derivative2: F,
    output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, O, D>, Mode, f64) -> Result<()>,
{
    let input = view(input);
    sum_over_axes(
        "generic_laplace",
        input,
        derivative2,
        output,
        options,
        |t| t,
    )?;
    Ok(())
}

/// `output = Σ_axis term(derivative(input, axis))` over the resolved axes, summed in the
/// output's type (the body of `generic_gradient_magnitude` and `generic_laplace`). With no
/// axes the output is the input converted and `false` is returned.
fn sum_over_axes<T, O, D, F>(
    name: &str,
    input: ArrayView<'_, T, D>,
    derivative: F,
    mut output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
    term: impl Fn(O) -> O,
) -> Result<bool>
where
    T: Element,
    O: Element,
    D: Dimension,
    F: Fn(ArrayView<'_, T, D>, usize, ArrayViewMut<'_, O, D>, Mode, f64) -> Result<()>,
{
    check_output_shape(name, input.shape(), output.shape())?;
    options.require_no_origin()?;
    let axes = resolve_axes(options.axes.as_deref(), input.ndim())?;
    if axes.is_empty() {
        output.zip_mut_with(&input, |o, &i| *o = O::from_f64_trunc(i.to_f64()));
        return Ok(false);
    }
    let modes = per_axis("mode", &options.mode, axes.len())?;
    derivative(
        input.view(),
        axes[0],
        output.view_mut(),
        modes[0],
        options.cval,
    )?;
    output.mapv_inplace(&term);
    let mut tmp = crate::output::new_array::<O, D>(input.raw_dim());
    for (i, &ax) in axes.iter().enumerate().skip(1) {
        derivative(input.view(), ax, tmp.view_mut(), modes[i], options.cval)?;
        output.zip_mut_with(&tmp, |o, &t| *o = add(*o, term(t)));
    }
    Ok(true)
}

/// The second derivative `[1, -2, 1]` along one axis into `out`.
fn second_difference<T: Element, O: Element, D: Dimension>(
    x: ArrayView<'_, T, D>,
    axis: usize,
    out: ArrayViewMut<'_, O, D>,
    mode: Mode,
    cval: f64,
) -> Result<()> {
    correlate1d_pass(x, out, &[1.0, -2.0, 1.0], axis, mode, cval, 0)
}

/// The discrete Laplace filter (SciPy's `laplace`) with SciPy's defaults: the sum over the
/// axes of the second differences `[1, -2, 1]`.
///
/// # Errors
///
/// Only through [`laplace_with`]'s options; none with the defaults.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::laplace;
/// let a = array![[0i32, 0, 0], [0, 1, 0], [0, 0, 0]];
/// assert_eq!(laplace(&a).unwrap(), array![[0, 1, 0], [1, -4, 1], [0, 1, 0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.laplace.html>
pub fn laplace<'a, T: Element, D: Dimension>(input: impl AsArray<'a, T, D>) -> Result<Array<T, D>> {
    laplace_with(input, &FilterOptions::default())
}

/// [`laplace`] with SciPy's keywords (`mode` one or per axis, `cval`, `axes`).
///
/// # Errors
///
/// A wrong number of modes, a bad axis, or a non-zero origin.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{FilterOptions, laplace_with}};
/// let o = FilterOptions::default().mode(Mode::Constant).cval(1.0);
/// assert_eq!(laplace_with(&array![1.0, 1.0], &o).unwrap(), array![0.0, 0.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.laplace.html>
pub fn laplace_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    laplace_into(input, out.view_mut(), options)?;
    Ok(out)
}

/// [`laplace_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`laplace_with`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{FilterOptions, laplace_into};
/// let mut out = Array1::<i16>::zeros(3);
/// laplace_into(&array![0u8, 1, 0], out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![1, -2, 1]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.laplace.html>
pub fn laplace_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    output: ArrayViewMut<'_, O, D>,
    options: &FilterOptions,
) -> Result<()> {
    generic_laplace_into(input, second_difference, output, options)
}

/// The Gaussian derivative along `axis` of order `order` over every axis of `x` (SciPy's
/// Gaussian derivative helpers smooth all axes, with the one mode they are given).
fn gaussian_derivative<T: Element, O: Element, D: Dimension>(
    x: ArrayView<'_, T, D>,
    axis: usize,
    out: ArrayViewMut<'_, O, D>,
    mode: Mode,
    sigma: &[f64],
    order: usize,
    options: &GaussianOptions,
) -> Result<()> {
    let mut orders = vec![0; x.ndim()];
    orders[axis] = order;
    let o = GaussianOptions {
        order: orders,
        mode: vec![mode],
        axes: None,
        ..options.clone()
    };
    gaussian_filter_into(x, sigma, out, &o)
}

/// Checks the Gaussian options of the derivative filters (whose SciPy twins take no
/// `order`).
fn no_order(options: &GaussianOptions) -> Result<()> {
    if options.order.iter().any(|&o| o != 0) {
        return Err(Error::invalid_argument(
            "order",
            format!("{:?}", options.order),
            "the Gaussian derivative filters set the order themselves",
        ));
    }
    Ok(())
}

/// The gradient magnitude with Gaussian derivatives (SciPy's
/// `gaussian_gradient_magnitude`) with SciPy's defaults: `sqrt(Σ_axis g_axis²)`, each
/// `g_axis` a Gaussian filter of order 1 along `axis` (and 0 along the others).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a negative or NaN `sigma` or a wrong number of values.
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::filters::gaussian_gradient_magnitude;
/// let a = Array2::from_shape_fn((5, 5), |(i, j)| (i + j) as f64);
/// let g = gaussian_gradient_magnitude(&a, &[1.0]).unwrap();
/// assert!(g[[2, 2]] > 1.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_gradient_magnitude.html>
pub fn gaussian_gradient_magnitude<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
) -> Result<Array<T, D>> {
    gaussian_gradient_magnitude_with(input, sigma, &GaussianOptions::default())
}

/// [`gaussian_gradient_magnitude`] with SciPy's keywords (`mode` one or per filtered axis,
/// `cval`, `axes`, and `gaussian_filter`'s `truncate` and `radius`; `order` must stay 0).
/// As in SciPy, each derivative smooths every axis of the input with the mode of the
/// derivative's axis, so `sigma` must then have one value or one per input axis.
///
/// # Errors
///
/// As [`gaussian_gradient_magnitude`]; a non-zero `order`.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{GaussianOptions, gaussian_gradient_magnitude_with};
/// let o = GaussianOptions::default().axes(vec![0]);
/// let g = gaussian_gradient_magnitude_with(&array![[1.0, 2.0], [3.0, 4.0]], &[1.0], &o).unwrap();
/// assert!(g.iter().all(|&v| v > 0.0));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_gradient_magnitude.html>
pub fn gaussian_gradient_magnitude_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    options: &GaussianOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    gaussian_gradient_magnitude_into(input, sigma, out.view_mut(), options)?;
    Ok(out)
}

/// [`gaussian_gradient_magnitude_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`gaussian_gradient_magnitude_with`], and [`Error::ShapeMismatch`] for an output of
/// another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{GaussianOptions, gaussian_gradient_magnitude_into};
/// let mut out = Array1::<f64>::zeros(4);
/// gaussian_gradient_magnitude_into(&array![0u8, 0, 10, 10], &[1.0], out.view_mut(), &GaussianOptions::default()).unwrap();
/// assert!(out[1] > 1.0 && out[2] > 1.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_gradient_magnitude.html>
pub fn gaussian_gradient_magnitude_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    output: ArrayViewMut<'_, O, D>,
    options: &GaussianOptions,
) -> Result<()> {
    no_order(options)?;
    let fo = FilterOptions {
        mode: options.mode.clone(),
        cval: options.cval,
        origin: vec![0],
        axes: options.axes.clone(),
    };
    generic_gradient_magnitude_into(
        input,
        |x, axis, out, mode, _cval| gaussian_derivative(x, axis, out, mode, sigma, 1, options),
        output,
        &fo,
    )
}

/// The Laplacian with Gaussian second derivatives (SciPy's `gaussian_laplace`) with
/// SciPy's defaults: `Σ_axis` of the Gaussian filter of order 2 along `axis`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a negative or NaN `sigma` or a wrong number of values.
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::filters::gaussian_laplace;
/// let a = Array2::from_shape_fn((7, 7), |(i, j)| if (i, j) == (3, 3) { 1.0 } else { 0.0 });
/// let l = gaussian_laplace(&a, &[1.0]).unwrap();
/// assert!(l[[3, 3]] < 0.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_laplace.html>
pub fn gaussian_laplace<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
) -> Result<Array<T, D>> {
    gaussian_laplace_with(input, sigma, &GaussianOptions::default())
}

/// [`gaussian_laplace`] with SciPy's keywords (as [`gaussian_gradient_magnitude_with`]).
///
/// # Errors
///
/// As [`gaussian_laplace`]; a non-zero `order`.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::{GaussianOptions, gaussian_laplace_with}};
/// let o = GaussianOptions::default().mode(Mode::Nearest);
/// let l = gaussian_laplace_with(&array![1.0f64, 1.0, 1.0], &[1.0], &o).unwrap();
/// // The truncated second-derivative kernel sums to almost zero (SciPy: -7.2e-5).
/// assert!(l.iter().all(|v| (v + 7.20001729e-05).abs() < 1e-12));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_laplace.html>
pub fn gaussian_laplace_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    options: &GaussianOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    gaussian_laplace_into(input, sigma, out.view_mut(), options)?;
    Ok(out)
}

/// [`gaussian_laplace_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`gaussian_laplace_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{GaussianOptions, gaussian_laplace_into};
/// let mut out = Array1::<f64>::zeros(3);
/// gaussian_laplace_into(&array![0u8, 9, 0], &[0.5], out.view_mut(), &GaussianOptions::default()).unwrap();
/// assert!(out[1] < 0.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_laplace.html>
pub fn gaussian_laplace_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    output: ArrayViewMut<'_, O, D>,
    options: &GaussianOptions,
) -> Result<()> {
    no_order(options)?;
    let fo = FilterOptions {
        mode: options.mode.clone(),
        cval: options.cval,
        origin: vec![0],
        axes: options.axes.clone(),
    };
    generic_laplace_into(
        input,
        |x, axis, out, mode, _cval| gaussian_derivative(x, axis, out, mode, sigma, 2, options),
        output,
        &fo,
    )
}
