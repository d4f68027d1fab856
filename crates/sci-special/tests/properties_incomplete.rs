//! Properties of the incomplete gamma and beta ratios: complements sum to one, recurrences in
//! the parameters, the beta symmetry, and inverse round trips.

use proptest::prelude::*;
use sci_special::{
    betainc, betaincc, betainccinv, betaincinv, gamma, gammainc, gammaincc, gammainccinv,
    gammaincinv,
};

/// Relative closeness with a tolerance in units of machine epsilon.
fn close(a: f64, b: f64, eps_units: f64) -> bool {
    (a - b).abs() <= eps_units * f64::EPSILON * a.abs().max(b.abs())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// P + Q = 1 (each is computed directly or as the other's complement; the sum is exact
    /// to rounding).
    #[test]
    fn gamma_complements(log_a in -3.0f64..4.0, ratio in 0.01f64..5.0) {
        let a = 10f64.powf(log_a);
        let x = a * ratio;
        prop_assert!((gammainc(a, x) + gammaincc(a, x) - 1.0).abs() <= 4.0 * f64::EPSILON);
    }

    /// P(a + 1, x) = P(a, x) - x^a e^-x / Gamma(a + 1) (DLMF 8.8.5), checked where P(a+1, x)
    /// is not a cancellation (x below the mean); tolerance 64 eps for the two ratios and the
    /// power (an honest budget for three few-ULP functions).
    #[test]
    fn gamma_recurrence(a in 0.5f64..30.0, ratio in 0.05f64..0.8) {
        let x = a * ratio;
        let lhs = gammainc(a + 1.0, x);
        let rhs = gammainc(a, x) - x.powf(a) * (-x).exp() / gamma(a + 1.0);
        prop_assert!((lhs - rhs).abs() <= 64.0 * f64::EPSILON * gammainc(a, x), "{lhs} vs {rhs}");
    }

    /// gammainc(a, gammaincinv(a, p)) = p and the same for the complement (2000 eps relative:
    /// the forward error times the condition number of the root, bounded on this range).
    #[test]
    fn gamma_inverse_round_trips(log_a in -1.0f64..3.0, log_p in -30.0f64..-0.31) {
        let a = 10f64.powf(log_a);
        let p = 10f64.powf(log_p);
        let x = gammaincinv(a, p);
        prop_assert!(close(gammainc(a, x), p, 2e3), "P({a}, {x}) vs {p}");
        let x = gammainccinv(a, p);
        prop_assert!(close(gammaincc(a, x), p, 2e3), "Q({a}, {x}) vs {p}");
    }

    /// I_x(a, b) = 1 - I_(1-x)(b, a) (DLMF 8.17.4), and I + (1 - I) = 1.
    #[test]
    fn beta_symmetry(log_a in -2.0f64..3.0, log_b in -2.0f64..3.0, x in 0.5f64..0.999) {
        let (a, b) = (10f64.powf(log_a), 10f64.powf(log_b));
        let y = 1.0 - x; // exact for x >= 1/2
        prop_assert!(close(betainc(a, b, x), betaincc(b, a, y), 16.0));
        prop_assert!((betainc(a, b, x) + betaincc(a, b, x) - 1.0).abs() <= 4.0 * f64::EPSILON);
    }

    /// I_x(a + 1, b) = I_x(a, b) - x^a (1 - x)^b / (a B(a, b)) (DLMF 8.17.20), below the
    /// mean; 64 eps as for the gamma recurrence.
    #[test]
    fn beta_recurrence(a in 0.5f64..20.0, b in 0.5f64..20.0, frac in 0.05f64..0.8) {
        let x = frac * a / (a + b);
        let lhs = betainc(a + 1.0, b, x);
        let term = x.powf(a) * (1.0 - x).powf(b) / (a * sci_special::beta(a, b));
        let rhs = betainc(a, b, x) - term;
        prop_assert!((lhs - rhs).abs() <= 64.0 * f64::EPSILON * betainc(a, b, x), "{lhs} vs {rhs}");
    }

    /// The closed forms I_x(a, 1) = x^a and 1 - I_x(1, b) = (1 - x)^b, as complements too:
    /// 1 - I_x(a, 1) = -expm1(a ln x) keeps its relative accuracy for tiny a, and x^a for
    /// huge a with x near 1 (the power series, the large-a expansion and the continued
    /// fraction each meet these).
    #[test]
    fn beta_closed_forms_in_both_tails(log_a in -12.0f64..5.0, log_w in -12.0f64..-0.31) {
        let a = 10f64.powf(log_a);
        let w = 10f64.powf(log_w);
        for x in [w, 1.0 - w] {
            let y = 1.0 - x; // exact for x >= 1/2
            let ln_x = if x < 0.5 { x.ln() } else { (-y).ln_1p() };
            let lower = (a * ln_x).exp();
            let upper = -(a * ln_x).exp_m1();
            // The exponential multiplies the rounding of a ln x by |a ln x|.
            let tol = 16.0 + 2.0 * (a * ln_x).abs();
            prop_assert!(close(betainc(a, 1.0, x), lower, tol), "I_{x}({a}, 1) = {} vs {lower}", betainc(a, 1.0, x));
            prop_assert!(close(betaincc(a, 1.0, x), upper, tol), "1 - I_{x}({a}, 1) = {} vs {upper}", betaincc(a, 1.0, x));
            if x >= 0.5 {
                prop_assert!(close(betaincc(1.0, a, y), lower, tol));
                prop_assert!(close(betainc(1.0, a, y), upper, tol));
            }
        }
    }

    /// I_x(a + 1, b) = I_x(a, b) - x^a (1 - x)^b / (a B(a, b)) (DLMF 8.17.20) for large a and
    /// small b with x near 1, below the mean: the region of the large-a expansion.
    #[test]
    fn beta_recurrence_for_large_a_and_small_b(log_a in 1.3f64..4.0, log_b in -3.0f64..0.0, frac in 0.2f64..5.0) {
        let (a, b) = (10f64.powf(log_a), 10f64.powf(log_b));
        // 1 - x a multiple of the mean's distance from 1, b / (a + b).
        let w = (frac * b / (a + b)).min(0.5);
        let x = 1.0 - w;
        let w = 1.0 - x;
        let lhs = betainc(a + 1.0, b, x);
        let term = x.powf(a) * w.powf(b) / (a * sci_special::beta(a, b));
        let rhs = betainc(a, b, x) - term;
        prop_assert!((lhs - rhs).abs() <= 64.0 * f64::EPSILON * betainc(a, b, x), "{lhs} vs {rhs}");
    }

    /// betaincinv(a, b, p) is the root of betainc(a, b, x) = p to within a few ULPs of x: p
    /// lies between I at 4 ULPs either side of x (widened by 1e4 eps relative). The round trip
    /// in p itself can be no better than I's slope times the spacing of x, which near x = 1
    /// with b < 1 is far coarser than eps p. And betainccinv(a, b, p) = 1 - betaincinv(b, a, p)
    /// (DLMF 8.17.4; up to the spacing of x near 1).
    #[test]
    fn beta_inverse_round_trips(log_a in -1.0f64..3.0, log_b in -1.0f64..3.0, log_p in -20.0f64..-0.31) {
        let (a, b) = (10f64.powf(log_a), 10f64.powf(log_b));
        let p = 10f64.powf(log_p);
        let x = betaincinv(a, b, p);
        let (below, above) = (0..4).fold((x, x), |(l, h), _| (l.next_down(), h.next_up()));
        let slack = 1e4 * f64::EPSILON * p;
        prop_assert!(
            close(betainc(a, b, x), p, 1e4)
                || (betainc(a, b, below.max(0.0)) <= p + slack && betainc(a, b, above.min(1.0)) >= p - slack),
            "I({a}, {b}, {x}) = {} vs {p}", betainc(a, b, x)
        );
        let xc = betainccinv(a, b, p);
        let y = betaincinv(b, a, p);
        prop_assert!(((1.0 - xc) - y).abs() <= 1e4 * f64::EPSILON * y + f64::EPSILON, "{xc} vs 1 - {y}");
    }
}
