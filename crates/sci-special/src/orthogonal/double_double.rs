//! Double-double arithmetic (an unevaluated sum `hi + lo` of two `f64`, about 106 bits):
//! the three-term recurrences of the orthogonal polynomials run in it, so the value keeps full
//! `f64` relative accuracy even next to a zero of the polynomial, where the plain recurrence
//! loses digits to cancellation.
//!
//! The error-free transformations are Knuth's two-sum and the FMA two-product; see
//! T. J. Dekker, "A floating-point technique for extending the available precision",
//! Numer. Math. 18 (1971) 224-242, and Hida, Li, Bailey, "Library for double-double and
//! quad-double arithmetic" (2001), for the accuracy of the composite operations.

use std::ops::{Add, Div, Mul, Neg, Sub};

/// `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DoubleDouble {
    pub(crate) hi: f64,
    pub(crate) lo: f64,
}

/// `a + b = s + e` exactly.
#[inline]
fn two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    (s, e)
}

/// `a + b = s + e` exactly, given `|a| >= |b|` (or `a == 0`).
#[inline]
fn quick_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

impl DoubleDouble {
    pub(crate) const ZERO: DoubleDouble = DoubleDouble { hi: 0.0, lo: 0.0 };
    pub(crate) const ONE: DoubleDouble = DoubleDouble { hi: 1.0, lo: 0.0 };

    /// The exact value `x`.
    #[inline]
    pub(crate) const fn new(x: f64) -> DoubleDouble {
        DoubleDouble { hi: x, lo: 0.0 }
    }

    /// The exact sum `a + b`.
    #[inline]
    pub(crate) fn sum(a: f64, b: f64) -> DoubleDouble {
        let (hi, lo) = two_sum(a, b);
        DoubleDouble { hi, lo }
    }

    /// The exact product `a * b`.
    #[inline]
    pub(crate) fn product(a: f64, b: f64) -> DoubleDouble {
        let hi = a * b;
        let lo = a.mul_add(b, -hi);
        DoubleDouble { hi, lo }
    }

    /// The value rounded to `f64`.
    #[inline]
    pub(crate) fn to_f64(self) -> f64 {
        self.hi + self.lo
    }

    /// `self * b` for an `f64` factor.
    #[inline]
    pub(crate) fn mul_f64(self, b: f64) -> DoubleDouble {
        let p = DoubleDouble::product(self.hi, b);
        let (hi, lo) = quick_two_sum(p.hi, p.lo + self.lo * b);
        DoubleDouble { hi, lo }
    }

    /// `self + b` for an `f64` term.
    #[inline]
    pub(crate) fn add_f64(self, b: f64) -> DoubleDouble {
        let (s, e) = two_sum(self.hi, b);
        let (hi, lo) = quick_two_sum(s, e + self.lo);
        DoubleDouble { hi, lo }
    }

    /// `self / b` for an `f64` divisor.
    #[inline]
    pub(crate) fn div_f64(self, b: f64) -> DoubleDouble {
        let q1 = self.hi / b;
        // remainder self - q1 * b, exactly in its leading part
        let p = DoubleDouble::product(q1, b);
        let (s, e) = two_sum(self.hi, -p.hi);
        let r = s + (e - p.lo + self.lo);
        let q2 = r / b;
        let (hi, lo) = quick_two_sum(q1, q2);
        DoubleDouble { hi, lo }
    }

    /// The square root (of a non-negative value).
    #[inline]
    pub(crate) fn sqrt(self) -> DoubleDouble {
        if self.hi <= 0.0 {
            return DoubleDouble::new(self.hi.sqrt());
        }
        let h = self.hi.sqrt();
        let r = self - DoubleDouble::product(h, h);
        let (hi, lo) = quick_two_sum(h, r.hi / (2.0 * h));
        DoubleDouble { hi, lo }
    }

    /// Whether both parts are finite.
    #[inline]
    pub(crate) fn is_finite(self) -> bool {
        self.hi.is_finite() && self.lo.is_finite()
    }
}

impl Add for DoubleDouble {
    type Output = DoubleDouble;
    #[inline]
    fn add(self, b: DoubleDouble) -> DoubleDouble {
        let (s, e) = two_sum(self.hi, b.hi);
        let (t, f) = two_sum(self.lo, b.lo);
        let (s, e) = quick_two_sum(s, e + t);
        let (hi, lo) = quick_two_sum(s, e + f);
        DoubleDouble { hi, lo }
    }
}

impl Neg for DoubleDouble {
    type Output = DoubleDouble;
    #[inline]
    fn neg(self) -> DoubleDouble {
        DoubleDouble {
            hi: -self.hi,
            lo: -self.lo,
        }
    }
}

impl Sub for DoubleDouble {
    type Output = DoubleDouble;
    #[inline]
    fn sub(self, b: DoubleDouble) -> DoubleDouble {
        self + (-b)
    }
}

impl Mul for DoubleDouble {
    type Output = DoubleDouble;
    #[inline]
    fn mul(self, b: DoubleDouble) -> DoubleDouble {
        let p = DoubleDouble::product(self.hi, b.hi);
        let lo = p.lo + (self.hi * b.lo + self.lo * b.hi);
        let (hi, lo) = quick_two_sum(p.hi, lo);
        DoubleDouble { hi, lo }
    }
}

impl Div for DoubleDouble {
    type Output = DoubleDouble;
    #[inline]
    fn div(self, b: DoubleDouble) -> DoubleDouble {
        let q1 = self.hi / b.hi;
        let r = self - b.mul_f64(q1);
        let q2 = r.hi / b.hi;
        let r = r - b.mul_f64(q2);
        let q3 = r.hi / b.hi;
        let (hi, lo) = quick_two_sum(q1, q2);
        DoubleDouble { hi, lo }.add_f64(q3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operations_carry_about_106_bits() {
        let third = DoubleDouble::ONE / DoubleDouble::new(3.0);
        let back = third.mul_f64(3.0) - DoubleDouble::ONE;
        assert!(back.to_f64().abs() < 1e-31, "{back:?}");
        let x = DoubleDouble::sum(1.0, 1e-20);
        assert_eq!(x.lo, 1e-20);
        let y = (x * x).add_f64(-1.0);
        assert!((y.to_f64() - 2e-20).abs() < 1e-35, "{y:?}");
        let z = DoubleDouble::new(1.0)
            .div_f64(7.0)
            .mul_f64(7.0)
            .add_f64(-1.0);
        assert!(z.to_f64().abs() < 1e-31);
        let r = DoubleDouble::new(2.0).sqrt();
        assert!((r * r).add_f64(-2.0).to_f64().abs() < 1e-31);
        // Overflow is not finite (the recurrences keep their mantissas far below it).
        assert!(!DoubleDouble::new(f64::INFINITY).mul_f64(2.0).is_finite());
        assert!(!DoubleDouble::new(f64::NAN).is_finite());
    }
}
