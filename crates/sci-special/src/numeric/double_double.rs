//! Double-double arithmetic: an unevaluated sum `hi + lo` of two `f64` with `|lo| <= ulp(hi)/2`,
//! about 106 bits of precision, for series whose terms cancel (Dekker 1971; Hida, Li and
//! Bailey 2001). Only the operations the families use are provided.

use std::ops::{Add, Div, Mul, Neg, Sub};

/// A double-double number `hi + lo`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DoubleDouble {
    /// The leading part, the value rounded to `f64`.
    pub(crate) hi: f64,
    /// The trailing part.
    pub(crate) lo: f64,
}

/// `a + b` exactly, as `(sum, error)` (Knuth's two-sum).
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

/// `a + b` exactly when `|a| >= |b|` (Dekker's fast two-sum).
fn fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

impl DoubleDouble {
    /// The double-double `hi + lo` (the parts must already be normalised).
    pub(crate) const fn new(hi: f64, lo: f64) -> Self {
        DoubleDouble { hi, lo }
    }

    /// An `f64` as a double-double.
    pub(crate) const fn from_f64(x: f64) -> Self {
        DoubleDouble { hi: x, lo: 0.0 }
    }

    /// The exact product of two `f64`.
    pub(crate) fn product(a: f64, b: f64) -> Self {
        let p = a * b;
        DoubleDouble {
            hi: p,
            lo: a.mul_add(b, -p),
        }
    }

    /// The square root, to about 106 bits (one Newton step on the `f64` root).
    pub(crate) fn sqrt_f64(x: f64) -> Self {
        let s = x.sqrt();
        if s == 0.0 || !s.is_finite() {
            return DoubleDouble::from_f64(s);
        }
        let residual = (-s).mul_add(s, x);
        let (hi, lo) = fast_two_sum(s, residual / (2.0 * s));
        DoubleDouble { hi, lo }
    }

    /// The value rounded to `f64`.
    pub(crate) fn to_f64(self) -> f64 {
        self.hi + self.lo
    }
}

impl Add for DoubleDouble {
    type Output = DoubleDouble;
    fn add(self, other: DoubleDouble) -> DoubleDouble {
        let (s, e) = two_sum(self.hi, other.hi);
        let (t, f) = two_sum(self.lo, other.lo);
        let (s, e) = fast_two_sum(s, e + t);
        let (hi, lo) = fast_two_sum(s, e + f);
        DoubleDouble { hi, lo }
    }
}

impl Neg for DoubleDouble {
    type Output = DoubleDouble;
    fn neg(self) -> DoubleDouble {
        DoubleDouble {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
}

impl Sub for DoubleDouble {
    type Output = DoubleDouble;
    fn sub(self, other: DoubleDouble) -> DoubleDouble {
        self + (-other)
    }
}

impl Mul for DoubleDouble {
    type Output = DoubleDouble;
    fn mul(self, other: DoubleDouble) -> DoubleDouble {
        let p = DoubleDouble::product(self.hi, other.hi);
        let cross = self.hi.mul_add(other.lo, self.lo * other.hi);
        let (hi, lo) = fast_two_sum(p.hi, p.lo + cross);
        DoubleDouble { hi, lo }
    }
}

impl Mul<f64> for DoubleDouble {
    type Output = DoubleDouble;
    fn mul(self, other: f64) -> DoubleDouble {
        let p = DoubleDouble::product(self.hi, other);
        let (hi, lo) = fast_two_sum(p.hi, self.lo.mul_add(other, p.lo));
        DoubleDouble { hi, lo }
    }
}

impl Div<f64> for DoubleDouble {
    type Output = DoubleDouble;
    fn div(self, d: f64) -> DoubleDouble {
        let q1 = self.hi / d;
        // self - q1 * d, exactly in its leading part.
        let p = DoubleDouble::product(q1, d);
        let r = (self.hi - p.hi - p.lo + self.lo) / d;
        let (hi, lo) = fast_two_sum(q1, r);
        DoubleDouble { hi, lo }
    }
}

impl Div for DoubleDouble {
    type Output = DoubleDouble;
    /// Long division: the quotient of the leading parts, corrected once by the remainder.
    fn div(self, d: DoubleDouble) -> DoubleDouble {
        let q1 = self.hi / d.hi;
        // self - q1 * d, nearly exact.
        let r = self - d * q1;
        let (hi, lo) = fast_two_sum(q1, r.hi / d.hi);
        DoubleDouble { hi, lo }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_and_sums_keep_the_low_part() {
        let third = DoubleDouble::from_f64(1.0) / 3.0;
        // 3 * (1/3) in double-double is 1 to about 1e-32.
        let one = third * 3.0 - DoubleDouble::from_f64(1.0);
        assert!(one.to_f64().abs() < 1e-31, "{one:?}");
        let x = DoubleDouble::product(1.0 + f64::EPSILON, 1.0 + f64::EPSILON);
        assert_eq!(x.hi, 1.0 + 2.0 * f64::EPSILON);
        assert_eq!(x.lo, f64::EPSILON * f64::EPSILON);
        let s = DoubleDouble::sqrt_f64(2.0);
        let two = s * s - DoubleDouble::from_f64(2.0);
        assert!(two.to_f64().abs() < 1e-30, "{two:?}");
        let seventh = DoubleDouble::from_f64(1.0) / DoubleDouble::from_f64(7.0);
        let one = seventh * DoubleDouble::from_f64(7.0) - DoubleDouble::from_f64(1.0);
        assert!(one.to_f64().abs() < 1e-31, "{one:?}");
        let big = DoubleDouble::from_f64(1e16) + DoubleDouble::from_f64(1.0);
        assert_eq!((big - DoubleDouble::from_f64(1e16)).to_f64(), 1.0);
    }
}
