//! Property tests of the gamma family: the recurrences `Gamma(x + 1) = x Gamma(x)` and
//! `psi(x + 1) = psi(x) + 1 / x`, the reflection formulas, `ln Gamma = ln |Gamma|`, the sign,
//! `rgamma = 1 / gamma`, and the symmetry and recurrence of `beta`.

use proptest::prelude::*;
use sci_special::{beta, betaln, digamma, gamma, gammaln, gammasgn, rgamma};

/// Relative difference.
fn rel(a: f64, b: f64) -> f64 {
    ((a - b) / b).abs()
}

/// A few ULPs per operation of the identity, plus the conditioning of its rounded argument
/// (`x + 1` is rounded: relative error `eps |x psi(x)|` of Gamma).
const TOL: f64 = 1e-14;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn gamma_recurrence(x in 0.01f64..150.0) {
        // Gamma(x + 1) = x Gamma(x); x + 1 is rounded, which costs up to |x psi(x + 1)| eps.
        let xp = x + 1.0;
        let cond = (xp * digamma(xp)).abs().max(1.0) * f64::EPSILON;
        prop_assert!(rel(gamma(xp), (xp - 1.0) * gamma(xp - 1.0)) < 8.0 * cond + TOL);
    }

    #[test]
    fn gamma_reflection(x in -30.0f64..-0.01) {
        prop_assume!(x != x.floor());
        // Gamma(x) Gamma(1 - x) = pi / sin(pi x); 1 - x is rounded.
        let y = 1.0 - x;
        let cond = (y * digamma(y)).abs().max(1.0) * f64::EPSILON;
        let lhs = gamma(x) * gamma(y);
        let rhs = std::f64::consts::PI / (std::f64::consts::PI * x).sin();
        // sin(pi x) itself: the rounding of pi x costs |pi x cot(pi x)| eps.
        let sin_cond = (std::f64::consts::PI * x / (std::f64::consts::PI * x).tan()).abs() * f64::EPSILON;
        prop_assert!(rel(lhs, rhs) < 8.0 * (cond + sin_cond) + TOL);
    }

    #[test]
    fn rgamma_is_the_reciprocal_and_gammasgn_the_sign(x in -170.0f64..170.0) {
        prop_assume!(x != x.floor());
        let g = gamma(x);
        prop_assume!(g != 0.0 && g.is_finite());
        prop_assert!(rel(rgamma(x) * g, 1.0) < 4.0 * f64::EPSILON);
        prop_assert_eq!(gammasgn(x), g.signum());
        prop_assert!((gammaln(x) - g.abs().ln()).abs() <= 4.0 * f64::EPSILON * gammaln(x).abs().max(1.0));
    }

    #[test]
    fn digamma_recurrence(x in 0.01f64..1e6) {
        let xp = x + 1.0;
        let x = xp - 1.0;
        let lhs = digamma(xp);
        let rhs = digamma(x) + 1.0 / x;
        prop_assert!((lhs - rhs).abs() <= 8.0 * f64::EPSILON * (digamma(x).abs() + 1.0 / x));
    }

    #[test]
    fn digamma_reflection(x in -50.0f64..-0.01) {
        prop_assume!(x != x.floor());
        // psi(1 - x) - psi(x) = pi cot(pi x).
        let y = 1.0 - x;
        let x = 1.0 - y;
        // cot(pi x) = cot(pi r) with r = x - round(x) exact: no rounding of pi x near a pole.
        let r = x - x.round();
        let cot = std::f64::consts::PI / (std::f64::consts::PI * r).tan();
        let scale = digamma(y).abs() + digamma(x).abs() + cot.abs();
        prop_assert!((digamma(y) - digamma(x) - cot).abs() <= 16.0 * f64::EPSILON * scale);
    }

    #[test]
    fn beta_symmetry_and_recurrence(a in 0.01f64..100.0, b in 0.01f64..100.0) {
        prop_assert_eq!(beta(a, b), beta(b, a));
        // B(a + 1, b) = B(a, b) a / (a + b), with a exact in a + 1 (both rounded the same way).
        let ap = a + 1.0;
        let a = ap - 1.0;
        let lhs = beta(ap, b);
        let rhs = beta(a, b) * a / (a + b);
        prop_assert!(rel(lhs, rhs) < 16.0 * f64::EPSILON);
        prop_assert!((betaln(a, b) - beta(a, b).ln()).abs() <= 8.0 * f64::EPSILON * betaln(a, b).abs().max(1.0));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn complex_loggamma_recurrence_and_conjugate_symmetry(x in -30.0f64..30.0, y in -30.0f64..30.0) {
        use sci_core::Complex64;
        use sci_special::complex::loggamma;
        prop_assume!(y.abs() > 1e-3);
        let z = Complex64::new(x, y);
        let v = loggamma(z);
        // Conjugate symmetry holds exactly (the work is done in the upper half-plane).
        prop_assert_eq!(loggamma(z.conj()), v.conj());
        // ln Gamma(z + 1) = ln Gamma(z) + Log z on the principal branch (no 2 pi i jump
        // off the real axis); z + 1 is rounded in its real part, hence the conditioning term.
        let zp = Complex64::new(x + 1.0, y);
        let z = zp - 1.0;
        let lhs = loggamma(zp);
        let rhs = loggamma(z) + z.ln();
        let scale = loggamma(z).norm() + z.ln().norm() + zp.norm() * zp.ln().norm();
        prop_assert!((lhs - rhs).norm() <= 64.0 * f64::EPSILON * scale, "z = {z}: {lhs} vs {rhs}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn polygamma_recurrence(n in 1u32..7, x in 0.1f64..50.0) {
        use sci_special::polygamma;
        // psi^(n)(x + 1) = psi^(n)(x) + (-1)^n n! / x^(n+1), with x exact in x + 1.
        let xp = x + 1.0;
        let x = xp - 1.0;
        let f = (1..=n).fold(1.0, |a, k| a * f64::from(k));
        let sign = if n % 2 == 0 { 1.0 } else { -1.0 };
        let term = sign * f / x.powf(f64::from(n) + 1.0);
        let lhs = polygamma(n, xp);
        let rhs = polygamma(n, x) + term;
        let scale = polygamma(n, x).abs() + term.abs();
        prop_assert!((lhs - rhs).abs() <= 16.0 * f64::EPSILON * scale, "n = {n}, x = {x}");
    }

    #[test]
    fn zeta_functional_equation(s in 0.02f64..0.98) {
        use sci_special::{gamma, zeta};
        // zeta(s) = 2^s pi^(s-1) sin(pi s / 2) Gamma(1 - s) zeta(1 - s) on (0, 1), where both
        // sides come from the fit of (s - 1) zeta(s); 1 - s is exact for s >= 1/2.
        prop_assume!(s >= 0.5);
        let pi = std::f64::consts::PI;
        let t = 1.0 - s;
        let rhs = 2f64.powf(s) * pi.powf(s - 1.0) * (pi * s / 2.0).sin() * gamma(t) * zeta(t);
        prop_assert!((zeta(s) - rhs).abs() <= 32.0 * f64::EPSILON * rhs.abs(), "s = {s}");
    }

    #[test]
    fn hurwitz_recurrence_and_duplication(s in 1.05f64..30.0, q in 0.05f64..50.0) {
        use sci_special::{zeta, zeta_hurwitz};
        // zeta(s, q) = q^-s + zeta(s, q + 1), q exact in q + 1.
        let qp = q + 1.0;
        let q = qp - 1.0;
        let lhs = zeta_hurwitz(s, q);
        let rhs = q.powf(-s) + zeta_hurwitz(s, qp);
        prop_assert!((lhs - rhs).abs() <= 16.0 * f64::EPSILON * lhs.abs(), "s = {s}, q = {q}");
        // zeta(s, 1/2) = (2^s - 1) zeta(s).
        let dup = (2f64.powf(s) - 1.0) * zeta(s);
        let h = zeta_hurwitz(s, 0.5);
        prop_assert!((h - dup).abs() <= 16.0 * f64::EPSILON * h.abs(), "s = {s}");
    }

    #[test]
    fn comb_symmetry_pascal_and_binom(n in 1u32..1500, frac in 0.0f64..1.0) {
        use sci_special::{binom, comb, perm, poch};
        let nf = f64::from(n);
        let k = (frac * nf).floor();
        // Symmetry (exact: the same product) and binom = comb on 0 <= k <= n.
        prop_assert_eq!(comb(nf, k), comb(nf, nf - k));
        prop_assert_eq!(binom(nf, k), comb(nf, k));
        // Pascal's rule, each term good to a few ULP.
        if k >= 1.0 {
            let c = comb(nf, k);
            let rhs = comb(nf - 1.0, k - 1.0) + comb(nf - 1.0, k);
            if c.is_finite() {
                prop_assert!((c - rhs).abs() <= 8.0 * f64::EPSILON * c, "C({n}, {k})");
            }
        }
        // perm = poch(n - k + 1, k), and poch(z, m) poch(z + m, -m) = 1.
        prop_assert_eq!(perm(nf, k), poch(nf - k + 1.0, k));
        let z = 0.37 + nf / 7.0;
        let m = frac * 30.0 - 10.0;
        let prod = poch(z, m) * poch(z + m, -m);
        // z + m is rounded: psi(z + m) ulp(z + m) relative, at most ~1e-14 here.
        prop_assert!((prod - 1.0).abs() <= 1e-13, "z = {z}, m = {m}: {prod}");
    }
}

#[test]
fn exact_forms_match_the_float_forms() {
    use sci_special::{
        comb, comb_exact, factorial2, factorial2_exact, factorialk, factorialk_exact, perm,
        perm_exact,
    };
    for n in 0..=60u64 {
        for k in 0..=n {
            let c = comb_exact(n, k).map(|v| v as f64);
            assert_eq!(c, Some(comb(n as f64, k as f64)), "comb({n}, {k})");
            if let Some(p) = perm_exact(n, k) {
                let pf = perm(n as f64, k as f64);
                assert!(
                    ((p as f64) - pf).abs() <= 4.0 * f64::EPSILON * pf,
                    "perm({n}, {k})"
                );
            }
        }
    }
    for n in -5..=60i64 {
        // Where the exact value fits in a u128, the float form is its rounding.
        if let Some(v) = factorial2_exact(n) {
            assert_eq!(v as f64, factorial2(n), "{n}!!");
        }
        for k in 1..=5u32 {
            if let Some(v) = factorialk_exact(n, k) {
                assert_eq!(v as f64, factorialk(n, k), "{n}!({k})");
            }
        }
    }
}
