//! Golden tests of `matrix_balance`, `matrix_balance_with` and `matrix_balance_separate`
//! against SciPy 1.17.1 (`xtask/golden/linalg/cossin_balance.py`): for each combination of
//! `permute` and `scale`, on random, badly scaled, triangular and nearly triangular matrices
//! (which need permutations), a sparse one, a Hilbert matrix, complex input, the zero matrix,
//! 1×1 and 2×2. The results are unique — the scaling factors are powers of 2 — so `B`, `T`,
//! `scale` and `perm` must equal SciPy's exactly.

mod common;

use common::load;
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix1, Ix2};
use sci_core::testing::Case;
use sci_linalg::*;

fn arg2(case: &Case, key: &str) -> Array2<Complex64> {
    case.args
        .array::<Complex64>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn expected2(case: &Case, key: &str) -> Array2<Complex64> {
    case.expected
        .array::<Complex64>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn check<T: Scalar>(case: &Case, a: &Array2<T>) {
    let options = MatrixBalanceOptions::default()
        .permute(case.args.bool("permute"))
        .scale(case.args.bool("scale"));
    let f = matrix_balance_with(a, &options).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_eq!(
        f.b.mapv(Scalar::to_c64),
        expected2(case, "b"),
        "{}: B",
        case.name
    );
    assert_eq!(
        f.t.mapv(|x| Complex64::new(x, 0.0)),
        expected2(case, "t"),
        "{}: T",
        case.name
    );
    let s = matrix_balance_separate(a, &options).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_eq!(s.b, f.b, "{}: separate B", case.name);
    let scale = case
        .expected
        .array::<Complex64>("scale")
        .into_dimensionality::<Ix1>()
        .unwrap();
    let perm = case
        .expected
        .array::<Complex64>("perm")
        .into_dimensionality::<Ix1>()
        .unwrap();
    assert_eq!(
        s.scale.mapv(|x| Complex64::new(x, 0.0)),
        scale,
        "{}: scale",
        case.name
    );
    assert_eq!(
        s.perm.mapv(|x| Complex64::new(x as f64, 0.0)),
        perm,
        "{}: perm",
        case.name
    );
}

#[test]
fn matrix_balance_equals_scipy_exactly() {
    let fixture = load("cossin_balance");
    let mut count = 0;
    for case in fixture
        .cases
        .iter()
        .filter(|c| c.call == "scipy.linalg.matrix_balance")
    {
        let a = arg2(case, "a");
        if case.args.bool("complex") {
            check(case, &a);
        } else {
            check(case, &a.mapv(|x| x.re));
        }
        count += 1;
    }
    assert!(count >= 40);
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn is_block_diagonal(a: &Array2<Complex64>, k: usize) -> bool {
    let n = a.nrows();
    (0..n).all(|i| (0..n).all(|j| (i < k) == (j < k) || a[[i, j]].norm() == 0.0))
}

/// `U CS Vᴴ = X`, `U`, `Vᴴ` unitary and block diagonal, `CS` and `θ` equal to SciPy's.
fn check_cossin<T: Scalar>(case: &Case, x: &Array2<T>, tol: f64)
where
    T::Real: Scalar<Real = T::Real>,
{
    let (p, q) = (case.args.usize("p"), case.args.usize("q"));
    let m = x.nrows();
    let options = CossinOptions::default().swap_sign(case.args.bool("swap_sign"));
    let f = cossin_with(x, p, q, &options).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let (u, vdh) = (f.u.mapv(Scalar::to_c64), f.vdh.mapv(Scalar::to_c64));
    let cs = f.cs.mapv(Scalar::to_c64);
    let xc = x.mapv(Scalar::to_c64);
    let err = fro(&(u.dot(&cs).dot(&vdh) - &xc));
    assert!(
        err <= tol * fro(&xc),
        "{}: ‖U CS Vᴴ − X‖ = {err:e}",
        case.name
    );
    let eye = Array2::<Complex64>::eye(m);
    for (name, w) in [("U", &u), ("Vᴴ", &vdh)] {
        let orth = fro(&(w.t().mapv(|v| v.conj()).dot(w) - &eye));
        assert!(
            orth <= tol * m as f64,
            "{}: {name} not unitary: {orth:e}",
            case.name
        );
    }
    assert!(
        is_block_diagonal(&u, p),
        "{}: U not block diagonal",
        case.name
    );
    assert!(
        is_block_diagonal(&vdh, q),
        "{}: Vᴴ not block diagonal",
        case.name
    );
    let expected_cs = expected2(case, "cs");
    let d = fro(&(&cs - &expected_cs));
    assert!(d <= tol * m as f64, "{}: CS differs by {d:e}", case.name);
    let s = cossin_separate(x, p, q, &options).unwrap();
    let theta = case
        .expected
        .array::<Complex64>("theta")
        .into_dimensionality::<Ix1>()
        .unwrap();
    assert_eq!(s.theta.len(), theta.len(), "{}: theta length", case.name);
    for (a, b) in s.theta.iter().zip(theta.iter()) {
        let a: f64 = (*a).into();
        assert!(
            (a - b.re).abs() <= tol,
            "{}: theta {a} vs {}",
            case.name,
            b.re
        );
    }
}

#[test]
fn cossin_matches_scipy() {
    let fixture = load("cossin_balance");
    let mut count = 0;
    for case in fixture
        .cases
        .iter()
        .filter(|c| c.call == "scipy.linalg.cossin")
    {
        let x = arg2(case, "x");
        let m = x.nrows();
        // Backward stable: errors of a few ulps per entry, growing like m.
        let tol = common::tolerance(10.0, f64::EPSILON, m);
        if case.args.bool("complex") {
            check_cossin(case, &x, tol);
        } else {
            let xr = x.mapv(|v| v.re);
            check_cossin(case, &xr, tol);
            // f32: the same at single precision.
            let x32 = xr.mapv(|v| v as f32);
            let tol32 = common::tolerance(10.0, f64::from(f32::EPSILON), m);
            check_cossin(case, &x32, tol32);
        }
        count += 1;
    }
    assert!(count >= 40);
}
