//! Golden tests of Newton-CG and the trust-region family against SciPy 1.17.1
//! (`tests/data/newton_trust.json`): Newton-CG, dogleg, trust-ncg, trust-krylov and
//! trust-exact on Rosenbrock 2/5/10-D, Powell's singular function and Beale with the exact
//! Hessian, with `hessp`, with finite-difference and SR1 Hessians; trust-exact's hard case;
//! maxiter limits; and the legacy `fmin_ncg`.
//!
//! Tolerances. Newton-CG, dogleg, trust-ncg and trust-exact follow SciPy's algorithms, so
//! most runs take the same path: equal `nit`/`nfev`, and then `x` must agree to 1e-8
//! (absolute plus relative). trust-krylov solves its subproblems with our own GLTR (SciPy
//! calls the trlib C library), and runs whose Hessian is approximated (finite differences,
//! SR1) update or cache it differently, so their paths differ: then `x` must agree to the
//! stopping accuracy (`gtol` = 1e-4 on the gradient of Rosenbrock, whose valley turns that
//! into about 1e-4 in `x`: tolerance 3e-4; Powell's singular function, whose minimum is
//! degenerate, locates `x` only to 3e-2) and the counts must be within a factor 2 (+2) of
//! SciPy's (`nhev` within a factor 3: Hessian products depend most on the inner solver).
//! Status codes must be equal. The side-by-side table prints with `--nocapture`.

use sci_core::ndarray::{ArrayViewMut2, array};
use sci_core::testing::{Case, Fixture};
use sci_optimize::{
    FiniteDiff, FminNcgOptions, Gradient, Hessian, Method, MinimizeOptions, NewtonCgOptions,
    OptimizeResult, SR1, TrustRegionOptions, fmin_ncg_with, minimize_with, rosen, rosen_der,
    rosen_hess,
};

