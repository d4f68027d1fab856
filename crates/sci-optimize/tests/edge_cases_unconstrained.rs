//! Edge cases of Nelder-Mead, Powell, CG, BFGS and the legacy `fmin*`: empty or non-finite
//! `x0`, a NaN objective (SciPy's status and message), mismatched option shapes, bad bounds,
//! methods given bounds or constraints they cannot handle, the callback stopping the run,
//! and iteration/evaluation limits (SciPy's messages).

use std::ops::ControlFlow;

use sci_core::Error;
use sci_core::ndarray::Array2;
use sci_optimize::{
    BfgsOptions, Bounds, CgOptions, FminOptions, Gradient, IntermediateResult, Method,
    MinimizeOptions, NelderMeadOptions, NonlinearConstraint, PowellOptions, fmin_with, minimize,
    minimize_with, rosen, rosen_der,
};

fn methods() -> Vec<Method> {
    vec![
        Method::NelderMead(NelderMeadOptions::default()),
        Method::Powell(PowellOptions::default()),
        Method::Cg(CgOptions::default()),
        Method::Bfgs(BfgsOptions::default()),
    ]
}

#[test]
fn empty_and_non_finite_x0_are_errors() {
    for m in methods() {
        let empty: [f64; 0] = [];
        let r = minimize_with(rosen, &empty, MinimizeOptions::default().method(m.clone()));
        assert!(matches!(r, Err(Error::EmptyInput { .. })), "{}", m.name());
        let r = minimize_with(
            rosen,
            &[f64::NAN, 1.0],
            MinimizeOptions::default().method(m),
        );
        assert!(matches!(r, Err(Error::NonFinite { .. })));
    }
}

#[test]
fn nan_objective_ends_as_scipy_does() {
    let f = |_: &[f64]| f64::NAN;
    // SciPy 1.17.1: BFGS and CG stop at once with status 3 ("NaN result encountered.") after
    // 3 evaluations; Nelder-Mead runs out of evaluations (status 1); Powell reports NaN.
    let expect = [
        (
            "Nelder-Mead",
            1,
            400,
            "Maximum number of function evaluations has been exceeded.",
        ),
        ("Powell", 3, 7, "NaN result encountered."),
        ("CG", 3, 3, "NaN result encountered."),
        ("BFGS", 3, 3, "NaN result encountered."),
    ];
    for (m, (name, status, nfev, message)) in methods().into_iter().zip(expect) {
        assert_eq!(m.name(), name);
        let r = minimize_with(f, &[1.0, 2.0], MinimizeOptions::default().method(m)).unwrap();
        assert!(!r.success, "{name}");
        assert_eq!(
            (r.status, r.nfev, r.message.as_str()),
            (status, nfev, message),
            "{name}"
        );
    }
}

#[test]
fn nan_region_is_handled_without_panic() {
    // NaN beyond x = 2, minimum (of the finite part) at the edge: SciPy's Nelder-Mead
    // converges near 2; the gradient methods stop with a failure flag.
    let g = |x: &[f64]| {
        if x[0] > 2.0 {
            f64::NAN
        } else {
            (x[0] - 3.0).powi(2)
        }
    };
    let r = minimize_with(
        g,
        &[0.0],
        MinimizeOptions::default().method(Method::NelderMead(NelderMeadOptions::default())),
    )
    .unwrap();
    assert!(r.success && (r.x[0] - 2.0).abs() < 1e-3);
    for m in [
        Method::Cg(CgOptions::default()),
        Method::Bfgs(BfgsOptions::default()),
        Method::Powell(PowellOptions::default()),
    ] {
        let r = minimize_with(g, &[0.0], MinimizeOptions::default().method(m)).unwrap();
        assert!(!r.success && r.status != 0);
    }
}

