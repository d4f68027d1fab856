//! Golden tests of `expm` against SciPy 1.17.1 (`xtask/golden/linalg/expm.py`): norms that
//! select every Padé degree and scaling, real and complex, triangular, nilpotent and strongly
//! nonnormal matrices. Tolerance: 1e-13 norm-wise for norms up to ~1; for larger norms the
//! exponential's condition number grows like `||A||` and both libraries round differently in
//! the squarings, so `1e-13 · max(1, ||A||_1)`.

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{Scalar, expm};

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let a: Array2<T> = case
        .args
        .array::<T>("a")
        .into_dimensionality::<Ix2>()
        .expect("2-D");
    let norm = (0..a.ncols())
        .map(|j| a.column(j).iter().map(|v| v.to_c64().norm()).sum::<f64>())
        .fold(0.0f64, f64::max);
    let e = expm(&a).unwrap_or_else(|err| panic!("{}: {err}", case.name));
    assert_normwise(
        case,
        e.view(),
        &case.expected.array::<Complex64>("x"),
        1e-13 * norm.max(1.0),
    );
}

#[test]
fn expm_matches_scipy() {
    let fixture = load("expm");
    for case in &fixture.cases {
        if case.args.bool("complex") {
            check::<Complex64>(case);
        } else {
            check::<f64>(case);
        }
    }
    assert!(fixture.cases.len() >= 27);
}
