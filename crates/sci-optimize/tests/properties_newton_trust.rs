//! Properties of Newton-CG and the trust-region methods: on a random strictly convex
//! quadratic `½ xᵀA x - bᵀx` every method (with the exact Hessian, and Newton-CG, trust-ncg
//! and trust-krylov with `hessp` too) returns the solution of `A x = b`; on an indefinite
//! quadratic plus a quartic the methods that handle negative curvature leave the saddle.

use proptest::prelude::*;
use sci_core::ndarray::ArrayViewMut2;
use sci_optimize::{
    Gradient, Hessian, Method, MinimizeOptions, NewtonCgOptions, TrustRegionOptions, minimize_with,
};

/// A = MᵀM + I (symmetric positive definite, well conditioned).
fn spd(m: &[f64], n: usize) -> Vec<f64> {
    let mut a = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..n {
            a[i * n + j] = (0..n).map(|k| m[k * n + i] * m[k * n + j]).sum::<f64>()
                + if i == j { 1.0 } else { 0.0 };
        }
    }
    a
}

fn matvec(a: &[f64], x: &[f64], out: &mut [f64]) {
    let n = x.len();
    for i in 0..n {
        out[i] = (0..n).map(|j| a[i * n + j] * x[j]).sum();
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn minimizers_of_a_convex_quadratic_solve_the_linear_system(
        (m, b) in (2usize..6).prop_flat_map(|n| (
            proptest::collection::vec(-1.0f64..1.0, n * n),
            proptest::collection::vec(-2.0f64..2.0, n),
        ))
    ) {
        let n = b.len();
        let a = spd(&m, n);
        let f = |x: &[f64]| {
            let mut ax = vec![0.0; n];
            matvec(&a, x, &mut ax);
            0.5 * x.iter().zip(&ax).map(|(u, v)| u * v).sum::<f64>()
                - x.iter().zip(&b).map(|(u, v)| u * v).sum::<f64>()
        };
        let g = |x: &[f64], out: &mut [f64]| {
            matvec(&a, x, out);
            for (o, bi) in out.iter_mut().zip(&b) {
                *o -= bi;
            }
        };
        let h = |_: &[f64], mut out: ArrayViewMut2<'_, f64>| {
            for i in 0..n {
                for j in 0..n {
                    out[[i, j]] = a[i * n + j];
                }
            }
        };
        let hp = |_: &[f64], p: &[f64], out: &mut [f64]| matvec(&a, p, out);
        // gtol above the rounding floor of f (|f| ~ 1 makes ‖g‖ below ~1e-8 unmeasurable).
        let t = TrustRegionOptions::default().gtol(1e-7);
        let methods = [
            Method::NewtonCg(NewtonCgOptions::default().xtol(1e-12)),
            Method::Dogleg(t.clone()),
            Method::TrustNcg(t.clone()),
            Method::TrustKrylov(t.clone()),
            Method::TrustExact(t),
        ];
        for (k, method) in methods.iter().enumerate() {
            for use_hessp in [false, true] {
                if use_hessp && matches!(method, Method::Dogleg(_) | Method::TrustExact(_)) {
                    continue;
                }
                let mut o = MinimizeOptions::default()
                    .method(method.clone())
                    .jac(Gradient::provided(g));
                o = if use_hessp { o.hessp(hp) } else { o.hess(Hessian::provided(h)) };
                let r = minimize_with(f, &vec![0.0; n], o).unwrap();
                // Newton-CG's xtol of 1e-12 sits at the rounding floor: like SciPy it may stop
                // with "precision loss" (status 2) at the solution; the residual decides.
                prop_assert!(r.success || r.status == 2, "{k}: {:?}", r.message);
                let mut res = vec![0.0; n];
                g(r.x.as_slice().unwrap(), &mut res);
                let worst = res.iter().map(|v| v.abs()).fold(0.0, f64::max);
                prop_assert!(worst < 1e-6, "{} residual {worst}", method.name());
            }
        }
    }

    #[test]
    fn negative_curvature_is_escaped(c in 0.5f64..3.0, start in 0.1f64..1.0) {
        // f = x² - c y² + y⁴/4 from (start, 1e-3): minima at y = ±√(2c), f = -c².
        let f = |x: &[f64]| x[0] * x[0] - c * x[1] * x[1] + x[1].powi(4) / 4.0;
        let g = |x: &[f64], out: &mut [f64]| {
            out[0] = 2.0 * x[0];
            out[1] = -2.0 * c * x[1] + x[1].powi(3);
        };
        let h = |x: &[f64], mut out: ArrayViewMut2<'_, f64>| {
            out.fill(0.0);
            out[[0, 0]] = 2.0;
            out[[1, 1]] = -2.0 * c + 3.0 * x[1] * x[1];
        };
        let t = TrustRegionOptions::default();
        for method in [Method::TrustNcg(t.clone()), Method::TrustKrylov(t.clone()), Method::TrustExact(t)] {
            let o = MinimizeOptions::default()
                .method(method.clone())
                .jac(Gradient::provided(g))
                .hess(Hessian::provided(h));
            let r = minimize_with(f, &[start, 1e-3], o).unwrap();
            prop_assert!(r.success, "{}", method.name());
            prop_assert!((r.fun + c * c).abs() < 1e-6, "{}: {}", method.name(), r.fun);
        }
    }
}
