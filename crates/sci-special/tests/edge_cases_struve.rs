//! Edge cases of the Struve functions: negative arguments, `x = 0`, infinities, NaN, large
//! orders (underflow and overflow) and the closed forms at half-integer orders. Values marked
//! "SciPy" are SciPy 1.17.1's (`scipy.special.struve`, `modstruve`).

use std::f64::consts::FRAC_2_PI;

use sci_special::{iv, jv, modstruve, struve};

fn close(a: f64, b: f64, ulps: f64) -> bool {
    (a - b).abs() <= ulps * f64::EPSILON * b.abs()
}

#[test]
fn negative_x_has_parity_at_integer_orders_and_is_nan_otherwise() {
    // SciPy: struve(0, -2) = -0.7908588495080958, struve(1, -2) = 0.6467637282835622,
    // struve(2, -2) = -0.2803180603538537, modstruve(0, -2) = -1.9374337579914453,
    // struve(-3, -1) = 2.1586646995147034, modstruve(3, -1) = 0.006291730749650544.
    assert!(close(struve(0.0, -2.0), -0.790_858_849_508_095_8, 4.0));
    assert!(close(struve(1.0, -2.0), 0.646_763_728_283_562_2, 4.0));
    assert!(close(struve(2.0, -2.0), -0.280_318_060_353_853_7, 4.0));
    assert!(close(modstruve(0.0, -2.0), -1.937_433_757_991_445_3, 4.0));
    assert!(close(struve(-3.0, -1.0), 2.158_664_699_514_703_4, 4.0));
    assert!(close(modstruve(3.0, -1.0), 0.006_291_730_749_650_544, 4.0));
    // SciPy: struve(0.5, -2) = nan, modstruve(-2.5, -1) = nan.
    for v in [0.5, 1.5, -0.5, -2.5, 3.3, -3.3] {
        assert!(
            struve(v, -2.0).is_nan() && modstruve(v, -1.0).is_nan(),
            "v = {v}"
        );
    }
}

#[test]
fn values_at_zero() {
    // SciPy: 0 for v > -1, 2/pi at v = -1, inf at v = -1.25, -3, -inf at v = -2, -1.75.
    for v in [0.0, 0.5, 2.0, -0.5, -0.9999] {
        assert_eq!(struve(v, 0.0), 0.0);
        assert_eq!(modstruve(v, -0.0), 0.0);
    }
    assert_eq!(struve(-1.0, 0.0), FRAC_2_PI);
    assert_eq!(modstruve(-1.0, 0.0), FRAC_2_PI);
    assert_eq!(struve(-1.25, 0.0), f64::INFINITY);
    assert_eq!(struve(-3.0, 0.0), f64::INFINITY);
    assert_eq!(struve(-2.0, 0.0), f64::NEG_INFINITY);
    assert_eq!(modstruve(-1.75, 0.0), f64::NEG_INFINITY);
    // At negative half-integers the functions are ±J_{n+1/2}, I_{n+1/2}, which vanish at 0:
    // sci gives the limit 0 (SciPy: inf at -1.5, NaN at -2.5, -3.5, ...).
    assert_eq!(struve(-1.5, 0.0), 0.0);
    assert_eq!(struve(-2.5, 0.0), 0.0);
    assert_eq!(modstruve(-3.5, 0.0), 0.0);
}

