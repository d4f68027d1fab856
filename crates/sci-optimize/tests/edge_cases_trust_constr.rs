//! trust-constr's behaviour on bad input and at its limits, as SciPy 1.17 behaves.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_core::ndarray::ArrayViewMut2;
use sci_optimize::{
    Bounds, FactorizationMethod, Gradient, Hessian, Method, MinimizeOptions, TrustConstrOptions,
    minimize_with, rosen, rosen_der, rosen_hess,
};

fn tc(o: TrustConstrOptions) -> MinimizeOptions<'static> {
    MinimizeOptions::default()
        .method(Method::TrustConstr(o))
        .jac(Gradient::provided(rosen_der))
        .hess(Hessian::provided(rosen_hess))
}

#[test]
fn empty_x0_is_an_error() {
    let e = minimize_with(rosen, &Vec::<f64>::new(), tc(TrustConstrOptions::default()));
    assert!(matches!(e, Err(Error::EmptyInput { .. })), "{e:?}");
}

#[test]
fn bad_options_are_errors() {
    let e = minimize_with(
        rosen,
        &[1.0, 2.0],
        tc(TrustConstrOptions::default().initial_tr_radius(0.0)),
    );
    assert!(matches!(e, Err(Error::InvalidArgument { .. })), "{e:?}");
    let e = minimize_with(
        rosen,
        &[1.0, 2.0],
        tc(TrustConstrOptions::default().gtol(-1.0)),
    );
    assert!(matches!(e, Err(Error::InvalidArgument { .. })), "{e:?}");
    let o = TrustConstrOptions::default()
        .factorization_method(Some(FactorizationMethod::NormalEquation));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 2.0], tc(o)),
        Err(Error::InvalidArgument { .. })
    ));
    let o = TrustConstrOptions::default().sparse_jacobian(Some(true));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 2.0], tc(o)),
        Err(Error::Unsupported { .. })
    ));
}

#[test]
fn bad_bounds_are_errors() {
    let e = minimize_with(
        rosen,
        &[1.0, 2.0],
        tc(TrustConstrOptions::default()).bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0])),
    );
    assert!(matches!(e, Err(Error::InvalidArgument { .. })), "{e:?}");
    let e = minimize_with(
        rosen,
        &[1.0, 2.0],
        tc(TrustConstrOptions::default()).bounds(Bounds::uniform(1, 0.0, 1.0)),
    );
    assert!(matches!(e, Err(Error::ShapeMismatch { .. })), "{e:?}");
}

#[test]
fn maxiter_reached_reports_status_0() {
    // SciPy: status 0, nit 5, "The maximum number of function evaluations is exceeded."
    let r = minimize_with(
        rosen,
        &[1.3, 0.7],
        tc(TrustConstrOptions::default().maxiter(5)),
    )
    .unwrap();
    assert_eq!((r.status, r.nit, r.success), (0, 5, false));
    assert_eq!(
        r.message,
        "The maximum number of function evaluations is exceeded."
    );
}

