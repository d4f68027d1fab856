//! Properties of the confluent hypergeometric functions: Kummer's transformation
//! (DLMF 13.2.39), the contiguous relations (DLMF 13.3.1, 13.3.2), and `0F1` against the Bessel
//! functions (DLMF 10.16.9); for `U`, Kummer's transformation (DLMF 13.2.40) and the
//! recurrence in `a` (DLMF 13.3.7).
//! For `2F1`: Euler's and Pfaff's transformations (DLMF 15.8.1), symmetry in `a` and `b`,
//! Gauss's contiguous relations (DLMF 15.5.11, 15.5.18) and closed forms (DLMF 15.4.2, 15.4.6).

use proptest::prelude::*;
use sci_special::{gamma, hyp0f1, hyp1f1, hyp2f1, hyperu, iv, jv};

proptest! {
    /// `M(a, b, x) = e^x M(b - a, b, -x)`; the parameters keep `b - a` exact.
    #[test]
    fn kummer_transformation(a in -10.0f64..20.0, b in 0.25f64..20.0, x in -40.0f64..40.0) {
        let (a, b) = ((a * 64.0).round() / 64.0, (b * 64.0).round() / 64.0);
        let lhs = hyp1f1(a, b, x);
        let rhs = x.exp() * hyp1f1(b - a, b, -x);
        prop_assert!((lhs - rhs).abs() <= 1e-12 * lhs.abs().max(rhs.abs()), "{lhs} vs {rhs}");
    }

    /// `(b - a) M(a - 1) + (2a - b + x) M(a) - a M(a + 1) = 0`; the tolerance is relative to
    /// the largest term.
    #[test]
    fn contiguous_in_a(a in -10.0f64..20.0, b in 0.25f64..20.0, x in -30.0f64..30.0) {
        let (m0, m1, m2) = (hyp1f1(a - 1.0, b, x), hyp1f1(a, b, x), hyp1f1(a + 1.0, b, x));
        let terms = [(b - a) * m0, (2.0 * a - b + x) * m1, -a * m2];
        let scale: f64 = terms.iter().map(|t| t.abs()).sum();
        let sum: f64 = terms.iter().sum();
        prop_assert!(sum.abs() <= 1e-12 * scale, "{terms:?}");
    }

    /// `b (b - 1) M(b - 1) + b (1 - b - x) M(b) + x (b - a) M(b + 1) = 0`.
    #[test]
    fn contiguous_in_b(a in -10.0f64..20.0, b in 1.25f64..20.0, x in -30.0f64..30.0) {
        let (m0, m1, m2) = (hyp1f1(a, b - 1.0, x), hyp1f1(a, b, x), hyp1f1(a, b + 1.0, x));
        let terms = [b * (b - 1.0) * m0, b * (1.0 - b - x) * m1, x * (b - a) * m2];
        let scale: f64 = terms.iter().map(|t| t.abs()).sum();
        let sum: f64 = terms.iter().sum();
        prop_assert!(sum.abs() <= 1e-12 * scale, "{terms:?}");
    }

    /// `0F1(; v; x) = Gamma(v) x^((1-v)/2) I_{v-1}(2 sqrt x)` for `x > 0`, and with `J_{v-1}`
    /// for `x < 0`; the tolerance at `x < 0` is relative to `Gamma(v) |x|^((1-v)/2)`, the
    /// size of the oscillation.
    #[test]
    fn hyp0f1_is_a_bessel_function(v in 0.5f64..20.0, x in 0.01f64..200.0) {
        let scale = gamma(v) * x.powf(0.5 * (1.0 - v));
        let z = 2.0 * x.sqrt();
        let plus = hyp0f1(v, x);
        let bessel = scale * iv(v - 1.0, z);
        prop_assert!((plus - bessel).abs() <= 1e-12 * plus.abs(), "{plus} vs {bessel}");
        let minus = hyp0f1(v, -x);
        let bessel = scale * jv(v - 1.0, z);
        prop_assert!((minus - bessel).abs() <= 1e-12 * scale, "{minus} vs {bessel}");
    }

    /// `M(a, b, x)` with `a = 1/2`, `b = 3/2` is `sqrt(pi) erf(sqrt(-x)) / (2 sqrt(-x))` for
    /// `x < 0` (DLMF 13.6.7): its form through `0F1` is not used, so check it directly.
    #[test]
    fn hyp1f1_erf_closed_form(x in -50.0f64..-0.01) {
        let s = (-x).sqrt();
        let exact = std::f64::consts::PI.sqrt() * sci_special::erf(s) / (2.0 * s);
        let value = hyp1f1(0.5, 1.5, x);
        prop_assert!((value - exact).abs() <= 1e-14 * exact, "{value} vs {exact}");
    }

    /// `U(a, b, x) = x^(1-b) U(a - b + 1, 2 - b, x)`; parameters on a grid keep `a - b + 1`
    /// exact.
    #[test]
    fn hyperu_kummer_transformation(a in 0.1f64..10.0, b in -5.0f64..5.0, x in 0.05f64..30.0) {
        let (a, b) = ((a * 64.0).round() / 64.0, (b * 64.0).round() / 64.0);
        let lhs = hyperu(a, b, x);
        let rhs = x.powf(1.0 - b) * hyperu(a - b + 1.0, 2.0 - b, x);
        prop_assert!((lhs - rhs).abs() <= 1e-11 * lhs.abs(), "{lhs} vs {rhs}");
    }

    /// `U(a - 1) + (b - 2a - x) U(a) + a (a - b + 1) U(a + 1) = 0`, relative to the largest term.
    #[test]
    fn hyperu_recurrence_in_a(a in 1.5f64..10.0, b in -5.0f64..5.0, x in 0.05f64..30.0) {
        let terms = [
            hyperu(a - 1.0, b, x),
            (b - 2.0 * a - x) * hyperu(a, b, x),
            a * (a - b + 1.0) * hyperu(a + 1.0, b, x),
        ];
        let scale: f64 = terms.iter().map(|t| t.abs()).sum();
        let sum: f64 = terms.iter().sum();
        prop_assert!(sum.abs() <= 1e-11 * scale, "{terms:?}");
    }
}

