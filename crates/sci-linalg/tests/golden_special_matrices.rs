//! Golden tests of the special matrices and structure helpers against SciPy 1.17.1
//! (`xtask/golden/linalg/special_matrices.py`, fixture `tests/data/special_matrices.json`).
//!
//! Tolerances are the fixture's, per case: bit-for-bit (`rtol = atol = 0`, up to the sign of
//! zero) where SciPy's construction is exact (copies of the input, one product or quotient
//! per entry, integers); 1e-13 relative for the closed forms computed along another route
//! (helmert, float invhilbert, float pascal/invpascal); 1e-13 relative with a 1e-13 absolute
//! floor for dft (SciPy forms the roots of unity by repeated powers); 1e-15 relative for
//! complex products and quotients (companion, kron, khatri_rao: numpy's complex arithmetic
//! rounds differently by an ulp). Exact integer forms are compared for equality.

use std::sync::OnceLock;

use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, ArrayD, ArrayView1, Ix1, Ix2};
use sci_core::testing::{Case, Fixture, Values, assert_close};
use sci_linalg as la;

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        Fixture::load(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/special_matrices.json"
        ))
    })
}

/// The cases of `func`; there must be at least `min` of them.
fn cases(func: &str, min: usize) -> Vec<&'static Case> {
    let found: Vec<&Case> = fixture()
        .cases
        .iter()
        .filter(|c| c.args.str("func") == func)
        .collect();
    assert!(
        found.len() >= min,
        "{func}: {} cases, expected at least {min}",
        found.len()
    );
    found
}

/// The arrays stored once in the case `inputs NAME`.
fn inputs(name: &str) -> &'static Values {
    &fixture().case(&format!("inputs {name}")).args
}

fn rvec(v: &Values, key: &str) -> Array1<f64> {
    v.array::<f64>(key).into_dimensionality::<Ix1>().unwrap()
}

fn cvec(v: &Values, key: &str) -> Array1<Complex64> {
    v.array::<Complex64>(key)
        .into_dimensionality::<Ix1>()
        .unwrap()
}

fn rmat(v: &Values, key: &str) -> Array2<f64> {
    v.array::<f64>(key).into_dimensionality::<Ix2>().unwrap()
}

fn cmat(v: &Values, key: &str) -> Array2<Complex64> {
    v.array::<Complex64>(key)
        .into_dimensionality::<Ix2>()
        .unwrap()
}

