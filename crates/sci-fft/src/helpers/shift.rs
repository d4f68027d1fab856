//! `fftshift` and `ifftshift`: moving the zero frequency to the centre and back.

use sci_core::Result;
use sci_core::ndarray::{Array, ArrayD, AsArray, Axis, Dimension, Slice};

use crate::axes::{into_dim, normalize_axis};

/// `x` rolled by `shift` places (towards higher indices) along `axis`.
fn roll<T: Clone>(x: &ArrayD<T>, axis: usize, shift: usize) -> ArrayD<T> {
    let n = x.len_of(Axis(axis));
    if n == 0 || shift.is_multiple_of(n) {
        return x.clone();
    }
    let k = shift % n;
    let mut out = x.clone();
    out.slice_axis_mut(Axis(axis), Slice::from(k..))
        .assign(&x.slice_axis(Axis(axis), Slice::from(..n - k)));
    out.slice_axis_mut(Axis(axis), Slice::from(..k))
        .assign(&x.slice_axis(Axis(axis), Slice::from(n - k..)));
    out
}

/// Rolls every axis of `axes` (all when `None`) by `shift(n)`.
fn shift_axes<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    axes: Option<&[isize]>,
    shift: impl Fn(usize) -> usize,
) -> Result<Array<T, D>>
where
    T: Clone + 'a,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let axes: Vec<usize> = match axes {
        None => (0..x.ndim()).collect(),
        Some(list) => list
            .iter()
            .map(|&a| normalize_axis(a, x.ndim()))
            .collect::<Result<_>>()?,
    };
    let mut out = x.to_owned();
    for axis in axes {
        let n = out.len_of(Axis(axis));
        out = roll(&out, axis, shift(n));
    }
    into_dim(out)
}

/// Moves the zero-frequency term to the centre (SciPy's `scipy.fft.fftshift`): rolls each
/// axis of `axes` (every axis when `None`) by `n/2`.
///
/// # Errors
///
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for an axis out of range.
///
/// # Examples
///
/// ```
/// use sci_fft::{fftfreq, fftshift};
///
/// let f = fftshift(&fftfreq(5, 1.0)?, None)?;
/// assert_eq!(f.to_vec(), vec![-0.4, -0.2, 0.0, 0.2, 0.4]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fftshift.html>
pub fn fftshift<'a, T, D>(x: impl AsArray<'a, T, D>, axes: Option<&[isize]>) -> Result<Array<T, D>>
where
    T: Clone + 'a,
    D: Dimension,
{
    shift_axes(x, axes, |n| n / 2)
}

/// The inverse of [`fftshift`] (SciPy's `scipy.fft.ifftshift`): rolls by `-(n/2)`, which
/// differs from [`fftshift`] for odd lengths.
///
/// # Errors
///
/// As [`fftshift`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{fftshift, ifftshift};
///
/// let x = array![[0, 1, 2], [3, 4, 5]];
/// let back = ifftshift(&fftshift(&x, None)?, None)?;
/// assert_eq!(back, x);
/// assert_eq!(ifftshift(&[0, 1, 2, 3, 4], None)?.to_vec(), vec![2, 3, 4, 0, 1]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ifftshift.html>
pub fn ifftshift<'a, T, D>(x: impl AsArray<'a, T, D>, axes: Option<&[isize]>) -> Result<Array<T, D>>
where
    T: Clone + 'a,
    D: Dimension,
{
    shift_axes(x, axes, |n| n - n / 2)
}
