//! `map_coordinates`: the spline's values at arbitrary input coordinates.

use ndarray::{Array, ArrayViewMut, AsArray, Axis, Dimension, RemoveAxis};
use sci_core::{Error, Result, view};

use super::InterpolationOptions;
use super::engine::{Coeffs, fill, store};
use crate::Element;

/// The input interpolated at `coordinates` (SciPy's defaults: cubic spline, `constant`
/// mode with `cval = 0`, prefiltered): `coordinates` has shape `(ndim, ...)`, and the
/// output has shape `coordinates.shape[1..]` and the input's element type.
///
/// Time O(size of the input · ndim) for the prefilter plus O(points · (order + 1)^ndim);
/// memory O(size of the input) for the `f64` coefficients. Parallel over tiles of points.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an order above 5, a 0-d input, or coordinates whose
/// first axis is not the input's number of dimensions or with no further axis.
///
/// # Examples
///
/// ```
/// use ndarray::{Array2, array};
/// use sci_ndimage::interpolation::map_coordinates;
/// let a = Array2::from_shape_fn((4, 3), |(i, j)| (3 * i + j) as f64);
/// // The spline passes through the samples: a[1, 2] = 5 and a[3, 0] = 9.
/// let out = map_coordinates(&a, &array![[1.0, 3.0], [2.0, 0.0]]).unwrap();
/// assert!((out[0] - 5.0).abs() < 1e-12 && (out[1] - 9.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.map_coordinates.html>
/// - M. Unser, "Splines: a perfect fit for signal and image processing", IEEE Signal
///   Process. Mag. 16(6), 1999.
pub fn map_coordinates<'a, 'b, T, D, C>(
    input: impl AsArray<'a, T, D>,
    coordinates: impl AsArray<'b, f64, C>,
) -> Result<Array<T, C::Smaller>>
where
    T: Element,
    D: Dimension,
    C: RemoveAxis,
{
    map_coordinates_with(input, coordinates, &InterpolationOptions::default())
}

/// [`map_coordinates`] with SciPy's keywords (`order`, `mode`, `cval`, `prefilter`).
///
/// # Errors
///
/// As [`map_coordinates`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, interpolation::{InterpolationOptions, map_coordinates_with}};
/// let a = array![1.0, 2.0, 4.0];
/// let o = InterpolationOptions::default().order(1).mode(Mode::Nearest);
/// let out = map_coordinates_with(&a, &array![[-1.0, 0.5, 7.0]], &o).unwrap();
/// assert_eq!(out, array![1.0, 1.5, 4.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.map_coordinates.html>
pub fn map_coordinates_with<'a, 'b, T, D, C>(
    input: impl AsArray<'a, T, D>,
    coordinates: impl AsArray<'b, f64, C>,
    options: &InterpolationOptions,
) -> Result<Array<T, C::Smaller>>
where
    T: Element,
    D: Dimension,
    C: RemoveAxis,
{
    let coordinates = view(coordinates);
    if coordinates.ndim() < 2 {
        return Err(rank_error());
    }
    let mut out = Array::<T, C::Smaller>::default(coordinates.raw_dim().remove_axis(Axis(0)));
    map_coordinates_into(input, coordinates, out.view_mut(), options)?;
    Ok(out)
}

fn rank_error() -> Error {
    Error::invalid_argument(
        "coordinates",
        "a 1-d array",
        "input and output rank must be > 0",
    )
}

/// [`map_coordinates_with`] into an output of any element type (SciPy's `output=`);
/// integer outputs are rounded half away from zero and clamped.
///
/// # Errors
///
/// As [`map_coordinates`], and [`Error::ShapeMismatch`] when `output`'s shape is not
/// `coordinates.shape[1..]`.
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::interpolation::{InterpolationOptions, map_coordinates_into};
/// let mut out = Array1::<u8>::zeros(2);
/// let o = InterpolationOptions::default().order(1);
/// map_coordinates_into(&array![10u8, 20], &array![[0.25, 0.5]], out.view_mut(), &o).unwrap();
/// assert_eq!(out, array![13u8, 15]); // 12.5 and 15 round half away from zero
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.map_coordinates.html>
pub fn map_coordinates_into<'a, 'b, T, O, D, C>(
    input: impl AsArray<'a, T, D>,
    coordinates: impl AsArray<'b, f64, C>,
    output: ArrayViewMut<'_, O, C::Smaller>,
    options: &InterpolationOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    C: RemoveAxis,
{
    let input = view(input);
    let coordinates = view(coordinates);
    if coordinates.ndim() < 2 {
        return Err(rank_error());
    }
    if coordinates.shape()[0] != input.ndim() {
        return Err(Error::invalid_argument(
            "coordinates",
            format!("{:?}", coordinates.shape()),
            format!(
                "invalid shape for coordinate array: the first axis must have the input's {} dimensions",
                input.ndim()
            ),
        ));
    }
    if output.shape() != &coordinates.shape()[1..] {
        return Err(Error::shape_mismatch(
            "map_coordinates: output",
            &coordinates.shape()[1..],
            output.shape(),
        ));
    }
    let c = Coeffs::new(input, options)?;
    let coords = coordinates.as_standard_layout();
    let Some(flat) = coords.as_slice() else {
        return Ok(());
    };
    let out_shape = output.shape().to_vec();
    let npts: usize = out_shape.iter().product();
    let nd = c.ndim();
    let row_len = *out_shape.last().unwrap_or(&1);
    fill(output, |row: &[usize], col0: usize, tile: &mut [O]| {
        let mut r = 0;
        for (k, &i) in row.iter().enumerate() {
            r = r * out_shape[k] + i;
        }
        let p0 = r * row_len + col0;
        let mut x = [0.0; 32];
        for (j, o) in tile.iter_mut().enumerate() {
            for (k, xk) in x.iter_mut().enumerate().take(nd) {
                *xk = flat[k * npts + p0 + j];
            }
            *o = store(c.at(&x[..nd]));
        }
    });
    Ok(())
}
