//! Property tests of the exponential-integral family: the recurrence of `E_n`, the relations
//! between `E1`, `Ei`, `Shi`, `Chi`, the symmetries of `Si`, `Ci`, and the reflection of the
//! dilogarithm.

use proptest::prelude::*;
use sci_special::{exp1, expi, expn, shichi, sici, spence};

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(f64::MIN_POSITIVE)
}

proptest! {
    #[test]
    fn expn_recurrence(n in 1i32..30, x in 0.01f64..50.0) {
        // n E_{n+1}(x) + x E_n(x) = e^{-x} (DLMF 8.19.12); both terms positive, so the sum is
        // as accurate as its parts.
        let lhs = f64::from(n) * expn(n + 1, x) + x * expn(n, x);
        prop_assert!(rel(lhs, (-x).exp()) < 1e-14);
    }

    #[test]
    fn e1_and_ei_are_reflections(x in 1e-5f64..700.0) {
        prop_assert!(rel(expi(-x), -exp1(x)) < 1e-15);
        prop_assert!(rel(expn(1, x), exp1(x)) < 1e-15);
    }

    #[test]
    fn shi_and_chi_add_up_to_ei(x in 0.7f64..700.0) {
        // Shi + Chi = Ei (DLMF 6.2.15, 6.2.16); Chi > 0 beyond its zero 0.5238.
        let r = shichi(x);
        prop_assert!(rel(r.shi + r.chi, expi(x)) < 1e-14);
        prop_assert!((r.shi - r.chi - exp1(x)).abs() < 1e-14 * r.shi);
        let n = shichi(-x);
        prop_assert!(n.shi == -r.shi && n.chi == r.chi);
    }

    #[test]
    fn si_is_odd_and_ci_even(x in 1e-3f64..1e6) {
        let (p, n) = (sici(x), sici(-x));
        prop_assert!(n.si == -p.si && n.ci == p.ci);
        prop_assert!(p.si.abs() < 1.852);
    }

    #[test]
    fn dilogarithm_reflection(x in 0.01f64..0.99) {
        // Li2(1 - x) + Li2(x) = pi²/6 - ln(x) ln(1 - x) (DLMF 25.12.6).
        let lhs = spence(x) + spence(1.0 - x);
        let rhs = std::f64::consts::PI.powi(2) / 6.0 - x.ln() * (-x).ln_1p();
        prop_assert!(rel(lhs, rhs) < 1e-14);
    }

    #[test]
    fn dilogarithm_inversion(x in 2.0f64..1e6) {
        // Li2(y) + Li2(1/y) = -pi²/6 - ln²(-y)/2 for y = 1 - x < 0 (DLMF 25.12.4).
        let y = 1.0 - x;
        let lhs = spence(x) + spence(1.0 - 1.0 / y);
        let rhs = -std::f64::consts::PI.powi(2) / 6.0 - 0.5 * (-y).ln().powi(2);
        prop_assert!((lhs - rhs).abs() < 1e-13 * rhs.abs());
    }
}