/// Parameters on a 1/64 grid, so that `c - a`, `c - b` and `c - a - b` are exact.
fn grid(x: f64) -> f64 {
    (x * 64.0).round() / 64.0
}

proptest! {
    /// Euler's transformation `2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)`.
    #[test]
    fn hyp2f1_euler_transformation(
        a in -8.0f64..8.0, b in -8.0f64..8.0, c in 0.5f64..12.0, z in -20.0f64..0.99,
    ) {
        let (a, b, c) = (grid(a), grid(b), grid(c));
        let lhs = hyp2f1(a, b, c, z);
        let rhs = (1.0 - z).powf(c - a - b) * hyp2f1(c - a, c - b, c, z);
        prop_assert!((lhs - rhs).abs() <= 1e-11 * lhs.abs().max(rhs.abs()), "{lhs} vs {rhs}");
    }

    /// Pfaff's transformation `2F1(a, b; c; z) = (1 - z)^-a 2F1(a, c - b; c; z / (z - 1))`.
    #[test]
    fn hyp2f1_pfaff_transformation(
        a in -8.0f64..8.0, b in -8.0f64..8.0, c in 0.5f64..12.0, z in -0.9f64..0.45,
    ) {
        let (a, b, c) = (grid(a), grid(b), grid(c));
        let lhs = hyp2f1(a, b, c, z);
        let rhs = (1.0 - z).powf(-a) * hyp2f1(a, c - b, c, z / (z - 1.0));
        prop_assert!((lhs - rhs).abs() <= 1e-11 * lhs.abs().max(rhs.abs()), "{lhs} vs {rhs}");
    }

    /// `2F1` is symmetric in `a` and `b`.
    #[test]
    fn hyp2f1_symmetric_in_a_and_b(
        a in -15.0f64..15.0, b in -15.0f64..15.0, c in -15.0f64..15.0, z in -100.0f64..0.999,
    ) {
        let (x, y) = (hyp2f1(a, b, c, z), hyp2f1(b, a, c, z));
        prop_assert!((x - y).abs() <= 1e-12 * x.abs().max(y.abs()), "{x} vs {y}");
    }

    /// `(c - a) F(a - 1) + (2a - c + (b - a) z) F(a) + a (z - 1) F(a + 1) = 0` (DLMF 15.5.11);
    /// the tolerance is relative to the largest term.
    #[test]
    fn hyp2f1_contiguous_in_a(
        a in -8.0f64..8.0, b in -8.0f64..8.0, c in 0.5f64..12.0, z in -10.0f64..0.95,
    ) {
        let f = |a: f64| hyp2f1(a, b, c, z);
        let terms = [
            (c - a) * f(a - 1.0),
            (2.0 * a - c + (b - a) * z) * f(a),
            a * (z - 1.0) * f(a + 1.0),
        ];
        let scale: f64 = terms.iter().map(|t| t.abs()).sum();
        let sum: f64 = terms.iter().sum();
        prop_assert!(sum.abs() <= 1e-11 * scale, "{terms:?}");
    }

    /// `c (c - 1) (z - 1) F(c - 1) + c (c - 1 - (2c - a - b - 1) z) F(c)
    /// + (c - a) (c - b) z F(c + 1) = 0` (DLMF 15.5.18).
    #[test]
    fn hyp2f1_contiguous_in_c(
        a in -8.0f64..8.0, b in -8.0f64..8.0, c in 1.5f64..12.0, z in -10.0f64..0.95,
    ) {
        let f = |c: f64| hyp2f1(a, b, c, z);
        let terms = [
            c * (c - 1.0) * (z - 1.0) * f(c - 1.0),
            c * (c - 1.0 - (2.0 * c - a - b - 1.0) * z) * f(c),
            (c - a) * (c - b) * z * f(c + 1.0),
        ];
        let scale: f64 = terms.iter().map(|t| t.abs()).sum();
        let sum: f64 = terms.iter().sum();
        prop_assert!(sum.abs() <= 1e-11 * scale, "{terms:?}");
    }

    /// `2F1(1, 1; 2; z) = -ln(1 - z) / z` (DLMF 15.4.2), through every region of `z < 1`.
    #[test]
    fn hyp2f1_log_closed_form(z in -1.0e4f64..0.9999) {
        prop_assume!(z != 0.0);
        let exact = -(-z).ln_1p() / z;
        let f = hyp2f1(1.0, 1.0, 2.0, z);
        prop_assert!((f - exact).abs() <= 1e-13 * exact.abs(), "{f} vs {exact}");
    }

    /// `2F1(1/2, 1/2; 3/2; z^2) = asin(z) / z` (DLMF 15.4.6).
    #[test]
    fn hyp2f1_asin_closed_form(z in -0.9999f64..0.9999) {
        prop_assume!(z != 0.0);
        let exact = z.asin() / z;
        let f = hyp2f1(0.5, 0.5, 1.5, z * z);
        prop_assert!((f - exact).abs() <= 1e-13 * exact, "{f} vs {exact}");
    }

    /// `2F1(a, b; b; z) = (1 - z)^-a`.
    #[test]
    fn hyp2f1_power_closed_form(a in -10.0f64..10.0, b in -10.0f64..10.0, z in -50.0f64..0.9) {
        let exact = (1.0 - z).powf(-a);
        prop_assert!((hyp2f1(a, b, b, z) - exact).abs() <= 1e-14 * exact);
        prop_assert!((hyp2f1(b, a, b, z) - exact).abs() <= 1e-14 * exact);
    }
}
