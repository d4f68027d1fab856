//! A last resort for the power series of `hyp2f1` whose terms cancel beyond what double-double
//! arithmetic keeps (large `|a|`, `|b|` with `c` of the other sign): the series summed with
//! 512-bit floating-point numbers, which absorb a cancellation of about 1e130.
//!
//! The numbers are a sign, a binary exponent and a 512-bit mantissa in `[1/2, 1)`; products
//! and sums are truncated to 512 bits. The series is summed without divisions, as the fraction
//! `P_k / Q_k` with `Q_k = prod_j d_j` and `P_(k+1) = P_k d_k + T_(k+1)`,
//! `T_(k+1) = T_k n_k`, for the term ratios `n_k / d_k` (`n_k = (a + k)(b + k) z`,
//! `d_k = (c + k)(k + 1)`): the inputs are doubles or double-doubles, exact here.

use super::hyp2f1_series::converged;
use crate::numeric::DoubleDouble;

/// Mantissa limbs (64 bits each).
const LIMBS: usize = 8;
/// The series gives up after this many terms.
const MAX_TERMS: usize = 20_000;

/// `±0.m × 2^exp` with a normalised 512-bit mantissa `m` (little-endian limbs); zero has an
/// all-zero mantissa.
#[derive(Debug, Clone, Copy)]
struct BigFloat {
    negative: bool,
    exp: i64,
    mant: [u64; LIMBS],
}

impl BigFloat {
    const ZERO: BigFloat = BigFloat {
        negative: false,
        exp: 0,
        mant: [0; LIMBS],
    };

    fn is_zero(&self) -> bool {
        self.mant[LIMBS - 1] == 0
    }

    /// A finite double, exactly.
    fn from_f64(x: f64) -> BigFloat {
        if x == 0.0 || !x.is_finite() {
            return BigFloat::ZERO;
        }
        let bits = x.abs().to_bits();
        // The biased exponent has 11 bits.
        let biased = i64::from((bits >> 52) as u16);
        let fraction = bits & ((1u64 << 52) - 1);
        // |x| = m 2^e with an integer m.
        let (m, e) = if biased == 0 {
            (fraction, -1074i64)
        } else {
            (fraction | (1u64 << 52), biased - 1075)
        };
        let shift = m.leading_zeros();
        let mut mant = [0u64; LIMBS];
        mant[LIMBS - 1] = m << shift;
        BigFloat {
            negative: x < 0.0,
            exp: e - i64::from(shift) + 64,
            mant,
        }
    }

    fn from_dd(x: DoubleDouble) -> BigFloat {
        BigFloat::from_f64(x.hi).add(&BigFloat::from_f64(x.lo))
    }

    /// Shifts the mantissa left until its top bit is set.
    fn normalise(mut self) -> BigFloat {
        let Some(top) = self.mant.iter().rposition(|&l| l != 0) else {
            return BigFloat::ZERO;
        };
        let limb_shift = LIMBS - 1 - top;
        if limb_shift > 0 {
            for i in (0..LIMBS).rev() {
                self.mant[i] = if i >= limb_shift {
                    self.mant[i - limb_shift]
                } else {
                    0
                };
            }
        }
        let bit_shift = self.mant[LIMBS - 1].leading_zeros();
        if bit_shift > 0 {
            for i in (0..LIMBS).rev() {
                let low = if i > 0 {
                    self.mant[i - 1] >> (64 - bit_shift)
                } else {
                    0
                };
                self.mant[i] = (self.mant[i] << bit_shift) | low;
            }
        }
        // limb_shift < LIMBS.
        self.exp -= 64 * i64::from(limb_shift as u8) + i64::from(bit_shift);
        self
    }

