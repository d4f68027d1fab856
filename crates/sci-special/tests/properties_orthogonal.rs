//! Properties of the orthogonal polynomials and Gauss rules: recurrences, symmetries, special
//! values, and exactness of the rules on monomials.

use proptest::prelude::*;
use sci_special::*;

/// Relative closeness for values computed along different paths: 1e-12 relative to the scale
/// of the terms (the identities below combine a few values of similar size).
fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= 1e-12 * scale.max(f64::MIN_POSITIVE)
}

proptest! {
    #[test]
    fn legendre_bonnet_recurrence(n in 1i64..200, x in -1.0f64..1.0) {
        let (p0, p1, p2) = (eval_legendre(n - 1, x), eval_legendre(n, x), eval_legendre(n + 1, x));
        let nf = n as f64;
        let lhs = (nf + 1.0) * p2;
        let rhs = (2.0 * nf + 1.0) * x * p1 - nf * p0;
        prop_assert!(close(lhs, rhs, (2.0 * nf + 1.0) * (p1.abs() + p0.abs())), "{lhs} {rhs}");
    }

    #[test]
    fn parity_symmetries(n in 0i64..300, x in -1.0f64..1.0, a in 0.1f64..5.0) {
        let sign = if n % 2 == 0 { 1.0 } else { -1.0 };
        prop_assert_eq!(eval_legendre(n, -x), sign * eval_legendre(n, x));
        prop_assert_eq!(eval_chebyt(n, -x), sign * eval_chebyt(n, x));
        prop_assert_eq!(eval_hermite(n, -x), sign * eval_hermite(n, x));
        prop_assert_eq!(eval_gegenbauer(n, a, -x), sign * eval_gegenbauer(n, a, x));
        // P_n^(a,b)(-x) = (-1)^n P_n^(b,a)(x)
        let (j1, j2) = (eval_jacobi(n, a, a + 0.5, -x), sign * eval_jacobi(n, a + 0.5, a, x));
        prop_assert!(close(j1, j2, j1.abs()), "{j1} {j2}");
    }

    #[test]
    fn chebyshev_trigonometric_forms(n in 0i64..500, t in 0.01f64..3.13) {
        let x = t.cos();
        let nf = n as f64;
        // T_n(cos t) = cos(nt); the rounding of cos(t) moves the argument by half an ULP,
        // which is amplified by n (the derivative of cos(nt)).
        prop_assert!((eval_chebyt(n, x) - (nf * t).cos()).abs() <= 1e-15 * (1.0 + nf) * 4.0);
        let u = ((nf + 1.0) * t).sin() / t.sin();
        prop_assert!((eval_chebyu(n, x) - u).abs() <= 1e-14 * (1.0 + nf) * (1.0 + nf) / t.sin());
    }

    #[test]
    fn special_cases_agree(n in 0i64..200, x in -1.0f64..1.0) {
        // P^(0,0) = P, C^(1/2) = P, C^(1) = U, L^(0) = L, He_n(x) = 2^(-n/2) H_n(x/sqrt 2)
        let p = eval_legendre(n, x);
        prop_assert!(close(eval_jacobi(n, 0.0, 0.0, x), p, 1.0));
        prop_assert!(close(eval_gegenbauer(n, 0.5, x), p, 1.0));
        let u = eval_chebyu(n, x);
        prop_assert!(close(eval_gegenbauer(n, 1.0, x), u, 1.0 + (n as f64 + 1.0)));
        prop_assert_eq!(eval_genlaguerre(n, 0.0, 3.0 * x), eval_laguerre(n, 3.0 * x));
        let h = eval_hermite(n, x / std::f64::consts::SQRT_2) * 2f64.powf(-(n as f64) / 2.0);
        let he = eval_hermitenorm(n, x);
        prop_assert!((h - he).abs() <= 1e-12 * he.abs().max(1.0) * (1.0 + n as f64));
    }

    #[test]
    fn laguerre_recurrence(n in 1i64..200, a in -0.9f64..10.0, x in 0.0f64..50.0) {
        let (l0, l1, l2) = (eval_genlaguerre(n - 1, a, x), eval_genlaguerre(n, a, x), eval_genlaguerre(n + 1, a, x));
        let nf = n as f64;
        let lhs = (nf + 1.0) * l2;
        let rhs = (2.0 * nf + 1.0 + a - x) * l1 - (nf + a) * l0;
        let scale = (2.0 * nf + 1.0 + a + x) * l1.abs() + (nf + a.abs()) * l0.abs();
        prop_assert!((lhs - rhs).abs() <= 1e-12 * scale, "{lhs} {rhs}");
    }

    #[test]
    fn assoc_legendre_reflection_and_spherical_norm(n in 0i64..60, mfrac in 0.0f64..1.0, z in -1.0f64..1.0) {
        let m = (mfrac * (n as f64 + 1.0)).floor().min(n as f64) as i64;
        let p = assoc_legendre_p(n, m, z);
        let q = assoc_legendre_p(n, -m, z);
        // P_n^(-m) = (-1)^m (n-m)!/(n+m)! P_n^m
        let mut ratio = 1.0;
        for j in (n - m + 1)..=(n + m) {
            ratio /= j as f64;
        }
        let sign = if m % 2 == 0 { 1.0 } else { -1.0 };
        prop_assert!((q - sign * ratio * p).abs() <= 1e-13 * (ratio * p).abs().max(1e-300));
        prop_assert_eq!(assoc_legendre_p(n, 0, z), eval_legendre(n, z));
    }
}

