//! Numeric building blocks shared by the families (crate-private): polynomial evaluation,
//! and `sin(pi x)` / `cos(pi x)` without the rounding of `pi * x`.
//!
//! Add a helper here only when two families need it; keep each one small and tested.

mod continued_fraction;
mod double_double;

pub(crate) use continued_fraction::continued_fraction;
pub(crate) use double_double::DoubleDouble;

/// Evaluates the polynomial `c[0] x^n + c[1] x^(n-1) + ... + c[n]` (coefficients from the
/// highest degree down) by Horner's rule.
pub(crate) fn polevl(x: f64, coefficients: &[f64]) -> f64 {
    coefficients.iter().fold(0.0, |acc, &c| acc.mul_add(x, c))
}

/// `sin(pi x)`, exact at integers and half-integers, accurate for large `|x|` (the reduction
/// is done on `x`, where it is exact, not on `pi x`).
pub(crate) fn sinpi(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x.abs() >= 4_503_599_627_370_496.0 {
        // Every f64 this large is an even integer... or an odd one below 2^53: both have
        // sin(pi x) = 0.
        return 0.0f64.copysign(x);
    }
    // r in [-1, 1), x = 2k + r, sin(pi x) = sin(pi r).
    let r = x - 2.0 * (x / 2.0).round();
    // sin(pi r) = sin(pi (1 - r)) = sin(pi (-1 - r)): fold r into t in [-1/2, 1/2] (exact).
    let t = if r > 0.5 {
        1.0 - r
    } else if r < -0.5 {
        -1.0 - r
    } else {
        r
    };
    let value = if t.abs() <= 0.25 {
        (std::f64::consts::PI * t).sin()
    } else {
        (std::f64::consts::PI * (0.5 - t.abs())).cos().copysign(t)
    };
    if value == 0.0 {
        0.0f64.copysign(x)
    } else {
        value
    }
}

/// `cos(pi x)`, exact at integers and half-integers, accurate for large `|x|`.
pub(crate) fn cospi(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x.abs() >= 9_007_199_254_740_992.0 {
        // Every f64 above 2^53 is an even integer.
        return 1.0;
    }
    // Every step below is exact: fmod, and the differences by Sterbenz's lemma.
    let r = x.abs() % 2.0; // [0, 2)
    let r = if r > 1.0 { 2.0 - r } else { r }; // [0, 1], cos(pi (2 - r)) = cos(pi r)
    let (r, sign) = if r > 0.5 { (1.0 - r, -1.0) } else { (r, 1.0) }; // [0, 1/2]
    let value = if r <= 0.25 {
        (std::f64::consts::PI * r).cos()
    } else {
        (std::f64::consts::PI * (0.5 - r)).sin()
    };
    if value == 0.0 { 0.0 } else { sign * value }
}

/// The exact product `a b` as `(p, e)` with `p + e = a b`, by Dekker's splitting for
/// `|a|, |b| < 2^996` (plain arithmetic, no FMA call), by `mul_add` beyond.
#[inline(always)]
pub(crate) fn two_product(a: f64, b: f64) -> (f64, f64) {
    const SPLIT: f64 = 134_217_729.0; // 2^27 + 1
    const SAFE: f64 = 6.7e299; // about 2^996: SPLIT times it stays finite
    let p = a * b;
    if a.abs() > SAFE || b.abs() > SAFE {
        return (p, a.mul_add(b, -p));
    }
    let split = |v: f64| {
        let c = SPLIT * v;
        let h = c - (c - v);
        (h, v - h)
    };
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polevl_is_horner() {
        // 2x^2 + 3x + 4 at x = 2.
        assert_eq!(polevl(2.0, &[2.0, 3.0, 4.0]), 18.0);
        assert_eq!(polevl(5.0, &[]), 0.0);
    }

    #[test]
    fn sinpi_and_cospi_are_exact_at_special_points() {
        for k in -6i32..=6 {
            let x = f64::from(k);
            assert_eq!(sinpi(x), 0.0, "sinpi({x})");
            assert_eq!(cospi(x), if k % 2 == 0 { 1.0 } else { -1.0 }, "cospi({x})");
            assert_eq!(cospi(x + 0.5), 0.0, "cospi({x} + 0.5)");
            assert_eq!(
                sinpi(x + 0.5),
                if k.rem_euclid(2) == 0 { 1.0 } else { -1.0 },
                "sinpi({x} + 0.5)"
            );
        }
        assert_eq!(sinpi(1e300), 0.0);
        assert_eq!(cospi(1e300), 1.0);
        assert!(sinpi(f64::INFINITY).is_nan() && cospi(f64::NAN).is_nan());
    }

    #[test]
    fn sinpi_and_cospi_match_the_naive_forms_where_those_are_accurate() {
        for k in 0..2000 {
            let x = -5.0 + f64::from(k) * 0.005_123;
            let (s, c) = (
                (std::f64::consts::PI * x).sin(),
                (std::f64::consts::PI * x).cos(),
            );
            assert!(
                (sinpi(x) - s).abs() < 1e-14,
                "sinpi({x}) = {} vs {s}",
                sinpi(x)
            );
            assert!(
                (cospi(x) - c).abs() < 1e-14,
                "cospi({x}) = {} vs {c}",
                cospi(x)
            );
        }
        // Far from the origin the naive form loses digits; the reduction on x does not.
        assert!((sinpi(1e15 + 0.25) - std::f64::consts::FRAC_1_SQRT_2).abs() < 1e-15);
    }
}
