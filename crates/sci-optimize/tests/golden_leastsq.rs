//! Golden tests of `leastsq` (MINPACK's lmdif/lmder) against SciPy 1.17
//! (`xtask/golden/optimize/leastsq.py`): solution, `ier`, `nfev`, final sum of squares and
//! `cov_x` on MINPACK test problems; counts printed side by side (`--nocapture`).

mod common;

use common::minpack::{self, Resid};
use sci_core::ndarray::ArrayViewMut2;
use sci_core::testing::Fixture;
use sci_optimize::{
    LeastsqOptions, LmRootOptions, RootMethod, RootOptions, leastsq_with, root_with,
};

fn problem(name: &str) -> (Resid, usize) {
    match name {
        "docs_system" => (
            Box::new(|x, f| {
                f[0] = x[0] + 0.5 * (x[0] - x[1]).powi(3) - 1.0;
                f[1] = 0.5 * (x[1] - x[0]).powi(3) + x[1];
            }),
            2,
        ),
        other => minpack::problem(other).unwrap_or_else(|| panic!("unknown problem {other}")),
    }
}

#[test]
fn leastsq_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/leastsq.json"
    ));
    println!(
        "{:<22} {:>6} {:>6} {:>4} {:>4}",
        "case", "nfev", "scipy", "ier", "sp"
    );
    for case in fx.cases.iter().filter(|c| !c.args.has("root")) {
        let (fun, m) = problem(case.args.str("problem"));
        let x0 = case.args.f64_list("x0");
        let mut opts = LeastsqOptions::default();
        if case.args.has("dfun") {
            opts = opts.dfun(|x: &[f64], mut j: ArrayViewMut2<'_, f64>| {
                j[[0, 0]] = -20.0 * x[0];
                j[[0, 1]] = 10.0;
                j[[1, 0]] = -1.0;
                j[[1, 1]] = 0.0;
            });
        }
        let out = leastsq_with(fun, &x0, m, opts).unwrap();
        let e = &case.expected;
        println!(
            "{:<22} {:>6} {:>6} {:>4} {:>4}",
            case.name,
            out.nfev,
            e.usize("nfev"),
            out.ier,
            e.i64("ier")
        );
        let ok = |ier: i64| (1..=4).contains(&ier);
        assert_eq!(
            ok(out.ier as i64),
            ok(e.i64("ier")),
            "{}: ier {}",
            case.name,
            out.ier
        );
        let f2: f64 = out.fvec.iter().map(|v| v * v).sum();
        let f2e = e.f64("fnorm2");
        assert!(
            (f2 - f2e).abs() <= 1e-7 * f2e + 1e-12,
            "{}: {f2} vs {f2e}",
            case.name
        );
        if f2e > 1e-12 {
            let xe = e.f64_list("x");
            for (a, b) in out.x.iter().zip(&xe) {
                assert!(
                    (a - b).abs() <= 1e-5 * b.abs().max(1e-3),
                    "{}: {:?} vs {xe:?}",
                    case.name,
                    out.x
                );
            }
            // cov_x = (JᵀJ)⁻¹ at the last Jacobian: agrees to the accuracy of the
            // finite-difference Jacobians (the step differs by rounding only).
            let ce = e.get("cov_x");
            if let Some(rows) = ce.as_array() {
                let cov = out.cov_x.as_ref().expect("cov_x");
                // (JᵀJ)⁻¹ amplifies the finite-difference Jacobian's rounding by the
                // condition number squared: ill-conditioned fits (cov_x ≫ 1) agree to 1e-2.
                let big = cov.diag().iter().any(|v| v.abs() > 1e3);
                let rtol = if big { 1e-2 } else { 1e-4 };
                for (i, row) in rows.iter().enumerate() {
                    for (j, v) in row.as_array().unwrap().iter().enumerate() {
                        let v = v.as_f64().unwrap();
                        assert!(
                            (cov[[i, j]] - v).abs()
                                <= rtol * v.abs().max(1e-6 * cov[[i, i]].abs().max(1.0)),
                            "{}: cov_x[{i},{j}] {} vs {v}",
                            case.name,
                            cov[[i, j]]
                        );
                    }
                }
            }
        }
        let ne = e.usize("nfev");
        assert!(
            out.nfev <= 2 * ne + 3 && 2 * out.nfev + 3 >= ne,
            "{}: nfev",
            case.name
        );
        if e.has("njev") {
            assert!(out.njev > 0);
        }
    }
}

/// `root(method='lm')` runs the same core on square systems.
#[test]
fn root_lm_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/leastsq.json"
    ));
    println!(
        "{:<28} {:>6} {:>6} {:>4} {:>4}",
        "case", "nfev", "scipy", "st", "sp"
    );
    for case in fx.cases.iter().filter(|c| c.args.has("root")) {
        let (fun, _) = problem(case.args.str("problem"));
        let x0 = case.args.f64_list("x0");
        let r = root_with(
            fun,
            &x0,
            RootOptions::default().method(RootMethod::Lm(LmRootOptions::default())),
        )
        .unwrap();
        let e = &case.expected;
        println!(
            "{:<28} {:>6} {:>6} {:>4} {:>4}",
            case.name,
            r.nfev,
            e.usize("nfev"),
            r.status,
            e.i64("ier")
        );
        let ok = |s: i64| (1..=4).contains(&s);
        assert_eq!(r.success, ok(e.i64("ier")), "{}", case.name);
        assert_eq!(r.method, "lm");
        let f2: f64 = r.fun.iter().map(|v| v * v).sum();
        let f2e = e.f64("fnorm2");
        assert!(
            (f2 - f2e).abs() <= 1e-7 * f2e + 1e-12,
            "{}: {f2} vs {f2e}",
            case.name
        );
        if f2e > 1e-12 {
            for (a, b) in r.x.iter().zip(e.f64_list("x")) {
                assert!((a - b).abs() <= 1e-5 * b.abs().max(1e-3), "{}", case.name);
            }
        }
        let ne = e.usize("nfev");
        assert!(
            r.nfev <= 2 * ne + 3 && 2 * r.nfev + 3 >= ne,
            "{}: nfev",
            case.name
        );
    }
    // A callback is refused (SciPy ignores it with a warning).
    let (fun, _) = problem("docs_system");
    let r = root_with(
        fun,
        &[0.0, 0.0],
        RootOptions::default()
            .method(RootMethod::Lm(LmRootOptions::default()))
            .callback(|_s: &sci_optimize::RootState| std::ops::ControlFlow::Continue(())),
    );
    assert!(matches!(r, Err(sci_core::Error::InvalidArgument { .. })));
}
