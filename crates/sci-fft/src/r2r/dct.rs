//! `dct`, `idct`, `dctn`, `idctn`: discrete cosine transforms of types I-IV.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};

use super::{R2rCall, r2r};
use crate::axes::into_dim;
use crate::element::FftFloat;
use crate::options::{DctOptions, DctnOptions};

/// The discrete cosine transform of type 1-4 along `axis` (SciPy's `scipy.fft.dct`).
///
/// SciPy's definitions, for `n` points (`norm = Backward`):
///
/// - type I: `y[k] = x[0] + (-1)^k x[n-1] + 2 sum_{j=1}^{n-2} x[j] cos(pi k j / (n-1))`
///   (needs `n >= 2`; `norm` uses `2 (n-1)`);
/// - type II (default): `y[k] = 2 sum_j x[j] cos(pi k (2j+1) / (2n))` (`norm` uses `2n`);
/// - type III: `y[k] = x[0] + 2 sum_{j>=1} x[j] cos(pi (2k+1) j / (2n))`;
/// - type IV: `y[k] = 2 sum_j x[j] cos(pi (2k+1) (2j+1) / (4n))`.
///
/// With `Norm::Ortho` (and `orthogonalize`, its default then) the transform matrix is
/// orthogonal. Time O(n log n) for every length.
///
/// # Errors
///
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for a `type` outside 1-4, a
/// type I transform of fewer than 2 points, and the errors of [`fft`](crate::fft).
///
/// # Examples
///
/// ```
/// use sci_fft::{dct, DctOptions};
///
/// // scipy.fft.dct([1, 2, 3]) == [12, -3.4641016, 0]
/// let y = dct(&[1.0f64, 2.0, 3.0], &DctOptions::default())?;
/// assert!((y[0] - 12.0).abs() < 1e-14);
/// assert!((y[1] + 3.0f64.sqrt() * 2.0).abs() < 1e-14);
/// assert!(y[2].abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.dct.html>
pub fn dct<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    one_d(x, options, true)
}

/// The inverse discrete cosine transform (SciPy's `scipy.fft.idct`): `idct(dct(x, type t),
/// type t) == x` for every type and `norm`. The inverse of type II is a scaled type III, and
/// conversely; types I and IV are their own inverses up to the factor.
///
/// # Errors
///
/// As [`dct`].
///
/// # Examples
///
/// ```
/// use sci_fft::{dct, idct, DctOptions};
///
/// for t in 1..=4 {
///     let opts = DctOptions::default().r#type(t);
///     let back = idct(&dct(&[1.0f64, -2.0, 0.5, 4.0], &opts)?, &opts)?;
///     assert!((back[3] - 4.0).abs() < 1e-14);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.idct.html>
pub fn idct<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    one_d(x, options, false)
}

/// The N-d discrete cosine transform over `axes` (SciPy's `scipy.fft.dctn`): [`dct`] along
/// each axis in turn.
///
/// # Errors
///
/// As [`dct`] and [`fftn`](crate::fftn).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{dctn, DctnOptions, Norm};
///
/// let y = dctn(&Array2::<f64>::ones((2, 2)), &DctnOptions::default().norm(Norm::Ortho))?;
/// assert!((y[[0, 0]] - 2.0).abs() < 1e-14);
/// assert!(y[[1, 1]].abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.dctn.html>
pub fn dctn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    n_d(x, options, true, true)
}

/// The N-d inverse discrete cosine transform (SciPy's `scipy.fft.idctn`).
///
/// # Errors
///
/// As [`dctn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{dctn, idctn, DctnOptions};
///
/// let x = array![[1.0f64, 2.0, 3.0], [0.0, -1.0, 2.5]];
/// let opts = DctnOptions::default().r#type(3);
/// let back = idctn(&dctn(&x, &opts)?, &opts)?;
/// assert!((back[[1, 2]] - 2.5).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.idctn.html>
pub fn idctn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    n_d(x, options, true, false)
}

/// A 1-D cosine or sine transform call.
pub(super) fn one_d_call<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &DctOptions,
    cosine: bool,
    forward: bool,
) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let call = R2rCall {
        t: options.r#type,
        cosine,
        forward,
        norm: options.norm,
        orthogonalize: options.orthogonalize,
        workers: options.workers,
        one_d: Some((options.n, options.axis)),
        s: None,
        axes: None,
    };
    into_dim(r2r(&x, &call)?)
}

fn one_d<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &DctOptions,
    forward: bool,
) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    one_d_call(x, options, true, forward)
}

/// An N-d cosine or sine transform call.
pub(super) fn n_d<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    options: &DctnOptions,
    cosine: bool,
    forward: bool,
) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    let x = x.into().into_dyn();
    let call = R2rCall {
        t: options.r#type,
        cosine,
        forward,
        norm: options.norm,
        orthogonalize: options.orthogonalize,
        workers: options.workers,
        one_d: None,
        s: options.s.as_deref(),
        axes: options.axes.as_deref(),
    };
    into_dim(r2r(&x, &call)?)
}
