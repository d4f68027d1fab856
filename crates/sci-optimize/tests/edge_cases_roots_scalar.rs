//! Error paths and limits of the scalar root finders, each as SciPy 1.17 behaves: a bracket
//! without a sign change, NaN from `f`, `maxiter` reached with and without `disp`, invalid
//! tolerances, roots at the bracket's ends, zero derivatives, empty and failing arrays.

use sci_core::Error;
use sci_optimize::{
    BracketRootOptions, FixedPointMethod, FixedPointOptions, NewtonArrayOptions, NewtonOptions,
    RootScalarOptions, ScalarRootMethod, bisect, bisect_with, brenth, brentq, brentq_with,
    fixed_point, fixed_point_with, newton, newton_array, newton_array_with, newton_with, ridder,
    ridder_with, root_scalar, toms748, toms748_with,
};

type Solver = fn(
    fn(f64) -> f64,
    f64,
    f64,
    &BracketRootOptions,
) -> sci_core::Result<sci_optimize::RootResults>;

fn solvers() -> [(&'static str, Solver); 5] {
    [
        ("bisect", |f, a, b, o| bisect_with(f, a, b, o)),
        ("brentq", |f, a, b, o| brentq_with(f, a, b, o)),
        ("brenth", |f, a, b, o| sci_optimize::brenth_with(f, a, b, o)),
        ("ridder", |f, a, b, o| ridder_with(f, a, b, o)),
        ("toms748", |f, a, b, o| toms748_with(f, a, b, o)),
    ]
}

#[test]
fn no_sign_change_is_an_error() {
    let f = |x: f64| x * x + 1.0;
    for (name, s) in solvers() {
        let e = s(f, -1.0, 2.0, &BracketRootOptions::default()).unwrap_err();
        assert!(matches!(e, Error::InvalidArgument { .. }), "{name}: {e}");
        assert!(e.to_string().contains("different signs"), "{name}: {e}");
    }
    assert!(
        bisect(f, 0.0, 1.0).is_err()
            && brentq(f, 0.0, 1.0).is_err()
            && brenth(f, 0.0, 1.0).is_err()
    );
    assert!(ridder(f, 0.0, 1.0).is_err() && toms748(f, 0.0, 1.0).is_err());
}

#[test]
fn nan_from_f_is_an_error() {
    // NaN at the midpoint of [0, 2] (SciPy raises ValueError).
    let f = |x: f64| {
        if (x - 1.0).abs() < 0.3 {
            f64::NAN
        } else {
            x - 1.2
        }
    };
    for (name, s) in solvers() {
        let e = s(f, 0.0, 2.0, &BracketRootOptions::default()).unwrap_err();
        assert!(matches!(e, Error::NonFinite { .. }), "{name}: {e}");
    }
    // root_scalar reports it as an unconverged result instead (SciPy's behaviour).
    let r = root_scalar(f, RootScalarOptions::default().bracket(0.0, 2.0)).unwrap();
    assert!(!r.converged && r.flag.contains("NaN"), "{}", r.flag);
    assert!(r.function_calls >= 3 && (r.root - 1.0).abs() < 0.3, "{r:?}");
}

#[test]
fn maxiter_reached() {
    let f = |x: f64| x.powi(3) - 2.0 * x - 5.0;
    for (name, s) in solvers() {
        let o = BracketRootOptions::default().maxiter(2);
        let e = s(f, 2.0, 3.0, &o).unwrap_err();
        assert!(matches!(e, Error::DidNotConverge { .. }), "{name}: {e}");
        let r = s(f, 2.0, 3.0, &o.disp(false)).unwrap();
        assert!(
            !r.converged && r.flag == "convergence error" && r.iterations == 2,
            "{name}: {r:?}"
        );
    }
}

#[test]
fn invalid_tolerances() {
    let f = |x: f64| x - 0.5;
    for (name, s) in solvers() {
        assert!(
            s(f, 0.0, 1.0, &BracketRootOptions::default().xtol(0.0)).is_err(),
            "{name}"
        );
        assert!(
            s(f, 0.0, 1.0, &BracketRootOptions::default().xtol(f64::NAN)).is_err(),
            "{name}"
        );
        assert!(
            s(f, 0.0, 1.0, &BracketRootOptions::default().rtol(1e-20)).is_err(),
            "{name}"
        );
    }
    // toms748 accepts rtol down to ε, refuses an empty interval, k = 0 and infinite ends.
    assert!(
        toms748_with(
            f,
            0.0,
            1.0,
            &BracketRootOptions::default().rtol(f64::EPSILON)
        )
        .is_ok()
    );
    assert!(toms748_with(f, 1.0, 0.0, &BracketRootOptions::default()).is_err());
    assert!(toms748_with(f, 0.0, 1.0, &BracketRootOptions::default().k(0)).is_err());
    assert!(toms748_with(f, 0.0, f64::INFINITY, &BracketRootOptions::default()).is_err());
    assert!(toms748_with(f, 0.0, 1.0, &BracketRootOptions::default().maxiter(0)).is_err());
}

#[test]
fn root_at_an_end_of_the_bracket() {
    let f = |x: f64| x - 1.0;
    for (name, s) in solvers() {
        let r = s(f, 1.0, 3.0, &BracketRootOptions::default()).unwrap();
        assert!(
            r.converged && r.root == 1.0 && r.iterations == 0,
            "{name}: {r:?}"
        );
        let r = s(f, -1.0, 1.0, &BracketRootOptions::default()).unwrap();
        assert!(
            r.converged && r.root == 1.0 && r.function_calls == 2,
            "{name}: {r:?}"
        );
    }
}

#[test]
fn newton_failures() {
    // Zero derivative at the start.
    let f = |x: f64| x * x - 1.0;
    let e = newton_with(f, 0.0, NewtonOptions::default().fprime(|x| 2.0 * x)).unwrap_err();
    assert!(
        matches!(e, Error::DidNotConverge { ref detail, .. } if detail.contains("Derivative was zero")),
        "{e}"
    );
    let r = newton_with(
        f,
        0.0,
        NewtonOptions::default().fprime(|x| 2.0 * x).disp(false),
    )
    .unwrap();
    assert!(!r.converged && r.iterations == 1 && r.function_calls == 2);
    // Not converging within maxiter.
    assert!(newton_with(f, 3.0, NewtonOptions::default().maxiter(2)).is_err());
    let r = newton_with(f, 3.0, NewtonOptions::default().maxiter(2).disp(false)).unwrap();
    assert!(!r.converged && r.iterations == 2 && r.flag == "convergence error");
    // A flat secant (constant function).
    assert!(newton(|_| 1.0, 1.0).is_err());
    // Invalid arguments.
    assert!(newton_with(f, 3.0, NewtonOptions::default().tol(0.0)).is_err());
    assert!(newton_with(f, 3.0, NewtonOptions::default().maxiter(0)).is_err());
    assert!(newton_with(f, 3.0, NewtonOptions::default().x1(3.0)).is_err());
    // NaN makes the step test fail until maxiter: an error, never a hang.
    assert!(newton(|_| f64::NAN, 1.0).is_err());
}

#[test]
fn newton_array_edges() {
    let sq = |x: &[f64], o: &mut [f64]| {
        for (oi, v) in o.iter_mut().zip(x) {
            *oi = v * v - 4.0;
        }
    };
    let e = newton_array(sq, &[] as &[f64]).unwrap_err();
    assert!(matches!(e, Error::EmptyInput { .. }));
    // One element with a zero derivative: flagged, the others converge.
    let r = newton_array_with(
        sq,
        &[0.0, 3.0],
        NewtonArrayOptions::default().fprime(|x: &[f64], o: &mut [f64]| {
            for (oi, v) in o.iter_mut().zip(x) {
                *oi = 2.0 * v;
            }
        }),
    )
    .unwrap();
    assert_eq!(r.zero_der.to_vec(), vec![true, false]);
    assert_eq!(r.converged.to_vec(), vec![false, true]);
    assert!((r.root[1] - 2.0).abs() < 1e-10);
    // Every element failing is an error.
    let e =
        newton_array_with(sq, &[30.0, 40.0], NewtonArrayOptions::default().maxiter(1)).unwrap_err();
    assert!(matches!(e, Error::DidNotConverge { .. }), "{e}");
}

#[test]
fn fixed_point_edges() {
    let id_plus_one = |x: &[f64], o: &mut [f64]| o[0] = x[0] + 1.0;
    assert!(matches!(
        fixed_point(id_plus_one, &[1.0]).unwrap_err(),
        Error::DidNotConverge { .. }
    ));
    let e = fixed_point_with(
        id_plus_one,
        &[1.0],
        &FixedPointOptions::default()
            .method(FixedPointMethod::Iteration)
            .maxiter(10),
    )
    .unwrap_err();
    assert!(e.to_string().contains("10"), "{e}");
    assert!(matches!(
        fixed_point(id_plus_one, &[] as &[f64]).unwrap_err(),
        Error::EmptyInput { .. }
    ));
    assert!(matches!(
        fixed_point(id_plus_one, &[f64::NAN]).unwrap_err(),
        Error::NonFinite { .. }
    ));
}

#[test]
fn root_scalar_edges() {
    let f = |x: f64| x - 1.0;
    assert!(root_scalar(f, RootScalarOptions::default()).is_err());
    assert!(
        root_scalar(
            f,
            RootScalarOptions::default()
                .method(ScalarRootMethod::Brentq)
                .x0(1.0)
        )
        .is_err()
    );
    assert!(
        root_scalar(
            f,
            RootScalarOptions::default()
                .method(ScalarRootMethod::Halley)
                .x0(0.0)
                .fprime(|_| 1.0)
        )
        .is_err()
    );
    // Non-convergence is a flag, never an error, in root_scalar.
    let r = root_scalar(
        |x: f64| x.powi(3) - 2.0,
        RootScalarOptions::default().bracket(0.0, 2.0).maxiter(1),
    )
    .unwrap();
    assert!(!r.converged && r.flag == "convergence error");
    // A bracket without a sign change is still an error (SciPy raises).
    assert!(
        root_scalar(
            |x: f64| x * x + 1.0,
            RootScalarOptions::default().bracket(0.0, 2.0)
        )
        .is_err()
    );
}
