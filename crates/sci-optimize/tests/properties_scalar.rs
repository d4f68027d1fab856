//! Properties of the scalar minimizers: Brent, Golden and Bounded find the vertex of a
//! parabola to their tolerances; Bounded stays in its interval and picks the nearer end when
//! the vertex lies outside; `bracket` returns a valid bracket.

use proptest::prelude::*;
use sci_optimize::{MinimizeScalarOptions, ScalarMethod, bracket, minimize_scalar_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn parabola_vertex_is_found(c in -50.0f64..50.0, s in 0.1f64..10.0) {
        let f = |x: f64| s * (x - c) * (x - c) - 3.0;
        for m in [ScalarMethod::Brent, ScalarMethod::Golden] {
            let r = minimize_scalar_with(f, &MinimizeScalarOptions::default().method(m)).unwrap();
            prop_assert!(r.success);
            // Relative tolerance √ε-scale on x (both methods' defaults are ~1.5e-8).
            prop_assert!((r.x - c).abs() <= 1e-6 * (1.0 + c.abs()), "{m:?}: {} vs {c}", r.x);
        }
        let b = bracket(f, 0.0, 1.0).unwrap();
        prop_assert!(b.fb < b.fa && b.fb < b.fc);
        prop_assert!((b.xa < b.xb && b.xb < b.xc) || (b.xc < b.xb && b.xb < b.xa));
    }

    #[test]
    fn bounded_stays_inside(c in -5.0f64..5.0, lo in -3.0f64..0.0, w in 0.5f64..4.0) {
        let hi = lo + w;
        let f = |x: f64| (x - c).powi(2);
        let r = minimize_scalar_with(f, &MinimizeScalarOptions::default().bounds(lo, hi)).unwrap();
        prop_assert!(r.success && r.x >= lo && r.x <= hi);
        let want = c.clamp(lo, hi);
        // xatol = 1e-5 absolute.
        prop_assert!((r.x - want).abs() <= 1e-4, "{} vs {want}", r.x);
    }
}