type Obj = fn(&[f64]) -> f64;
type Grad = fn(&[f64], &mut [f64]);
type Hess = fn(&[f64], ArrayViewMut2<'_, f64>);

fn powell_singular(x: &[f64]) -> f64 {
    (x[0] + 10.0 * x[1]).powi(2)
        + 5.0 * (x[2] - x[3]).powi(2)
        + (x[1] - 2.0 * x[2]).powi(4)
        + 10.0 * (x[0] - x[3]).powi(4)
}

fn powell_singular_grad(x: &[f64], g: &mut [f64]) {
    let (a, b, c, d) = (
        x[0] + 10.0 * x[1],
        x[2] - x[3],
        x[1] - 2.0 * x[2],
        x[0] - x[3],
    );
    g[0] = 2.0 * a + 40.0 * d.powi(3);
    g[1] = 20.0 * a + 4.0 * c.powi(3);
    g[2] = 10.0 * b - 8.0 * c.powi(3);
    g[3] = -10.0 * b - 40.0 * d.powi(3);
}

fn powell_singular_hess(x: &[f64], mut h: ArrayViewMut2<'_, f64>) {
    let (c, d) = (x[1] - 2.0 * x[2], x[0] - x[3]);
    h.fill(0.0);
    h[[0, 0]] = 2.0 + 120.0 * d * d;
    h[[0, 1]] = 20.0;
    h[[1, 0]] = 20.0;
    h[[0, 3]] = -120.0 * d * d;
    h[[3, 0]] = -120.0 * d * d;
    h[[1, 1]] = 200.0 + 12.0 * c * c;
    h[[1, 2]] = -24.0 * c * c;
    h[[2, 1]] = -24.0 * c * c;
    h[[2, 2]] = 10.0 + 48.0 * c * c;
    h[[2, 3]] = -10.0;
    h[[3, 2]] = -10.0;
    h[[3, 3]] = 10.0 + 120.0 * d * d;
}

fn beale_terms(x: &[f64]) -> [f64; 3] {
    let (u, v) = (x[0], x[1]);
    [
        1.5 - u + u * v,
        2.25 - u + u * v * v,
        2.625 - u + u * v.powi(3),
    ]
}

fn beale(x: &[f64]) -> f64 {
    beale_terms(x).iter().map(|t| t * t).sum()
}

fn beale_grad(x: &[f64], g: &mut [f64]) {
    let (u, v) = (x[0], x[1]);
    let [t1, t2, t3] = beale_terms(x);
    g[0] = 2.0 * t1 * (v - 1.0) + 2.0 * t2 * (v * v - 1.0) + 2.0 * t3 * (v.powi(3) - 1.0);
    g[1] = 2.0 * t1 * u + 4.0 * t2 * u * v + 6.0 * t3 * u * v * v;
}

fn beale_hess(x: &[f64], mut h: ArrayViewMut2<'_, f64>) {
    let (u, v) = (x[0], x[1]);
    let [t1, t2, t3] = beale_terms(x);
    let (a1, a2, a3) = (v - 1.0, v * v - 1.0, v.powi(3) - 1.0);
    let (b1, b2, b3) = (u, 2.0 * u * v, 3.0 * u * v * v);
    let huu = 2.0 * (a1 * a1 + a2 * a2 + a3 * a3);
    let huv =
        2.0 * (a1 * b1 + t1) + 2.0 * (a2 * b2 + t2 * 2.0 * v) + 2.0 * (a3 * b3 + t3 * 3.0 * v * v);
    let hvv = 2.0 * b1 * b1 + 2.0 * (b2 * b2 + t2 * 2.0 * u) + 2.0 * (b3 * b3 + t3 * 6.0 * u * v);
    h.assign(&array![[huu, huv], [huv, hvv]]);
}

fn hard(x: &[f64]) -> f64 {
    x[0] * x[0] - x[1] * x[1] + x[1].powi(4) / 4.0
}

fn hard_grad(x: &[f64], g: &mut [f64]) {
    g[0] = 2.0 * x[0];
    g[1] = -2.0 * x[1] + x[1].powi(3);
}

fn hard_hess(x: &[f64], mut h: ArrayViewMut2<'_, f64>) {
    h.assign(&array![[2.0, 0.0], [0.0, -2.0 + 3.0 * x[1] * x[1]]]);
}

fn rosen_hess_fn(x: &[f64], h: ArrayViewMut2<'_, f64>) {
    rosen_hess(x, h);
}

fn problem(name: &str) -> (Obj, Grad, Hess) {
    match name {
        "rosen2" | "rosen5" | "rosen10" => (rosen, rosen_der, rosen_hess_fn),
        "powell_singular" => (powell_singular, powell_singular_grad, powell_singular_hess),
        "beale" => (beale, beale_grad, beale_hess),
        "hard" => (hard, hard_grad, hard_hess),
        other => panic!("unknown problem {other}"),
    }
}

fn hessp_of(h: Hess) -> impl Fn(&[f64], &[f64], &mut [f64]) {
    move |x: &[f64], p: &[f64], out: &mut [f64]| {
        let n = x.len();
        let mut m = sci_core::ndarray::Array2::zeros((n, n));
        h(x, m.view_mut());
        for i in 0..n {
            out[i] = (0..n).map(|j| m[[i, j]] * p[j]).sum();
        }
    }
}

fn run(case: &Case) -> OptimizeResult {
    let a = &case.args;
    let (f, g, h) = problem(a.str("problem"));
    let x0 = a.f64_list("x0");
    let maxiter = a.has("maxiter").then(|| a.usize("maxiter"));
    let mut tr = TrustRegionOptions {
        maxiter,
        ..Default::default()
    };
    if a.has("inexact") {
        tr = tr.inexact(a.bool("inexact"));
    }
    let method = match a.str("method") {
        "Newton-CG" => Method::NewtonCg(NewtonCgOptions {
            maxiter,
            ..Default::default()
        }),
        "dogleg" => Method::Dogleg(tr),
        "trust-ncg" => Method::TrustNcg(tr),
        "trust-krylov" => Method::TrustKrylov(tr),
        "trust-exact" => Method::TrustExact(tr),
        m => panic!("unknown method {m}"),
    };
    let mut mo = MinimizeOptions::default()
        .method(method)
        .jac(Gradient::provided(g));
    mo = match a.str("mode") {
        "hess" => mo.hess(Hessian::provided(h)),
        "hessp" => mo.hessp(hessp_of(h)),
        "fd" => mo.hess(Hessian::FiniteDiff(FiniteDiff::TwoPoint)),
        "sr1" => mo.hess(Hessian::QuasiNewton(Box::new(SR1::default()))),
        "none" => mo,
        m => panic!("unknown mode {m}"),
    };
    minimize_with(f, &x0, mo).unwrap()
}

/// Compares one run with SciPy's; returns whether `nit` and `nfev` were identical.
fn compare(case: &Case, x: &[f64], fun: f64, status: i32, counts: [usize; 4]) -> bool {
    let e = &case.expected;
    let want = [
        if e.has("nit") {
            e.usize("nit")
        } else {
            counts[0]
        },
        e.usize("nfev"),
        e.usize("njev"),
        e.usize("nhev"),
    ];
    println!(
        "{:<42} {:>4} {:>4} | {:>4} {:>4} | {:>4} {:>4} | {:>4} {:>4} | {:>2} {:>2}",
        case.name,
        counts[0],
        want[0],
        counts[1],
        want[1],
        counts[2],
        want[2],
        counts[3],
        want[3],
        status,
        e.i64("status")
    );
    // Paths that can coincide with SciPy's to rounding: not trust-krylov (our GLTR against
    // trlib) and not approximated Hessians (finite differences, SR1).
    let replicable = case.args.has("method") && case.args.str("method") != "trust-krylov"
        || case.args.has("legacy");
    let replicable = replicable && matches!(case.args.str("mode"), "hess" | "hessp");
    let same = replicable && counts[..2] == want[..2];
    for (i, (c, w)) in counts.iter().zip(&want).enumerate() {
        let k = if i == 3 { 3 } else { 2 };
        assert!(
            *c <= k * w + 2 && *w <= k * c + 2,
            "{}: counts {counts:?} vs SciPy {want:?}",
            case.name
        );
    }
    assert_eq!(i64::from(status), e.i64("status"), "{}", case.name);
    let xs = e.f64_list("x");
    let pname = case.args.str("problem");
    if pname == "hard" {
        // The saddle direction's sign is arbitrary: compare |x| and f.
        for (a, b) in x.iter().zip(&xs) {
            assert!(
                (a.abs() - b.abs()).abs() <= 1e-6,
                "{}: x {x:?} vs {xs:?}",
                case.name
            );
        }
    } else if e.i64("status") == 0 {
        let tol = match (same, pname == "powell_singular") {
            (_, true) => 3e-2,
            (true, false) => 1e-8,
            (false, false) => 3e-4,
        };
        for (a, b) in x.iter().zip(&xs) {
            assert!(
                (a - b).abs() <= tol * (1.0 + b.abs()),
                "{}: x {x:?} vs {xs:?}",
                case.name
            );
        }
    } else if same {
        for (a, b) in x.iter().zip(&xs) {
            assert!(
                (a - b).abs() <= 1e-8 * (1.0 + b.abs()),
                "{}: x {x:?} vs {xs:?}",
                case.name
            );
        }
    }
    let fe = e.f64("fun");
    let ftol = if same { 1e-8 } else { 1e-6 };
    assert!(
        (fun - fe).abs() <= ftol * (1.0 + fe.abs()),
        "{}: fun {fun} vs {fe}",
        case.name
    );
    same
}

#[test]
fn newton_and_trust_region_methods_match_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/newton_trust.json"
    ));
    println!(
        "{:<42} {:>4} {:>4} | {:>4} {:>4} | {:>4} {:>4} | {:>4} {:>4} | status",
        "case", "nit", "sp", "nfev", "sp", "njev", "sp", "nhev", "sp"
    );
    let (mut total, mut identical) = (0, 0);
    for case in fx.cases.iter().filter(|c| c.args.has("method")) {
        let r = run(case);
        assert_eq!(r.success, r.status == 0, "{}", case.name);
        assert_eq!(r.message, case.expected.str("message"), "{}", case.name);
        identical += usize::from(compare(
            case,
            r.x.as_slice().unwrap(),
            r.fun,
            r.status,
            [r.nit, r.nfev, r.njev, r.nhev],
        ));
        total += 1;
    }
    println!("identical nit/nfev in {identical} of {total} runs");
    assert!(total >= 50);
    assert!(
        identical * 2 >= total,
        "only {identical} of {total} runs identical"
    );
}

#[test]
fn fmin_ncg_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/newton_trust.json"
    ));
    for case in fx.cases.iter().filter(|c| c.args.has("legacy")) {
        let mut o = FminNcgOptions::default();
        match case.args.str("mode") {
            "hess" => o = o.fhess(rosen_hess_fn),
            "hessp" => o = o.fhess_p(hessp_of(rosen_hess_fn)),
            _ => {}
        }
        let out = fmin_ncg_with(rosen, &[-1.2, 1.0], rosen_der, o).unwrap();
        compare(
            case,
            out.xopt.as_slice().unwrap(),
            out.fopt,
            out.warnflag,
            [0, out.fcalls, out.gcalls, out.hcalls],
        );
    }
}