/// The sum of `w f(x)` over a rule.
fn integrate(rule: &GaussRule, f: impl Fn(f64) -> f64) -> f64 {
    rule.x.iter().zip(&rule.w).map(|(&x, &w)| w * f(x)).sum()
}

/// Relative tolerance of the exactness checks: 1e-13, as the issue asks; sums over n
/// positive terms of a well-conditioned rule.
const EXACT: f64 = 1e-13;

#[test]
fn rules_integrate_monomials_exactly() {
    // Legendre: integral of x^(2j) over [-1, 1] is 2 / (2j + 1); odd moments vanish.
    for n in [1i32, 2, 3, 5, 8, 13, 20, 40] {
        let r = roots_legendre(n.unsigned_abs() as usize).unwrap();
        for k in 0..2 * n {
            let exact = if k % 2 == 0 {
                2.0 / f64::from(k + 1)
            } else {
                0.0
            };
            let s = integrate(&r, |x| x.powi(k));
            assert!(
                (s - exact).abs() <= EXACT * 2.0,
                "legendre n={n} k={k}: {s} vs {exact}"
            );
        }
        assert!((r.w.sum() - r.mu).abs() <= EXACT * r.mu);
    }
    // Hermite: integral of x^(2j) exp(-x^2) is Gamma(j + 1/2).
    for n in [1i32, 2, 5, 10, 20] {
        let r = roots_hermite(n.unsigned_abs() as usize).unwrap();
        for k in (0..2 * n).step_by(2) {
            let exact = gamma(f64::from(k) / 2.0 + 0.5);
            let s = integrate(&r, |x| x.powi(k));
            assert!(
                (s - exact).abs() <= EXACT * exact,
                "hermite n={n} k={k}: {s} vs {exact}"
            );
        }
    }
    // Generalized Laguerre: integral of x^k x^a exp(-x) is Gamma(k + a + 1).
    for (n, a) in [(1i32, 0.0), (3, 0.5), (8, 1.7), (15, -0.5), (20, 3.0)] {
        let r = roots_genlaguerre(n.unsigned_abs() as usize, a).unwrap();
        for k in 0..2 * n {
            let exact = gamma(f64::from(k) + a + 1.0);
            let s = integrate(&r, |x| x.powi(k));
            assert!(
                (s - exact).abs() <= EXACT * exact,
                "laguerre n={n} a={a} k={k}: {s} vs {exact}"
            );
        }
    }
    // Jacobi: integral of (1+x)^k (1-x)^a (1+x)^b is 2^(k+a+b+1) B(a+1, b+k+1).
    for (n, a, b) in [
        (1i32, 0.3, -0.45),
        (4, 0.3, -0.45),
        (10, 2.5, 0.5),
        (20, -0.7, 1.2),
    ] {
        let r = roots_jacobi(n.unsigned_abs() as usize, a, b).unwrap();
        for k in 0..2 * n {
            let kf = f64::from(k);
            let exact = (kf + a + b + 1.0).exp2() * beta(a + 1.0, b + kf + 1.0);
            let s = integrate(&r, |x| (1.0 + x).powi(k));
            assert!(
                (s - exact).abs() <= EXACT * exact,
                "jacobi n={n} k={k}: {s} vs {exact}"
            );
        }
    }
    // Gegenbauer and Chebyshev: even moments of (1 - x^2)^(alpha - 1/2) are B(j + 1/2, alpha + 1/2).
    for (n, alpha) in [(3i32, 0.0), (6, 1.5), (12, 0.25), (9, 7.0)] {
        let r = roots_gegenbauer(n.unsigned_abs() as usize, alpha).unwrap();
        for k in (0..2 * n).step_by(2) {
            let exact = beta(f64::from(k) / 2.0 + 0.5, alpha + 0.5);
            let s = integrate(&r, |x| x.powi(k));
            assert!(
                (s - exact).abs() <= EXACT * exact,
                "gegenbauer n={n} k={k}: {s} vs {exact}"
            );
        }
    }
}

#[test]
fn large_rules_are_exact_on_low_moments() {
    // n in the thousands: the weights sum to mu and low moments are exact.
    let r = roots_legendre(5000).unwrap();
    for k in [0, 2, 4, 10] {
        let s = integrate(&r, |x| x.powi(k));
        let exact = 2.0 / f64::from(k + 1);
        assert!(
            (s - exact).abs() <= EXACT * exact,
            "legendre 5000 k={k}: {s}"
        );
    }
    assert!(r.x.windows(2).into_iter().all(|w| w[0] < w[1]));
    let r = roots_hermite(1000).unwrap();
    for k in [0, 2, 4] {
        let s = integrate(&r, |x| x.powi(k));
        let exact = gamma(f64::from(k) / 2.0 + 0.5);
        assert!(
            (s - exact).abs() <= EXACT * exact,
            "hermite 1000 k={k}: {s}"
        );
    }
    let r = roots_laguerre(1000).unwrap();
    for k in [0, 1, 2, 5] {
        let s = integrate(&r, |x| x.powi(k));
        let exact = gamma(f64::from(k) + 1.0);
        assert!(
            (s - exact).abs() <= EXACT * exact,
            "laguerre 1000 k={k}: {s}"
        );
    }
    let r = roots_jacobi(1000, 0.3, -0.45).unwrap();
    let s = integrate(&r, |x| 1.0 + x);
    let exact = (1.0f64 + 0.3 - 0.45 + 1.0).exp2() * beta(1.3, 1.55);
    assert!(
        (s - exact).abs() <= EXACT * exact,
        "jacobi 1000: {s} vs {exact}"
    );
}
