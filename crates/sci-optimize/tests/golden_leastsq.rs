//! Golden tests of `leastsq` (MINPACK's lmdif/lmder) against SciPy 1.17
//! (`xtask/golden/optimize/leastsq.py`): solution, `ier`, `nfev`, final sum of squares and
//! `cov_x` on MINPACK test problems; counts printed side by side (`--nocapture`).

use sci_core::ndarray::ArrayViewMut2;
use sci_core::testing::Fixture;
use sci_optimize::{
    LeastsqOptions, LmRootOptions, RootMethod, RootOptions, leastsq_with, root_with,
};

type Resid = Box<dyn Fn(&[f64], &mut [f64]) + Sync>;

const BARD_Y: [f64; 15] = [
    0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39,
];
const KO_Y: [f64; 11] = [
    0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246,
];
const KO_U: [f64; 11] = [
    4.0, 2.0, 1.0, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625,
];

fn problem(name: &str) -> (Resid, usize) {
    match name {
        "rosenbrock" => (
            Box::new(|x, f| {
                f[0] = 10.0 * (x[1] - x[0] * x[0]);
                f[1] = 1.0 - x[0];
            }),
            2,
        ),
        "helical_valley" => (
            Box::new(|x, f| {
                let mut th = if x[0] != 0.0 {
                    (x[1] / x[0]).atan() / (2.0 * std::f64::consts::PI)
                } else {
                    0.25
                };
                if x[0] < 0.0 {
                    th += 0.5;
                }
                f[0] = 10.0 * (x[2] - 10.0 * th);
                f[1] = 10.0 * (x[0].hypot(x[1]) - 1.0);
                f[2] = x[2];
            }),
            3,
        ),
        "powell_singular" => (
            Box::new(|x, f| {
                f[0] = x[0] + 10.0 * x[1];
                f[1] = 5f64.sqrt() * (x[2] - x[3]);
                f[2] = (x[1] - 2.0 * x[2]).powi(2);
                f[3] = 10f64.sqrt() * (x[0] - x[3]).powi(2);
            }),
            4,
        ),
        "freudenstein_roth" => (
            Box::new(|x, f| {
                f[0] = -13.0 + x[0] + ((5.0 - x[1]) * x[1] - 2.0) * x[1];
                f[1] = -29.0 + x[0] + ((x[1] + 1.0) * x[1] - 14.0) * x[1];
            }),
            2,
        ),
        "bard" => (
            Box::new(|x, f| {
                for i in 0..15 {
                    let u = (i + 1) as f64;
                    let v = 16.0 - u;
                    f[i] = BARD_Y[i] - (x[0] + u / (v * x[1] + u.min(v) * x[2]));
                }
            }),
            15,
        ),
        "kowalik_osborne" => (
            Box::new(|x, f| {
                for i in 0..11 {
                    let u = KO_U[i];
                    f[i] = KO_Y[i] - x[0] * (u * u + u * x[1]) / (u * u + u * x[2] + x[3]);
                }
            }),
            11,
        ),
        "box3d" => (
            Box::new(|x, f| {
                for i in 0..10 {
                    let t = 0.1 * (i + 1) as f64;
                    f[i] = (-t * x[0]).exp()
                        - (-t * x[1]).exp()
                        - x[2] * ((-t).exp() - (-10.0 * t).exp());
                }
            }),
            10,
        ),
        "jennrich_sampson" => (
            Box::new(|x, f| {
                for i in 0..10 {
                    let k = (i + 1) as f64;
                    f[i] = 2.0 + 2.0 * k - ((k * x[0]).exp() + (k * x[1]).exp());
                }
            }),
            10,
        ),
        "beale" => (
            Box::new(|x, f| {
                let y = [1.5, 2.25, 2.625];
                for i in 0..3 {
                    f[i] = y[i] - x[0] * (1.0 - x[1].powi([1, 2, 3][i]));
                }
            }),
            3,
        ),
        "docs_system" => (
            Box::new(|x, f| {
                f[0] = x[0] + 0.5 * (x[0] - x[1]).powi(3) - 1.0;
                f[1] = 0.5 * (x[1] - x[0]).powi(3) + x[1];
            }),
            2,
        ),
        other => panic!("unknown problem {other}"),
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
