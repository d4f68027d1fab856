//! Edge cases of the exponential-integral family: NaN, infinities, the origin, negative
//! arguments, integer orders, underflow. Every expected value is SciPy 1.17.1's.

use sci_special::{exp1, expi, expn, shichi, sici, spence};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

#[track_caller]
fn check(actual: f64, expected: f64) {
    assert!(
        (actual.is_nan() && expected.is_nan()) || actual == expected,
        "got {actual}, SciPy gives {expected}"
    );
}

#[test]
fn exponential_integrals() {
    check(exp1(-1.0), NAN);
    check(exp1(0.0), INF);
    check(exp1(-0.0), INF);
    check(exp1(INF), 0.0);
    check(exp1(NAN), NAN);
    check(exp1(800.0), 0.0);
    assert!((exp1(1e-300) - 690.198_312_233_312_1).abs() < 1e-12);
    assert!((exp1(700.0) / 1.406_518_766_234_033e-307 - 1.0).abs() < 1e-13);
    check(expi(0.0), f64::NEG_INFINITY);
    check(expi(-0.0), f64::NEG_INFINITY);
    check(expi(INF), INF);
    check(expi(f64::NEG_INFINITY), 0.0);
    check(expi(NAN), NAN);
    check(expi(-800.0), 0.0);
    check(expi(720.0), INF);
    assert!((expi(-1.0) + 0.219_383_934_395_520_27).abs() < 1e-15);
}

#[test]
fn generalized_exponential_integral() {
    check(expn(0, 0.0), INF);
    check(expn(1, 0.0), INF);
    check(expn(2, 0.0), 1.0);
    check(expn(-1, 1.0), NAN);
    check(expn(3, -1.0), NAN);
    check(expn(2, INF), 0.0);
    check(expn(0, 1e-320), INF);
    check(expn(3, NAN), NAN);
    check(expn(5, 1e-300), 0.25);
    assert!((expn(10_000, 1.0) / 3.678_794_374_922_799_6e-5 - 1.0).abs() < 1e-13);
}

#[test]
fn sine_and_cosine_integrals() {
    let r = sici(0.0);
    check(r.si, 0.0);
    check(r.ci, f64::NEG_INFINITY);
    let r = sici(INF);
    check(r.si, std::f64::consts::FRAC_PI_2);
    check(r.ci, 0.0);
    let r = sici(f64::NEG_INFINITY);
    check(r.si, -std::f64::consts::FRAC_PI_2);
    check(r.ci, NAN);
    let r = sici(NAN);
    check(r.si, NAN);
    check(r.ci, NAN);
    // x < 0: Si is odd, Ci is the real part Ci(|x|).
    let (neg, pos) = (sici(-1.0), sici(1.0));
    check(neg.si, -pos.si);
    check(neg.ci, pos.ci);
    assert!((pos.ci - 0.337_403_922_900_968_1).abs() < 1e-16);
    let r = sici(1e300);
    assert!((r.si - std::f64::consts::FRAC_PI_2).abs() < 1e-16);
    assert!((r.ci / -8.178_819_121_159_085e-301 - 1.0).abs() < 1e-10);
}

#[test]
fn hyperbolic_sine_and_cosine_integrals() {
    let r = shichi(0.0);
    check(r.shi, 0.0);
    check(r.chi, f64::NEG_INFINITY);
    let r = shichi(INF);
    check(r.shi, INF);
    check(r.chi, INF);
    let r = shichi(f64::NEG_INFINITY);
    check(r.shi, f64::NEG_INFINITY);
    check(r.chi, INF);
    let r = shichi(720.0);
    check(r.shi, INF);
    check(r.chi, INF);
    let r = shichi(1e-300);
    check(r.shi, 1e-300);
    assert!((r.chi + 690.198_312_233_312_1).abs() < 1e-12);
    let (neg, pos) = (shichi(-1.0), shichi(1.0));
    check(neg.shi, -pos.shi);
    check(neg.chi, pos.chi);
}

#[test]
fn spence_edge_values() {
    check(spence(-1.0), NAN);
    check(spence(0.0), 1.644_934_066_848_226_4);
    check(spence(-0.0), 1.644_934_066_848_226_4);
    check(spence(1.0), 0.0);
    check(spence(INF), NAN);
    check(spence(NAN), NAN);
    assert!((spence(2.0) + 0.822_467_033_424_113_2).abs() < 1e-15);
    assert!((spence(1e300) / -238_587.059_905_594_77 - 1.0).abs() < 1e-15);
    check(spence(1e-300), 1.644_934_066_848_226_4);
}

#[test]
fn cosine_integral_at_its_third_and_fourth_zeros() {
    // The floats nearest the zeros 6.42704774405... and 9.52557545758...: mpmath gives
    // Ci = 2.886908260218442e-17 and -5.247249046370079e-17; SciPy 1.17.1 gives
    // 2.42861286636753e-17 and -5.0306980803327406e-17 (16% and 4% off).
    for (x, expected) in [
        (6.427_047_744_050_369, 2.886_908_260_218_442e-17),
        (9.525_575_457_580_666, -5.247_249_046_370_079e-17),
    ] {
        let ci = sici(x).ci;
        assert!((ci / expected - 1.0).abs() <= 1e-14, "Ci({x}) = {ci}");
    }
}
