//! COBYLA's behaviour on bad input and at its limits, as SciPy 1.17 behaves.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_optimize::{
    Bounds, CobylaOptions, FminCobylaOptions, Method, MinimizeOptions, NonlinearConstraint,
    fmin_cobyla, fmin_cobyla_with, minimize_with,
};

fn cobyla(o: CobylaOptions) -> MinimizeOptions<'static> {
    MinimizeOptions::default().method(Method::Cobyla(o))
}

fn quad(x: &[f64]) -> f64 {
    (x[0] - 3.0).powi(2) + x.iter().skip(1).map(|v| v.powi(4)).sum::<f64>()
}

#[test]
fn empty_x0_is_an_error() {
    let e = minimize_with(
        |_x: &[f64]| 0.0,
        &Vec::<f64>::new(),
        cobyla(CobylaOptions::default()),
    );
    assert!(matches!(e, Err(Error::EmptyInput { .. })), "{e:?}");
    assert!(matches!(
        fmin_cobyla(|_x: &[f64]| 0.0, &[] as &[f64], &[]),
        Err(Error::EmptyInput { .. })
    ));
}

#[test]
fn bad_options_are_errors() {
    for o in [
        CobylaOptions::default().rhobeg(0.0),
        CobylaOptions::default().tol(-1.0),
        CobylaOptions::default().rhobeg(f64::NAN),
    ] {
        let e = minimize_with(quad, &[1.0], cobyla(o));
        assert!(matches!(e, Err(Error::InvalidArgument { .. })), "{e:?}");
    }
    let e = fmin_cobyla_with(
        quad,
        &[1.0],
        &[],
        &FminCobylaOptions::default().rhobeg(-1.0),
    );
    assert!(matches!(e, Err(Error::InvalidArgument { .. })));
}

#[test]
fn bad_bounds_and_shapes_are_errors() {
    let e = minimize_with(
        quad,
        &[1.0],
        cobyla(CobylaOptions::default()).bounds(Bounds::new(vec![1.0], vec![0.0])),
    );
    assert!(matches!(e, Err(Error::InvalidArgument { .. })), "{e:?}");
    let e = minimize_with(
        quad,
        &[1.0, 2.0],
        cobyla(CobylaOptions::default()).bounds(Bounds::uniform(3, 0.0, 1.0)),
    );
    assert!(matches!(e, Err(Error::ShapeMismatch { .. })), "{e:?}");
}

#[test]
fn maxiter_reached_reports_scipy_status_3() {
    // SciPy: status 3, nfev 3, "... evaluated MAXFUN times.", success False.
    let r = minimize_with(quad, &[5.0], cobyla(CobylaOptions::default().maxiter(3))).unwrap();
    assert_eq!((r.status, r.nfev, r.success), (3, 3, false));
    assert_eq!(
        r.message,
        "Return from COBYLA because the objective function has been evaluated MAXFUN times."
    );
}

#[test]
fn callback_stops_the_run_with_scipy_status_30() {
    let r = minimize_with(
        quad,
        &[5.0],
        cobyla(CobylaOptions::default())
            .callback(|_s: &sci_optimize::IntermediateResult| ControlFlow::Break(())),
    )
    .unwrap();
    assert_eq!(r.status, 30);
    assert!(!r.success);
    assert_eq!(
        r.message,
        "Return from COBYLA because the callback function requested termination"
    );
    // SciPy: the callback runs after the first trust-region step, the third evaluation.
    assert_eq!(r.nfev, 3);
}

#[test]
fn nan_objective_does_not_panic_and_ends_on_the_radius() {
    // SciPy (PRIMA) moderates NaN values to a huge number and stops normally (status 0).
    let r = minimize_with(
        |_x: &[f64]| f64::NAN,
        &[1.0, 2.0],
        cobyla(CobylaOptions::default()),
    )
    .unwrap();
    assert_eq!(r.status, 0);
    assert!(r.nfev < 50);
}

#[test]
fn x0_outside_the_bounds_is_accepted_and_the_answer_is_feasible() {
    // SciPy: minimize((x-3)², [5], bounds [0, 1]) → x = 1, status 0.
    let r = minimize_with(
        quad,
        &[5.0],
        cobyla(CobylaOptions::default()).bounds(Bounds::uniform(1, 0.0, 1.0)),
    )
    .unwrap();
    assert!(r.success && (r.x[0] - 1.0).abs() < 1e-8, "{r:?}");
}

#[test]
fn infeasible_constraints_report_the_violation() {
    // x >= 1 and x <= -1 together: no feasible point.
    let r = minimize_with(
        quad,
        &[0.0],
        cobyla(CobylaOptions::default())
            .constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| {
                c[0] = x[0] - 1.0
            }))
            .constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| {
                c[0] = -1.0 - x[0]
            })),
    )
    .unwrap();
    assert!(!r.success);
    assert!(r.maxcv.unwrap() >= 1.0 - 1e-6);
    assert!(
        r.message
            .starts_with("Did not converge to a solution satisfying the constraints")
    );
}

#[test]
fn f_target_stops_early() {
    let r = minimize_with(quad, &[5.0], cobyla(CobylaOptions::default().f_target(1.0))).unwrap();
    assert_eq!(r.status, 1);
    assert!(r.success && r.fun <= 1.0);
    assert_eq!(
        r.message,
        "Return from COBYLA because the target function value is achieved."
    );
}
