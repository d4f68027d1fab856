//! Golden tests of `cholesky`, `cho_factor`, `cho_solve`, `cholesky_banded` and
//! `cho_solve_banded` against SciPy 1.17.1 (`xtask/golden/linalg/cholesky.py`): upper and
//! lower, real, complex and float32, with the unread triangle spoilt; the
//! not-positive-definite error must name the same leading minor; `ldl` must choose SciPy's
//! pivots (`perm`) and factors. Tolerance 1e-13 norm-wise
//! (1e-5 in single precision); the matrices have condition numbers below 100.

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, Ix1, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    CholeskyBandedOptions, CholeskyOptions, LdlOptions, Scalar, cho_factor, cho_solve,
    cho_solve_banded, cholesky_banded, cholesky_with, ldl_with,
};

fn matrix<T: ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn check<T: Scalar + ReadableElement>(case: &Case, rtol: f64) {
    let e = |key: &str| case.expected.array::<Complex64>(key);
    let lower = case.args.bool("lower");
    if case.name.starts_with("ldl") {
        let o = LdlOptions::default()
            .lower(lower)
            .hermitian(case.args.bool("hermitian"));
        let f = ldl_with(&matrix::<T>(case, "a"), &o).expect("ldl");
        let perm: Vec<usize> = case
            .expected
            .array::<i64>("perm")
            .iter()
            .map(|&p| usize::try_from(p).expect("index"))
            .collect();
        assert_eq!(f.perm.to_vec(), perm, "{}: perm", case.name);
        assert_normwise(case, f.lu.view(), &e("lu"), rtol);
        assert_normwise(case, f.d.view(), &e("d"), rtol);
        return;
    }
    if case.name.starts_with("cholesky_banded") {
        let ab = matrix::<T>(case, "ab");
        let cb = cholesky_banded(&ab, &CholeskyBandedOptions::default().lower(lower))
            .expect("cholesky_banded");
        assert_normwise(case, cb.view(), &e("cb"), rtol);
        let b: Array1<T> = case
            .args
            .array::<T>("b")
            .into_dimensionality::<Ix1>()
            .expect("1-D");
        let x = cho_solve_banded(&cb, lower, &b, &Default::default()).expect("cho_solve_banded");
        assert_normwise(case, x.view(), &e("x"), rtol);
        return;
    }
    let a = matrix::<T>(case, "a");
    let options = CholeskyOptions::default().lower(lower);
    assert_normwise(
        case,
        cholesky_with(&a, &options).expect("cholesky").view(),
        &e("c"),
        rtol,
    );
    if case.expected.has("cho_factor") {
        let f = cho_factor(&a, &options).expect("cho_factor");
        assert_normwise(case, f.c.view(), &e("cho_factor"), rtol);
        let x = cho_solve(&f, &matrix::<T>(case, "b"), &Default::default()).expect("cho_solve");
        assert_normwise(case, x.view(), &e("x"), rtol);
    }
}

#[test]
fn cholesky_family_matches_scipy() {
    let fixture = load("cholesky");
    for case in &fixture.cases {
        if case.name.starts_with("not positive definite") {
            let a = matrix::<f64>(case, "a");
            let order = case.expected.usize("order");
            match cholesky_with(&a, &CholeskyOptions::default()) {
                Err(Error::NotPositiveDefinite { order: o }) => {
                    assert_eq!(o, order, "{}", case.name)
                }
                other => panic!("{}: {other:?}", case.name),
            }
        } else if case.name == "cholesky f32" {
            check::<f32>(case, 1e-5);
        } else if case.args.bool("complex") {
            check::<Complex64>(case, 1e-13);
        } else {
            check::<f64>(case, 1e-13);
        }
    }
    assert_eq!(fixture.cases.len(), 52);
}
