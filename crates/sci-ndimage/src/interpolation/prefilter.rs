//! The B-spline prefilter: the recursive filters that turn samples into the coefficients
//! of the interpolating spline of order 2-5 (Unser, Aldroubi & Eden), with each mode's
//! initial conditions as SciPy computes them, and `spline_filter1d` / `spline_filter`.

use ndarray::{Array, ArrayView, ArrayViewMut, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result, view};

use crate::lines::{map_lines_blocked, map_lines_inplace};
use crate::{Element, Mode};

/// The poles of the B-spline prefilter of `order` (2..=5): the roots inside the unit
/// circle of the B-spline's sampled symbol, computed (as SciPy does) from their closed
/// forms in double precision.
pub(crate) fn poles(order: usize) -> Vec<f64> {
    match order {
        2 => vec![8f64.sqrt() - 3.0],
        3 => vec![3f64.sqrt() - 2.0],
        4 => vec![
            (664.0 - 438_976f64.sqrt()).sqrt() + 304f64.sqrt() - 19.0,
            (664.0 + 438_976f64.sqrt()).sqrt() - 304f64.sqrt() - 19.0,
        ],
        5 => vec![
            (67.5 - 4_436.25f64.sqrt()).sqrt() + 26.25f64.sqrt() - 6.5,
            (67.5 + 4_436.25f64.sqrt()).sqrt() - 26.25f64.sqrt() - 6.5,
        ],
        _ => Vec::new(),
    }
}

/// How the causal and anti-causal recursions start at the ends of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Init {
    /// Whole-sample symmetric extension (`mirror`; also `constant`, `wrap`, `grid-constant`).
    Mirror,
    /// Half-sample symmetric extension (`reflect`, `grid-mirror`, `nearest`).
    Reflect,
    /// Periodic extension of period `n` (`grid-wrap`).
    Wrap,
}

/// The initial conditions SciPy uses for `mode`.
pub(crate) fn init_for(mode: Mode) -> Init {
    match mode {
        Mode::Reflect | Mode::GridMirror | Mode::Nearest => Init::Reflect,
        Mode::GridWrap => Init::Wrap,
        Mode::Mirror | Mode::Constant | Mode::Wrap | Mode::GridConstant => Init::Mirror,
    }
}

/// Terms of the initial sums below this factor are dropped: |z|^k times a sample is then
/// far below a rounding of the result (SciPy sums whole periods; the difference is
/// below 1e-20 relative).
const HORIZON: f64 = 1e-20;

/// Filters one line in place into its B-spline coefficients (`order` 2..=5).
///
/// Time O(n) per pole.
pub(crate) fn filter_line(c: &mut [f64], order: usize, init: Init) {
    let n = c.len();
    if n < 2 {
        return;
    }
    let zs = poles(order);
    let gain: f64 = zs.iter().map(|&z| (1.0 - z) * (1.0 - 1.0 / z)).product();
    for v in c.iter_mut() {
        *v *= gain;
    }
    for &z in &zs {
        c[0] = causal_init(n, |i| c[i], z, init);
        for i in 1..n {
            c[i] += z * c[i - 1];
        }
        c[n - 1] = anticausal_init(n, |i| c[i], z, init);
        for i in (0..n - 1).rev() {
            c[i] = z * (c[i + 1] - c[i]);
        }
    }
}

