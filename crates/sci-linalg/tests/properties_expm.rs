//! Property tests of `expm`: `exp(A) exp(-A) = I`, `exp(sA) exp(tA) = exp((s + t) A)`,
//! `exp` of a diagonal matrix, `det(exp(A)) = exp(tr A)`, and similarity invariance under a
//! permutation. Tolerance 1e-12 relative (norm-wise) for norms up to 4.

use proptest::prelude::*;
use sci_core::ndarray::{Array2, Axis};
use sci_linalg::{det, expm};

fn matrix(max: usize, scale: f64) -> impl Strategy<Value = Array2<f64>> {
    (1..=max).prop_flat_map(move |n| {
        prop::collection::vec(-1.0..1.0f64, n * n)
            .prop_map(move |v| Array2::from_shape_vec((n, n), v).unwrap() * (scale / n as f64))
    })
}

fn rel_err(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let d = (a - b).iter().map(|v| v * v).sum::<f64>().sqrt();
    d / b.iter().map(|v| v * v).sum::<f64>().sqrt()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn exponential_identities(a in matrix(8, 4.0), s in 0.1..2.0f64, t in 0.1..2.0f64) {
        let n = a.nrows();
        let e = expm(&a).unwrap();
        let e_minus = expm(&a.mapv(|v| -v)).unwrap();
        prop_assert!(rel_err(&e.dot(&e_minus), &Array2::eye(n)) < 1e-12);
        let sum = expm(&(&a * (s + t))).unwrap();
        let product = expm(&(&a * s)).unwrap().dot(&expm(&(&a * t)).unwrap());
        prop_assert!(rel_err(&product, &sum) < 1e-12);
        let d: f64 = det(&e).unwrap();
        prop_assert!((d - a.diag().sum().exp()).abs() < 1e-12 * d.abs());
        // A permutation similarity commutes with exp.
        let order: Vec<usize> = (0..n).rev().collect();
        let pa = a.select(Axis(0), &order).select(Axis(1), &order);
        let pe = e.select(Axis(0), &order).select(Axis(1), &order);
        prop_assert!(rel_err(&expm(&pa).unwrap(), &pe) < 1e-13);
    }

    #[test]
    fn exponential_of_a_diagonal_matrix(d in prop::collection::vec(-20.0..20.0f64, 1..8)) {
        let e = expm(&Array2::from_diag(&sci_core::ndarray::Array1::from(d.clone()))).unwrap();
        for (i, v) in d.iter().enumerate() {
            prop_assert!((e[[i, i]] - v.exp()).abs() <= 1e-15 * v.exp());
        }
    }
}
