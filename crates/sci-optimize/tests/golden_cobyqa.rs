//! COBYQA against SciPy 1.17 on Hock-Schittkowski problems 6, 7, 21, 35, 71, 76, the
//! constrained Rosenbrock problem of SciPy's `minimize` tutorial, and Rosenbrock 2-D/5-D
//! (unconstrained, and in a box that excludes the minimum).
//!
//! COBYQA stops when its resolution reaches `final_tr_radius = 1e-6`; the runs end within
//! about 2e-6 of the optimum (SciPy's within 5e-6), and `x` is checked against SciPy's and
//! the optimum within 1e-4, the objective within 1e-4 (relative): the last digits depend on
//! which steps near the solution the merit function rejects, which differs between
//! implementations. The SQP subproblems are solved differently from SciPy's (see
//! `CobyqaOptions`), so evaluation counts are compared within a factor of 3.

mod common;

use common::hock_schittkowski::{self, Case, objective};
use sci_core::testing::Fixture;
use sci_optimize::{CobyqaOptions, Method, MinimizeOptions, minimize_with};

fn options(name: &str) -> MinimizeOptions<'static> {
    hock_schittkowski::constrain(
        name,
        MinimizeOptions::default().method(Method::Cobyqa(CobyqaOptions::default())),
    )
}

fn cases() -> Vec<Case> {
    let mut cases = hock_schittkowski::cases();
    cases.extend([
        Case {
            name: "rosen2",
            x0: vec![1.3, 0.7],
            xopt: vec![1.0; 2],
            fopt: 0.0,
        },
        Case {
            name: "rosen5",
            x0: vec![1.3, 0.7, 0.8, 1.9, 1.2],
            xopt: vec![1.0; 5],
            fopt: 0.0,
        },
        Case {
            name: "rosen_box",
            x0: vec![-1.0, 1.0],
            xopt: vec![0.5, 0.25],
            fopt: 0.25,
        },
    ]);
    cases
}

#[test]
fn cobyqa_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/cobyqa.json"
    ));
    println!(
        "{:<16} {:>9} {:>9} {:>9} {:>9}",
        "problem", "nfev sci", "SciPy", "nit sci", "SciPy"
    );
    for c in cases() {
        let e = &fx.case(c.name).expected;
        let r = minimize_with(objective(c.name), &c.x0, options(c.name)).unwrap();
        println!(
            "{:<16} {:>9} {:>9} {:>9} {:>9}   x = {:?} {}",
            c.name,
            r.nfev,
            e.usize("nfev"),
            r.nit,
            e.usize("nit"),
            r.x.to_vec(),
            r.message
        );
        let tol = 1e-4;
        let xs = e.f64_list("x");
        let err = (0..c.x0.len())
            .map(|i| (r.x[i] - c.xopt[i]).abs())
            .fold(0.0, f64::max);
        let err_scipy = (0..c.x0.len())
            .map(|i| (r.x[i] - xs[i]).abs())
            .fold(0.0, f64::max);
        println!(
            "{:<16} max |x - x*| = {err:.1e}, |x - x_SciPy| = {err_scipy:.1e}",
            c.name
        );
        assert!(
            err < tol && err_scipy < tol,
            "{}: x = {:?}, SciPy {xs:?}",
            c.name,
            r.x
        );
        assert!(
            (r.fun - c.fopt).abs() < 1e-4 * (1.0 + c.fopt.abs()),
            "{}: fun {}",
            c.name,
            r.fun
        );
        if c.name == "hs71" {
            // SciPy ends at a point violating x·x = 40 by 1.5e-8 > feasibility_tol = 1e-8 and
            // so reports failure; which side of 1e-8 a run ends on is a matter of the last
            // digits, so only the size of the violation is compared.
            assert!(
                r.maxcv.unwrap() <= 1e-6,
                "{}: maxcv {:?}",
                r.message,
                r.maxcv
            );
        } else {
            assert_eq!(r.success, e.bool("success"), "{}: {}", c.name, r.message);
        }
        assert_eq!(i64::from(r.status), e.i64("status"), "{}", c.name);
        let (ours, theirs) = (r.nfev as f64, e.usize("nfev") as f64);
        assert!(
            ours <= 3.0 * theirs && theirs <= 3.0 * ours,
            "{}: nfev {ours} vs {theirs}",
            c.name
        );
    }
}
