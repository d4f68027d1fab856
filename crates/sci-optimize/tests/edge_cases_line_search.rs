//! Edge cases of `line_search`: mismatched or empty vectors, invalid Wolfe constants, an
//! ascent direction (failure, not an error), NaN objectives, a zero direction.

use sci_core::Error;
use sci_optimize::{LineSearchOptions, line_search, line_search_with};

fn quad(x: &[f64]) -> f64 {
    x.iter().map(|v| v * v).sum()
}

fn quad_grad(x: &[f64], g: &mut [f64]) {
    for (gi, xi) in g.iter_mut().zip(x) {
        *gi = 2.0 * xi;
    }
}

#[test]
fn shapes_and_constants() {
    let empty: [f64; 0] = [];
    assert!(matches!(
        line_search(quad, quad_grad, &empty, &empty),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        line_search(quad, quad_grad, &[1.0, 2.0], &[1.0]),
        Err(Error::ShapeMismatch { .. })
    ));
    let o = LineSearchOptions::default().gfk(vec![1.0]);
    assert!(matches!(
        line_search_with(quad, quad_grad, &[1.0, 2.0], &[-1.0, -1.0], &o),
        Err(Error::ShapeMismatch { .. })
    ));
    for (c1, c2) in [(0.5, 0.4), (0.0, 0.9), (1e-4, 1.0)] {
        let o = LineSearchOptions::default().c1(c1).c2(c2);
        assert!(matches!(
            line_search_with(quad, quad_grad, &[1.0], &[-1.0], &o),
            Err(Error::InvalidArgument { .. })
        ));
    }
}

#[test]
fn failures_are_flags() {
    // Ascent direction (SciPy: alpha None after 13 evaluations, 0 gradients).
    let r = line_search(quad, quad_grad, &[1.0, 1.0], &[1.0, 1.0]).unwrap();
    assert_eq!(
        (r.alpha, r.fc, r.gc, r.new_fval, r.new_slope),
        (None, 13, 0, None, None)
    );
    // Zero direction: no decrease is possible.
    let r = line_search(quad, quad_grad, &[1.0, 1.0], &[0.0, 0.0]).unwrap();
    assert!(r.new_slope.is_none() || r.alpha.is_some());
    // A NaN objective: every comparison with NaN is false, so SciPy accepts the first step
    // (alpha 1, 2 evaluations, 1 gradient, NaN values); so do we.
    let r = line_search(|_| f64::NAN, quad_grad, &[1.0], &[-1.0]).unwrap();
    assert_eq!((r.alpha, r.fc, r.gc), (Some(1.0), 2, 1));
    assert!(r.new_fval.unwrap().is_nan() && r.old_fval.is_nan());
}

#[test]
fn known_values_are_used_and_not_recounted() {
    let o = LineSearchOptions::default()
        .gfk(vec![3.6, 3.4])
        .old_fval(6.13);
    let r = line_search_with(quad, quad_grad, &[1.8, 1.7], &[-1.0, -2.0], &o).unwrap();
    assert_eq!((r.alpha, r.fc, r.gc), (Some(1.0), 1, 1));
    assert_eq!(r.old_fval, 6.13);
}
