//! The keyword arguments of the transforms: [`Norm`] and the options structs, with SciPy's
//! defaults and chainable setters. Setters never fail; a transform validates its options when
//! it is called and returns an [`Error`](sci_core::Error) for a bad value.

use std::fmt;
use std::str::FromStr;

use sci_core::{Error, Result};

/// SciPy's `norm`: which direction of a transform pair carries the `1/n` factor.
///
/// | `norm` | forward (`fft`, `rfft`, `dct`, ...) | inverse (`ifft`, `irfft`, `idct`, ...) |
/// |---|---|---|
/// | `Backward` (default) | none | `1/n` |
/// | `Ortho` | `1/sqrt(n)` | `1/sqrt(n)` |
/// | `Forward` | `1/n` | none |
///
/// `n` is the transform length (the product of the lengths for N-d transforms; `2(n-1)`,
/// `2(n+1)` or `2n` for the DCTs and DSTs, see [`dct`](crate::dct)). Any pair used with the same
/// `norm` is an exact inverse.
///
/// # Examples
///
/// ```
/// use sci_fft::{fft, FftOptions, Norm};
///
/// let x = [1.0f64, 2.0, 3.0, 4.0];
/// let backward = fft(&x, &FftOptions::default())?;
/// let ortho = fft(&x, &FftOptions::default().norm(Norm::Ortho))?;
/// assert!((backward[0].re - 10.0).abs() < 1e-15);
/// assert!((ortho[0].re - 5.0).abs() < 1e-15); // 10 / sqrt(4)
/// assert_eq!("forward".parse::<Norm>()?, Norm::Forward);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Norm {
    /// No factor forward, `1/n` on the inverse (SciPy's default, `norm=None`).
    #[default]
    Backward,
    /// `1/sqrt(n)` both ways: the transforms are unitary.
    Ortho,
    /// `1/n` forward, none on the inverse.
    Forward,
}

impl Norm {
    /// The factor applied by a transform of length `n` in direction `forward`, or `None` for 1.
    pub(crate) fn factor(self, forward: bool, n: usize) -> Option<f64> {
        // Lengths are far below 2^53: exact as f64.
        #[allow(clippy::cast_precision_loss)]
        let n = n as f64;
        match (self, forward) {
            (Norm::Backward, true) | (Norm::Forward, false) => None,
            (Norm::Backward, false) | (Norm::Forward, true) => Some(1.0 / n),
            (Norm::Ortho, _) => Some(1.0 / n.sqrt()),
        }
    }
}

impl FromStr for Norm {
    type Err = Error;

    /// SciPy's spellings: `"backward"`, `"ortho"`, `"forward"`.
    fn from_str(s: &str) -> Result<Norm> {
        match s {
            "backward" => Ok(Norm::Backward),
            "ortho" => Ok(Norm::Ortho),
            "forward" => Ok(Norm::Forward),
            other => Err(Error::invalid_argument(
                "norm",
                format!("{other:?}"),
                "must be \"backward\", \"ortho\" or \"forward\"",
            )),
        }
    }
}

impl fmt::Display for Norm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Norm::Backward => "backward",
            Norm::Ortho => "ortho",
            Norm::Forward => "forward",
        })
    }
}

/// The keywords of the 1-D transforms [`fft`](crate::fft), [`ifft`](crate::ifft),
/// [`rfft`](crate::rfft), [`irfft`](crate::irfft), [`hfft`](crate::hfft),
/// [`ihfft`](crate::ihfft): `n`, `axis`, `norm`, `workers`.
///
/// # Examples
///
/// ```
/// use sci_fft::{fft, FftOptions, Norm};
///
/// // scipy.fft.fft(x, n=8, norm="ortho"): zero-padded to 8 points.
/// let y = fft(&[1.0f64, 1.0], &FftOptions::default().n(8).norm(Norm::Ortho))?;
/// assert_eq!(y.len(), 8);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FftOptions {
    /// The transform length: the input is zero-padded or truncated to it along `axis`.
    /// `None` (default): the input's length (for `irfft`/`hfft`: `2 (m - 1)` for `m` inputs).
    pub n: Option<usize>,
    /// The axis to transform; negative counts from the end. Default `-1`.
    pub axis: isize,
    /// The normalisation. Default [`Norm::Backward`].
    pub norm: Norm,
    /// Threads for independent lines (see the crate docs). Default `None`: rayon's pool.
    pub workers: Option<isize>,
}

