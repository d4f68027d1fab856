//! Properties of `line_search`: on random convex quadratics along a descent direction, a
//! step with a slope satisfies both strong Wolfe conditions, and `new_fval` is the objective
//! at the step.

use proptest::prelude::*;
use sci_optimize::{LineSearchOptions, line_search_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn accepted_steps_satisfy_the_strong_wolfe_conditions(
        d in proptest::collection::vec(0.1f64..20.0, 3),
        x in proptest::collection::vec(-3.0f64..3.0, 3),
        c2 in 0.1f64..0.9,
    ) {
        let f = |v: &[f64]| v.iter().zip(&d).map(|(a, w)| w * a * a).sum::<f64>();
        let g = |v: &[f64], out: &mut [f64]| {
            for i in 0..3 {
                out[i] = 2.0 * d[i] * v[i];
            }
        };
        let mut g0 = vec![0.0; 3];
        g(&x, &mut g0);
        prop_assume!(g0.iter().map(|v| v * v).sum::<f64>() > 1e-6);
        let p: Vec<f64> = g0.iter().map(|v| -v).collect();
        let c1 = 1e-4;
        let o = LineSearchOptions::default().c1(c1).c2(c2);
        let r = line_search_with(f, g, &x, &p, &o).unwrap();
        let f0 = f(&x);
        let slope0: f64 = g0.iter().zip(&p).map(|(a, b)| a * b).sum();
        if let (Some(a), Some(s)) = (r.alpha, r.new_slope) {
            let xn: Vec<f64> = x.iter().zip(&p).map(|(xi, pi)| xi + a * pi).collect();
            let fnew = r.new_fval.unwrap();
            prop_assert_eq!(fnew, f(&xn));
            prop_assert!(fnew <= f0 + c1 * a * slope0);
            prop_assert!(s.abs() <= c2 * slope0.abs());
        }
    }
}
