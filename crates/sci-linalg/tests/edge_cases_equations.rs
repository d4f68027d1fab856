//! Edge cases of the matrix equations: empty and 1×1 input (closed-form values to 1e-14),
//! non-square and mismatched shapes, NaN (`NonFinite`, or passed through with
//! `check_finite(false)`), singular and nearly singular operators (`SingularMatrix`,
//! `IllConditioned`, or LAPACK's perturbed solution with `accept_ill_conditioned`), and the
//! Riccati solvers' `ValueError`s (non-Hermitian `q`/`r`, singular `r`/`e`) and `LinAlgError`s
//! (no stabilizing solution).

use sci_core::Error;
use sci_core::ndarray::{Array2, array};
use sci_linalg::*;

fn eye(n: usize) -> Array2<f64> {
    Array2::eye(n)
}

fn is_square_error<T: std::fmt::Debug>(r: sci_core::Result<T>) -> bool {
    matches!(r, Err(Error::ShapeMismatch { ref context, .. }) if context.contains("expected square matrix"))
}

#[test]
fn sylvester_shapes_and_values() {
    assert!(is_square_error(solve_sylvester(
        &Array2::<f64>::ones((2, 3)),
        &eye(3),
        &Array2::<f64>::ones((2, 3))
    )));
    assert!(is_square_error(solve_sylvester(
        &eye(2),
        &Array2::<f64>::ones((2, 3)),
        &Array2::<f64>::ones((2, 3))
    )));
    assert!(matches!(
        solve_sylvester(&eye(2), &eye(3), &Array2::<f64>::ones((3, 2))),
        Err(Error::ShapeMismatch { .. })
    ));
    let x = solve_sylvester(&array![[2.0_f64]], &array![[3.0_f64]], &array![[5.0_f64]]).unwrap();
    assert!((x[[0, 0]] - 1.0).abs() < 1e-15);
    // Empty: SciPy returns an empty array of q's shape.
    let x = solve_sylvester(
        &Array2::<f64>::zeros((0, 0)),
        &eye(2),
        &Array2::<f64>::zeros((0, 2)),
    )
    .unwrap();
    assert_eq!(x.dim(), (0, 2));
    let x = solve_sylvester(
        &Array2::<f64>::zeros((0, 0)),
        &Array2::<f64>::zeros((0, 0)),
        &Array2::<f64>::zeros((0, 0)),
    )
    .unwrap();
    assert_eq!(x.dim(), (0, 0));
}

#[test]
fn sylvester_non_finite() {
    let q = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    assert!(matches!(
        solve_sylvester(&eye(2), &eye(2), &q),
        Err(Error::NonFinite { .. })
    ));
    let lenient = SylvesterOptions::default().check_finite(false);
    let x = solve_sylvester_with(&eye(2), &eye(2), &q, &lenient).unwrap();
    assert!(x.iter().any(|v| v.is_nan()));
    // Unchecked NaN in a coefficient: an error or a NaN result, never a panic.
    if let Ok(x) = solve_sylvester_with(&q, &eye(2), &eye(2), &lenient) {
        assert!(x.iter().any(|v| v.is_nan()));
    }
    let o = AreOptions::default().check_finite(false);
    let nan = array![[f64::NAN]];
    let one = array![[1.0_f64]];
    let _ = solve_continuous_are_with(&nan, &one, &one, &one, &o);
    let _ = solve_discrete_are_with(&nan, &one, &one, &one, &o);
    let _ = solve_discrete_are_with(&one, &nan, &one, &one, &o);
}

#[test]
fn sylvester_singular_and_ill_conditioned() {
    let q = array![[1.0_f64, 2.0], [3.0, 4.0]];
    assert!(matches!(
        solve_sylvester(&eye(2), &(-eye(2)), &q),
        Err(Error::SingularMatrix { .. })
    ));
    // λ(A) + μ(B) = 1e-17: numerically singular.
    let b = array![[-1.0_f64 + 1e-17]];
    let a = array![[1.0_f64]];
    let nearly = solve_sylvester(
        &array![[1.0_f64, 0.0], [0.0, 3.0]],
        &array![[-1.0 + 1e-17]],
        &array![[1.0_f64], [1.0]],
    );
    assert!(matches!(
        nearly,
        Err(Error::IllConditioned { .. }) | Err(Error::SingularMatrix { .. })
    ));
    // With accept_ill_conditioned, LAPACK's perturbed solution: q / (ε max).
    let lenient = SylvesterOptions::default().accept_ill_conditioned(true);
    let x = solve_sylvester_with(&eye(2), &(-eye(2)), &q, &lenient).unwrap();
    assert!(x.iter().all(|v| v.is_finite() && v.abs() > 1e15));
    let x = solve_sylvester_with(&a, &b, &array![[0.0_f64]], &lenient).unwrap();
    assert_eq!(x[[0, 0]], 0.0);
}

