//! The quasi-Newton strategies `BFGS` and `SR1` against SciPy 1.17: the dense matrix after
//! the 1st, 3rd, 5th and 6th of six updates (steps of the 3-D Rosenbrock function along a
//! fixed path, then a step with negative curvature), for the Hessian and the inverse
//! Hessian, with both exception strategies and fixed initial scales. The updates are closed-form rank-two formulas, so
//! the matrices agree to 1e-10 relative (a few roundings per entry and update).

use sci_core::testing::Fixture;
use sci_optimize::{ApproxType, BFGS, ExceptionStrategy, HessianUpdateStrategy, InitScale, SR1};

/// A JSON list of lists of numbers (a macro: the JSON value type is not named here).
macro_rules! list2 {
    ($v:expr) => {
        $v.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                r.as_array()
                    .unwrap()
                    .iter()
                    .map(|x| x.as_f64().unwrap())
                    .collect::<Vec<f64>>()
            })
            .collect::<Vec<Vec<f64>>>()
    };
}

/// Builds a fresh strategy.
type MakeStrategy = fn() -> Box<dyn HessianUpdateStrategy>;

#[test]
fn bfgs_and_sr1_matrices_match_scipy_after_each_update() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/quasi_newton.json"
    ));
    let path = &fx.case("path").args;
    let s = list2!(path.get("s"));
    let y = list2!(path.get("y"));
    let configs: Vec<(&str, MakeStrategy)> = vec![
        ("bfgs_skip", || Box::new(BFGS::default())),
        ("bfgs_damp", || {
            Box::new(BFGS::new(
                ExceptionStrategy::DampUpdate,
                None,
                InitScale::Auto,
            ))
        }),
        ("bfgs_scale2", || {
            Box::new(BFGS::new(
                ExceptionStrategy::SkipUpdate,
                None,
                InitScale::Value(2.0),
            ))
        }),
        ("sr1", || Box::new(SR1::default())),
        ("sr1_scale", || {
            Box::new(SR1::new(1e-8, InitScale::Value(0.5)))
        }),
    ];
    for (name, make) in configs {
        for (label, kind) in [
            ("hess", ApproxType::Hess),
            ("inv_hess", ApproxType::InvHess),
        ] {
            let case = fx.case(&format!("{name}_{label}"));
            let mats = case.expected.get("matrices").as_array().unwrap().clone();
            let checkpoints: Vec<usize> = case
                .expected
                .get("checkpoints")
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_u64().unwrap() as usize)
                .collect();
            let mut q = make();
            q.initialize(3, kind);
            let mut mats = mats.iter();
            for k in 0..s.len() {
                q.update(&s[k], &y[k]);
                if !checkpoints.contains(&k) {
                    continue;
                }
                let want = list2!(mats.next().unwrap());
                let got = q.get_matrix();
                let scale = want.iter().flatten().fold(1.0_f64, |a, v| a.max(v.abs()));
                for i in 0..3 {
                    for j in 0..3 {
                        assert!(
                            (got[[i, j]] - want[i][j]).abs() <= 1e-10 * scale,
                            "{name}_{label} after update {k}: {got:?} vs {want:?}"
                        );
                    }
                }
                // `dot` agrees with the matrix.
                let mut out = [0.0; 3];
                q.dot(&[1.0, -2.0, 0.5], &mut out);
                for i in 0..3 {
                    let e = got[[i, 0]] - 2.0 * got[[i, 1]] + 0.5 * got[[i, 2]];
                    assert!((out[i] - e).abs() <= 1e-12 * scale);
                }
            }
        }
    }
}
