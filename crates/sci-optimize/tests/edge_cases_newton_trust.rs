//! Edge cases of Newton-CG and the trust-region methods: missing derivatives (SciPy raises),
//! bad options, bounds given to methods without them, empty `x0`, NaN objectives and
//! Hessians, indefinite Hessians, callbacks that stop the run, and maxiter limits.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_core::ndarray::ArrayViewMut2;
use sci_optimize::{
    Bounds, FiniteDiff, FminNcgOptions, Gradient, Hessian, IntermediateResult, Method,
    MinimizeOptions, NewtonCgOptions, OptimizeResult, TrustRegionOptions, fmin_ncg_with,
    minimize_with, rosen, rosen_der, rosen_hess, rosen_hess_prod,
};

fn methods() -> Vec<Method> {
    let t = TrustRegionOptions::default();
    vec![
        Method::NewtonCg(NewtonCgOptions::default()),
        Method::Dogleg(t.clone()),
        Method::TrustNcg(t.clone()),
        Method::TrustKrylov(t.clone()),
        Method::TrustExact(t),
    ]
}

fn with_derivatives(m: Method) -> MinimizeOptions<'static> {
    MinimizeOptions::default()
        .method(m)
        .jac(Gradient::provided(rosen_der))
        .hess(Hessian::provided(rosen_hess))
}

#[test]
fn a_gradient_is_required() {
    for m in methods() {
        let name = m.name();
        let o = MinimizeOptions::default()
            .method(m)
            .hess(Hessian::provided(rosen_hess));
        let err = minimize_with(rosen, &[-1.2, 1.0], o).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument { .. }), "{name}");
        assert!(
            err.to_string().contains("Jacobian is required"),
            "{name}: {err}"
        );
    }
}

#[test]
fn a_hessian_source_is_required_as_scipy() {
    let t = TrustRegionOptions::default();
    // dogleg and trust-exact need the matrix; hessp alone is not enough.
    for m in [Method::Dogleg(t.clone()), Method::TrustExact(t.clone())] {
        let o = MinimizeOptions::default()
            .method(m)
            .jac(Gradient::provided(rosen_der))
            .hessp(rosen_hess_prod);
        assert!(matches!(
            minimize_with(rosen, &[-1.2, 1.0], o),
            Err(Error::InvalidArgument { .. })
        ));
    }
    let o = MinimizeOptions::default()
        .method(Method::TrustExact(t.clone()))
        .jac(Gradient::provided(rosen_der))
        .hess(Hessian::FiniteDiff(FiniteDiff::TwoPoint));
    assert!(minimize_with(rosen, &[-1.2, 1.0], o).is_err());
    for m in [Method::TrustNcg(t.clone()), Method::TrustKrylov(t)] {
        let o = MinimizeOptions::default()
            .method(m)
            .jac(Gradient::provided(rosen_der));
        let err = minimize_with(rosen, &[-1.2, 1.0], o).unwrap_err();
        assert!(err.to_string().contains("Hessian-vector product"), "{err}");
    }
    // Newton-CG falls back to finite differences of the gradient.
    let o = MinimizeOptions::default()
        .method(Method::NewtonCg(NewtonCgOptions::default()))
        .jac(Gradient::provided(rosen_der));
    assert!(minimize_with(rosen, &[-1.2, 1.0], o).unwrap().success);
}

#[test]
fn bad_options_and_inputs_are_errors() {
    for m in methods() {
        let name = m.name();
        assert!(
            matches!(
                minimize_with(rosen, &[] as &[f64], with_derivatives(m.clone())),
                Err(Error::EmptyInput { .. })
            ),
            "{name}"
        );
        let o = with_derivatives(m).bounds(Bounds::uniform(2, -2.0, 2.0));
        assert!(
            matches!(
                minimize_with(rosen, &[-1.2, 1.0], o),
                Err(Error::InvalidArgument { .. })
            ),
            "{name}"
        );
    }
    let bad = [
        TrustRegionOptions::default().eta(0.25),
        TrustRegionOptions::default().eta(-0.1),
        TrustRegionOptions::default().max_trust_radius(0.0),
        TrustRegionOptions::default().initial_trust_radius(0.0),
        TrustRegionOptions::default().initial_trust_radius(2000.0),
    ];
    for t in bad {
        let o = with_derivatives(Method::TrustNcg(t.clone()));
        assert!(
            matches!(
                minimize_with(rosen, &[-1.2, 1.0], o),
                Err(Error::InvalidArgument { .. })
            ),
            "{t:?}"
        );
    }
    let o = with_derivatives(Method::NewtonCg(NewtonCgOptions::default().c1(0.95)));
    assert!(minimize_with(rosen, &[-1.2, 1.0], o).is_err());
    assert!(
        minimize_with(
            rosen,
            &[f64::NAN, 1.0],
            with_derivatives(methods()[0].clone())
        )
        .is_err()
    );
}

