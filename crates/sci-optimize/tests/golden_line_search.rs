//! Golden tests of the public strong-Wolfe `line_search` against SciPy 1.17.1
//! (`tests/data/line_search.json`): the step, the new and old objective values and the new
//! slope agree to 1e-10 relative (the fixture's tolerance; the same interpolation formulas
//! in the same order), and the evaluation counts `fc`, `gc` are equal. Failures (`alpha`
//! `None`) agree too.

use sci_core::testing::{Case, Fixture};
use sci_optimize::{LineSearchOptions, line_search_with, rosen, rosen_der};

fn quad(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum()
}

fn quad_grad(x: &[f64], g: &mut [f64]) {
    for (gi, xi) in g.iter_mut().zip(x) {
        *gi = 2.0 * xi;
    }
}

fn beale_grad(x: &[f64], g: &mut [f64]) {
    let (u, v) = (x[0], x[1]);
    let t1 = 1.5 - u + u * v;
    let t2 = 2.25 - u + u * v.powf(2.0);
    let t3 = 2.625 - u + u * v.powf(3.0);
    g[0] = 2.0 * t1 * (v - 1.0) + 2.0 * t2 * (v.powf(2.0) - 1.0) + 2.0 * t3 * (v.powf(3.0) - 1.0);
    g[1] = 2.0 * t1 * u + 4.0 * t2 * u * v + 6.0 * t3 * u * v.powf(2.0);
}

type Pair = (fn(&[f64]) -> f64, fn(&[f64], &mut [f64]));

fn funcs(name: &str) -> Pair {
    match name {
        "quad" => (quad, quad_grad),
        "rosen" => (rosen, rosen_der),
        "beale" => (beale_eval, beale_grad),
        other => panic!("unknown {other}"),
    }
}

/// Beale with Python's `**` (C `pow`) so that values agree to the last bit.
fn beale_eval(x: &[f64]) -> f64 {
    let (u, v) = (x[0], x[1]);
    (1.5 - u + u * v).powf(2.0)
        + (2.25 - u + u * v.powf(2.0)).powf(2.0)
        + (2.625 - u + u * v.powf(3.0)).powf(2.0)
}

fn close_opt(a: Option<f64>, case: &Case, key: &str) {
    let e = case.expected.get(key);
    match (a, e.is_null()) {
        (None, true) => {}
        (Some(v), false) => {
            let want = case.expected.f64(key);
            let tol = case.atol + case.rtol * want.abs();
            assert!(
                (v - want).abs() <= tol,
                "{}: {key} = {v}, SciPy {want}",
                case.name
            );
        }
        _ => panic!("{}: {key} = {a:?}, SciPy {e}", case.name),
    }
}

#[test]
fn line_search_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/line_search.json"
    ));
    println!(
        "{:<22} {:>4} {:>6} {:>4} {:>6}",
        "case", "fc", "scipy", "gc", "scipy"
    );
    for case in &fx.cases {
        let a = &case.args;
        let (f, g) = funcs(a.str("func"));
        let mut o = LineSearchOptions::default();
        if a.has("c1") {
            o = o.c1(a.f64("c1"));
        }
        if a.has("c2") {
            o = o.c2(a.f64("c2"));
        }
        if a.has("amax") {
            o = o.amax(a.f64("amax"));
        }
        if a.has("old_old_fval") {
            o = o.old_old_fval(a.f64("old_old_fval"));
        }
        if a.has("maxiter") {
            o = o.maxiter(a.usize("maxiter"));
        }
        let r = line_search_with(f, g, &a.f64_list("xk"), &a.f64_list("pk"), &o).unwrap();
        println!(
            "{:<22} {:>4} {:>6} {:>4} {:>6}",
            case.name,
            r.fc,
            case.expected.usize("fc"),
            r.gc,
            case.expected.usize("gc")
        );
        close_opt(r.alpha, case, "alpha");
        close_opt(r.new_fval, case, "new_fval");
        close_opt(Some(r.old_fval), case, "old_fval");
        close_opt(r.new_slope, case, "new_slope");
        assert_eq!(r.fc, case.expected.usize("fc"), "{}", case.name);
        assert_eq!(r.gc, case.expected.usize("gc"), "{}", case.name);
        if let Some(gn) = &r.new_grad {
            let pk = a.f64_list("pk");
            let slope: f64 = gn.iter().zip(&pk).map(|(a, b)| a * b).sum();
            assert_eq!(Some(slope), r.new_slope);
        }
    }
}
