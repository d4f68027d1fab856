//! Golden tests of the QR family against SciPy 1.17.1 (`xtask/golden/linalg/qr.py`): `qr`
//! (full, economic, `r`, pivoting), `qr_multiply` (right mode), `rq` (full, economic) and the
//! updates `qr_update` (rank 1 and 2; full and economic), `qr_insert` and `qr_delete` (rows
//! and columns) on square, tall, wide, Hilbert, rank-deficient, near-singular, 1×1 and empty
//! matrices, real, complex, float32 and complex64, and stacked input.
//!
//! QR is unique only up to the signs (phases) of `R`'s diagonal, so the factors are checked
//! through invariants — `‖Q R - A‖_F ≤ tol ‖A‖_F` and `‖QᴴQ - I‖_F ≤ tol max(M, N)` with
//! `tol = tolerance(1, ε, max(M, N))` (1e-13, or 1e-5 in single precision), zeros below the
//! diagonal, the shapes exactly — and the unique parts against SciPy: the entry moduli `|R|`
//! of the leading `rank` rows (those the input determines), norm-wise within
//! `tolerance(κ₂, ε, N)` with `κ₂` the condition number of the leading `rank` columns (QR's
//! perturbation bound), skipped where that exceeds 1e-2; the permutation of the pivoted QR
//! exactly on its first `rank` entries (beyond the numerical rank the column norms are
//! rounding noise); `|C Q|` and `rq`'s `|R|` (columns scaled by unit factors) at full rank
//! within `tolerance(κ₂(A))`; the updated `|R|` within `tolerance(10³)`.

mod common;

use common::{load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix1, Ix2, s};
use sci_core::num_complex::Complex32;
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::*;

fn c64<T: Scalar>(a: &Array2<T>) -> Array2<Complex64> {
    a.mapv(Scalar::to_c64)
}

