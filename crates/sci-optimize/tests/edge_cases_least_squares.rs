//! Edge cases of `least_squares`: bad input gives SciPy's error (as `Err`), stopping
//! conditions give SciPy's status and message, never a panic.

use std::ops::ControlFlow;
use std::sync::atomic::{AtomicUsize, Ordering};

use sci_core::Error;
use sci_optimize::{
    Bounds, IntermediateResult, LeastSquaresOptions, Loss, LsqMethod, MinimizeCallback, TrSolver,
    XScale, least_squares, least_squares_with,
};

fn rosen(x: &[f64], f: &mut [f64]) {
    f[0] = 10.0 * (x[1] - x[0] * x[0]);
    f[1] = 1.0 - x[0];
}

#[test]
fn empty_x0_is_an_error() {
    let r = least_squares(|_x: &[f64], f: &mut [f64]| f[0] = 1.0, &[] as &[f64], 1);
    assert!(matches!(r, Err(Error::EmptyInput { .. })));
}

#[test]
fn nan_at_x0_is_an_error_as_scipy() {
    let r = least_squares(|_x: &[f64], f: &mut [f64]| f[0] = f64::NAN, &[1.0], 1);
    assert!(matches!(r, Err(Error::NonFinite { .. })));
    let r = least_squares(rosen, &[f64::NAN, 1.0], 2);
    assert!(matches!(r, Err(Error::NonFinite { .. })));
}

#[test]
fn nan_during_iterations_shrinks_the_step_and_still_converges() {
    // sqrt is NaN for x < 0: steps that leave the domain are retried with a smaller radius.
    for method in [LsqMethod::Trf, LsqMethod::Dogbox] {
        let r = least_squares_with(
            |x: &[f64], f: &mut [f64]| {
                f[0] = x[0].sqrt() - 0.1;
                f[1] = 0.0;
            },
            &[4.0],
            2,
            LeastSquaresOptions::default().method(method),
        )
        .unwrap();
        assert!(r.success, "{method:?}: {}", r.message);
        assert!((r.x[0] - 0.01).abs() < 1e-6, "{method:?}: {}", r.x);
    }
}

#[test]
fn bad_bounds_are_errors() {
    let o = || LeastSquaresOptions::default();
    let r = least_squares_with(
        rosen,
        &[0.0, 0.0],
        2,
        o().bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0])),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    // SciPy requires lb < ub strictly.
    let r = least_squares_with(
        rosen,
        &[0.0, 0.0],
        2,
        o().bounds(Bounds::new(vec![0.0, 0.0], vec![0.0, 1.0])),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = least_squares_with(
        rosen,
        &[0.0, 0.0],
        2,
        o().bounds(Bounds::new(vec![0.0], vec![1.0])),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = least_squares_with(
        rosen,
        &[5.0, 0.0],
        2,
        o().bounds(Bounds::uniform(2, -1.0, 1.0)),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
}

#[test]
fn lm_refuses_what_scipy_refuses() {
    let lm = || LeastSquaresOptions::default().method(LsqMethod::Lm);
    let bad = [
        least_squares_with(
            rosen,
            &[0.0, 0.0],
            2,
            lm().bounds(Bounds::uniform(2, -1.0, 1.0)),
        ),
        least_squares_with(
            |x: &[f64], f: &mut [f64]| f[0] = x[0] + x[1],
            &[0.0, 0.0],
            1,
            lm(),
        ),
        least_squares_with(rosen, &[0.0, 0.0], 2, lm().loss(Loss::Huber)),
        least_squares_with(rosen, &[0.0, 0.0], 2, lm().ftol(1e-20)),
        least_squares_with(
            rosen,
            &[0.0, 0.0],
            2,
            lm().callback(MinimizeCallback::new(|_s: &IntermediateResult| {
                ControlFlow::Continue(())
            })),
        ),
    ];
    for r in bad {
        assert!(matches!(r, Err(Error::InvalidArgument { .. })), "{r:?}");
    }
}

#[test]
fn invalid_options_are_errors() {
    let o = || LeastSquaresOptions::default();
    let r = least_squares_with(rosen, &[0.0, 0.0], 2, o().tr_solver(TrSolver::Lsmr));
    assert!(matches!(r, Err(Error::Unsupported { .. })));
    let r = least_squares_with(
        rosen,
        &[0.0, 0.0],
        2,
        o().x_scale(XScale::Vector(vec![1.0, -1.0])),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = least_squares_with(
        rosen,
        &[0.0, 0.0],
        2,
        o().x_scale(XScale::Vector(vec![1.0, 1.0, 1.0])),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = least_squares_with(rosen, &[0.0, 0.0], 2, o().ftol(0.0).xtol(0.0).gtol(0.0));
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = least_squares_with(rosen, &[0.0, 0.0], 2, o().f_scale(0.0));
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = least_squares_with(rosen, &[0.0, 0.0], 0, o());
    assert!(matches!(r, Err(Error::EmptyInput { .. })));
}

#[test]
fn max_nfev_reached_reports_status_0() {
    for method in [LsqMethod::Trf, LsqMethod::Dogbox, LsqMethod::Lm] {
        let r = least_squares_with(
            rosen,
            &[-1.2, 1.0],
            2,
            LeastSquaresOptions::default().method(method).max_nfev(3),
        )
        .unwrap();
        assert_eq!(r.status, 0, "{method:?}");
        assert!(!r.success);
        assert_eq!(
            r.message,
            "The maximum number of function evaluations is exceeded."
        );
        assert!(r.nfev <= 3, "{method:?}: {}", r.nfev);
    }
}

#[test]
fn callback_stops_the_run_with_status_minus_2() {
    for method in [LsqMethod::Trf, LsqMethod::Dogbox] {
        let calls = AtomicUsize::new(0);
        let cb = MinimizeCallback::new(|s: &IntermediateResult| {
            calls.fetch_add(1, Ordering::Relaxed);
            if s.nit >= 2 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        let r = least_squares_with(
            rosen,
            &[-1.2, 1.0],
            2,
            LeastSquaresOptions::default().method(method).callback(cb),
        )
        .unwrap();
        assert_eq!(r.status, -2);
        assert!(!r.success);
        assert!(r.message.contains("callback"));
        assert_eq!(calls.load(Ordering::Relaxed), 2);
    }
}
