//! `affine_transform` (a matrix, a diagonal, or a homogeneous matrix, plus an offset)
//! and `geometric_transform` (any mapping from output to input coordinates).

use ndarray::{Array, Array2, ArrayView, ArrayViewMut, AsArray, Dimension, Ix2, IxDyn};
use sci_core::{Error, Result, view};

use super::InterpolationOptions;
use super::engine::{Coeffs, fill, store};
use super::separable::separable_into;
use crate::Element;
use crate::args::per_axis;

/// The output array of a transform whose result keeps the input's rank.
pub(crate) fn same_rank_output<T: Element, D: Dimension>(
    input: &ArrayView<'_, T, D>,
    shape: Option<&[usize]>,
) -> Result<Array<T, D>> {
    let mut dim = input.raw_dim();
    if let Some(shape) = shape {
        if shape.len() != input.ndim() {
            return Err(Error::invalid_argument(
                "output_shape",
                format!("{shape:?}"),
                format!(
                    "must have the input's {} dimensions (use the _into form for another rank)",
                    input.ndim()
                ),
            ));
        }
        for (k, &s) in shape.iter().enumerate() {
            dim[k] = s;
        }
    }
    Ok(Array::default(dim))
}

/// The linear part and offset of an affine transform, from SciPy's accepted forms.
enum Affine {
    Diagonal(Vec<f64>, Vec<f64>),
    Full(Array2<f64>, Vec<f64>),
}

fn parse_matrix(
    matrix: ArrayView<'_, f64, IxDyn>,
    offset: &[f64],
    ndim: usize,
    out_ndim: usize,
) -> Result<Affine> {
    let mshape = format!("{:?}", matrix.shape());
    let bad = |reason: &str| Error::invalid_argument("matrix", mshape.clone(), reason.to_string());
    if !(matrix.ndim() == 1 || matrix.ndim() == 2) || matrix.shape()[0] < 1 {
        return Err(bad("no proper affine matrix provided"));
    }
    if matrix.ndim() == 1 {
        if matrix.len() != ndim {
            return Err(bad("affine matrix has wrong number of rows"));
        }
        if out_ndim != ndim {
            return Err(bad("a diagonal matrix needs an output of the input's rank"));
        }
        let offset = per_axis("offset", offset, ndim)?;
        return Ok(Affine::Diagonal(matrix.iter().copied().collect(), offset));
    }
    let Ok(mut m) = matrix.into_dimensionality::<Ix2>() else {
        return Err(bad("no proper affine matrix provided"));
    };
    let (r, cols) = m.dim();
    let mut offset = offset.to_vec();
    if cols == ndim + 1 && (r == ndim || r == ndim + 1) {
        if r == ndim + 1 {
            let bottom = m.row(ndim);
            let ok = bottom
                .iter()
                .enumerate()
                .all(|(j, &v)| v == if j == ndim { 1.0 } else { 0.0 });
            if !ok {
                return Err(bad(
                    "expected a homogeneous transformation matrix: the bottom row must be [0, ..., 0, 1]",
                ));
            }
        }
        offset = m.column(ndim).iter().take(ndim).copied().collect();
        m = m.slice_move(ndarray::s![..ndim, ..ndim]);
    }
    if m.nrows() != ndim {
        return Err(bad("affine matrix has wrong number of rows"));
    }
    if m.ncols() != out_ndim {
        return Err(bad("affine matrix has wrong number of columns"));
    }
    let offset = per_axis("offset", &offset, ndim)?;
    Ok(Affine::Full(m.to_owned(), offset))
}

