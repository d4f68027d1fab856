//! Argument normalisation shared by the functions: SciPy's scalar-or-sequence keywords
//! (`sigma`, `size`, `origin`, `mode`), `axes`, and origin checks.

use sci_core::{Error, Result};

/// A per-axis argument given as one value for every axis or one value per axis
/// (SciPy's "scalar or sequence"), broadcast to `naxes` values.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when the sequence's length is neither 1 nor `naxes`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::args::per_axis;
/// assert_eq!(per_axis("sigma", &[2.0], 3).unwrap(), vec![2.0; 3]);
/// assert!(per_axis("sigma", &[1.0, 2.0], 3).is_err());
/// ```
pub fn per_axis<T: Copy + std::fmt::Debug>(
    name: &str,
    values: &[T],
    naxes: usize,
) -> Result<Vec<T>> {
    match values.len() {
        1 => Ok(vec![values[0]; naxes]),
        k if k == naxes => Ok(values.to_vec()),
        _ => Err(Error::InvalidArgument {
            name: name.into(),
            value: format!("{values:?}"),
            reason: format!("must have one value or one per axis ({naxes})"),
        }),
    }
}

/// SciPy's `axes`: `None` means every axis; negative entries count from the end;
/// duplicates and out-of-range axes are errors.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an out-of-range or repeated axis.
///
/// # Examples
///
/// ```
/// use sci_ndimage::args::resolve_axes;
/// assert_eq!(resolve_axes(None, 3).unwrap(), vec![0, 1, 2]);
/// assert_eq!(resolve_axes(Some(&[-1, 0]), 3).unwrap(), vec![2, 0]);
/// assert!(resolve_axes(Some(&[0, 0]), 2).is_err());
/// assert!(resolve_axes(Some(&[3]), 2).is_err());
/// ```
pub fn resolve_axes(axes: Option<&[isize]>, ndim: usize) -> Result<Vec<usize>> {
    let Some(axes) = axes else {
        return Ok((0..ndim).collect());
    };
    let mut out = Vec::with_capacity(axes.len());
    for &a in axes {
        let r = if a < 0 { a + ndim.cast_signed() } else { a };
        if r < 0 || r >= ndim.cast_signed() {
            return Err(Error::InvalidArgument {
                name: "axes".into(),
                value: format!("{axes:?}"),
                reason: format!("axis {a} is out of range for an array of {ndim} dimensions"),
            });
        }
        if out.contains(&(r as usize)) {
            return Err(Error::InvalidArgument {
                name: "axes".into(),
                value: format!("{axes:?}"),
                reason: "axes must be unique".into(),
            });
        }
        out.push(r as usize);
    }
    Ok(out)
}

/// Checks that `origin` keeps the window of `size` anchored inside it, as SciPy demands:
/// `-(size / 2) <= origin <= (size - 1) / 2`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an origin outside the window.
///
/// # Examples
///
/// ```
/// use sci_ndimage::args::check_origin;
/// assert!(check_origin(1, 3).is_ok() && check_origin(-1, 3).is_ok());
/// assert!(check_origin(2, 3).is_err());
/// assert!(check_origin(-2, 4).is_ok() && check_origin(2, 4).is_err());
/// ```
pub fn check_origin(origin: isize, size: usize) -> Result<()> {
    let s = size.cast_signed();
    if origin < -(s / 2) || origin > (s - 1) / 2 {
        return Err(Error::InvalidArgument {
            name: "origin".into(),
            value: origin.to_string(),
            reason: format!("invalid origin for a window of size {size}"),
        });
    }
    Ok(())
}
