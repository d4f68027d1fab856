//! The element types the crate works on and SciPy's conversions between them.
//!
//! Filters compute in `f64` and store into the output type by truncation toward zero,
//! wrapping out-of-range values as SciPy's C casts do on x86-64 (through a 32-bit integer
//! for the types of 32 bits or fewer, 64-bit for `i64`): for `u8`, `-1.5 → 255` and
//! `400 → 144`. Interpolation rounds half away from zero and clamps to the type's range
//! (`u8`: `-3 → 0`, `279.6 → 255`).

/// An element type of images: `u8, u16, i16, i32, i64, f32, f64` (and `bool` for the
/// binary operations and masks).
///
/// # Examples
///
/// ```
/// use sci_ndimage::Element;
/// assert_eq!(u8::from_f64_trunc(-1.5), 255);
/// assert_eq!(u8::from_f64_trunc(400.0), 144);
/// assert_eq!(u8::from_f64_round(279.6), 255);
/// assert_eq!(u8::from_f64_round(-3.0), 0);
/// assert_eq!(i16::from_f64_round(-2.5), -3);
/// assert_eq!(f64::from_f64_trunc(-1.5), -1.5);
/// ```
pub trait Element:
    Copy + Send + Sync + PartialOrd + PartialEq + Default + std::fmt::Debug + 'static
{
    /// Whether the type is a floating-point type.
    const IS_FLOAT: bool;
    /// The smallest value, as `f64`.
    const MIN_F64: f64;
    /// The largest value, as `f64`.
    const MAX_F64: f64;
    /// SciPy's name of the dtype (`"uint8"`, `"float64"`, ...).
    const DTYPE: &'static str;

    /// The value as `f64` (exact for every type but large `i64`).
    fn to_f64(self) -> f64;

    /// A filter result stored into this type: truncation toward zero with C-cast wrapping.
    fn from_f64_trunc(v: f64) -> Self;

    /// An interpolation result stored into this type: rounded half away from zero and
    /// clamped to the range.
    fn from_f64_round(v: f64) -> Self;
}

/// x86-64's `cvttsd2si` to a 32-bit integer: out-of-range and NaN give `i32::MIN`.
fn c_cast_i32(v: f64) -> i32 {
    let t = v.trunc();
    if (-2_147_483_648.0..2_147_483_648.0).contains(&t) {
        t as i32
    } else {
        i32::MIN
    }
}

/// The same to a 64-bit integer.
fn c_cast_i64(v: f64) -> i64 {
    let t = v.trunc();
    if (-9_223_372_036_854_775_808.0..9_223_372_036_854_775_808.0).contains(&t) {
        t as i64
    } else {
        i64::MIN
    }
}

macro_rules! small_int_element {
    ($t:ty, $name:literal) => {
        impl Element for $t {
            const IS_FLOAT: bool = false;
            const MIN_F64: f64 = <$t>::MIN as f64;
            const MAX_F64: f64 = <$t>::MAX as f64;
            const DTYPE: &'static str = $name;
            #[inline]
            fn to_f64(self) -> f64 {
                self as f64
            }
            #[inline]
            fn from_f64_trunc(v: f64) -> Self {
                // Wrapping to the low bits is what the C cast does.
                c_cast_i32(v) as $t
            }
            #[inline]
            fn from_f64_round(v: f64) -> Self {
                if v.is_nan() {
                    0
                } else {
                    v.round().clamp(Self::MIN_F64, Self::MAX_F64) as $t
                }
            }
        }
    };
}

small_int_element!(u8, "uint8");
small_int_element!(u16, "uint16");
small_int_element!(i16, "int16");
small_int_element!(i32, "int32");

impl Element for i64 {
    const IS_FLOAT: bool = false;
    const MIN_F64: f64 = i64::MIN as f64;
    const MAX_F64: f64 = i64::MAX as f64;
    const DTYPE: &'static str = "int64";
    #[inline]
    fn to_f64(self) -> f64 {
        self as f64
    }
    #[inline]
    fn from_f64_trunc(v: f64) -> Self {
        c_cast_i64(v)
    }
    #[inline]
    fn from_f64_round(v: f64) -> Self {
        if v.is_nan() { 0 } else { v.round() as i64 }
    }
}

impl Element for f32 {
    const IS_FLOAT: bool = true;
    const MIN_F64: f64 = f32::MIN as f64;
    const MAX_F64: f64 = f32::MAX as f64;
    const DTYPE: &'static str = "float32";
    #[inline]
    fn to_f64(self) -> f64 {
        self as f64
    }
    #[inline]
    fn from_f64_trunc(v: f64) -> Self {
        v as f32
    }
    #[inline]
    fn from_f64_round(v: f64) -> Self {
        v as f32
    }
}

impl Element for f64 {
    const IS_FLOAT: bool = true;
    const MIN_F64: f64 = f64::MIN;
    const MAX_F64: f64 = f64::MAX;
    const DTYPE: &'static str = "float64";
    #[inline]
    fn to_f64(self) -> f64 {
        self
    }
    #[inline]
    fn from_f64_trunc(v: f64) -> Self {
        v
    }
    #[inline]
    fn from_f64_round(v: f64) -> Self {
        v
    }
}

impl Element for bool {
    const IS_FLOAT: bool = false;
    const MIN_F64: f64 = 0.0;
    const MAX_F64: f64 = 1.0;
    const DTYPE: &'static str = "bool";
    #[inline]
    fn to_f64(self) -> f64 {
        if self { 1.0 } else { 0.0 }
    }
    #[inline]
    fn from_f64_trunc(v: f64) -> Self {
        v != 0.0
    }
    #[inline]
    fn from_f64_round(v: f64) -> Self {
        v.round() != 0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncating_casts_wrap_as_c_does() {
        assert_eq!(u8::from_f64_trunc(255.9), 255);
        assert_eq!(u8::from_f64_trunc(256.0), 0);
        assert_eq!(u16::from_f64_trunc(-1.0), 65535);
        assert_eq!(i16::from_f64_trunc(40000.0), -25536);
        assert_eq!(i32::from_f64_trunc(3e9), i32::MIN);
        assert_eq!(i32::from_f64_trunc(f64::NAN), i32::MIN);
        assert_eq!(i64::from_f64_trunc(-7.9), -7);
    }

    #[test]
    fn rounding_casts_clamp() {
        assert_eq!(u16::from_f64_round(70000.0), 65535);
        assert_eq!(i32::from_f64_round(2.5), 3);
        assert_eq!(i32::from_f64_round(-0.4), 0);
        assert_eq!(u8::from_f64_round(f64::NAN), 0);
    }
}
