//! `dst`, `idst`, `dstn`, `idstn`: discrete sine transforms of types I-IV.

use sci_core::Result;
use sci_core::ndarray::{Array, AsArray, Dimension};

use super::dct::{n_d, one_d_call};
use crate::element::FftFloat;
use crate::options::{DctOptions, DctnOptions};

/// The discrete sine transform of type 1-4 along `axis` (SciPy's `scipy.fft.dst`).
///
/// SciPy's definitions, for `n` points (`norm = Backward`):
///
/// - type I: `y[k] = 2 sum_j x[j] sin(pi (k+1) (j+1) / (n+1))` (`norm` uses `2 (n+1)`);
/// - type II (default): `y[k] = 2 sum_j x[j] sin(pi (k+1) (2j+1) / (2n))` (`norm` uses `2n`);
/// - type III: `y[k] = (-1)^k x[n-1] + 2 sum_{j<n-1} x[j] sin(pi (2k+1) (j+1) / (2n))`;
/// - type IV: `y[k] = 2 sum_j x[j] sin(pi (2k+1) (2j+1) / (4n))`.
///
/// Options are [`DctOptions`] (same keywords as [`dct`](crate::dct)).
///
/// # Errors
///
/// As [`dct`](crate::dct).
///
/// # Examples
///
/// ```
/// use sci_fft::{dst, DctOptions};
///
/// // scipy.fft.dst([1, 1], type=1) == [3.4641016f64, 0]: 2 (sin(pi/3) + sin(2 pi/3))
/// let y = dst(&[1.0f64, 1.0], &DctOptions::default().r#type(1))?;
/// assert!((y[0] - 2.0 * 3.0f64.sqrt()).abs() < 1e-14);
/// assert!(y[1].abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.dst.html>
pub fn dst<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    one_d_call(x, options, false, true)
}

/// The inverse discrete sine transform (SciPy's `scipy.fft.idst`).
///
/// # Errors
///
/// As [`dst`].
///
/// # Examples
///
/// ```
/// use sci_fft::{dst, idst, DctOptions, Norm};
///
/// let opts = DctOptions::default().r#type(2).norm(Norm::Ortho);
/// let back = idst(&dst(&[3.0f64, 1.0, -2.0], &opts)?, &opts)?;
/// assert!((back[2] + 2.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.idst.html>
pub fn idst<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    one_d_call(x, options, false, false)
}

/// The N-d discrete sine transform over `axes` (SciPy's `scipy.fft.dstn`).
///
/// # Errors
///
/// As [`dctn`](crate::dctn).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{dstn, DctnOptions};
///
/// let y = dstn(&Array2::<f64>::ones((1, 1)), &DctnOptions::default())?;
/// assert!((y[[0, 0]] - 4.0).abs() < 1e-14); // 2 * 2
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.dstn.html>
pub fn dstn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    n_d(x, options, false, true)
}

/// The N-d inverse discrete sine transform (SciPy's `scipy.fft.idstn`).
///
/// # Errors
///
/// As [`dctn`](crate::dctn).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_fft::{dstn, idstn, DctnOptions};
///
/// let x = array![[1.0f64, 2.0], [3.0, 4.0]];
/// let opts = DctnOptions::default().r#type(4);
/// let back = idstn(&dstn(&x, &opts)?, &opts)?;
/// assert!((back[[1, 0]] - 3.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.idstn.html>
pub fn idstn<'a, T, D>(x: impl AsArray<'a, T, D>, options: &DctnOptions) -> Result<Array<T, D>>
where
    T: FftFloat,
    D: Dimension,
{
    n_d(x, options, false, false)
}
