//! Property tests of the convenience family: inverse round trips, identities between the
//! functions, and the array functions against naive forms, on seeded random inputs.

use proptest::prelude::*;
use sci_special::{
    boxcox, boxcox1p, cosm1, expit, expm1, exprel, huber, inv_boxcox, inv_boxcox1p, kl_div,
    log_expit, log_softmax, logit, logsumexp, pseudo_huber, rel_entr, softmax, softplus,
};

const EPS: f64 = f64::EPSILON;

fn rel(a: f64, b: f64) -> f64 {
    if a == b { 0.0 } else { (a - b).abs() / b.abs() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    // expit and logit are inverses; logit(expit(x)) loses |x| ulps to the rounding of expit
    // near 1, so the round trip is checked from p.
    #[test]
    fn expit_inverts_logit(p in 1e-300f64..1.0) {
        prop_assert!(rel(expit(logit(p)), p) <= 4.0 * EPS);
    }

    // log_expit(x) = -softplus(-x) and log_expit(x) - log_expit(-x) = x.
    #[test]
    fn log_expit_and_softplus(x in -700.0f64..700.0) {
        prop_assert!(rel(log_expit(x), -softplus(-x)) <= 4.0 * EPS);
        let d = log_expit(x) - log_expit(-x);
        prop_assert!((d - x).abs() <= 4.0 * EPS * x.abs().max(1.0));
    }

    // exprel(x) x = expm1(x); cosm1 = cos - 1 where cos - 1 does not cancel.
    #[test]
    fn exprel_and_cosm1(x in -50.0f64..50.0) {
        prop_assert!(rel(exprel(x) * x, expm1(x)) <= 4.0 * EPS);
        if x.abs() > 1.0 {
            prop_assert!((cosm1(x) - (x.cos() - 1.0)).abs() <= 4.0 * EPS);
        }
    }

    // Box-Cox round trips, 1e-13 relative: the inverse amplifies the rounding of its input by
    // a factor below e^3 here.
    #[test]
    fn box_cox_round_trips(x in 0.05f64..20.0, lmbda in -1.0f64..1.0) {
        // (Where x^lmbda is far below 1, boxcox forgets x, as it tends to -1/lmbda: the domain
        // keeps |lmbda ln x| <= 3.)
        prop_assert!(rel(inv_boxcox(boxcox(x, lmbda), lmbda), x) <= 1e-13);
        prop_assert!(rel(inv_boxcox1p(boxcox1p(x, lmbda), lmbda), x) <= 1e-13);
    }

    // Gibbs' inequality term by term, and zero exactly at x = y.
    #[test]
    fn kl_div_is_nonnegative(x in 1e-10f64..1e10, y in 1e-10f64..1e10) {
        prop_assert!(kl_div(x, y) >= 0.0);
        prop_assert_eq!(kl_div(x, x), 0.0);
        prop_assert_eq!(rel_entr(x, x), 0.0);
        // kl_div = rel_entr - x + y.
        let k = kl_div(x, y);
        let r = rel_entr(x, y) - x + y;
        prop_assert!((k - r).abs() <= 8.0 * EPS * (rel_entr(x, y).abs() + x + y));
    }

    // 0 <= pseudo_huber <= huber <= r^2 / 2.
    #[test]
    fn huber_bounds(delta in 1e-3f64..1e3, r in -1e3f64..1e3) {
        let (h, p) = (huber(delta, r), pseudo_huber(delta, r));
        prop_assert!(p >= 0.0 && p <= h * (1.0 + 4.0 * EPS) && h <= 0.5 * r * r * (1.0 + 4.0 * EPS));
    }

    // logsumexp against the naive sum (moderate values, where it is exact enough), softmax sums
    // to 1, and log_softmax = ln softmax = x - logsumexp(x).
    #[test]
    fn log_sum_exp_family(v in prop::collection::vec(-30.0f64..30.0, 1..40)) {
        let naive = v.iter().map(|a| a.exp()).sum::<f64>().ln();
        let l = logsumexp(&v);
        prop_assert!((l - naive).abs() <= 8.0 * EPS * v.len() as f64 * l.abs().max(1.0));
        let s = softmax(&v).unwrap();
        prop_assert!((s.sum() - 1.0).abs() <= 4.0 * EPS * v.len() as f64);
        let ls = log_softmax(&v).unwrap();
        for (k, &a) in v.iter().enumerate() {
            prop_assert!((ls[k] - (a - l)).abs() <= 8.0 * EPS * v.len() as f64 * (a.abs() + l.abs()).max(1.0));
            prop_assert!((ls[k].exp() - s[k]).abs() <= 16.0 * EPS * v.len() as f64 * s[k].max(1e-300));
        }
    }
}