/// [`filter_line`] on a block of `w` neighbouring lines stored row by row (`c[i * w + j]`
/// is sample `i` of line `j`): the recursions run across the rows, vectorised over the
/// block, with each line's operations in the same order as [`filter_line`]'s.
pub(crate) fn filter_block(c: &mut [f64], w: usize, order: usize, init: Init) {
    let n = c.len() / w;
    if n < 2 {
        return;
    }
    let zs = poles(order);
    let gain: f64 = zs.iter().map(|&z| (1.0 - z) * (1.0 - 1.0 / z)).product();
    for v in c.iter_mut() {
        *v *= gain;
    }
    let mut first = vec![0.0; w];
    for &z in &zs {
        for (j, f) in first.iter_mut().enumerate() {
            *f = causal_init(n, |i| c[i * w + j], z, init);
        }
        c[..w].copy_from_slice(&first);
        for i in 1..n {
            let (prev, cur) = c[(i - 1) * w..(i + 1) * w].split_at_mut(w);
            for (x, &p) in cur.iter_mut().zip(prev.iter()) {
                *x += z * p;
            }
        }
        for (j, f) in first.iter_mut().enumerate() {
            *f = anticausal_init(n, |i| c[i * w + j], z, init);
        }
        c[(n - 1) * w..].copy_from_slice(&first);
        for i in (0..n - 1).rev() {
            let (cur, next) = c[i * w..(i + 2) * w].split_at_mut(w);
            for (x, &q) in cur.iter_mut().zip(next.iter()) {
                *x = z * (q - *x);
            }
        }
    }
}

/// The first causal coefficient: the sum of `z^k` times the extended line going
/// backwards (`c(i)` reads sample `i` of a line of `n`).
#[inline]
fn causal_init(n: usize, c: impl Fn(usize) -> f64, z: f64, init: Init) -> f64 {
    match init {
        Init::Mirror => {
            // One period (2n - 2) of the mirrored line.
            let zn1 = z.powf((n - 1) as f64);
            let mut s = c(0) + zn1 * c(n - 1);
            let mut zi = z;
            for i in 1..n - 1 {
                s += zi * (c(i) + zn1 * c(n - 1 - i));
                zi *= z;
                if zi.abs() < HORIZON {
                    break;
                }
            }
            s / (1.0 - zn1 * zn1)
        }
        Init::Reflect => {
            // One period (2n) of the half-sample reflection. SciPy accumulates into the
            // first element itself, so its last term reads the partial sum instead of
            // c[0]: reproduced here to agree to rounding (the difference is O(z^2n)).
            let zn = z.powf(n as f64);
            let mut acc = c(0) + zn * c(n - 1);
            let mut zi = z;
            for i in 1..n {
                let other = if i == n - 1 { acc } else { c(n - 1 - i) };
                acc += zi * (c(i) + zn * other);
                zi *= z;
                if zi.abs() < HORIZON {
                    break;
                }
            }
            c(0) + acc * z / (1.0 - zn * zn)
        }
        Init::Wrap => {
            // One period n going backwards: c[0], c[n-1], c[n-2], ...
            let zn = z.powf(n as f64);
            let mut s = c(0);
            let mut zi = z;
            for i in (1..n).rev() {
                s += zi * c(i);
                zi *= z;
                if zi.abs() < HORIZON {
                    break;
                }
            }
            s / (1.0 - zn)
        }
    }
}

/// The last anti-causal coefficient, from the causal ones.
#[inline]
fn anticausal_init(n: usize, c: impl Fn(usize) -> f64, z: f64, init: Init) -> f64 {
    match init {
        Init::Mirror => (z * c(n - 2) + c(n - 1)) * z / (z * z - 1.0),
        Init::Reflect => c(n - 1) * z / (z - 1.0),
        Init::Wrap => {
            // -z / (1 - z^n) * sum_k z^k c[(n - 1 + k) mod n]
            let zn = z.powf(n as f64);
            let mut s = c(n - 1);
            let mut zi = z;
            for i in 0..n - 1 {
                s += zi * c(i);
                zi *= z;
                if zi.abs() < HORIZON {
                    break;
                }
            }
            -z * s / (1.0 - zn)
        }
    }
}

