//! Edge cases of `basinhopping` and `brute`: empty inputs, invalid options, NaN objectives,
//! failing or misshaped local minimizers, callbacks, `niter_success`, acceptance tests.

use std::cell::Cell;
use std::ops::ControlFlow;

use rand::SeedableRng;
use rand::rngs::StdRng;
use sci_core::Error;
use sci_core::ndarray::array;
use sci_optimize::{
    AcceptDecision, AcceptTestState, BasinhoppingOptions, BasinhoppingState, BruteFinish,
    BruteOptions, BruteRange, OptimizeResult, basinhopping, basinhopping_with, brute, brute_with,
};

fn tutorial(x: &[f64]) -> f64 {
    x[0] * x[0] + 10.0 * x[0].sin()
}

fn rng() -> StdRng {
    StdRng::seed_from_u64(3)
}

#[test]
fn basinhopping_rejects_bad_input() {
    assert!(matches!(
        basinhopping(tutorial, &[] as &[f64], &mut rng()),
        Err(Error::EmptyInput { .. })
    ));
    let o = BasinhoppingOptions::default().interval(0);
    assert!(matches!(
        basinhopping_with(tutorial, &[0.0], o, &mut rng()),
        Err(Error::InvalidArgument { .. })
    ));
    // The default minimizer's own errors propagate (a non-finite start).
    assert!(basinhopping(tutorial, &[f64::NAN], &mut rng()).is_err());
    // A minimizer error propagates.
    let o = BasinhoppingOptions::default()
        .minimizer(|_: &[f64]| Err(Error::invalid_argument("x", 0, "refused")));
    assert!(basinhopping_with(tutorial, &[0.0], o, &mut rng()).is_err());
    // A misshaped local result is a shape error, not a panic.
    let o = BasinhoppingOptions::default().minimizer(|_: &[f64]| {
        Ok(OptimizeResult {
            x: array![1.0, 2.0],
            success: true,
            ..Default::default()
        })
    });
    assert!(matches!(
        basinhopping_with(tutorial, &[0.0], o, &mut rng()),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn basinhopping_with_a_nan_objective_does_not_panic() {
    let r = basinhopping_with(
        |_: &[f64]| f64::NAN,
        &[0.0, 1.0],
        BasinhoppingOptions::default().niter(5),
        &mut rng(),
    )
    .unwrap();
    assert!(!r.success);
    assert_eq!(r.minimization_failures, 6);
    assert_eq!(r.nit, 5);
}

#[test]
fn basinhopping_callback_stop_and_success_condition() {
    let calls = Cell::new(0usize);
    let o = BasinhoppingOptions::default().callback(|_: &BasinhoppingState| {
        calls.set(calls.get() + 1);
        if calls.get() >= 4 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let r = basinhopping_with(tutorial, &[0.0], o, &mut rng()).unwrap();
    // The first call (after the initial minimization) cannot stop the run, as in SciPy.
    assert_eq!(r.nit, 3);
    assert_eq!(
        r.message,
        "callback function requested stop early byreturning True"
    );
    let o = BasinhoppingOptions::default().niter_success(2);
    let r = basinhopping_with(tutorial, &[-1.3], o, &mut rng()).unwrap();
    assert_eq!(r.message, "success condition satisfied");
    assert!(r.nit <= 10);
    let r = basinhopping_with(
        tutorial,
        &[0.0],
        BasinhoppingOptions::default().niter(0),
        &mut rng(),
    )
    .unwrap();
    // SciPy reports nit = 1 for niter = 0.
    assert_eq!(r.nit, 1);
    assert!((r.x[0] + 1.30644).abs() < 1e-4);
}

#[test]
fn accept_tests_reject_and_force() {
    // Always reject: the incumbent stays the first minimum (the local one near 3.8 from 4).
    let seen = Cell::new(0usize);
    let o = BasinhoppingOptions::default()
        .niter(20)
        .accept_test(|s: &AcceptTestState<'_>| {
            seen.set(seen.get() + 1);
            assert_eq!(s.x_old.len(), 1);
            AcceptDecision::Reject
        });
    let r = basinhopping_with(tutorial, &[4.0], o, &mut rng()).unwrap();
    assert_eq!(seen.get(), 20);
    assert!((r.x[0] - 3.83747).abs() < 1e-4, "{}", r.x[0]);
    // Force-accept everything at T = 0 (which alone only accepts improvements).
    let o = BasinhoppingOptions::default()
        .niter(20)
        .t(0.0)
        .accept_test(|_: &AcceptTestState<'_>| AcceptDecision::ForceAccept);
    let r = basinhopping_with(tutorial, &[4.0], o, &mut rng()).unwrap();
    assert!(r.fun <= tutorial(&[3.83747]));
}

#[test]
fn a_custom_step_receives_the_adaptive_size() {
    let sizes = Cell::new((f64::INFINITY, 0.0f64));
    let o = BasinhoppingOptions::default()
        .niter(120)
        .interval(10)
        .take_step(|x: &mut [f64], s: f64, r: &mut dyn rand::Rng| {
            use rand::RngExt;
            let (lo, hi) = sizes.get();
            sizes.set((lo.min(s), hi.max(s)));
            x[0] += s * (2.0 * r.random::<f64>() - 1.0);
        });
    basinhopping_with(tutorial, &[0.0], o, &mut rng()).unwrap();
    let (lo, hi) = sizes.get();
    assert!(lo < hi, "the step size adapted: {lo} {hi}");
}

#[test]
fn brute_rejects_bad_input() {
    assert!(matches!(
        brute(tutorial, &[]),
        Err(Error::EmptyInput { .. })
    ));
    let zero_ns = BruteOptions::default().ns(0);
    assert!(brute_with(tutorial, &[(0.0, 1.0).into()], zero_ns).is_err());
    assert!(brute(tutorial, &[(0.0, 1.0, 0.0).into()]).is_err());
    assert!(brute(tutorial, &[(0.0, f64::INFINITY).into()]).is_err());
    // An empty slice (start above stop) leaves no grid point.
    assert!(matches!(
        brute(tutorial, &[(1.0, 0.0, 0.5).into()]),
        Err(Error::EmptyInput { .. })
    ));
    let many = vec![BruteRange::from((0.0, 1.0)); 41];
    assert!(matches!(
        brute(|_: &[f64]| 0.0, &many),
        Err(Error::InvalidArgument { .. })
    ));
    let o = BruteOptions::default().finish_with(|_: &[f64]| {
        Ok(OptimizeResult {
            x: array![1.0, 2.0],
            ..Default::default()
        })
    });
    assert!(matches!(
        brute_with(tutorial, &[(0.0, 1.0).into()], o),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn brute_picks_the_first_nan_as_numpy_argmin() {
    let f = |x: &[f64]| if x[0] == 0.5 { f64::NAN } else { x[0] };
    let o = BruteOptions::default()
        .ns(5)
        .finish(BruteFinish::None)
        .full_output(true);
    let out = brute_with(f, &[(0.0, 1.0).into()], o).unwrap();
    assert_eq!(out.x0[0], 0.5);
    assert!(out.fval.is_nan());
    // Ties go to the first point in C order.
    let o = BruteOptions::default().ns(3).finish(BruteFinish::None);
    let out = brute_with(|_: &[f64]| 1.0, &[(0.0, 1.0).into(), (2.0, 3.0).into()], o).unwrap();
    assert_eq!(out.x0.to_vec(), vec![0.0, 2.0]);
    // One point per pair with Ns = 1.
    let o = BruteOptions::default().ns(1).finish(BruteFinish::None);
    let out = brute_with(|x: &[f64]| x[0], &[(0.25, 1.0).into()], o).unwrap();
    assert_eq!(out.x0[0], 0.25);
}