#[test]
fn lyapunov_edges() {
    assert!(is_square_error(solve_continuous_lyapunov(
        &Array2::<f64>::ones((2, 3)),
        &eye(2)
    )));
    assert!(matches!(
        solve_continuous_lyapunov(&eye(2), &eye(3)),
        Err(Error::ShapeMismatch { .. })
    ));
    let x = solve_lyapunov(&Array2::<f64>::zeros((0, 0)), &Array2::<f64>::zeros((0, 0))).unwrap();
    assert_eq!(x.dim(), (0, 0));
    let x = solve_continuous_lyapunov(&array![[-2.0_f64]], &array![[3.0_f64]]).unwrap();
    assert!((x[[0, 0]] + 0.75).abs() < 1e-15);
    // Eigenvalues 1 and −1 sum to zero; SciPy warns (RuntimeWarning) and perturbs.
    let a = array![[1.0_f64, 0.0], [0.0, -1.0]];
    assert!(matches!(
        solve_continuous_lyapunov(&a, &eye(2)),
        Err(Error::SingularMatrix { .. })
    ));
    let lenient = SylvesterOptions::default().accept_ill_conditioned(true);
    let x = solve_continuous_lyapunov_with(&a, &eye(2), &lenient).unwrap();
    assert_eq!(x, array![[0.5, 0.0], [0.0, -0.5]]);
    assert!(matches!(
        solve_continuous_lyapunov(&array![[f64::INFINITY]], &array![[1.0]]),
        Err(Error::NonFinite { .. })
    ));
}

#[test]
fn discrete_lyapunov_edges() {
    assert!(is_square_error(solve_discrete_lyapunov(
        &Array2::<f64>::ones((2, 3)),
        &eye(2)
    )));
    assert!(matches!(
        solve_discrete_lyapunov(&eye(2), &eye(3)),
        Err(Error::ShapeMismatch { .. })
    ));
    for method in [
        DiscreteLyapunovMethod::Direct,
        DiscreteLyapunovMethod::Bilinear,
    ] {
        let o = DiscreteLyapunovOptions::default().method(method);
        let x = solve_discrete_lyapunov_with(
            &Array2::<f64>::zeros((0, 0)),
            &Array2::<f64>::zeros((0, 0)),
            &o,
        )
        .unwrap();
        assert_eq!(x.dim(), (0, 0));
        // x = q / (1 − a²).
        let x = solve_discrete_lyapunov_with(&array![[0.5_f64]], &array![[3.0_f64]], &o).unwrap();
        assert!((x[[0, 0]] - 4.0).abs() < 1e-14, "{method:?}");
    }
    // A = I: λ λ̄ = 1, the Kronecker system is singular (SciPy: LinAlgError).
    assert!(matches!(
        solve_discrete_lyapunov(&eye(2), &eye(2)),
        Err(Error::SingularMatrix { .. })
    ));
    // A = −I of order 12 (bilinear by default): A + I is singular.
    assert!(matches!(
        solve_discrete_lyapunov(&(-eye(12)), &eye(12)),
        Err(Error::SingularMatrix { .. })
    ));
    // Default method switches at n = 10; both give the same solution.
    let a = Array2::from_shape_fn((10, 10), |(i, j)| {
        if i == j {
            0.5
        } else {
            0.01 * (i as f64 - j as f64)
        }
    });
    let x = solve_discrete_lyapunov(&a, &eye(10)).unwrap();
    let direct = DiscreteLyapunovOptions::default().method(DiscreteLyapunovMethod::Direct);
    let y = solve_discrete_lyapunov_with(&a, &eye(10), &direct).unwrap();
    assert!((&x - &y).iter().all(|v| v.abs() < 1e-12));
}

