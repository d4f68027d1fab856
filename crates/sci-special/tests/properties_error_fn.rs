//! Property tests of the error-function family: symmetries, complements, inverse round trips
//! and the relations between the functions, on seeded random inputs.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_special::{
    complex, dawsn, erf, erfc, erfcinv, erfcx, erfi, erfinv, fresnel, log_ndtr, ndtr, ndtri,
    ndtri_exp, voigt_profile,
};

const EPS: f64 = f64::EPSILON;

fn rel(a: f64, b: f64) -> f64 {
    if a == b { 0.0 } else { (a - b).abs() / b.abs() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    // Odd symmetry is exact; erf + erfc = 1 to a few ulps of 1.
    #[test]
    fn erf_is_odd_and_complements_erfc(x in -6.0f64..6.0) {
        prop_assert_eq!(erf(-x), -erf(x));
        prop_assert!((erf(x) + erfc(x) - 1.0).abs() <= 4.0 * EPS);
        prop_assert!((erfc(x) + erfc(-x) - 2.0).abs() <= 4.0 * EPS);
    }

    // erfcx = exp(x^2) erfc(x), erfi = 2/sqrt(pi) exp(x^2) dawsn(x): 1e-14 relative, the
    // rounding of exp(x^2) with |x| < 5 (25 ulps at most).
    #[test]
    fn scaled_forms_match_their_definitions(x in -5.0f64..5.0) {
        prop_assert!(rel(erfcx(x), (x * x).exp() * erfc(x)) <= 1e-14);
        prop_assert!(rel(erfi(x), std::f64::consts::FRAC_2_SQRT_PI * (x * x).exp() * dawsn(x)) <= 1e-14);
        prop_assert_eq!(dawsn(-x), -dawsn(x));
    }

    // erfcinv(erfc(x)) = x: well conditioned in the upper tail (relative error of x about
    // eps / (2 x^2) per ulp of erfc).
    #[test]
    fn erfcinv_inverts_erfc(x in 0.5f64..26.0) {
        prop_assert!(rel(erfcinv(erfc(x)), x) <= 4.0 * EPS);
    }

    // erf(erfinv(y)) = y within an ulp or two of y.
    #[test]
    fn erf_inverts_erfinv(y in -0.999f64..0.999) {
        prop_assert!((erf(erfinv(y)) - y).abs() <= 4.0 * EPS);
    }

    // ndtri(ndtr(x)) = x in the lower tail, down to where ndtr is subnormal.
    #[test]
    fn ndtri_inverts_ndtr(x in -37.0f64..-0.5) {
        prop_assert!(rel(ndtri(ndtr(x)), x) <= 8.0 * EPS);
    }

    // ndtri_exp(log_ndtr(x)) = x, also where ndtr underflows.
    #[test]
    fn ndtri_exp_inverts_log_ndtr(x in -1.0e4f64..-1.0) {
        prop_assert!(rel(ndtri_exp(log_ndtr(x)), x) <= 8.0 * EPS);
    }

    // Fresnel integrals: odd, and within 1/(pi x) of 1/2 for x >= 1 (DLMF 7.12).
    #[test]
    fn fresnel_is_odd_and_approaches_one_half(x in 1.0f64..1e6) {
        let (f, g) = (fresnel(x), fresnel(-x));
        prop_assert_eq!((g.s, g.c), (-f.s, -f.c));
        let bound = 1.0 / (std::f64::consts::PI * x) * 1.000_001;
        prop_assert!((f.s - 0.5).abs() <= bound && (f.c - 0.5).abs() <= bound);
    }

    // w(z) + w(-z) = 2 exp(-z^2) and w(-conj z) = conj w(z) (DLMF 7.4.3, 7.4.4); norm-wise,
    // relative to the largest term.
    #[test]
    fn faddeeva_reflections(x in -6.0f64..6.0, y in -3.0f64..3.0) {
        let z = Complex64::new(x, y);
        let lhs = complex::wofz(z) + complex::wofz(-z);
        let rhs = (-z * z).exp() * 2.0;
        let scale = complex::wofz(z).norm().max(complex::wofz(-z).norm());
        prop_assert!((lhs - rhs).norm() <= 16.0 * EPS * scale);
        let a = complex::wofz(Complex64::new(-x, y));
        // In the lower half-plane both sides come from 2 exp(-z^2) - w(-z), so the scale is
        // the largest of those terms, as above.
        let scale = if y < 0.0 { a.norm().max(rhs.norm()) } else { a.norm() };
        prop_assert!((a - complex::wofz(z).conj()).norm() <= 8.0 * EPS * scale);
    }

    // erf(conj z) = conj erf(z), erf(-z) = -erf(z), erf + erfc = 1, to 8-16 eps of
    // max(|erf z|, 1).
    #[test]
    fn complex_erf_symmetries(x in -4.0f64..4.0, y in -4.0f64..4.0) {
        let z = Complex64::new(x, y);
        let e = complex::erf(z);
        // Absolute near the zeros of erf (the first at 1.450 - 1.880i).
        let scale = e.norm().max(1.0);
        prop_assert!((complex::erf(z.conj()) - e.conj()).norm() <= 8.0 * EPS * scale);
        prop_assert!((complex::erf(-z) + e).norm() <= 8.0 * EPS * scale);
        let sum = e + complex::erfc(z);
        prop_assert!((sum - 1.0).norm() <= 16.0 * EPS * scale);
    }

    // The Voigt profile is even in x (to rounding: the trapezoidal grid differs) and lies between 0 and its value at 0.
    #[test]
    fn voigt_is_even_and_peaked(x in -50.0f64..50.0, s in 0.01f64..10.0, g in 0.01f64..10.0) {
        let v = voigt_profile(x, s, g);
        prop_assert!(rel(voigt_profile(-x, s, g), v) <= 16.0 * EPS);
        prop_assert!(v > 0.0 && v <= voigt_profile(0.0, s, g) * (1.0 + 4.0 * EPS));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    // Owen's T: even in h, odd in a, and T(h, a) + T(ah, 1/a) = (Q(h) + Q(ah))/2 - Q(h) Q(ah)
    // for h >= 0 (Owen 1956), to 8 eps of the larger side.
    #[test]
    fn owens_t_symmetries_and_reciprocal_identity(h in 0.01f64..6.0, a in 0.01f64..10.0) {
        use sci_special::owens_t;
        let t = owens_t(h, a);
        prop_assert_eq!(owens_t(-h, a), t);
        prop_assert_eq!(owens_t(h, -a), -t);
        let (q, qa) = (ndtr(-h), ndtr(-a * h));
        let rhs = 0.5 * q + 0.5 * qa - q * qa;
        let lhs = t + owens_t(a * h, 1.0 / a);
        prop_assert!((lhs - rhs).abs() <= 8.0 * EPS * rhs.abs().max(t.abs()));
    }
}
