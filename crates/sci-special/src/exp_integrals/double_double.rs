//! A minimal double-double (`hi + lo`, about 32 significant digits) for the power series of
//! `Ei`, `Shi` and `Chi` at moderate arguments: their terms `x^k / k!` are built by a
//! recurrence whose rounding errors would otherwise accumulate to ~`k/2` ULPs at the largest
//! terms (`k ≈ x`).

/// `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Dd {
    pub hi: f64,
    pub lo: f64,
}

impl Dd {
    pub(super) fn new(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    /// `self * y`.
    pub(super) fn mul(self, y: f64) -> Dd {
        let p = self.hi * y;
        let e = self.hi.mul_add(y, -p) + self.lo * y;
        two_sum_fast(p, e)
    }

    /// `self * y` for a double-double `y`.
    pub(super) fn mul_dd(self, y: Dd) -> Dd {
        let p = self.hi * y.hi;
        let e = self.hi.mul_add(y.hi, -p) + (self.hi * y.lo + self.lo * y.hi);
        two_sum_fast(p, e)
    }

    /// `self / y`.
    pub(super) fn div(self, y: f64) -> Dd {
        let q = self.hi / y;
        let r = (-q).mul_add(y, self.hi) + self.lo;
        two_sum_fast(q, r / y)
    }

    /// `self + y`.
    pub(super) fn add(self, y: Dd) -> Dd {
        let s = self.hi + y.hi;
        let v = s - self.hi;
        let e = (self.hi - (s - v)) + (y.hi - v);
        two_sum_fast(s, e + self.lo + y.lo)
    }

    /// The nearest double.
    pub(super) fn value(self) -> f64 {
        self.hi + self.lo
    }
}

/// `a + b` as a normalized pair, for `|a| >= |b|`.
fn two_sum_fast(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd {
        hi: s,
        lo: b - (s - a),
    }
}
