//! Golden tests of `norm` and numpy's extras (`matrix_rank`, `cond`, `slogdet`,
//! `matrix_power`) against SciPy 1.17.1 / numpy (`xtask/golden/linalg/norm.py`): vector orders
//! (1, 2, ±inf, 0, 0.5, 3, -1, 'fro' refused), matrix orders ('fro', 'nuc', ±1, ±2, ±inf, 3
//! refused), `axis` (one, two, negative, out of range, duplicated) and `keepdims` on real,
//! complex, float32, 3-D and empty input, overflow-prone vectors; square, rectangular, Hilbert,
//! rank-deficient, near-singular, singular, 1×1 and empty matrices for the extras.
//!
//! Tolerances: norms within `max(1e-13, 4 n ε)` relative (`1e-5` in single precision, where
//! numpy accumulates in float32); matrix ranks exactly; `cond` within `tolerance(κ)` relative
//! with `κ` the 1-norm condition number (SciPy's value for the 2-norm ones), and where `κ ε >
//! 1e-3` (singular input, no correct digits) only "huge or infinite"; `slogdet`'s sign within
//! `1e-6` and `logabsdet` within `tolerance(κ)` absolute; `matrix_power` norm-wise within `|k|
//! tolerance(κ^|k|)` for negative powers and `k tolerance(‖A‖^k / ‖A^k‖)` for positive ones.
//! Where numpy raised, sci must return an error.

mod common;

