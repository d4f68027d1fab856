//! Properties of TNC: on a convex quadratic with box bounds the answer satisfies the KKT
//! conditions (projected gradient below 1e-5).

use proptest::prelude::*;
use sci_optimize::{Bounds, Gradient, Method, MinimizeOptions, TncOptions, minimize_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn bounded_quadratic_meets_kkt(d in prop::collection::vec(0.5f64..5.0, 3), t in prop::collection::vec(-3.0f64..3.0, 3), x0 in prop::collection::vec(-1.0f64..1.0, 3)) {
        let (d2, t2, d3, t3) = (d.clone(), t.clone(), d.clone(), t.clone());
        let f = move |x: &[f64]| (0..3).map(|i| d[i] * (x[i] - t[i]).powi(2)).sum::<f64>() + 0.3 * x[0] * x[1];
        let g = move |x: &[f64], g: &mut [f64]| {
            for i in 0..3 { g[i] = 2.0 * d2[i] * (x[i] - t2[i]); }
            g[0] += 0.3 * x[1];
            g[1] += 0.3 * x[0];
        };
        let o = MinimizeOptions::default()
            .method(Method::Tnc(TncOptions::default().gtol(1e-10).ftol(1e-14).xtol(1e-14)))
            .jac(Gradient::provided(g))
            .bounds(Bounds::uniform(3, -1.0, 1.0));
        let r = minimize_with(f, &x0, o).unwrap();
        // At these tight tolerances the line search may find no lower value in floating
        // point once at the minimum ("Linear search failed"); the point must be a KKT point
        // either way.
        prop_assert!(r.success || r.status == 4, "{}", r.message);
        let mut gr = [0.0; 3];
        for i in 0..3 { gr[i] = 2.0 * d3[i] * (r.x[i] - t3[i]); }
        gr[0] += 0.3 * r.x[1];
        gr[1] += 0.3 * r.x[0];
        for i in 0..3 {
            let xi = r.x[i];
            prop_assert!((-1.0..=1.0).contains(&xi));
            if xi > -1.0 + 1e-7 && xi < 1.0 - 1e-7 {
                prop_assert!(gr[i].abs() < 1e-5, "g[{}] = {} at {}", i, gr[i], r.x);
            } else if xi <= -1.0 + 1e-7 {
                prop_assert!(gr[i] > -1e-5);
            } else {
                prop_assert!(gr[i] < 1e-5);
            }
        }
    }
}
