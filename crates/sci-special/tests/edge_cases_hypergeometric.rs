//! Edge cases of the hypergeometric functions: poles of the lower parameter, terminating
//! series, `x = 0`, infinities, NaN, overflow and underflow; for `hyp2f1` also `z = 1` and the
//! branch cut `z > 1`. Values marked "SciPy" are SciPy 1.17.1's (`scipy.special.hyp0f1`,
//! `hyp1f1`, `hyperu`, `hyp2f1`); "mpmath" values are mpmath 1.4.1's at 30 digits.

use sci_special::{hyp0f1, hyp1f1, hyp2f1, hyperu};

fn close(a: f64, b: f64, ulps: f64) -> bool {
    (a - b).abs() <= ulps * f64::EPSILON * b.abs()
}

#[test]
fn hyp0f1_is_nan_at_the_poles_and_for_infinite_x() {
    // SciPy: hyp0f1(0, 1), hyp0f1(-1, 1), hyp0f1(0, 0), hyp0f1(-1, -1), hyp0f1(1, inf),
    // hyp0f1(1, -inf) are all nan.
    for (v, x) in [
        (0.0, 1.0),
        (-1.0, 1.0),
        (0.0, 0.0),
        (-1.0, -1.0),
        (-7.0, 2.5),
    ] {
        assert!(hyp0f1(v, x).is_nan(), "v = {v}, x = {x}");
    }
    assert!(hyp0f1(1.0, f64::INFINITY).is_nan());
    assert!(hyp0f1(1.0, f64::NEG_INFINITY).is_nan());
    assert!(hyp0f1(f64::NAN, 1.0).is_nan());
    assert!(hyp0f1(1.0, f64::NAN).is_nan());
}

#[test]
fn hyp0f1_limits() {
    // SciPy: hyp0f1(inf, 1) = 1; the value at x = 0 is 1 off the poles.
    assert_eq!(hyp0f1(f64::INFINITY, 1.0), 1.0);
    assert_eq!(hyp0f1(2.5, 0.0), 1.0);
    assert_eq!(hyp0f1(-2.5, 0.0), 1.0);
}

#[test]
fn hyp0f1_matches_scipy_at_sample_points() {
    // SciPy: hyp0f1(0.5, -100) = 0.40808206181339196, hyp0f1(2.5, 3) = 2.845695342287081,
    // hyp0f1(-2.5, 1) = 0.5936624302716605, hyp0f1(-0.5, -10) = 1.2607166924201145,
    // hyp0f1(1, 1e5) = 7.454672734273921e272, hyp0f1(3, -1e4) = 2.9788789097481148e-6.
    assert!(close(hyp0f1(0.5, -100.0), 0.408_082_061_813_391_96, 8.0));
    assert!(close(hyp0f1(2.5, 3.0), 2.845_695_342_287_081, 4.0));
    assert!(close(hyp0f1(-2.5, 1.0), 0.593_662_430_271_660_5, 4.0));
    assert!(close(hyp0f1(-0.5, -10.0), 1.260_716_692_420_114_5, 4.0));
    assert!(close(hyp0f1(1.0, 1e5), 7.454_672_734_273_921e272, 1e3));
    assert!(close(hyp0f1(3.0, -1e4), 2.978_878_909_748_114_8e-6, 1e3));
}

#[test]
fn hyp0f1_overflows_to_inf() {
    // SciPy: hyp0f1(1.5, 1e6) = inf (the value is about e^2000).
    assert_eq!(hyp0f1(1.5, 1e6), f64::INFINITY);
}

#[test]
fn hyp0f1_large_order_stays_finite() {
    // SciPy gives inf at hyp0f1(200, -50), where Gamma(200) overflows, though the series
    // converges at once; mpmath: hyp0f1(200, -50) = 0.7786795100345266003875758312.
    assert!(close(hyp0f1(200.0, -50.0), 0.778_679_510_034_526_6, 4.0));
}

