//! Edge cases of the spherical Bessel family. Values are SciPy 1.17.1's
//! (`scipy.special.spherical_jn(n, x, derivative=...)` and friends) unless a comment says
//! sci deliberately differs.

use sci_special::{
    spherical_in, spherical_in_derivative, spherical_jn, spherical_jn_derivative, spherical_kn,
    spherical_kn_derivative, spherical_yn, spherical_yn_derivative,
};

type Function = fn(i64, f64) -> f64;

#[test]
fn negative_orders_and_nan_give_nan() {
    let all: [Function; 8] = [
        spherical_jn,
        spherical_yn,
        spherical_in,
        spherical_kn,
        spherical_jn_derivative,
        spherical_yn_derivative,
        spherical_in_derivative,
        spherical_kn_derivative,
    ];
    for f in all {
        assert!(f(-1, 1.5).is_nan());
        assert!(f(2, f64::NAN).is_nan());
    }
}

#[test]
fn values_at_zero() {
    assert_eq!(spherical_jn(0, 0.0), 1.0);
    assert_eq!(spherical_jn(2, 0.0), 0.0);
    assert_eq!(spherical_yn(0, 0.0), f64::NEG_INFINITY);
    assert_eq!(spherical_in(0, 0.0), 1.0);
    assert_eq!(spherical_in(1, 0.0), 0.0);
    assert_eq!(spherical_kn(0, 0.0), f64::INFINITY);
    assert!((spherical_jn_derivative(1, 0.0) - 1.0 / 3.0).abs() < 1e-16);
    assert_eq!(spherical_jn_derivative(2, 0.0), 0.0);
    assert!((spherical_in_derivative(1, 0.0) - 1.0 / 3.0).abs() < 1e-16);
    assert_eq!(spherical_yn_derivative(0, 0.0), f64::INFINITY);
    assert!(spherical_yn_derivative(1, 0.0).is_nan());
    assert_eq!(spherical_kn_derivative(1, 0.0), f64::NEG_INFINITY);
}

#[test]
fn infinities() {
    assert_eq!(spherical_jn(0, f64::INFINITY), 0.0);
    assert_eq!(spherical_yn(1, f64::INFINITY), 0.0);
    assert_eq!(spherical_in(0, f64::INFINITY), f64::INFINITY);
    assert_eq!(spherical_in(1, f64::NEG_INFINITY), f64::NEG_INFINITY);
    assert_eq!(spherical_kn(0, f64::INFINITY), 0.0);
    assert_eq!(spherical_kn(2, f64::NEG_INFINITY), f64::NEG_INFINITY);
}

#[test]
fn negative_arguments_as_scipy() {
    // SciPy: spherical_jn(1, -1.5) = -0.3961729707122223, spherical_yn(2, -1.5) =
    // 1.3457126936204509, spherical_in(1, -1.5) = -0.6219266523422458,
    // spherical_kn(0, -1.5) = -4.693213819682584, spherical_kn(1, -1.5) = -1.5644046065608617.
    let cases: [(Function, i64, f64); 5] = [
        (spherical_jn, 1, -0.396_172_970_712_222_3),
        (spherical_yn, 2, 1.345_712_693_620_450_9),
        (spherical_in, 1, -0.621_926_652_342_245_8),
        (spherical_kn, 0, -4.693_213_819_682_584),
        (spherical_kn, 1, -1.564_404_606_560_861_7),
    ];
    for (f, n, expected) in cases {
        let v = f(n, -1.5);
        // 1e-14 relative: SciPy's k_0(-1.5) is itself 12 ULP from the true
        // -4.69321381968257819... (mpmath), which sci returns.
        assert!(
            (v - expected).abs() <= 1e-14 * expected.abs(),
            "n = {n}: {v} vs {expected}"
        );
    }
}

#[test]
fn overflow_and_underflow() {
    // SciPy: spherical_yn(1, 1e-300) = -inf; spherical_kn(1, 1e-300) = inf; spherical_kn(0, 1e300) = 0.
    assert_eq!(spherical_yn(1, 1e-300), f64::NEG_INFINITY);
    assert_eq!(spherical_kn(1, 1e-300), f64::INFINITY);
    assert_eq!(spherical_kn(0, 1e300), 0.0);
    // SciPy gives NaN for y_50'(1e-6) (inf - inf); the derivative is +inf.
    assert_eq!(spherical_yn_derivative(50, 1e-6), f64::INFINITY);
    // SciPy gives 0 for i_0(1e-300) (an underflow of its intermediate); the value is 1.
    assert_eq!(spherical_in(0, 1e-300), 1.0);
    // SciPy: spherical_in(0, 1e300) = inf.
    assert_eq!(spherical_in(0, 1e300), f64::INFINITY);
}

#[test]
fn negative_arguments_next_to_cancellation() {
    // mpmath (40 digits, from the closed form k_n(x) = pi/2 e^-x / x sum_j (n+j)!/(j!(n-j)!)
    // (2x)^-j): k_1(-5.5) = -57.17769744748508, k_1'(-5.5) = 49.09196245491143. SciPy 1.17.1
    // gives -57.17769744748492 and 49.0919624549113 (3 and 2 ULP away).
    let k = spherical_kn(1, -5.5);
    assert!((k / -57.177_697_447_485_08 - 1.0).abs() <= 2.3e-16, "{k}");
    let d = spherical_kn_derivative(1, -5.5);
    assert!((d / 49.091_962_454_911_43 - 1.0).abs() <= 2.3e-16, "{d}");
}
