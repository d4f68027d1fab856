//! Edge cases of the orthogonal family: negative degrees, parameters outside the domain,
//! NaN and infinite arguments, overflow, and the errors of the Gauss rules. Expected values are
//! SciPy 1.17.1's unless a comment says why sci differs.

use sci_core::Error;
use sci_special::*;

#[test]
fn negative_degrees_follow_scipy() {
    // SciPy 1.17.1: eval_legendre(-3, 0.3) = P_2(0.3) = -0.365
    assert!((eval_legendre(-3, 0.3) - (-0.365)).abs() < 1e-15);
    assert_eq!(eval_chebyt(-3, 0.3), eval_chebyt(3, 0.3));
    assert_eq!(eval_chebyu(-1, 0.3), 0.0);
    assert!((eval_chebyu(-3, 0.3) - (-0.6)).abs() < 1e-15);
    assert!(eval_hermite(-1, 0.3).is_nan() && eval_hermitenorm(-2, 0.3).is_nan());
    assert_eq!(eval_laguerre(-1, 0.3), 0.0);
    assert_eq!(eval_genlaguerre(-2, 0.5, 0.3), 0.0);
    assert_eq!(eval_jacobi(-2, 0.5, 0.3, 0.3), 0.0);
    assert_eq!(eval_gegenbauer(-2, 0.7, 0.3), 0.0);
    assert_eq!(assoc_legendre_p(-3, 2, 0.3), 0.0);
    assert_eq!(sph_legendre_p(-3, 2, 0.3), 0.0);
}

#[test]
fn parameters_outside_the_domain_give_nan() {
    // SciPy 1.17.1: genlaguerre alpha <= -1 and gegenbauer alpha <= -1/2 are NaN (C_0 = 1).
    assert!(eval_genlaguerre(3, -1.0, 0.3).is_nan());
    assert!(eval_genlaguerre(0, -1.0, 0.3).is_nan());
    assert!(eval_gegenbauer(3, -0.5, 0.3).is_nan());
    assert_eq!(eval_gegenbauer(0, -1.5, 0.3), 1.0);
    assert_eq!(eval_gegenbauer(3, 0.0, 0.3), 0.0);
    assert!(eval_jacobi(3, f64::NAN, 0.5, 0.3).is_nan());
    // Off-branch associated Legendre functions (SciPy: NaN), and m = 0 outside [-1, 1].
    assert!(assoc_legendre_p(3, 2, 1.5).is_nan());
    assert!((assoc_legendre_p(3, 0, 1.5) - 6.1875).abs() < 1e-14);
    let outside = AssocLegendreOptions::default().branch_cut(BranchCut::Outside);
    assert!(assoc_legendre_p_with(3, 2, 0.3, outside).is_nan());
    assert!(assoc_legendre_p_with(3, 1, -1.5, outside).is_nan());
    assert!((assoc_legendre_p_with(3, 0, -1.5, outside) - (-6.1875)).abs() < 1e-14);
    assert_eq!(assoc_legendre_p(3, 4, 0.3), 0.0);
    let y = sph_harm_y(3, 4, 0.3, 0.7);
    assert_eq!((y.re, y.im), (0.0, 0.0));
}

#[test]
fn nan_and_infinite_arguments() {
    // SciPy 1.17.1: P_0 = 1 even at NaN; P_n(inf) = inf, P_1(-inf) = -inf, P_2(-inf) = inf.
    assert_eq!(eval_legendre(0, f64::NAN), 1.0);
    assert!(eval_legendre(3, f64::NAN).is_nan());
    assert_eq!(eval_legendre(3, f64::INFINITY), f64::INFINITY);
    assert_eq!(eval_legendre(1, f64::NEG_INFINITY), f64::NEG_INFINITY);
    assert_eq!(eval_legendre(2, f64::NEG_INFINITY), f64::INFINITY);
    assert_eq!(eval_jacobi(0, 0.5, 0.5, f64::NAN), 1.0);
    assert_eq!(eval_jacobi(3, 0.5, 0.3, f64::INFINITY), f64::INFINITY);
    assert_eq!(eval_gegenbauer(3, 0.5, f64::INFINITY), f64::INFINITY);
    assert_eq!(eval_genlaguerre(3, 0.5, f64::NEG_INFINITY), f64::INFINITY);
    // sci returns the limits where SciPy 1.17.1 returns NaN from inf - inf in its recurrence:
    // T_3(inf), H_3(inf), L_3(inf) are limits of polynomials.
    assert_eq!(eval_chebyt(3, f64::INFINITY), f64::INFINITY);
    assert_eq!(eval_chebyt(0, f64::INFINITY), 1.0);
    assert_eq!(eval_hermite(3, f64::NEG_INFINITY), f64::NEG_INFINITY);
    assert_eq!(eval_laguerre(3, f64::INFINITY), f64::NEG_INFINITY);
    assert!(assoc_legendre_p(3, 1, f64::INFINITY).is_nan());
    assert!(sph_legendre_p(3, 1, f64::INFINITY).is_nan());
    assert!(sph_harm_y(3, 1, 0.3, f64::INFINITY).re.is_nan());
}

