//! Edge cases of the QR family: empty matrices (SciPy's shapes, identity `Q`), 1×1, zero
//! matrices and zero columns (pivoting stays finite), NaN and infinity (an error, or no panic
//! with the check off), shape mismatches of `qr_multiply` and the updates, economic input to
//! the updates (unsupported) and out-of-range indices.

use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, array};
use sci_linalg::*;

#[test]
fn empty_shapes_match_scipy() {
    // SciPy 1.17.1: qr(0x3) -> Q 0x0, R 0x3; qr(3x0) -> Q 3x3 (identity), R 3x0;
    // economic qr(3x0) -> Q 3x0, R 0x0.
    let f = qr(&Array2::<f64>::zeros((0, 3))).unwrap();
    assert_eq!((f.q.dim(), f.r.dim()), ((0, 0), (0, 3)));
    let f = qr(&Array2::<f64>::zeros((3, 0))).unwrap();
    assert_eq!((f.q.dim(), f.r.dim()), ((3, 3), (3, 0)));
    assert_eq!(f.q, Array2::<f64>::eye(3));
    let o = QrOptions::default().mode(QrMode::Economic);
    let f = qr_with(&Array2::<f64>::zeros((3, 0)), &o).unwrap();
    assert_eq!((f.q.dim(), f.r.dim()), ((3, 0), (0, 0)));
    let f = qr_pivoting(&Array2::<f64>::zeros((0, 3)), &QrOptions::default()).unwrap();
    assert_eq!(f.p.to_vec(), vec![0, 1, 2]);
    let f = qr(&Array2::<f64>::zeros((0, 0))).unwrap();
    assert_eq!((f.q.dim(), f.r.dim()), ((0, 0), (0, 0)));
    // rq(0x3) -> R 0x3, Q 3x3 identity; rq(3x0) -> R 3x0, Q 0x0.
    let f = rq(&Array2::<f64>::zeros((0, 3))).unwrap();
    assert_eq!((f.r.dim(), f.q.dim()), ((0, 3), (3, 3)));
    assert_eq!(f.q, Array2::<f64>::eye(3));
    let f = rq(&Array2::<f64>::zeros((3, 0))).unwrap();
    assert_eq!((f.r.dim(), f.q.dim()), ((3, 0), (0, 0)));
    let f = rq_with(
        &Array2::<f64>::zeros((0, 3)),
        &RqOptions::default().mode(QrMode::Economic),
    )
    .unwrap();
    assert_eq!((f.r.dim(), f.q.dim()), ((0, 0), (0, 3)));
    // qr_multiply: right mode with an empty `a` of 0 rows, left mode with K = 0.
    let out = qr_multiply(&Array2::<f64>::zeros((0, 3)), &Array2::<f64>::zeros((3, 0))).unwrap();
    assert_eq!((out.cq.dim(), out.r.dim()), ((3, 0), (0, 3)));
    let left = QrMultiplyOptions::default().mode(QrMultiplyMode::Left);
    let out = qr_multiply_with(
        &Array2::<f64>::zeros((3, 0)),
        &Array2::<f64>::zeros((0, 2)),
        &left,
    )
    .unwrap();
    assert_eq!(out.cq, Array2::<f64>::zeros((3, 2)));
}

#[test]
fn one_by_one_and_zero_matrices() {
    let f = qr(&array![[-2.0_f64]]).unwrap();
    assert!((f.q[[0, 0]] * f.r[[0, 0]] + 2.0).abs() < 1e-15);
    for (m, n) in [(1, 1), (3, 2), (2, 3), (4, 4)] {
        let z = Array2::<f64>::zeros((m, n));
        let f = qr_pivoting(&z, &QrOptions::default()).unwrap();
        assert!(
            f.q.iter().chain(f.r.iter()).all(|x| x.is_finite()),
            "{m}x{n}"
        );
        assert!(f.r.iter().all(|&x| x == 0.0));
        assert!(
            (f.q.t().dot(&f.q) - Array2::<f64>::eye(m))
                .iter()
                .all(|x| x.abs() < 1e-15)
        );
    }
    // A zero column among non-zero ones goes last under pivoting.
    let a = array![[0.0_f64, 1.0, 2.0], [0.0, 3.0, 1.0], [0.0, 1.0, 1.0]];
    let f = qr_pivoting(&a, &QrOptions::default()).unwrap();
    assert_eq!(f.p[2], 0);
    assert!(f.r[[2, 2]].abs() < 1e-15);
}

