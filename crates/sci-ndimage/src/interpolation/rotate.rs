//! `rotate`: rotation in the plane of two axes about the array's centre, plane by plane
//! for arrays of more than two dimensions.

use ndarray::{Array, Array2, ArrayViewMut, AsArray, Axis, Dimension};
use sci_core::{Error, Result, view};

use super::InterpolationOptions;
use super::affine::affine_transform_into;
use crate::Element;

/// `cos` and `sin` of an angle in degrees, exact at multiples of 90° (as SciPy's
/// `cosdg` / `sindg`), so quarter turns are exact permutations.
fn cos_sin_deg(angle: f64) -> (f64, f64) {
    let r = angle.rem_euclid(360.0);
    match r {
        0.0 => (1.0, 0.0),
        90.0 => (0.0, 1.0),
        180.0 => (-1.0, 0.0),
        270.0 => (0.0, -1.0),
        _ => {
            let t = r.to_radians();
            (t.cos(), t.sin())
        }
    }
}

/// The rotation's plane (sorted axes), matrix, offset and output shape, as SciPy
/// computes them.
struct Plan {
    axes: [usize; 2],
    matrix: Array2<f64>,
    offset: [f64; 2],
    shape: Vec<usize>,
}

fn plan(shape: &[usize], angle: f64, o: &InterpolationOptions) -> Result<Plan> {
    let nd = shape.len();
    if nd < 2 {
        return Err(Error::invalid_argument(
            "input",
            format!("{nd}-d array"),
            "input array should be at least 2-D",
        ));
    }
    let mut axes = [0usize; 2];
    for (k, &a) in o.axes.iter().enumerate() {
        let nd_i = isize::try_from(nd).unwrap_or(isize::MAX);
        let r = if a < 0 { a + nd_i } else { a };
        if r < 0 || r >= nd_i {
            return Err(Error::invalid_argument(
                "axes",
                format!("{:?}", o.axes),
                "invalid rotation plane specified",
            ));
        }
        axes[k] = r as usize;
    }
    if axes[0] == axes[1] {
        return Err(Error::invalid_argument(
            "axes",
            format!("{:?}", o.axes),
            "the rotation plane needs two different axes",
        ));
    }
    axes.sort_unstable();
    let (c, s) = cos_sin_deg(angle);
    let (iy, ix) = (shape[axes[0]] as f64, shape[axes[1]] as f64);
    let (oy, ox) = if o.reshape {
        // The extent of the rotated corners: rot · [[0, 0, iy, iy], [0, ix, 0, ix]].
        let ptp = |v: [f64; 4]| {
            let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let min = v.iter().copied().fold(f64::INFINITY, f64::min);
            ((max - min) + 0.5).trunc().max(0.0)
        };
        let r0 = [0.0, s * ix, c * iy, c * iy + s * ix];
        let r1 = [0.0, c * ix, -s * iy, -s * iy + c * ix];
        (ptp(r0), ptp(r1))
    } else {
        (iy, ix)
    };
    let (cy, cx) = ((oy - 1.0) / 2.0, (ox - 1.0) / 2.0);
    let out_center = [c * cy + s * cx, -s * cy + c * cx];
    let offset = [
        (iy - 1.0) / 2.0 - out_center[0],
        (ix - 1.0) / 2.0 - out_center[1],
    ];
    let mut out_shape = shape.to_vec();
    out_shape[axes[0]] = oy as usize;
    out_shape[axes[1]] = ox as usize;
    Ok(Plan {
        axes,
        matrix: ndarray::array![[c, s], [-s, c]],
        offset,
        shape: out_shape,
    })
}

