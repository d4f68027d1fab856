//! Golden tests of `brute` and `basinhopping` against SciPy 1.17.1
//! (`tests/data/global.json`).
//!
//! `brute`: the grid points are computed by NumPy's formula `start + i·step`, so the values
//! on the grid (`Jout`) must agree to 1e-13 relative and the unpolished minimizer exactly;
//! the polished minimizer (Nelder–Mead from the same grid point, the same algorithm as
//! SciPy's `fmin`) to 1e-8. `basinhopping` draws from a Rust generator, so SciPy's random
//! path cannot be reproduced: the tests check that the run reaches the same, known global
//! minimum — `fun` to 1e-8 (the local minimizers' `gtol` = 1e-5 makes the error in `f`
//! quadratic, about 1e-10) and `|x|` to 1e-5 (the camelback has two minima ±x*).

use rand::SeedableRng;
use rand::rngs::StdRng;
use sci_core::testing::{Case, Fixture};
use sci_optimize::{
    BasinhoppingOptions, BruteFinish, BruteOptions, BruteRange, Gradient, LbfgsbOptions, Method,
    MinimizeOptions, basinhopping_with, brute_with, minimize_with,
};

// Written as the Python twin (`**` is libm's pow) so that the grid's exact ties between
// the symmetric points ±x break the same way.
fn camel(x: &[f64]) -> f64 {
    let (a, b) = (x[0], x[1]);
    (4.0 - 2.1 * a.powf(2.0) + a.powf(4.0) / 3.0) * a.powf(2.0)
        + a * b
        + (4.0 * b.powf(2.0) - 4.0) * b.powf(2.0)
}

fn doc(z: &[f64]) -> f64 {
    let (x, y) = (z[0], z[1]);
    let (a, b, c, d, e, f, g, h, i, j, k, l, scale) = (
        2.0, 3.0, 7.0, 8.0, 9.0, 10.0, 44.0, -1.0, 2.0, 26.0, 1.0, -2.0, 0.5,
    );
    let f1 = a * x.powf(2.0) + b * x * y + c * y.powf(2.0) + d * x + e * y + f;
    let f2 = -g * (-((x - h).powi(2) + (y - i).powi(2)) / scale).exp();
    let f3 = -j * (-((x - k).powi(2) + (y - l).powi(2)) / scale).exp();
    f1 + f2 + f3
}

fn tutorial(x: &[f64]) -> f64 {
    x[0].powf(2.0) + 10.0 * x[0].sin()
}

fn func2d(x: &[f64], g: &mut [f64]) -> f64 {
    g[0] = -14.5 * (14.5 * x[0] - 0.3).sin() + 2.0 * x[0] + 0.2;
    g[1] = 2.0 * x[1] + 0.2;
    (14.5 * x[0] - 0.3).cos() + (x[1] + 0.2) * x[1] + (x[0] + 0.2) * x[0]
}

fn objective(name: &str) -> fn(&[f64]) -> f64 {
    match name {
        "camel" => camel,
        "doc" => doc,
        "tutorial" => tutorial,
        other => panic!("unknown problem {other}"),
    }
}

fn ranges(case: &Case) -> Vec<BruteRange> {
    let rs = case.args.get("ranges").as_array().expect("ranges");
    rs.iter()
        .map(|r| {
            let v: Vec<f64> = r
                .as_array()
                .expect("range")
                .iter()
                .map(|x| x.as_f64().expect("number"))
                .collect();
            if v.len() == 3 {
                BruteRange::from((v[0], v[1], v[2]))
            } else {
                BruteRange::from((v[0], v[1]))
            }
        })
        .collect()
}

