//! Properties of `lsq_linear`: trf and bvls agree, the solution is feasible and satisfies
//! the KKT conditions (gradient zero on free variables, pointing outwards on bound ones).

use proptest::prelude::*;
use sci_core::ndarray::Array2;
use sci_optimize::{Bounds, LsqLinearMethod, LsqLinearOptions, lsq_linear};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn trf_and_bvls_agree_and_satisfy_kkt(
        a in prop::collection::vec(-1.0f64..1.0, 40),
        b in prop::collection::vec(-3.0f64..3.0, 10),
    ) {
        let a = Array2::from_shape_vec((10, 4), a).unwrap() + Array2::<f64>::eye(10).slice(sci_core::ndarray::s![.., ..4]).to_owned() * 2.0;
        let bounds = Bounds::new(vec![-0.3, 0.0, -1.0, -0.1], vec![0.3, 1.0, 0.0, 0.1]);
        let mut xs = Vec::new();
        for method in [LsqLinearMethod::Trf, LsqLinearMethod::Bvls] {
            let r = lsq_linear(&a, &b, &LsqLinearOptions::default().method(method).bounds(bounds.clone())).unwrap();
            prop_assert!(r.success, "{method:?}: {}", r.message);
            for i in 0..4 {
                prop_assert!(r.x[i] >= bounds.lb[i] && r.x[i] <= bounds.ub[i]);
            }
            let g = a.t().dot(&r.fun);
            for i in 0..4 {
                let at_lb = (r.x[i] - bounds.lb[i]).abs() < 1e-6;
                let at_ub = (bounds.ub[i] - r.x[i]).abs() < 1e-6;
                if at_lb { prop_assert!(g[i] > -1e-5); }
                else if at_ub { prop_assert!(g[i] < 1e-5); }
                else { prop_assert!(g[i].abs() < 1e-4, "{method:?}: g {g}"); }
            }
            xs.push(r.x);
        }
        for (p, q) in xs[0].iter().zip(&xs[1]) { prop_assert!((p - q).abs() < 1e-4); }
    }
}