/// The input rotated by `angle` degrees in the plane of two axes (SciPy's defaults:
/// axes `(1, 0)`, `reshape = true`, cubic spline, `constant` mode, prefiltered). With
/// `reshape` the output grows to hold the whole rotated input (each side
/// `int(extent + 0.5)`); the centres of the input and output planes coincide. Arrays of
/// more than two dimensions are rotated plane by plane, each plane prefiltered on its own,
/// as SciPy does.
///
/// Time O(size of the output · (order + 1)²); parallel over tiles of output rows.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an input of fewer than two dimensions, axes out of range
/// or equal, or an order above 5.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::interpolation::rotate;
/// let a = array![[1.0f64, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let r = rotate(&a, 90.0).unwrap();
/// assert_eq!(r.dim(), (3, 2));
/// assert!((r[[0, 0]] - 3.0).abs() < 1e-12 && (r[[2, 1]] - 4.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.rotate.html>
pub fn rotate<'a, T, D>(input: impl AsArray<'a, T, D>, angle: f64) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
{
    rotate_with(input, angle, &InterpolationOptions::default())
}

/// [`rotate`] with SciPy's keywords (`axes`, `reshape`, `order`, `mode`, `cval`,
/// `prefilter`).
///
/// # Errors
///
/// As [`rotate`].
///
/// # Examples
///
/// ```
/// use ndarray::Array3;
/// use sci_ndimage::interpolation::{InterpolationOptions, rotate_with};
/// let a = Array3::<f32>::ones((4, 5, 2));
/// let o = InterpolationOptions::default().axes([0, 1]).reshape(false).order(1);
/// assert_eq!(rotate_with(&a, 30.0, &o).unwrap().dim(), (4, 5, 2));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.rotate.html>
pub fn rotate_with<'a, T, D>(
    input: impl AsArray<'a, T, D>,
    angle: f64,
    options: &InterpolationOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
{
    let input = view(input);
    let p = plan(input.shape(), angle, options)?;
    let mut dim = input.raw_dim();
    for (k, &s) in p.shape.iter().enumerate() {
        dim[k] = s;
    }
    let mut out = crate::output::new_array::<T, D>(dim);
    rotate_into(input, angle, out.view_mut(), options)?;
    Ok(out)
}

/// [`rotate_with`] into an output of any element type, whose shape must be the rotation's
/// output shape.
///
/// # Errors
///
/// As [`rotate`], and [`Error::ShapeMismatch`] for an output of another shape.
///
/// # Examples
///
/// ```
/// use ndarray::{Array2, array};
/// use sci_ndimage::interpolation::{InterpolationOptions, rotate_into};
/// let mut out = Array2::<u8>::zeros((2, 2));
/// let a = array![[1u8, 2], [3, 4]];
/// rotate_into(&a, 180.0, out.view_mut(), &InterpolationOptions::default().order(1)).unwrap();
/// assert_eq!(out, array![[4u8, 3], [2, 1]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.rotate.html>
pub fn rotate_into<'a, T, O, D>(
    input: impl AsArray<'a, T, D>,
    angle: f64,
    output: ArrayViewMut<'_, O, D>,
    options: &InterpolationOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    let input = view(input);
    super::prefilter::check_order(options.order, 0)?;
    let p = plan(input.shape(), angle, options)?;
    if output.shape() != p.shape.as_slice() {
        return Err(Error::shape_mismatch(
            "rotate: output",
            &p.shape,
            output.shape(),
        ));
    }
    let opts = options.clone().offset(p.offset.to_vec());
    let input = input.into_dyn();
    let mut output = output.into_dyn();
    let nd = input.ndim();
    // The other axes, highest first, so fixing one keeps the others' numbers.
    let others: Vec<usize> = (0..nd).rev().filter(|k| !p.axes.contains(k)).collect();
    let counts: Vec<usize> = others.iter().map(|&k| input.shape()[k]).collect();
    let planes: usize = counts.iter().product();
    for plane in 0..planes {
        let mut rest = plane;
        let mut inp = input.view();
        let mut out = output.view_mut();
        for (&k, &n) in others.iter().zip(&counts) {
            let i = rest % n;
            rest /= n;
            inp = inp.index_axis_move(Axis(k), i);
            out = out.index_axis_move(Axis(k), i);
        }
        affine_transform_into(inp, &p.matrix, out, &opts)?;
    }
    Ok(())
}
