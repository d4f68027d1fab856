//! Golden tests of `qz`, `qz_complex`, `ordqz` and `ordqz_complex` against SciPy 1.17.1
//! (`xtask/golden/linalg/qz.py`) on random pencils, a Hilbert `A`, singular and near-singular
//! `B` (infinite and huge eigenvalues), a rank-deficient `A`, complex pencils, 1×1 and 2×2.
//!
//! The factors are unique only up to eigenvalue order and unitary transformations within
//! blocks, so they are checked through invariants — `‖Q AA Zᴴ − A‖_F ≤ tol ‖A‖_F`, the same
//! for `B`, `‖QᴴQ − I‖_F, ‖ZᴴZ − I‖_F ≤ tol n` with `tol = tolerance(10, ε, n)` (about
//! 1e-13; 1e-5 for `f32`) — the exact structure (triangular `BB`; triangular or
//! quasi-triangular `AA` whose 2×2 blocks hold complex pairs over a diagonal, positive block of
//! `BB`), and the unique parts against SciPy: the generalized eigenvalues (matched one to one
//! in the chordal metric within the case's `chordal_tol`, n ε times their largest condition
//! number), `sdim` of each sort exactly (where no eigenvalue is within rounding of the
//! sort's boundary), the selected eigenvalues leading, and `alpha / beta` equal to the
//! eigenvalues of the output's diagonal blocks.

mod common;

use common::{load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, Ix1, Ix2};
use sci_core::testing::Case;
use sci_linalg::*;