#[test]
fn hyp1f1_at_the_poles_of_b() {
    // SciPy: hyp1f1(1, 0, 1) = inf, hyp1f1(-1, 0, 1) = inf, hyp1f1(0, 0, 1) = inf,
    // hyp1f1(-3, -2, 1) = inf, hyp1f1(1, -1, 0) = inf, hyp1f1(0, -1, 2) = inf.
    for (a, b, x) in [
        (1.0, 0.0, 1.0),
        (-1.0, 0.0, 1.0),
        (0.0, 0.0, 1.0),
        (-3.0, -2.0, 1.0),
        (1.0, -1.0, 0.0),
        (0.0, -1.0, 2.0),
    ] {
        assert_eq!(hyp1f1(a, b, x), f64::INFINITY, "a = {a}, b = {b}, x = {x}");
    }
    // The series terminates before the pole when a is a negative integer with a >= b.
    // SciPy: hyp1f1(-1, -1, 1) = 2, hyp1f1(-1, -2, 1) = 1.5, hyp1f1(-2, -3, 2) = 3,
    // hyp1f1(-1, -1, 0) = 1.
    assert!(close(hyp1f1(-1.0, -1.0, 1.0), 2.0, 1.0));
    assert!(close(hyp1f1(-1.0, -2.0, 1.0), 1.5, 1.0));
    assert!(close(hyp1f1(-2.0, -3.0, 2.0), 3.0, 2.0));
    assert_eq!(hyp1f1(-1.0, -1.0, 0.0), 1.0);
}

#[test]
fn hyp1f1_special_parameters() {
    assert_eq!(hyp1f1(0.0, 2.5, 7.0), 1.0);
    assert_eq!(hyp1f1(2.0, 3.5, 0.0), 1.0);
    assert!(close(hyp1f1(2.5, 2.5, 3.0), 3.0f64.exp(), 1.0));
    // SciPy: hyp1f1(-2, 1.5, 3) = -0.6 (a polynomial), hyp1f1(0.5, -0.5, 2) = -22.16716829679195.
    assert!(close(hyp1f1(-2.0, 1.5, 3.0), -0.6, 4.0));
    assert!(close(hyp1f1(0.5, -0.5, 2.0), -22.167_168_296_791_95, 8.0));
}

#[test]
fn hyp1f1_nan_and_infinities() {
    // SciPy: nan for x = ±inf, for a = ±inf; 1 for b = +inf.
    assert!(hyp1f1(1.0, 1.0, f64::INFINITY).is_nan());
    assert!(hyp1f1(1.0, 1.0, f64::NEG_INFINITY).is_nan());
    assert!(hyp1f1(f64::INFINITY, 1.0, 1.0).is_nan());
    assert!(hyp1f1(f64::NEG_INFINITY, 1.0, 1.0).is_nan());
    assert_eq!(hyp1f1(1.0, f64::INFINITY, 1.0), 1.0);
    assert!(hyp1f1(f64::NAN, 1.0, 1.0).is_nan());
    assert!(hyp1f1(1.0, f64::NAN, 1.0).is_nan());
    assert!(hyp1f1(1.0, 2.0, f64::NAN).is_nan());
}

#[test]
fn hyp1f1_large_arguments() {
    // SciPy: hyp1f1(1, 2, 700) = 1.4489029353357207e301, hyp1f1(1, 2, 800) = inf,
    // hyp1f1(2, 3, -800) = 3.1249999999999997e-6, hyp1f1(0.5, 1.5, -1000) = 0.028024956081989644,
    // hyp1f1(3, 2, -1e5) = -0.0.
    assert!(close(
        hyp1f1(1.0, 2.0, 700.0),
        1.448_902_935_335_720_7e301,
        16.0
    ));
    assert_eq!(hyp1f1(1.0, 2.0, 800.0), f64::INFINITY);
    assert!(close(
        hyp1f1(2.0, 3.0, -800.0),
        3.124_999_999_999_999_7e-6,
        16.0
    ));
    assert!(close(
        hyp1f1(0.5, 1.5, -1000.0),
        0.028_024_956_081_989_644,
        16.0
    ));
    assert_eq!(hyp1f1(3.0, 2.0, -1e5), 0.0);
}

