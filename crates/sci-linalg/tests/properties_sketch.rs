//! Property tests of `clarkson_woodruff_transform`: the sketch of the identity is the
//! CountSketch matrix itself (exactly one ±1 in each column), the transform is linear for a
//! fixed seed, and squared norms are preserved on average (over 400 seeds, within 5%).

use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;
use sci_core::ndarray::{Array1, Array2};
use sci_linalg::clarkson_woodruff_transform;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn sketch_of_the_identity_is_count_sketch(n in 1usize..60, k in 1usize..20, seed in 0u64..1000) {
        let s = clarkson_woodruff_transform(&Array2::<f64>::eye(n), k, &mut StdRng::seed_from_u64(seed)).unwrap();
        prop_assert_eq!(s.dim(), (k, n));
        for column in s.columns() {
            let nonzero: Vec<f64> = column.iter().copied().filter(|v| *v != 0.0).collect();
            prop_assert_eq!(nonzero.len(), 1);
            prop_assert!(nonzero[0].abs() == 1.0);
        }
    }

    #[test]
    fn sketch_is_linear_for_a_fixed_seed(n in 1usize..40, seed in 0u64..1000) {
        let a = Array2::from_shape_fn((n, 3), |(i, j)| (i as f64 - 3.0 * j as f64).sin());
        let b = Array2::from_shape_fn((n, 3), |(i, j)| (i * j) as f64 * 0.25);
        let sketch = |m: &Array2<f64>| clarkson_woodruff_transform(m, 7, &mut StdRng::seed_from_u64(seed)).unwrap();
        let lhs = sketch(&(&a + &b));
        let rhs = sketch(&a) + sketch(&b);
        prop_assert!((lhs - rhs).iter().all(|v| v.abs() < 1e-12));
    }
}

#[test]
fn squared_norms_are_preserved_on_average() {
    let n = 500;
    let a = Array2::from_shape_fn((n, 4), |(i, j)| ((i * 13 + j * 7) % 17) as f64 - 8.0);
    let x = Array1::from(vec![1.0, -0.5, 2.0, 0.25]);
    let exact = a.dot(&x).iter().map(|v| v * v).sum::<f64>();
    let trials = 400;
    let mean = (0..trials)
        .map(|seed| {
            let s = clarkson_woodruff_transform(&a, 50, &mut StdRng::seed_from_u64(seed)).unwrap();
            s.dot(&x).iter().map(|v| v * v).sum::<f64>()
        })
        .sum::<f64>()
        / f64::from(trials as u32);
    assert!((mean / exact - 1.0).abs() < 0.05, "mean {mean} vs {exact}");
}
