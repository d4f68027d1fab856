//! Properties of `isotonic_regression`: the fit is monotone, preserves the weighted sum,
//! is idempotent, and decreasing fits mirror increasing ones.

use proptest::prelude::*;
use sci_optimize::{IsotonicOptions, isotonic_regression};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn monotone_sum_preserving_idempotent(
        y in prop::collection::vec(-10.0f64..10.0, 1..40),
        seed in 0u64..1000,
    ) {
        let w: Vec<f64> = (0..y.len()).map(|i| 0.5 + ((i as u64 * 31 + seed) % 7) as f64).collect();
        let o = IsotonicOptions::default().weights(w.clone());
        let r = isotonic_regression(&y, &o).unwrap();
        for i in 1..y.len() { prop_assert!(r.x[i] >= r.x[i - 1] - 1e-12); }
        let s0: f64 = y.iter().zip(&w).map(|(a, b)| a * b).sum();
        let s1: f64 = r.x.iter().zip(&w).map(|(a, b)| a * b).sum();
        prop_assert!((s0 - s1).abs() < 1e-9 * (1.0 + s0.abs()));
        let r2 = isotonic_regression(&r.x, &o).unwrap();
        for (a, b) in r.x.iter().zip(&r2.x) { prop_assert!((a - b).abs() < 1e-12 * (1.0 + a.abs())); }
        let neg: Vec<f64> = y.iter().map(|v| -v).collect();
        let d = isotonic_regression(&neg, &o.clone().increasing(false)).unwrap();
        for (a, b) in r.x.iter().zip(&d.x) { prop_assert!((a + b).abs() < 1e-12 * (1.0 + a.abs())); }
    }
}