#[test]
fn hyperu_domain_and_special_values() {
    // SciPy: hyperu(1, 1, -1) = nan, hyperu(1, 1, inf) = nan, hyperu(nan, 1, 1) = nan,
    // hyperu(0, 1, 2) = 1, hyperu(-2, 1, 2) = -2.
    assert!(hyperu(1.0, 1.0, -1.0).is_nan());
    assert!(hyperu(1.0, 1.0, f64::INFINITY).is_nan());
    assert!(hyperu(f64::NAN, 1.0, 1.0).is_nan());
    assert!(hyperu(1.0, f64::NAN, 1.0).is_nan());
    assert_eq!(hyperu(0.0, 1.0, 2.0), 1.0);
    assert!(close(hyperu(-2.0, 1.0, 2.0), -2.0, 2.0));
}

#[test]
fn hyperu_at_zero() {
    // SciPy: hyperu(1, 0.5, 0) = 2, hyperu(0.5, 0.5, 0) = 1.7724538509055159,
    // hyperu(1, 1, 0) = inf, hyperu(1, 2, 0) = inf, hyperu(-1.5, 1, 0) = inf.
    assert!(close(hyperu(1.0, 0.5, 0.0), 2.0, 4.0));
    assert!(close(hyperu(0.5, 0.5, 0.0), 1.772_453_850_905_515_9, 4.0));
    for (a, b) in [(1.0, 1.0), (1.0, 2.0), (-1.5, 1.0)] {
        assert_eq!(hyperu(a, b, 0.0), f64::INFINITY, "a = {a}, b = {b}");
    }
}

#[test]
fn hyperu_matches_scipy_at_sample_points() {
    // mpmath (30 digits): hyperu(-2.5, -3, 2) = 28.6113595806622008241451708238; SciPy's
    // 28.611359791330404 is off by 7e-9 relative.
    assert!(close(hyperu(-2.5, -3.0, 2.0), 28.611_359_580_662_2, 16.0));
    // U(a, a + 1, x) = x^-a (DLMF 13.6.4).
    assert!(close(hyperu(0.5, 1.5, 4.0), 0.5, 8.0));
}

#[test]
fn hyp2f1_nan_and_infinite_arguments() {
    // SciPy: hyp2f1(1, 1, 2, nan) = nan, hyp2f1(nan, 1, 2, 0) = 1 (z = 0 first),
    // hyp2f1(inf, 1, 2, 0.5) = nan, hyp2f1(1, 1, -inf, 0.5) = nan, hyp2f1(1, 1, inf, 0.5) = 1,
    // hyp2f1(1, 1, 1e300, 0.5) = 1, hyp2f1(1, 1, 2, -inf) = nan, hyp2f1(1, 1, 2, inf) = inf.
    assert!(hyp2f1(1.0, 1.0, 2.0, f64::NAN).is_nan());
    assert!(hyp2f1(f64::NAN, 1.0, 2.0, 0.5).is_nan());
    assert!(hyp2f1(1.0, 1.0, f64::NAN, 0.5).is_nan());
    assert_eq!(hyp2f1(f64::NAN, 1.0, 2.0, 0.0), 1.0);
    assert!(hyp2f1(f64::INFINITY, 1.0, 2.0, 0.5).is_nan());
    assert!(hyp2f1(1.0, f64::NEG_INFINITY, 2.0, 0.5).is_nan());
    assert!(hyp2f1(1.0, 1.0, f64::NEG_INFINITY, 0.5).is_nan());
    assert_eq!(hyp2f1(1.0, 1.0, f64::INFINITY, 0.5), 1.0);
    assert_eq!(hyp2f1(1.0, 1.0, 1e300, 0.5), 1.0);
    assert!(hyp2f1(1.0, 1.0, 2.0, f64::NEG_INFINITY).is_nan());
    assert_eq!(hyp2f1(1.0, 1.0, 2.0, f64::INFINITY), f64::INFINITY);
}

