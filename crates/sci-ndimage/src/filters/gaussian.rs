//! Gaussian filters: `gaussian_filter1d` and `gaussian_filter` (with derivatives of order
//! 0-3 and more), as separable passes of SciPy's sampled, normalised Gaussian kernel.

use ndarray::{Array, ArrayViewMut, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::common::{Pass, check_nonneg, check_output_shape, linear_pass, run_passes};
use super::kernels::{gaussian_kernel, gaussian_radius};
use crate::args::{per_axis, resolve_axes};
use crate::{Element, Mode};

/// SciPy's keywords of the Gaussian filters: `order` of the derivative (one or per axis),
/// `mode` (one or per axis), `cval`, `truncate` (the kernel reaches `truncate · sigma`),
/// `radius` (overrides `truncate`; one or per axis), `axes` for the N-D filters and `axis`
/// for [`gaussian_filter1d`].
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, filters::GaussianOptions};
/// let o = GaussianOptions::default().order(1).mode(Mode::Nearest).truncate(3.0);
/// assert_eq!((o.order.clone(), o.truncate), (vec![1], 3.0));
/// assert_eq!(GaussianOptions::default().axis, -1);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter.html>
#[derive(Debug, Clone, PartialEq)]
pub struct GaussianOptions {
    /// Order of the derivative of the Gaussian, one or per axis (`0`: smoothing).
    pub order: Vec<usize>,
    /// Boundary mode, one or per axis (`reflect`).
    pub mode: Vec<Mode>,
    /// Value outside the input for the constant modes (`0.0`).
    pub cval: f64,
    /// The kernel's radius in standard deviations (`4.0`): `int(truncate · sigma + 0.5)`.
    pub truncate: f64,
    /// The kernel's radius in samples, one or per axis (`None`: from `truncate`).
    pub radius: Option<Vec<usize>>,
    /// The axes of the N-D filters (`None`: all).
    pub axes: Option<Vec<isize>>,
    /// The axis of [`gaussian_filter1d`] (`-1`).
    pub axis: isize,
}

impl Default for GaussianOptions {
    fn default() -> Self {
        GaussianOptions {
            order: vec![0],
            mode: vec![Mode::Reflect],
            cval: 0.0,
            truncate: 4.0,
            radius: None,
            axes: None,
            axis: -1,
        }
    }
}

impl GaussianOptions {
    /// One derivative order for every axis.
    #[must_use]
    pub fn order(mut self, order: usize) -> Self {
        self.order = vec![order];
        self
    }
    /// One derivative order per axis.
    #[must_use]
    pub fn orders(mut self, orders: impl Into<Vec<usize>>) -> Self {
        self.order = orders.into();
        self
    }
    /// One boundary mode for every axis.
    #[must_use]
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = vec![mode];
        self
    }
    /// One boundary mode per axis.
    #[must_use]
    pub fn modes(mut self, modes: impl Into<Vec<Mode>>) -> Self {
        self.mode = modes.into();
        self
    }
    /// The constant value for the constant modes.
    #[must_use]
    pub fn cval(mut self, cval: f64) -> Self {
        self.cval = cval;
        self
    }
    /// The kernel's reach in standard deviations.
    #[must_use]
    pub fn truncate(mut self, truncate: f64) -> Self {
        self.truncate = truncate;
        self
    }
    /// One kernel radius for every axis.
    #[must_use]
    pub fn radius(mut self, radius: usize) -> Self {
        self.radius = Some(vec![radius]);
        self
    }
    /// One kernel radius per axis.
    #[must_use]
    pub fn radii(mut self, radii: impl Into<Vec<usize>>) -> Self {
        self.radius = Some(radii.into());
        self
    }
    /// The axes of the N-D filters.
    #[must_use]
    pub fn axes(mut self, axes: impl Into<Vec<isize>>) -> Self {
        self.axes = Some(axes.into());
        self
    }
    /// The axis of [`gaussian_filter1d`].
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = axis;
        self
    }
}

