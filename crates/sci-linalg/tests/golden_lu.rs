//! Golden tests of `lu`, `lu_permute_l`, `lu_p_indices`, `lu_factor` and `lu_solve` against
//! SciPy 1.17.1 (`xtask/golden/linalg/lu.py`): square and rectangular, singular and complex
//! matrices. The pivot choices must agree exactly (`piv`, `p_indices`, `P`); the factors and
//! solutions to 1e-13 norm-wise relative (the inputs are well conditioned or exactly
//! representable). A rank-deficient matrix is checked by its reconstruction `P L U = A`.

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, ArrayD, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    LuOptions, LuSolveOptions, Scalar, Trans, lu, lu_factor, lu_p_indices, lu_permute_l, lu_solve,
};

const RTOL: f64 = 1e-13;

fn usizes(case: &Case, key: &str) -> Vec<usize> {
    case.expected
        .array::<i64>(key)
        .iter()
        .map(|&v| usize::try_from(v).expect("index"))
        .collect()
}

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let a: Array2<T> = case
        .args
        .array::<T>("a")
        .into_dimensionality::<Ix2>()
        .expect("2-D");
    let e = |key: &str| case.expected.array::<Complex64>(key);
    if case.name.contains("deficient") {
        // Past the rank, the pivots are chosen among rounding errors, which differ between
        // faer's blocked kernel and LAPACK's: only the reconstruction is comparable.
        let f = lu(&a).expect("lu");
        let c = |m: &Array2<T>| m.mapv(|v| v.to_c64());
        let a_c: ArrayD<Complex64> = c(&a).into_dyn();
        assert_normwise(case, c(&f.p).dot(&c(&f.l)).dot(&c(&f.u)).view(), &a_c, RTOL);
    } else if case.name.starts_with("lu ") {
        let f = lu(&a).expect("lu");
        assert_normwise(case, f.p.view(), &e("p"), 0.0);
        assert_normwise(case, f.l.view(), &e("l"), RTOL);
        assert_normwise(case, f.u.view(), &e("u"), RTOL);
        let pl = lu_permute_l(&a, &LuOptions::default()).expect("lu permute_l");
        let expected_pl: ArrayD<Complex64> = e("p")
            .into_dimensionality::<Ix2>()
            .expect("2-D")
            .dot(&e("l").into_dimensionality::<Ix2>().expect("2-D"))
            .into_dyn();
        assert_normwise(case, pl.pl.view(), &expected_pl, RTOL);
        let pi = lu_p_indices(&a, &LuOptions::default()).expect("lu p_indices");
        assert_eq!(
            pi.p.to_vec(),
            usizes(case, "p_indices"),
            "{}: p_indices",
            case.name
        );
    } else {
        let f = lu_factor(&a, &LuOptions::default()).expect("lu_factor");
        assert_eq!(f.piv.to_vec(), usizes(case, "piv"), "{}: piv", case.name);
        assert_normwise(case, f.lu.view(), &e("lu"), RTOL);
        let b: Array2<T> = case
            .args
            .array::<T>("b")
            .into_dimensionality::<Ix2>()
            .expect("2-D");
        for (trans, key) in [
            (Trans::None, "x0"),
            (Trans::Transpose, "x1"),
            (Trans::ConjugateTranspose, "x2"),
        ] {
            let x = lu_solve(&f, &b, &LuSolveOptions::default().trans(trans)).expect("lu_solve");
            assert_normwise(case, x.view(), &e(key), RTOL);
        }
        let x = lu_solve(&f, b.column(0), &LuSolveOptions::default()).expect("lu_solve vector");
        assert_normwise(case, x.view(), &e("x_vector"), RTOL);
    }
}

#[test]
fn lu_family_matches_scipy() {
    let fixture = load("lu");
    for case in &fixture.cases {
        if case.args.bool("complex") {
            check::<Complex64>(case);
        } else {
            check::<f64>(case);
        }
    }
    assert!(fixture.cases.len() >= 19);
}
