//! Properties of COBYLA: on a separable convex quadratic with box bounds it finds the
//! unconstrained minimizer clipped into the box, to about its final trust radius (here
//! `tol = 1e-8`, checked to 1e-5); and the reported `maxcv` is the largest bound violation.

use proptest::prelude::*;
use sci_optimize::{Bounds, CobylaOptions, Method, MinimizeOptions, minimize_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn bounded_separable_quadratic_is_the_clipped_minimizer(
        t in prop::collection::vec(-3.0..3.0f64, 3),
        x0 in prop::collection::vec(-2.0..2.0f64, 3),
    ) {
        let t2 = t.clone();
        let o = MinimizeOptions::default()
            .method(Method::Cobyla(CobylaOptions::default().tol(1e-8)))
            .bounds(Bounds::uniform(3, -1.0, 1.0));
        let r = minimize_with(move |x: &[f64]| x.iter().zip(&t2).map(|(a, b)| (a - b).powi(2)).sum(), &x0, o).unwrap();
        prop_assert!(r.success, "{}", r.message);
        for i in 0..3 {
            prop_assert!((r.x[i] - t[i].clamp(-1.0, 1.0)).abs() < 1e-5, "{:?} vs {t:?}", r.x);
        }
        let viol = r.x.iter().fold(0.0_f64, |m, v| m.max(v - 1.0).max(-1.0 - v));
        prop_assert!((r.maxcv.unwrap() - viol).abs() <= 1e-15);
    }
}