impl Default for FftOptions {
    fn default() -> Self {
        FftOptions {
            n: None,
            axis: -1,
            norm: Norm::Backward,
            workers: None,
        }
    }
}

impl FftOptions {
    /// Sets `n`, the transform length.
    #[must_use]
    pub fn n(mut self, n: usize) -> Self {
        self.n = Some(n);
        self
    }
    /// Sets `axis`.
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = axis;
        self
    }
    /// Sets `norm`.
    #[must_use]
    pub fn norm(mut self, norm: Norm) -> Self {
        self.norm = norm;
        self
    }
    /// Sets `workers`.
    #[must_use]
    pub fn workers(mut self, workers: isize) -> Self {
        self.workers = Some(workers);
        self
    }
}

/// The keywords of the N-d transforms ([`fftn`](crate::fftn), [`fft2`](crate::fft2),
/// [`rfftn`](crate::rfftn), [`irfftn`](crate::irfftn), [`hfftn`](crate::hfftn), ... and their
/// 2-D forms): `s`, `axes`, `norm`, `workers`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{fftn, FftnOptions};
///
/// // scipy.fft.fftn(x, s=(4, 4), axes=(0, 1))
/// let x = Array2::<f64>::ones((3, 3));
/// let y = fftn(&x, &FftnOptions::default().s([4, 4]).axes([0, 1]))?;
/// assert_eq!(y.shape(), &[4, 4]);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FftnOptions {
    /// The transform lengths along `axes` (zero-padding or truncating). Without `axes`, they
    /// apply to the last `s.len()` axes. `None` (default): the input's lengths.
    pub s: Option<Vec<usize>>,
    /// The axes to transform. `None` (default): every axis, or the last `s.len()` when `s` is
    /// given; for the `*2` functions, the last two.
    pub axes: Option<Vec<isize>>,
    /// The normalisation. Default [`Norm::Backward`].
    pub norm: Norm,
    /// Threads for independent lines. Default `None`: rayon's pool.
    pub workers: Option<isize>,
}

impl FftnOptions {
    /// Sets `s`, the transform lengths.
    #[must_use]
    pub fn s(mut self, s: impl Into<Vec<usize>>) -> Self {
        self.s = Some(s.into());
        self
    }
    /// Sets `axes`.
    #[must_use]
    pub fn axes(mut self, axes: impl Into<Vec<isize>>) -> Self {
        self.axes = Some(axes.into());
        self
    }
    /// Sets `norm`.
    #[must_use]
    pub fn norm(mut self, norm: Norm) -> Self {
        self.norm = norm;
        self
    }
    /// Sets `workers`.
    #[must_use]
    pub fn workers(mut self, workers: isize) -> Self {
        self.workers = Some(workers);
        self
    }
    /// `axes`, defaulting to the last two (the `*2` functions).
    pub(crate) fn axes_2d(&self) -> Vec<isize> {
        self.axes.clone().unwrap_or_else(|| vec![-2, -1])
    }
}

/// The keywords of [`dct`](crate::dct), [`idct`](crate::idct), [`dst`](crate::dst),
/// [`idst`](crate::idst): `type`, `n`, `axis`, `norm`, `orthogonalize`, `workers`.
///
/// # Examples
///
/// ```
/// use sci_fft::{dct, DctOptions, Norm};
///
/// // scipy.fft.dct(x, type=4, norm="ortho")
/// let y = dct(&[1.0f64, 2.0, 3.0], &DctOptions::default().r#type(4).norm(Norm::Ortho))?;
/// assert_eq!(y.len(), 3);
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DctOptions {
    /// The transform type, 1 to 4. Default 2.
    pub r#type: u8,
    /// The transform length (zero-padding or truncating). Default: the input's length.
    pub n: Option<usize>,
    /// The axis to transform. Default `-1`.
    pub axis: isize,
    /// The normalisation. Default [`Norm::Backward`].
    pub norm: Norm,
    /// Whether to make the orthonormal transforms orthogonal by scaling their first/last terms
    /// (SciPy's `orthogonalize`). Default `None`: true exactly when `norm` is `Ortho`.
    pub orthogonalize: Option<bool>,
    /// Threads for independent lines. Default `None`: rayon's pool.
    pub workers: Option<isize>,
}

