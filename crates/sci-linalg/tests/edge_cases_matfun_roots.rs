//! Edge cases of `sqrtm`, `logm` and `fractional_matrix_power`: empty and 1×1 matrices,
//! non-square input, NaN and infinity, singular matrices (SciPy warns or returns NaN; here the
//! errors), invalid exponents, and the real-or-complex kind of the result.

use sci_core::ndarray::{Array2, array};
use sci_core::{Complex64, Error};
use sci_linalg::{MatrixValue, SqrtmOptions, fractional_matrix_power, logm, sqrtm, sqrtm_with};

fn c(re: f64, im: f64) -> Complex64 {
    Complex64::new(re, im)
}

fn real(v: MatrixValue) -> Array2<f64> {
    match v {
        MatrixValue::Real(x) => x,
        MatrixValue::Complex(x) => panic!("expected a real result, got {x}"),
    }
}

fn complex(v: MatrixValue) -> Array2<Complex64> {
    match v {
        MatrixValue::Complex(x) => x,
        MatrixValue::Real(x) => panic!("expected a complex result, got {x}"),
    }
}

#[test]
fn empty_matrices_give_empty_results_of_the_input_kind() {
    let e = Array2::<f64>::zeros((0, 0));
    assert_eq!(real(sqrtm(&e).unwrap()).dim(), (0, 0));
    assert_eq!(real(logm(&e).unwrap()).dim(), (0, 0));
    assert_eq!(
        real(fractional_matrix_power(&e, 0.5).unwrap()).dim(),
        (0, 0)
    );
    assert_eq!(
        real(fractional_matrix_power(&e, -3.0).unwrap()).dim(),
        (0, 0)
    );
    let z = Array2::<Complex64>::zeros((0, 0));
    assert_eq!(complex(sqrtm(&z).unwrap()).dim(), (0, 0));
    assert_eq!(complex(logm(&z).unwrap()).dim(), (0, 0));
    assert_eq!(
        complex(fractional_matrix_power(&z, 0.5).unwrap()).dim(),
        (0, 0)
    );
}

#[test]
fn one_by_one_matrices_use_the_principal_branch() {
    assert_eq!(real(sqrtm(&array![[4.0_f64]]).unwrap())[[0, 0]], 2.0);
    // SciPy: sqrtm([[-4]]) = [[2j]], logm([[-4]]) = log 4 + iπ, (-4)^0.5 = 2j.
    let r = complex(sqrtm(&array![[-4.0_f64]]).unwrap())[[0, 0]];
    assert!((r - c(0.0, 2.0)).norm() < 1e-15);
    let l = complex(logm(&array![[-4.0_f64]]).unwrap())[[0, 0]];
    assert!((l - c(4f64.ln(), std::f64::consts::PI)).norm() < 1e-15);
    let p = complex(fractional_matrix_power(&array![[-4.0_f64]], 0.5).unwrap())[[0, 0]];
    assert!((p - c(0.0, 2.0)).norm() < 1e-15);
    let p = real(fractional_matrix_power(&array![[4.0_f64]], -0.5).unwrap())[[0, 0]];
    assert!((p - 0.5).abs() < 1e-16);
    // Integer powers keep real input real, whatever the sign.
    assert_eq!(
        real(fractional_matrix_power(&array![[-4.0_f64]], 2.0).unwrap())[[0, 0]],
        16.0
    );
}

#[test]
fn identity_maps_exactly() {
    let i = Array2::<f64>::eye(4);
    assert_eq!(real(sqrtm(&i).unwrap()), i);
    assert_eq!(real(logm(&i).unwrap()), Array2::<f64>::zeros((4, 4)));
    assert_eq!(real(fractional_matrix_power(&i, 0.3).unwrap()), i);
}

#[test]
fn non_square_input_is_refused() {
    let a = Array2::<f64>::ones((2, 3));
    for err in [
        sqrtm(&a).unwrap_err(),
        logm(&a).unwrap_err(),
        fractional_matrix_power(&a, 0.5).unwrap_err(),
        fractional_matrix_power(&a, 2.0).unwrap_err(),
    ] {
        assert!(err.to_string().contains("square"), "unexpected error {err}");
    }
}

#[test]
fn nan_and_infinity_are_errors() {
    for bad in [f64::NAN, f64::INFINITY] {
        let a = array![[1.0_f64, bad], [0.5, 2.0]];
        assert!(matches!(sqrtm(&a), Err(Error::NonFinite { .. })));
        assert!(matches!(logm(&a), Err(Error::NonFinite { .. })));
        assert!(matches!(
            fractional_matrix_power(&a, 0.5),
            Err(Error::NonFinite { .. })
        ));
        // Without the check: an error or NaN, never a panic.
        let unchecked = sqrtm_with(&a, &SqrtmOptions::default().check_finite(false));
        if let Ok(v) = unchecked {
            assert!(
                v.to_complex()
                    .iter()
                    .any(|z| !z.re.is_finite() || !z.im.is_finite())
            );
        }
    }
    // Integer powers are numpy's matrix_power: NaN propagates, as in SciPy.
    let a = array![[f64::NAN, 1.0], [1.0, 1.0]];
    let p = real(fractional_matrix_power(&a, 2.0).unwrap());
    assert!(p[[0, 0]].is_nan() && p[[1, 1]] == 2.0);
}

