//! Golden tests of `solve_triangular`, `solve_banded` and `solveh_banded` against SciPy
//! 1.17.1 (`xtask/golden/linalg/structured.py`): every `trans`, both triangles, unit
//! diagonals (spoilt so they must not be read), band widths from (0, 0) to (3, 2), both
//! band storage forms, Toeplitz solves and products (column only, and column with row) and
//! circulant solves (raise and lstsq on a singular one), real and complex. Tolerance 1e-13
//! norm-wise: the matrices are diagonally weighted, with condition numbers below 100.

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, ArrayD, Ix1, Ix2, s};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    CirculantSingular, Scalar, SolveBandedOptions, SolveCirculantOptions, SolveTriangularOptions,
    Trans, matmul_toeplitz, solve_banded, solve_circulant, solve_circulant_with, solve_toeplitz,
    solve_triangular_with, solveh_banded_with,
};

const RTOL: f64 = 1e-13;

fn matrix<T: ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn vector<T: ReadableElement>(case: &Case, key: &str) -> Array1<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix1>()
        .expect("1-D")
}

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let args = &case.args;
    let e = |key: &str| case.expected.array::<Complex64>(key);
    let b: ArrayD<T> = args.array("b");
    match args.str("func") {
        "solve_triangular" => {
            let trans = match args.i64("trans") {
                0 => Trans::None,
                1 => Trans::Transpose,
                _ => Trans::ConjugateTranspose,
            };
            let o = SolveTriangularOptions::default()
                .lower(args.bool("lower"))
                .unit_diagonal(args.bool("unit_diagonal"))
                .trans(trans);
            let x =
                solve_triangular_with(&matrix::<T>(case, "a"), &b, &o).expect("solve_triangular");
            assert_normwise(case, x.view(), &e("x"), RTOL);
        }
        "solve_banded" => {
            let lu = (args.usize("l"), args.usize("u"));
            let ab = matrix::<T>(case, "ab");
            assert_normwise(
                case,
                solve_banded(lu, &ab, &b).expect("solve_banded").view(),
                &e("x"),
                RTOL,
            );
            let bm: ArrayD<T> = args.array("bm");
            assert_normwise(
                case,
                solve_banded(lu, &ab, &bm).expect("solve_banded").view(),
                &e("xm"),
                RTOL,
            );
        }
        "solveh_banded" => {
            let o = SolveBandedOptions::default().lower(args.bool("lower"));
            let x = solveh_banded_with(&matrix::<T>(case, "ab"), &b, &o).expect("solveh_banded");
            assert_normwise(case, x.view(), &e("x"), RTOL);
        }
        "toeplitz" => {
            let c: Array1<T> = vector(case, "c");
            let r: Array1<T> = vector(case, "r");
            let x = solve_toeplitz(&c, Some(r.view()), &b).expect("solve_toeplitz");
            assert_normwise(case, x.view(), &e("x_cr"), RTOL);
            let b0 = matrix::<T>(case, "b").column(0).to_owned();
            let x = solve_toeplitz(&c, None, &b0).expect("solve_toeplitz c only");
            assert_normwise(case, x.view(), &e("x_c"), RTOL);
            let r_long: Array1<T> = vector(case, "r_long");
            let xm = matrix::<T>(case, "xm");
            let y = matmul_toeplitz(&c, Some(r_long.view()), &xm).expect("matmul_toeplitz");
            assert_normwise(case, y.view(), &e("y_cr"), RTOL);
            let x0 = xm.column(0).slice(s![..c.len()]).to_owned();
            let y = matmul_toeplitz(&c, None, &x0).expect("matmul_toeplitz c only");
            assert_normwise(case, y.view(), &e("y_c"), RTOL);
        }
        "circulant" => {
            let c: Array1<T> = vector(case, "c");
            assert_normwise(
                case,
                solve_circulant(&c, &b).expect("solve_circulant").view(),
                &e("x"),
                RTOL,
            );
            let b0 = matrix::<T>(case, "b").column(0).to_owned();
            assert_normwise(
                case,
                solve_circulant(&c, &b0).expect("vector").view(),
                &e("x_vector"),
                RTOL,
            );
        }
        "circulant singular" => {
            let c: Array1<T> = vector(case, "c");
            assert!(
                solve_circulant(&c, &b).is_err(),
                "{}: must be singular",
                case.name
            );
            let o = SolveCirculantOptions::default().singular(CirculantSingular::Lstsq);
            let x = solve_circulant_with(&c, &b, &o).expect("lstsq");
            assert_normwise(case, x.view(), &e("x_lstsq"), RTOL);
        }
        other => panic!("unknown func {other}"),
    }
}

#[test]
fn structured_solvers_match_scipy() {
    let fixture = load("structured");
    for case in &fixture.cases {
        if case.args.bool("complex") {
            check::<Complex64>(case);
        } else {
            check::<f64>(case);
        }
    }
    assert!(fixture.cases.len() > 80);
}
