//! Golden tests of the stacked forms `stacked::{det, inv, solve}` against SciPy 1.17.1 on
//! `(3, 2, 4, 4)` stacks, real and complex, with a `(2, 4, 3)` right-hand side broadcast
//! against them and a 1-D one shared by all (`xtask/golden/linalg/basic.py`, topic
//! `stacked`), and `stacked::{lu, cholesky}` on `(3, 2, 4, 3)` and `(2, 3, 5, 5)` stacks.
//! Tolerance 1e-13 norm-wise (the matrices are diagonally weighted, well conditioned).

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::ArrayD;
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{CholeskyOptions, LuOptions, Scalar, stacked};

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let a: ArrayD<T> = case.args.array("a");
    let expected = case.expected.array::<Complex64>("x");
    let x = match case.args.str("func") {
        "det" => stacked::det(&a),
        "inv" => stacked::inv(&a),
        "solve" => stacked::solve(&a, &case.args.array::<T>("b")),
        "cholesky" => stacked::cholesky(&a, &CholeskyOptions::default()),
        "lu" => {
            let f = stacked::lu(&a, &LuOptions::default())
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_normwise(
                case,
                f.p.view(),
                &case.expected.array::<Complex64>("p"),
                0.0,
            );
            assert_normwise(
                case,
                f.l.view(),
                &case.expected.array::<Complex64>("l"),
                1e-13,
            );
            Ok(f.u)
        }
        other => panic!("unknown func {other}"),
    }
    .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_normwise(case, x.view(), &expected, 1e-13);
}

#[test]
fn stacked_forms_match_scipy() {
    let fixture = load("stacked");
    for case in &fixture.cases {
        if case.name.contains("complex") {
            check::<Complex64>(case);
        } else {
            check::<f64>(case);
        }
    }
    assert_eq!(fixture.cases.len(), 10);
}
