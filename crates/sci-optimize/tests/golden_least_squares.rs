//! Golden tests of `least_squares` against SciPy 1.17 (`xtask/golden/optimize/least_squares.py`):
//! the MINPACK test problems with `trf`, `dogbox` and `lm`, bounded problems, every robust
//! loss, `x_scale='jac'`, an analytic Jacobian and 3-point differences. Counts are printed
//! side by side (`--nocapture`).

mod common;

use common::minpack::{self, Resid};
use sci_core::ndarray::ArrayViewMut2;
use sci_core::testing::Fixture;
use sci_optimize::{
    Bounds, FiniteDiff, LeastSquaresOptions, Loss, LsqJac, LsqMethod, XScale, least_squares_with,
};

fn problem(name: &str, t: Vec<f64>, y: Vec<f64>) -> (Resid, usize) {
    match name {
        "brown_badly_scaled" => (
            Box::new(|x, f| {
                f[0] = x[0] - 1e6;
                f[1] = x[1] - 2e-6;
                f[2] = x[0] * x[1] - 2.0;
            }),
            3,
        ),
        "outliers" => {
            let m = t.len();
            (
                Box::new(move |p, f| {
                    for i in 0..t.len() {
                        f[i] = p[0] * (-p[1] * t[i]).exp() - y[i];
                    }
                }),
                m,
            )
        }
        other => minpack::problem(other).unwrap_or_else(|| panic!("unknown problem {other}")),
    }
}

fn method(name: &str) -> LsqMethod {
    match name {
        "trf" => LsqMethod::Trf,
        "dogbox" => LsqMethod::Dogbox,
        _ => LsqMethod::Lm,
    }
}

fn loss(name: &str) -> Loss {
    match name {
        "soft_l1" => Loss::SoftL1,
        "huber" => Loss::Huber,
        "cauchy" => Loss::Cauchy,
        "arctan" => Loss::Arctan,
        _ => Loss::Linear,
    }
}

fn counts_close(ours: usize, theirs: usize) -> bool {
    // Same algorithm, same order of operations: counts agree up to rounding-driven
    // differences in the last iterations.
    ours <= 2 * theirs + 2 && 2 * ours + 2 >= theirs
}

#[test]
fn least_squares_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/least_squares.json"
    ));
    println!(
        "{:<36} {:>6} {:>6} {:>6} {:>6} {:>4} {:>4}",
        "case", "nfev", "scipy", "njev", "scipy", "st", "sp"
    );
    let mut exact = 0;
    for case in &fx.cases {
        let a = &case.args;
        let pname = a.str("problem");
        let (t, y) = if a.has("t") {
            (a.f64_list("t"), a.f64_list("y"))
        } else {
            (vec![], vec![])
        };
        let (fun, m) = problem(pname, t, y);
        let x0 = a.f64_list("x0");
        let meth = method(a.str("method"));
        let mut opts = LeastSquaresOptions::default().method(meth);
        if a.has("lb") {
            opts = opts.bounds(Bounds::new(a.f64_list("lb"), a.f64_list("ub")));
        }
        if a.has("x_scale") {
            opts = opts.x_scale(XScale::Jac);
        }
        if a.has("loss") {
            opts = opts.loss(loss(a.str("loss"))).f_scale(a.f64("f_scale"));
        }
        if a.has("jac3") {
            opts = opts.jac(LsqJac::FiniteDiff(FiniteDiff::ThreePoint));
        }
        if a.has("jac") {
            opts = opts.jac(LsqJac::provided(
                |x: &[f64], mut j: ArrayViewMut2<'_, f64>| {
                    j[[0, 0]] = -20.0 * x[0];
                    j[[0, 1]] = 10.0;
                    j[[1, 0]] = -1.0;
                    j[[1, 1]] = 0.0;
                },
            ));
        }
        let r = least_squares_with(fun, &x0, m, opts).unwrap();
        let e = &case.expected;
        let njev_e = e.i64("njev");
        println!(
            "{:<36} {:>6} {:>6} {:>6} {:>6} {:>4} {:>4}",
            case.name,
            r.nfev,
            e.usize("nfev"),
            r.njev.map_or(-1, |v| i64::try_from(v).unwrap_or(i64::MAX)),
            njev_e,
            r.status,
            e.i64("status")
        );
        if r.nfev == e.usize("nfev") {
            exact += 1;
        }
        assert_eq!(r.success, e.bool("success"), "{}", case.name);
        let cost_e = e.f64("cost");
        assert!(
            (r.cost - cost_e).abs() <= 1e-7 * cost_e.abs() + 1e-10,
            "{}: cost {} vs {}",
            case.name,
            r.cost,
            cost_e
        );
        // Zero-residual problems (cost ~ 0): any point with cost ~ 0 is a solution and the
        // last digits of slowly converging ones (Powell singular) differ; elsewhere x agrees.
        if cost_e > 1e-10 {
            let xe = e.f64_list("x");
            for (a, b) in r.x.iter().zip(&xe) {
                assert!(
                    (a - b).abs() <= 1e-5 * b.abs().max(1e-3),
                    "{}: x {:?} vs {:?}",
                    case.name,
                    r.x,
                    xe
                );
            }
        }
        let am: Vec<i64> = e
            .get("active_mask")
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_i64().unwrap())
            .collect();
        let ours: Vec<i64> = r.active_mask.iter().map(|&v| v as i64).collect();
        assert_eq!(ours, am, "{}: active_mask", case.name);
        assert!(
            counts_close(r.nfev, e.usize("nfev")),
            "{}: nfev {} vs {}",
            case.name,
            r.nfev,
            e.usize("nfev")
        );
        assert_eq!(r.njev.is_none(), njev_e < 0, "{}", case.name);
    }
    println!(
        "nfev identical to SciPy's in {exact} of {} cases",
        fx.cases.len()
    );
    // The algorithms follow SciPy's step by step: nearly all counts are identical.
    assert!(
        exact * 10 >= fx.cases.len() * 8,
        "only {exact} identical counts"
    );
}
