//! Golden tests of the Hessenberg and Schur family against SciPy 1.17.1
//! (`xtask/golden/linalg/schur.py`): `hessenberg` (f64, Complex64, f32, Complex32),
//! `schur` (real; f64, and f32 for the structure and similarity), `schur_complex` (real and
//! complex input), each `sort`, `rsf2csf` and
//! `cdf2rdf`, on random, Hilbert, rank-deficient, near-singular, Jordan-like, companion,
//! permutation, 1×1, 2×2 and empty matrices.
//!
//! The factors are unique only up to eigenvalue order and unitary similarity within blocks,
//! so they are checked through invariants — `‖Z T Zᴴ − A‖_F ≤ tol ‖A‖_F` and
//! `‖Zᴴ Z − I‖_F ≤ tol n` with `tol = tolerance(1, ε, n)` (1e-13, 1e-5 in single precision),
//! the exact structure of `T` (Hessenberg; triangular; quasi-triangular with standardised 2×2
//! blocks) — and the unique parts against SciPy: the eigenvalues (matched one to one, each
//! within the case's `eig_atol`, n ε ‖A‖ times the largest eigenvalue condition number),
//! `sdim` of each sort exactly, the first `sdim` eigenvalues satisfying the predicate, and
//! `|H|` within `tolerance(10³, ε, n)` on the well-conditioned cases. `cdf2rdf` is compared
//! entry-wise within 1e-13.

mod common;