use common::{assert_normwise, by_dtype, dtype_index, load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{ArrayD, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    CondOptions, MatrixRankOptions, NormOptions, NormOrd, Scalar, cond_with, matrix_power,
    matrix_rank_with, norm, norm_with, slogdet,
};

fn eps<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

fn ord(case: &Case) -> Option<NormOrd> {
    let v = case.args.get("ord");
    if v.is_null() {
        return None;
    }
    Some(match v.as_str() {
        Some("fro") => NormOrd::Fro,
        Some("nuc") => NormOrd::Nuc,
        Some("inf") => NormOrd::Inf,
        Some("-inf") => NormOrd::NegInf,
        Some(other) => panic!("{}: ord {other}", case.name),
        None => NormOrd::P(case.args.f64("ord")),
    })
}

fn error(case: &Case) -> bool {
    case.expected.has("error")
}

fn close(got: f64, want: f64, rtol: f64) -> bool {
    got == want || (got - want).abs() <= rtol * want.abs()
}

fn check_norm<T: Scalar + ReadableElement>(case: &Case) {
    let a: ArrayD<T> = case.args.array("a");
    let mut o = NormOptions::default();
    if let Some(p) = ord(case) {
        o = o.ord(p);
    }
    if case.args.has("keepdims") {
        o = o.keepdims(case.args.bool("keepdims"));
    }
    if case.args.has("axis") {
        let axis = case.args.f64_list("axis");
        o = match axis.as_slice() {
            [k] => o.axis(*k as isize),
            [r, c] => o.axes(*r as isize, *c as isize),
            _ => panic!("{}: axis", case.name),
        };
    }
    let r = norm_with(&a, &o);
    if error(case) {
        assert!(r.is_err(), "{}: numpy raised, sci gave {r:?}", case.name);
        return;
    }
    let r = r.unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let shape: Vec<usize> = case
        .expected
        .f64_list("shape")
        .into_iter()
        .map(|v| v as usize)
        .collect();
    assert_eq!(r.shape(), shape.as_slice(), "{}: shape", case.name);
    let mut rtol = tolerance(1.0, eps::<T>(), a.len());
    if shape.is_empty() {
        let got: f64 = r.iter().next().map(|&v| v.into()).expect("value");
        let want = case.expected.complex("x").re;
        if o.ord == Some(NormOrd::P(-2.0)) && want > 0.0 {
            // The smallest singular value carries an absolute error of ε ‖A‖.
            let fro = a.iter().map(|v| v.to_c64().norm_sqr()).sum::<f64>().sqrt();
            rtol = tolerance(fro / want, eps::<T>(), a.len());
        }
        assert!(close(got, want, rtol), "{}: {got} vs {want}", case.name);
        if o.ord.is_none() && !case.args.has("axis") && !o.keepdims {
            let plain: f64 = norm(&a).expect("norm").into();
            assert!(
                close(plain, want, rtol),
                "{}: norm() {plain} vs {want}",
                case.name
            );
        }
    } else {
        let got = r.mapv(|v| T::from_real(v));
        assert_normwise(
            case,
            got.view(),
            &case.expected.array::<Complex64>("x"),
            rtol,
        );
    }
}

fn check_extra<T: Scalar + ReadableElement>(case: &Case) {
    let a = case
        .args
        .array::<T>("a")
        .into_dimensionality::<Ix2>()
        .expect("2-D");
    let n = a.nrows().max(a.ncols());
    let e = eps::<T>();
    let kappa = case.args.f64("cond1");
    // NaN-safe: an infinite or NaN κ is hopeless too.
    let hopeless = kappa.is_nan() || kappa * e >= 1e-3;
    match case.args.str("func") {
        "matrix_rank" => {
            let mut o = MatrixRankOptions::default();
            if case.args.has("tol") {
                o = o.tol(case.args.f64("tol"));
            }
            let r = matrix_rank_with(&a, &o).expect("matrix_rank");
            assert_eq!(r as f64, case.expected.complex("x").re, "{}", case.name);
        }
        "cond" => {
            let mut o = CondOptions::default();
            if let Some(p) = ord(case) {
                o = o.p(p);
            }
            let r = cond_with(&a, &o);
            if error(case) && o.p == Some(NormOrd::Nuc) && kappa.is_infinite() {
                // numpy takes the SVD of a singular matrix's NaN inverse and raises "SVD did
                // not converge"; sci reports the infinite condition number, as for the other
                // orders.
                let got: f64 = r.expect("cond nuc").into();
                assert!(got.is_infinite(), "{}: {got}", case.name);
                return;
            }
            if error(case) {
                assert!(r.is_err(), "{}: numpy raised, sci gave {r:?}", case.name);
                return;
            }
            let got: f64 = r.unwrap_or_else(|e| panic!("{}: {e}", case.name)).into();
            let want = case.expected.complex("x").re;
            let minus_two = o.p == Some(NormOrd::P(-2.0));
            // The 2-norm ones are rectangular too: their own value is the condition number.
            let k = if matches!(o.p, None | Some(NormOrd::P(2.0) | NormOrd::P(-2.0))) {
                if minus_two { 1.0 / want } else { want }
            } else {
                kappa
            };
            if k.is_nan() || k * e >= 1e-3 {
                if minus_two {
                    assert!(got <= 1e3 * e, "{}: {got} not tiny", case.name);
                } else {
                    assert!(got >= 1e-3 / e, "{}: {got} not huge", case.name);
                }
            } else {
                let rtol = tolerance(k, e, n);
                assert!(close(got, want, rtol), "{}: {got} vs {want}", case.name);
            }
        }
        "slogdet" => {
            let r = slogdet(&a);
            if error(case) {
                assert!(r.is_err(), "{}: numpy raised", case.name);
                return;
            }
            let r = r.expect("slogdet");
            let want_sign = case.expected.complex("sign");
            let want_log = case.expected.f64("logabsdet");
            if want_log == f64::NEG_INFINITY {
                assert_eq!(r.sign.to_c64(), Complex64::new(0.0, 0.0), "{}", case.name);
                assert_eq!(r.logabsdet.into(), f64::NEG_INFINITY, "{}", case.name);
            } else if !hopeless {
                assert!(
                    (r.sign.to_c64() - want_sign).norm() < 1e-6,
                    "{}: sign",
                    case.name
                );
                let got: f64 = r.logabsdet.into();
                assert!(
                    (got - want_log).abs() <= tolerance(kappa, e, n),
                    "{}: {got} vs {want_log}",
                    case.name
                );
            }
        }
        "matrix_power" => {
            let k = case.args.i64("n");
            let r = matrix_power(&a, k);
            if error(case) {
                assert!(
                    r.is_err() || hopeless,
                    "{}: numpy raised, sci gave {r:?}",
                    case.name
                );
                return;
            }
            let x = match r {
                Ok(x) => x,
                Err(_) if hopeless && k < 0 => return,
                Err(err) => panic!("{}: {err}", case.name),
            };
            let expected: ArrayD<Complex64> = case.expected.array("x");
            let frob = |it: &mut dyn Iterator<Item = f64>| it.map(|v| v * v).sum::<f64>().sqrt();
            let rtol = if k < 0 {
                if hopeless || kappa.powi(-k as i32) * e > 1e-3 {
                    return;
                }
                (-k) as f64 * tolerance(kappa.powi(-k as i32), e, n)
            } else {
                let na = frob(&mut a.iter().map(|v| v.to_c64().norm()));
                let nk = frob(&mut expected.iter().map(|v| v.norm()));
                let growth = if nk > 0.0 {
                    na.powi(k as i32) / nk
                } else {
                    1.0
                };
                (k.max(1) as f64) * tolerance(growth, e, n)
            };
            assert_normwise(case, x.view(), &expected, rtol);
        }
        other => panic!("{}: unknown func {other}", case.name),
    }
}

fn check<T: Scalar + ReadableElement>(case: &Case) {
    if case.args.str("func") == "norm" {
        check_norm::<T>(case);
    } else {
        check_extra::<T>(case);
    }
}

#[test]
fn norms_and_numpy_extras_match() {
    let fixture = load("norm");
    let mut counts = [0usize; 4];
    for case in &fixture.cases {
        by_dtype!(check, case);
        counts[dtype_index(case)] += 1;
    }
    assert!(
        counts[0] > 250 && counts[1] > 50 && counts[2] > 20 && counts[3] > 10,
        "{counts:?}"
    );
}