/// The correlation weights SciPy applies for a Gaussian of `sigma`: the kernel (or its
/// derivative) reversed, with the radius from `radius` or `truncate`.
pub(crate) fn gaussian_weights(
    sigma: f64,
    order: usize,
    truncate: f64,
    radius: Option<usize>,
) -> Result<Vec<f64>> {
    check_nonneg("sigma", sigma)?;
    if sigma == 0.0 {
        return Err(Error::invalid_argument(
            "sigma",
            sigma,
            "must be positive for a 1-D Gaussian",
        ));
    }
    let radius = match radius {
        Some(r) => r,
        None => {
            let r = gaussian_radius(sigma, truncate);
            if !(0.0..1e8).contains(&r) {
                return Err(Error::invalid_argument(
                    "truncate",
                    truncate,
                    "gives a negative or unreasonably large radius",
                ));
            }
            r as usize
        }
    };
    let mut w = gaussian_kernel(sigma, order, radius);
    w.reverse();
    Ok(w)
}

/// The pass of one Gaussian axis.
fn gaussian_pass<'k>(axis: usize, mode: Mode, weights: Vec<f64>) -> Pass<'k> {
    let r = weights.len() / 2;
    linear_pass(axis, r, r, mode, weights)
}

/// 1-D Gaussian filter along the last axis (SciPy's `gaussian_filter1d`) with SciPy's
/// defaults (`order = 0`, `mode = reflect`, `truncate = 4.0`).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a negative, zero or NaN `sigma`, or an array of no
/// dimensions.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::gaussian_filter1d;
/// let out = gaussian_filter1d(&array![1.0f64, 2.0, 3.0, 4.0, 5.0], 1.0).unwrap();
/// let want = [1.42704095, 2.06782203, 3.0, 3.93217797, 4.57295905];
/// for (a, b) in out.iter().zip(want) { assert!((a - b).abs() < 1e-8); }
/// ```
///
/// Time O(n · radius), memory O(line) per thread.
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter1d.html>;
/// the derivative kernels are the Hermite-polynomial derivatives of the sampled Gaussian
/// (T. Lindeberg, *Scale-Space Theory in Computer Vision*, Kluwer, 1994, ch. 3).
pub fn gaussian_filter1d<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: f64,
) -> Result<Array<T, D>> {
    gaussian_filter1d_with(input, sigma, &GaussianOptions::default())
}

/// [`gaussian_filter1d`] with SciPy's keywords (`axis`, one `order`, one `mode`, `cval`,
/// `truncate`, one `radius`).
///
/// # Errors
///
/// As [`gaussian_filter1d`]; more than one order, mode or radius; an axis out of range.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{GaussianOptions, gaussian_filter1d_with};
/// let o = GaussianOptions::default().order(1).radius(1);
/// let out = gaussian_filter1d_with(&array![0.0, 1.0, 2.0, 3.0], 1.0, &o).unwrap();
/// assert!(out[1] > 0.0 && out[2] > 0.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter1d.html>
pub fn gaussian_filter1d_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: f64,
    options: &GaussianOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    gaussian_filter1d_into(input, sigma, out.view_mut(), options)?;
    Ok(out)
}

/// [`gaussian_filter1d_with`] into an output array of any element type.
///
/// # Errors
///
/// As [`gaussian_filter1d_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::filters::{GaussianOptions, gaussian_filter1d_into};
/// let mut out = Array1::<f64>::zeros(3);
/// gaussian_filter1d_into(&array![0u8, 9, 0], 0.5, out.view_mut(), &GaussianOptions::default()).unwrap();
/// assert!((out.sum() - 9.0).abs() < 1.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter1d.html>
pub fn gaussian_filter1d_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: f64,
    output: ArrayViewMut<'_, O, D>,
    options: &GaussianOptions,
) -> Result<()> {
    let input = view(input);
    check_output_shape("gaussian_filter1d", input.shape(), output.shape())?;
    let axis = resolve_axes(Some(&[options.axis]), input.ndim())?[0];
    let order = per_axis("order", &options.order, 1)?[0];
    let mode = per_axis("mode", &options.mode, 1)?[0];
    let radius = match &options.radius {
        Some(r) => Some(per_axis("radius", r, 1)?[0]),
        None => None,
    };
    let w = gaussian_weights(sigma, order, options.truncate, radius)?;
    run_passes(input, output, &[gaussian_pass(axis, mode, w)], options.cval);
    Ok(())
}