use common::{load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, Ix1, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::*;

fn eps<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

fn frobenius(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn arg2<T: ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn expected1(case: &Case, key: &str) -> Array1<Complex64> {
    case.expected
        .array::<Complex64>(key)
        .into_dimensionality::<Ix1>()
        .expect("1-D")
}

fn expected2(case: &Case, key: &str) -> Array2<Complex64> {
    case.expected
        .array::<Complex64>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

/// `Z T Zᴴ = A` and `Zᴴ Z = I` within `tol`.
fn assert_similar(
    case: &Case,
    what: &str,
    z: &Array2<Complex64>,
    t: &Array2<Complex64>,
    a: &Array2<Complex64>,
    tol: f64,
) {
    let n = a.nrows();
    assert_eq!(
        (z.dim(), t.dim()),
        ((n, n), (n, n)),
        "{}: {what} shapes",
        case.name
    );
    let zh = z.t().mapv(|x| x.conj());
    let err = frobenius(&(z.dot(t).dot(&zh) - a));
    assert!(
        err <= tol * frobenius(a).max(f64::MIN_POSITIVE),
        "{}: {what}: ‖Z T Zᴴ − A‖ = {err:e}",
        case.name
    );
    let orth = frobenius(&(zh.dot(z) - Array2::<Complex64>::eye(n)));
    assert!(
        orth <= tol * n.max(1) as f64,
        "{}: {what}: ‖ZᴴZ − I‖ = {orth:e}",
        case.name
    );
}

/// Each expected eigenvalue matched to a distinct computed one within `atol`.
fn assert_eigenvalues(
    case: &Case,
    what: &str,
    actual: &[Complex64],
    expected: &Array1<Complex64>,
    atol: f64,
) {
    assert_eq!(actual.len(), expected.len(), "{}: {what}: count", case.name);
    let mut used = vec![false; actual.len()];
    for e in expected {
        let best = (0..actual.len())
            .filter(|&k| !used[k])
            .min_by(|&i, &j| (actual[i] - e).norm().total_cmp(&(actual[j] - e).norm()))
            .expect("an unmatched eigenvalue");
        let d = (actual[best] - e).norm();
        assert!(
            d <= atol,
            "{}: {what}: eigenvalue {e} matched by {} ({d:e} > {atol:e})",
            case.name,
            actual[best]
        );
        used[best] = true;
    }
}

/// The eigenvalues of a standardised real Schur form, checking its structure on the way:
/// zero below the subdiagonal, no two consecutive non-zero subdiagonal entries, and each 2×2
/// block with equal diagonal entries and off-diagonal entries of opposite signs.
fn real_schur_eigenvalues(case: &Case, t: &Array2<f64>) -> Vec<Complex64> {
    let n = t.nrows();
    for ((i, j), &x) in t.indexed_iter() {
        assert!(
            i <= j + 1 || x == 0.0,
            "{}: T[{i}, {j}] = {x} below the subdiagonal",
            case.name
        );
    }
    let mut out = Vec::new();
    let mut j = 0;
    while j < n {
        if j + 1 < n && t[[j + 1, j]] != 0.0 {
            assert!(
                j + 2 >= n || t[[j + 2, j + 1]] == 0.0,
                "{}: overlapping blocks at {j}",
                case.name
            );
            let (a, b, c, d) = (t[[j, j]], t[[j, j + 1]], t[[j + 1, j]], t[[j + 1, j + 1]]);
            assert!(
                a == d && b * c < 0.0,
                "{}: block at {j} not standardised: {a} {b} {c} {d}",
                case.name
            );
            let im = (-(b * c)).sqrt();
            out.push(Complex64::new(a, im));
            out.push(Complex64::new(a, -im));
            j += 2;
        } else {
            out.push(Complex64::new(t[[j, j]], 0.0));
            j += 1;
        }
    }
    out
}

fn assert_triangular(case: &Case, what: &str, t: &Array2<Complex64>) {
    assert!(
        t.indexed_iter()
            .all(|((i, j), x)| i <= j || x.norm() == 0.0),
        "{}: {what}: T not upper triangular",
        case.name
    );
}

fn sort_of(name: &str) -> SchurSort {
    match name {
        "lhp" => SchurSort::Lhp,
        "rhp" => SchurSort::Rhp,
        "iuc" => SchurSort::Iuc,
        "ouc" => SchurSort::Ouc,
        other => panic!("sort {other}"),
    }
}

/// Whether `z` is within `atol` of the boundary of the `sort` region, where rounding decides
/// the selection (and `sdim` may differ from SciPy's).
fn near_boundary(name: &str, z: Complex64, atol: f64) -> bool {
    match name {
        "lhp" | "rhp" => z.re.abs() <= atol,
        _ => (z.norm() - 1.0).abs() <= atol,
    }
}

/// `sdim` equals SciPy's unless an eigenvalue lies on the boundary within rounding.
fn assert_sdim(
    case: &Case,
    sort: &str,
    sdim: usize,
    key: &str,
    expected: &Array1<Complex64>,
    atol: f64,
) {
    if expected.iter().any(|&z| near_boundary(sort, z, atol)) {
        return;
    }
    assert_eq!(sdim, case.expected.usize(key), "{}: sdim {sort}", case.name);
}

fn selects(name: &str, z: Complex64) -> bool {
    match name {
        "lhp" => z.re < 0.0,
        "rhp" => z.re >= 0.0,
        "iuc" => z.norm() <= 1.0,
        _ => z.norm() > 1.0,
    }
}

const SORTS: [&str; 4] = ["lhp", "rhp", "iuc", "ouc"];

fn check_hessenberg<T: Scalar + ReadableElement>(case: &Case) {
    let a = arg2::<T>(case, "a");
    let n = a.nrows();
    let tol = tolerance(1.0, eps::<T>(), n);
    let f = hessenberg_with_q(&a, &HessenbergOptions::default()).expect("hessenberg");
    let h = hessenberg(&a).expect("hessenberg");
    assert_eq!(h, f.h, "{}: H with and without Q", case.name);
    let hc = f.h.mapv(Scalar::to_c64);
    assert!(
        hc.indexed_iter()
            .all(|((i, j), x)| i <= j + 1 || x.norm() == 0.0),
        "{}: H not Hessenberg",
        case.name
    );
    assert_similar(
        case,
        "hessenberg",
        &f.q.mapv(Scalar::to_c64),
        &hc,
        &a.mapv(Scalar::to_c64),
        tol,
    );
    if case.expected.bool("compare_abs_h") {
        let e = expected2(case, "abs_h");
        let diff = hc
            .iter()
            .zip(e.iter())
            .map(|(x, y)| (x.norm() - y.re).powi(2))
            .sum::<f64>()
            .sqrt();
        let rtol = tolerance(1e3, eps::<T>(), n);
        assert!(
            diff <= rtol * frobenius(&e) || diff == 0.0,
            "{}: |H| differs: {diff:e}",
            case.name
        );
    }
}

#[test]
fn hessenberg_matches_scipy() {
    let fixture = load("schur");
    let mut count = 0;
    for case in fixture
        .cases
        .iter()
        .filter(|c| c.name.starts_with("schur family"))
    {
        common::by_dtype!(check_hessenberg, case);
        count += 1;
    }
    assert_eq!(count, 24);
}

fn check_real(case: &Case) {
    let a = arg2::<f64>(case, "a");
    let n = a.nrows();
    let ac = a.mapv(Complex64::from);
    let tol = tolerance(1.0, f64::EPSILON, n);
    let atol = case.expected.f64("eig_atol");
    let expected = expected1(case, "eigenvalues");
    let f = schur(&a).expect("schur");
    assert_eq!(f.sdim, 0);
    let w = real_schur_eigenvalues(case, &f.t);
    assert_similar(
        case,
        "schur",
        &f.z.mapv(Complex64::from),
        &f.t.mapv(Complex64::from),
        &ac,
        tol,
    );
    assert_eigenvalues(case, "schur", &w, &expected, atol);
    // rsf2csf of our real form: triangular, same similarity, the same eigenvalues.
    let c = rsf2csf(&f.t, &f.z).expect("rsf2csf");
    assert_triangular(case, "rsf2csf", &c.t);
    assert_similar(case, "rsf2csf", &c.z, &c.t, &ac, tol);
    let diag: Vec<Complex64> = c.t.diag().to_vec();
    assert_eigenvalues(
        case,
        "rsf2csf",
        &diag,
        &expected1(case, "rsf2csf_t_diag"),
        atol,
    );
    for sort in SORTS {
        let s = schur_with(&a, &SchurOptions::default().sort(sort_of(sort))).expect("sorted schur");
        assert_sdim(
            case,
            sort,
            s.sdim,
            &format!("sdim_real_{sort}"),
            &expected,
            atol,
        );
        let w = real_schur_eigenvalues(case, &s.t);
        assert_similar(
            case,
            sort,
            &s.z.mapv(Complex64::from),
            &s.t.mapv(Complex64::from),
            &ac,
            tol,
        );
        assert_eigenvalues(case, sort, &w, &expected, atol);
        assert!(
            w[..s.sdim]
                .iter()
                .all(|&x| selects(sort, x) || near_boundary(sort, x, atol)),
            "{}: {sort}: leading eigenvalues {w:?}",
            case.name
        );
    }
}

fn check_complex<T: Scalar + ReadableElement>(case: &Case) {
    let a = arg2::<T>(case, "a");
    let n = a.nrows();
    let ac = a.mapv(Scalar::to_c64);
    let tol = tolerance(1.0, f64::EPSILON, n);
    let atol = case.expected.f64("eig_atol");
    let expected = expected1(case, "eigenvalues_complex");
    let f = schur_complex(&a, &SchurOptions::default()).expect("complex schur");
    assert_triangular(case, "schur_complex", &f.t);
    assert_similar(case, "schur_complex", &f.z, &f.t, &ac, tol);
    assert_eigenvalues(case, "schur_complex", &f.t.diag().to_vec(), &expected, atol);
    for sort in SORTS {
        let s = schur_complex(&a, &SchurOptions::default().sort(sort_of(sort))).expect("sorted");
        assert_sdim(
            case,
            sort,
            s.sdim,
            &format!("sdim_complex_{sort}"),
            &expected,
            atol,
        );
        assert_triangular(case, sort, &s.t);
        assert_similar(case, sort, &s.z, &s.t, &ac, tol);
        let w = s.t.diag().to_vec();
        assert_eigenvalues(case, sort, &w, &expected, atol);
        assert!(
            w[..s.sdim]
                .iter()
                .all(|&x| selects(sort, x) || near_boundary(sort, x, atol)),
            "{}: {sort}: leading eigenvalues",
            case.name
        );
    }
}

#[test]
fn schur_matches_scipy() {
    let fixture = load("schur");
    let (mut real, mut complex) = (0, 0);
    for case in fixture
        .cases
        .iter()
        .filter(|c| c.name.starts_with("schur family"))
    {
        match case.args.str("dtype") {
            "float64" => {
                check_real(case);
                check_complex::<f64>(case);
                real += 1;
            }
            "complex128" => {
                check_complex::<Complex64>(case);
                // Complex input with output='real' is the complex form in SciPy too.
                complex += 1;
            }
            "float32" => {
                // Structure and the similarity in single precision (no SciPy eigenvalues are
                // stored for single precision).
                let a = arg2::<f32>(case, "a");
                let f = schur(&a).expect("f32 schur");
                let t = f.t.mapv(f64::from);
                real_schur_eigenvalues(case, &t);
                let tol = tolerance(1.0, eps::<f32>(), a.nrows());
                assert_similar(
                    case,
                    "f32 schur",
                    &f.z.mapv(|x| Complex64::from(f64::from(x))),
                    &t.mapv(Complex64::from),
                    &a.mapv(|x| Complex64::from(f64::from(x))),
                    tol,
                );
                real += 1;
            }
            _ => {}
        }
    }
    assert_eq!((real, complex), (17, 6));
}

#[test]
fn cdf2rdf_matches_scipy() {
    let fixture = load("schur");
    let mut count = 0;
    for case in fixture
        .cases
        .iter()
        .filter(|c| c.name.starts_with("cdf2rdf"))
    {
        let w = case
            .args
            .array::<Complex64>("w")
            .into_dimensionality::<Ix1>()
            .expect("1-D");
        let v = arg2::<Complex64>(case, "v");
        let r = cdf2rdf(&w, &v).expect("cdf2rdf");
        common::assert_normwise(
            case,
            r.wr.view(),
            &case.expected.array::<Complex64>("wr"),
            1e-13,
        );
        common::assert_normwise(
            case,
            r.vr.view(),
            &case.expected.array::<Complex64>("vr"),
            1e-13,
        );
        // And the defining property A vr = vr wr.
        let a = arg2::<f64>(case, "a");
        let res = a.dot(&r.vr) - r.vr.dot(&r.wr);
        assert!(
            res.iter().all(|x| x.abs() < 1e-12),
            "{}: A vr ≠ vr wr",
            case.name
        );
        count += 1;
    }
    assert_eq!(count, 4);
}
