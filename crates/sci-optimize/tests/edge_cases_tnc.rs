//! TNC on bad and degenerate input, with SciPy 1.17's behaviour where it is defined.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_optimize::{
    Bounds, FminTncOptions, Gradient, Method, MinimizeOptions, NonlinearConstraint, TncOptions,
    fmin_tnc, fmin_tnc_with, minimize_with, rosen, rosen_der,
};

fn tnc() -> MinimizeOptions<'static> {
    MinimizeOptions::default().method(Method::Tnc(TncOptions::default()))
}

fn grad() -> Gradient<'static> {
    Gradient::provided(|x: &[f64], g: &mut [f64]| rosen_der(x, g))
}

#[test]
fn empty_x0_is_an_error() {
    assert!(matches!(
        minimize_with(|_x: &[f64]| 0.0, &[] as &[f64], tnc()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        fmin_tnc(|_x: &[f64]| 0.0, &[] as &[f64], grad()),
        Err(Error::EmptyInput { .. })
    ));
}

#[test]
fn nan_objective_is_unable_to_progress() {
    // SciPy 1.17 ends with return code 6 ("Unable to progress") too (after futile steps).
    let r = minimize_with(|_x: &[f64]| f64::NAN, &[1.0, 1.0], tnc()).unwrap();
    assert_eq!(
        (r.success, r.status, r.message.as_str()),
        (false, 6, "Unable to progress")
    );
}

#[test]
fn bad_bounds_and_options_are_errors() {
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        tnc().bounds(Bounds::uniform(3, 0.0, 1.0)),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        tnc().bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0])),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let o = MinimizeOptions::default().method(Method::Tnc(TncOptions::default().scale(vec![1.0])));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], o),
        Err(Error::ShapeMismatch { .. })
    ));
    let o = MinimizeOptions::default().method(Method::Tnc(TncOptions::default().rescale(0.0)));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], o),
        Err(Error::Unsupported { .. })
    ));
    let o = tnc().constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| {
        c[0] = x[0]
    }));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], o),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn all_variables_fixed() {
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        tnc().bounds(Bounds::new(vec![2.0, 3.0], vec![2.0, 3.0])),
    )
    .unwrap();
    assert!(r.success);
    assert_eq!((r.x.to_vec(), r.fun, r.nfev), (vec![2.0, 3.0], 101.0, 1));
    let out = fmin_tnc_with(
        rosen,
        &[1.0, 1.0],
        grad(),
        FminTncOptions::default().bounds(vec![(Some(2.0), Some(2.0)), (Some(3.0), Some(3.0))]),
    )
    .unwrap();
    assert_eq!(out.rc, 5);
}

#[test]
fn callback_stops_the_run() {
    let o = tnc().jac(grad()).callback(|s| {
        if s.nit >= 2 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let r = minimize_with(rosen, &[1.3, 0.7, 0.8, 1.9, 1.2], o).unwrap();
    assert_eq!((r.success, r.status, r.nit), (false, 99, 2));
    assert_eq!(r.message, sci_core::callback::STOPPED_BY_CALLBACK);
}

#[test]
fn evaluation_limit() {
    let o = MinimizeOptions::default()
        .method(Method::Tnc(TncOptions::default().maxfun(10)))
        .jac(grad());
    let r = minimize_with(rosen, &[1.3, 0.7, 0.8, 1.9, 1.2], o).unwrap();
    assert_eq!((r.success, r.status), (false, 3));
    assert_eq!(r.message, "Max. number of function evaluations reached");
    assert!(r.nfev <= 11);
}

#[test]
fn x0_outside_the_bounds_is_projected() {
    let r = minimize_with(
        rosen,
        &[5.0, -5.0],
        tnc().jac(grad()).bounds(Bounds::uniform(2, -2.0, 2.0)),
    )
    .unwrap();
    assert!(r.success, "{}", r.message);
    assert!(
        (r.x[0] - 1.0).abs() < 1e-3 && (r.x[1] - 1.0).abs() < 2e-3,
        "{}",
        r.x
    );
}

#[test]
fn value_and_gradient_function() {
    let fg = Gradient::WithValue(Box::new(|x: &[f64], g: &mut [f64]| {
        rosen_der(x, g);
        rosen(x)
    }));
    let x = fmin_tnc(|_x: &[f64]| unreachable!(), &[-1.2, 1.0], fg).unwrap();
    assert!(
        (x[0] - 1.0).abs() < 1e-3 && (x[1] - 1.0).abs() < 2e-3,
        "{x}"
    );
}
