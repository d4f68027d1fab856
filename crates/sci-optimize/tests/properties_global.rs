//! Properties of `brute` and `basinhopping`: without a finish, `brute` returns the grid
//! point with the smallest value (checked against a direct scan) and the grid holds each
//! variable's points; with Nelder–Mead it reaches a separable quadratic's minimizer;
//! `basinhopping` is reproducible for a seed and finds a convex function's unique minimum.

use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;
use sci_optimize::{BasinhoppingOptions, BruteFinish, BruteOptions, basinhopping_with, brute_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn brute_without_finish_is_the_grid_argmin(
        c in proptest::collection::vec(-1.0f64..1.0, 2),
        ns in 2usize..9,
    ) {
        let f = |x: &[f64]| (x[0] - c[0]).powi(2) + 2.0 * (x[1] - c[1]).powi(2) + 0.1 * x[0] * x[1];
        let ranges = [(-1.0, 1.0).into(), (-1.0, 1.0, 0.3).into()];
        let o = BruteOptions::default().ns(ns).full_output(true).finish(BruteFinish::None);
        let out = brute_with(f, &ranges, o).unwrap();
        let grid = out.grid.unwrap();
        let jout = out.jout.unwrap();
        prop_assert_eq!(grid.shape(), &[2, ns, 7]);
        let mut best = (f64::INFINITY, 0.0, 0.0);
        for i in 0..ns {
            for j in 0..7 {
                let (x, y) = (grid[[0, i, j]], grid[[1, i, j]]);
                prop_assert_eq!(x, -1.0 + i as f64 * (2.0 / (ns as f64 - 1.0)));
                prop_assert_eq!(y, -1.0 + j as f64 * 0.3);
                let v = f(&[x, y]);
                prop_assert_eq!(jout[[i, j]], v);
                if v < best.0 {
                    best = (v, x, y);
                }
            }
        }
        prop_assert_eq!(out.fval, best.0);
        prop_assert_eq!(out.x0.to_vec(), vec![best.1, best.2]);
    }

    #[test]
    fn brute_with_nelder_mead_reaches_the_minimizer(c in proptest::collection::vec(-1.5f64..1.5, 2)) {
        let f = |x: &[f64]| (x[0] - c[0]).powi(2) + (x[1] - c[1]).powi(2);
        let out = brute_with(f, &[(-2.0, 2.0).into(), (-2.0, 2.0).into()], BruteOptions::default())
            .unwrap();
        prop_assert!((out.x0[0] - c[0]).abs() < 1e-3 && (out.x0[1] - c[1]).abs() < 1e-3);
    }

    #[test]
    fn basinhopping_is_reproducible_and_finds_a_convex_minimum(
        seed in 0u64..1000,
        c in proptest::collection::vec(-3.0f64..3.0, 2),
    ) {
        let f = |x: &[f64]| (x[0] - c[0]).powi(2) + 3.0 * (x[1] - c[1]).powi(2);
        let run = || {
            let mut rng = StdRng::seed_from_u64(seed);
            basinhopping_with(f, &[0.0, 0.0], BasinhoppingOptions::default().niter(10), &mut rng)
                .unwrap()
        };
        let (a, b) = (run(), run());
        prop_assert_eq!(a.x.to_vec(), b.x.to_vec());
        prop_assert_eq!(a.nfev, b.nfev);
        prop_assert!((a.x[0] - c[0]).abs() < 1e-5 && (a.x[1] - c[1]).abs() < 1e-5);
        prop_assert!(a.success && a.minimization_failures == 0);
    }
}