#[test]
fn hyp2f1_trivial_parameters() {
    // SciPy: hyp2f1(0, 1, 2, 5) = 1, hyp2f1(0, 1, -2, 0.5) = 1, hyp2f1(2, 2, -1, 0) = 1,
    // hyp2f1(2, 3, 2, 0.5) = 8, hyp2f1(2, 3, 3, 0.5) = 4, hyp2f1(2, 3, 2, 1.5) = -8,
    // hyp2f1(1, 3, 3, 1.5) = -2, hyp2f1(2, 3, 2, 1) = inf, hyp2f1(0, 1, 0, 0.5) = 2
    // (a = c before a = 0), hyp2f1(-1, 2, -1, 0.5) = 4 (a = c before the polynomial).
    assert_eq!(hyp2f1(0.0, 1.0, 2.0, 5.0), 1.0);
    assert_eq!(hyp2f1(0.0, 1.0, -2.0, 0.5), 1.0);
    assert_eq!(hyp2f1(2.0, 2.0, -1.0, 0.0), 1.0);
    assert_eq!(hyp2f1(2.0, 3.0, 2.0, 0.5), 8.0);
    assert_eq!(hyp2f1(2.0, 3.0, 3.0, 0.5), 4.0);
    assert_eq!(hyp2f1(2.0, 3.0, 2.0, 1.5), -8.0);
    assert_eq!(hyp2f1(1.0, 3.0, 3.0, 1.5), -2.0);
    assert_eq!(hyp2f1(2.0, 3.0, 2.0, 1.0), f64::INFINITY);
    assert_eq!(hyp2f1(0.0, 1.0, 0.0, 0.5), 2.0);
    assert_eq!(hyp2f1(-1.0, 2.0, -1.0, 0.5), 4.0);
    // SciPy: hyp2f1(1.5, 0.5, 1.5, 0.5) = 1.4142135623730951; (1 - z)^-0.5 is not real at
    // z = 2: hyp2f1(1.5, 0.5, 1.5, 2) = inf.
    assert!(close(
        hyp2f1(1.5, 0.5, 1.5, 0.5),
        std::f64::consts::SQRT_2,
        1.0
    ));
    assert_eq!(hyp2f1(1.5, 0.5, 1.5, 2.0), f64::INFINITY);
}

#[test]
fn hyp2f1_poles_of_c() {
    // SciPy: hyp2f1(1, 2, -1, 0.5) = inf, hyp2f1(1, 2, 0, 0.3) = inf, hyp2f1(-2, 2, -1, 0.5)
    // = inf (the pole comes first), hyp2f1(2, 1, -2, 0.5) = inf, hyp2f1(-5, 5, -3, 1) = inf;
    // the polynomial ends before the pole: hyp2f1(-1, 2, -2, 0.5) = 1.5,
    // hyp2f1(-2, 1, -3, 0.5) = 1.4166666666666665 (17/12), hyp2f1(-5, 5, -6, 1) = 77.
    assert_eq!(hyp2f1(1.0, 2.0, -1.0, 0.5), f64::INFINITY);
    assert_eq!(hyp2f1(1.0, 2.0, 0.0, 0.3), f64::INFINITY);
    assert_eq!(hyp2f1(-2.0, 2.0, -1.0, 0.5), f64::INFINITY);
    assert_eq!(hyp2f1(2.0, 1.0, -2.0, 0.5), f64::INFINITY);
    assert_eq!(hyp2f1(-5.0, 5.0, -3.0, 1.0), f64::INFINITY);
    assert_eq!(hyp2f1(-1.0, 2.0, -2.0, 0.5), 1.5);
    assert!(close(hyp2f1(-2.0, 1.0, -3.0, 0.5), 17.0 / 12.0, 2.0));
    assert!(close(hyp2f1(-5.0, 5.0, -6.0, 1.0), 77.0, 2.0));
    // c near a pole: mpmath hyp2f1(1.5, 2.5, -2.5, 0.5) = -1719.6836918456835793.
    assert!(close(
        hyp2f1(1.5, 2.5, -2.5, 0.5),
        -1_719.683_691_845_683_6,
        4.0
    ));
}

