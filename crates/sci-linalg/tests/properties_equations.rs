//! Property tests of the matrix equations on random systems of order ≤ 6 (proptest, matrices
//! drawn from a seeded normal generator):
//!
//! - `solve_sylvester` (real and complex, `A` and `B` with spectra in `Re > 0.5`, so
//!   `λ + μ` stays away from 0): residual `‖A X + X B − Q‖_F ≤ 1e-10 (‖A‖ + ‖B‖) ‖X‖`, real
//!   input giving the real solution of the complex solve;
//! - `solve_continuous_lyapunov` (stable `A`, Hermitian `Q`): the same residual bound and `X`
//!   Hermitian within `1e-10 ‖X‖`;
//! - `solve_discrete_lyapunov` (spectral radius ≤ 0.9): residual bound, and the direct and
//!   bilinear methods agreeing within `1e-9 ‖X‖`;
//! - `solve_continuous_are` / `solve_discrete_are` on random stabilizable systems (`Q ≻ 0`,
//!   `R ≻ 0`), with and without `e` and `s`, real and complex: `X` Hermitian, relative residual
//!   below `1e-10 g`, closed loop stable (left half plane / unit disc), `X ⪰ 0` where `s = 0`,
//!   and the balanced and unbalanced solutions agreeing within `1e-8 g ‖X‖`, where
//!   `g = max(1, ‖X‖/‖Q‖)` grows with the ill-conditioning of nearly uncontrollable draws.

use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci_core::Complex64;
use sci_core::ndarray::Array2;
use sci_linalg::*;

type C2 = Array2<Complex64>;

fn normal(rng: &mut StdRng, rows: usize, cols: usize) -> Array2<f64> {
    Array2::from_shape_fn((rows, cols), |_| StandardNormal.sample(rng))
}

fn cnormal(rng: &mut StdRng, rows: usize, cols: usize) -> C2 {
    Array2::from_shape_fn((rows, cols), |_| {
        Complex64::new(StandardNormal.sample(rng), StandardNormal.sample(rng))
    })
}

fn c(a: &Array2<f64>) -> C2 {
    a.mapv(Complex64::from)
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

/// `a` shifted so its spectrum lies in `Re ≥ shift`.
fn shifted(a: &C2, shift: f64) -> C2 {
    let lo = eigvals(a)
        .expect("eigenvalues")
        .iter()
        .map(|w| w.re)
        .fold(f64::INFINITY, f64::min);
    a + &(Array2::<Complex64>::eye(a.nrows()) * Complex64::from(shift - lo))
}

fn spd(rng: &mut StdRng, n: usize, complex: bool) -> C2 {
    let g = if complex {
        cnormal(rng, n, n)
    } else {
        c(&normal(rng, n, n))
    };
    g.dot(&adj(&g)) / Complex64::from(n as f64) + Array2::<Complex64>::eye(n)
}

/// A random Riccati problem: `(a, b, q, r, e, s)`.
struct Problem {
    a: C2,
    b: C2,
    q: C2,
    r: C2,
    e: Option<C2>,
    s: Option<C2>,
}

impl Problem {
    fn e_or_identity(&self) -> C2 {
        self.e
            .clone()
            .unwrap_or_else(|| Array2::eye(self.a.nrows()))
    }
    fn s_or_zero(&self) -> C2 {
        self.s
            .clone()
            .unwrap_or_else(|| Array2::zeros(self.b.dim()))
    }

    /// The residual of the (generalized) CARE or DARE relative to the sum of its terms' norms.
    fn residual(&self, discrete: bool, x: &C2) -> f64 {
        let (a, b, q, r) = (&self.a, &self.b, &self.q, &self.r);
        let (e, s) = (self.e_or_identity(), self.s_or_zero());
        if discrete {
            let g = adj(a).dot(x).dot(b) + &s;
            let k = inv(&(r + &adj(b).dot(x).dot(b)));
            let t1 = adj(a).dot(x).dot(a);
            let t2 = adj(&e).dot(x).dot(&e);
            let t3 = g.dot(&k).dot(&adj(&g));
            fro(&(&t1 - &t2 - &t3 + q)) / (fro(&t1) + fro(&t2) + fro(&t3) + fro(q))
        } else {
            let g = adj(&e).dot(x).dot(b) + &s;
            let t1 = adj(&e).dot(x).dot(a);
            let t2 = g.dot(&inv(r)).dot(&adj(&g));
            fro(&(&t1 + &adj(&t1) - &t2 + q)) / (2.0 * fro(&t1) + fro(&t2) + fro(q))
        }
    }

    /// The eigenvalues of the closed loop `E⁻¹ (A − B K)`.
    fn closed_loop(&self, discrete: bool, x: &C2) -> Vec<Complex64> {
        let (a, b, r) = (&self.a, &self.b, &self.r);
        let (e, s) = (self.e_or_identity(), self.s_or_zero());
        let k = if discrete {
            inv(&(r + &adj(b).dot(x).dot(b))).dot(&(adj(b).dot(x).dot(a) + adj(&s)))
        } else {
            inv(r).dot(&(adj(b).dot(x).dot(&e) + adj(&s)))
        };
        eigvals(&inv(&e).dot(&(a - &b.dot(&k))))
            .expect("eigenvalues")
            .to_vec()
    }
}

fn problem(seed: u64, m: usize, k: usize, complex: bool, generalized: bool) -> Problem {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut draw = |rows, cols| {
        if complex {
            cnormal(&mut rng, rows, cols)
        } else {
            c(&normal(&mut rng, rows, cols))
        }
    };
    let a = draw(m, m);
    let b = draw(m, k);
    let e = generalized.then(|| Array2::<Complex64>::eye(m) + draw(m, m) * Complex64::from(0.1));
    let s = generalized.then(|| draw(m, k) * Complex64::from(0.1));
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5eed);
    let q = spd(&mut rng, m, complex);
    let r = spd(&mut rng, k, complex);
    Problem { a, b, q, r, e, s }
}