#[test]
fn tiny_arguments_follow_the_leading_term() {
    // SciPy: struve(0, 1e-300) = 6.366197723675555e-301 (mpmath: 6.36619772367581359e-301,
    // i.e. 2/pi 1e-300, which sci gives), struve(-0.5, 1e-300) = 7.978845608028513e-151
    // (mpmath: sqrt(2/pi) 1e-150 = 7.97884560802865356e-151),
    // struve(-2, 1e-300) = -6.3661977236759776e+299 (mpmath: -2/pi 1e300 =
    // -6.36619772367581327e+299), struve(1, 1e-300) = 0 (underflow).
    assert!(close(
        struve(0.0, 1e-300),
        6.366_197_723_675_813_6e-301,
        2.0
    ));
    assert!(close(
        struve(-0.5, 1e-300),
        7.978_845_608_028_653_6e-151,
        4.0
    ));
    assert!(close(
        struve(-2.0, 1e-300),
        -6.366_197_723_675_813_3e299,
        4.0
    ));
    assert_eq!(struve(1.0, 1e-300), 0.0);
    assert!(close(struve(-1.0, 1e-300), FRAC_2_PI, 4.0));
}

#[test]
fn infinite_and_nan_arguments() {
    // SciPy: struve(nan, 1), struve(-inf, 1) are NaN; struve(inf, 1) = modstruve(inf, 1) = 0.
    assert!(struve(f64::NAN, 1.0).is_nan() && modstruve(1.0, f64::NAN).is_nan());
    assert!(struve(f64::NEG_INFINITY, 1.0).is_nan());
    assert_eq!(struve(f64::INFINITY, 1.0), 0.0);
    assert_eq!(modstruve(f64::INFINITY, 1.0), 0.0);
    // x = inf: SciPy gives inf for v >= 1 and NaN for v <= 1/2; sci gives the limits
    // (H_v -> 0 for v < 1, 2/pi at v = 1, inf beyond; L_v -> inf).
    assert_eq!(struve(2.0, f64::INFINITY), f64::INFINITY);
    assert_eq!(struve(1.0, f64::INFINITY), FRAC_2_PI);
    assert_eq!(struve(0.0, f64::INFINITY), 0.0);
    assert_eq!(modstruve(0.0, f64::INFINITY), f64::INFINITY);
    // x = -inf: the parity of integer orders (SciPy: struve(2, -inf) = -inf); NaN otherwise.
    assert_eq!(struve(2.0, f64::NEG_INFINITY), f64::NEG_INFINITY);
    assert!(struve(1.5, f64::NEG_INFINITY).is_nan());
}

#[test]
fn large_orders_underflow_and_overflow() {
    // SciPy: struve(200, 1) = 0, modstruve(200, 1) = 0, struve(50, 1) = 2.305285238913306e-81
    // (mpmath: 2.30528523891331654e-81),
    // struve(-170.3, 1) = -inf, modstruve(0, 720) = inf, modstruve(0, 710) =
    // 3.3453345586196545e+306.
    assert_eq!(struve(200.0, 1.0), 0.0);
    assert_eq!(modstruve(200.0, 1.0), 0.0);
    assert!(close(struve(50.0, 1.0), 2.305_285_238_913_316_5e-81, 4.0));
    assert_eq!(struve(-170.3, 1.0), f64::NEG_INFINITY);
    assert_eq!(modstruve(0.0, 720.0), f64::INFINITY);
    assert!(close(
        modstruve(0.0, 710.0),
        3.345_334_558_619_654_5e306,
        16.0
    ));
}

#[test]
fn half_integer_orders_are_bessel_functions() {
    // DLMF 11.4.4-11.4.5: H_{-(n+1/2)} = (-1)^n J_{n+1/2}, L_{-(n+1/2)} = I_{n+1/2}.
    for x in [0.3, 2.0, 45.0, 300.0] {
        assert!(close(struve(-0.5, x), jv(0.5, x), 4.0), "x = {x}");
        assert_eq!(struve(-1.5, x), -jv(1.5, x));
        assert_eq!(modstruve(-2.5, x), iv(2.5, x));
    }
    // SciPy: struve(-2.5, 2) = 0.22392453146891597, modstruve(-2.5, 2) = 0.3970270801393908.
    assert!(close(struve(-2.5, 2.0), 0.223_924_531_468_915_97, 8.0));
    assert!(close(modstruve(-2.5, 2.0), 0.397_027_080_139_390_8, 8.0));
}
