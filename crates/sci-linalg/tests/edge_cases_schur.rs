//! Edge cases of the Hessenberg and Schur family: empty matrices (empty results, `sdim` 0, as
//! SciPy 1.17.1), 1×1, already triangular and diagonal input, zero and identity matrices,
//! non-square input ("expected square matrix"), NaN and infinity (an error, or no panic with
//! the check off), `rsf2csf` and `cdf2rdf` shape errors and unpaired complex eigenvalues, and
//! larger matrices (order 40–60) that exercise many QR sweeps and block swaps.

use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, array};
use sci_core::num_complex::Complex64;
use sci_linalg::*;

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

/// `‖Z T Zᴴ − A‖_F ≤ tol ‖A‖_F` and `‖ZᴴZ − I‖_F ≤ tol`.
fn assert_similar(z: &Array2<Complex64>, t: &Array2<Complex64>, a: &Array2<Complex64>, tol: f64) {
    let zh = z.t().mapv(|x| x.conj());
    let err = fro(&(z.dot(t).dot(&zh) - a));
    assert!(err <= tol * fro(a).max(1.0), "‖Z T Zᴴ − A‖ = {err:e}");
    let orth = fro(&(zh.dot(z) - Array2::<Complex64>::eye(a.nrows())));
    assert!(orth <= tol, "‖ZᴴZ − I‖ = {orth:e}");
}

fn c(a: &Array2<f64>) -> Array2<Complex64> {
    a.mapv(Complex64::from)
}