impl Default for DctOptions {
    fn default() -> Self {
        DctOptions {
            r#type: 2,
            n: None,
            axis: -1,
            norm: Norm::Backward,
            orthogonalize: None,
            workers: None,
        }
    }
}

impl DctOptions {
    /// Sets the transform `type` (1 to 4).
    #[must_use]
    pub fn r#type(mut self, t: u8) -> Self {
        self.r#type = t;
        self
    }
    /// Sets `n`.
    #[must_use]
    pub fn n(mut self, n: usize) -> Self {
        self.n = Some(n);
        self
    }
    /// Sets `axis`.
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = axis;
        self
    }
    /// Sets `norm`.
    #[must_use]
    pub fn norm(mut self, norm: Norm) -> Self {
        self.norm = norm;
        self
    }
    /// Sets `orthogonalize`.
    #[must_use]
    pub fn orthogonalize(mut self, on: bool) -> Self {
        self.orthogonalize = Some(on);
        self
    }
    /// Sets `workers`.
    #[must_use]
    pub fn workers(mut self, workers: isize) -> Self {
        self.workers = Some(workers);
        self
    }
}

/// The keywords of [`dctn`](crate::dctn), [`idctn`](crate::idctn), [`dstn`](crate::dstn),
/// [`idstn`](crate::idstn): `type`, `s`, `axes`, `norm`, `orthogonalize`, `workers`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// use sci_fft::{dctn, DctnOptions};
///
/// let x = Array2::<f64>::ones((2, 3));
/// let y = dctn(&x, &DctnOptions::default().r#type(1))?;
/// assert!((y[[0, 0]] - 8.0).abs() < 1e-14); // 2 * 4 for type I lengths 2 and 3
/// # Ok::<(), sci_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DctnOptions {
    /// The transform type, 1 to 4. Default 2.
    pub r#type: u8,
    /// The transform lengths along `axes`. Default: the input's.
    pub s: Option<Vec<usize>>,
    /// The axes to transform. Default: every axis (the last `s.len()` when `s` is given).
    pub axes: Option<Vec<isize>>,
    /// The normalisation. Default [`Norm::Backward`].
    pub norm: Norm,
    /// As [`DctOptions::orthogonalize`].
    pub orthogonalize: Option<bool>,
    /// Threads for independent lines. Default `None`: rayon's pool.
    pub workers: Option<isize>,
}

impl Default for DctnOptions {
    fn default() -> Self {
        DctnOptions {
            r#type: 2,
            s: None,
            axes: None,
            norm: Norm::Backward,
            orthogonalize: None,
            workers: None,
        }
    }
}

impl DctnOptions {
    /// Sets the transform `type` (1 to 4).
    #[must_use]
    pub fn r#type(mut self, t: u8) -> Self {
        self.r#type = t;
        self
    }
    /// Sets `s`.
    #[must_use]
    pub fn s(mut self, s: impl Into<Vec<usize>>) -> Self {
        self.s = Some(s.into());
        self
    }
    /// Sets `axes`.
    #[must_use]
    pub fn axes(mut self, axes: impl Into<Vec<isize>>) -> Self {
        self.axes = Some(axes.into());
        self
    }
    /// Sets `norm`.
    #[must_use]
    pub fn norm(mut self, norm: Norm) -> Self {
        self.norm = norm;
        self
    }
    /// Sets `orthogonalize`.
    #[must_use]
    pub fn orthogonalize(mut self, on: bool) -> Self {
        self.orthogonalize = Some(on);
        self
    }
    /// Sets `workers`.
    #[must_use]
    pub fn workers(mut self, workers: isize) -> Self {
        self.workers = Some(workers);
        self
    }
}
