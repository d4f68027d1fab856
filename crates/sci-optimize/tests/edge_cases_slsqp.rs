//! SLSQP on bad and degenerate input, with SciPy 1.17's behaviour: errors where SciPy
//! raises, SciPy's exit mode and message where it returns one.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_core::ndarray::{ArrayViewMut2, array};
use sci_optimize::{
    Bounds, FminSlsqpOptions, LinearConstraint, Method, MinimizeOptions, NonlinearConstraint,
    SlsqpOptions, fmin_slsqp, fmin_slsqp_with, minimize_with, rosen,
};

fn slsqp() -> MinimizeOptions<'static> {
    MinimizeOptions::default().method(Method::Slsqp(SlsqpOptions::default()))
}

#[test]
fn empty_x0_is_an_error() {
    assert!(matches!(
        minimize_with(|_x: &[f64]| 0.0, &[] as &[f64], slsqp()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        fmin_slsqp(|_x: &[f64]| 0.0, &[] as &[f64]),
        Err(Error::EmptyInput { .. })
    ));
}

#[test]
fn nan_objective_stops_with_mode_7() {
    // SciPy 1.17 stops with exit mode 7 when the gradient is NaN.
    let r = minimize_with(|_x: &[f64]| f64::NAN, &[1.0, 1.0], slsqp()).unwrap();
    assert_eq!((r.success, r.status), (false, 7));
    assert_eq!(
        r.message,
        "Rank-deficient equality constraint subproblem HFTI"
    );
}

#[test]
fn bad_bounds_and_shapes_are_errors() {
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        slsqp().bounds(Bounds::uniform(3, 0.0, 1.0)),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        slsqp().bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0])),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let c = LinearConstraint::new(array![[1.0, 1.0, 1.0]], vec![0.0], vec![1.0]);
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], slsqp().constraint(c)),
        Err(Error::ShapeMismatch { .. })
    ));
    let r = fmin_slsqp_with(
        rosen,
        &[1.0, 1.0],
        FminSlsqpOptions::default().bounds(vec![(Some(0.0), Some(1.0))]),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
}

#[test]
fn too_many_equalities_is_mode_2() {
    let c = NonlinearConstraint::eq(3, |x: &[f64], c: &mut [f64]| {
        c[0] = x[0] - 1.0;
        c[1] = x[1] - 1.0;
        c[2] = x[0] + x[1];
    });
    let r = minimize_with(
        |x: &[f64]| x[0] * x[0] + x[1] * x[1],
        &[1.0, 1.0],
        slsqp().constraint(c),
    )
    .unwrap();
    assert_eq!((r.status, r.nit), (2, 1));
    assert_eq!(
        r.message,
        "More equality constraints than independent variables"
    );
}

#[test]
fn callback_stops_the_run() {
    let o = slsqp().callback(|s| {
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
fn iteration_limit_is_mode_9() {
    let o = MinimizeOptions::default().method(Method::Slsqp(SlsqpOptions::default().maxiter(3)));
    let r = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
    assert_eq!((r.success, r.status, r.nit), (false, 9, 3));
    assert_eq!(r.message, "Iteration limit reached");
    let out = fmin_slsqp_with(rosen, &[-1.2, 1.0], FminSlsqpOptions::default().iter(2)).unwrap();
    assert_eq!(
        (out.imode, out.its, out.smode.as_str()),
        (9, 2, "Iteration limit reached")
    );
}

#[test]
fn default_method_with_constraints_is_slsqp() {
    let o = MinimizeOptions::default()
        .constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| {
            c[0] = x[0] - 2.0
        }));
    let r = minimize_with(|x: &[f64]| x[0] * x[0] + x[1] * x[1], &[3.0, 1.0], o).unwrap();
    assert_eq!(r.message, "Optimization terminated successfully");
    assert!((r.x[0] - 2.0).abs() < 1e-8 && r.x[1].abs() < 1e-6);
}

#[test]
fn x0_outside_the_bounds_is_clipped() {
    let o = slsqp().bounds(Bounds::new(vec![2.0, -1.0], vec![3.0, 1.0]));
    let r = minimize_with(|x: &[f64]| x[0] * x[0] + x[1] * x[1], &[10.0, -5.0], o).unwrap();
    assert!(r.success && (r.x[0] - 2.0).abs() < 1e-10 && r.x[1].abs() < 1e-6);
}

#[test]
fn vector_constraints_with_jacobians() {
    // min (x-1)² + (y-2)² s.t. x + y = 2 (vector form with Jacobian), x ≥ 0.8.
    let out = fmin_slsqp_with(
        |x: &[f64]| (x[0] - 1.0).powi(2) + (x[1] - 2.0).powi(2),
        &[0.0, 0.0],
        FminSlsqpOptions::default()
            .f_eqcons(1, |x: &[f64], c: &mut [f64]| c[0] = x[0] + x[1] - 2.0)
            .fprime_eqcons(|_x: &[f64], mut j: ArrayViewMut2<'_, f64>| {
                j[[0, 0]] = 1.0;
                j[[0, 1]] = 1.0;
            })
            .f_ieqcons(1, |x: &[f64], c: &mut [f64]| c[0] = x[0] - 0.8)
            .fprime(|x: &[f64], g: &mut [f64]| {
                g[0] = 2.0 * (x[0] - 1.0);
                g[1] = 2.0 * (x[1] - 2.0);
            }),
    )
    .unwrap();
    assert_eq!(out.imode, 0);
    assert!(
        (out.x[0] - 0.8).abs() < 1e-8 && (out.x[1] - 1.2).abs() < 1e-8,
        "{}",
        out.x
    );
}
