//! Edge cases of `isotonic_regression`: empty input, bad weights, NaN.

use sci_core::Error;
use sci_optimize::{IsotonicOptions, isotonic_regression};

#[test]
fn empty_input_gives_an_empty_fit() {
    let r = isotonic_regression(&[] as &[f64], &IsotonicOptions::default()).unwrap();
    assert!(r.x.is_empty() && r.weights.is_empty());
    assert_eq!(r.blocks.to_vec(), vec![0]);
}

#[test]
fn bad_weights_are_errors() {
    let o = IsotonicOptions::default().weights(vec![1.0]);
    assert!(matches!(
        isotonic_regression(&[1.0, 2.0], &o),
        Err(Error::ShapeMismatch { .. })
    ));
    for w in [0.0, -1.0, f64::NAN] {
        let o = IsotonicOptions::default().weights(vec![1.0, w]);
        assert!(matches!(
            isotonic_regression(&[1.0, 2.0], &o),
            Err(Error::InvalidArgument { .. })
        ));
    }
}

#[test]
fn nan_propagates_as_scipy() {
    let r = isotonic_regression(&[1.0, f64::NAN], &IsotonicOptions::default()).unwrap();
    assert_eq!(r.x[0], 1.0);
    assert!(r.x[1].is_nan());
    assert_eq!(r.blocks.to_vec(), vec![0, 1, 2]);
    // SciPy: [1, nan, 0.5] stays three blocks.
    let r = isotonic_regression(&[1.0, f64::NAN, 0.5], &IsotonicOptions::default()).unwrap();
    assert_eq!(r.blocks.to_vec(), vec![0, 1, 2, 3]);
}

#[test]
fn ties_are_pooled_as_scipy() {
    let r = isotonic_regression(&[2.0, 2.0, 2.0], &IsotonicOptions::default()).unwrap();
    assert_eq!(r.blocks.to_vec(), vec![0, 3]);
    assert_eq!(r.weights.to_vec(), vec![3.0]);
}