    fn mul(&self, other: &BigFloat) -> BigFloat {
        if self.is_zero() || other.is_zero() {
            return BigFloat::ZERO;
        }
        let mut product = [0u64; 2 * LIMBS];
        for i in 0..LIMBS {
            let mut carry = 0u128;
            for j in 0..LIMBS {
                let t = u128::from(self.mant[i]) * u128::from(other.mant[j])
                    + u128::from(product[i + j])
                    + carry;
                product[i + j] = t as u64;
                carry = t >> 64;
            }
            product[i + LIMBS] = carry as u64;
        }
        let mut mant = [0u64; LIMBS];
        mant.copy_from_slice(&product[LIMBS..]);
        let mut result = BigFloat {
            negative: self.negative != other.negative,
            exp: self.exp + other.exp,
            mant,
        };
        if mant[LIMBS - 1] >> 63 == 0 {
            // One bit more from the discarded half.
            for i in (0..LIMBS).rev() {
                let low = if i > 0 {
                    result.mant[i - 1] >> 63
                } else {
                    product[LIMBS - 1] >> 63
                };
                result.mant[i] = (result.mant[i] << 1) | low;
            }
            result.exp -= 1;
        }
        result
    }

    /// `|self| >= |other|`.
    fn magnitude_at_least(&self, other: &BigFloat) -> bool {
        if other.is_zero() {
            return true;
        }
        if self.is_zero() {
            return false;
        }
        if self.exp != other.exp {
            return self.exp > other.exp;
        }
        for i in (0..LIMBS).rev() {
            if self.mant[i] != other.mant[i] {
                return self.mant[i] > other.mant[i];
            }
        }
        true
    }

    fn add(&self, other: &BigFloat) -> BigFloat {
        if other.is_zero() {
            return *self;
        }
        if self.is_zero() {
            return *other;
        }
        let (big, small) = if self.magnitude_at_least(other) {
            (self, other)
        } else {
            (other, self)
        };
        let shift = (big.exp - small.exp) as u64;
        if shift >= 64 * (LIMBS as u64 + 1) {
            return *big;
        }
        // One guard limb below the mantissas.
        let mut x = [0u64; LIMBS + 1];
        x[1..].copy_from_slice(&big.mant);
        let mut y = [0u64; LIMBS + 1];
        let (limb_shift, bit_shift) = ((shift / 64) as usize, (shift % 64) as u32);
        for (i, yi) in y.iter_mut().enumerate() {
            // y = small.mant (placed at limbs 1..) shifted right by `shift` bits.
            let source = i + limb_shift;
            let get = |k: usize| {
                if (1..=LIMBS).contains(&k) {
                    small.mant[k - 1]
                } else {
                    0
                }
            };
            let lo = get(source);
            let hi = get(source + 1);
            *yi = if bit_shift == 0 {
                lo
            } else {
                (lo >> bit_shift) | (hi << (64 - bit_shift))
            };
        }
        let mut exp = big.exp;
        if big.negative == small.negative {
            let mut carry = 0u64;
            for i in 0..=LIMBS {
                let (s1, c1) = x[i].overflowing_add(y[i]);
                let (s2, c2) = s1.overflowing_add(carry);
                x[i] = s2;
                carry = u64::from(c1 || c2);
            }
            if carry == 1 {
                for i in 0..=LIMBS {
                    let high = if i < LIMBS { x[i + 1] << 63 } else { 1 << 63 };
                    x[i] = (x[i] >> 1) | high;
                }
                exp += 1;
            }
        } else {
            let mut borrow = 0u64;
            for i in 0..=LIMBS {
                let (d1, b1) = x[i].overflowing_sub(y[i]);
                let (d2, b2) = d1.overflowing_sub(borrow);
                x[i] = d2;
                borrow = u64::from(b1 || b2);
            }
        }
        // Normalise on the LIMBS + 1 limbs, then drop the guard limb.
        let Some(top) = x.iter().rposition(|&l| l != 0) else {
            return BigFloat::ZERO;
        };
        let total_shift = 64 * (LIMBS - top) as u32 + x[top].leading_zeros();
        let (limb_shift, bit_shift) = ((total_shift / 64) as usize, total_shift % 64);
        let mut z = [0u64; LIMBS + 1];
        for i in (0..=LIMBS).rev() {
            let get = |k: Option<usize>| k.map_or(0, |k| x[k]);
            let source = i.checked_sub(limb_shift);
            z[i] = if bit_shift == 0 {
                get(source)
            } else {
                (get(source) << bit_shift)
                    | (get(source.and_then(|k| k.checked_sub(1))) >> (64 - bit_shift))
            };
        }
        let mut mant = [0u64; LIMBS];
        mant.copy_from_slice(&z[1..]);
        BigFloat {
            negative: big.negative,
            exp: exp - i64::from(total_shift),
            mant,
        }
        .normalise()
    }