#[test]
fn mismatched_option_shapes_are_errors() {
    let nm = NelderMeadOptions::default().initial_simplex(Array2::zeros((2, 2)));
    let r = minimize_with(
        rosen,
        &[1.0, 2.0],
        MinimizeOptions::default().method(Method::NelderMead(nm)),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let po = PowellOptions::default().direc(Array2::eye(3));
    let r = minimize_with(
        rosen,
        &[1.0, 2.0],
        MinimizeOptions::default().method(Method::Powell(po)),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let bo = BfgsOptions::default().hess_inv0(Array2::eye(3));
    let r = minimize_with(
        rosen,
        &[1.0, 2.0],
        MinimizeOptions::default().method(Method::Bfgs(bo)),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = fmin_with(
        rosen,
        &[1.0, 2.0],
        FminOptions::default().initial_simplex(Array2::zeros((3, 1))),
    );
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
}

#[test]
fn bad_bounds_and_unsupported_bounds_or_constraints() {
    for m in methods() {
        // lower > upper
        let o = MinimizeOptions::default()
            .method(m.clone())
            .bounds(Bounds::new(vec![1.0, 0.0], vec![0.0, 1.0]));
        assert!(
            minimize_with(rosen, &[0.5, 0.5], o).is_err(),
            "{}",
            m.name()
        );
        // wrong length
        let o = MinimizeOptions::default()
            .method(m.clone())
            .bounds(Bounds::uniform(3, 0.0, 1.0));
        assert!(minimize_with(rosen, &[0.5, 0.5], o).is_err());
        // No method here accepts general constraints (SciPy warns and ignores; we refuse).
        let o = MinimizeOptions::default()
            .method(m.clone())
            .constraint(NonlinearConstraint::ineq(1, |x: &[f64], c: &mut [f64]| {
                c[0] = x[0]
            }));
        assert!(matches!(
            minimize_with(rosen, &[0.5, 0.5], o),
            Err(Error::InvalidArgument { .. })
        ));
    }
    for m in [
        Method::Cg(CgOptions::default()),
        Method::Bfgs(BfgsOptions::default()),
    ] {
        let o = MinimizeOptions::default()
            .method(m)
            .bounds(Bounds::uniform(2, 0.0, 1.0));
        assert!(matches!(
            minimize_with(rosen, &[0.5, 0.5], o),
            Err(Error::InvalidArgument { .. })
        ));
    }
}

#[test]
fn x0_outside_bounds_is_clipped_by_nelder_mead_and_kept_by_powell() {
    let b = Bounds::new(vec![0.0, 0.0], vec![0.9, 2.0]);
    let o = MinimizeOptions::default()
        .method(Method::NelderMead(NelderMeadOptions::default()))
        .bounds(b.clone());
    let r = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
    assert!(r.success && r.x[0] <= 0.9 && r.x[0] >= 0.0);
    // SciPy's Powell only warns; its line searches then stay within the reachable segment.
    let o = MinimizeOptions::default()
        .method(Method::Powell(PowellOptions::default()))
        .bounds(b);
    let r = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
    assert!(r.x.iter().all(|v| v.is_finite()));
}

#[test]
fn callback_stops_every_method() {
    for m in methods() {
        let mut seen = 0;
        let o = MinimizeOptions::default()
            .method(m.clone())
            .callback(|s: &IntermediateResult| {
                seen += 1;
                assert!(s.nit > 0);
                if seen == 3 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            });
        let r = minimize_with(rosen, &[-1.2, 1.0], o).unwrap();
        assert!(!r.success, "{}", m.name());
        assert_eq!(r.status, 99);
        assert_eq!(r.message, sci_core::callback::STOPPED_BY_CALLBACK);
        drop(r);
    }
}

#[test]
fn limits_give_scipy_messages() {
    let run = |m: Method| {
        minimize_with(rosen, &[-1.2, 1.0], MinimizeOptions::default().method(m)).unwrap()
    };
    let r = run(Method::Bfgs(BfgsOptions::default().maxiter(3)));
    assert_eq!((r.status, r.success, r.nit), (1, false, 3));
    assert_eq!(r.message, "Maximum number of iterations has been exceeded.");
    let r = run(Method::Cg(CgOptions::default().maxiter(3)));
    assert_eq!(
        (r.status, r.message.as_str()),
        (1, "Maximum number of iterations has been exceeded.")
    );
    let r = run(Method::NelderMead(NelderMeadOptions::default().maxfev(30)));
    assert_eq!((r.status, r.nfev), (1, 30));
    assert_eq!(
        r.message,
        "Maximum number of function evaluations has been exceeded."
    );
    let r = run(Method::NelderMead(NelderMeadOptions::default().maxiter(10)));
    assert_eq!((r.status, r.nit), (2, 10));
    let r = run(Method::Powell(PowellOptions::default().maxiter(2)));
    assert_eq!((r.status, r.nit), (2, 2));
    let r = run(Method::Powell(PowellOptions::default().maxfev(40)));
    assert_eq!((r.status, r.nfev), (1, 40));
}

#[test]
fn invalid_wolfe_constants_are_errors() {
    let o = MinimizeOptions::default().method(Method::Bfgs(BfgsOptions::default().c1(0.95)));
    assert!(matches!(
        minimize_with(rosen, &[0.0, 0.0], o),
        Err(Error::InvalidArgument { .. })
    ));
    let o = MinimizeOptions::default().method(Method::Cg(CgOptions::default().c2(1.5)));
    assert!(matches!(
        minimize_with(rosen, &[0.0, 0.0], o),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn default_method_is_bfgs_and_tol_maps_to_gtol() {
    let r = minimize(rosen, &[-1.2, 1.0]).unwrap();
    let b = minimize_with(
        rosen,
        &[-1.2, 1.0],
        MinimizeOptions::default().method(Method::Bfgs(BfgsOptions::default())),
    )
    .unwrap();
    assert_eq!((r.nit, r.nfev), (b.nit, b.nfev));
    let loose = minimize_with(
        rosen,
        &[-1.2, 1.0],
        MinimizeOptions::default()
            .jac(Gradient::provided(rosen_der))
            .tol(1e-2),
    )
    .unwrap();
    assert!(loose.nit < b.nit && loose.success);
}

#[test]
fn value_and_gradient_objective_matches_separate_gradient() {
    // SciPy's jac=True: one call returns f and writes ∇f; counts nfev = njev.
    let fg = |x: &[f64], g: &mut [f64]| {
        rosen_der(x, g);
        rosen(x)
    };
    for m in [
        Method::Bfgs(BfgsOptions::default()),
        Method::Cg(CgOptions::default()),
    ] {
        let a = minimize_with(
            rosen,
            &[-1.2, 1.0],
            MinimizeOptions::default()
                .method(m.clone())
                .jac(Gradient::WithValue(Box::new(fg))),
        )
        .unwrap();
        let b = minimize_with(
            rosen,
            &[-1.2, 1.0],
            MinimizeOptions::default()
                .method(m)
                .jac(Gradient::provided(rosen_der)),
        )
        .unwrap();
        assert_eq!((a.nit, a.x.to_vec()), (b.nit, b.x.to_vec()));
        assert_eq!(a.nfev, a.njev);
    }
}

#[test]
fn legacy_callbacks_stop_the_run() {
    use sci_optimize::{
        FminBfgsOptions, FminCgOptions, FminPowellOptions, fmin_bfgs_with, fmin_cg_with,
        fmin_powell_with,
    };
    let stop = |s: &IntermediateResult| {
        if s.nit >= 2 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    };
    let x0 = [-1.2, 1.0];
    let o = fmin_bfgs_with(rosen, &x0, FminBfgsOptions::default().callback(stop)).unwrap();
    assert_eq!(o.warnflag, 99);
    let o = fmin_cg_with(rosen, &x0, FminCgOptions::default().callback(stop)).unwrap();
    assert_eq!(o.warnflag, 99);
    let o = fmin_powell_with(rosen, &x0, FminPowellOptions::default().callback(stop)).unwrap();
    assert_eq!((o.warnflag, o.iter), (99, 2));
    let o = fmin_with(rosen, &x0, FminOptions::default().callback(stop)).unwrap();
    assert_eq!((o.warnflag, o.iter), (99, 2));
}