/// N-D Gaussian filter (SciPy's `gaussian_filter`) with SciPy's defaults: separable 1-D
/// passes along every axis; `sigma` is one value or one per axis. Axes whose `sigma` is
/// at most 1e-15 are left alone, as in SciPy. Integer outputs are truncated after each
/// pass, as SciPy does.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a negative or NaN `sigma` (SciPy quietly skips negative
/// values) or a wrong number of per-axis values.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::gaussian_filter;
/// let a = ndarray::Array::from_shape_fn((5, 5), |(i, j)| (10 * i + 2 * j) as i64);
/// let out = gaussian_filter(&a, &[1.0]).unwrap();
/// assert_eq!(out.row(0).to_vec(), vec![4, 6, 8, 9, 11]);
/// assert_eq!(out.row(4).to_vec(), vec![35, 37, 39, 40, 42]);
/// ```
///
/// Time O(n · Σ radius), memory O(n) for the intermediate pass.
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter.html>
pub fn gaussian_filter<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
) -> Result<Array<T, D>> {
    gaussian_filter_with(input, sigma, &GaussianOptions::default())
}

/// [`gaussian_filter`] with SciPy's keywords (`order`, `mode`, `radius` one or per axis;
/// `cval`, `truncate`, `axes`).
///
/// # Errors
///
/// As [`gaussian_filter`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::filters::{GaussianOptions, gaussian_filter_with};
/// let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let o = GaussianOptions::default().axes(vec![1]).orders(vec![1]);
/// let out = gaussian_filter_with(&a, &[1.0], &o).unwrap();
/// assert!(out[[0, 1]] > 0.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter.html>
pub fn gaussian_filter_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    options: &GaussianOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    gaussian_filter_into(input, sigma, out.view_mut(), options)?;
    Ok(out)
}

/// [`gaussian_filter_with`] into an output array of any element type (each pass is
/// stored in the output's type).
///
/// # Errors
///
/// As [`gaussian_filter_with`], and [`Error::ShapeMismatch`] for an output of another
/// shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array2, array};
/// use sci_ndimage::filters::{GaussianOptions, gaussian_filter_into};
/// let mut out = Array2::<f32>::zeros((2, 2));
/// gaussian_filter_into(&array![[1u8, 1], [1, 1]], &[2.0], out.view_mut(), &GaussianOptions::default()).unwrap();
/// assert!(out.iter().all(|&v| (v - 1.0).abs() < 1e-6));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.gaussian_filter.html>
pub fn gaussian_filter_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    sigma: &[f64],
    output: ArrayViewMut<'_, O, D>,
    options: &GaussianOptions,
) -> Result<()> {
    let input = view(input);
    check_output_shape("gaussian_filter", input.shape(), output.shape())?;
    let axes = resolve_axes(options.axes.as_deref(), input.ndim())?;
    let k = axes.len();
    let sigmas = per_axis("sigma", sigma, k)?;
    let orders = per_axis("order", &options.order, k)?;
    let modes = per_axis("mode", &options.mode, k)?;
    let radii: Vec<Option<usize>> = match &options.radius {
        Some(r) => per_axis("radius", r, k)?.into_iter().map(Some).collect(),
        None => vec![None; k],
    };
    let mut passes = Vec::new();
    for i in 0..k {
        check_nonneg("sigma", sigmas[i])?;
        if sigmas[i] > 1e-15 {
            let w = gaussian_weights(sigmas[i], orders[i], options.truncate, radii[i])?;
            passes.push(gaussian_pass(axes[i], modes[i], w));
        }
    }
    run_passes(input, output, &passes, options.cval);
    Ok(())
}
