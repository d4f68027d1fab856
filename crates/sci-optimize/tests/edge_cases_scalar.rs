//! Edge cases of `minimize_scalar`, `bracket`, `brent`, `golden`, `fminbound`: no bracket
//! found (SciPy's `BracketError` recovered or raised), NaN objectives, invalid brackets and
//! bounds, options that do not fit the method, iteration limits.

use sci_core::Error;
use sci_optimize::{
    BracketOptions, BrentOptions, FminboundOptions, GoldenOptions, MinimizeScalarOptions,
    ScalarMethod, bracket_with, brent_with, fminbound, fminbound_with, golden_with,
    minimize_scalar, minimize_scalar_with,
};

#[test]
fn no_bracket_is_a_flag_in_minimize_scalar_and_an_error_elsewhere() {
    // A constant: SciPy returns success=False with BracketError's message, nfev 3.
    let r = minimize_scalar(|_| 1.0).unwrap();
    assert!(!r.success);
    assert_eq!((r.status, r.nfev, r.nit, r.x, r.fun), (3, 3, 0, 0.0, 1.0));
    assert!(
        r.message
            .starts_with("The algorithm terminated without finding a valid bracket")
    );
    let r = minimize_scalar_with(
        |_| 1.0,
        &MinimizeScalarOptions::default().method(ScalarMethod::Golden),
    )
    .unwrap();
    assert_eq!(r.status, 3);
    assert!(matches!(
        brent_with(|_| 1.0, &BrentOptions::default()),
        Err(Error::DidNotConverge { .. })
    ));
    assert!(matches!(
        golden_with(|_| 1.0, &GoldenOptions::default()),
        Err(Error::DidNotConverge { .. })
    ));
    // Unbounded below: the expansion runs out of iterations (SciPy's RuntimeError).
    let e = bracket_with(|x| -x, 0.0, 1.0, &BracketOptions::default());
    assert!(matches!(e, Err(Error::DidNotConverge { .. })));
    assert!(bracket_with(|x| x, f64::NAN, 1.0, &BracketOptions::default()).is_err());
}

#[test]
fn nan_objectives() {
    // SciPy: Brent recovers from the bracket error with x = fun = NaN; Bounded flags NaN.
    let r = minimize_scalar(|_| f64::NAN).unwrap();
    assert!(!r.success && r.x.is_nan() && r.fun.is_nan() && r.nfev == 3);
    let r = minimize_scalar_with(
        |_| f64::NAN,
        &MinimizeScalarOptions::default().bounds(0.0, 1.0),
    )
    .unwrap();
    assert_eq!((r.status, r.success, r.nfev), (2, false, 25));
    assert_eq!(r.message, "NaN result encountered.");
    assert!((r.x - 0.3819660112501051).abs() < 1e-15);
}

#[test]
fn invalid_brackets_and_bounds() {
    let f = |x: f64| (x - 1.0).powi(2);
    let bad = |b: Vec<f64>| minimize_scalar_with(f, &MinimizeScalarOptions::default().bracket(b));
    assert!(matches!(bad(vec![0.0]), Err(Error::InvalidArgument { .. })));
    assert!(matches!(
        bad(vec![0.0, 1.0, 2.0, 3.0]),
        Err(Error::InvalidArgument { .. })
    ));
    // Not ordered, and not bracketing a minimum.
    assert!(matches!(
        bad(vec![0.0, 3.0, 2.0]),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        bad(vec![2.0, 3.0, 4.0]),
        Err(Error::InvalidArgument { .. })
    ));
    // A reversed but valid bracket is accepted (SciPy swaps the ends).
    assert!(bad(vec![3.0, 1.5, -1.0]).unwrap().success);
    // Bounds with Brent/Golden, none with Bounded, reversed or infinite bounds.
    let o = MinimizeScalarOptions::default()
        .method(ScalarMethod::Brent)
        .bounds(0.0, 1.0);
    assert!(matches!(
        minimize_scalar_with(f, &o),
        Err(Error::InvalidArgument { .. })
    ));
    let o = MinimizeScalarOptions::default().method(ScalarMethod::Bounded);
    assert!(matches!(
        minimize_scalar_with(f, &o),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        fminbound(f, 2.0, 1.0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        fminbound(f, 0.0, f64::INFINITY),
        Err(Error::InvalidArgument { .. })
    ));
    let o = MinimizeScalarOptions::default().xtol(-1.0);
    assert!(matches!(
        minimize_scalar_with(f, &o),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn iteration_limits() {
    let f = |x: f64| x * x + 10.0 * x.sin();
    let r = minimize_scalar_with(f, &MinimizeScalarOptions::default().maxiter(3)).unwrap();
    assert_eq!((r.success, r.status, r.nit), (false, 1, 3));
    assert_eq!(r.message, "\nMaximum number of iterations exceeded");
    let o = fminbound_with(f, 0.0, 10.0, &FminboundOptions::default().maxfun(4)).unwrap();
    assert_eq!((o.ierr, o.numfunc), (1, 4));
    // A degenerate interval is fine.
    let o = fminbound_with(f, 2.0, 2.0, &FminboundOptions::default()).unwrap();
    assert_eq!(o.xopt, 2.0);
}
