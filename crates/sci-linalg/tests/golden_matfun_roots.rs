//! Golden tests of `sqrtm`, `logm` and `fractional_matrix_power` against SciPy 1.17.1
//! (`xtask/golden/linalg/matfun_roots.py`): random, symmetric positive definite, upper
//! triangular, complex-eigenvalue, negative-eigenvalue (complex results), nearly singular,
//! Hilbert, Jordan-block, 1×1 and empty matrices, real and complex, `f32` and `Complex32`.
//!
//! Each case is compared norm-wise (Frobenius) with the fixture's `rtol`:
//! `max(1e-12, 10 n κ ε)` (`1e-5` floor in single precision), κ the relative condition number
//! of the function at the matrix, so ill-conditioned inputs (Hilbert, nearly singular) get
//! what their conditioning allows. The result's kind (real or complex) is checked against the
//! fixture's `real`.

mod common;

use common::{assert_normwise, by_dtype, load};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{MatrixValue, Scalar, SqrtmOptions, fractional_matrix_power, logm, sqrtm_with};

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let a: Array2<T> = case
        .args
        .array::<T>("a")
        .into_dimensionality::<Ix2>()
        .expect("2-D");
    let result = match case.args.str("function") {
        // SciPy computes singular roots with a warning; none of these inputs is exactly
        // singular, but the option keeps the comparison about the values.
        "sqrtm" => sqrtm_with(&a, &SqrtmOptions::default().accept_singular(true)),
        "logm" => logm(&a),
        _ => fractional_matrix_power(&a, case.args.f64("t")),
    }
    .unwrap_or_else(|err| panic!("{}: {err}", case.name));
    assert_eq!(
        result.is_real(),
        case.args.bool("real"),
        "{}: kind of result",
        case.name
    );
    let expected = case.expected.array::<Complex64>("x");
    match &result {
        MatrixValue::Real(x) => assert_normwise(case, x.view(), &expected, case.rtol),
        MatrixValue::Complex(x) => assert_normwise(case, x.view(), &expected, case.rtol),
    }
}

#[test]
fn matrix_roots_logarithms_and_powers_match_scipy() {
    let fixture = load("matfun_roots");
    let mut counts = [0usize; 3];
    for case in &fixture.cases {
        by_dtype!(check, case);
        match case.args.str("function") {
            "sqrtm" => counts[0] += 1,
            "logm" => counts[1] += 1,
            _ => counts[2] += 1,
        }
    }
    assert!(
        counts[0] >= 20 && counts[1] >= 19 && counts[2] >= 100,
        "{counts:?}"
    );
}
