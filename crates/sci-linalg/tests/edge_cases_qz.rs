//! Edge cases of `qz`, `qz_complex`, `ordqz`, `ordqz_complex` and `matrix_balance`: empty
//! input (an error for the QZ functions, as SciPy's LAPACK wrapper refuses it; empty results
//! for `matrix_balance`, as SciPy returns), 1×1, non-square and mismatched shapes, NaN and
//! infinity (errors; for QZ with `check_finite` off, a did-not-converge error rather than a
//! panic), singular `B` (infinite eigenvalues, `beta = 0`), and the sorts' treatment of
//! `beta = 0` (SciPy's: never in a half plane or inside the unit circle; outside it unless
//! `alpha = 0` too).

use sci_core::ndarray::{Array2, array};
use sci_core::{Complex64, Error};
use sci_linalg::*;

#[test]
fn empty_pencils_are_refused_like_scipy() {
    let e = Array2::<f64>::zeros((0, 0));
    assert!(matches!(qz(&e, &e), Err(Error::EmptyInput { .. })));
    assert!(matches!(
        qz_complex(&e, &e, &QzOptions::default()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(ordqz(&e, &e), Err(Error::EmptyInput { .. })));
    assert!(matches!(
        ordqz_complex(&e, &e, &OrdqzOptions::default()),
        Err(Error::EmptyInput { .. })
    ));
}

#[test]
fn one_by_one_pencils() {
    // SciPy: qz([[2]], [[-3]]) = ([[-2]], [[3]], [[1]], [[-1]]).
    let f = qz(&array![[2.0_f64]], &array![[-3.0_f64]]).unwrap();
    assert_eq!((f.aa[[0, 0]], f.bb[[0, 0]]), (-2.0, 3.0));
    assert_eq!(f.q[[0, 0]] * f.z[[0, 0]], -1.0);
    let f = ordqz(&array![[2.0_f64]], &array![[-3.0_f64]]).unwrap();
    assert_eq!(
        (f.alpha[0], f.beta[0], f.sdim),
        (Complex64::new(-2.0, 0.0), 3.0, 1)
    );
    let f = qz_complex(
        &array![[2.0_f64]],
        &array![[-3.0_f64]],
        &QzOptions::default(),
    )
    .unwrap();
    assert_eq!(f.bb[[0, 0]], Complex64::new(3.0, 0.0));
    assert_eq!(f.aa[[0, 0]], Complex64::new(-2.0, 0.0));
}

#[test]
fn shapes_are_checked() {
    let a = Array2::<f64>::zeros((2, 3));
    let b = Array2::<f64>::eye(2);
    let err = qz(&a, &b).unwrap_err();
    assert!(err.to_string().contains("expected square matrix"), "{err}");
    let err = ordqz(&b, &a).unwrap_err();
    assert!(err.to_string().contains("expected square matrix"), "{err}");
    let c = Array2::<f64>::eye(3);
    assert!(matches!(qz(&b, &c), Err(Error::ShapeMismatch { .. })));
    assert!(matches!(ordqz(&c, &b), Err(Error::ShapeMismatch { .. })));
    let err = matrix_balance(&a).unwrap_err();
    assert!(err.to_string().contains("expected square matrix"), "{err}");
}

#[test]
fn non_finite_input_is_an_error() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    let b = Array2::<f64>::eye(2);
    assert!(matches!(qz(&a, &b), Err(Error::NonFinite { .. })));
    assert!(matches!(qz(&b, &a), Err(Error::NonFinite { .. })));
    assert!(matches!(ordqz(&a, &b), Err(Error::NonFinite { .. })));
    let inf = array![[f64::INFINITY]];
    assert!(matches!(matrix_balance(&inf), Err(Error::NonFinite { .. })));
    // Unchecked, QZ reports failure instead of iterating on NaN.
    let unchecked = QzOptions::default().check_finite(false);
    assert!(matches!(
        qz_with(&a, &b, &unchecked),
        Err(Error::DidNotConverge { .. })
    ));
    let unchecked = OrdqzOptions::default().check_finite(false);
    assert!(matches!(
        ordqz_with(&a, &b, &unchecked),
        Err(Error::DidNotConverge { .. })
    ));
}

#[test]
fn singular_b_gives_infinite_eigenvalues() {
    // SciPy: ordqz([[2, 1], [0, 3]], [[0, 1], [0, 1]], sort='ouc') selects both (∞ and 3).
    let a = array![[2.0_f64, 1.0], [0.0, 3.0]];
    let b = array![[0.0_f64, 1.0], [0.0, 1.0]];
    let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(OrdqzSort::Ouc)).unwrap();
    assert_eq!(f.sdim, 2);
    let infinite = (0..2).filter(|&j| f.beta[j].abs() < 1e-15).count();
    assert_eq!(infinite, 1);
    // 'lhp', 'rhp' and 'iuc' never select an infinite eigenvalue.
    for sort in [OrdqzSort::Lhp, OrdqzSort::Iuc] {
        let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(sort)).unwrap();
        assert_eq!(f.sdim, 0);
    }
    let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(OrdqzSort::Rhp)).unwrap();
    assert_eq!(f.sdim, 1);
    assert!((f.alpha[0].re / f.beta[0] - 3.0).abs() < 1e-14);
    // A zero B: every eigenvalue infinite.
    let z = Array2::<f64>::zeros((3, 3));
    let f = qz(
        &array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]],
        &z,
    )
    .unwrap();
    assert!(f.bb.iter().all(|&v| v == 0.0));
}