    /// `(m, e)` with `self ≈ m 2^e`, `m` a double in `[1/2, 1)` with the sign (`(0, 0)` for 0).
    fn parts(&self) -> (f64, i64) {
        if self.is_zero() {
            return (0.0, 0);
        }
        let top = self.mant[LIMBS - 1] as f64
            + self.mant[LIMBS - 2] as f64 / 18_446_744_073_709_551_616.0;
        let m = top / 18_446_744_073_709_551_616.0;
        (if self.negative { -m } else { m }, self.exp)
    }

    /// `log2 |self|` (`-inf` for 0).
    fn log2(&self) -> f64 {
        let (m, e) = self.parts();
        if m == 0.0 {
            f64::NEG_INFINITY
        } else {
            m.abs().log2() + e as f64
        }
    }
}

/// `m 2^e` in f64, overflowing to `±inf` and underflowing to 0.
fn scale(m: f64, e: i64) -> f64 {
    let e = e.clamp(-2200, 2200) as i32;
    // Two steps keep each power of two representable.
    let half = e / 2;
    m * 2f64.powi(half) * 2f64.powi(e - half)
}

/// The series `sum_k (a)_k (b)_k / ((c)_k k!) z^k` in 512-bit arithmetic, with the ratio of
/// its largest term to the sum.
pub(super) fn series_big(a: DoubleDouble, b: DoubleDouble, c: f64, z: DoubleDouble) -> (f64, f64) {
    let (big_a, big_b, big_c, big_z) = (
        BigFloat::from_dd(a),
        BigFloat::from_dd(b),
        BigFloat::from_f64(c),
        BigFloat::from_dd(z),
    );
    let one = BigFloat::from_f64(1.0);
    let (mut p, mut t, mut q) = (one, one, one);
    let mut largest = 0.0f64; // log2 of the largest term
    let (af, bf, cf, zf) = (a.to_f64(), b.to_f64(), c, z.to_f64());
    let mut done = false;
    for k in 0..MAX_TERMS {
        let kf = k as f64;
        let big_k = BigFloat::from_f64(kf);
        let n = big_a.add(&big_k).mul(&big_b.add(&big_k)).mul(&big_z);
        if n.is_zero() {
            done = true;
            break;
        }
        let d = big_c.add(&big_k).mul(&BigFloat::from_f64(kf + 1.0));
        if d.is_zero() {
            return (f64::INFINITY, f64::INFINITY);
        }
        t = t.mul(&n);
        q = q.mul(&d);
        p = p.mul(&d).add(&t);
        let log_q = q.log2();
        let log_term = t.log2() - log_q;
        let log_sum = p.log2() - log_q;
        largest = largest.max(log_term);
        if log_term < log_sum - 60.0 && converged([af, bf, cf, zf], kf, 0.0, 1.0, 1.0) {
            done = true;
            break;
        }
    }
    if !done {
        return (f64::NAN, f64::INFINITY);
    }
    let (mp, ep) = p.parts();
    let (mq, eq) = q.parts();
    let value = scale(mp / mq, ep - eq);
    let cancellation = (largest - p.log2() + q.log2()).exp2();
    (value, cancellation)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dd(x: f64) -> DoubleDouble {
        DoubleDouble::from_f64(x)
    }

    #[test]
    fn arithmetic() {
        let x = BigFloat::from_f64(3.0).mul(&BigFloat::from_f64(-0.25));
        let (m, e) = x.parts();
        assert_eq!(scale(m, e), -0.75);
        let y = x.add(&BigFloat::from_f64(0.75));
        assert!(y.is_zero());
        let z = BigFloat::from_f64(1e100).add(&BigFloat::from_f64(1.0));
        let w = z.add(&BigFloat::from_f64(-1e100));
        let (m, e) = w.parts();
        assert_eq!(scale(m, e), 1.0);
    }

    #[test]
    fn series_of_log() {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z.
        let z = 0.3f64;
        let (v, cancellation) = series_big(dd(1.0), dd(1.0), 2.0, dd(z));
        assert!((v - (-(-z).ln_1p() / z)).abs() < 2e-16);
        assert!(cancellation <= 1.0);
    }
}
