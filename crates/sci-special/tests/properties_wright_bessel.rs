//! Properties of Wright's generalized Bessel function: the recurrence in `b`, its special
//! cases `a = 0` (the exponential) and `a = 1` (the modified Bessel function), monotonicity in
//! `x`, and the agreement of `log_wright_bessel` with `ln wright_bessel`.

use proptest::prelude::*;
use sci_special::{gamma, iv, log_wright_bessel, wright_bessel};

proptest! {
    /// `a x Phi(a, a + b; x) = Phi(a, b - 1; x) + (1 - b) Phi(a, b; x)`; the tolerance is
    /// relative to the largest term.
    #[test]
    fn recurrence_in_b(a in 0.01f64..5.0, b in 1.0f64..20.0, x in 1e-3f64..300.0) {
        let terms = [
            a * x * wright_bessel(a, a + b, x),
            -wright_bessel(a, b - 1.0, x),
            -(1.0 - b) * wright_bessel(a, b, x),
        ];
        prop_assume!(terms.iter().all(|t| t.is_finite()));
        let scale: f64 = terms.iter().map(|t| t.abs()).sum();
        let sum: f64 = terms.iter().sum();
        prop_assert!(sum.abs() <= 1e-12 * scale, "{terms:?}");
    }

    /// `Phi(1, v + 1; x) = x^(-v/2) I_v(2 sqrt x)` (DLMF 10.25.2).
    #[test]
    fn a_one_is_modified_bessel(v in 0.0f64..15.0, x in 1e-3f64..200.0) {
        let lhs = wright_bessel(1.0, v + 1.0, x);
        let rhs = x.powf(-v / 2.0) * iv(v, 2.0 * x.sqrt());
        prop_assert!((lhs - rhs).abs() <= 1e-12 * rhs.abs(), "{lhs} vs {rhs}");
    }

    /// `Phi(0, b; x) = e^x / Gamma(b)`.
    #[test]
    fn a_zero_is_exponential(b in 0.1f64..20.0, x in 0.0f64..300.0) {
        let lhs = wright_bessel(0.0, b, x);
        let rhs = x.exp() / gamma(b);
        prop_assert!((lhs - rhs).abs() <= 1e-13 * rhs.abs(), "{lhs} vs {rhs}");
    }

    /// Every series term is positive and grows with `x`, so `Phi` does too.
    #[test]
    fn increasing_in_x(a in 0.0f64..5.0, b in 0.0f64..20.0, x in 1e-4f64..500.0) {
        let (lo, hi) = (wright_bessel(a, b, x), wright_bessel(a, b, x * 1.01));
        prop_assert!(hi >= lo, "{lo} {hi}");
    }

    /// `log_wright_bessel = ln wright_bessel` where the latter is finite, positive and not near 1.
    #[test]
    fn log_matches(a in 0.0f64..5.0, b in 0.0f64..20.0, x in 1e-4f64..800.0) {
        let v = wright_bessel(a, b, x);
        prop_assume!(v.is_finite() && v > 0.0 && (v.ln().abs() > 0.1));
        let l = log_wright_bessel(a, b, x);
        prop_assert!((l - v.ln()).abs() <= 1e-13 * l.abs(), "{l} vs {}", v.ln());
    }
}
