//! Properties of SLSQP: on a convex quadratic with one linear equality constraint the answer
//! is the solution of the KKT system `[A cᵀ; c 0] [x; μ] = [b; d]`, computed here in closed
//! form; with box bounds the answer stays inside them.

use proptest::prelude::*;
use sci_core::ndarray::Array2;
use sci_optimize::{
    Bounds, Gradient, LinearConstraint, Method, MinimizeOptions, SlsqpOptions, minimize_with,
};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn diagonal_quadratic_with_an_equality(d in prop::collection::vec(0.5f64..4.0, 3), b in prop::collection::vec(-3.0f64..3.0, 3), c in prop::collection::vec(0.2f64..2.0, 3), rhs in -2.0f64..2.0) {
        // min Σ ½ dᵢ xᵢ² − bᵢ xᵢ s.t. cᵀx = rhs: xᵢ = (bᵢ + μ cᵢ)/dᵢ with
        // μ = (rhs − Σ cᵢbᵢ/dᵢ) / Σ cᵢ²/dᵢ.
        let mu = (rhs - (0..3).map(|i| c[i] * b[i] / d[i]).sum::<f64>()) / (0..3).map(|i| c[i] * c[i] / d[i]).sum::<f64>();
        let xs: Vec<f64> = (0..3).map(|i| (b[i] + mu * c[i]) / d[i]).collect();
        let (d2, b2) = (d.clone(), b.clone());
        let f = move |x: &[f64]| (0..3).map(|i| 0.5 * d[i] * x[i] * x[i] - b[i] * x[i]).sum::<f64>();
        let g = move |x: &[f64], g: &mut [f64]| for i in 0..3 { g[i] = d2[i] * x[i] - b2[i]; };
        let a = Array2::from_shape_vec((1, 3), c.clone()).unwrap();
        let o = MinimizeOptions::default()
            .method(Method::Slsqp(SlsqpOptions::default().ftol(1e-12)))
            .jac(Gradient::provided(g))
            .constraint(LinearConstraint::new(a, vec![rhs], vec![rhs]));
        let r = minimize_with(f, &[0.0; 3], o).unwrap();
        prop_assert!(r.success, "{}", r.message);
        for i in 0..3 {
            prop_assert!((r.x[i] - xs[i]).abs() < 1e-6 * (1.0 + xs[i].abs()), "x {} vs {:?}", r.x, xs);
        }
    }

    #[test]
    fn bounded_answers_stay_inside(x0 in prop::collection::vec(-5.0f64..5.0, 2), t in prop::collection::vec(-3.0f64..3.0, 2)) {
        let f = move |x: &[f64]| (x[0] - t[0]).powi(2) + 3.0 * (x[1] - t[1]).powi(2) + x[0] * x[1];
        let o = MinimizeOptions::default()
            .method(Method::Slsqp(SlsqpOptions::default()))
            .bounds(Bounds::new(vec![-1.0, -0.5], vec![1.0, 2.0]));
        let r = minimize_with(f, &x0, o).unwrap();
        prop_assert!(r.success, "{}", r.message);
        prop_assert!((-1.0..=1.0).contains(&r.x[0]) && (-0.5..=2.0).contains(&r.x[1]));
    }
}
