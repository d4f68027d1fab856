//! Edge cases of the solvers and factorizations: empty and 1×1 input, non-square matrices,
//! NaN and infinity with and without `check_finite`, singular and ill-conditioned matrices,
//! indefinite matrices for Cholesky, wrong right-hand side shapes: every one an error value
//! or SciPy's result, never a panic.

use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, Array3, array};
use sci_linalg::*;

#[test]
fn empty_and_one_by_one() {
    let e = Array2::<f64>::zeros((0, 0));
    assert_eq!(det(&e).unwrap(), 1.0);
    assert_eq!(inv(&e).unwrap().dim(), (0, 0));
    assert_eq!(solve(&e, &Array1::<f64>::zeros(0)).unwrap().len(), 0);
    assert_eq!(cholesky(&e).unwrap().dim(), (0, 0));
    assert_eq!(lu(&e).unwrap().u.dim(), (0, 0));
    let one = array![[4.0_f64]];
    assert_eq!(det(&one).unwrap(), 4.0);
    assert_eq!(inv(&one).unwrap()[[0, 0]], 0.25);
    assert_eq!(solve(&one, &array![2.0]).unwrap()[0], 0.5);
    assert_eq!(cholesky(&one).unwrap()[[0, 0]], 2.0);
    assert!(matches!(
        inv(&array![[0.0_f64]]),
        Err(Error::SingularMatrix { .. })
    ));
}

#[test]
fn non_square_is_an_error_naming_the_shape() {
    let a = Array2::<f64>::ones((3, 4));
    for err in [
        det(&a).unwrap_err(),
        inv(&a).unwrap_err(),
        solve(&a, &Array1::<f64>::ones(3)).unwrap_err(),
        cholesky(&a).unwrap_err(),
        solve_triangular(&a, &Array1::<f64>::ones(3)).unwrap_err(),
    ] {
        let message = err.to_string();
        assert!(
            message.contains("expected square matrix") && message.contains("[3, 4]"),
            "{message}"
        );
    }
    assert!(stacked::det(&Array3::<f64>::ones((2, 3, 4))).is_err());
}

#[test]
fn non_finite_input_follows_check_finite() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    let b = array![1.0, 1.0];
    assert!(matches!(det(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(inv(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(solve(&a, &b), Err(Error::NonFinite { .. })));
    assert!(matches!(
        solve(&Array2::<f64>::eye(2), &array![f64::INFINITY, 0.0]),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(lu(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(cholesky(&a), Err(Error::NonFinite { .. })));
    // Unchecked: NaN propagates, no panic.
    assert!(
        det_with(&a, &DetOptions::default().check_finite(false))
            .unwrap()
            .is_nan()
    );
    let unchecked = SolveOptions::default()
        .check_finite(false)
        .accept_ill_conditioned(true);
    let _ = solve_with(&a, &b, &unchecked);
    let _ = lu_with(&a, &LuOptions::default().check_finite(false)).unwrap();
}

#[test]
fn singular_and_ill_conditioned() {
    let singular = array![[3.0_f64, 2.0], [6.0, 4.0]];
    assert_eq!(det(&singular).unwrap(), 0.0);
    assert!(matches!(inv(&singular), Err(Error::SingularMatrix { .. })));
    assert!(matches!(
        solve(&singular, &array![1.0, 2.0]),
        Err(Error::SingularMatrix { .. })
    ));
    assert!(matches!(
        lu_factor(&singular, &LuOptions::default()),
        Err(Error::SingularMatrix { .. })
    ));
    // lu of a singular matrix is fine, with LAPACK's factors.
    let f = lu(&array![
        [0.0_f64, 0.0, 1.0],
        [0.0, 0.0, 2.0],
        [1.0, 1.0, 1.0]
    ])
    .unwrap();
    assert!(f.l.iter().chain(f.u.iter()).all(|v| v.is_finite()));
    let h = Array2::from_shape_fn((13, 13), |(i, j)| 1.0 / (i + j + 1) as f64);
    match inv(&h) {
        Err(Error::IllConditioned { rcond, threshold }) => {
            assert!(rcond < threshold && threshold == f64::EPSILON)
        }
        other => panic!("{other:?}"),
    }
    assert!(inv_with(&h, &InvOptions::default().accept_ill_conditioned(true)).is_ok());
}

#[test]
fn not_positive_definite_names_the_minor() {
    let a = array![[2.0_f64, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, -1.0]];
    assert!(matches!(
        cholesky(&a),
        Err(Error::NotPositiveDefinite { order: 3 })
    ));
    assert!(matches!(
        solve_with(
            &a,
            &array![1.0, 1.0, 1.0],
            &SolveOptions::default().assume_a(AssumeA::PositiveDefinite)
        ),
        Err(Error::NotPositiveDefinite { order: 3 })
    ));
    assert!(matches!(
        cholesky_banded(&array![[1.0_f64, -1.0]], &CholeskyBandedOptions::default()),
        Err(Error::NotPositiveDefinite { order: 2 })
    ));
}

#[test]
fn right_hand_side_shapes() {
    let a = Array2::<f64>::eye(3);
    assert!(matches!(
        solve(&a, &Array1::<f64>::ones(4)),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        solve(&a, &Array3::<f64>::ones((3, 1, 1))),
        Err(Error::InvalidArgument { .. })
    ));
    assert_eq!(
        solve(&a, &Array2::<f64>::ones((3, 0))).unwrap().dim(),
        (3, 0)
    );
    assert!(matches!(
        solve_banded(
            (1, 1),
            &Array2::<f64>::ones((2, 3)),
            &Array1::<f64>::ones(3)
        ),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        solve_toeplitz(&array![0.0_f64, 1.0], None, &array![1.0, 1.0]),
        Err(Error::SingularMatrix { .. })
    ));
    assert!(matches!(
        solve_circulant(&array![1.0_f64, 1.0], &array![1.0, 2.0]),
        Err(Error::SingularMatrix { .. })
    ));
    let bad_piv = LuFactor {
        lu: Array2::<f64>::eye(2),
        piv: Array1::from(vec![5, 1]),
    };
    assert!(matches!(
        lu_solve(&bad_piv, &array![1.0, 1.0], &LuSolveOptions::default()),
        Err(Error::InvalidArgument { .. })
    ));
}
