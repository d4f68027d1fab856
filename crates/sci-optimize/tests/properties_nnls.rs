//! Properties of `nnls`: the KKT conditions of `min ‖Ax − b‖` s.t. `x ≥ 0` hold at the
//! answer (x ≥ 0, w = Aᵀ(b − Ax) ≤ 0 where x = 0 and w = 0 where x > 0), and a
//! non-negative exact solution is recovered.

use proptest::prelude::*;
use sci_core::ndarray::Array2;
use sci_optimize::nnls;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn kkt_conditions_hold(vals in prop::collection::vec(-1.0f64..1.0, 8 * 4), b in prop::collection::vec(-1.0f64..1.0, 8)) {
        let a = Array2::from_shape_vec((8, 4), vals).unwrap();
        let (x, rnorm) = nnls(&a, &b).unwrap();
        let r: Vec<f64> = (0..8).map(|i| b[i] - (0..4).map(|j| a[[i, j]] * x[j]).sum::<f64>()).collect();
        let rn = r.iter().map(|v| v * v).sum::<f64>().sqrt();
        prop_assert!((rn - rnorm).abs() < 1e-12);
        for j in 0..4 {
            let w: f64 = (0..8).map(|i| a[[i, j]] * r[i]).sum();
            prop_assert!(x[j] >= 0.0);
            prop_assert!(w <= 1e-10, "w[{}] = {}", j, w);
            if x[j] > 0.0 {
                prop_assert!(w.abs() <= 1e-10, "w[{}] = {} with x = {}", j, w, x[j]);
            }
        }
    }

    #[test]
    fn non_negative_exact_solutions_are_recovered(vals in prop::collection::vec(0.1f64..1.0, 6 * 3), xt in prop::collection::vec(0.1f64..2.0, 3)) {
        let a = Array2::from_shape_vec((6, 3), vals).unwrap();
        let b: Vec<f64> = (0..6).map(|i| (0..3).map(|j| a[[i, j]] * xt[j]).sum()).collect();
        let (x, rnorm) = nnls(&a, &b).unwrap();
        prop_assert!(rnorm < 1e-8);
        // Random positive matrices can be ill-conditioned: compare the fit, and x loosely.
        for j in 0..3 {
            prop_assert!((x[j] - xt[j]).abs() < 1e-4 * (1.0 + xt[j]) || rnorm < 1e-10);
        }
    }

    #[test]
    fn kkt_on_wide_and_dependent_systems(vals in prop::collection::vec(-1.0f64..1.0, 12 * 20), b in prop::collection::vec(-1.0f64..1.0, 12), dup in 0usize..20) {
        // 12 × 20 (wide), with column `dup` repeated as the last one.
        let mut a = Array2::from_shape_vec((12, 20), vals).unwrap();
        let c = a.column(dup).to_owned();
        a.column_mut(19).assign(&c);
        let (x, rnorm) = nnls(&a, &b).unwrap();
        let r: Vec<f64> = (0..12).map(|i| b[i] - (0..20).map(|j| a[[i, j]] * x[j]).sum::<f64>()).collect();
        prop_assert!((r.iter().map(|v| v * v).sum::<f64>().sqrt() - rnorm).abs() < 1e-12);
        for j in 0..20 {
            let w: f64 = (0..12).map(|i| a[[i, j]] * r[i]).sum();
            prop_assert!(x[j] >= 0.0);
            prop_assert!(w <= 1e-9, "w[{}] = {}", j, w);
            if x[j] > 0.0 {
                prop_assert!(w.abs() <= 1e-9, "w[{}] = {} with x = {}", j, w, x[j]);
            }
        }
    }
}
