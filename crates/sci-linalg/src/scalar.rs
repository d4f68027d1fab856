//! The element types of sci-linalg (`f32`, `f64`, `Complex32`, `Complex64`) and what the crate
//! needs of them beyond faer's `ComplexField`: moduli, conjugates, conversions and the machine
//! epsilon that the ill-conditioning threshold uses.
//!
//! The traits are sealed: the decompositions are verified for these four types only.

use std::fmt::Debug;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Div, DivAssign, Mul, MulAssign, Neg, Sub, SubAssign};

use faer::traits::{ComplexField, RealField};
use sci_core::Complex64;
use sci_core::num_complex::Complex32;

mod sealed {
    pub trait Sealed {}
    impl Sealed for f32 {}
    impl Sealed for f64 {}
    impl Sealed for super::Complex32 {}
    impl Sealed for super::Complex64 {}
}

/// An element type of the decompositions and solvers: `f32`, `f64`, `Complex32` or
/// `Complex64`. Computations keep the input's precision, as SciPy keeps `float32` in single
/// precision.
///
/// # Examples
///
/// ```
/// use sci_linalg::Scalar;
/// use sci_core::Complex64;
///
/// fn largest_modulus<T: Scalar>(xs: &[T]) -> f64 {
///     xs.iter().map(|x| x.modulus().into()).fold(0.0, f64::max)
/// }
/// assert_eq!(largest_modulus(&[Complex64::new(3.0, 4.0)]), 5.0);
/// assert_eq!(largest_modulus(&[-2.0f32, 1.0]), 2.0);
/// ```
pub trait Scalar:
    ComplexField<Real: RealField + Copy + Debug + Send + Sync + Into<f64> + 'static>
    + sealed::Sealed
    + Copy
    + Debug
    + Send
    + Sync
    + 'static
    + sci_core::Finite
    + Add<Output = Self>
    + Sub<Output = Self>
    + Mul<Output = Self>
    + Div<Output = Self>
    + Neg<Output = Self>
    + AddAssign
    + SubAssign
    + MulAssign
    + DivAssign
    + Sum
{
    /// Whether the type is complex.
    const IS_COMPLEX: bool;

    /// The additive identity.
    fn zero() -> Self;
    /// The multiplicative identity.
    fn one() -> Self;
    /// `|x|`, the modulus.
    fn modulus(self) -> Self::Real;
    /// The complex conjugate (the value itself for real types).
    fn conjugate(self) -> Self;
    /// The real part.
    fn re(self) -> Self::Real;
    /// The imaginary part (zero for real types).
    fn im(self) -> Self::Real;
    /// The real number `x` as this type.
    fn from_real(x: Self::Real) -> Self;
    /// `x` rounded to this type's precision.
    fn from_f64(x: f64) -> Self;
    /// The value as a `Complex64`.
    fn to_c64(self) -> Complex64;
    /// `z` rounded to this type (its real part, for a real type).
    fn from_c64(z: Complex64) -> Self;
    /// Whether every part is finite.
    fn is_finite_scalar(self) -> bool;
}

/// A real element type: `f32` or `f64`.
///
/// # Examples
///
/// ```
/// use sci_linalg::RealScalar;
/// assert_eq!(<f32 as RealScalar>::epsilon().to_f64(), f64::from(f32::EPSILON));
/// ```
pub trait RealScalar: Scalar + RealField + PartialOrd + Into<f64> {
    /// The machine epsilon (the gap between 1 and the next number).
    fn epsilon() -> Self;
    /// The value as an `f64` (exact).
    fn to_f64(self) -> f64;
    /// `sqrt(x)`.
    fn sqrt_real(self) -> Self;
    /// The larger of two values (NaN-propagating as `f64::max` is not: NaN wins here).
    fn max_nan(self, other: Self) -> Self;
}

