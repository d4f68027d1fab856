//! Properties of the unconstrained minimizers and helpers: on a random strictly convex
//! quadratic `½ xᵀA x - bᵀx` BFGS and CG (analytic gradient) find the solution of `A x = b`;
//! Nelder-Mead and Powell find it to their tolerances; `approx_fprime` matches the exact
//! gradient; `check_grad` is small for a correct gradient and large for a wrong one.

use proptest::prelude::*;
use sci_optimize::{
    BfgsOptions, CgOptions, Gradient, Method, MinimizeOptions, NelderMeadOptions, PowellOptions,
    approx_fprime, check_grad, minimize_with,
};

/// A = MᵀM + I (symmetric positive definite, well conditioned), and b.
fn quadratic(m: &[f64], b: &[f64]) -> (Vec<f64>, Vec<f64>) {
    let n = b.len();
    let mut a = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..n {
            a[i * n + j] = (0..n).map(|k| m[k * n + i] * m[k * n + j]).sum::<f64>()
                + if i == j { 1.0 } else { 0.0 };
        }
    }
    (a, b.to_vec())
}

fn residual(a: &[f64], b: &[f64], x: &[f64]) -> f64 {
    let n = b.len();
    (0..n)
        .map(|i| ((0..n).map(|j| a[i * n + j] * x[j]).sum::<f64>() - b[i]).abs())
        .fold(0.0, f64::max)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn minimizers_of_a_convex_quadratic_solve_the_linear_system(
        (m, b) in (2usize..5).prop_flat_map(|n| (
            proptest::collection::vec(-1.0f64..1.0, n * n),
            proptest::collection::vec(-2.0f64..2.0, n),
        ))
    ) {
        let (a, b) = quadratic(&m, &b);
        let n = b.len();
        let f = |x: &[f64]| {
            let mut s = 0.0;
            for i in 0..n {
                let ax: f64 = (0..n).map(|j| a[i * n + j] * x[j]).sum();
                s += 0.5 * x[i] * ax - b[i] * x[i];
            }
            s
        };
        let g = |x: &[f64], out: &mut [f64]| {
            for i in 0..n {
                out[i] = (0..n).map(|j| a[i * n + j] * x[j]).sum::<f64>() - b[i];
            }
        };
        let x0 = vec![0.0; n];
        for (m, tol) in [
            // The gradient is the residual A x - b, so gtol bounds it (max norm).
            (Method::Bfgs(BfgsOptions::default().gtol(1e-7)), 1e-7),
            (Method::Cg(CgOptions::default().gtol(1e-7)), 1e-7),
        ] {
            let r = minimize_with(f, &x0, MinimizeOptions::default().method(m).jac(Gradient::provided(g))).unwrap();
            prop_assert!(r.success);
            let x = r.x.to_vec();
            prop_assert!(residual(&a, &b, &x) <= tol, "residual {}", residual(&a, &b, &x));
        }
        for m in [
            Method::NelderMead(NelderMeadOptions::default().xatol(1e-9).fatol(1e-12).maxfev(20000).maxiter(20000)),
            Method::Powell(PowellOptions::default().xtol(1e-9).ftol(1e-12)),
        ] {
            let r = minimize_with(f, &x0, MinimizeOptions::default().method(m)).unwrap();
            prop_assert!(r.success);
            let x = r.x.to_vec();
            prop_assert!(residual(&a, &b, &x) < 1e-4, "residual {}", residual(&a, &b, &x));
        }
    }

    #[test]
    fn forward_differences_match_the_gradient(x in proptest::collection::vec(-2.0f64..2.0, 1..6)) {
        let g = approx_fprime(&x, sci_optimize::rosen, &[1e-7]).unwrap();
        let mut exact = vec![0.0; x.len()];
        sci_optimize::rosen_der(&x, &mut exact);
        for (a, e) in g.iter().zip(&exact) {
            prop_assert!((a - e).abs() <= 1e-3 * (1.0 + e.abs()));
        }
        let err = check_grad(sci_optimize::rosen, sci_optimize::rosen_der, &x).unwrap();
        prop_assert!(err < 1e-3 * (1.0 + exact.iter().map(|v| v.abs()).sum::<f64>()));
        let wrong = check_grad(sci_optimize::rosen, |_: &[f64], g: &mut [f64]| g.fill(1e3), &x).unwrap();
        prop_assert!(wrong > 1.0);
    }
}