#[test]
fn overflow_keeps_the_sign() {
    // H_300(0) = (-1)^150 300! / 150! overflows: +inf; H_301(0) = 0.
    assert_eq!(eval_hermite(300, 0.0), f64::INFINITY);
    assert_eq!(eval_hermite(301, 0.0), 0.0);
    assert_eq!(eval_hermite(302, 0.0), f64::NEG_INFINITY);
    assert_eq!(eval_legendre(2000, 1e3), f64::INFINITY);
    // Large degrees and orders of the spherical functions neither overflow nor underflow.
    let v = sph_legendre_p(303, 300, 1.5007204961547211);
    assert!((v - (-0.0142802)).abs() < 1e-7, "{v}"); // SciPy 1.17.1: -0.0142802
}

#[test]
fn derivatives_of_legendre_p() {
    // SciPy 1.17.1: legendre_p(3, 0.3, diff_n=2) = [-0.3825, -0.825, 4.5]
    let d = legendre_p_derivatives(3, 0.3);
    assert!((d.value - (-0.3825)).abs() < 1e-15);
    assert!((d.first - (-0.825)).abs() < 1e-14);
    assert!((d.second - 4.5).abs() < 1e-14);
    // At z = 1: P_n'(1) = n(n+1)/2, P_n''(1) = (n-1)n(n+1)(n+2)/8
    let d = legendre_p_derivatives(10, 1.0);
    assert_eq!((d.value, d.first, d.second), (1.0, 55.0, 1485.0));
    let d = legendre_p_derivatives(10, f64::NAN);
    assert!(d.value.is_nan() && d.first.is_nan());
}

#[test]
fn gauss_rules_reject_invalid_arguments() {
    // SciPy raises ValueError for n < 1 and for Jacobi alpha, beta <= -1; for the other
    // invalid parameters SciPy returns NaN nodes, sci an error.
    assert!(matches!(
        roots_legendre(0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_chebyt(0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_hermite(0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_hermitenorm(0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_laguerre(0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_genlaguerre(3, -1.0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_genlaguerre(3, f64::NAN),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_jacobi(3, -1.0, 0.5),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_jacobi(3, 0.5, -1.5),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        roots_gegenbauer(3, -0.5),
        Err(Error::InvalidArgument { .. })
    ));
    // One-node rules (SciPy 1.17.1).
    let r = roots_legendre(1).unwrap();
    assert_eq!((r.x[0], r.w[0], r.mu), (0.0, 2.0, 2.0));
    let r = roots_genlaguerre(1, -0.5).unwrap();
    assert!((r.x[0] - 0.5).abs() < 1e-15 && (r.w[0] - std::f64::consts::PI.sqrt()).abs() < 1e-15);
    // alpha = 0 Gegenbauer is the Chebyshev rule; tiny and huge alpha work.
    assert_eq!(roots_gegenbauer(3, 0.0).unwrap(), roots_chebyt(3).unwrap());
    let r = roots_gegenbauer(3, 1e5).unwrap();
    assert!((r.x[2] - 0.00387294).abs() < 1e-8 && (r.mu - 0.0056049842101632864).abs() < 1e-15);
    // Weights far in the tails underflow to 0 (SciPy too), never NaN.
    let r = roots_hermite(1000).unwrap();
    assert_eq!(r.w[0], 0.0);
    assert!(r.w.iter().all(|w| w.is_finite()));
}
