//! Mathematical constants: π and the golden ratio.

/// π, the ratio of a circle's circumference to its diameter.
pub const pi: f64 = std::f64::consts::PI;

/// √5 rounded to the nearest f64, written out because `f64::sqrt` is not a `const fn`
/// (a test checks it against `5f64.sqrt()`).
const SQRT_5: f64 = 2.23606797749979;

/// The golden ratio, (1 + √5) / 2.
pub const golden: f64 = (1.0 + SQRT_5) / 2.0;

/// The golden ratio, (1 + √5) / 2 (the same as [`golden`]).
pub const golden_ratio: f64 = golden;

#[cfg(test)]
mod tests {
    use super::SQRT_5;

    #[test]
    fn sqrt_5_is_the_correctly_rounded_root() {
        // f64::sqrt is correctly rounded (IEEE 754), so the literal must equal it exactly.
        assert_eq!(SQRT_5.to_bits(), 5f64.sqrt().to_bits());
    }
}