#[test]
fn riccati_shapes_and_values() {
    let one = array![[1.0_f64]];
    for discrete in [false, true] {
        let solve = |a: &Array2<f64>,
                     b: &Array2<f64>,
                     q: &Array2<f64>,
                     r: &Array2<f64>,
                     o: &AreOptions<f64>| {
            if discrete {
                solve_discrete_are_with(a, b, q, r, o)
            } else {
                solve_continuous_are_with(a, b, q, r, o)
            }
        };
        let d = AreOptions::default();
        // Empty state: SciPy fails inside LAPACK.
        assert!(matches!(
            solve(
                &Array2::zeros((0, 0)),
                &Array2::zeros((0, 1)),
                &Array2::zeros((0, 0)),
                &one,
                &d
            ),
            Err(Error::EmptyInput { .. })
        ));
        assert!(is_square_error(solve(
            &Array2::ones((2, 3)),
            &Array2::ones((2, 1)),
            &eye(2),
            &one,
            &d
        )));
        assert!(matches!(
            solve(&eye(2), &Array2::ones((3, 1)), &eye(2), &one, &d),
            Err(Error::ShapeMismatch { .. })
        ));
        assert!(matches!(
            solve(&eye(2), &Array2::ones((2, 1)), &eye(3), &one, &d),
            Err(Error::ShapeMismatch { .. })
        ));
        assert!(matches!(
            solve(&eye(2), &Array2::ones((2, 1)), &eye(2), &eye(2), &d),
            Err(Error::ShapeMismatch { .. })
        ));
        // Non-Hermitian q or r.
        let nonsym = array![[1.0, 2.0], [0.0, 1.0]];
        assert!(matches!(
            solve(&eye(2), &eye(2), &nonsym, &eye(2), &d),
            Err(Error::InvalidArgument { ref name, .. }) if name == "q"
        ));
        assert!(matches!(
            solve(&eye(2), &eye(2), &eye(2), &nonsym, &d),
            Err(Error::InvalidArgument { ref name, .. }) if name == "r"
        ));
        // e: shape and singularity; s: shape.
        assert!(matches!(
            solve(
                &eye(2),
                &eye(2),
                &eye(2),
                &eye(2),
                &AreOptions::default().e(&eye(3))
            ),
            Err(Error::ShapeMismatch { .. })
        ));
        assert!(matches!(
            solve(&eye(2), &eye(2), &eye(2), &eye(2), &AreOptions::default().e(&Array2::zeros((2, 2)))),
            Err(Error::InvalidArgument { ref name, .. }) if name == "e"
        ));
        assert!(matches!(
            solve(
                &eye(2),
                &eye(2),
                &eye(2),
                &eye(2),
                &AreOptions::default().s(&Array2::zeros((2, 3)))
            ),
            Err(Error::ShapeMismatch { .. })
        ));
        // NaN.
        assert!(matches!(
            solve(&array![[f64::NAN]], &one, &one, &one, &d),
            Err(Error::NonFinite { .. })
        ));
        // No stabilizing solution: an unstable A that B cannot reach.
        let unstable = if discrete { eye(2) * 2.0 } else { eye(2) };
        assert!(matches!(
            solve(&unstable, &Array2::zeros((2, 1)), &eye(2), &one, &d),
            Err(Error::SingularMatrix { .. })
        ));
    }
    // 1×1: 2·2x − x² + 1 = 0 → x = 2 + √5.
    let x =
        solve_continuous_are(&array![[2.0_f64]], &[[1.0_f64]], &[[1.0_f64]], &[[1.0_f64]]).unwrap();
    assert!((x[[0, 0]] - (2.0 + 5.0_f64.sqrt())).abs() < 1e-14);
    // 1×1 DARE: x = 4x − 4x²/(1 + x) + 1 − x... i.e. x² − 4x − 1 = 0 as well.
    let x =
        solve_discrete_are(&array![[2.0_f64]], &[[1.0_f64]], &[[1.0_f64]], &[[1.0_f64]]).unwrap();
    assert!((x[[0, 0]] - (2.0 + 5.0_f64.sqrt())).abs() < 1e-13);
    // f32 input.
    let x =
        solve_continuous_are(&array![[2.0_f32]], &[[1.0_f32]], &[[1.0_f32]], &[[1.0_f32]]).unwrap();
    assert!((x[[0, 0]] - 4.236_068).abs() < 1e-5);
}

#[test]
fn riccati_special_inputs() {
    // CARE: singular r (SciPy's ValueError), and no inputs (SciPy fails on the empty r).
    assert!(matches!(
        solve_continuous_are(&eye(2), &eye(2), &eye(2), &Array2::zeros((2, 2))),
        Err(Error::InvalidArgument { ref name, .. }) if name == "r"
    ));
    assert!(matches!(
        solve_continuous_are(
            &(-eye(2)),
            &Array2::zeros((2, 0)),
            &eye(2),
            &Array2::zeros((0, 0))
        ),
        Err(Error::EmptyInput { .. })
    ));
    // DARE with no inputs is the Stein equation: x = q / (1 − a²).
    let x = solve_discrete_are(
        &(eye(2) * 0.5),
        &Array2::zeros((2, 0)),
        &eye(2),
        &Array2::zeros((0, 0)),
    )
    .unwrap();
    assert!(
        (&x - &(eye(2) * (4.0 / 3.0)))
            .iter()
            .all(|v| v.abs() < 1e-14)
    );
    // DARE with a singular r (SciPy's documentation example) and a singular a.
    let x = solve_discrete_are(
        &array![[0.0_f64, 1.0], [0.0, 0.0]],
        &array![[0.0_f64], [1.0]],
        &array![[1.0_f64, 0.0], [0.0, 0.0]],
        &array![[0.0_f64]],
    )
    .unwrap();
    // SciPy: the identity.
    assert!((&x - &eye(2)).iter().all(|v| v.abs() < 1e-13), "{x}");
    // An eigenvalue on the unit circle that B cannot move.
    assert!(
        solve_discrete_are(&array![[1.0_f64]], &[[0.0_f64]], &[[1.0_f64]], &[[1.0_f64]]).is_err()
    );
    // A Hamiltonian with eigenvalues on the imaginary axis.
    assert!(
        solve_continuous_are(
            &array![[0.0_f64, 1.0], [-1.0, 0.0]],
            &Array2::zeros((2, 1)),
            &Array2::zeros((2, 2)),
            &array![[1.0_f64]]
        )
        .is_err()
    );
}