#[test]
fn non_finite_input() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    assert!(matches!(qr(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(
        qr_pivoting(&a, &QrOptions::default()),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(rq(&a), Err(Error::NonFinite { .. })));
    let c = array![[f64::INFINITY, 0.0]];
    assert!(matches!(
        qr_multiply(&array![[1.0_f64, 0.0], [0.0, 1.0]], &c),
        Err(Error::NonFinite { .. })
    ));
    // With the check off: no panic, the NaN propagates.
    let off = QrOptions::default().check_finite(false);
    let f = qr_with(&a, &off).unwrap();
    assert!(f.r.iter().any(|x| x.is_nan()));
    let _ = qr_pivoting(&a, &off).unwrap();
    let _ = rq_with(&a, &RqOptions::default().check_finite(false)).unwrap();
    let f = qr(&array![[1.0_f64, 0.0], [0.0, 1.0]]).unwrap();
    let nan = array![f64::NAN, 0.0];
    assert!(matches!(
        qr_update(&f.q, &f.r, &nan, &nan),
        Err(Error::NonFinite { .. })
    ));
}

#[test]
fn qr_multiply_shapes() {
    let a = Array2::<f64>::ones((4, 2));
    // Right mode needs M = 4 columns; left mode K = 2 rows.
    assert!(matches!(
        qr_multiply(&a, &Array2::<f64>::ones((3, 2))),
        Err(Error::ShapeMismatch { .. })
    ));
    let left = QrMultiplyOptions::default().mode(QrMultiplyMode::Left);
    assert!(matches!(
        qr_multiply_with(&a, &Array2::<f64>::ones((4, 3)), &left),
        Err(Error::ShapeMismatch { .. })
    ));
    assert_eq!(
        qr_multiply(&a, &Array2::<f64>::ones((3, 4)))
            .unwrap()
            .cq
            .dim(),
        (3, 2)
    );
    assert_eq!(
        qr_multiply_with(&a, &Array2::<f64>::ones((2, 3)), &left)
            .unwrap()
            .cq
            .dim(),
        (4, 3)
    );
}

#[test]
fn update_errors() {
    let a = array![[1.0_f64, 2.0], [3.0, 4.0], [5.0, 7.0]];
    let f = qr(&a).unwrap();
    // Economic factors: supported by qr_update only.
    let e = qr_with(&a, &QrOptions::default().mode(QrMode::Economic)).unwrap();
    let u = Array1::<f64>::ones(3);
    let v = Array1::<f64>::ones(2);
    assert_eq!(qr_update(&e.q, &e.r, &u, &v).unwrap().q.dim(), (3, 2));
    assert!(matches!(
        qr_insert(&e.q, &e.r, &v, 0),
        Err(Error::Unsupported { .. })
    ));
    assert!(matches!(
        qr_delete(&e.q, &e.r, 0),
        Err(Error::Unsupported { .. })
    ));
    // A Q of M x K with R not K x K (not an economic factor of a tall matrix).
    let w = Array2::<f64>::zeros((3, 1));
    assert!(qr_update(&w, &Array2::<f64>::zeros((1, 2)), &u, &v).is_err());
    // Wrong lengths.
    assert!(matches!(
        qr_update(&f.q, &f.r, &v, &v),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        qr_insert(&f.q, &f.r, &u, 0),
        Err(Error::ShapeMismatch { .. })
    ));
    // Out-of-range indices and p = 0.
    assert!(matches!(
        qr_insert(&f.q, &f.r, &v, 4),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        qr_delete(&f.q, &f.r, 3),
        Err(Error::InvalidArgument { .. })
    ));
    let o = QrDeleteOptions::default().p(0);
    assert!(matches!(
        qr_delete_with(&f.q, &f.r, 0, &o),
        Err(Error::InvalidArgument { .. })
    ));
    let o = QrDeleteOptions::default().p(2).which(QrWhich::Col);
    assert!(matches!(
        qr_delete_with(&f.q, &f.r, 1, &o),
        Err(Error::InvalidArgument { .. })
    ));
    // Mismatched Q and R.
    assert!(matches!(
        qr_delete(&f.q, &Array2::<f64>::zeros((2, 2)), 0),
        Err(Error::ShapeMismatch { .. })
    ));
    // Deleting every row or column leaves an empty decomposition, without a panic.
    let g = qr_delete_with(&f.q, &f.r, 0, &QrDeleteOptions::default().p(3)).unwrap();
    assert_eq!((g.q.dim(), g.r.dim()), ((0, 0), (0, 2)));
    let o = QrDeleteOptions::default().p(2).which(QrWhich::Col);
    let g = qr_delete_with(&f.q, &f.r, 0, &o).unwrap();
    assert_eq!((g.q.dim(), g.r.dim()), ((3, 3), (3, 0)));
    // Inserting into an empty decomposition.
    let z = qr(&Array2::<f64>::zeros((0, 2))).unwrap();
    let g = qr_insert(&z.q, &z.r, &array![3.0_f64, 4.0], 0).unwrap();
    assert!((g.q[[0, 0]] * g.r[[0, 1]] - 4.0).abs() < 1e-15);
}

#[test]
fn complex_and_single_precision() {
    use sci_core::Complex64;
    use sci_core::num_complex::Complex32;
    let a = array![
        [Complex64::new(0.0, 1.0), Complex64::new(1.0, 0.0)],
        [Complex64::new(2.0, 0.0), Complex64::new(0.0, -1.0)]
    ];
    let f = qr(&a).unwrap();
    let back = f.q.dot(&f.r);
    assert!(
        back.iter()
            .zip(a.iter())
            .all(|(x, y)| (x - y).norm() < 1e-14)
    );
    let a32 = array![[Complex32::new(1.0, 1.0)], [Complex32::new(0.0, 2.0)]];
    let f = rq(&a32).unwrap();
    let back = f.r.dot(&f.q);
    assert!(
        back.iter()
            .zip(a32.iter())
            .all(|(x, y)| (x - y).norm() < 1e-6)
    );
}