/// A deterministic pseudo-random matrix (a linear congruential generator) with entries in
/// [−1, 1).
fn pseudo_random(n: usize, seed: u64) -> Array2<f64> {
    let mut s = seed;
    Array2::from_shape_fn((n, n), |_| {
        s = s
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((s >> 11) as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    })
}

#[test]
fn empty_input_gives_empty_results() {
    let e = Array2::<f64>::zeros((0, 0));
    assert_eq!(hessenberg(&e).unwrap().dim(), (0, 0));
    let f = hessenberg_with_q(&e, &HessenbergOptions::default()).unwrap();
    assert_eq!((f.h.dim(), f.q.dim()), ((0, 0), (0, 0)));
    let s = schur(&e).unwrap();
    assert_eq!((s.t.dim(), s.z.dim(), s.sdim), ((0, 0), (0, 0), 0));
    let s = schur_with(&e, &SchurOptions::default().sort(SchurSort::Lhp)).unwrap();
    assert_eq!((s.t.dim(), s.sdim), ((0, 0), 0));
    let s = schur_complex(&e, &SchurOptions::default().sort(SchurSort::Iuc)).unwrap();
    assert_eq!((s.t.dim(), s.z.dim(), s.sdim), ((0, 0), (0, 0), 0));
    let r = rsf2csf(&e, &e).unwrap();
    assert_eq!((r.t.dim(), r.z.dim()), ((0, 0), (0, 0)));
    let r = cdf2rdf(
        &Array1::<Complex64>::zeros(0),
        &Array2::<Complex64>::zeros((0, 0)),
    )
    .unwrap();
    assert_eq!((r.wr.dim(), r.vr.dim()), ((0, 0), (0, 0)));
}

#[test]
fn one_by_one() {
    let a = array![[-2.5_f64]];
    assert_eq!(hessenberg(&a).unwrap(), a);
    let s = schur_with(&a, &SchurOptions::default().sort(SchurSort::Lhp)).unwrap();
    assert_eq!(
        (s.t.clone(), s.z.clone(), s.sdim),
        (a.clone(), array![[1.0]], 1)
    );
    let s = schur_with(&a, &SchurOptions::default().sort(SchurSort::Rhp)).unwrap();
    assert_eq!(s.sdim, 0);
    let z = array![[Complex64::new(1.0, -2.0)]];
    let s = schur_complex(&z, &SchurOptions::default().sort(SchurSort::Ouc)).unwrap();
    assert_eq!((s.t, s.sdim), (z, 1));
}

#[test]
fn triangular_diagonal_zero_and_identity_input() {
    let t = array![[1.0_f64, 2.0, 3.0], [0.0, 4.0, 5.0], [0.0, 0.0, 6.0]];
    let s = schur(&t).unwrap();
    assert_similar(&c(&s.z), &c(&s.t), &c(&t), 1e-14);
    assert!((0..3).all(|j| (j + 1..3).all(|i| s.t[[i, j]] == 0.0)));
    for a in [Array2::<f64>::zeros((4, 4)), Array2::<f64>::eye(4)] {
        let s = schur(&a).unwrap();
        assert_eq!(s.t, a);
        assert_eq!(s.z, Array2::<f64>::eye(4));
        let s = schur_with(&a, &SchurOptions::default().sort(SchurSort::Iuc)).unwrap();
        assert_eq!(s.sdim, 4);
    }
    // Diagonal input with the selected eigenvalues last: sorting moves them exactly.
    let d = Array2::from_diag(&array![3.0_f64, 2.0, -1.0, -4.0]);
    let s = schur_with(&d, &SchurOptions::default().sort(SchurSort::Lhp)).unwrap();
    assert_eq!(s.sdim, 2);
    let diag = s.t.diag().to_vec();
    assert_eq!(diag, vec![-1.0, -4.0, 3.0, 2.0]);
}

#[test]
fn non_square_input_is_an_error() {
    let a = Array2::<f64>::zeros((2, 3));
    for e in [
        hessenberg(&a).unwrap_err(),
        hessenberg_with_q(&a, &HessenbergOptions::default()).unwrap_err(),
        schur(&a).unwrap_err(),
        schur_complex(&a, &SchurOptions::default()).unwrap_err(),
        rsf2csf(&a, &Array2::<f64>::zeros((2, 2))).unwrap_err(),
        rsf2csf(&Array2::<f64>::zeros((2, 2)), &a).unwrap_err(),
    ] {
        assert!(e.to_string().contains("expected square matrix"), "{e}");
    }
}

#[test]
fn non_finite_input_is_an_error_unless_unchecked() {
    for bad in [f64::NAN, f64::INFINITY] {
        let a = array![[1.0_f64, 2.0, 0.0], [bad, 1.0, 3.0], [0.0, 1.0, 2.0]];
        assert!(matches!(hessenberg(&a), Err(Error::NonFinite { .. })));
        assert!(matches!(schur(&a), Err(Error::NonFinite { .. })));
        assert!(matches!(
            schur_complex(&a, &SchurOptions::default()),
            Err(Error::NonFinite { .. })
        ));
        assert!(matches!(rsf2csf(&a, &a), Err(Error::NonFinite { .. })));
        // Unchecked: any result or error, but no panic and no endless loop.
        let _ = hessenberg_with_q(&a, &HessenbergOptions::default().check_finite(false));
        let off = SchurOptions::default().check_finite(false);
        let _ = schur_with(&a, &off);
        let _ = schur_with(&a, &off.clone().sort(SchurSort::Lhp));
        let _ = schur_complex(&a, &off.clone().sort(SchurSort::Ouc));
        let _ = rsf2csf_with(&a, &a, &Rsf2csfOptions::default().check_finite(false));
    }
}

#[test]
fn rsf2csf_and_cdf2rdf_shape_errors() {
    let e = rsf2csf(&Array2::<f64>::eye(2), &Array2::<f64>::eye(3)).unwrap_err();
    assert!(matches!(e, Error::ShapeMismatch { .. }), "{e}");
    let w = array![Complex64::new(1.0, 1.0), Complex64::new(2.0, 0.0)];
    let e = cdf2rdf(&w, &Array2::<Complex64>::zeros((2, 2))).unwrap_err();
    assert!(matches!(e, Error::InvalidArgument { .. }), "{e}");
    let e = cdf2rdf(&w, &Array2::<Complex64>::zeros((3, 3))).unwrap_err();
    assert!(matches!(e, Error::ShapeMismatch { .. }), "{e}");
}

#[test]
fn larger_matrices_converge_and_sort() {
    for (n, seed) in [(40, 1), (60, 2)] {
        let a = pseudo_random(n, seed);
        let s = schur(&a).unwrap();
        assert_similar(&c(&s.z), &c(&s.t), &c(&a), 1e-12);
        for sort in [
            SchurSort::Iuc,
            SchurSort::Lhp,
            SchurSort::custom(|z| z.im > 0.1),
        ] {
            let f = schur_with(&a, &SchurOptions::default().sort(sort)).unwrap();
            assert_similar(&c(&f.z), &c(&f.t), &c(&a), 1e-12);
            assert!(f.sdim > 0 && f.sdim < n);
        }
        let ac = c(&a).mapv(|x| x * Complex64::new(0.6, 0.8));
        let f = schur_complex(&ac, &SchurOptions::default().sort(SchurSort::Ouc)).unwrap();
        assert_similar(&f.z, &f.t, &ac, 1e-12);
        assert!(f.t.diag().iter().take(f.sdim).all(|z| z.norm() > 1.0));
    }
    // The companion matrix of zⁿ − 1: every eigenvalue on the unit circle, a classic test
    // of the exceptional shifts (the unshifted QR iteration does not move it).
    let n = 12;
    let mut a = Array2::<f64>::zeros((n, n));
    a[[0, n - 1]] = 1.0;
    for i in 1..n {
        a[[i, i - 1]] = 1.0;
    }
    let s = schur(&a).unwrap();
    assert_similar(&c(&s.z), &c(&s.t), &c(&a), 1e-12);
}

#[test]
fn highly_multiple_eigenvalues_converge() {
    // 2I plus a rank-≤17 periodic pattern: the eigenvalue 2 has multiplicity n − 17, and the
    // Hessenberg form is 2I plus rounding noise in the trailing block, where shifts formed
    // from the sum and product of the eigenvalues cancelled to noise and the real iteration
    // stalled (n = 46, 72, 100, 200).
    for n in [46, 72, 100, 200] {
        let a = Array2::from_shape_fn((n, n), |(i, j)| {
            (((i * 7 + j * 13) % 17) as f64 - 8.0) / 8.0 / (n as f64).sqrt()
                + if i == j { 2.0 } else { 0.0 }
        });
        let f = schur(&a).unwrap_or_else(|e| panic!("n = {n}: {e}"));
        assert_similar(&c(&f.z), &c(&f.t), &c(&a), 1e-13 * n as f64);
    }
}