#[test]
fn invalid_exponents_are_refused() {
    let a = array![[2.0_f64, 0.0], [0.0, 3.0]];
    for t in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e19, -1e300] {
        assert!(
            matches!(
                fractional_matrix_power(&a, t),
                Err(Error::InvalidArgument { .. })
            ),
            "t = {t}"
        );
    }
}

#[test]
fn singular_square_roots() {
    let zero = Array2::<f64>::zeros((2, 2));
    assert!(matches!(sqrtm(&zero), Err(Error::SingularMatrix { .. })));
    let accept = SqrtmOptions::default().accept_singular(true);
    assert_eq!(real(sqrtm_with(&zero, &accept).unwrap()), zero);
    // A zero eigenvalue in a Jordan block: no square root at all (SciPy returns inf).
    let nilpotent = array![[0.0_f64, 1.0], [0.0, 0.0]];
    assert!(matches!(
        sqrtm_with(&nilpotent, &accept),
        Err(Error::SingularMatrix { .. })
    ));
    // A semisimple zero eigenvalue: the root exists and squares back.
    let a = array![[4.0_f64, 1.0], [0.0, 0.0]];
    assert!(matches!(sqrtm(&a), Err(Error::SingularMatrix { .. })));
    let r = real(sqrtm_with(&a, &accept).unwrap());
    let back = r.dot(&r);
    assert!(
        back.iter()
            .zip(a.iter())
            .all(|(x, y)| (x - y).abs() < 1e-15)
    );
}

#[test]
fn singular_logarithms_and_powers_are_errors() {
    for a in [
        Array2::<f64>::zeros((3, 3)),
        array![[1.0_f64, 1.0], [0.0, 0.0]],
        array![[0.0_f64, 1.0], [0.0, 0.0]],
        array![[0.0_f64]],
    ] {
        assert!(matches!(logm(&a), Err(Error::SingularMatrix { .. })), "{a}");
        for t in [0.5, -0.5, 1.5] {
            assert!(
                matches!(
                    fractional_matrix_power(&a, t),
                    Err(Error::SingularMatrix { .. })
                ),
                "{a} ^ {t}"
            );
        }
        // Negative integer powers need the inverse; non-negative ones do not.
        assert!(matches!(
            fractional_matrix_power(&a, -1.0),
            Err(Error::SingularMatrix { .. })
        ));
        assert!(fractional_matrix_power(&a, 3.0).is_ok());
    }
}

#[test]
fn result_kinds_follow_scipy() {
    // Complex eigenvalues of a real matrix: real root and logarithm.
    let rotation = array![[0.0_f64, -1.0], [1.0, 0.0]];
    let r = real(sqrtm(&rotation).unwrap());
    let h = std::f64::consts::FRAC_1_SQRT_2;
    assert!((r[[0, 0]] - h).abs() < 1e-15 && (r[[1, 0]] - h).abs() < 1e-15);
    let l = real(logm(&rotation).unwrap());
    assert!((l[[1, 0]] - std::f64::consts::FRAC_PI_2).abs() < 1e-15 && l[[0, 0]].abs() < 1e-15);
    // Complex input stays complex even with a real result.
    let z = array![[c(4.0, 0.0), c(0.0, 0.0)], [c(0.0, 0.0), c(9.0, 0.0)]];
    let r = complex(sqrtm(&z).unwrap());
    assert_eq!(r[[1, 1]], c(3.0, 0.0));
    // f32 input: computed in double precision, real values as f64.
    let f = array![[4.0_f32, 1.0], [0.0, 9.0]];
    let r = real(sqrtm(&f).unwrap());
    assert!((r[[0, 1]] - 0.2).abs() < 1e-15);
}

#[test]
fn real_input_with_a_highly_multiple_eigenvalue() {
    // 2I plus a rank-≤17 periodic pattern: the eigenvalue 2 is highly multiple (the real
    // Schur iteration once stalled here at n = 46; the complex form is the fallback should it
    // ever fail), and the results are real.
    let n = 46;
    let a = Array2::from_shape_fn((n, n), |(i, j)| {
        (((i * 7 + j * 13) % 17) as f64 - 8.0) / 8.0 / (n as f64).sqrt()
            + if i == j { 2.0 } else { 0.0 }
    });
    let x = real(sqrtm(&a).unwrap());
    let residual = (x.dot(&x) - &a).iter().fold(0.0f64, |m, v| m.max(v.abs()));
    assert!(residual < 1e-13, "residual {residual}");
    let l = real(logm(&a).unwrap());
    let back = sci_linalg::expm(&l).unwrap();
    let residual = (back - &a).iter().fold(0.0f64, |m, v| m.max(v.abs()));
    assert!(residual < 1e-13, "residual {residual}");
}

#[test]
fn rotation_close_to_half_turn_has_a_real_logarithm_and_root() {
    // Eigenvalues e^{±iθ} next to −1: the principal logarithm is the real generator.
    let theta = std::f64::consts::PI - 1e-6;
    let (s, c) = theta.sin_cos();
    let a = array![[c, -s], [s, c]];
    let l = real(logm(&a).unwrap());
    assert!((l[[1, 0]] - theta).abs() < 1e-9 && (l[[0, 1]] + theta).abs() < 1e-9);
    assert!(l[[0, 0]].abs() < 1e-9);
    let r = real(sqrtm(&a).unwrap());
    let (hs, hc) = (theta / 2.0).sin_cos();
    assert!((r[[1, 0]] - hs).abs() < 1e-9 && (r[[0, 0]] - hc).abs() < 1e-9);
}
