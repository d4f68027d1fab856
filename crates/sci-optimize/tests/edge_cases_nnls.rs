//! `nnls` on bad and degenerate input: shape mismatch, NaN, empty systems, the iteration
//! limit (SciPy raises RuntimeError → `Err(DidNotConverge)`).

use sci_core::Error;
use sci_core::ndarray::{Array2, array};
use sci_optimize::{NnlsOptions, nnls, nnls_with};

#[test]
fn mismatched_shapes_are_an_error() {
    let a = array![[1.0, 0.0], [0.0, 1.0]];
    assert!(matches!(
        nnls(&a, &[1.0, 2.0, 3.0]),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn non_finite_data_is_an_error() {
    let a = array![[1.0, f64::NAN], [0.0, 1.0]];
    assert!(matches!(
        nnls(&a, &[1.0, 2.0]),
        Err(Error::NonFinite { .. })
    ));
    let a = array![[1.0, 0.0], [0.0, 1.0]];
    assert!(matches!(
        nnls(&a, &[f64::INFINITY, 2.0]),
        Err(Error::NonFinite { .. })
    ));
}

#[test]
fn empty_systems_give_empty_or_zero_solutions() {
    let (x, r) = nnls(&Array2::<f64>::zeros((3, 0)), &[3.0, 4.0, 0.0]).unwrap();
    assert_eq!(x.len(), 0);
    assert!((r - 5.0).abs() < 1e-15);
    let (x, r) = nnls(&Array2::<f64>::zeros((0, 2)), &[] as &[f64]).unwrap();
    assert_eq!((x.to_vec(), r), (vec![0.0, 0.0], 0.0));
}

#[test]
fn iteration_limit_is_did_not_converge() {
    let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.5], [7.0, 8.5, 9.0]];
    let b = [1.0, 2.0, 3.0];
    assert!(nnls(&a, &b).is_ok());
    let err = nnls_with(&a, &b, &NnlsOptions::default().maxiter(1)).unwrap_err();
    assert!(matches!(err, Error::DidNotConverge { .. }), "{err:?}");
}

#[test]
fn zero_matrix_gives_zero() {
    let (x, r) = nnls(&Array2::<f64>::zeros((2, 2)), &[1.0, 1.0]).unwrap();
    assert_eq!(x.to_vec(), vec![0.0, 0.0]);
    assert!((r - 2f64.sqrt()).abs() < 1e-15);
}
