//! Axes and shapes: SciPy's rules for `axis`, `axes`, `n` and `s`, and the zero-padding or
//! truncation they ask for.

use sci_core::ndarray::{ArrayD, ArrayViewD, Axis, Slice, Zip};
use sci_core::{Error, Result};

/// A SciPy axis (negative counts from the end) as an index into `ndim` axes.
pub(crate) fn normalize_axis(axis: isize, ndim: usize) -> Result<usize> {
    let nd = isize::try_from(ndim).unwrap_or(isize::MAX);
    let a = if axis < 0 { axis + nd } else { axis };
    if a < 0 || a >= nd {
        return Err(Error::invalid_argument(
            "axis",
            axis,
            format!("out of range for an array of {ndim} dimension(s)"),
        ));
    }
    Ok(a.unsigned_abs())
}

/// Checks a transform length (`n`, or an entry of `s`): at least 1.
pub(crate) fn check_len(name: &str, n: usize) -> Result<()> {
    if n < 1 {
        return Err(Error::invalid_argument(
            name,
            n,
            "invalid number of data points: must be at least 1",
        ));
    }
    Ok(())
}

/// The 1-D case: the axis index and the transform length (`n`, else the input's length).
pub(crate) fn shape_and_axis(
    shape: &[usize],
    n: Option<usize>,
    axis: isize,
) -> Result<(usize, usize)> {
    let ax = normalize_axis(axis, shape.len())?;
    let len = n.unwrap_or(shape[ax]);
    if n.is_some() {
        check_len("n", len)?;
    } else if len < 1 {
        return Err(Error::EmptyInput {
            name: format!("x (along axis {axis})"),
            min_len: 1,
        });
    }
    Ok((ax, len))
}

/// SciPy's `_init_nd_shape_and_axes`: the transform lengths and axis indices from `s` and
/// `axes`. Without `axes`, `s` applies to the last `s.len()` axes; without both, every axis
/// is transformed at its own length.
pub(crate) fn shape_and_axes(
    shape: &[usize],
    s: Option<&[usize]>,
    axes: Option<&[isize]>,
) -> Result<(Vec<usize>, Vec<usize>)> {
    let ndim = shape.len();
    let axes: Option<Vec<usize>> = match axes {
        None => None,
        Some(list) => {
            let mut out = Vec::with_capacity(list.len());
            for &a in list {
                let a = normalize_axis(a, ndim).map_err(|_| {
                    Error::invalid_argument(
                        "axes",
                        format!("{list:?}"),
                        format!("exceeds the dimensionality ({ndim}) of the input"),
                    )
                })?;
                if out.contains(&a) {
                    return Err(Error::invalid_argument(
                        "axes",
                        format!("{list:?}"),
                        "all axes must be unique",
                    ));
                }
                out.push(a);
            }
            Some(out)
        }
    };
    let (lens, axes) = match (s, axes) {
        (Some(s), Some(axes)) => {
            if s.len() != axes.len() {
                return Err(Error::shape_mismatch(
                    "s and axes must have the same length",
                    &[axes.len()],
                    &[s.len()],
                ));
            }
            for &n in s {
                check_len("s", n)?;
            }
            (s.to_vec(), axes)
        }
        (Some(s), None) => {
            if s.len() > ndim {
                return Err(Error::invalid_argument(
                    "s",
                    format!("{s:?}"),
                    format!("requires more axes than the input's {ndim}"),
                ));
            }
            for &n in s {
                check_len("s", n)?;
            }
            (s.to_vec(), (ndim - s.len()..ndim).collect())
        }
        (None, Some(axes)) => (axes.iter().map(|&a| shape[a]).collect(), axes),
        (None, None) => (shape.to_vec(), (0..ndim).collect()),
    };
    if let Some(pos) = lens.iter().position(|&n| n < 1) {
        return Err(Error::EmptyInput {
            name: format!("x (along axis {})", axes[pos]),
            min_len: 1,
        });
    }
    Ok((lens, axes))
}

/// A standard-layout copy of `x` converted by `f`, zero-padded or truncated to length `n`
/// along each `(axis, n)` of `sizes` (padding at the end, as SciPy does).
pub(crate) fn resized<A, B>(
    x: &ArrayViewD<'_, A>,
    sizes: &[(usize, usize)],
    f: impl Fn(A) -> B,
) -> ArrayD<B>
where
    A: Copy,
    B: Clone + Default,
{
    let mut src = x.view();
    let mut shape = x.shape().to_vec();
    let mut pad = false;
    for &(axis, n) in sizes {
        let len = src.len_of(Axis(axis));
        if n < len {
            src.slice_axis_inplace(Axis(axis), Slice::from(0..n));
        } else if n > len {
            pad = true;
        }
        shape[axis] = n;
    }
    if !pad {
        let data: Vec<B> = match src.as_slice() {
            Some(slice) => slice.iter().map(|&v| f(v)).collect(),
            None => src.iter().map(|&v| f(v)).collect(),
        };
        return ArrayD::from_shape_vec(shape, data)
            .unwrap_or_else(|_| unreachable!("the data has the shape's length"));
    }
    let mut out = ArrayD::<B>::default(shape);
    let mut region = out.view_mut();
    for (axis, &len) in src.shape().iter().enumerate() {
        region.slice_axis_inplace(Axis(axis), Slice::from(0..len));
    }
    Zip::from(&mut region).and(&src).for_each(|o, &v| *o = f(v));
    out
}

/// An N-d result back in the caller's dimension type (the number of axes never changes).
pub(crate) fn into_dim<T, D: sci_core::ndarray::Dimension>(
    a: ArrayD<T>,
) -> Result<sci_core::ndarray::Array<T, D>> {
    let shape = a.shape().to_vec();
    a.into_dimensionality::<D>().map_err(|_| {
        Error::invalid_argument(
            "x",
            format!("an array of shape {shape:?}"),
            "has a dimension the result type cannot hold",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use sci_core::ndarray::array;

    #[test]
    fn axes_follow_scipy() {
        assert_eq!(normalize_axis(-1, 3).unwrap(), 2);
        assert!(normalize_axis(3, 3).is_err());
        assert!(normalize_axis(-4, 3).is_err());
        let (lens, axes) = shape_and_axes(&[2, 3, 4], Some(&[5, 6]), None).unwrap();
        assert_eq!((lens, axes), (vec![5, 6], vec![1, 2]));
        let (lens, axes) = shape_and_axes(&[2, 3, 4], None, Some(&[0, -1])).unwrap();
        assert_eq!((lens, axes), (vec![2, 4], vec![0, 2]));
        assert!(shape_and_axes(&[2, 3], Some(&[1, 2, 3]), None).is_err());
        assert!(shape_and_axes(&[2, 3], Some(&[1]), Some(&[0, 1])).is_err());
        assert!(shape_and_axes(&[2, 3], None, Some(&[0, 0])).is_err());
        assert!(shape_and_axes(&[2, 0], None, None).is_err());
    }

    #[test]
    fn resizing_pads_and_truncates() {
        let x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]].into_dyn();
        let y = resized(&x.view(), &[(0, 3), (1, 2)], |v| v * 10.0);
        assert_eq!(y.shape(), &[3, 2]);
        assert_eq!(
            y.iter().copied().collect::<Vec<_>>(),
            vec![10.0, 20.0, 40.0, 50.0, 0.0, 0.0]
        );
        let t = x.t();
        let z = resized(&t.view(), &[], |v| v);
        assert!(z.is_standard_layout());
        assert_eq!(z[[2, 1]], 6.0);
    }
}
