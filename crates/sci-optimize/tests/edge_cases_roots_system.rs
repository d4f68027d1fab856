//! Error paths and limits of `root`, `fsolve` and the nonlin functions, each as SciPy 1.17
//! behaves: empty or non-finite `x0`, NaN from the system, `maxfev`/`maxiter` reached with
//! SciPy's messages, improper parameters, a callback stopping the run, and options the
//! crate refuses rather than ignores.

use std::ops::ControlFlow;

use sci_core::Error;
use sci_core::ndarray::ArrayViewMut2;
use sci_optimize::{
    DfSaneOptions, FsolveOptions, HybrOptions, NonlinLineSearch, NonlinOptions, RootMethod,
    RootOptions, broyden1, broyden1_with, fsolve, fsolve_with, root, root_with,
};

fn rosen(x: &[f64], f: &mut [f64]) {
    f[0] = 10.0 * (x[1] - x[0] * x[0]);
    f[1] = 1.0 - x[0];
}

fn nonlin_methods() -> Vec<RootMethod> {
    let o = NonlinOptions::default;
    vec![
        RootMethod::Broyden1(o()),
        RootMethod::Broyden2(o()),
        RootMethod::Anderson(o()),
        RootMethod::LinearMixing(o()),
        RootMethod::DiagBroyden(o()),
        RootMethod::ExcitingMixing(o()),
    ]
}

#[test]
fn empty_and_non_finite_x0() {
    let empty: &[f64] = &[];
    assert!(matches!(
        root(rosen, empty).unwrap_err(),
        Error::EmptyInput { .. }
    ));
    assert!(matches!(
        fsolve(rosen, empty).unwrap_err(),
        Error::EmptyInput { .. }
    ));
    assert!(matches!(
        broyden1(rosen, empty).unwrap_err(),
        Error::EmptyInput { .. }
    ));
    assert!(matches!(
        root(rosen, &[f64::NAN, 1.0]).unwrap_err(),
        Error::NonFinite { .. }
    ));
    assert!(matches!(
        fsolve(rosen, &[1.0, f64::INFINITY]).unwrap_err(),
        Error::NonFinite { .. }
    ));
}

#[test]
fn nan_from_the_system() {
    let nan = |_: &[f64], f: &mut [f64]| f.fill(f64::NAN);
    // hybr: every step fails, MINPACK stops after ten (SciPy: status 5 with 17 calls, two of
    // them its shape checks).
    let r = root(nan, &[1.0, 2.0]).unwrap();
    assert_eq!(
        (r.status, r.success, r.nfev + 2),
        (5, false, 17),
        "{}",
        r.message
    );
    assert_eq!(r.x.to_vec(), vec![1.0, 2.0]);
    // The nonlin family raises on a non-finite residual.
    for m in nonlin_methods() {
        let e = root_with(nan, &[1.0, 2.0], RootOptions::default().method(m.clone())).unwrap_err();
        assert!(matches!(e, Error::NonFinite { .. }), "{}: {e}", m.name());
    }
    // df-sane never accepts a step and stops at maxfev.
    let r = root_with(
        nan,
        &[1.0, 2.0],
        RootOptions::default().method(RootMethod::DfSane(DfSaneOptions::default())),
    )
    .unwrap();
    assert!(!r.success && r.nfev == 1000 && r.nit == 0);
    assert_eq!(r.message, "too many function evaluations required");
}

#[test]
fn maxfev_and_maxiter_reached() {
    let r = root_with(
        rosen,
        &[-1.2, 1.0],
        RootOptions::default().method(RootMethod::Hybr(HybrOptions::default().maxfev(5))),
    )
    .unwrap();
    assert_eq!(r.status, 2);
    assert_eq!(r.nfev + 2, 7);
    assert_eq!(
        r.message,
        "The number of calls to function has reached maxfev = 5."
    );
    let r = root_with(
        rosen,
        &[-1.2, 1.0],
        RootOptions::default().method(RootMethod::Broyden1(
            NonlinOptions::default().maxiter(Some(3)),
        )),
    )
    .unwrap();
    assert_eq!((r.status, r.success, r.nit, r.nfev), (2, false, 3, 15));
    assert_eq!(
        r.message,
        "The maximum number of iterations allowed has been reached."
    );
    // The public function raises (SciPy's NoConvergence).
    let e = broyden1_with(
        rosen,
        &[-1.2, 1.0],
        &NonlinOptions::default().maxiter(Some(3)),
    )
    .unwrap_err();
    assert!(matches!(e, Error::DidNotConverge { .. }));
    // fsolve returns its last iterate with ier = 5 (SciPy warns).
    let out = fsolve_with(rosen, &[-1.2, 1.0], FsolveOptions::default().maxfev(5)).unwrap();
    assert_eq!(out.ier, 2);
}