macro_rules! real_scalar {
    ($t:ty) => {
        impl Scalar for $t {
            const IS_COMPLEX: bool = false;
            #[inline]
            fn zero() -> Self {
                0.0
            }
            #[inline]
            fn one() -> Self {
                1.0
            }
            #[inline]
            fn modulus(self) -> Self {
                self.abs()
            }
            #[inline]
            fn conjugate(self) -> Self {
                self
            }
            #[inline]
            fn re(self) -> Self {
                self
            }
            #[inline]
            fn im(self) -> Self {
                0.0
            }
            #[inline]
            fn from_real(x: Self) -> Self {
                x
            }
            #[inline]
            #[allow(
                clippy::cast_possible_truncation,
                reason = "rounding to f32 is the point"
            )]
            fn from_f64(x: f64) -> Self {
                x as $t
            }
            #[inline]
            fn to_c64(self) -> Complex64 {
                Complex64::new(self.into(), 0.0)
            }
            #[inline]
            fn from_c64(z: Complex64) -> Self {
                <$t as Scalar>::from_f64(z.re)
            }
            #[inline]
            fn is_finite_scalar(self) -> bool {
                self.is_finite()
            }
        }

        impl RealScalar for $t {
            #[inline]
            fn epsilon() -> Self {
                <$t>::EPSILON
            }
            #[inline]
            fn to_f64(self) -> f64 {
                self.into()
            }
            #[inline]
            fn sqrt_real(self) -> Self {
                self.sqrt()
            }
            #[inline]
            fn max_nan(self, other: Self) -> Self {
                if self.is_nan() || other.is_nan() {
                    <$t>::NAN
                } else if self >= other {
                    self
                } else {
                    other
                }
            }
        }
    };
}

macro_rules! complex_scalar {
    ($t:ty, $r:ty) => {
        impl Scalar for $t {
            const IS_COMPLEX: bool = true;
            #[inline]
            fn zero() -> Self {
                <$t>::new(0.0, 0.0)
            }
            #[inline]
            fn one() -> Self {
                <$t>::new(1.0, 0.0)
            }
            #[inline]
            fn modulus(self) -> $r {
                self.norm()
            }
            #[inline]
            fn conjugate(self) -> Self {
                self.conj()
            }
            #[inline]
            fn re(self) -> $r {
                self.re
            }
            #[inline]
            fn im(self) -> $r {
                self.im
            }
            #[inline]
            fn from_real(x: $r) -> Self {
                <$t>::new(x, 0.0)
            }
            #[inline]
            fn from_f64(x: f64) -> Self {
                <$t>::new(<$r as Scalar>::from_f64(x), 0.0)
            }
            #[inline]
            fn to_c64(self) -> Complex64 {
                Complex64::new(self.re.into(), self.im.into())
            }
            #[inline]
            fn from_c64(z: Complex64) -> Self {
                <$t>::new(
                    <$r as Scalar>::from_f64(z.re),
                    <$r as Scalar>::from_f64(z.im),
                )
            }
            #[inline]
            fn is_finite_scalar(self) -> bool {
                self.re.is_finite() && self.im.is_finite()
            }
        }
    };
}

real_scalar!(f32);
real_scalar!(f64);
complex_scalar!(Complex32, f32);
complex_scalar!(Complex64, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_keep_the_parts() {
        let z = Complex32::new(3.0, -4.0);
        assert_eq!(z.modulus(), 5.0);
        assert_eq!(z.conjugate(), Complex32::new(3.0, 4.0));
        assert_eq!(z.to_c64(), Complex64::new(3.0, -4.0));
        assert_eq!(<f64 as Scalar>::from_f64(0.1), 0.1);
        assert_eq!(<f32 as Scalar>::from_f64(0.1), 0.1f32);
        assert!(!<f64 as Scalar>::is_finite_scalar(f64::NAN));
        assert!(f64::NAN.max_nan(1.0).is_nan() && 2.0f64.max_nan(1.0) == 2.0);
    }
}