#[test]
fn brute_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/global.json"
    ));
    let mut n = 0;
    for case in fx.cases.iter().filter(|c| c.call.ends_with("brute")) {
        let f = objective(case.args.str("problem"));
        let finish = if case.args.bool("finish") {
            BruteFinish::NelderMead
        } else {
            BruteFinish::None
        };
        let o = BruteOptions::default()
            .ns(case.args.usize("Ns"))
            .full_output(true)
            .finish(finish);
        let out = brute_with(f, &ranges(case), o).unwrap();
        let e = &case.expected;
        let xs = e.f64_list("x");
        let tol = if case.args.bool("finish") { 1e-8 } else { 0.0 };
        for (a, b) in out.x0.iter().zip(&xs) {
            assert!(
                (a - b).abs() <= tol * (1.0 + b.abs()),
                "{}: {a} vs {b}",
                case.name
            );
        }
        let fe = e.f64("fun");
        assert!(
            (out.fval - fe).abs() <= 1e-8 * (1.0 + fe.abs()),
            "{}",
            case.name
        );
        let jout = out.jout.unwrap();
        let shape: Vec<usize> = e
            .f64_list("jout_shape")
            .iter()
            .map(|v| *v as usize)
            .collect();
        assert_eq!(jout.shape(), &shape[..], "{}", case.name);
        let grid = out.grid.unwrap();
        let mut gshape: Vec<usize> = e
            .f64_list("grid_shape")
            .iter()
            .map(|v| *v as usize)
            .collect();
        if gshape.len() == 1 {
            // SciPy squeezes the variable axis of a 1-D grid; we keep it.
            gshape.insert(0, 1);
        }
        assert_eq!(grid.shape(), &gshape[..], "{}", case.name);
        let jmin = jout.iter().copied().fold(f64::INFINITY, f64::min);
        assert_eq!(jmin, e.f64("jout_min"), "{}", case.name);
        let (sum, se) = (jout.sum(), e.f64("jout_sum"));
        assert!(
            (sum - se).abs() <= 1e-13 * jout.len() as f64 * (1.0 + se.abs()),
            "{}",
            case.name
        );
        if !e.get("jout").is_null() {
            let want = e.array::<f64>("jout");
            for (a, b) in jout.iter().zip(want.iter()) {
                assert!(
                    (a - b).abs() <= 1e-13 * (1.0 + b.abs()),
                    "{}: {a} vs {b}",
                    case.name
                );
            }
        }
        println!(
            "{:<28} x0 {:?} fval {:.10} (SciPy {:?} {:.10})",
            case.name,
            out.x0.to_vec(),
            out.fval,
            xs,
            fe
        );
        n += 1;
    }
    assert_eq!(n, 6);
}

#[test]
fn basinhopping_reaches_scipys_global_minimum() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/global.json"
    ));
    for case in fx.cases.iter().filter(|c| c.call.ends_with("basinhopping")) {
        let x0 = case.args.f64_list("x0");
        let niter = case.args.usize("niter");
        let mut rng = StdRng::seed_from_u64(2024);
        let r = match case.args.str("problem") {
            "func2d" => {
                let o = BasinhoppingOptions::default()
                    .niter(niter)
                    .minimizer(|x: &[f64]| {
                        minimize_with(
                            |_: &[f64]| f64::NAN,
                            x,
                            MinimizeOptions::default()
                                .method(Method::LBfgsB(LbfgsbOptions::default()))
                                .jac(Gradient::WithValue(Box::new(func2d))),
                        )
                    });
                basinhopping_with(|x: &[f64]| func2d(x, &mut [0.0; 2]), &x0, o, &mut rng)
            }
            p => {
                let f = objective(p);
                basinhopping_with(
                    f,
                    &x0,
                    BasinhoppingOptions::default().niter(niter),
                    &mut rng,
                )
            }
        }
        .unwrap();
        let e = &case.expected;
        let (fe, xs) = (e.f64("fun"), e.f64_list("x"));
        println!(
            "{:<30} x {:?} fun {:.10} nit {} nfev {} (SciPy x {:?} fun {:.10} nit {})",
            case.name,
            r.x.to_vec(),
            r.fun,
            r.nit,
            r.nfev,
            xs,
            fe,
            e.usize("nit")
        );
        assert!(
            (r.fun - fe).abs() <= 1e-8 * (1.0 + fe.abs()),
            "{}: {} vs {fe}",
            case.name,
            r.fun
        );
        for (a, b) in r.x.iter().zip(&xs) {
            assert!(
                (a.abs() - b.abs()).abs() <= 1e-4,
                "{}: {a} vs {b}",
                case.name
            );
        }
        assert_eq!(r.success, e.bool("success"));
        assert_eq!(r.nit, e.usize("nit"));
        assert_eq!(r.message, e.str("message"));
        assert_eq!(r.lowest_optimization_result.fun, r.fun);
        assert!(r.nfev > r.nit);
    }
}

#[test]
fn basinhopping_tutorial_from_many_seeds() {
    // The tutorial: from 0, x = -1.30644, f = -7.9458233756, whatever the seed.
    for seed in 0..8 {
        let mut rng = StdRng::seed_from_u64(seed);
        let r =
            basinhopping_with(tutorial, &[0.0], BasinhoppingOptions::default(), &mut rng).unwrap();
        assert!((r.x[0] + 1.30644).abs() < 1e-5, "seed {seed}: {}", r.x[0]);
        assert!(
            (r.fun + 7.9458233756).abs() < 1e-9,
            "seed {seed}: {}",
            r.fun
        );
    }
}
