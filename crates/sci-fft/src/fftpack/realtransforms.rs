//! fftpack's DCT and DST: the forward transforms are [`crate::dct`]'s; the inverses are the
//! forward transforms of the inverse type, unnormalised with the default `norm`.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};

use crate::axes::into_dim;
use crate::element::FftFloat;
use crate::options::{DctOptions, DctnOptions};
use crate::r2r::{R2rCall, check_type, r2r};

/// The type whose forward transform inverts type `t`.
fn inverse_type(t: u8) -> u8 {
    match t {
        2 => 3,
        3 => 2,
        t => t,
    }
}

fn call_1d<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    o: &DctOptions,
    cosine: bool,
    inverse: bool,
) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    check_type(o.r#type)?;
    let x = x.into().into_dyn();
    let call = R2rCall {
        t: if inverse {
            inverse_type(o.r#type)
        } else {
            o.r#type
        },
        cosine,
        forward: true,
        norm: o.norm,
        orthogonalize: o.orthogonalize,
        workers: o.workers,
        one_d: Some((o.n, o.axis)),
        s: None,
        axes: None,
    };
    into_dim(r2r(&x, &call)?)
}

fn call_nd<'a, T, D>(
    x: impl AsArray<'a, T, D>,
    o: &DctnOptions,
    cosine: bool,
    inverse: bool,
) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    check_type(o.r#type)?;
    let x = x.into().into_dyn();
    let call = R2rCall {
        t: if inverse {
            inverse_type(o.r#type)
        } else {
            o.r#type
        },
        cosine,
        forward: true,
        norm: o.norm,
        orthogonalize: o.orthogonalize,
        workers: o.workers,
        one_d: None,
        s: o.s.as_deref(),
        axes: o.axes.as_deref(),
    };
    into_dim(r2r(&x, &call)?)
}

/// `scipy.fftpack.dct`: the same transform as [`crate::dct`].
///
/// # Errors
///
/// As [`crate::dct`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fftpack, DctOptions};
///
/// let y = fftpack::dct(&[1.0f64, 2.0, 3.0], &DctOptions::default())?;
/// assert!((y[0] - 12.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.dct.html>
pub fn dct<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_1d(x, options, true, false)
}

/// `scipy.fftpack.idct`: the DCT of the inverse type, unnormalised with the default `norm`
/// (`idct(dct(x)) == 2 n x` for type 2; with `Norm::Ortho` an exact inverse).
///
/// # Errors
///
/// As [`crate::dct`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fftpack, DctOptions};
///
/// let x = [1.0f64, 2.0, 3.0];
/// let y = fftpack::idct(&fftpack::dct(&x, &DctOptions::default())?, &DctOptions::default())?;
/// assert!((y[2] - 6.0 * 3.0).abs() < 1e-13); // 2 n x
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.idct.html>
pub fn idct<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_1d(x, options, true, true)
}

/// `scipy.fftpack.dst`: the same transform as [`crate::dst`].
///
/// # Errors
///
/// As [`crate::dst`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fftpack, DctOptions};
///
/// let y = fftpack::dst(&[1.0f64], &DctOptions::default().r#type(1))?;
/// assert!((y[0] - 2.0).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.dst.html>
pub fn dst<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_1d(x, options, false, false)
}

/// `scipy.fftpack.idst`: the DST of the inverse type, unnormalised with the default `norm`.
///
/// # Errors
///
/// As [`crate::dst`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fftpack, DctOptions};
///
/// let x = [1.0f64, -1.0];
/// let y = fftpack::idst(&fftpack::dst(&x, &DctOptions::default())?, &DctOptions::default())?;
/// assert!((y[1] + 4.0).abs() < 1e-14); // 2 n x
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.idst.html>
pub fn idst<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_1d(x, options, false, true)
}

/// `scipy.fftpack.dctn` (`s` is fftpack's `shape`).
///
/// # Errors
///
/// As [`crate::dctn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{fftpack, DctnOptions};
///
/// let y = fftpack::dctn(&Array2::<f64>::ones((2, 2)), &DctnOptions::default())?;
/// assert!((y[[0, 0]] - 16.0).abs() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.dctn.html>
pub fn dctn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_nd(x, options, true, false)
}

/// `scipy.fftpack.idctn`: unnormalised with the default `norm`, as [`idct`].
///
/// # Errors
///
/// As [`crate::dctn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{fftpack, DctnOptions, Norm};
///
/// let o = DctnOptions::default().norm(Norm::Ortho);
/// let x = Array2::<f64>::ones((2, 3));
/// let back = fftpack::idctn(&fftpack::dctn(&x, &o)?, &o)?;
/// assert!((back[[1, 2]] - 1.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.idctn.html>
pub fn idctn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_nd(x, options, true, true)
}

/// `scipy.fftpack.dstn`.
///
/// # Errors
///
/// As [`crate::dstn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{fftpack, DctnOptions};
///
/// let y = fftpack::dstn(&Array2::<f64>::ones((1, 1)), &DctnOptions::default())?;
/// assert!((y[[0, 0]] - 4.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.dstn.html>
pub fn dstn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_nd(x, options, false, false)
}

/// `scipy.fftpack.idstn`: unnormalised with the default `norm`, as [`idst`].
///
/// # Errors
///
/// As [`crate::dstn`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{fftpack, DctnOptions};
///
/// let y = fftpack::idstn(&Array2::<f64>::ones((1, 1)), &DctnOptions::default())?;
/// assert!((y[[0, 0]] - 1.0).abs() < 1e-14); // a type III DST of length 1 is x[0]
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.idstn.html>
pub fn idstn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    call_nd(x, options, false, true)
}
