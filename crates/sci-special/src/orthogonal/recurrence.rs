//! The three-term recurrence engine shared by the polynomial evaluations: the recurrence runs
//! in double-double arithmetic (full `f64` accuracy next to zeros) and keeps a binary exponent
//! apart from the mantissas, so values beyond `f64`'s range round to `±inf` (or `0`) only at
//! the very end, with the right sign.

use super::double_double::DoubleDouble as Dd;

/// Rescaling threshold: mantissas are kept below `2^RESCALE` in magnitude.
const RESCALE: i32 = 600;

/// `x * 2^k` without intermediate overflow or underflow of the factor.
pub(crate) fn ldexp(mut x: f64, mut k: i64) -> f64 {
    let step = 2f64.powi(RESCALE);
    let inverse = 2f64.powi(-RESCALE);
    while k > i64::from(RESCALE) && x.is_finite() && x != 0.0 {
        x *= step;
        k -= i64::from(RESCALE);
    }
    while k < -i64::from(RESCALE) && x != 0.0 {
        x *= inverse;
        k += i64::from(RESCALE);
    }
    // |k| <= RESCALE fits in i32.
    x * 2f64.powi(i32::try_from(k).unwrap_or(0))
}

/// A double-double mantissa and a binary exponent: the value is `m * 2^e`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Scaled {
    pub(crate) m: Dd,
    pub(crate) e: i64,
}

impl Scaled {
    pub(crate) fn new(m: Dd) -> Scaled {
        Scaled { m, e: 0 }.normalized()
    }

    /// Moves the mantissa into `[2^-300, 2^300]`, so the product of two mantissas neither
    /// overflows nor underflows.
    pub(crate) fn normalized(mut self) -> Scaled {
        const HALF: i32 = RESCALE / 2;
        let big = 2f64.powi(HALF);
        let small = 2f64.powi(-HALF);
        while self.m.hi.abs() > big && self.m.is_finite() {
            self.m = self.m.mul_f64(small);
            self.e += i64::from(HALF);
        }
        while self.m.hi != 0.0 && self.m.hi.abs() < small {
            self.m = self.m.mul_f64(big);
            self.e -= i64::from(HALF);
        }
        self
    }

    pub(crate) fn mul(self, other: Scaled) -> Scaled {
        Scaled {
            m: self.m * other.m,
            e: self.e + other.e,
        }
        .normalized()
    }

    pub(crate) fn to_f64(self) -> f64 {
        ldexp(self.m.to_f64(), self.e)
    }
}

/// Runs `p_{k+1} = step(k, p_k, p_{k-1})` from `p_0`, `p_1` up to `p_n` (`n >= 1`); `step`
/// must be linear and homogeneous in `(p_k, p_{k-1})`, so a common scale factor can be taken
/// out. Returns `p_n` as a scaled double-double.
pub(crate) fn three_term(n: u64, p0: Dd, p1: Dd, step: impl Fn(u64, Dd, Dd) -> Dd) -> Scaled {
    let big = 2f64.powi(RESCALE);
    let small = 2f64.powi(-RESCALE);
    let (mut prev, mut cur, mut e) = (p0, p1, 0i64);
    for k in 1..n {
        let next = step(k, cur, prev);
        prev = cur;
        cur = next;
        if cur.hi.abs() > big {
            cur = cur.mul_f64(small);
            prev = prev.mul_f64(small);
            e += i64::from(RESCALE);
        }
        if !cur.is_finite() {
            break;
        }
    }
    Scaled { m: cur, e }
}

/// As [`three_term`], for a vector of `N` quantities evolving together (a polynomial and its
/// derivatives): `step(k, v_k, v_{k-1})` returns `v_{k+1}`.
pub(crate) fn three_term_vec<const N: usize>(
    n: u64,
    v0: [Dd; N],
    v1: [Dd; N],
    step: impl Fn(u64, &[Dd; N], &[Dd; N]) -> [Dd; N],
) -> ([Dd; N], i64) {
    let big = 2f64.powi(RESCALE);
    let small = 2f64.powi(-RESCALE);
    let (mut prev, mut cur, mut e) = (v0, v1, 0i64);
    for k in 1..n {
        let next = step(k, &cur, &prev);
        prev = cur;
        cur = next;
        if cur.iter().any(|c| c.hi.abs() > big) {
            for c in cur.iter_mut().chain(prev.iter_mut()) {
                *c = c.mul_f64(small);
            }
            e += i64::from(RESCALE);
        }
        if cur.iter().any(|c| !c.is_finite()) {
            break;
        }
    }
    (cur, e)
}

/// The limit of a degree-`n` polynomial at `x = ±inf`, given the sign of its leading
/// coefficient (`n >= 1`).
pub(crate) fn limit_at_infinity(n: u64, leading_sign: f64, x: f64) -> f64 {
    let sign = if x < 0.0 && n % 2 == 1 {
        -leading_sign
    } else {
        leading_sign
    };
    if sign == 0.0 {
        f64::NAN
    } else {
        f64::INFINITY.copysign(sign)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldexp_reaches_the_whole_range() {
        assert_eq!(ldexp(1.0, 1023), 2f64.powi(1023));
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(-1.5, 3000), f64::NEG_INFINITY);
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
        assert_eq!(ldexp(1.0, -3000), 0.0);
        assert_eq!(ldexp(3.0, 0), 3.0);
    }

    #[test]
    fn scaled_values_keep_their_sign_past_overflow() {
        // p_{k+1} = 1e10 p_k: 1e10^40 overflows f64 but not the scaled form.
        let p = three_term(40, Dd::ONE, Dd::new(-1e10), |_, a, _| a.mul_f64(1e10));
        assert_eq!(p.to_f64(), f64::NEG_INFINITY);
        assert!(p.e > 0);
        let q = Scaled::new(Dd::new(1e-300)).mul(Scaled::new(Dd::new(1e-300)));
        assert_eq!(q.to_f64(), 0.0);
        assert_eq!(
            limit_at_infinity(3, 1.0, f64::NEG_INFINITY),
            f64::NEG_INFINITY
        );
        assert_eq!(
            limit_at_infinity(2, -1.0, f64::NEG_INFINITY),
            f64::NEG_INFINITY
        );
    }
}
