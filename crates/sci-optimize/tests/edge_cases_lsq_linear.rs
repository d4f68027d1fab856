//! Edge cases of `lsq_linear`: shapes, bounds, non-finite input, unsupported solvers,
//! `max_iter` reached.

use sci_core::Error;
use sci_core::ndarray::{Array2, array};
use sci_optimize::{Bounds, LsqLinearMethod, LsqLinearOptions, LsqSolver, lsq_linear};

#[test]
fn bad_input_is_an_error() {
    let a = array![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    let o = LsqLinearOptions::default();
    assert!(matches!(
        lsq_linear(&a, &[1.0, 2.0], &o),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        lsq_linear(&Array2::<f64>::zeros((0, 2)), &[] as &[f64], &o),
        Err(Error::EmptyInput { .. })
    ));
    let bad = o
        .clone()
        .bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0]));
    assert!(matches!(
        lsq_linear(&a, &[1.0, 2.0, 3.0], &bad),
        Err(Error::InvalidArgument { .. })
    ));
    let bad = o.clone().bounds(Bounds::new(vec![0.0], vec![1.0]));
    assert!(matches!(
        lsq_linear(&a, &[1.0, 2.0, 3.0], &bad),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        lsq_linear(&a, &[1.0, f64::NAN, 3.0], &o),
        Err(Error::NonFinite { .. })
    ));
    let lsmr = o.clone().lsq_solver(LsqSolver::Lsmr);
    assert!(matches!(
        lsq_linear(&a, &[1.0, 2.0, 3.0], &lsmr),
        Err(Error::Unsupported { .. })
    ));
    let zero = o.clone().max_iter(0);
    assert!(matches!(
        lsq_linear(&a, &[1.0, 2.0, 3.0], &zero),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn max_iter_reached_is_status_0() {
    let a = array![
        [1.0, 0.3, 0.2],
        [0.1, 1.0, 0.4],
        [0.3, 0.2, 1.0],
        [0.5, 0.5, 0.5]
    ];
    let b = [5.0, -4.0, 3.0, 1.0];
    let o = LsqLinearOptions::default()
        .bounds(Bounds::uniform(3, -1.0, 1.0))
        .max_iter(1);
    let r = lsq_linear(&a, &b, &o).unwrap();
    assert_eq!(r.status, 0);
    assert!(!r.success);
    assert_eq!(r.message, "The maximum number of iterations is exceeded.");
    assert!(r.x.iter().all(|v| (-1.0..=1.0).contains(v)));
}

#[test]
fn rank_deficient_matrix_does_not_panic() {
    let a = array![[1.0, 1.0], [1.0, 1.0], [2.0, 2.0]];
    let b = [1.0, 2.0, 3.0];
    for method in [LsqLinearMethod::Trf, LsqLinearMethod::Bvls] {
        let o = LsqLinearOptions::default()
            .method(method)
            .bounds(Bounds::uniform(2, 0.0, 0.4));
        let r = lsq_linear(&a, &b, &o).unwrap();
        assert!(
            r.x.iter().all(|v| (0.0..=0.4).contains(v)),
            "{method:?}: {}",
            r.x
        );
    }
}
