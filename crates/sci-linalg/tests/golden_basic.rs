//! Golden tests of `det`, `inv` and `solve` against SciPy 1.17.1 (`xtask/golden/linalg/basic.py`):
//! random, Hilbert, rank-deficient, near-singular, 1×1 and empty matrices, real, complex and
//! float32, every `assume_a` with both triangles (the unread one spoilt), transposed solves,
//! vector and matrix right-hand sides.
//!
//! Tolerance: norm-wise relative `max(1e-13, 4 n cond eps)` (`1e-5` floor in single
//! precision), the forward error bound of a backward-stable method; a determinant is compared
//! with an absolute tolerance of `1e-13 n` times Hadamard's bound `prod ||a_j||`. Where SciPy
//! warned of ill-conditioning, sci must return `IllConditioned` by default and the answer
//! with `accept_ill_conditioned`; where SciPy raised, sci must return the matching error.

mod common;

use common::{assert_normwise, assume_a, by_dtype, dtype_index, load, tolerance};
use sci_core::Complex64;
use sci_core::Error;
use sci_core::ndarray::{ArrayD, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{DetOptions, InvOptions, Scalar, SolveOptions, det_with, inv_with, solve_with};

/// A boolean keyword, `false` when the case leaves it out.
fn flag(case: &Case, key: &str) -> bool {
    case.args.has(key) && case.args.bool(key)
}

fn solve_options(case: &Case, accept: bool) -> SolveOptions {
    let a = &case.args;
    let mut o = SolveOptions::default().accept_ill_conditioned(accept);
    if a.has("assume_a") {
        o = o
            .assume_a(assume_a(a.str("assume_a")))
            .lower(flag(case, "lower"))
            .transposed(flag(case, "transposed"));
    }
    o
}

fn inv_options(case: &Case, accept: bool) -> InvOptions {
    let a = &case.args;
    let mut o = InvOptions::default().accept_ill_conditioned(accept);
    if a.has("assume_a") {
        o = o
            .assume_a(assume_a(a.str("assume_a")))
            .lower(flag(case, "lower"));
    }
    o
}

/// Checks one case in precision `T`.
fn check<T: Scalar + ReadableElement>(case: &Case) {
    let args = &case.args;
    let a: ArrayD<T> = args.array::<T>("a");
    let a = a.into_dimensionality::<Ix2>().expect("2-D");
    let n = a.nrows();
    let eps: f64 = <T::Real as faer::traits::RealField>::epsilon_impl().into();
    let cond = args.f64("cond");
    let warned = case.expected.bool("warned");
    let error = case
        .expected
        .has("error")
        .then(|| case.expected.str("error"));
    let rtol = tolerance(cond, eps, n);
    // Beyond this the answer carries no correct digits and SciPy's is no reference.
    let comparable = cond * eps < 1e-3;

    let outcome = |strict: Result<(), &Error>, name: &str| match (error, strict) {
        (Some("shape"), Err(Error::ShapeMismatch { .. })) => false,
        (Some("not_positive_definite"), Err(Error::NotPositiveDefinite { .. })) => false,
        // SciPy 1.17 reports a failed Cholesky inside `solve`/`inv` as "singular"; sci names
        // the leading minor that is not positive.
        (Some("singular"), Err(Error::NotPositiveDefinite { .. })) => false,
        (Some("singular"), Err(Error::SingularMatrix { .. } | Error::IllConditioned { .. })) => {
            false
        }
        (None, Err(Error::IllConditioned { .. } | Error::SingularMatrix { .. })) if warned => false,
        (None, Ok(())) if !warned => true,
        (None, Ok(())) => panic!("{name}: SciPy warned of ill-conditioning, sci accepted"),
        (e, r) => panic!("{name}: SciPy gave {e:?} (warned {warned}), sci {r:?}"),
    };

    match args.str("func") {
        "det" => {
            let d = det_with(&a, &DetOptions::default());
            if outcome(d.as_ref().map(|_| ()), &case.name) || (error.is_none() && warned) {
                let d = det_with(&a, &DetOptions::default()).expect("det");
                let expected = if case.expected.has("value") {
                    case.expected.complex("value")
                } else {
                    Complex64::new(0.0, 0.0)
                };
                let hadamard: f64 = (0..n)
                    .map(|j| {
                        a.column(j)
                            .iter()
                            .map(|v| v.to_c64().norm_sqr())
                            .sum::<f64>()
                            .sqrt()
                    })
                    .product();
                let atol = tolerance(1.0, eps, n) * (n.max(1) as f64) * hadamard;
                assert!(
                    (d.to_c64() - expected).norm() <= atol.max(rtol * expected.norm()),
                    "{}: det {:?} vs {expected}",
                    case.name,
                    d
                );
            }
        }
        "inv" => {
            let r = inv_with(&a, &inv_options(case, false));
            let strict = r.as_ref().map(|_| ());
            let compared = outcome(strict, &case.name);
            if compared || (warned && error.is_none()) {
                let x = inv_with(&a, &inv_options(case, true))
                    .expect("inv with accept_ill_conditioned");
                if comparable {
                    assert_normwise(case, x.view(), &case.expected.array::<Complex64>("x"), rtol);
                }
            }
        }
        "solve" => {
            let b: ArrayD<T> = args.array::<T>("b");
            let r = solve_with(&a, &b, &solve_options(case, false));
            let compared = outcome(r.as_ref().map(|_| ()), &case.name);
            if compared || (warned && error.is_none()) {
                let x = solve_with(&a, &b, &solve_options(case, true))
                    .expect("solve with accept_ill_conditioned");
                if comparable {
                    assert_normwise(case, x.view(), &case.expected.array::<Complex64>("x"), rtol);
                }
            }
        }
        other => panic!("unknown func {other}"),
    }
}

#[test]
fn det_inv_solve_match_scipy() {
    let fixture = load("basic");
    let mut counts = [0usize; 4];
    for case in &fixture.cases {
        by_dtype!(check, case);
        counts[dtype_index(case)] += 1;
    }
    assert!(
        counts[0] > 100 && counts[1] > 100 && counts[2] >= 6,
        "{counts:?}"
    );
}
