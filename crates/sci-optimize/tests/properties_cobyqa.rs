//! Properties of COBYQA: on a separable convex quadratic with box bounds it finds the
//! unconstrained minimizer clipped into the box to 1e-5 (the models are exact for it, but
//! the run stops once the resolution reaches `final_tr_radius = 1e-6`, with the free
//! coordinates a few radii from the minimizer at worst), every evaluation respects the
//! bounds, and `maxcv` is 0.

use proptest::prelude::*;
use sci_optimize::{Bounds, CobyqaOptions, Method, MinimizeOptions, minimize_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn bounded_separable_quadratic_is_the_clipped_minimizer(
        t in prop::collection::vec(-3.0..3.0f64, 3),
        x0 in prop::collection::vec(-2.0..2.0f64, 3),
    ) {
        let t2 = t.clone();
        let o = MinimizeOptions::default()
            .method(Method::Cobyqa(CobyqaOptions::default()))
            .bounds(Bounds::uniform(3, -1.0, 1.0));
        let f = move |x: &[f64]| {
            assert!(x.iter().all(|v| (-1.0..=1.0).contains(v)));
            x.iter().zip(&t2).map(|(a, b)| (a - b).powi(2)).sum::<f64>()
        };
        let r = minimize_with(f, &x0, o).unwrap();
        prop_assert!(r.success, "{}", r.message);
        for i in 0..3 {
            prop_assert!((r.x[i] - t[i].clamp(-1.0, 1.0)).abs() < 1e-5, "{:?} vs {t:?}", r.x);
        }
        prop_assert_eq!(r.maxcv, Some(0.0));
    }
}
