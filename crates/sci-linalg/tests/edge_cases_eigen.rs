//! Edge cases of the eigenproblems: empty and 1×1 input (SciPy's shapes), non-square input,
//! NaN (an error, or non-convergence with the check off), a non-positive-definite `b`,
//! SciPy's `ValueError`s for inconsistent options, and the stacked forms' shape checks.

use sci_core::Complex64;
use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, Array3, array};
use sci_linalg::{
    EigBandedOptions, EigOptions, EighDriver, EighOptions, EighTridiagonalOptions, Select,
    TridiagonalDriver, eig, eig_banded, eig_with, eigh, eigh_tridiagonal, eigh_with, eigvals,
    eigvals_banded, eigvalsh, eigvalsh_tridiagonal, eigvalsh_with, stacked,
};

#[test]
fn empty_input_gives_empty_results_as_scipy() {
    let a = Array2::<f64>::zeros((0, 0));
    let r = eig(&a).unwrap();
    assert_eq!((r.w.len(), r.vr.unwrap().dim()), (0, (0, 0)));
    assert_eq!(eigvals(&a).unwrap().len(), 0);
    let b = Array2::<f64>::zeros((0, 0));
    assert_eq!(
        eig_with(&a, &EigOptions::default().b(&b)).unwrap().w.len(),
        0
    );
    let r = eigh(&a).unwrap();
    assert_eq!((r.w.len(), r.v.unwrap().dim()), (0, (0, 0)));
    assert_eq!(
        eigvalsh_with(&a, &EighOptions::default().b(&b))
            .unwrap()
            .len(),
        0
    );
    let r = eig_banded(&Array2::<f64>::zeros((2, 0)), &EigBandedOptions::default()).unwrap();
    assert_eq!((r.w.len(), r.v.unwrap().dim()), (0, (0, 0)));
    // SciPy: "d (0) must have one more element than e (0)".
    let empty = Array1::<f64>::zeros(0);
    assert!(matches!(
        eigh_tridiagonal(&empty, &empty, &EighTridiagonalOptions::default()),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn one_by_one() {
    let r = eig(&array![[2.5_f64]]).unwrap();
    assert_eq!(r.w[0], Complex64::new(2.5, 0.0));
    assert_eq!(r.vr.unwrap()[[0, 0]], Complex64::new(1.0, 0.0));
    let r = eigh(&array![[Complex64::new(-3.0, 0.0)]]).unwrap();
    assert_eq!(r.w[0], -3.0);
    assert!((r.v.unwrap()[[0, 0]].norm() - 1.0).abs() < 1e-15);
    let r = eigh_tridiagonal(
        &array![4.0_f64],
        &Array1::<f64>::zeros(0),
        &Default::default(),
    )
    .unwrap();
    assert_eq!((r.w[0], r.v.unwrap()[[0, 0]].abs()), (4.0, 1.0));
    assert_eq!(
        eigvals_banded(&array![[7.0_f64]], &Default::default()).unwrap()[0],
        7.0
    );
}

#[test]
fn non_square_and_mismatched_shapes_are_errors() {
    let a = Array2::<f64>::zeros((2, 3));
    for err in [
        eig(&a).unwrap_err(),
        eigvals(&a).unwrap_err(),
        eigh(&a).unwrap_err(),
        eigvalsh(&a).unwrap_err(),
    ] {
        assert!(err.to_string().contains("square"), "{err}");
    }
    let sq = Array2::<f64>::eye(2);
    let b = Array2::<f64>::eye(3);
    assert!(matches!(
        eig_with(&sq, &EigOptions::default().b(&b)),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        eigh_with(&sq, &EighOptions::default().b(&b)),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        eigvalsh_tridiagonal(
            &array![1.0_f64, 2.0],
            &array![1.0_f64, 2.0],
            &Default::default()
        ),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        stacked::eig(&Array1::<f64>::zeros(3)),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(stacked::eigh(&Array3::<f64>::zeros((2, 2, 3))).is_err());
}

#[test]
fn nan_is_an_error_or_non_convergence() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    assert!(matches!(eig(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(eigh(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(
        eig_with(&a, &EigOptions::default().check_finite(false)),
        Err(Error::DidNotConverge { .. })
    ));
    // eigh reads the lower triangle only: the NaN above the diagonal is not seen.
    assert!(eigh_with(&a, &EighOptions::default().check_finite(false)).is_ok());
    let lower_nan = array![[1.0_f64, 0.0], [f64::NAN, 1.0]];
    assert!(matches!(
        eigh_with(&lower_nan, &EighOptions::default().check_finite(false)),
        Err(Error::DidNotConverge { .. })
    ));
    assert!(matches!(
        eigh_tridiagonal(
            &array![1.0_f64, f64::INFINITY],
            &array![0.0_f64],
            &Default::default()
        ),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(
        eig_banded(&array![[f64::NAN, 1.0]], &Default::default()),
        Err(Error::NonFinite { .. })
    ));
    assert!(stacked::eigh(&Array3::from_elem((1, 2, 2), f64::NAN)).is_err());
}

#[test]
fn b_not_positive_definite_names_the_minor() {
    let a = Array2::<f64>::eye(2);
    let b = array![[1.0_f64, 0.0], [0.0, -1.0]];
    match eigh_with(&a, &EighOptions::default().b(&b)) {
        Err(Error::NotPositiveDefinite { order }) => assert_eq!(order, 2),
        other => panic!("{other:?}"),
    }
}

#[test]
fn singular_b_gives_an_infinite_eigenvalue() {
    let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
    let b = array![[1.0_f64, 0.0], [0.0, 0.0]];
    let w = sci_linalg::eigvals_with(&a, &EigOptions::default().b(&b)).unwrap();
    assert_eq!(w.iter().filter(|z| z.re.is_infinite()).count(), 1);
    assert!(w.iter().any(|z| (z.re + 0.5).abs() < 1e-14));
}

#[test]
fn scipy_value_errors_for_inconsistent_options() {
    let a = Array2::<f64>::eye(3);
    let b = Array2::<f64>::eye(3);
    let bad = [
        EighOptions::default().driver(EighDriver::Gv),
        EighOptions::default().b(&b).driver(EighDriver::Ev),
        EighOptions::default()
            .driver(EighDriver::Evd)
            .subset_by_index(0, 1),
        EighOptions::default()
            .subset_by_index(0, 1)
            .subset_by_value(0.0, 1.0),
        EighOptions::default().b(&b).type_(4),
        EighOptions::default().subset_by_index(2, 5),
        EighOptions::default().subset_by_index(2, 1),
        EighOptions::default().subset_by_value(3.0, 1.0),
    ];
    for o in &bad {
        assert!(
            matches!(eigh_with(&a, o), Err(Error::InvalidArgument { .. })),
            "{o:?}"
        );
    }
    assert!(
        eigh_with(
            &a,
            &EighOptions::default()
                .b(&b)
                .driver(EighDriver::Gvx)
                .subset_by_index(0, 1)
        )
        .is_ok()
    );
    assert!(EighDriver::from_name("foo").is_err());
    let d = array![1.0_f64, 2.0, 3.0];
    let e = array![0.5_f64, 0.5];
    let sterf = EighTridiagonalOptions::default().lapack_driver(TridiagonalDriver::Sterf);
    assert!(eigh_tridiagonal(&d, &e, &sterf).is_err());
    assert!(eigh_tridiagonal(&d, &e, &sterf.eigvals_only(true)).is_ok());
    let stev = EighTridiagonalOptions::default()
        .lapack_driver(TridiagonalDriver::Stev)
        .select(Select::Index(0, 1));
    assert!(eigh_tridiagonal(&d, &e, &stev).is_err());
    let out = EigBandedOptions::default().select(Select::Index(0, 5));
    assert!(matches!(
        eig_banded(&array![[1.0_f64, 1.0, 1.0]], &out),
        Err(Error::InvalidArgument { .. })
    ));
    // An empty value range is no error: SciPy returns no eigenvalues.
    let r = eigh_with(&a, &EighOptions::default().subset_by_value(5.0, 6.0)).unwrap();
    assert_eq!((r.w.len(), r.v.unwrap().dim()), (0, (3, 0)));
}

#[test]
fn f32_stays_in_single_precision() {
    let a = array![[2.0_f32, 1.0], [1.0, 2.0]];
    let w: Array1<f32> = eigvalsh(&a).unwrap();
    assert!((w[0] - 1.0).abs() < 1e-6 && (w[1] - 3.0).abs() < 1e-6);
    let r = eig(&a).unwrap();
    let _: &sci_core::num_complex::Complex32 = &r.w[0];
}

#[test]
fn generalized_eig_with_vectors_past_faer_blocking_threshold() {
    // faer 0.24.4's blocked QZ (order 75 and up) did not return when it also accumulated the
    // Schur vectors; the unblocked iteration is used instead.
    let n = 80;
    let mut s = 3u64;
    let mut next = move || {
        s = s
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (s >> 11) as f64 / (1u64 << 53) as f64 - 0.5
    };
    let a = Array2::from_shape_fn((n, n), |_| next());
    let b = Array2::from_shape_fn((n, n), |_| next());
    let r = eig_with(&a, &EigOptions::default().b(&b)).unwrap();
    let vr = r.vr.unwrap();
    let (ac, bc) = (a.mapv(Complex64::from), b.mapv(Complex64::from));
    for (j, w) in r.w.iter().enumerate() {
        let v = vr.column(j);
        let res = (ac.dot(&v) - bc.dot(&v).mapv(|x| x * w))
            .iter()
            .fold(0.0f64, |m, x| m.max(x.norm()));
        assert!(res < 1e-10 * (1.0 + w.norm()), "residual {res:e} at {j}");
    }
}
