//! Distances in units in the last place (ULPs), the measure of special-function accuracy.

/// The number of representable `f64` values between `a` and `b` (0 when equal).
///
/// `+0.0` and `-0.0` are 0 apart; two NaNs are 0 apart; a NaN and a number are `u64::MAX`
/// apart.
///
/// # Examples
///
/// ```
/// use sci_core::testing::ulp_distance;
/// assert_eq!(ulp_distance(1.0, 1.0 + f64::EPSILON), 1);
/// assert_eq!(ulp_distance(-0.0, 0.0), 0);
/// assert_eq!(ulp_distance(f64::MIN_POSITIVE, -f64::MIN_POSITIVE), 2 * (1u64 << 52));
/// ```
pub fn ulp_distance(a: f64, b: f64) -> u64 {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => 0,
        (true, false) | (false, true) => u64::MAX,
        (false, false) => u64::try_from(ordered(a).abs_diff(ordered(b))).unwrap_or(u64::MAX),
    }
}

/// The largest [`ulp_distance`] over pairs of elements.
///
/// # Examples
///
/// ```
/// let d = sci_core::testing::max_ulp_distance(&[1.0, 2.0], &[1.0, 2.0 + 2.0 * f64::EPSILON]);
/// assert_eq!(d, 1);
/// ```
pub fn max_ulp_distance(actual: &[f64], expected: &[f64]) -> u64 {
    actual
        .iter()
        .zip(expected)
        .map(|(&a, &e)| ulp_distance(a, e))
        .max()
        .unwrap_or(0)
}

/// Maps an f64 to an integer that grows with it, adjacent floats to adjacent integers.
fn ordered(x: f64) -> i128 {
    let bits = x.to_bits();
    let magnitude = i128::from(bits & !(1u64 << 63));
    if bits >> 63 == 1 {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjacent_floats_are_one_apart() {
        for x in [1e-300, 0.1, 1.0, 3.5e200, -2.0, f64::MIN_POSITIVE] {
            assert_eq!(ulp_distance(x, x.next_up()), 1, "{x}");
            assert_eq!(ulp_distance(x.next_down(), x), 1, "{x}");
        }
        assert_eq!(ulp_distance(0.0, 5e-324), 1);
        assert_eq!(ulp_distance(-5e-324, 5e-324), 2);
        assert_eq!(ulp_distance(f64::MAX, f64::INFINITY), 1);
        assert_eq!(ulp_distance(f64::NAN, 1.0), u64::MAX);
        assert_eq!(max_ulp_distance(&[], &[]), 0);
    }
}