/// Options of [`spline_filter1d`] and [`spline_filter`] (SciPy's keywords): the spline
/// `order` (`3`), the `axis` of the 1-D filter (`-1`) and the boundary `mode` (`mirror`).
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, interpolation::SplineFilterOptions};
/// let o = SplineFilterOptions::default().order(5).axis(0).mode(Mode::GridWrap);
/// assert_eq!((o.order, o.axis, o.mode), (5, 0, Mode::GridWrap));
/// assert_eq!(SplineFilterOptions::default().mode, Mode::Mirror);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter1d.html>
#[derive(Debug, Clone, PartialEq)]
pub struct SplineFilterOptions {
    /// The spline order, 0..=5 (`3`; 0 and 1 copy the input).
    pub order: usize,
    /// The axis of [`spline_filter1d`] (`-1`: the last).
    pub axis: isize,
    /// The boundary mode the coefficients are computed for (`mirror`).
    pub mode: Mode,
}

impl Default for SplineFilterOptions {
    fn default() -> Self {
        SplineFilterOptions {
            order: 3,
            axis: -1,
            mode: Mode::Mirror,
        }
    }
}

impl SplineFilterOptions {
    /// The spline order.
    #[must_use]
    pub fn order(mut self, order: usize) -> Self {
        self.order = order;
        self
    }
    /// The axis of the 1-D filter.
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = axis;
        self
    }
    /// The boundary mode.
    #[must_use]
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }
}

pub(crate) fn check_order(order: usize, min: usize) -> Result<()> {
    if order < min || order > 5 {
        return Err(Error::invalid_argument(
            "order",
            order,
            format!("spline order not supported (must be {min}..=5)"),
        ));
    }
    Ok(())
}

/// The 1-D B-spline prefilter along one axis (SciPy's defaults: order 3, the last axis,
/// `mirror`), returning `f64` coefficients (SciPy's default `output=numpy.float64`).
///
/// Orders 0 and 1 return the input as `f64`; orders 2-5 run the causal and anti-causal
/// recursive filters of each pole, started with the mode's exact boundary conditions.
///
/// Time O(n · poles), memory O(n) for the output.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an order above 5 or an axis out of range.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// let c = sci_ndimage::interpolation::spline_filter1d(&array![0.0, 1.0, 0.0]).unwrap();
/// // The coefficients reproduce the samples through the cubic B-spline (1/6, 2/3, 1/6).
/// let mid = c[0] / 6.0 + c[1] * 2.0 / 3.0 + c[2] / 6.0;
/// assert!((mid - 1.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter1d.html>
/// - M. Unser, A. Aldroubi, M. Eden, "B-spline signal processing: Part II", IEEE Trans.
///   Signal Process. 41(2), 1993; P. Thévenaz, T. Blu, M. Unser, "Interpolation
///   revisited", IEEE Trans. Med. Imaging 19(7), 2000.
pub fn spline_filter1d<'a, T, D>(input: impl AsArray<'a, T, D>) -> Result<Array<f64, D>>
where
    T: Element,
    D: Dimension,
{
    spline_filter1d_with(input, &SplineFilterOptions::default())
}

/// [`spline_filter1d`] with SciPy's keywords.
///
/// # Errors
///
/// As [`spline_filter1d`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, interpolation::{SplineFilterOptions, spline_filter1d_with}};
/// let a = array![[1.0, 2.0], [3.0, 5.0]];
/// let o = SplineFilterOptions::default().order(2).axis(0).mode(Mode::Reflect);
/// assert_eq!(spline_filter1d_with(&a, &o).unwrap().dim(), (2, 2));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter1d.html>
pub fn spline_filter1d_with<'a, T, D>(
    input: impl AsArray<'a, T, D>,
    options: &SplineFilterOptions,
) -> Result<Array<f64, D>>
where
    T: Element,
    D: Dimension,
{
    let input = view(input);
    let mut out = crate::output::new_array::<f64, D>(input.raw_dim());
    spline_filter1d_into(input, out.view_mut(), options)?;
    Ok(out)
}

