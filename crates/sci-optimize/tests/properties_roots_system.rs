//! Properties of the system solvers: on a random well-conditioned linear system `A x = b`
//! (`A` diagonally dominant), `hybr`, `fsolve` and `df-sane` return the solution of the
//! linear solve; on a random diagonal nonlinear system the nonlin methods return a point
//! where the residual meets their tolerance.

use proptest::prelude::*;
use sci_core::ndarray::{Array1, Array2};
use sci_optimize::{
    DfSaneOptions, NonlinOptions, RootMethod, RootOptions, fsolve, root, root_with,
};

fn system(n: usize, seed: &[f64]) -> (Array2<f64>, Array1<f64>) {
    let a = Array2::from_shape_fn((n, n), |(i, j)| {
        let v = seed[(i * n + j) % seed.len()];
        if i == j { 4.0 * n as f64 + v } else { v }
    });
    let b = Array1::from_shape_fn(n, |i| seed[(i * 7 + 3) % seed.len()] * 3.0);
    (a, b)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn linear_systems(n in 1usize..6, seed in prop::collection::vec(-1.0f64..1.0, 36)) {
        let (a, b) = system(n, &seed);
        let x_true = sci_linalg::solve(&a, &b).unwrap();
        let f = |x: &[f64], out: &mut [f64]| {
            let ax = a.dot(&Array1::from(x.to_vec()));
            for i in 0..out.len() {
                out[i] = ax[i] - b[i];
            }
        };
        let x0 = vec![0.0; n];
        let r = root(f, &x0).unwrap();
        prop_assert!(r.success, "{}", r.message);
        for (u, v) in r.x.iter().zip(&x_true) {
            prop_assert!((u - v).abs() <= 1e-8 * (1.0 + v.abs()));
        }
        let xf = fsolve(f, &x0).unwrap();
        prop_assert!(xf.iter().zip(&x_true).all(|(u, v)| (u - v).abs() <= 1e-8 * (1.0 + v.abs())));
        let d = root_with(f, &x0, RootOptions::default().method(RootMethod::DfSane(DfSaneOptions::default()))).unwrap();
        if d.success {
            // df-sane's test is ‖F‖ ≤ 1e-8 ‖F(x0)‖ = 1e-8 ‖b‖.
            let fb = b.iter().map(|v| v * v).sum::<f64>().sqrt();
            let mut res = vec![0.0; n];
            f(d.x.as_slice().unwrap(), &mut res);
            prop_assert!(res.iter().map(|v| v * v).sum::<f64>().sqrt() <= 1.01e-8 * fb + 1e-300);
        }
    }

    #[test]
    fn nonlin_residual_meets_fatol(c in prop::collection::vec(0.5f64..3.0, 1..5)) {
        // F_i(x) = x_i + 0.1 x_i³ - c_i: monotone, one root.
        let f = |x: &[f64], out: &mut [f64]| {
            for i in 0..out.len() {
                out[i] = x[i] + 0.1 * x[i].powi(3) - c[i];
            }
        };
        let x0 = vec![0.0; c.len()];
        for m in [RootMethod::Broyden1(NonlinOptions::default()), RootMethod::Anderson(NonlinOptions::default())] {
            let r = root_with(f, &x0, RootOptions::default().method(m)).unwrap();
            prop_assert!(r.success, "{}", r.message);
            prop_assert!(r.fun.iter().all(|v| v.abs() <= f64::EPSILON.cbrt()));
        }
    }
}