#[test]
fn custom_sort_sees_alpha_and_beta() {
    let a = array![[1.0_f64, 0.0, 0.0], [0.0, -2.0, 0.0], [0.0, 0.0, 3.0]];
    let b = Array2::<f64>::eye(3);
    let sort = OrdqzSort::custom(|alpha, beta| (alpha / beta).re > 2.5);
    let f = ordqz_with(&a, &b, &OrdqzOptions::default().sort(sort.clone())).unwrap();
    assert_eq!(f.sdim, 1);
    assert!((f.alpha[0].re / f.beta[0] - 3.0).abs() < 1e-14);
    let f = ordqz_complex(&a, &b, &OrdqzOptions::default().sort(sort)).unwrap();
    assert_eq!(f.sdim, 1);
    assert!((f.alpha[0] / f.beta[0] - Complex64::new(3.0, 0.0)).norm() < 1e-14);
}

#[test]
fn matrix_balance_empty_and_trivial() {
    let e = Array2::<f64>::zeros((0, 0));
    let f = matrix_balance(&e).unwrap();
    assert_eq!((f.b.dim(), f.t.dim()), ((0, 0), (0, 0)));
    let s = matrix_balance_separate(&e, &MatrixBalanceOptions::default()).unwrap();
    assert!(s.scale.is_empty() && s.perm.is_empty());
    let one = array![[Complex64::new(2.0, -1.0)]];
    let f = matrix_balance(&one).unwrap();
    assert_eq!(f.b, one);
    assert_eq!(f.t, array![[1.0]]);
    // Neither permuting nor scaling: B = A, T = I.
    let a = array![[1.0_f64, 1e6], [1e-6, 0.0]];
    let off = MatrixBalanceOptions::default().permute(false).scale(false);
    let f = matrix_balance_with(&a, &off).unwrap();
    assert_eq!(f.b, a);
    assert_eq!(f.t, Array2::<f64>::eye(2));
}

#[test]
fn orders_beyond_faers_blocking_threshold_finish() {
    // faer 0.24.4's blocked QZ (order ≥ 75) does not return when Q and Z are accumulated;
    // qz keeps to the unblocked iteration. An order-76 pencil from a fixed recurrence (just
    // past the threshold: generic faer code runs unoptimised in debug builds).
    let n = 76;
    let mut state = 12345u64;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        f64::from(u32::try_from(state >> 40).unwrap()) / f64::from(1u32 << 24) - 0.5
    };
    let a = Array2::from_shape_fn((n, n), |_| next());
    let b = Array2::from_shape_fn((n, n), |_| next());
    let fro = |m: &Array2<f64>| m.iter().map(|v| v * v).sum::<f64>().sqrt();
    let f = qz(&a, &b).unwrap();
    assert!(fro(&(f.q.dot(&f.aa).dot(&f.z.t()) - &a)) <= 1e-13 * n as f64 * fro(&a));
    assert!(fro(&(f.q.dot(&f.bb).dot(&f.z.t()) - &b)) <= 1e-13 * n as f64 * fro(&b));
    let f = qz_complex(&a, &b, &QzOptions::default()).unwrap();
    let ac = a.mapv(|v| Complex64::new(v, 0.0));
    let zh = f.z.t().mapv(|v| v.conj());
    let err = (f.q.dot(&f.aa).dot(&zh) - &ac)
        .iter()
        .map(|v| v.norm_sqr())
        .sum::<f64>()
        .sqrt();
    assert!(err <= 1e-13 * n as f64 * fro(&a));
}

#[test]
fn infinite_eigenvalue_at_a_split_keeps_q_unitary_and_exact() {
    // faer's complex QZ rotates the rows of Q instead of its columns when it deflates an
    // infinite eigenvalue where the pencil also splits; Q is recovered from Z, AA and BB.
    let a = array![[2.0_f64, 0.0, -1.0], [0.0, 0.0, 1.0], [0.0, 0.0, 0.0]];
    let b = array![[0.0_f64, 0.0, 0.0], [0.0, -2.0, -2.0], [-2.0, 1.0, 2.0]];
    let f = qz_complex(&a, &b, &QzOptions::default()).unwrap();
    let zh = f.z.t().mapv(|v| v.conj());
    for (m, x) in [(&f.aa, &a), (&f.bb, &b)] {
        let back = f.q.dot(m).dot(&zh);
        let err = back
            .iter()
            .zip(x.iter())
            .fold(0.0_f64, |acc, (u, v)| acc.max((u - v).norm()));
        assert!(err < 1e-14, "reconstruction error {err:e}");
    }
    let gram = f.q.t().mapv(|v| v.conj()).dot(&f.q);
    for ((i, j), g) in gram.indexed_iter() {
        assert!((g - if i == j { 1.0 } else { 0.0 }).norm() < 1e-14);
    }
}