fn frobenius(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn arg2(case: &Case, key: &str) -> Array2<Complex64> {
    case.args
        .array::<Complex64>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn expected1(case: &Case, key: &str) -> Array1<Complex64> {
    case.expected
        .array::<Complex64>(key)
        .into_dimensionality::<Ix1>()
        .expect("1-D")
}

fn c64<T: Scalar>(a: &Array2<T>) -> Array2<Complex64> {
    a.mapv(Scalar::to_c64)
}

/// `Q AA Zᴴ = A`, `Q BB Zᴴ = B`, `Q` and `Z` unitary, within `tol`.
#[allow(clippy::too_many_arguments)]
fn assert_pencil(
    case: &Case,
    what: &str,
    a: &Array2<Complex64>,
    b: &Array2<Complex64>,
    aa: &Array2<Complex64>,
    bb: &Array2<Complex64>,
    q: &Array2<Complex64>,
    z: &Array2<Complex64>,
    tol: f64,
) {
    let n = a.nrows();
    let zh = z.t().mapv(|x| x.conj());
    let qh = q.t().mapv(|x| x.conj());
    for (name, m, mm) in [("A", a, aa), ("B", b, bb)] {
        let err = frobenius(&(q.dot(mm).dot(&zh) - m));
        assert!(
            err <= tol * frobenius(m).max(f64::MIN_POSITIVE),
            "{}: {what}: ‖Q {name}{name} Zᴴ − {name}‖ = {err:e}",
            case.name
        );
    }
    let eye = Array2::<Complex64>::eye(n);
    for (name, u, uh) in [("Q", q, &qh), ("Z", z, &zh)] {
        let orth = frobenius(&(uh.dot(u) - &eye));
        assert!(
            orth <= tol * n as f64,
            "{}: {what}: ‖{name}ᴴ{name} − I‖ = {orth:e}",
            case.name
        );
    }
}

/// The eigenvalues `(alpha, beta)` of a real quasi-triangular form with standardised blocks,
/// checking the structure on the way.
fn real_form_eigenvalues(
    case: &Case,
    aa: &Array2<f64>,
    bb: &Array2<f64>,
) -> Vec<(Complex64, Complex64)> {
    let n = aa.nrows();
    for i in 0..n {
        for j in 0..i {
            assert_eq!(bb[[i, j]], 0.0, "{}: BB[{i}, {j}]", case.name);
            if i > j + 1 {
                assert_eq!(aa[[i, j]], 0.0, "{}: AA[{i}, {j}]", case.name);
            }
        }
    }
    let mut out = Vec::new();
    let mut j = 0;
    while j < n {
        if j + 1 < n && aa[[j + 1, j]] != 0.0 {
            assert!(
                j + 2 >= n || aa[[j + 2, j + 1]] == 0.0,
                "{}: blocks overlap at {j}",
                case.name
            );
            let (b11, b22) = (bb[[j, j]], bb[[j + 1, j + 1]]);
            assert_eq!(
                bb[[j, j + 1]],
                0.0,
                "{}: BB block at {j} not diagonal",
                case.name
            );
            assert!(
                b11 > 0.0 && b22 > 0.0,
                "{}: BB block at {j} not positive",
                case.name
            );
            let (u, v) = (aa[[j, j]] / b11, aa[[j + 1, j + 1]] / b22);
            let w = (aa[[j, j + 1]] / b11) * (aa[[j + 1, j]] / b22);
            let half = 0.5 * (u - v);
            let disc = half * half + w;
            assert!(
                disc < 0.0,
                "{}: 2×2 block at {j} has real eigenvalues",
                case.name
            );
            let l = Complex64::new(0.5 * (u + v), (-disc).sqrt());
            out.push((l, Complex64::new(1.0, 0.0)));
            out.push((l.conj(), Complex64::new(1.0, 0.0)));
            j += 2;
        } else {
            assert!(bb[[j, j]] >= 0.0, "{}: BB[{j}, {j}] < 0", case.name);
            out.push((
                Complex64::new(aa[[j, j]], 0.0),
                Complex64::new(bb[[j, j]], 0.0),
            ));
            j += 1;
        }
    }
    out
}

fn chordal(x: (Complex64, Complex64), y: (Complex64, Complex64)) -> f64 {
    let nx = x.0.norm().hypot(x.1.norm());
    let ny = y.0.norm().hypot(y.1.norm());
    if nx == 0.0 || ny == 0.0 {
        return 0.0;
    }
    (x.0 * y.1 - x.1 * y.0).norm() / (nx * ny)
}

/// Each eigenvalue of `ours` matched to a distinct one of SciPy's within `tol` (chordal).
fn assert_same_eigenvalues(case: &Case, what: &str, ours: &[(Complex64, Complex64)], tol: f64) {
    let alpha = expected1(case, "alpha");
    let beta = expected1(case, "beta");
    assert_eq!(ours.len(), alpha.len(), "{}: {what}: count", case.name);
    let mut used = vec![false; alpha.len()];
    for &e in ours {
        let best = (0..alpha.len())
            .filter(|&k| !used[k])
            .min_by(|&i, &k| {
                chordal(e, (alpha[i], beta[i])).total_cmp(&chordal(e, (alpha[k], beta[k])))
            })
            .expect("an unmatched eigenvalue");
        let d = chordal(e, (alpha[best], beta[best]));
        assert!(
            d <= tol,
            "{}: {what}: eigenvalue {e:?} off by {d:e}",
            case.name
        );
        used[best] = true;
    }
}

fn sort_of(name: &str) -> OrdqzSort {
    match name {
        "lhp" => OrdqzSort::Lhp,
        "rhp" => OrdqzSort::Rhp,
        "iuc" => OrdqzSort::Iuc,
        "ouc" => OrdqzSort::Ouc,
        other => panic!("unknown sort {other}"),
    }
}

fn selects(sort: &str, a: Complex64, b: Complex64) -> bool {
    let zero = Complex64::new(0.0, 0.0);
    match sort {
        "lhp" => b != zero && (a / b).re < 0.0,
        "rhp" => b != zero && (a / b).re > 0.0,
        "iuc" => b != zero && (a / b).norm() < 1.0,
        _ => (b == zero && a != zero) || (b != zero && (a / b).norm() > 1.0),
    }
}

const SORTS: [&str; 4] = ["lhp", "rhp", "iuc", "ouc"];

#[test]
fn qz_real_form_matches_scipy() {
    for case in &load("qz").cases {
        if case.args.bool("complex") {
            continue;
        }
        let (ac, bc) = (arg2(case, "a"), arg2(case, "b"));
        let (a, b) = (ac.mapv(|x| x.re), bc.mapv(|x| x.re));
        let n = a.nrows();
        let tol = tolerance(10.0, f64::EPSILON, n);
        let f = qz(&a, &b).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_pencil(
            case,
            "qz",
            &ac,
            &bc,
            &c64(&f.aa),
            &c64(&f.bb),
            &c64(&f.q),
            &c64(&f.z),
            tol,
        );
        let eigs = real_form_eigenvalues(case, &f.aa, &f.bb);
        assert_same_eigenvalues(case, "qz", &eigs, case.expected.f64("chordal_tol"));
        // f32: the same in single precision (the factors are rounded from double).
        let (a32, b32) = (a.mapv(|x| x as f32), b.mapv(|x| x as f32));
        let f = qz(&a32, &b32).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        let tol32 = tolerance(10.0, f64::from(f32::EPSILON), n);
        assert_pencil(
            case,
            "qz f32",
            &c64(&a32),
            &c64(&b32),
            &c64(&f.aa),
            &c64(&f.bb),
            &c64(&f.q),
            &c64(&f.z),
            tol32,
        );
    }
}

#[test]
fn qz_complex_form_matches_scipy() {
    for case in &load("qz").cases {
        let (a, b) = (arg2(case, "a"), arg2(case, "b"));
        let n = a.nrows();
        let tol = tolerance(10.0, f64::EPSILON, n);
        let f = if case.args.bool("complex") {
            qz(&a, &b)
        } else {
            qz_complex(&a.mapv(|x| x.re), &b.mapv(|x| x.re), &QzOptions::default())
        }
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_pencil(case, "qz complex", &a, &b, &f.aa, &f.bb, &f.q, &f.z, tol);
        for i in 0..n {
            for j in 0..i {
                assert_eq!(f.aa[[i, j]].norm(), 0.0, "{}: AA[{i}, {j}]", case.name);
                assert_eq!(f.bb[[i, j]].norm(), 0.0, "{}: BB[{i}, {j}]", case.name);
            }
            assert!(
                f.bb[[i, i]].im == 0.0 && f.bb[[i, i]].re >= 0.0,
                "{}: beta",
                case.name
            );
        }
        let eigs: Vec<_> = (0..n).map(|j| (f.aa[[j, j]], f.bb[[j, j]])).collect();
        assert_same_eigenvalues(case, "qz complex", &eigs, case.expected.f64("chordal_tol"));
    }
}

/// The checks of an ordered decomposition: reconstruction, the eigenvalues, `sdim` against
/// SciPy and the selected eigenvalues leading.
fn check_ordered(
    case: &Case,
    what: &str,
    sort: &str,
    expected_sdim: i64,
    sdim: usize,
    eigs: &[(Complex64, Complex64)],
) {
    assert_same_eigenvalues(case, what, eigs, case.expected.f64("chordal_tol"));
    if expected_sdim >= 0 {
        assert_eq!(
            i64::try_from(sdim).unwrap(),
            expected_sdim,
            "{}: {what}: sdim",
            case.name
        );
        for (j, &(a, b)) in eigs.iter().enumerate() {
            // A selected complex pair is selected as a whole.
            let sel = selects(sort, a, b)
                || (a.im != 0.0
                    && eigs
                        .iter()
                        .any(|&(x, y)| x == a.conj() && y == b && selects(sort, x, y)));
            assert_eq!(
                sel,
                j < sdim,
                "{}: {what}: eigenvalue {j} ({a:?}/{b:?})",
                case.name
            );
        }
    }
}

#[test]
fn ordqz_real_form_matches_scipy() {
    for case in &load("qz").cases {
        if case.args.bool("complex") {
            continue;
        }
        let (ac, bc) = (arg2(case, "a"), arg2(case, "b"));
        let (a, b) = (ac.mapv(|x| x.re), bc.mapv(|x| x.re));
        let n = a.nrows();
        let tol = tolerance(100.0, f64::EPSILON, n);
        for sort in SORTS {
            let what = format!("ordqz {sort} real");
            let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(sort_of(sort)))
                .unwrap_or_else(|e| panic!("{}: {what}: {e}", case.name));
            assert_pencil(
                case,
                &what,
                &ac,
                &bc,
                &c64(&f.aa),
                &c64(&f.bb),
                &c64(&f.q),
                &c64(&f.z),
                tol,
            );
            let blocks = real_form_eigenvalues(case, &f.aa, &f.bb);
            // alpha / beta agree with the blocks' eigenvalues, in order.
            let eigs: Vec<_> = (0..n)
                .map(|j| (f.alpha[j], Complex64::new(f.beta[j], 0.0)))
                .collect();
            for (j, (&x, &y)) in eigs.iter().zip(&blocks).enumerate() {
                assert!(
                    chordal(x, y) <= 1e-12,
                    "{}: {what}: alpha/beta {j} differs from the block",
                    case.name
                );
            }
            let expected = case.expected.i64(&format!("sdim_{sort}_real"));
            check_ordered(case, &what, sort, expected, f.sdim, &eigs);
        }
    }
}

#[test]
fn ordqz_complex_form_matches_scipy() {
    for case in &load("qz").cases {
        let (a, b) = (arg2(case, "a"), arg2(case, "b"));
        let n = a.nrows();
        let tol = tolerance(100.0, f64::EPSILON, n);
        for sort in SORTS {
            let what = format!("ordqz {sort} complex");
            let options = OrdqzOptions::default().sort(sort_of(sort));
            let f = if case.args.bool("complex") {
                ordqz_with(&a, &b, &options)
            } else {
                ordqz_complex(&a.mapv(|x| x.re), &b.mapv(|x| x.re), &options)
            }
            .unwrap_or_else(|e| panic!("{}: {what}: {e}", case.name));
            assert_pencil(case, &what, &a, &b, &f.aa, &f.bb, &f.q, &f.z, tol);
            for i in 0..n {
                for j in 0..i {
                    assert_eq!(
                        f.aa[[i, j]].norm(),
                        0.0,
                        "{}: {what}: AA[{i}, {j}]",
                        case.name
                    );
                    assert_eq!(
                        f.bb[[i, j]].norm(),
                        0.0,
                        "{}: {what}: BB[{i}, {j}]",
                        case.name
                    );
                }
                assert_eq!((f.alpha[i], f.beta[i]), (f.aa[[i, i]], f.bb[[i, i]]));
            }
            let eigs: Vec<_> = (0..n).map(|j| (f.alpha[j], f.beta[j])).collect();
            let expected = case.expected.i64(&format!("sdim_{sort}_complex"));
            check_ordered(case, &what, sort, expected, f.sdim, &eigs);
        }
    }
}
