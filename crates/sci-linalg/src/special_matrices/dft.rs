//! `dft`: the discrete Fourier transform matrix.

use std::f64::consts::PI;
use std::fmt;
use std::str::FromStr;

use sci_core::ndarray::Array2;
use sci_core::{Complex64, Error, Result};

use super::check_size;

/// The normalisation of [`dft`]'s matrix (SciPy's `scale`: `None`, `"sqrtn"` or `"n"`).
///
/// # Examples
///
/// ```
/// use sci_linalg::DftScale;
///
/// assert_eq!("sqrtn".parse::<DftScale>()?, DftScale::Sqrtn);
/// assert_eq!(DftScale::default(), DftScale::Unscaled);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.dft.html>
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DftScale {
    /// No normalisation (SciPy's `scale=None`): the entries are the roots of unity.
    #[default]
    Unscaled,
    /// Divided by `sqrt(n)` (`scale="sqrtn"`): the matrix is unitary.
    Sqrtn,
    /// Divided by `n` (`scale="n"`).
    N,
}

impl FromStr for DftScale {
    type Err = Error;

    /// Parses SciPy's strings `"sqrtn"` and `"n"`, and `"none"` for `scale=None`.
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "none" | "None" => Ok(DftScale::Unscaled),
            "sqrtn" => Ok(DftScale::Sqrtn),
            "n" => Ok(DftScale::N),
            _ => Err(Error::invalid_argument(
                "scale",
                format!("{s:?}"),
                "must be None, \"sqrtn\" or \"n\"",
            )),
        }
    }
}

impl fmt::Display for DftScale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DftScale::Unscaled => "None",
            DftScale::Sqrtn => "sqrtn",
            DftScale::N => "n",
        })
    }
}

/// The `n x n` DFT matrix: `m[j, k] = ω^{jk}` with `ω = exp(-2πi / n)`, times the `scale`
/// factor. `m.dot(x)` is the DFT of `x` (the same as `sci_fft::fft(x)` with `Unscaled`).
///
/// Each entry is computed from the reduced exponent `jk mod n`, so every entry is correct
/// to a few ulps whatever `n`. `n = 0` gives a 0 x 0 matrix, as in SciPy.
///
/// Time and memory: O(n²).
///
/// # Errors
///
/// [`sci_core::Error::InvalidArgument`] naming `n` when the matrix is too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_linalg::{DftScale, dft};
///
/// let m = dft(4, DftScale::Unscaled)?;
/// assert!((m[[1, 1]] - Complex64::new(0.0, -1.0)).norm() < 1e-15);
/// let u = dft(4, DftScale::Sqrtn)?;
/// assert!((u[[0, 0]] - Complex64::new(0.5, 0.0)).norm() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.dft.html>
#[allow(
    clippy::cast_precision_loss,
    reason = "n and jk mod n are far below 2^53 for any matrix that fits in memory"
)]
pub fn dft(n: usize, scale: DftScale) -> Result<Array2<Complex64>> {
    check_size::<Complex64>(n, n, "n")?;
    let factor = match scale {
        DftScale::Unscaled => 1.0,
        DftScale::Sqrtn => 1.0 / (n as f64).sqrt(),
        DftScale::N => 1.0 / n as f64,
    };
    // The n distinct roots of unity, once each.
    let roots: Vec<Complex64> = (0..n)
        .map(|r| {
            let (s, c) = (-2.0 * PI * r as f64 / n as f64).sin_cos();
            Complex64::new(c * factor, s * factor)
        })
        .collect();
    Ok(Array2::from_shape_fn((n, n), |(j, k)| roots[(j * k) % n]))
}
