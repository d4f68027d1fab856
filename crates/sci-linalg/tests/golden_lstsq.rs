//! Golden tests of `lstsq`, `pinv` and `pinvh` against SciPy 1.17.1
//! (`xtask/golden/linalg/lstsq.py`): square, tall, wide, Hilbert, rank-deficient,
//! near-singular, 1×1 and empty matrices, real, complex, float32 and complex64, vector and
//! matrix right-hand sides, SciPy's `cond`, `atol`/`rtol` and `lower`.
//!
//! Tolerances: the rank exactly; the singular values norm-wise within `max(1e-13, 4 n ε)`
//! (`1e-5` floor in single precision); the solution norm-wise within `tolerance(κ (1 + κ η))`,
//! the first-order bound of the least-squares problem, with `κ` the ratio of the largest to the
//! smallest singular value kept and `η = ‖b - A x‖ / (‖A‖ ‖x‖)` (compared where that is below
//! `1e-2`); the residues within `2 ‖r‖ ‖b‖ tolerance(κ) + tolerance(1) ‖r‖²`. The
//! pseudo-inverses norm-wise within `tolerance(3 κ)` (the perturbation bound of `A⁺` for a
//! fixed rank).

mod common;

use common::{assert_normwise, by_dtype, dtype_index, load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, ArrayD, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{LstsqOptions, PinvOptions, Scalar, lstsq_with, pinv_with, pinvh_with};

fn eps<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

fn frobenius(a: &ArrayD<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn pinv_options(case: &Case) -> PinvOptions {
    let args = &case.args;
    let mut o = PinvOptions::default();
    if args.has("atol") {
        o = o.atol(args.f64("atol"));
    }
    if args.has("rtol") {
        o = o.rtol(args.f64("rtol"));
    }
    if args.has("lower") {
        o = o.lower(args.bool("lower"));
    }
    o
}

/// Checks one case; whether the solution was compared with SciPy's.
fn check<T: Scalar + ReadableElement>(case: &Case) -> bool {
    let args = &case.args;
    let a = args
        .array::<T>("a")
        .into_dimensionality::<Ix2>()
        .expect("2-D");
    let (m, n) = a.dim();
    let e = eps::<T>();
    let kappa = case.expected.f64("cond2");
    match args.str("func") {
        "lstsq" => {
            let b = args.array::<T>("b");
            let mut o = LstsqOptions::default();
            if args.has("cond") {
                o = o.cond(args.f64("cond"));
            }
            let r = lstsq_with(&a, &b, &o).expect("lstsq");
            assert_eq!(r.rank, case.expected.usize("rank"), "{}: rank", case.name);
            let s: Vec<f64> = r.s.iter().map(|&x| x.into()).collect();
            let s = sci_core::ndarray::Array1::from(s);
            assert_normwise(
                case,
                s.view(),
                &case.expected.array::<Complex64>("s"),
                tolerance(1.0, e, m.max(n)),
            );
            // η from SciPy's solution.
            let x_ref: ArrayD<Complex64> = case.expected.array("x");
            let a64: Array2<Complex64> = a.mapv(Scalar::to_c64);
            let b64: ArrayD<Complex64> = b.mapv(Scalar::to_c64);
            let x2 = x_ref
                .view()
                .into_shape_with_order((n, x_ref.len() / n.max(1)))
                .map(|v| v.to_owned());
            let eta = match x2 {
                Ok(x2) if n > 0 => {
                    let ax = a64.dot(&x2).into_dyn();
                    let res = &b64
                        .view()
                        .into_shape_with_order(ax.shape())
                        .expect("b")
                        .to_owned()
                        - &ax;
                    frobenius(&res)
                        / (frobenius(&a64.clone().into_dyn()) * frobenius(&x_ref))
                            .max(f64::MIN_POSITIVE)
                }
                _ => 0.0,
            };
            let rtol = tolerance(kappa * (1.0 + kappa * eta), e, m.max(n));
            let compared = rtol < 1e-2;
            if compared {
                assert_normwise(case, r.x.view(), &x_ref, rtol);
            }
            let expected: ArrayD<Complex64> = case.expected.array("residues");
            assert_eq!(
                r.residues.len(),
                expected.len(),
                "{}: residues {:?}",
                case.name,
                r.residues
            );
            let bnorm = frobenius(&b64);
            for (got, want) in r.residues.iter().zip(expected.iter()) {
                let got: f64 = (*got).into();
                let tol = 2.0 * want.re.sqrt() * bnorm * tolerance(kappa, e, m.max(n))
                    + tolerance(1.0, e, m.max(n)) * want.re;
                assert!(
                    (got - want.re).abs() <= tol,
                    "{}: residue {got} vs {}",
                    case.name,
                    want.re
                );
            }
            compared
        }
        "pinv" => {
            let x = pinv_with(&a, &pinv_options(case)).expect("pinv");
            let rtol = tolerance(3.0 * kappa, e, m.max(n));
            let compared = rtol < 1e-2;
            if compared {
                assert_normwise(case, x.view(), &case.expected.array::<Complex64>("x"), rtol);
            }
            compared
        }
        "pinvh" => {
            let x = pinvh_with(&a, &pinv_options(case)).expect("pinvh");
            let rtol = tolerance(3.0 * kappa, e, m.max(n));
            let compared = rtol < 1e-2;
            if compared {
                assert_normwise(case, x.view(), &case.expected.array::<Complex64>("x"), rtol);
            }
            compared
        }
        other => panic!("{}: unknown func {other}", case.name),
    }
}

#[test]
fn lstsq_pinv_pinvh_match_scipy() {
    let fixture = load("lstsq");
    let mut counts = [0usize; 4];
    let mut compared = 0;
    for case in &fixture.cases {
        compared += usize::from(by_dtype!(check, case));
        counts[dtype_index(case)] += 1;
    }
    assert!(
        counts[0] > 80 && counts[1] > 20 && counts[2] >= 4 && counts[3] >= 4,
        "{counts:?}"
    );
    assert!(compared > 130, "only {compared} solutions compared");
}
