//! Golden tests of the matrix equations against SciPy 1.17.1
//! (`xtask/golden/linalg/equations.py`): `solve_sylvester`, `solve_continuous_lyapunov`,
//! `solve_discrete_lyapunov` (default, direct, bilinear), `solve_continuous_are` and
//! `solve_discrete_are` (with and without `e`, `s`, `balanced`), on SciPy's doc examples,
//! Laub's and Van Dooren's small examples, double integrators, random, complex, badly scaled,
//! Hilbert-based, 1×1, empty and f32 inputs.
//!
//! Sylvester and Lyapunov solutions are compared norm-wise with SciPy's within
//! `tolerance(cond, ε, n)` (1e-13 for well-conditioned operators, `4 n cond ε` beyond, `cond`
//! the 1-norm condition number of the operator's Kronecker form). Riccati solutions are compared
//! within the case's `rtol` (1e-10, or 100× the gap between SciPy's balanced and unbalanced
//! solutions where the problem is badly scaled; at least 1e-6 for f32, which SciPy computes in
//! double precision and we round) and, independently of SciPy, checked to be Hermitian, to
//! leave a residual below 1e-9 relative to the size of the equation's terms (or 10× SciPy's
//! own residual where that is larger: badly scaled problems; 1e-5 for f32), and to stabilize
//! the closed loop. Where SciPy raises, an error is expected.

mod common;