fn frobenius(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn eps<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

fn shape(case: &Case, key: &str) -> (usize, usize) {
    let v = case.expected.f64_list(key);
    (v[0] as usize, v[1] as usize)
}

fn expected2(case: &Case, key: &str) -> Array2<Complex64> {
    case.expected
        .array::<Complex64>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn arg2<T: ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn arg1<T: ReadableElement>(case: &Case, key: &str) -> sci_core::ndarray::Array1<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix1>()
        .expect("1-D")
}

/// `‖|x| - expected‖_F ≤ rtol ‖expected‖_F` (the expected array holds moduli).
fn assert_moduli(
    case: &Case,
    what: &str,
    x: &Array2<Complex64>,
    expected: &Array2<Complex64>,
    rtol: f64,
) {
    assert_eq!(x.dim(), expected.dim(), "{}: {what} shape", case.name);
    let diff = x
        .iter()
        .zip(expected.iter())
        .map(|(a, e)| (a.norm() - e.re).powi(2))
        .sum::<f64>()
        .sqrt();
    let norm = frobenius(expected);
    assert!(
        diff <= rtol * norm || diff == 0.0,
        "{}: {what}: ‖|x| - |scipy|‖ = {diff:e} > {rtol:e} * {norm:e}",
        case.name
    );
}

/// `Q R = A`, `QᴴQ = I`, `R` upper trapezoidal.
fn assert_factors(
    case: &Case,
    what: &str,
    q: &Array2<Complex64>,
    r: &Array2<Complex64>,
    a: &Array2<Complex64>,
    tol: f64,
) {
    let err = frobenius(&(q.dot(r) - a));
    assert!(
        err <= tol * frobenius(a).max(f64::MIN_POSITIVE),
        "{}: {what}: ‖QR - A‖ = {err:e}",
        case.name
    );
    let g = q.t().mapv(|x| x.conj()).dot(q) - Array2::<Complex64>::eye(q.ncols());
    let otol = tol * (a.nrows().max(a.ncols()).max(1) as f64);
    assert!(
        frobenius(&g) <= otol,
        "{}: {what}: Q not orthonormal",
        case.name
    );
    assert!(
        r.indexed_iter()
            .all(|((i, j), x)| i <= j || x.norm() == 0.0),
        "{}: {what}: R not upper trapezoidal",
        case.name
    );
}

fn check_family<T: Scalar + ReadableElement>(case: &Case) {
    let a = arg2::<T>(case, "a");
    let (m, n) = a.dim();
    let ac = c64(&a);
    let e = case.expected.f64("cond").max(1.0);
    let tol = tolerance(1.0, eps::<T>(), m.max(n));
    let rank = case.expected.usize("rank");

    // qr, full and economic.
    for (mode, qs, rs) in [
        (QrMode::Full, "q_shape", "r_shape"),
        (QrMode::Economic, "q_econ_shape", "r_econ_shape"),
    ] {
        let f = qr_with(&a, &QrOptions::default().mode(mode)).expect("qr");
        assert_eq!(f.q.dim(), shape(case, qs), "{}: {qs}", case.name);
        assert_eq!(f.r.dim(), shape(case, rs), "{}: {rs}", case.name);
        let (q, r) = (c64(&f.q), c64(&f.r));
        assert_factors(case, "qr", &q, &r, &ac, tol);
        let rtol = tolerance(e, eps::<T>(), n);
        if rtol < 1e-2 && rank > 0 {
            let want = expected2(case, "abs_r");
            assert_moduli(
                case,
                "|R[:rank]|",
                &r.slice(s![..rank, ..]).to_owned(),
                &want.slice(s![..rank, ..]).to_owned(),
                rtol,
            );
        }
    }
    let r_only = qr_r(&a, &QrOptions::default()).expect("qr_r");
    assert_eq!(
        r_only.dim(),
        shape(case, "r_only_shape"),
        "{}: r shape",
        case.name
    );
    assert_eq!(
        r_only,
        qr(&a).expect("qr").r,
        "{}: qr_r differs from qr's R",
        case.name
    );

    // Pivoting.
    let f = qr_pivoting(&a, &QrOptions::default()).expect("qr_pivoting");
    let p_scipy: Vec<usize> = case
        .expected
        .f64_list("p")
        .iter()
        .map(|&x| x as usize)
        .collect();
    assert_eq!(f.p.len(), n, "{}: p length", case.name);
    let rank_p = case.expected.usize("rank_p");
    assert_eq!(
        f.p.slice(s![..rank_p]).to_vec(),
        p_scipy[..rank_p].to_vec(),
        "{}: p",
        case.name
    );
    let ap = Array2::from_shape_fn((m, n), |(i, j)| ac[(i, f.p[j])]);
    let (q, r) = (c64(&f.q), c64(&f.r));
    assert_factors(case, "qr pivoting", &q, &r, &ap, tol);
    let rtol = tolerance(case.expected.f64("cond_p").max(1.0), eps::<T>(), n);
    if rtol < 1e-2 && rank_p > 0 {
        // Beyond the numerical rank the order of the remaining columns is noise: compare the
        // leading rows with the columns back in A's order (each with its own permutation).
        let want = expected2(case, "abs_r_p");
        let mut mine = Array2::<Complex64>::zeros((rank_p, n));
        let mut theirs = Array2::<Complex64>::zeros((rank_p, n));
        for j in 0..n {
            for i in 0..rank_p {
                mine[(i, f.p[j])] = r[(i, j)];
                theirs[(i, p_scipy[j])] = want[(i, j)];
            }
        }
        assert_moduli(case, "|R_piv[:rank]|", &mine, &theirs, rtol);
    }
    let rp = qr_r_pivoting(&a, &QrOptions::default()).expect("qr_r_pivoting");
    assert_eq!(
        (rp.r, rp.p),
        (f.r, f.p),
        "{}: qr_r_pivoting differs",
        case.name
    );

    // qr_multiply (right): |C Q| is unique at full rank.
    let c = arg2::<T>(case, "c");
    let out = qr_multiply(&a, &c).expect("qr_multiply");
    assert_eq!(
        out.cq.dim(),
        shape(case, "cq_shape"),
        "{}: cq shape",
        case.name
    );
    assert_eq!(
        out.r.dim(),
        shape(case, "rm_shape"),
        "{}: qr_multiply R shape",
        case.name
    );
    let cond2 = case.expected.f64("cond2").max(1.0);
    let full_tol = tolerance(cond2, eps::<T>(), m.max(n));
    if case.expected.bool("full_rank") && full_tol < 1e-2 {
        assert_moduli(
            case,
            "|CQ|",
            &c64(&out.cq),
            &expected2(case, "abs_cq"),
            full_tol,
        );
    }

    // rq, full and economic.
    for (mode, rs, qs) in [
        (QrMode::Full, "rq_r_shape", "rq_q_shape"),
        (QrMode::Economic, "rq_r_econ_shape", "rq_q_econ_shape"),
    ] {
        let f = rq_with(&a, &RqOptions::default().mode(mode)).expect("rq");
        assert_eq!(f.r.dim(), shape(case, rs), "{}: {rs}", case.name);
        assert_eq!(f.q.dim(), shape(case, qs), "{}: {qs}", case.name);
        let (r, q) = (c64(&f.r), c64(&f.q));
        let err = frobenius(&(r.dot(&q) - &ac));
        assert!(
            err <= tol * frobenius(&ac).max(f64::MIN_POSITIVE),
            "{}: ‖RQ - A‖ = {err:e}",
            case.name
        );
        let g = q.dot(&q.t().mapv(|x| x.conj())) - Array2::<Complex64>::eye(q.nrows());
        assert!(
            frobenius(&g) <= tol * (m.max(n).max(1) as f64),
            "{}: rq Q rows",
            case.name
        );
        if mode == QrMode::Full && case.expected.bool("full_rank") && full_tol < 1e-2 {
            assert_moduli(case, "|R_rq|", &r, &expected2(case, "abs_rq_r"), full_tol);
        }
    }
}

fn check_updates<T: Scalar + ReadableElement>(case: &Case) {
    let a = arg2::<T>(case, "a");
    let f = qr(&a).expect("qr");
    let tol = tolerance(1e3, eps::<T>(), a.nrows().max(a.ncols()) + 2);
    let (u, v) = (arg1::<T>(case, "u"), arg1::<T>(case, "v"));
    let (uk, vk) = (arg2::<T>(case, "uk"), arg2::<T>(case, "vk"));
    let (row, col) = (arg1::<T>(case, "row"), arg1::<T>(case, "col"));
    let results = [
        ("update", qr_update(&f.q, &f.r, &u, &v)),
        (
            "update_k",
            qr_update_rank_k(&f.q, &f.r, &uk, &vk, &QrUpdateOptions::default()),
        ),
        ("insert_row", qr_insert(&f.q, &f.r, &row, 2)),
        (
            "insert_col",
            qr_insert_with(
                &f.q,
                &f.r,
                &col,
                1,
                &QrInsertOptions::default().which(QrWhich::Col),
            ),
        ),
        (
            "delete_rows",
            qr_delete_with(&f.q, &f.r, 1, &QrDeleteOptions::default().p(2)),
        ),
        (
            "delete_col",
            qr_delete_with(
                &f.q,
                &f.r,
                0,
                &QrDeleteOptions::default().which(QrWhich::Col),
            ),
        ),
    ];
    for (key, g) in results {
        let g = g.expect(key);
        assert_moduli(case, key, &c64(&g.r), &expected2(case, key), tol);
    }
    if case.expected.has("update_econ") {
        let e = qr_with(&a, &QrOptions::default().mode(QrMode::Economic)).expect("qr");
        let g = qr_update_rank_k(&e.q, &e.r, &uk, &vk, &QrUpdateOptions::default()).expect("econ");
        assert_moduli(
            case,
            "update_econ",
            &c64(&g.r),
            &expected2(case, "update_econ"),
            tol,
        );
    }
}

/// Stacked input: every matrix's `Q R = A`, orthonormal `Q`, and `|R|` against SciPy's.
fn check_stacked<T: Scalar + ReadableElement>(case: &Case) {
    let a = case.args.array::<T>("a");
    let dims = |key: &str| -> Vec<usize> {
        case.expected
            .f64_list(key)
            .iter()
            .map(|&x| x as usize)
            .collect()
    };
    let (m, n) = (a.shape()[a.ndim() - 2], a.shape()[a.ndim() - 1]);
    let tol = tolerance(1.0, eps::<T>(), m.max(n));
    for (mode, qs, rs) in [
        (QrMode::Full, "q_shape", "r_shape"),
        (QrMode::Economic, "q_econ_shape", "r_econ_shape"),
    ] {
        let f = stacked::qr_with(&a, &QrOptions::default().mode(mode)).expect("stacked qr");
        assert_eq!(f.q.shape(), dims(qs).as_slice(), "{}: {qs}", case.name);
        assert_eq!(f.r.shape(), dims(rs).as_slice(), "{}: {rs}", case.name);
        let batch: usize = a.shape()[..a.ndim() - 2].iter().product();
        let q =
            f.q.to_shape((batch, m, f.q.shape()[f.q.ndim() - 1]))
                .expect("q")
                .to_owned();
        let r =
            f.r.to_shape((batch, f.r.shape()[f.r.ndim() - 2], n))
                .expect("r")
                .to_owned();
        let a3 = a.to_shape((batch, m, n)).expect("a").to_owned();
        let want = case.expected.array::<Complex64>("abs_r");
        let want = want.to_shape((batch, m, n)).expect("abs_r").to_owned();
        for b in 0..batch {
            let (qb, rb, ab) = (
                c64(&q.index_axis(sci_core::ndarray::Axis(0), b).to_owned()),
                c64(&r.index_axis(sci_core::ndarray::Axis(0), b).to_owned()),
                c64(&a3.index_axis(sci_core::ndarray::Axis(0), b).to_owned()),
            );
            assert_factors(case, "stacked qr", &qb, &rb, &ab, tol);
            if mode == QrMode::Full {
                let wb = want.index_axis(sci_core::ndarray::Axis(0), b).to_owned();
                assert_moduli(case, "stacked |R|", &rb, &wb, tolerance(1e3, eps::<T>(), n));
            }
        }
    }
}

fn check<T: Scalar + ReadableElement>(case: &Case) {
    if case.name.starts_with("qr stack") || case.name.starts_with("qr complex stack") {
        check_stacked::<T>(case);
    } else if case.name.starts_with("qr updates") {
        check_updates::<T>(case);
    } else {
        check_family::<T>(case);
    }
}

#[test]
fn qr_family_matches_scipy() {
    let fixture = load("qr");
    let mut counts = [0usize; 4];
    for case in &fixture.cases {
        match case.args.str("dtype") {
            "float64" => {
                check::<f64>(case);
                counts[0] += 1;
            }
            "complex128" => {
                check::<Complex64>(case);
                counts[1] += 1;
            }
            "float32" => {
                check::<f32>(case);
                counts[2] += 1;
            }
            "complex64" => {
                check::<Complex32>(case);
                counts[3] += 1;
            }
            other => panic!("{}: dtype {other}", case.name),
        }
    }
    assert!(
        counts[0] > 15 && counts[1] > 5 && counts[2] >= 2 && counts[3] >= 1,
        "{counts:?}"
    );
}