fn ok<T>(case: &Case, r: sci_core::Result<T>) -> T {
    r.unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

/// Compares a real result with `expected["y"]` at the case's tolerance.
fn check_real(case: &Case, y: &Array2<f64>) {
    assert_close(y, rmat(&case.expected, "y"), case.tol());
}

/// Compares a complex result with `expected["y"]` at the case's tolerance.
fn check_complex(case: &Case, y: &Array2<Complex64>) {
    assert_close(y, cmat(&case.expected, "y"), case.tol());
}

/// Runs `$call` on the case's real or complex inputs (read by `$read` from `$vals`) and
/// compares with the expected matrix.
macro_rules! real_or_complex {
    ($case:expr, |$read:ident| $call:expr) => {{
        let case = $case;
        if case.args.bool("complex") {
            let $read = |v: &Values, k: &str| cvec(v, k);
            check_complex(case, &ok(case, $call));
        } else {
            let $read = |v: &Values, k: &str| rvec(v, k);
            check_real(case, &ok(case, $call));
        }
    }};
}

#[test]
fn toeplitz_matches_scipy() {
    for case in cases("toeplitz", 10) {
        let a = &case.args;
        real_or_complex!(case, |read| {
            let c = read(a, "c");
            let r = a.has("r").then(|| read(a, "r"));
            la::toeplitz(&c, r.as_ref().map(ArrayView1::from))
        });
    }
}

#[test]
fn hankel_matches_scipy() {
    for case in cases("hankel", 10) {
        let a = &case.args;
        real_or_complex!(case, |read| {
            let c = read(a, "c");
            let r = a.has("r").then(|| read(a, "r"));
            la::hankel(&c, r.as_ref().map(ArrayView1::from))
        });
    }
}

#[test]
fn circulant_matches_scipy() {
    for case in cases("circulant", 6) {
        real_or_complex!(case, |read| la::circulant(&read(&case.args, "c")));
    }
}

#[test]
fn companion_matches_scipy() {
    for case in cases("companion", 5) {
        real_or_complex!(case, |read| la::companion(&read(&case.args, "a")));
    }
}

#[test]
fn fiedler_companion_matches_scipy() {
    for case in cases("fiedler_companion", 6) {
        check_real(
            case,
            &ok(case, la::fiedler_companion(&rvec(&case.args, "a"))),
        );
    }
}

#[test]
fn block_diag_matches_scipy() {
    for case in cases("block_diag", 8) {
        let blocks = case.args.object("blocks");
        let count = case.args.usize("count");
        // Each block keeps its dimensionality (0-D, 1-D, 2-D), as SciPy received it.
        macro_rules! read_blocks {
            ($t:ty, $scalar:ident) => {
                (0..count)
                    .map(|k| {
                        let scalar = format!("s{k}");
                        if blocks.has(&scalar) {
                            ArrayD::<$t>::from_elem(vec![], blocks.$scalar(&scalar).into())
                        } else {
                            blocks.array::<$t>(&format!("b{k}"))
                        }
                    })
                    .collect::<Vec<ArrayD<$t>>>()
            };
        }
        if case.args.bool("complex") {
            let b = read_blocks!(Complex64, complex);
            check_complex(case, &ok(case, la::block_diag(b.iter().map(|x| x.view()))));
        } else {
            let b = read_blocks!(f64, f64);
            check_real(case, &ok(case, la::block_diag(b.iter().map(|x| x.view()))));
        }
    }
}

#[test]
fn convolution_matrix_matches_scipy() {
    let kernels = inputs("convolution_matrix");
    for case in cases("convolution_matrix", 30) {
        let a = &case.args;
        let mode: la::ConvolutionMode = a.str("mode").parse().unwrap();
        let n = a.usize("n");
        real_or_complex!(case, |read| la::convolution_matrix(
            &read(kernels, a.str("input")),
            n,
            mode
        ));
    }
}

#[test]
fn dft_matches_scipy() {
    for case in cases("dft", 15) {
        let scale: la::DftScale = case.args.str("scale").parse().unwrap();
        check_complex(case, &ok(case, la::dft(case.args.usize("n"), scale)));
    }
}

#[test]
fn fiedler_matches_scipy() {
    for case in cases("fiedler", 3) {
        check_real(case, &ok(case, la::fiedler(&rvec(&case.args, "a"))));
    }
}

#[test]
fn hadamard_matches_scipy() {
    for case in cases("hadamard", 5) {
        check_real(case, &ok(case, la::hadamard(case.args.usize("n"))));
    }
}

#[test]
fn helmert_matches_scipy() {
    for case in cases("helmert", 10) {
        let a = &case.args;
        check_real(case, &ok(case, la::helmert(a.usize("n"), a.bool("full"))));
    }
}

#[test]
fn hilbert_matches_scipy() {
    for case in cases("hilbert", 4) {
        check_real(case, &ok(case, la::hilbert(case.args.usize("n"))));
    }
}

#[test]
fn invhilbert_matches_scipy() {
    for case in cases("invhilbert", 8) {
        check_real(case, &ok(case, la::invhilbert(case.args.usize("n"))));
    }
}

#[test]
fn leslie_matches_scipy() {
    for case in cases("leslie", 3) {
        let a = &case.args;
        check_real(case, &ok(case, la::leslie(&rvec(a, "f"), &rvec(a, "s"))));
    }
}

#[test]
fn pascal_matches_scipy() {
    for case in cases("pascal", 12) {
        let kind: la::PascalKind = case.args.str("kind").parse().unwrap();
        check_real(case, &ok(case, la::pascal(case.args.usize("n"), kind)));
    }
}

#[test]
fn invpascal_matches_scipy() {
    for case in cases("invpascal", 12) {
        let kind: la::PascalKind = case.args.str("kind").parse().unwrap();
        check_real(case, &ok(case, la::invpascal(case.args.usize("n"), kind)));
    }
}

/// The exact integers of `expected`: `y` (int64 or uint64, as `as_i128` reads it) or the
/// `hi`/`lo` halves of an i128.
fn expected_integers(case: &Case, unsigned: bool) -> Array2<i128> {
    let e = &case.expected;
    let shape: Vec<usize> = e
        .get("shape")
        .as_array()
        .unwrap()
        .iter()
        .map(|v| usize::try_from(v.as_u64().unwrap()).unwrap())
        .collect();
    let flat: Vec<i128> = if e.has("hi") {
        let (hi, lo) = (e.array::<i64>("hi"), e.array::<u64>("lo"));
        hi.iter()
            .zip(lo.iter())
            .map(|(&h, &l)| (i128::from(h) << 64) | i128::from(l))
            .collect()
    } else if unsigned {
        e.array::<u64>("y").iter().map(|&v| i128::from(v)).collect()
    } else {
        e.array::<i64>("y").iter().map(|&v| i128::from(v)).collect()
    };
    Array2::from_shape_vec((shape[0], shape[1]), flat).unwrap()
}

#[test]
fn pascal_exact_matches_scipy() {
    for case in cases("pascal_exact", 10) {
        let kind: la::PascalKind = case.args.str("kind").parse().unwrap();
        let p = ok(case, la::pascal_exact(case.args.usize("n"), kind));
        assert_eq!(
            p.mapv(i128::from),
            expected_integers(case, true),
            "{}",
            case.name
        );
    }
}

#[test]
fn invpascal_exact_matches_scipy() {
    for case in cases("invpascal_exact", 10) {
        let kind: la::PascalKind = case.args.str("kind").parse().unwrap();
        let p = ok(case, la::invpascal_exact(case.args.usize("n"), kind));
        assert_eq!(p, expected_integers(case, false), "{}", case.name);
    }
}

#[test]
fn invhilbert_exact_matches_scipy() {
    let mut beyond_int64 = 0;
    for case in cases("invhilbert_exact", 6) {
        beyond_int64 += usize::from(case.expected.has("hi"));
        let p = ok(case, la::invhilbert_exact(case.args.usize("n")));
        assert_eq!(p, expected_integers(case, false), "{}", case.name);
    }
    assert!(beyond_int64 >= 2, "orders past int64 must be covered");
}

#[test]
fn kron_matches_scipy() {
    for case in cases("kron", 5) {
        let a = &case.args;
        if a.bool("complex") {
            check_complex(case, &ok(case, la::kron(&cmat(a, "a"), &cmat(a, "b"))));
        } else {
            check_real(case, &ok(case, la::kron(&rmat(a, "a"), &rmat(a, "b"))));
        }
    }
}

#[test]
fn khatri_rao_matches_scipy() {
    for case in cases("khatri_rao", 5) {
        let a = &case.args;
        if a.bool("complex") {
            check_complex(
                case,
                &ok(case, la::khatri_rao(&cmat(a, "a"), &cmat(a, "b"))),
            );
        } else {
            check_real(
                case,
                &ok(case, la::khatri_rao(&rmat(a, "a"), &rmat(a, "b"))),
            );
        }
    }
}

#[test]
fn bandwidth_matches_scipy() {
    for case in cases("bandwidth", 12) {
        let a = &case.args;
        let got = if a.bool("complex") {
            la::bandwidth(&cmat(a, "a"))
        } else {
            la::bandwidth(&rmat(a, "a"))
        };
        let e = &case.expected;
        assert_eq!(got, (e.usize("lower"), e.usize("upper")), "{}", case.name);
    }
}

/// The options of the symmetry cases, in the order of their expected results.
fn symmetry_options() -> Vec<(String, la::SymmetryOptions)> {
    let inp = inputs("symmetry");
    let names = inp.str_list("option_names");
    let opts = inp.get("options").as_array().unwrap();
    names
        .iter()
        .zip(opts)
        .map(|(name, o)| {
            let mut options = la::SymmetryOptions::default();
            if let Some(atol) = o.get("atol").and_then(|v| v.as_f64()) {
                options = options.atol(atol);
            }
            if let Some(rtol) = o.get("rtol").and_then(|v| v.as_f64()) {
                options = options.rtol(rtol);
            }
            ((*name).to_string(), options)
        })
        .collect()
}

fn check_symmetry(
    func: &str,
    real: fn(&Array2<f64>, &la::SymmetryOptions) -> bool,
    complex: fn(&Array2<Complex64>, &la::SymmetryOptions) -> bool,
) {
    let options = symmetry_options();
    let inp = inputs("symmetry");
    let mut checked = 0;
    for case in cases(func, 14) {
        let key = case.args.str("input");
        let expected = case.expected.get("y").as_array().unwrap();
        assert_eq!(expected.len(), options.len());
        for ((name, opts), want) in options.iter().zip(expected) {
            let got = if case.args.bool("complex") {
                complex(&cmat(inp, key), opts)
            } else {
                real(&rmat(inp, key), opts)
            };
            assert_eq!(Some(got), want.as_bool(), "{} with {name}", case.name);
            checked += 1;
        }
    }
    assert!(checked >= 100);
}

#[test]
fn issymmetric_matches_scipy() {
    check_symmetry(
        "issymmetric",
        |a, o| la::issymmetric(a, o).unwrap(),
        |a, o| la::issymmetric(a, o).unwrap(),
    );
}

#[test]
fn ishermitian_matches_scipy() {
    check_symmetry(
        "ishermitian",
        |a, o| la::ishermitian(a, o).unwrap(),
        |a, o| la::ishermitian(a, o).unwrap(),
    );
}

#[test]
fn fixture_comes_from_scipy_1_17_1() {
    assert_eq!(fixture().versions["scipy"], "1.17.1");
}
