//! L-BFGS-B on bad and degenerate input, with SciPy 1.17's behaviour: errors where SciPy
//! raises, SciPy's status and message where it returns a flag.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_core::ndarray::array;
use sci_optimize::{
    Bounds, FminLbfgsbOptions, Gradient, HessInv, LbfgsInvHessProduct, LbfgsbOptions, Method,
    MinimizeOptions, NonlinearConstraint, fmin_l_bfgs_b, fmin_l_bfgs_b_with, minimize_with, rosen,
    rosen_der,
};

fn lbfgsb() -> MinimizeOptions<'static> {
    MinimizeOptions::default().method(Method::LBfgsB(LbfgsbOptions::default()))
}

fn grad() -> Gradient<'static> {
    Gradient::provided(|x: &[f64], g: &mut [f64]| rosen_der(x, g))
}

#[test]
fn empty_x0_is_an_error() {
    let r = minimize_with(|_x: &[f64]| 0.0, &[] as &[f64], lbfgsb());
    assert!(matches!(r, Err(Error::EmptyInput { .. })));
}

#[test]
fn nan_objective_stops_abnormally_as_scipy() {
    // SciPy 1.17: status 2, "ABNORMAL: ", nit 0, 21 function-and-gradient evaluations.
    let r = minimize_with(|_x: &[f64]| f64::NAN, &[1.3, 0.7], lbfgsb()).unwrap();
    assert!(!r.success);
    assert_eq!(
        (r.status, r.message.as_str(), r.nit, r.njev),
        (2, "ABNORMAL: ", 0, 21)
    );
}

#[test]
fn bad_bounds_are_errors() {
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        lbfgsb().bounds(Bounds::uniform(3, 0.0, 1.0)),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = minimize_with(
        rosen,
        &[1.0, 1.0],
        lbfgsb().bounds(Bounds::new(vec![0.0, 2.0], vec![1.0, 1.0])),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
    let r = fmin_l_bfgs_b_with(
        rosen,
        &[1.0],
        grad(),
        FminLbfgsbOptions::default().bounds(vec![(Some(1.0), Some(0.0))]),
    );
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
}

#[test]
fn bad_options_are_errors() {
    let o = MinimizeOptions::default().method(Method::LBfgsB(LbfgsbOptions::default().maxls(0)));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], o),
        Err(Error::InvalidArgument { .. })
    ));
    let o = MinimizeOptions::default().method(Method::LBfgsB(LbfgsbOptions::default().maxcor(0)));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], o),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn constraints_are_refused() {
    let o = lbfgsb().constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| {
        c[0] = x[0]
    }));
    assert!(matches!(
        minimize_with(rosen, &[1.0, 1.0], o),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn x0_outside_the_bounds_is_clipped() {
    let o = lbfgsb()
        .jac(grad())
        .bounds(Bounds::new(vec![-2.0, -2.0], vec![0.5, 2.0]));
    let r = minimize_with(rosen, &[3.0, -3.0], o).unwrap();
    assert!(r.success);
    assert!(r.x[0] <= 0.5 && (r.x[0] - 0.5).abs() < 1e-6 && (r.x[1] - 0.25).abs() < 1e-5);
}

#[test]
fn callback_stops_the_run() {
    let o = lbfgsb().jac(grad()).callback(|s| {
        if s.nit >= 3 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    let r = minimize_with(rosen, &[1.3, 0.7, 0.8, 1.9, 1.2], o).unwrap();
    assert_eq!((r.success, r.status, r.nit), (false, 99, 3));
    assert_eq!(r.message, sci_core::callback::STOPPED_BY_CALLBACK);
}

#[test]
fn iteration_and_evaluation_limits() {
    let o = MinimizeOptions::default()
        .method(Method::LBfgsB(LbfgsbOptions::default().maxiter(5)))
        .jac(grad());
    let r = minimize_with(rosen, &[1.3, 0.7, 0.8, 1.9, 1.2], o).unwrap();
    assert_eq!((r.success, r.status, r.nit, r.nfev), (false, 1, 5, 6));
    assert_eq!(r.message, "STOP: TOTAL NO. OF ITERATIONS REACHED LIMIT");
    let o = MinimizeOptions::default()
        .method(Method::LBfgsB(LbfgsbOptions::default().maxfun(5)))
        .jac(grad());
    let r = minimize_with(rosen, &[1.3, 0.7, 0.8, 1.9, 1.2], o).unwrap();
    assert_eq!((r.status, r.nit, r.nfev), (1, 5, 6));
    assert_eq!(
        r.message,
        "STOP: TOTAL NO. OF F,G EVALUATIONS EXCEEDS LIMIT"
    );
}

#[test]
fn default_method_with_bounds_is_lbfgsb() {
    let o = MinimizeOptions::default().bounds(Bounds::uniform(2, 0.0, 0.5));
    let r = minimize_with(rosen, &[0.1, 0.1], o).unwrap();
    assert!(r.message.starts_with("CONVERGENCE"));
    assert!(matches!(r.hess_inv, Some(HessInv::Lbfgs(_))));
}

#[test]
fn legacy_entry_points() {
    // SciPy's default: func returns f and writes g.
    let fg = Gradient::WithValue(Box::new(|x: &[f64], g: &mut [f64]| {
        rosen_der(x, g);
        rosen(x)
    }));
    let x = fmin_l_bfgs_b(|_x: &[f64]| unreachable!(), &[-1.2, 1.0], fg).unwrap();
    assert!((x[0] - 1.0).abs() < 1e-4 && (x[1] - 1.0).abs() < 1e-4);
    let out = fmin_l_bfgs_b_with(
        rosen,
        &[-1.2, 1.0],
        Gradient::default(),
        FminLbfgsbOptions::default().approx_grad(true).m(5),
    )
    .unwrap();
    assert_eq!(out.d.warnflag, 0);
    assert!(out.d.task.starts_with("CONVERGENCE"));
    assert!(out.d.funcalls > out.d.nit && out.f < 1e-8);
    let out = fmin_l_bfgs_b_with(
        rosen,
        &[-1.2, 1.0],
        grad(),
        FminLbfgsbOptions::default().maxiter(2),
    )
    .unwrap();
    assert_eq!((out.d.warnflag, out.d.nit), (1, 2));
}

#[test]
fn hess_inv_shape_errors() {
    assert!(LbfgsInvHessProduct::new(array![[1.0, 2.0]], array![[1.0]]).is_err());
    let h = LbfgsInvHessProduct::new(array![[1.0, 0.0]], array![[2.0, 0.0]]).unwrap();
    assert!(matches!(h.matvec(&[1.0]), Err(Error::ShapeMismatch { .. })));
}
