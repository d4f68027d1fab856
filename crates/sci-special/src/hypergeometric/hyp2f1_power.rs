//! Powers `x^p` of a double-double base for the prefactors `(1 - z)^(c - a - b)`,
//! `(1 - z)^(-a)` of `hyp2f1`'s transformations: the error of `x.powf(p)` grows with
//! `|p ln x|`, which the integer part of `p`, raised exactly by squaring in double-double,
//! avoids.

use crate::numeric::DoubleDouble;

/// `x^n` for an integer `n >= 0` by binary powering in double-double.
fn powi_dd(x: DoubleDouble, mut n: u64) -> DoubleDouble {
    let mut result = DoubleDouble::from_f64(1.0);
    let mut base = x;
    while n > 0 {
        if n & 1 == 1 {
            result = result * base;
        }
        n >>= 1;
        if n > 0 {
            base = base * base;
        }
    }
    result
}

/// `x^p` for `x > 0` given as a double-double and `p = p.hi + p.lo`, with an error of a few
/// ULPs for `|p - round(p)| |ln x|` of order 1 (the fractional part is the only one raised in
/// f64). Overflow and underflow are those of the result.
pub(super) fn pow_dd(x: DoubleDouble, p: DoubleDouble) -> f64 {
    let n = p.hi.round();
    if n.abs() > 1.0e6 || !x.hi.is_finite() || x.hi <= 0.0 {
        return x.to_f64().powf(p.to_f64());
    }
    let f = (p - DoubleDouble::from_f64(n)).to_f64();
    let whole = if n >= 0.0 {
        powi_dd(x, n as u64)
    } else {
        DoubleDouble::from_f64(1.0) / powi_dd(x, (-n) as u64)
    };
    // x^f = x.hi^f (1 + x.lo / x.hi)^f.
    let frac = x.hi.powf(f) * (f * (x.lo / x.hi)).exp();
    let value = whole.to_f64();
    if value == 0.0 || !value.is_finite() {
        // The integer power alone under- or overflows; x^f cannot bring it back by more than
        // x^(1/2), so f64's power decides.
        return x.to_f64().powf(p.to_f64());
    }
    value * frac
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers() {
        let x = DoubleDouble::from_f64(1.0) / DoubleDouble::from_f64(3.0);
        let p = DoubleDouble::from_f64(20.25);
        let exact = (1.0f64 / 3.0).powf(20.25);
        assert!((pow_dd(x, p) - exact).abs() <= 1e-14 * exact);
        let two = DoubleDouble::from_f64(2.0);
        assert_eq!(pow_dd(two, DoubleDouble::from_f64(-3.0)), 0.125);
        assert_eq!(pow_dd(two, DoubleDouble::from_f64(2000.0)), f64::INFINITY);
    }
}
