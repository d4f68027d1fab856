//! Edge cases of `lstsq`, `pinv` and `pinvh`: SciPy's results for empty shapes (the residues
//! rule included), zero and 1×1 matrices, wrong right-hand-side shapes, NaN, the `gelsy` driver
//! (unsupported), negative tolerances, non-square `pinvh`.

use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, Array3, array};
use sci_linalg::*;

#[test]
fn empty_shapes_follow_scipy() {
    // (shape of a, residues length for a vector b, for a 2-column b)
    for ((m, n), rv, rm) in [((0, 0), 1, 2), ((3, 0), 1, 2), ((0, 3), 0, 0)] {
        let a = Array2::<f64>::zeros((m, n));
        let r = lstsq(&a, &Array1::<f64>::ones(m)).unwrap();
        assert_eq!(
            (r.x.len(), r.residues.len(), r.rank, r.s.len()),
            (n, rv, 0, 0)
        );
        let r = lstsq(&a, &Array2::<f64>::ones((m, 2))).unwrap();
        assert_eq!((r.x.dim(), r.residues.len()), ((n, 2), rm));
        // With no unknowns the residue is |b|².
        if n == 0 {
            assert_eq!(r.residues.to_vec(), vec![m as f64; 2]);
        }
        assert_eq!(pinv(&a).unwrap().dim(), (n, m));
    }
    assert_eq!(pinvh(&Array2::<f64>::zeros((0, 0))).unwrap().dim(), (0, 0));
}

#[test]
fn zero_and_one_by_one() {
    let r = lstsq(&array![[0.0_f64]], &array![3.0_f64]).unwrap();
    assert_eq!((r.x[0], r.rank, r.residues.len()), (0.0, 0, 0));
    let r = lstsq(&array![[2.0_f64]], &array![3.0_f64]).unwrap();
    assert_eq!((r.x[0], r.rank, r.residues.len()), (1.5, 1, 0));
    assert_eq!(pinv(&array![[0.0_f64]]).unwrap()[[0, 0]], 0.0);
    assert_eq!(pinv(&array![[4.0_f64]]).unwrap()[[0, 0]], 0.25);
    assert_eq!(pinvh(&array![[-4.0_f64]]).unwrap()[[0, 0]], -0.25);
    assert_eq!(
        pinv(&Array2::<f64>::zeros((2, 3))).unwrap(),
        Array2::<f64>::zeros((3, 2))
    );
}

#[test]
fn bad_right_hand_sides() {
    let a = Array2::<f64>::eye(3);
    assert!(matches!(
        lstsq(&a, &Array1::<f64>::ones(4)),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        lstsq(&a, &Array3::<f64>::ones((3, 1, 1))),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn non_finite_and_options() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    let b = array![1.0_f64, 2.0];
    assert!(matches!(lstsq(&a, &b), Err(Error::NonFinite { .. })));
    assert!(matches!(
        lstsq(&Array2::<f64>::eye(2), &array![f64::INFINITY, 0.0]),
        Err(Error::NonFinite { .. })
    ));
    let off = LstsqOptions::default().check_finite(false);
    assert!(matches!(
        lstsq_with(&a, &b, &off),
        Err(Error::DidNotConverge { .. })
    ));
    assert!(matches!(pinv(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(pinvh(&a), Err(Error::NonFinite { .. })));
    let gelsy = LstsqOptions::default().lapack_driver(LstsqDriver::Gelsy);
    assert!(matches!(
        lstsq_with(&Array2::<f64>::eye(2), &b, &gelsy),
        Err(Error::Unsupported { .. })
    ));
    let gelss = LstsqOptions::default().lapack_driver(LstsqDriver::Gelss);
    assert_eq!(lstsq_with(&Array2::<f64>::eye(2), &b, &gelss).unwrap().x, b);
    for o in [
        PinvOptions::default().atol(-1.0),
        PinvOptions::default().rtol(-1e-3),
        PinvOptions::default().rtol(f64::NAN),
    ] {
        assert!(matches!(
            pinv_with(&Array2::<f64>::eye(2), &o),
            Err(Error::InvalidArgument { .. })
        ));
        assert!(matches!(
            pinvh_with(&Array2::<f64>::eye(2), &o),
            Err(Error::InvalidArgument { .. })
        ));
    }
    assert!(matches!(
        pinvh(&Array2::<f64>::ones((2, 3))),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn cond_cuts_small_singular_values() {
    let a = array![[1.0_f64, 0.0], [0.0, 1e-8], [0.0, 0.0]];
    let b = array![1.0_f64, 1.0, 1.0];
    let r = lstsq(&a, &b).unwrap();
    assert_eq!((r.rank, r.residues.len()), (2, 1));
    assert!((r.x[1] - 1e8).abs() < 1e-4 && (r.residues[0] - 1.0).abs() < 1e-12);
    let r = lstsq_with(&a, &b, &LstsqOptions::default().cond(1e-6)).unwrap();
    assert_eq!((r.rank, r.residues.len(), r.x[1]), (1, 0, 0.0));
    // A negative cond is LAPACK's "machine precision".
    let r = lstsq_with(&a, &b, &LstsqOptions::default().cond(-1.0)).unwrap();
    assert_eq!(r.rank, 2);
}