/// [`spline_filter1d_with`] into an output array of any element type (SciPy's
/// `output=`); integer outputs truncate (with C-cast wrapping) as SciPy's stores do.
///
/// # Errors
///
/// As [`spline_filter1d`], and [`Error::ShapeMismatch`] when `output`'s shape differs.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::interpolation::{SplineFilterOptions, spline_filter1d_into};
/// let mut out = Array1::<f32>::zeros(3);
/// spline_filter1d_into(&array![1u8, 2, 3], out.view_mut(), &SplineFilterOptions::default())
///     .unwrap();
/// assert!((out[1] - 2.0).abs() < 1e-6);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter1d.html>
pub fn spline_filter1d_into<'a, T, O, D>(
    input: impl AsArray<'a, T, D>,
    output: ArrayViewMut<'_, O, D>,
    options: &SplineFilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    let input = view(input);
    check_order(options.order, 0)?;
    check_shape(&input, &output)?;
    let axis = crate::args::resolve_axes(Some(&[options.axis]), input.ndim())?[0];
    let (order, init) = (options.order, init_for(options.mode));
    let block = |ext: &[f64], out: &mut [f64], w: usize| {
        out.copy_from_slice(&ext[..out.len()]);
        if order >= 2 {
            filter_block(out, w, order, init);
        }
    };
    let line = |ext: &[f64], out: &mut [f64]| {
        out.copy_from_slice(ext);
        if order >= 2 {
            filter_line(out, order, init);
        }
    };
    map_lines_blocked(input, output, axis, 0, 0, Mode::Constant, 0.0, line, &block);
    Ok(())
}

fn check_shape<T, O, D: Dimension>(
    input: &ArrayView<'_, T, D>,
    output: &ArrayViewMut<'_, O, D>,
) -> Result<()> {
    if input.shape() != output.shape() {
        return Err(Error::shape_mismatch(
            "spline_filter: output",
            input.shape(),
            output.shape(),
        ));
    }
    Ok(())
}

/// The N-D B-spline prefilter: [`spline_filter1d`] along every axis in turn (SciPy's
/// defaults: order 3, `mirror`), into `f64` coefficients.
///
/// Time O(size · ndim · poles); the passes after the first run in place.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an order outside 2..=5 (SciPy raises for 0 and 1 too).
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// let a = Array2::from_elem((4, 5), 2.0);
/// let c = sci_ndimage::interpolation::spline_filter(&a).unwrap();
/// assert!(c.iter().all(|&v| (v - 2.0).abs() < 1e-12)); // constants are their own spline
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter.html>
/// - M. Unser, "Splines: a perfect fit for signal and image processing", IEEE Signal
///   Process. Mag. 16(6), 1999.
pub fn spline_filter<'a, T, D>(input: impl AsArray<'a, T, D>) -> Result<Array<f64, D>>
where
    T: Element,
    D: Dimension,
{
    spline_filter_with(input, &SplineFilterOptions::default())
}

/// [`spline_filter`] with SciPy's keywords (`order`, `mode`; `axis` is not used).
///
/// # Errors
///
/// As [`spline_filter`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, interpolation::{SplineFilterOptions, spline_filter_with}};
/// let o = SplineFilterOptions::default().order(4).mode(Mode::GridWrap);
/// let c = spline_filter_with(&array![[1.0, 2.0], [3.0, 4.0]], &o).unwrap();
/// assert_eq!(c.dim(), (2, 2));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter.html>
pub fn spline_filter_with<'a, T, D>(
    input: impl AsArray<'a, T, D>,
    options: &SplineFilterOptions,
) -> Result<Array<f64, D>>
where
    T: Element,
    D: Dimension,
{
    let input = view(input);
    let mut out = crate::output::new_array::<f64, D>(input.raw_dim());
    spline_filter_into(input, out.view_mut(), options)?;
    Ok(out)
}