#[test]
fn improper_parameters() {
    // root: MINPACK's info 0 (SciPy returns it); fsolve: SciPy raises.
    let r = root_with(
        rosen,
        &[-1.2, 1.0],
        RootOptions::default().method(RootMethod::Hybr(HybrOptions::default().factor(-1.0))),
    )
    .unwrap();
    assert_eq!((r.status, r.success), (0, false));
    assert_eq!(r.message, "Improper input parameters were entered.");
    assert!(matches!(
        fsolve_with(rosen, &[-1.2, 1.0], FsolveOptions::default().factor(0.0)).unwrap_err(),
        Error::InvalidArgument { .. }
    ));
    assert!(matches!(
        fsolve_with(
            rosen,
            &[-1.2, 1.0],
            FsolveOptions::default().diag(Some(vec![1.0]))
        )
        .unwrap_err(),
        Error::ShapeMismatch { .. }
    ));
    assert!(
        fsolve_with(
            rosen,
            &[-1.2, 1.0],
            FsolveOptions::default().diag(Some(vec![1.0, -1.0]))
        )
        .is_err()
    );
    // The Wolfe line search is not implemented: refused, not silently replaced.
    let m =
        RootMethod::Broyden1(NonlinOptions::default().line_search(Some(NonlinLineSearch::Wolfe)));
    assert!(matches!(
        root_with(rosen, &[-1.2, 1.0], RootOptions::default().method(m)).unwrap_err(),
        Error::Unsupported { .. }
    ));
}

#[test]
fn callback_stops_the_run() {
    let extra = [
        RootMethod::DfSane(DfSaneOptions::default()),
        RootMethod::Hybr(HybrOptions::default()),
    ];
    for m in nonlin_methods().into_iter().chain(extra) {
        let mut seen = 0;
        let r = root_with(
            rosen,
            &[-1.2, 1.0],
            RootOptions::default().method(m.clone()).callback(|s| {
                seen += 1;
                assert_eq!(s.x.len(), 2);
                if seen == 2 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            }),
        )
        .unwrap();
        assert_eq!((r.success, r.status), (false, 99), "{}", m.name());
        assert_eq!(r.message, sci_core::callback::STOPPED_BY_CALLBACK);
    }
}

#[test]
fn col_deriv_and_band_give_the_same_root() {
    let jac = |x: &[f64], mut j: ArrayViewMut2<'_, f64>| {
        j[[0, 0]] = -20.0 * x[0];
        j[[0, 1]] = 10.0;
        j[[1, 0]] = -1.0;
        j[[1, 1]] = 0.0;
    };
    let jac_t = |x: &[f64], mut j: ArrayViewMut2<'_, f64>| {
        j[[0, 0]] = -20.0 * x[0];
        j[[1, 0]] = 10.0;
        j[[0, 1]] = -1.0;
        j[[1, 1]] = 0.0;
    };
    let a = root_with(rosen, &[-1.2, 1.0], RootOptions::default().jac(jac)).unwrap();
    let b = root_with(
        rosen,
        &[-1.2, 1.0],
        RootOptions::default()
            .jac(jac_t)
            .method(RootMethod::Hybr(HybrOptions::default().col_deriv(true))),
    )
    .unwrap();
    assert_eq!(a.x, b.x);
    assert_eq!((a.nfev, a.njev), (b.nfev, b.njev));
    assert!((a.x[0] - 1.0).abs() < 1e-10 && (a.x[1] - 1.0).abs() < 1e-10);
}