#[test]
fn nan_objectives_stop_without_success() {
    let nan_f = |_: &[f64]| f64::NAN;
    let nan_g = |_: &[f64], g: &mut [f64]| g.fill(f64::NAN);
    let nan_h = |_: &[f64], mut h: ArrayViewMut2<'_, f64>| h.fill(f64::NAN);
    for m in methods() {
        let name = m.name();
        let o = MinimizeOptions::default()
            .method(m)
            .jac(Gradient::provided(nan_g))
            .hess(Hessian::provided(nan_h));
        let r = minimize_with(nan_f, &[1.0, 2.0], o).unwrap();
        assert!(!r.success, "{name}: {r:?}");
        assert!(r.nit <= 400, "{name}");
    }
}

#[test]
fn a_nan_region_is_avoided() {
    // NaN beyond x0 = 2: steps that land there are rejected (trust regions shrink,
    // line searches backtrack).
    let f = |x: &[f64]| if x[0] > 2.0 { f64::NAN } else { rosen(x) };
    for m in methods().into_iter().filter(|m| m.name() != "dogleg") {
        let name = m.name();
        let r = minimize_with(f, &[1.9, 3.0], with_derivatives(m)).unwrap();
        assert!(r.fun.is_finite() && r.x[0] <= 2.0, "{name}: {r:?}");
    }
}

#[test]
fn dogleg_fails_on_an_indefinite_hessian_with_scipys_status() {
    // Beale from (1, 1): the Hessian there is indefinite.
    let f = |x: &[f64]| x[0] * x[0] - x[1] * x[1];
    let g = |x: &[f64], g: &mut [f64]| {
        g[0] = 2.0 * x[0];
        g[1] = -2.0 * x[1];
    };
    let h = |_: &[f64], mut h: ArrayViewMut2<'_, f64>| {
        h.fill(0.0);
        h[[0, 0]] = 2.0;
        h[[1, 1]] = -2.0;
    };
    let o = MinimizeOptions::default()
        .method(Method::Dogleg(TrustRegionOptions::default()))
        .jac(Gradient::provided(g))
        .hess(Hessian::provided(h));
    let r = minimize_with(f, &[1.0, 1.0], o).unwrap();
    assert_eq!((r.status, r.success, r.nit), (3, false, 0));
    assert_eq!(
        r.message,
        "A linalg error occurred, such as a non-psd Hessian."
    );
}

#[test]
fn the_callback_stops_every_method() {
    for m in methods() {
        let name = m.name();
        let o = with_derivatives(m).callback(|s: &IntermediateResult| {
            if s.nit >= 3 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        let r: OptimizeResult = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
        assert_eq!((r.status, r.success, r.nit), (99, false, 3), "{name}");
        assert_eq!(r.message, sci_core::callback::STOPPED_BY_CALLBACK);
    }
}

#[test]
fn maxiter_is_reported_as_scipy() {
    for m in methods().into_iter().filter(|m| m.name() != "dogleg") {
        let name = m.name();
        let m = match m {
            Method::NewtonCg(o) => Method::NewtonCg(o.maxiter(2)),
            Method::TrustNcg(o) => Method::TrustNcg(o.maxiter(2)),
            Method::TrustKrylov(o) => Method::TrustKrylov(o.maxiter(2)),
            Method::TrustExact(o) => Method::TrustExact(o.maxiter(2)),
            other => other,
        };
        let r = minimize_with(rosen, &[-1.2, 1.0], with_derivatives(m)).unwrap();
        assert_eq!((r.status, r.success, r.nit), (1, false, 2), "{name}");
        assert!(r.message.contains("Maximum number of iterations"), "{name}");
    }
}

#[test]
fn a_start_at_the_minimum_needs_no_iteration() {
    for m in methods() {
        let name = m.name();
        let r = minimize_with(rosen, &[1.0, 1.0], with_derivatives(m)).unwrap();
        assert!(r.success && r.x[0] == 1.0, "{name}: {r:?}");
        assert!(r.nit <= 1, "{name}");
    }
}

#[test]
fn fmin_ncg_errors_and_flags() {
    assert!(fmin_ncg_with(rosen, &[] as &[f64], rosen_der, FminNcgOptions::default()).is_err());
    let out = fmin_ncg_with(
        rosen,
        &[-1.2, 1.0],
        rosen_der,
        FminNcgOptions::default().maxiter(3),
    )
    .unwrap();
    assert_eq!(out.warnflag, 1);
    let out = fmin_ncg_with(
        rosen,
        &[-1.2, 1.0],
        rosen_der,
        FminNcgOptions::default().callback(|_: &IntermediateResult| ControlFlow::Break(())),
    )
    .unwrap();
    assert_eq!(out.warnflag, 99);
}