#[test]
fn hyp2f1_polynomials_beyond_one() {
    // SciPy: hyp2f1(-2, 1, 2, 3) = 1, hyp2f1(-2, 1.5, 2.5, 10) = 31.857142857142858 (223/7),
    // hyp2f1(-3, -2, 1, 5) = 106, hyp2f1(-1, 1, 1, 2) = -1; at infinity the sign of the
    // leading term: hyp2f1(-1, 1, 2, -inf) = inf. (SciPy gives -inf at hyp2f1(-2, 1.3, 0.5,
    // inf), whose leading coefficient is positive.)
    assert!(close(hyp2f1(-2.0, 1.0, 2.0, 3.0), 1.0, 2.0));
    assert!(close(hyp2f1(-2.0, 1.5, 2.5, 10.0), 223.0 / 7.0, 2.0));
    assert!(close(hyp2f1(-3.0, -2.0, 1.0, 5.0), 106.0, 2.0));
    assert_eq!(hyp2f1(-1.0, 1.0, 1.0, 2.0), -1.0);
    assert_eq!(hyp2f1(-1.0, 1.0, 2.0, f64::NEG_INFINITY), f64::INFINITY);
    assert_eq!(hyp2f1(-2.0, 1.3, 0.5, f64::INFINITY), f64::INFINITY);
    assert_eq!(hyp2f1(-2.0, 1.3, 0.5, f64::NEG_INFINITY), f64::INFINITY);
}

#[test]
fn hyp2f1_at_one() {
    // Gauss's sum. SciPy: hyp2f1(1, 1, 3, 1) = 2, hyp2f1(0.3, 0.2, 0.6, 1) =
    // 2.1350086480549066, hyp2f1(1.5, 0.5, 2.5, 1) = 2.356194490192345 (3 pi / 4),
    // hyp2f1(-3, 2.5, 4.5, 1) = 0.14918414918414905 (mpmath 0.14918414918414918415),
    // hyp2f1(-3.5, -2.2, -5.5, 1) = 0 (c - a = -2).
    assert!(close(hyp2f1(1.0, 1.0, 3.0, 1.0), 2.0, 1.0));
    assert!(close(
        hyp2f1(0.3, 0.2, 0.6, 1.0),
        2.135_008_648_054_906_7,
        4.0
    ));
    assert!(close(
        hyp2f1(1.5, 0.5, 2.5, 1.0),
        0.75 * std::f64::consts::PI,
        2.0
    ));
    assert!(close(
        hyp2f1(-3.0, 2.5, 4.5, 1.0),
        0.149_184_149_184_149_18,
        2.0
    ));
    assert_eq!(hyp2f1(-3.5, -2.2, -5.5, 1.0), 0.0);
    // c - a - b <= 0: the signed limit. SciPy: hyp2f1(1, 1, 2, 1) = inf,
    // hyp2f1(0.3, 0.2, 0.5, 1) = inf, hyp2f1(3.5, 2.5, 2, 1) = inf,
    // hyp2f1(3.5, 2.2, -2.5, 1) = -inf.
    assert_eq!(hyp2f1(1.0, 1.0, 2.0, 1.0), f64::INFINITY);
    assert_eq!(hyp2f1(0.3, 0.2, 0.5, 1.0), f64::INFINITY);
    assert_eq!(hyp2f1(3.5, 2.5, 2.0, 1.0), f64::INFINITY);
    assert_eq!(hyp2f1(3.5, 2.2, -2.5, 1.0), f64::NEG_INFINITY);
}