/// The affine transform of the input (SciPy's defaults: cubic spline, `constant` mode,
/// prefiltered): the output at index `o` is the input interpolated at `matrix · o +
/// offset`. `matrix` is an `ndim × ndim` matrix, a diagonal given as a vector of `ndim`
/// values, or a homogeneous `(ndim + 1) × (ndim + 1)` or `ndim × (ndim + 1)` matrix whose
/// last column is the offset (the options' `offset` is then ignored), as in SciPy.
///
/// Time O(size · (order + 1)^ndim) (a diagonal matrix precomputes its weights per axis);
/// parallel over tiles of output rows.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a malformed matrix, an offset of the wrong length, a 0-d
/// input, an order above 5, or an `output_shape` of another rank (use
/// [`affine_transform_into`] for that).
///
/// # Examples
///
/// ```
/// use ndarray::{Array2, array};
/// use sci_ndimage::interpolation::affine_transform;
/// let a = Array2::from_shape_fn((3, 3), |(i, j)| (3 * i + j) as f64);
/// // The transpose: output (i, j) reads input (j, i).
/// let t = affine_transform(&a, &array![[0.0, 1.0], [1.0, 0.0]]).unwrap();
/// assert!((t[[0, 2]] - 6.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.affine_transform.html>
pub fn affine_transform<'a, 'm, T, D, M>(
    input: impl AsArray<'a, T, D>,
    matrix: impl AsArray<'m, f64, M>,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    M: Dimension,
{
    affine_transform_with(input, matrix, &InterpolationOptions::default())
}

/// [`affine_transform`] with SciPy's keywords (`offset`, `output_shape`, `order`, `mode`,
/// `cval`, `prefilter`).
///
/// # Errors
///
/// As [`affine_transform`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::interpolation::{InterpolationOptions, affine_transform_with};
/// let a = array![0.0, 1.0, 2.0, 3.0];
/// // A homogeneous matrix: x -> 0.5 x + 1.
/// let m = array![[0.5, 1.0], [0.0, 1.0]];
/// let o = InterpolationOptions::default().order(1);
/// let out = affine_transform_with(&a, &m, &o).unwrap();
/// assert_eq!(out, array![1.0, 1.5, 2.0, 2.5]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.affine_transform.html>
pub fn affine_transform_with<'a, 'm, T, D, M>(
    input: impl AsArray<'a, T, D>,
    matrix: impl AsArray<'m, f64, M>,
    options: &InterpolationOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    M: Dimension,
{
    let input = view(input);
    let mut out = same_rank_output(&input, options.output_shape.as_deref())?;
    affine_transform_into(input, matrix, out.view_mut(), options)?;
    Ok(out)
}

/// [`affine_transform_with`] into an output of any element type and any rank (the
/// matrix then has one column per output axis); the output's shape is the output shape
/// (`output_shape` is not used).
///
/// # Errors
///
/// As [`affine_transform`].
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::interpolation::{InterpolationOptions, affine_transform_into};
/// // A 1-D output sampling the diagonal of a 2-D input: the matrix is 2 x 1.
/// let a = array![[0.0, 1.0], [2.0, 3.0]];
/// let mut out = Array1::<f64>::zeros(2);
/// let o = InterpolationOptions::default().order(1);
/// affine_transform_into(&a, &array![[1.0], [1.0]], out.view_mut(), &o).unwrap();
/// assert_eq!(out, array![0.0, 3.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.affine_transform.html>
pub fn affine_transform_into<'a, 'm, T, O, D, M, E>(
    input: impl AsArray<'a, T, D>,
    matrix: impl AsArray<'m, f64, M>,
    output: ArrayViewMut<'_, O, E>,
    options: &InterpolationOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    M: Dimension,
    E: Dimension,
{
    let input = view(input);
    let matrix = view(matrix).into_dyn();
    if output.ndim() == 0 {
        return Err(Error::invalid_argument(
            "output_shape",
            "[]",
            "input and output rank must be > 0",
        ));
    }
    let affine = parse_matrix(matrix, &options.offset, input.ndim(), output.ndim())?;
    let c = Coeffs::new(input, options)?;
    match affine {
        Affine::Diagonal(m, off) => {
            // SciPy's zoom-shift form: (o + offset / m) · m along each axis.
            let coords: Vec<Vec<f64>> = (0..m.len())
                .map(|k| {
                    let sh = off[k] / m[k];
                    (0..output.shape()[k])
                        .map(|o| (o as f64 + sh) * m[k])
                        .collect()
                })
                .collect();
            separable_into(&c, &coords, output);
        }
        Affine::Full(m, off) => {
            let nd = c.ndim();
            let ond = output.ndim();
            let m: Vec<f64> = m.iter().copied().collect();
            fill(output, |row: &[usize], col0: usize, tile: &mut [O]| {
                // The coordinate at the tile's first point; each step adds the last
                // column of the matrix.
                let mut base = [0.0; 32];
                for k in 0..nd {
                    let mut v = 0.0;
                    for (j, &i) in row.iter().enumerate() {
                        v += m[k * ond + j] * i as f64;
                    }
                    base[k] = v;
                }
                let mut x = [0.0; 32];
                for (j, o) in tile.iter_mut().enumerate() {
                    let col = (col0 + j) as f64;
                    for k in 0..nd {
                        x[k] = base[k] + m[k * ond + ond - 1] * col + off[k];
                    }
                    *o = store(c.at(&x[..nd]));
                }
            });
        }
    }
    Ok(())
}

/// The input transformed by any mapping (SciPy's defaults: cubic spline, `constant`
/// mode, prefiltered): `mapping(output_index, input_coordinates)` writes, for an output
/// index, the input coordinates (one per input axis) to interpolate at.
///
/// Time O(size · ((order + 1)^ndim + the mapping's cost)); the mapping is called from
/// several threads at once (it must be `Sync`).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a 0-d input, an order above 5, or an `output_shape` of
/// another rank (use [`geometric_transform_into`] for that).
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::interpolation::{InterpolationOptions, geometric_transform_with};
/// let a = array![[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]];
/// let shift_left = |o: &[usize], x: &mut [f64]| {
///     x[0] = o[0] as f64;
///     x[1] = o[1] as f64 + 0.5;
/// };
/// let opts = InterpolationOptions::default().order(1);
/// let out = geometric_transform_with(&a, shift_left, &opts).unwrap();
/// assert_eq!(out, array![[0.5, 1.5, 0.0], [3.5, 4.5, 0.0]]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.geometric_transform.html>
pub fn geometric_transform<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    mapping: F,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(&[usize], &mut [f64]) + Sync,
{
    geometric_transform_with(input, mapping, &InterpolationOptions::default())
}

/// [`geometric_transform`] with SciPy's keywords (`output_shape`, `order`, `mode`, `cval`,
/// `prefilter`).
///
/// # Errors
///
/// As [`geometric_transform`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::interpolation::{InterpolationOptions, geometric_transform_with};
/// let a = array![1.0, 2.0, 3.0];
/// let o = InterpolationOptions::default().order(1).output_shape([5]);
/// let out = geometric_transform_with(&a, |o: &[usize], x: &mut [f64]| x[0] = o[0] as f64 / 2.0, &o)
///     .unwrap();
/// assert_eq!(out, array![1.0, 1.5, 2.0, 2.5, 3.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.geometric_transform.html>
pub fn geometric_transform_with<'a, T, D, F>(
    input: impl AsArray<'a, T, D>,
    mapping: F,
    options: &InterpolationOptions,
) -> Result<Array<T, D>>
where
    T: Element,
    D: Dimension,
    F: Fn(&[usize], &mut [f64]) + Sync,
{
    let input = view(input);
    let mut out = same_rank_output(&input, options.output_shape.as_deref())?;
    geometric_transform_into(input, mapping, out.view_mut(), options)?;
    Ok(out)
}

/// [`geometric_transform_with`] into an output of any element type and rank (its shape
/// is the output shape; `output_shape` is not used).
///
/// # Errors
///
/// As [`geometric_transform`].
///
/// # Examples
///
/// ```
/// use ndarray::{Array1, array};
/// use sci_ndimage::interpolation::{InterpolationOptions, geometric_transform_into};
/// let a = array![[1u8, 2], [3, 4]];
/// let mut diag = Array1::<u8>::zeros(2);
/// let o = InterpolationOptions::default().order(0);
/// geometric_transform_into(&a, |o: &[usize], x: &mut [f64]| x.fill(o[0] as f64), diag.view_mut(), &o)
///     .unwrap();
/// assert_eq!(diag, array![1u8, 4]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.geometric_transform.html>
pub fn geometric_transform_into<'a, T, O, D, E, F>(
    input: impl AsArray<'a, T, D>,
    mapping: F,
    output: ArrayViewMut<'_, O, E>,
    options: &InterpolationOptions,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
    E: Dimension,
    F: Fn(&[usize], &mut [f64]) + Sync,
{
    let input = view(input);
    if output.ndim() == 0 || output.ndim() > 32 {
        return Err(Error::invalid_argument(
            "output_shape",
            format!("{:?}", output.shape()),
            "input and output rank must be between 1 and 32",
        ));
    }
    let c = Coeffs::new(input, options)?;
    let nd = c.ndim();
    fill(output, |row: &[usize], col0: usize, tile: &mut [O]| {
        let mut idx = [0usize; 32];
        let r = row.len();
        idx[..r].copy_from_slice(row);
        let mut x = [0.0; 32];
        for (j, o) in tile.iter_mut().enumerate() {
            idx[r] = col0 + j;
            mapping(&idx[..=r], &mut x[..nd]);
            *o = store(c.at(&x[..nd]));
        }
    });
    Ok(())
}