/// [`spline_filter_with`] into an output of any element type. As in SciPy, each axis'
/// pass is stored into the output (integer outputs truncate after every pass).
///
/// # Errors
///
/// As [`spline_filter`], and [`Error::ShapeMismatch`] when `output`'s shape differs.
///
/// # Examples
///
/// ```
/// use ndarray::{Array2, array};
/// use sci_ndimage::interpolation::{SplineFilterOptions, spline_filter_into};
/// let mut out = Array2::<u8>::zeros((1, 4));
/// let a = array![[10u8, 200, 30, 40]];
/// spline_filter_into(&a, out.view_mut(), &SplineFilterOptions::default()).unwrap();
/// assert_eq!(out, array![[92u8, 102, 188, 94]]); // -164 wraps to 92, as SciPy's C cast
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.spline_filter.html>
pub fn spline_filter_into<'a, T, O, D>(
    input: impl AsArray<'a, T, D>,
    mut output: ArrayViewMut<'_, O, D>,
    options: &SplineFilterOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    let input = view(input);
    check_order(options.order, 2)?;
    check_shape(&input, &output)?;
    if input.ndim() == 0 {
        output.zip_mut_with(&input, |o, &i| *o = O::from_f64_trunc(i.to_f64()));
        return Ok(());
    }
    let (order, init) = (options.order, init_for(options.mode));
    let kernel = |ext: &[f64], out: &mut [f64]| {
        out.copy_from_slice(ext);
        filter_line(out, order, init);
    };
    let block = |ext: &[f64], out: &mut [f64], w: usize| {
        out.copy_from_slice(&ext[..out.len()]);
        filter_block(out, w, order, init);
    };
    let ndim = input.ndim();
    map_lines_blocked(
        input,
        output.view_mut(),
        0,
        0,
        0,
        Mode::Constant,
        0.0,
        kernel,
        &block,
    );
    for axis in 1..ndim {
        map_lines_inplace(
            output.view_mut(),
            axis,
            0,
            0,
            Mode::Constant,
            0.0,
            kernel,
            Some(&block),
        );
    }
    Ok(())
}

/// Prefilters an `f64` array in place along every axis (the interpolation functions' copy).
pub(crate) fn prefilter_inplace(data: &mut Array<f64, IxDyn>, order: usize, mode: Mode) {
    let init = init_for(mode);
    let block = |ext: &[f64], out: &mut [f64], w: usize| {
        out.copy_from_slice(&ext[..out.len()]);
        filter_block(out, w, order, init);
    };
    for axis in 0..data.ndim() {
        map_lines_inplace(
            data.view_mut(),
            axis,
            0,
            0,
            Mode::Constant,
            0.0,
            |ext: &[f64], out: &mut [f64]| {
                out.copy_from_slice(ext);
                filter_line(out, order, init);
            },
            Some(&block),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poles_are_roots_of_the_sampled_splines() {
        // The sampled B-spline's symbol: sum_k beta(k) z^k vanishes at each pole.
        for order in 2..=5 {
            for &z in &poles(order) {
                assert!(z.abs() < 1.0);
                let r = i32::try_from(order).unwrap() / 2 + 1;
                let s: f64 = (-r..=r)
                    .map(|k| super::super::weights::bspline(order, k as f64) * z.powi(k + r))
                    .sum();
                assert!(s.abs() < 1e-14, "order {order}: {s}");
            }
        }
    }

    #[test]
    fn a_line_filtered_then_sampled_is_the_line() {
        let x = [1.0, -2.0, 0.5, 3.0, 4.0, -1.0, 0.0];
        for order in 2..=5 {
            for init in [Init::Mirror, Init::Wrap] {
                let mut c = x;
                filter_line(&mut c, order, init);
                let r = isize::try_from(order).unwrap() / 2;
                for i in 0..7isize {
                    let v: f64 = (-r..=r)
                        .map(|k| {
                            let j = match init {
                                Init::Mirror => {
                                    crate::mode::filter_index(i + k, 7, Mode::Mirror).unwrap()
                                }
                                _ => (i + k).rem_euclid(7) as usize,
                            };
                            super::super::weights::bspline(order, k as f64) * c[j]
                        })
                        .sum();
                    assert!((v - x[i as usize]).abs() < 1e-12, "{order} {init:?}");
                }
            }
        }
    }
}