use common::{assert_normwise, load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::*;

type C2 = Array2<Complex64>;

fn eps<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

fn arg<T: ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn c64<T: Scalar>(a: &Array2<T>) -> C2 {
    a.mapv(T::to_c64)
}

fn adj(a: &C2) -> C2 {
    a.t().mapv(|v| v.conj())
}

fn fro(a: &C2) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn inv(a: &C2) -> C2 {
    sci_linalg::inv(a).expect("invertible")
}

/// A Riccati problem in complex arithmetic (`e = I`, `s = 0` when absent).
struct Riccati {
    discrete: bool,
    a: C2,
    b: C2,
    q: C2,
    r: C2,
    e: C2,
    s: C2,
}

impl Riccati {
    /// The residual of the (generalized) CARE or DARE relative to the sum of its terms' norms.
    fn residual(&self, x: &C2) -> f64 {
        let (a, b, q, r, e, s) = (&self.a, &self.b, &self.q, &self.r, &self.e, &self.s);
        if self.discrete {
            let g = adj(a).dot(x).dot(b) + s;
            let k = inv(&(r + &adj(b).dot(x).dot(b)));
            let t1 = adj(a).dot(x).dot(a);
            let t2 = adj(e).dot(x).dot(e);
            let t3 = g.dot(&k).dot(&adj(&g));
            fro(&(&t1 - &t2 - &t3 + q)) / (fro(&t1) + fro(&t2) + fro(&t3) + fro(q))
        } else {
            let g = adj(e).dot(x).dot(b) + s;
            let t1 = adj(e).dot(x).dot(a);
            let t2 = g.dot(&inv(r)).dot(&adj(&g));
            fro(&(&t1 + &adj(&t1) - &t2 + q)) / (2.0 * fro(&t1) + fro(&t2) + fro(q))
        }
    }

    /// The eigenvalues of the closed loop `E⁻¹ (A − B K)`.
    fn closed_loop(&self, x: &C2) -> Vec<Complex64> {
        let (a, b, r, e, s) = (&self.a, &self.b, &self.r, &self.e, &self.s);
        let k = if self.discrete {
            inv(&(r + &adj(b).dot(x).dot(b))).dot(&(adj(b).dot(x).dot(a) + adj(s)))
        } else {
            inv(r).dot(&(adj(b).dot(x).dot(e) + adj(s)))
        };
        eigvals(&inv(e).dot(&(a - &b.dot(&k))))
            .expect("eigenvalues")
            .to_vec()
    }

    /// Hermitian, small residual, stabilizing.
    fn assert_solution(&self, name: &str, x: &C2, tol: f64) {
        let asym = fro(&(x - &adj(x)));
        assert!(asym <= 1e-14 * fro(x), "{name}: X not Hermitian ({asym:e})");
        let res = self.residual(x);
        assert!(res <= tol, "{name}: relative residual {res:e} > {tol:e}");
        for w in self.closed_loop(x) {
            let stable = if self.discrete {
                w.norm() < 1.0
            } else {
                w.re < 0.0
            };
            assert!(stable, "{name}: closed-loop eigenvalue {w} not stable");
        }
    }
}

fn check<T: Scalar + ReadableElement>(case: &Case) -> usize {
    let func = case.args.str("func");
    let a = arg::<T>(case, "a");
    let expect_error = case.expected.has("error");
    let result: sci_core::Result<Array2<T>> = match func {
        "solve_sylvester" => solve_sylvester(&a, &arg::<T>(case, "b"), &arg::<T>(case, "q")),
        "solve_continuous_lyapunov" => solve_continuous_lyapunov(&a, &arg::<T>(case, "q")),
        "solve_discrete_lyapunov" => {
            let mut options = DiscreteLyapunovOptions::default();
            match case.args.get("method").as_str() {
                Some("direct") => options = options.method(DiscreteLyapunovMethod::Direct),
                Some("bilinear") => options = options.method(DiscreteLyapunovMethod::Bilinear),
                _ => {}
            }
            solve_discrete_lyapunov_with(&a, &arg::<T>(case, "q"), &options)
        }
        "solve_continuous_are" | "solve_discrete_are" => {
            let mut options = AreOptions::default().balanced(case.args.bool("balanced"));
            if case.args.has("e") {
                options = options.e(&arg::<T>(case, "e"));
            }
            if case.args.has("s") {
                options = options.s(&arg::<T>(case, "s"));
            }
            let (b, q, r) = (
                arg::<T>(case, "b"),
                arg::<T>(case, "q"),
                arg::<T>(case, "r"),
            );
            if func == "solve_continuous_are" {
                solve_continuous_are_with(&a, &b, &q, &r, &options)
            } else {
                solve_discrete_are_with(&a, &b, &q, &r, &options)
            }
        }
        other => panic!("{}: unknown func {other}", case.name),
    };
    if expect_error {
        assert!(
            result.is_err(),
            "{}: SciPy raised ({}), we returned {:?}",
            case.name,
            case.expected.str("error"),
            result
        );
        return 1;
    }
    let x = result.unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let expected = case.expected.array::<Complex64>("x");
    if func.ends_with("_are") {
        let single = eps::<T>() > 1e-10;
        let rtol = case
            .expected
            .f64("rtol")
            .max(if single { 1e-6 } else { 0.0 });
        assert_normwise(case, x.view(), &expected, rtol);
        let b = c64(&arg::<T>(case, "b"));
        let m = a.nrows();
        let problem = Riccati {
            discrete: func == "solve_discrete_are",
            a: c64(&a),
            q: c64(&arg::<T>(case, "q")),
            r: c64(&arg::<T>(case, "r")),
            e: if case.args.has("e") {
                c64(&arg::<T>(case, "e"))
            } else {
                Array2::eye(m)
            },
            s: if case.args.has("s") {
                c64(&arg::<T>(case, "s"))
            } else {
                Array2::zeros(b.dim())
            },
            b,
        };
        let tol = case
            .expected
            .f64("residual_tol")
            .max(if single { 1e-5 } else { 0.0 });
        problem.assert_solution(&case.name, &c64(&x), tol);
    } else {
        let n = a.nrows().max(x.ncols());
        let rtol = tolerance(case.args.f64("cond"), eps::<T>(), n);
        assert_normwise(case, x.view(), &expected, rtol);
    }
    1
}

#[test]
fn equations_match_scipy() {
    let fixture = load("equations");
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for case in &fixture.cases {
        let dtype = case.args.str("dtype");
        let checked = match dtype {
            "float64" => check::<f64>(case),
            "complex128" => check::<Complex64>(case),
            "float32" => check::<f32>(case),
            other => panic!("{}: dtype {other}", case.name),
        };
        *counts.entry(case.args.str("func").to_string()).or_default() += checked;
    }
    // Every family was exercised.
    assert_eq!(counts.len(), 5, "{counts:?}");
    assert!(counts.values().all(|&c| c >= 8), "{counts:?}");
}