fn solve_are(p: &Problem, discrete: bool, complex: bool, balanced: bool) -> C2 {
    if complex {
        let mut o = AreOptions::<Complex64>::default().balanced(balanced);
        if let Some(e) = &p.e {
            o = o.e(e);
        }
        if let Some(s) = &p.s {
            o = o.s(s);
        }
        if discrete {
            solve_discrete_are_with(&p.a, &p.b, &p.q, &p.r, &o).expect("solution")
        } else {
            solve_continuous_are_with(&p.a, &p.b, &p.q, &p.r, &o).expect("solution")
        }
    } else {
        let re = |x: &C2| x.mapv(|v| v.re);
        let mut o = AreOptions::<f64>::default().balanced(balanced);
        if let Some(e) = &p.e {
            o = o.e(&re(e));
        }
        if let Some(s) = &p.s {
            o = o.s(&re(s));
        }
        let (a, b, q, r) = (re(&p.a), re(&p.b), re(&p.q), re(&p.r));
        let x = if discrete {
            solve_discrete_are_with(&a, &b, &q, &r, &o)
        } else {
            solve_continuous_are_with(&a, &b, &q, &r, &o)
        };
        c(&x.expect("solution"))
    }
}

fn check_riccati(p: &Problem, discrete: bool, complex: bool) -> Result<(), TestCaseError> {
    let x = solve_are(p, discrete, complex, true);
    let e = p.e_or_identity();
    let scale = fro(&x).max(1.0);
    prop_assert!(fro(&(&x - &adj(&x))) <= 1e-13 * scale);
    // Nearly uncontrollable draws have huge, ill-conditioned solutions (SciPy's residuals
    // grow the same way): the bounds scale with ‖X‖ / ‖Q‖.
    let growth = (fro(&x) / fro(&p.q)).max(1.0);
    let res = p.residual(discrete, &x);
    prop_assert!(res <= 1e-10 * growth, "relative residual {res:e}");
    for w in p.closed_loop(discrete, &x) {
        let stable = if discrete { w.norm() < 1.0 } else { w.re < 0.0 };
        prop_assert!(stable, "closed-loop eigenvalue {w}");
    }
    if p.s.is_none() {
        // With Q ≻ 0 and no cross term the stabilizing solution is positive semidefinite.
        let w = eigvalsh(&adj(&e).dot(&x).dot(&e)).expect("eigenvalues");
        prop_assert!(w.iter().all(|&v| v >= -1e-10 * scale), "{w:?}");
    }
    let unbalanced = solve_are(p, discrete, complex, false);
    prop_assert!(fro(&(&unbalanced - &x)) <= 1e-8 * growth * scale);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn sylvester_residual(seed in any::<u64>(), m in 1usize..=6, n in 1usize..=6, complex in any::<bool>()) {
        let mut rng = StdRng::seed_from_u64(seed);
        let (a, b, q) = if complex {
            (cnormal(&mut rng, m, m), cnormal(&mut rng, n, n), cnormal(&mut rng, m, n))
        } else {
            (c(&normal(&mut rng, m, m)), c(&normal(&mut rng, n, n)), c(&normal(&mut rng, m, n)))
        };
        let (a, b) = (shifted(&a, 0.5), shifted(&b, 0.5));
        let x = if complex {
            solve_sylvester(&a, &b, &q).unwrap()
        } else {
            // The shift keeps real matrices real.
            let re = |x: &C2| x.mapv(|v| v.re);
            let xr = solve_sylvester(&re(&a), &re(&b), &re(&q)).unwrap();
            let xc = solve_sylvester(&a, &b, &q).unwrap();
            prop_assert!(fro(&(&c(&xr) - &xc)) <= 1e-12 * fro(&xc).max(1.0));
            c(&xr)
        };
        let res = fro(&(a.dot(&x) + x.dot(&b) - &q));
        prop_assert!(res <= 1e-10 * (fro(&a) + fro(&b)) * fro(&x).max(1e-300) + 1e-13 * fro(&q));
    }

    #[test]
    fn lyapunov_residual_and_symmetry(seed in any::<u64>(), n in 1usize..=6, complex in any::<bool>()) {
        let mut rng = StdRng::seed_from_u64(seed);
        let a = if complex { cnormal(&mut rng, n, n) } else { c(&normal(&mut rng, n, n)) };
        let a = -shifted(&a, 0.3);
        let q = spd(&mut rng, n, complex);
        let x = if complex {
            solve_continuous_lyapunov(&a, &q).unwrap()
        } else {
            let re = |x: &C2| x.mapv(|v| v.re);
            c(&solve_lyapunov(&re(&a), &re(&q)).unwrap())
        };
        let res = fro(&(a.dot(&x) + x.dot(&adj(&a)) - &q));
        prop_assert!(res <= 1e-10 * 2.0 * fro(&a) * fro(&x) + 1e-13 * fro(&q));
        prop_assert!(fro(&(&x - &adj(&x))) <= 1e-10 * fro(&x));
    }

    #[test]
    fn discrete_lyapunov_methods_agree(seed in any::<u64>(), n in 1usize..=6, complex in any::<bool>()) {
        let mut rng = StdRng::seed_from_u64(seed);
        let a = if complex { cnormal(&mut rng, n, n) } else { c(&normal(&mut rng, n, n)) };
        // ρ(A) ≤ ‖A‖₂ ≤ ‖A‖_F.
        let a = &a * Complex64::from(0.9 / fro(&a));
        let q = spd(&mut rng, n, complex);
        let direct = DiscreteLyapunovOptions::default().method(DiscreteLyapunovMethod::Direct);
        let bilinear = DiscreteLyapunovOptions::default().method(DiscreteLyapunovMethod::Bilinear);
        let x = solve_discrete_lyapunov_with(&a, &q, &direct).unwrap();
        let y = solve_discrete_lyapunov_with(&a, &q, &bilinear).unwrap();
        prop_assert!(fro(&(&x - &y)) <= 1e-9 * fro(&x));
        let res = fro(&(a.dot(&x).dot(&adj(&a)) - &x + &q));
        prop_assert!(res <= 1e-12 * (fro(&x) + fro(&q)));
    }

    #[test]
    fn continuous_are_invariants(seed in any::<u64>(), m in 1usize..=6, k in 1usize..=3,
                                 complex in any::<bool>(), generalized in any::<bool>()) {
        check_riccati(&problem(seed, m, k, complex, generalized), false, complex)?;
    }

    #[test]
    fn discrete_are_invariants(seed in any::<u64>(), m in 1usize..=6, k in 1usize..=3,
                               complex in any::<bool>(), generalized in any::<bool>()) {
        check_riccati(&problem(seed, m, k, complex, generalized), true, complex)?;
    }
}