#[test]
fn callback_stops_the_run_with_scipy_status_3() {
    let o = tc(TrustConstrOptions::default()).callback(|s: &sci_optimize::IntermediateResult| {
        if s.nit >= 2 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let r = minimize_with(rosen, &[1.3, 0.7], o).unwrap();
    assert_eq!((r.status, r.nit, r.success), (3, 2, false));
    assert_eq!(r.message, sci_core::callback::STOPPED_BY_CALLBACK);
}

#[test]
fn nan_objective_runs_to_maxiter_without_panicking() {
    // SciPy: status 0 after `maxiter` iterations.
    let o = MinimizeOptions::default()
        .method(Method::TrustConstr(
            TrustConstrOptions::default().maxiter(50),
        ))
        .jac(Gradient::provided(|_x: &[f64], g: &mut [f64]| {
            g.fill(f64::NAN)
        }))
        .hess(Hessian::provided(
            |_x: &[f64], mut h: ArrayViewMut2<'_, f64>| h.fill(0.0),
        ));
    let r = minimize_with(|_x: &[f64]| f64::NAN, &[1.0, 2.0], o).unwrap();
    assert_eq!((r.status, r.nit, r.success), (0, 50, false));
}

#[test]
fn x0_outside_the_bounds_still_converges_inside() {
    // SciPy: x0 = [3, 0.7] with bounds [0, 2]² → status 1, x = [1, 1].
    let r = minimize_with(
        rosen,
        &[3.0, 0.7],
        tc(TrustConstrOptions::default()).bounds(Bounds::uniform(2, 0.0, 2.0)),
    )
    .unwrap();
    assert!(r.success, "{}", r.message);
    assert!(
        (r.x[0] - 1.0).abs() < 1e-4 && (r.x[1] - 1.0).abs() < 1e-4,
        "{:?}",
        r.x
    );
}

#[test]
fn default_bfgs_hessian_and_finite_difference_gradient_converge() {
    // SciPy's defaults: jac='2-point', hess=BFGS(): SciPy stops on `xtol` (status 2) after
    // 37 iterations at [0.999995, 0.999991], hence the 1e-4 tolerance.
    let o = MinimizeOptions::default().method(Method::TrustConstr(TrustConstrOptions::default()));
    let r = minimize_with(rosen, &[1.3, 0.7], o).unwrap();
    assert!(
        (r.x[0] - 1.0).abs() < 1e-4 && (r.x[1] - 1.0).abs() < 1e-4,
        "{:?} {}",
        r.x,
        r.message
    );
    assert!(r.hess.is_some());
}

#[test]
fn finite_difference_hessian_converges() {
    let o = MinimizeOptions::default()
        .method(Method::TrustConstr(TrustConstrOptions::default()))
        .jac(Gradient::provided(rosen_der))
        .hess(Hessian::FiniteDiff(sci_optimize::FiniteDiff::TwoPoint));
    let r = minimize_with(rosen, &[1.3, 0.7], o).unwrap();
    assert!(r.success, "{}", r.message);
    assert!(
        (r.x[0] - 1.0).abs() < 1e-6 && (r.x[1] - 1.0).abs() < 1e-6,
        "{:?}",
        r.x
    );
}

#[test]
fn interior_point_stops_where_scipy_stops() {
    // SciPy 1.17: minimize(‖x - t‖², 0, jac, hess, 'trust-constr', bounds=[-1, 1]³) with
    // t = (0.4305, -2.0818, -1.2915) → x = (0.43008584, -0.99963038, -0.99862899), nit 11:
    // the interior-point method stops at a barrier solution, and does so identically here.
    let t = [0.4305079944115566, -2.081757454032157, -1.2915435681497782];
    let o = MinimizeOptions::default()
        .method(Method::TrustConstr(TrustConstrOptions::default()))
        .jac(Gradient::provided(move |x: &[f64], g: &mut [f64]| {
            for i in 0..3 {
                g[i] = 2.0 * (x[i] - t[i]);
            }
        }))
        .hess(Hessian::provided(
            |_x: &[f64], mut h: ArrayViewMut2<'_, f64>| {
                for i in 0..3 {
                    h[[i, i]] = 2.0;
                }
            },
        ))
        .bounds(Bounds::uniform(3, -1.0, 1.0));
    let f = move |x: &[f64]| x.iter().zip(&t).map(|(a, b)| (a - b).powi(2)).sum::<f64>();
    let r = minimize_with(f, &[0.0; 3], o).unwrap();
    let scipy = [0.43008584, -0.99963038, -0.99862899];
    assert_eq!((r.nit, r.status), (11, 1));
    for i in 0..3 {
        assert!((r.x[i] - scipy[i]).abs() < 1e-8, "{:?}", r.x);
    }
}
