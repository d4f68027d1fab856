//! Element types: the floating-point types transforms compute in ([`FftFloat`]: `f32`, `f64`)
//! and the input types the complex transforms accept ([`ComplexInput`]: real or complex).

use std::fmt::{Debug, Display};

use sci_core::num_complex::Complex;

use crate::plan_cache::PlanCache;

mod sealed {
    /// Seals the element traits: only this crate implements them. The method gives each float
    /// type its process-wide plan cache.
    pub trait Sealed {
        /// The plan cache of this precision.
        fn plan_cache() -> &'static crate::plan_cache::PlanCache<Self>
        where
            Self: crate::element::FftFloat;
    }
    /// Seals [`crate::ComplexInput`].
    pub trait SealedInput {}
}

/// The precisions transforms compute in: `f64` (double) and `f32` (single), as SciPy keeps
/// `float32` input in single precision.
///
/// Sealed: implemented for `f32` and `f64` only.
///
/// # Examples
///
/// ```
/// use sci_fft::{fft, FftOptions};
///
/// // Single precision in, single precision out.
/// let y = fft(&[1.0f32, 2.0, 3.0, 4.0], &FftOptions::default())?;
/// assert_eq!(y[0].re, 10.0f32);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub trait FftFloat:
    rustdct::DctNum
    + rustfft::num_traits::Float
    + rustfft::num_traits::FloatConst
    + Default
    + Display
    + Debug
    + Send
    + Sync
    + sealed::Sealed
    + 'static
{
    /// The value of an `f64`, rounded to this precision.
    fn from_f64_rounded(x: f64) -> Self;
    /// The value as an `f64` (exact).
    fn to_f64_exact(self) -> f64;
}

impl sealed::Sealed for f64 {
    fn plan_cache() -> &'static PlanCache<f64> {
        static CACHE: std::sync::OnceLock<PlanCache<f64>> = std::sync::OnceLock::new();
        CACHE.get_or_init(PlanCache::new)
    }
}

impl sealed::Sealed for f32 {
    fn plan_cache() -> &'static PlanCache<f32> {
        static CACHE: std::sync::OnceLock<PlanCache<f32>> = std::sync::OnceLock::new();
        CACHE.get_or_init(PlanCache::new)
    }
}

impl FftFloat for f64 {
    fn from_f64_rounded(x: f64) -> Self {
        x
    }
    fn to_f64_exact(self) -> f64 {
        self
    }
}

impl FftFloat for f32 {
    fn from_f64_rounded(x: f64) -> Self {
        // Rounding to single precision is the point of this conversion.
        #[allow(clippy::cast_possible_truncation)]
        let y = x as f32;
        y
    }
    fn to_f64_exact(self) -> f64 {
        f64::from(self)
    }
}

/// What the complex transforms ([`fft`](crate::fft), [`fftn`](crate::fftn), ...) accept: real
/// or complex numbers of either precision. Real input is widened to complex with a zero
/// imaginary part, as SciPy does.
///
/// Sealed: implemented for `f32`, `f64`, `Complex<f32>` and `Complex<f64>`.
///
/// # Examples
///
/// ```
/// use sci_fft::{fft, FftOptions};
/// use sci_core::Complex64;
///
/// let real = fft(&[1.0f64, 0.0, 0.0, 0.0], &FftOptions::default())?;
/// let complex = fft(&[Complex64::new(1.0, 0.0); 1], &FftOptions::default().n(4))?;
/// assert_eq!(real, complex);
/// # Ok::<(), sci_core::Error>(())
/// ```
pub trait ComplexInput: Copy + Send + Sync + sealed::SealedInput + 'static {
    /// The precision of the transform and of its output.
    type Real: FftFloat;
    /// The value as a complex number.
    fn to_complex(self) -> Complex<Self::Real>;
}

impl sealed::SealedInput for f64 {}
impl sealed::SealedInput for f32 {}
impl sealed::SealedInput for Complex<f64> {}
impl sealed::SealedInput for Complex<f32> {}

impl ComplexInput for f64 {
    type Real = f64;
    fn to_complex(self) -> Complex<f64> {
        Complex::new(self, 0.0)
    }
}

impl ComplexInput for f32 {
    type Real = f32;
    fn to_complex(self) -> Complex<f32> {
        Complex::new(self, 0.0)
    }
}

impl ComplexInput for Complex<f64> {
    type Real = f64;
    fn to_complex(self) -> Complex<f64> {
        self
    }
}

impl ComplexInput for Complex<f32> {
    type Real = f32;
    fn to_complex(self) -> Complex<f32> {
        self
    }
}

/// The plan cache of precision `T`.
pub(crate) fn cache<T: FftFloat>() -> &'static PlanCache<T> {
    <T as sealed::Sealed>::plan_cache()
}
