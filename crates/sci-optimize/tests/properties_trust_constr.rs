//! Properties of trust-constr: for a convex quadratic `½ xᵀ Q x + cᵀ x` under linear
//! equalities `A x = b`, the answer solves the KKT system (compared with a direct solve of
//! the 2×2-block system, to 1e-6); under box bounds, the answer of a separable quadratic is
//! the unconstrained minimizer clipped into the box to 5e-3: the interior-point method stops
//! (as SciPy's) at the first barrier solution whose Lagrangian gradient is below `gtol`,
//! which can be 1e-3 from the bound and, through the barrier, 4e-4 off in a free coordinate
//! — for t = (0.4305, -2.0818, -1.2915) SciPy and this implementation both return
//! (0.43008584, -0.99963038, -0.99862899).

use proptest::prelude::*;
use sci_core::ndarray::{Array1, Array2, ArrayViewMut2};
use sci_optimize::{
    Bounds, Gradient, Hessian, LinearConstraint, Method, MinimizeOptions, TrustConstrOptions,
    minimize_with,
};

fn tc() -> MinimizeOptions<'static> {
    MinimizeOptions::default().method(Method::TrustConstr(TrustConstrOptions::default()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn equality_constrained_quadratic_solves_kkt(
        d in prop::collection::vec(0.5..4.0f64, 3),
        c in prop::collection::vec(-2.0..2.0f64, 3),
        a in prop::collection::vec(-1.0..1.0f64, 3),
        b in -1.0..1.0f64,
    ) {
        prop_assume!(a.iter().map(|v| v * v).sum::<f64>() > 0.1);
        // Q = diag(d) + 0.1·ones: symmetric positive definite.
        let q = Array2::from_shape_fn((3, 3), |(i, j)| if i == j { d[i] + 0.1 } else { 0.1 });
        let (q1, q2, c1) = (q.clone(), q.clone(), c.clone());
        let f = move |x: &[f64]| {
            let xv = Array1::from(x.to_vec());
            0.5 * xv.dot(&q1.dot(&xv)) + c1.iter().zip(x).map(|(p, r)| p * r).sum::<f64>()
        };
        let c2 = c.clone();
        let o = tc()
            .jac(Gradient::provided(move |x: &[f64], g: &mut [f64]| {
                let qx = q2.dot(&Array1::from(x.to_vec()));
                for i in 0..3 { g[i] = qx[i] + c2[i]; }
            }))
            .hess(Hessian::provided({
                let q3 = q.clone();
                move |_x: &[f64], mut h: ArrayViewMut2<'_, f64>| h.assign(&q3)
            }))
            .constraint(LinearConstraint::new(
                Array2::from_shape_vec((1, 3), a.clone()).unwrap(), vec![b], vec![b]));
        let r = minimize_with(f, &[0.0, 0.0, 0.0], o).unwrap();
        prop_assert!(r.success, "{}", r.message);
        // KKT: [Q aᵀ; a 0] [x; λ] = [-c; b].
        let mut k = Array2::zeros((4, 4));
        k.slice_mut(sci_core::ndarray::s![..3, ..3]).assign(&q);
        for i in 0..3 { k[[i, 3]] = a[i]; k[[3, i]] = a[i]; }
        let rhs = Array1::from(vec![-c[0], -c[1], -c[2], b]);
        let sol = sci_linalg::solve(&k, &rhs).unwrap();
        for i in 0..3 {
            prop_assert!((r.x[i] - sol[i]).abs() < 1e-6, "{:?} vs {:?}", r.x, sol);
        }
    }

    #[test]
    fn bounded_separable_quadratic_is_the_clipped_minimizer(
        t in prop::collection::vec(-3.0..3.0f64, 3),
    ) {
        // A target just beyond a bound gives a tiny multiplier, and the barrier solution at
        // which the method stops is then far from the bound: for t = (0, 0, 1.000846) SciPy
        // and this implementation both return x₃ = 0.99832134. Such targets are left out.
        prop_assume!(t.iter().all(|v| (v.abs() - 1.0).abs() > 0.1));
        let t1 = t.clone();
        let t2 = t.clone();
        let o = tc()
            .jac(Gradient::provided(move |x: &[f64], g: &mut [f64]| {
                for i in 0..3 { g[i] = 2.0 * (x[i] - t1[i]); }
            }))
            .hess(Hessian::provided(|_x: &[f64], mut h: ArrayViewMut2<'_, f64>| {
                for i in 0..3 { h[[i, i]] = 2.0; }
            }))
            .bounds(Bounds::uniform(3, -1.0, 1.0));
        let r = minimize_with(move |x: &[f64]| x.iter().zip(&t2).map(|(a, b)| (a - b).powi(2)).sum(), &[0.0; 3], o).unwrap();
        for i in 0..3 {
            prop_assert!((r.x[i] - t[i].clamp(-1.0, 1.0)).abs() < 5e-3, "{:?} vs {t:?}", r.x);
        }
    }
}
