//! COBYQA's behaviour on bad input and at its limits, as SciPy 1.17 behaves.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_optimize::{
    Bounds, CobyqaOptions, IntermediateResult, Method, MinimizeOptions, minimize_with, rosen,
};

fn cobyqa(o: CobyqaOptions) -> MinimizeOptions<'static> {
    MinimizeOptions::default().method(Method::Cobyqa(o))
}

#[test]
fn empty_x0_is_an_error() {
    let e = minimize_with(rosen, &Vec::<f64>::new(), cobyqa(CobyqaOptions::default()));
    assert!(matches!(e, Err(Error::EmptyInput { .. })), "{e:?}");
}

#[test]
fn bad_options_are_errors() {
    for o in [
        CobyqaOptions::default().initial_tr_radius(0.0),
        CobyqaOptions::default().final_tr_radius(-1.0),
        CobyqaOptions::default().feasibility_tol(f64::NAN),
        CobyqaOptions::default().maxfev(Some(0)),
    ] {
        let e = minimize_with(rosen, &[1.0, 2.0], cobyqa(o));
        assert!(matches!(e, Err(Error::InvalidArgument { .. })), "{e:?}");
    }
    let e = minimize_with(
        rosen,
        &[1.0, 2.0],
        cobyqa(CobyqaOptions::default().scale(true)),
    );
    assert!(matches!(e, Err(Error::Unsupported { .. })), "{e:?}");
}

#[test]
fn bad_bounds_are_errors() {
    let o = cobyqa(CobyqaOptions::default()).bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0]));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 2.0], o),
        Err(Error::InvalidArgument { .. })
    ));
    let o = cobyqa(CobyqaOptions::default()).bounds(Bounds::uniform(3, 0.0, 1.0));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 2.0], o),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn maxfev_and_maxiter_report_scipy_statuses() {
    // SciPy: maxfev=8 → status 5; maxiter=3 → status 6; both unsuccessful.
    let r = minimize_with(
        rosen,
        &[1.3, 0.7],
        cobyqa(CobyqaOptions::default().maxfev(Some(8))),
    )
    .unwrap();
    assert_eq!((r.status, r.nfev, r.success), (5, 8, false));
    assert_eq!(
        r.message,
        "The maximum number of function evaluations has been exceeded"
    );
    let r = minimize_with(
        rosen,
        &[1.3, 0.7],
        cobyqa(CobyqaOptions::default().maxiter(Some(3))),
    )
    .unwrap();
    assert_eq!((r.status, r.nit, r.success), (6, 3, false));
    assert_eq!(
        r.message,
        "The maximum number of iterations has been exceeded"
    );
}

#[test]
fn callback_stops_after_the_first_evaluation_with_scipy_status_3() {
    // SciPy calls the callback after every evaluation and counts the stop as a success.
    let o =
        cobyqa(CobyqaOptions::default()).callback(|_s: &IntermediateResult| ControlFlow::Break(()));
    let r = minimize_with(rosen, &[1.3, 0.7], o).unwrap();
    assert_eq!((r.status, r.nfev, r.nit, r.success), (3, 1, 0, true));
    assert_eq!(
        r.message,
        "The callback requested to stop the optimization procedure"
    );
}

#[test]
fn nan_objective_ends_unsuccessfully_without_panicking() {
    // SciPy: status 0, success False, fun NaN.
    let r = minimize_with(
        |_x: &[f64]| f64::NAN,
        &[1.0, 2.0],
        cobyqa(CobyqaOptions::default()),
    )
    .unwrap();
    assert_eq!(r.status, 0);
    assert!(!r.success && r.fun.is_nan());
}

#[test]
fn x0_outside_the_bounds_is_moved_inside_and_iterates_stay_there() {
    // SciPy: x0 = [3, 0.7] with bounds [0, 2]² → x = [1, 1].
    let o = cobyqa(CobyqaOptions::default()).bounds(Bounds::uniform(2, 0.0, 2.0));
    let r = minimize_with(
        |x: &[f64]| {
            assert!(
                x.iter().all(|v| (0.0..=2.0).contains(v)),
                "outside the bounds: {x:?}"
            );
            rosen(x)
        },
        &[3.0, 0.7],
        o,
    )
    .unwrap();
    assert!(r.success, "{}", r.message);
    assert!(
        (r.x[0] - 1.0).abs() < 1e-5 && (r.x[1] - 1.0).abs() < 1e-5,
        "{:?}",
        r.x
    );
}

#[test]
fn f_target_stops_early() {
    let r = minimize_with(
        rosen,
        &[1.3, 0.7],
        cobyqa(CobyqaOptions::default().f_target(1.0)),
    )
    .unwrap();
    assert_eq!(r.status, 1);
    assert!(r.success && r.fun <= 1.0);
    assert_eq!(
        r.message,
        "The target objective function value has been reached"
    );
}
