//! `convolution_matrix`: the Toeplitz matrix that applies a linear convolution with a fixed
//! kernel, in numpy's `convolve` modes.

use std::fmt;
use std::str::FromStr;

use sci_core::ndarray::{Array2, AsArray, Ix1};
use sci_core::{Error, Result, view1};

use super::filled;
use crate::scalar::Scalar;

/// Which part of the full linear convolution [`convolution_matrix`] keeps, as numpy's
/// `convolve` `mode` (SciPy's `mode` argument; the default is `Full`).
///
/// # Examples
///
/// ```
/// use sci_linalg::ConvolutionMode;
///
/// assert_eq!("same".parse::<ConvolutionMode>()?, ConvolutionMode::Same);
/// assert_eq!(ConvolutionMode::default(), ConvolutionMode::Full);
/// assert!("middle".parse::<ConvolutionMode>().is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://numpy.org/doc/stable/reference/generated/numpy.convolve.html>
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConvolutionMode {
    /// The whole convolution: `m + n - 1` outputs.
    #[default]
    Full,
    /// `max(m, n)` outputs, centred on the full convolution.
    Same,
    /// Only the outputs where the signals overlap completely: `max(m, n) - min(m, n) + 1`.
    Valid,
}

impl FromStr for ConvolutionMode {
    type Err = Error;

    /// Parses SciPy's spelling: `"full"`, `"same"` or `"valid"`.
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "full" => Ok(ConvolutionMode::Full),
            "same" => Ok(ConvolutionMode::Same),
            "valid" => Ok(ConvolutionMode::Valid),
            _ => Err(Error::invalid_argument(
                "mode",
                format!("{s:?}"),
                "must be one of \"full\", \"valid\", \"same\"",
            )),
        }
    }
}

impl fmt::Display for ConvolutionMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ConvolutionMode::Full => "full",
            ConvolutionMode::Same => "same",
            ConvolutionMode::Valid => "valid",
        })
    }
}

/// The matrix `A` with `A v = convolve(a, v, mode)` for every `v` of length `n`: a Toeplitz
/// matrix with `A[i, j] = a[i + offset - j]` (zero outside `a`), where the rows are the
/// outputs the mode keeps.
///
/// With `m = a.len()`: `Full` has `m + n - 1` rows (offset 0); `Same` has `max(m, n)` rows
/// starting at `(min(m, n) - 1) / 2`; `Valid` has `max(m, n) - min(m, n) + 1` rows starting at
/// `min(m, n) - 1`.
///
/// SciPy 1.17 treats an n-D `a` as a batch of kernels; this function takes one.
///
/// Time and memory: O((m + n) n).
///
/// # Errors
///
/// - [`sci_core::Error::EmptyInput`] when `a` is empty;
/// - [`sci_core::Error::InvalidArgument`] naming `n` when `n` is zero, or when the matrix is
///   too large to allocate.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ConvolutionMode, convolution_matrix};
///
/// let a = convolution_matrix(&[1.0, 2.0, 3.0], 4, ConvolutionMode::Same)?;
/// assert_eq!(a, array![[2.0, 1.0, 0.0, 0.0], [3.0, 2.0, 1.0, 0.0], [0.0, 3.0, 2.0, 1.0], [0.0, 0.0, 3.0, 2.0]]);
/// let full = convolution_matrix(&[1.0, -1.0], 3, ConvolutionMode::Full)?;
/// assert_eq!(full.dot(&array![1.0, 4.0, 9.0]), array![1.0, 3.0, 5.0, -9.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.convolution_matrix.html>
pub fn convolution_matrix<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix1>,
    n: usize,
    mode: ConvolutionMode,
) -> Result<Array2<T>> {
    let a = view1(a);
    let m = a.len();
    sci_core::check_nonempty("a", m, 1)?;
    if n == 0 {
        return Err(Error::invalid_argument(
            "n",
            n,
            "must be a positive integer",
        ));
    }
    let (lo, hi) = (m.min(n), m.max(n));
    let (rows, offset) = match mode {
        ConvolutionMode::Full => (m.checked_add(n - 1), 0),
        ConvolutionMode::Same => (Some(hi), (lo - 1) / 2),
        ConvolutionMode::Valid => (Some(hi - lo + 1), lo - 1),
    };
    let rows =
        rows.ok_or_else(|| Error::invalid_argument("n", n, "the matrix is too large to allocate"))?;
    let mut out = filled(rows, n, T::zero(), "n")?;
    for i in 0..rows {
        let k = i + offset;
        // a[k - j] is inside a for k + 1 - m <= j <= k.
        let first = (k + 1).saturating_sub(m);
        let last = k.min(n - 1);
        for j in first..=last {
            out[[i, j]] = a[k - j];
        }
    }
    Ok(out)
}
