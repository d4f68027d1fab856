//! Golden tests of scalar minimization against SciPy 1.17.1 (`tests/data/scalar.json`):
//! `minimize_scalar` (Brent, Bounded, Golden), `bracket`, `brent`, `golden`, `fminbound`.
//!
//! These are the same deterministic algorithms on the same arithmetic, so the minimizers
//! agree to 1e-8 (absolute and relative, the fixture's tolerance) and the evaluation and
//! iteration counts are equal; a side-by-side table is printed (`--nocapture`).

use sci_core::testing::{Case, Fixture};
use sci_optimize::{
    BrentOptions, FminboundOptions, GoldenOptions, MinimizeScalarOptions, ScalarMethod, bracket,
    brent_with, fminbound_with, golden_with, minimize_scalar_with,
};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/scalar.json"
    ))
}

fn func(name: &str) -> fn(f64) -> f64 {
    match name {
        "tutorial" => |x| x * x + 10.0 * x.sin(),
        "quad" => |x| (x - 2.0).powi(2) + 1.0,
        "poly" => |x| (x - 2.0) * x * (x + 2.0).powi(2),
        "cos" => f64::cos,
        "quartic" => |x| (x - 0.3f64).powf(4.0) + 0.1 * x,
        "const" => |_| 1.0,
        other => panic!("unknown function {other}"),
    }
}

fn close(a: f64, b: f64, case: &Case, what: &str) {
    let tol = case.atol + case.rtol * b.abs();
    assert!(
        (a - b).abs() <= tol,
        "{}: {what} = {a}, SciPy {b}",
        case.name
    );
}

#[test]
fn minimize_scalar_matches_scipy() {
    let fx = fixture();
    println!(
        "{:<40} {:>10} {:>10} {:>10} {:>10}",
        "case", "nfev", "scipy", "nit", "scipy"
    );
    let mut n = 0;
    for case in fx
        .cases
        .iter()
        .filter(|c| c.args.str("kind") == "minimize_scalar")
    {
        let a = &case.args;
        let e = &case.expected;
        let method = match a.str("method") {
            "brent" => ScalarMethod::Brent,
            "golden" => ScalarMethod::Golden,
            _ => ScalarMethod::Bounded,
        };
        let mut o = MinimizeScalarOptions::default().method(method);
        if a.has("bracket") {
            o = o.bracket(a.f64_list("bracket"));
        }
        if a.has("bounds") {
            let b = a.f64_list("bounds");
            o = o.bounds(b[0], b[1]);
        }
        if a.has("xtol") {
            o = o.xtol(a.f64("xtol"));
        }
        if a.has("maxiter") {
            o = o.maxiter(a.usize("maxiter"));
        }
        let r = minimize_scalar_with(func(a.str("func")), &o).unwrap();
        println!(
            "{:<40} {:>10} {:>10} {:>10} {:>10}",
            case.name,
            r.nfev,
            e.usize("nfev"),
            r.nit,
            e.usize("nit")
        );
        close(r.x, e.f64("x"), case, "x");
        close(r.fun, e.f64("fun"), case, "fun");
        assert_eq!(r.success, e.bool("success"), "{}", case.name);
        assert_eq!(r.nfev, e.usize("nfev"), "{}", case.name);
        assert_eq!(r.nit, e.usize("nit"), "{}", case.name);
        assert_eq!(r.message, e.str("message"), "{}", case.name);
        if e.has("status") {
            assert_eq!(r.status as i64, e.i64("status"), "{}", case.name);
        }
        n += 1;
    }
    assert!(n >= 20);
}

#[test]
fn bracket_matches_scipy() {
    let fx = fixture();
    for case in fx.cases.iter().filter(|c| c.args.str("kind") == "bracket") {
        let a = &case.args;
        let e = &case.expected;
        let b = bracket(func(a.str("func")), a.f64("xa"), a.f64("xb")).unwrap();
        for (name, v) in [
            ("xa", b.xa),
            ("xb", b.xb),
            ("xc", b.xc),
            ("fa", b.fa),
            ("fb", b.fb),
            ("fc", b.fc),
        ] {
            close(v, e.f64(name), case, name);
        }
        assert_eq!(b.funcalls, e.usize("funcalls"), "{}", case.name);
    }
}

#[test]
fn legacy_scalar_functions_match_scipy() {
    let fx = fixture();
    let mut seen = 0;
    for case in &fx.cases {
        let a = &case.args;
        let e = &case.expected;
        let f = func(a.str("func"));
        match a.str("kind") {
            "fminbound" => {
                let o = FminboundOptions::default().xtol(a.f64("xtol"));
                let r = fminbound_with(f, a.f64("x1"), a.f64("x2"), &o).unwrap();
                close(r.xopt, e.f64("xopt"), case, "xopt");
                close(r.fval, e.f64("fval"), case, "fval");
                assert_eq!(r.ierr as i64, e.i64("ierr"));
                assert_eq!(r.numfunc, e.usize("numfunc"));
            }
            "brent" => {
                let r = brent_with(f, &BrentOptions::default()).unwrap();
                close(r.xmin, e.f64("xmin"), case, "xmin");
                close(r.fval, e.f64("fval"), case, "fval");
                assert_eq!((r.iter, r.funcalls), (e.usize("iter"), e.usize("funcalls")));
            }
            "golden" => {
                let r = golden_with(f, &GoldenOptions::default()).unwrap();
                close(r.xmin, e.f64("xmin"), case, "xmin");
                close(r.fval, e.f64("fval"), case, "fval");
                assert_eq!(r.funcalls, e.usize("funcalls"));
            }
            _ => continue,
        }
        seen += 1;
    }
    assert_eq!(seen, 9);
}

#[test]
fn tutorial_fminbound() {
    // The tutorial: fminbound(x**2 + 10 sin(x), 0, 10) -> 3.8374671.
    let x = sci_optimize::fminbound(|x| x * x + 10.0 * x.sin(), 0.0, 10.0).unwrap();
    assert!((x - 3.8374671).abs() < 5e-8, "{x}");
}
