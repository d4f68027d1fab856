//! Properties of the Struve functions: the recurrences in the order (DLMF 11.4.23, 11.4.25),
//! the derivative relations (DLMF 11.4.27, 11.4.29), and closed forms at half-integer orders.

use proptest::prelude::*;
use sci_special::{modstruve, struve};

/// `(x/2)^v / (sqrt(pi) Gamma(v + 3/2))`, the inhomogeneous term of the recurrences.
fn source(v: f64, x: f64) -> f64 {
    (0.5 * x).powf(v) * sci_special::rgamma(v + 1.5) / std::f64::consts::PI.sqrt()
}

proptest! {
    /// `H_{v-1} + H_{v+1} = (2v/x) H_v + (x/2)^v / (sqrt(pi) Gamma(v + 3/2))`; the tolerance
    /// is relative to the largest term of the identity.
    #[test]
    fn recurrence_h(v in -5.0f64..30.0, x in 0.05f64..120.0) {
        let (a, b, c) = (struve(v - 1.0, x), struve(v, x), struve(v + 1.0, x));
        let s = source(v, x);
        let lhs = a + c;
        let rhs = 2.0 * v / x * b + s;
        let scale = a.abs() + c.abs() + (2.0 * v / x * b).abs() + s.abs();
        prop_assert!((lhs - rhs).abs() <= 1e-13 * scale, "v = {v}, x = {x}: {lhs} vs {rhs}");
    }

    /// `L_{v-1} - L_{v+1} = (2v/x) L_v + (x/2)^v / (sqrt(pi) Gamma(v + 3/2))`.
    #[test]
    fn recurrence_l(v in -5.0f64..30.0, x in 0.05f64..300.0) {
        let (a, b, c) = (modstruve(v - 1.0, x), modstruve(v, x), modstruve(v + 1.0, x));
        let s = source(v, x);
        let lhs = a - c;
        let rhs = 2.0 * v / x * b + s;
        let scale = a.abs() + c.abs() + (2.0 * v / x * b).abs() + s.abs();
        prop_assert!((lhs - rhs).abs() <= 1e-13 * scale, "v = {v}, x = {x}: {lhs} vs {rhs}");
    }

    /// `H_{1/2}(x) = sqrt(2/(pi x)) (1 - cos x)` and `L_{1/2}(x) = sqrt(2/(pi x)) (cosh x - 1)`
    /// (DLMF 11.4.7, 11.4.8), written without cancellation: `1 - cos x = 2 sin^2(x/2)`.
    #[test]
    fn half_order_closed_forms(x in 0.01f64..500.0) {
        let c = (2.0 / (std::f64::consts::PI * x)).sqrt();
        let h = c * 2.0 * (0.5 * x).sin().powi(2);
        let got = struve(0.5, x);
        // Relative to c: near the zeros of 1 - cos x only an absolute bound makes sense.
        prop_assert!((got - h).abs() <= 1e-14 * c, "x = {x}: {got} vs {h}");
        if x < 700.0 {
            let l = c * 2.0 * (0.5 * x).sinh().powi(2);
            prop_assert!((modstruve(0.5, x) - l).abs() <= 1e-14 * l, "x = {x}");
        }
    }
}

#[test]
fn derivative_relation_at_order_zero() {
    // DLMF 11.4.27 with v = 0: H_0'(x) = 2/pi - H_1(x); central differences of H_0.
    for x in [0.5, 3.0, 20.0, 40.0, 90.0] {
        let h = 1e-5;
        let derivative = (struve(0.0, x + h) - struve(0.0, x - h)) / (2.0 * h);
        let expected = std::f64::consts::FRAC_2_PI - struve(1.0, x);
        assert!(
            (derivative - expected).abs() < 1e-8,
            "x = {x}: {derivative} vs {expected}"
        );
    }
}