#[test]
fn hyp2f1_branch_cut_is_inf() {
    // SciPy: hyp2f1(1, 1, 2, 2) = inf, hyp2f1(0.5, 0.3, 2, 1.5) = inf,
    // hyp2f1(3, 4, 5, 2) = inf, hyp2f1(2.5, 1.3, 0.5, 2) = inf, hyp2f1(1, 1, 2, 1 + 1e-10) = inf.
    for (a, b, c, z) in [
        (1.0, 1.0, 2.0, 2.0),
        (0.5, 0.3, 2.0, 1.5),
        (3.0, 4.0, 5.0, 2.0),
        (2.5, 1.3, 0.5, 2.0),
        (1.0, 1.0, 2.0, 1.000_000_000_1),
    ] {
        assert_eq!(hyp2f1(a, b, c, z), f64::INFINITY, "{a} {b} {c} {z}");
    }
}

#[test]
fn hyp2f1_where_scipy_fails() {
    // mpmath: hyp2f1(1, 1, 2, 1 - 2^-53) = 36.736800569677105478 (SciPy: inf),
    // hyp2f1(1, 1, 2, -1e300) = 6.9077552789821366899e-298 (SciPy: inf),
    // hyp2f1(1.5, 2.5, 4.000000001, 0.999) = 25.648290511130391406 (SciPy:
    // 25.64828327539659, 3e-7 off, where c - a - b is 1e-9 from an integer).
    let z = 1.0 - f64::EPSILON / 2.0;
    assert!(close(hyp2f1(1.0, 1.0, 2.0, z), 36.736_800_569_677_105, 4.0));
    assert!(close(
        hyp2f1(1.0, 1.0, 2.0, -1e300),
        6.907_755_278_982_137e-298,
        4.0
    ));
    assert!(close(
        hyp2f1(1.5, 2.5, 4.000_000_001, 0.999),
        25.648_290_511_130_39,
        16.0
    ));
}

#[test]
fn hyp2f1_large_negative_z() {
    // SciPy: hyp2f1(0.5, 1.5, 3, -1e10) = 1.6976527234107628e-5; mpmath
    // hyp2f1(1.5, 2.5, 4, -1e4) = 3.3889517510423058012e-6.
    assert!(close(
        hyp2f1(0.5, 1.5, 3.0, -1e10),
        1.697_652_723_410_762_8e-5,
        8.0
    ));
    assert!(close(
        hyp2f1(1.5, 2.5, 4.0, -1e4),
        3.388_951_751_042_305_8e-6,
        8.0
    ));
}

#[test]
fn hyp2f1_huge_parameters() {
    // SciPy and mpmath: hyp2f1(-150.5, -150.5, 1e10, 0.6) = 1.0000013590159112; SciPy gives
    // nan at z = 0.999999, mpmath 1.0000022650252662.
    assert!(close(
        hyp2f1(-150.5, -150.5, 1e10, 0.6),
        1.000_001_359_015_911_2,
        4.0
    ));
    assert!(close(
        hyp2f1(-150.5, -150.5, 1e10, 0.999_999),
        1.000_002_265_025_266_2,
        4.0
    ));
    // No method of this implementation reaches a = 1e10 with c = 2 (nor a polynomial of
    // degree 1e10): NaN, as SciPy's hyp2f1(1e10, 1, 2, -0.5) and hyp2f1(-1e10, 2.5, 3.5, 0.3)
    // (mpmath: 2.0000000002e-10 and 6.7417566378688823e-24).
    assert!(hyp2f1(1e10, 1.0, 2.0, -0.5).is_nan());
    assert!(hyp2f1(-1e10, 2.5, 3.5, 0.3).is_nan());
}
