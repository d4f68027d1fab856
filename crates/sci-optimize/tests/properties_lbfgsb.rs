//! Properties of L-BFGS-B: on a convex quadratic `½ xᵀ A x − bᵀx` with box bounds the answer
//! satisfies the KKT conditions (projected gradient ≈ 0); without bounds it solves `A x = b`;
//! `hess_inv` is symmetric and its `matvec` agrees with `todense`.

use proptest::prelude::*;
use sci_optimize::{
    Bounds, Gradient, HessInv, LbfgsbOptions, Method, MinimizeOptions, minimize_with,
};

fn spd(vals: &[f64], n: usize) -> Vec<Vec<f64>> {
    // A = MᵀM + n I.
    let mut a = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..n {
            a[i][j] = (0..n)
                .map(|k| vals[k * n + i] * vals[k * n + j])
                .sum::<f64>();
        }
        a[i][i] += n as f64;
    }
    a
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn bounded_quadratic_meets_kkt(vals in prop::collection::vec(-1.0f64..1.0, 16), b in prop::collection::vec(-5.0f64..5.0, 4)) {
        let n = 4;
        let a = spd(&vals, n);
        let (a2, b2) = (a.clone(), b.clone());
        let f = move |x: &[f64]| {
            (0..n).map(|i| 0.5 * x[i] * (0..n).map(|j| a[i][j] * x[j]).sum::<f64>() - b[i] * x[i]).sum::<f64>()
        };
        let g = move |x: &[f64], g: &mut [f64]| {
            for i in 0..n { g[i] = (0..n).map(|j| a2[i][j] * x[j]).sum::<f64>() - b2[i]; }
        };
        let bounds = Bounds::uniform(n, -0.5, 0.5);
        let o = MinimizeOptions::default()
            .method(Method::LBfgsB(LbfgsbOptions::default().gtol(1e-10).ftol(1e-15)))
            .jac(Gradient::provided(g.clone()))
            .bounds(bounds);
        let r = minimize_with(f, &[0.0; 4], o).unwrap();
        let mut gr = [0.0; 4];
        g(r.x.as_slice().unwrap(), &mut gr);
        for i in 0..n {
            let xi = r.x[i];
            prop_assert!((-0.5..=0.5).contains(&xi));
            // Projected gradient: zero inside, pointing outwards at an active bound.
            if xi > -0.5 + 1e-9 && xi < 0.5 - 1e-9 {
                prop_assert!(gr[i].abs() < 1e-6, "g[{}] = {}", i, gr[i]);
            } else if xi <= -0.5 + 1e-9 {
                prop_assert!(gr[i] > -1e-6);
            } else {
                prop_assert!(gr[i] < 1e-6);
            }
        }
    }

    #[test]
    fn unbounded_quadratic_solves_the_system(vals in prop::collection::vec(-1.0f64..1.0, 9), b in prop::collection::vec(-5.0f64..5.0, 3)) {
        let n = 3;
        let a = spd(&vals, n);
        let (a2, b2, a3, b3) = (a.clone(), b.clone(), a.clone(), b.clone());
        let f = move |x: &[f64]| {
            (0..n).map(|i| 0.5 * x[i] * (0..n).map(|j| a[i][j] * x[j]).sum::<f64>() - b[i] * x[i]).sum::<f64>()
        };
        let g = move |x: &[f64], g: &mut [f64]| {
            for i in 0..n { g[i] = (0..n).map(|j| a2[i][j] * x[j]).sum::<f64>() - b2[i]; }
        };
        let o = MinimizeOptions::default()
            .method(Method::LBfgsB(LbfgsbOptions::default().gtol(1e-11).ftol(0.0)))
            .jac(Gradient::provided(g));
        let r = minimize_with(f, &[0.0; 3], o).unwrap();
        for i in 0..n {
            let ax: f64 = (0..n).map(|j| a3[i][j] * r.x[j]).sum();
            // The run may stop on the relative-reduction test once f stalls in rounding,
            // which leaves a residual of about √ε·‖b‖.
            prop_assert!((ax - b3[i]).abs() < 1e-6, "row {}: {} vs {}", i, ax, b3[i]);
        }
        let Some(HessInv::Lbfgs(h)) = &r.hess_inv else { panic!("no hess_inv") };
        let d = h.todense();
        for i in 0..n {
            for j in 0..n {
                prop_assert!((d[[i, j]] - d[[j, i]]).abs() < 1e-10 * (1.0 + d[[i, j]].abs()));
            }
        }
        let v = h.matvec(&[1.0, -2.0, 0.5]).unwrap();
        for i in 0..n {
            let dv = d[[i, 0]] - 2.0 * d[[i, 1]] + 0.5 * d[[i, 2]];
            prop_assert!((dv - v[i]).abs() < 1e-10 * (1.0 + v[i].abs()));
        }
    }
}
