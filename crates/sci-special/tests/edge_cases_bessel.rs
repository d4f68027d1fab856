//! Edge cases of the Bessel family: NaN, infinities, x = 0, negative x, negative and huge
//! orders. Every expected value is SciPy 1.17.1's (checked in its environment), except where
//! a comment says that sci returns the mathematically right value instead.

use sci_core::testing::{Tol, assert_close};
use sci_special::{
    hankel1, hankel1e, hankel2, hankel2e, i0, i0e, i1, i1e, iv, ive, ivp, j0, j1, jn, jv, jve, jvp,
    k0, k0e, k1, k1e, kn, kv, kve, kvp, y0, y1, yn, yv, yve, yvp,
};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

/// Same value, NaN matching NaN, and the same sign of zero and of infinity.
fn same(actual: f64, expected: f64, what: &str) {
    let ok = if expected.is_nan() {
        actual.is_nan()
    } else {
        actual == expected && actual.is_sign_negative() == expected.is_sign_negative()
    };
    assert!(ok, "{what}: got {actual:?}, SciPy gives {expected:?}");
}

#[test]
fn jv_and_yv_special_values() {
    let cases_j = [
        (0.0, 0.0, 1.0),
        (1.0, 0.0, 0.0),
        (-1.0, 0.0, -0.0),
        (0.5, 0.0, 0.0),
        (-0.5, 0.0, INF),
        (-1.5, 0.0, -INF),
        (-2.5, 0.0, INF),
        (-3.5, 0.0, -INF),
        (2.5, -1.5, NAN),
        (0.0, INF, NAN),
        (1.0, -INF, NAN),
        (0.0, NAN, NAN),
        (NAN, 1.0, NAN),
        (INF, 1.0, 0.0),
        (-INF, 1.0, 0.0),
        (1e10, 5.0, 0.0),
    ];
    for (v, x, e) in cases_j {
        same(jv(v, x), e, &format!("jv({v}, {x})"));
    }
    let cases_y = [
        (0.0, 0.0, -INF),
        (1.0, 0.0, -INF),
        (-1.0, 0.0, INF),
        (0.5, 0.0, -INF),
        (-0.5, 0.0, -INF),
        (-1.5, 0.0, INF),
        (-2.5, 0.0, -INF),
        (-0.3, 0.0, -INF),
        (-0.7, 0.0, INF),
        (-1.3, 0.0, INF),
        (2.0, -1.5, NAN),
        (0.0, INF, NAN),
        (INF, 1.0, NAN),
        (1e10, 5.0, -INF),
    ];
    for (v, x, e) in cases_y {
        same(yv(v, x), e, &format!("yv({v}, {x})"));
    }
    // Negative x at integer order: J_n(-x) = (-1)^n J_n(x).
    assert_close(jv(2.0, -1.5), 0.232_087_672_144_214_75, Tol::rel(1e-15));
    assert_close(jv(-3.0, -1.5), 0.060_963_951_141_139_64, Tol::rel(1e-15));
    assert_close(jv(-2.5, 3.0), 0.369_040_730_073_798, Tol::rel(1e-14));
    assert_close(yv(-2.5, 3.0), 0.412_710_032_209_716_5, Tol::rel(1e-14));
}

#[test]
fn scaled_first_and_second_kind_edges() {
    same(jve(-0.5, 0.0), NAN, "jve(-0.5, 0)");
    same(jve(-1.0, 0.0), -0.0, "jve(-1, 0)");
    same(jve(0.0, INF), NAN, "jve(0, inf)");
    same(jve(INF, 1.0), NAN, "jve(inf, 1)");
    same(yve(0.0, 0.0), NAN, "yve(0, 0)");
    same(yve(1.0, -1.0), NAN, "yve(1, -1)");
    assert_close(jve(-2.5, 3.0), 0.369_040_730_073_797_95, Tol::rel(1e-14));
    assert_close(yve(-2.5, 3.0), 0.412_710_032_209_716_5, Tol::rel(1e-14));
}

#[test]
fn iv_kv_special_values() {
    let cases_i = [
        (0.0, 0.0, 1.0),
        (1.0, 0.0, 0.0),
        (-1.0, 0.0, 0.0),
        (-0.5, 0.0, INF),
        (-1.5, 0.0, INF),
        (2.5, -1.5, NAN),
        (0.0, INF, NAN),
        (1.0, -INF, NAN),
        (INF, 1.0, 0.0),
        (1e10, 5.0, 0.0),
    ];
    for (v, x, e) in cases_i {
        same(iv(v, x), e, &format!("iv({v}, {x})"));
    }
    assert_close(iv(2.0, -1.5), 0.337_834_618_335_680_74, Tol::rel(1e-15));
    assert_close(iv(-3.0, -1.5), -0.080_774_113_016_092_32, Tol::rel(1e-15));
    assert_close(iv(-2.5, 3.0), 1.568_854_107_074_402_9, Tol::rel(1e-14));
    // kv(200, 5): mpmath's 4.933874447611956e292 (SciPy 1.17.1 gives 4.933874447611491e292,
    // 9e-14 off).
    let cases_k = [
        (0.0, 0.0, INF),
        (-1.5, 0.0, INF),
        (2.0, -1.5, NAN),
        (0.0, INF, 0.0),
        (2.5, INF, 0.0),
        (1.0, -INF, NAN),
        (INF, 1.0, NAN),
        (200.0, 5.0, 4.933_874_447_611_956e292),
        (1e4, 5.0, INF),
    ];
    for (v, x, e) in cases_k {
        let value = kv(v, x);
        if e.is_finite() {
            assert_close(value, e, Tol::rel(2e-14));
        } else {
            same(value, e, &format!("kv({v}, {x})"));
        }
    }
    // SciPy 1.17.1 gives NaN for kv(1e10, 5) (an AMOS overflow flag); the value overflows,
    // and sci returns inf as it does for kv(1e4, 5).
    same(kv(1e10, 5.0), INF, "kv(1e10, 5)");
    assert_close(kv(-2.5, 3.0), 0.084_060_631_974_117_4, Tol::rel(1e-14));
    same(ive(-0.5, 0.0), NAN, "ive(-0.5, 0)");
    same(ive(0.0, INF), NAN, "ive(0, inf)");
    assert_close(ive(-3.0, -1.5), -0.018_023_140_773_128_044, Tol::rel(1e-14));
    same(kve(0.0, 0.0), INF, "kve(0, 0)");
    same(kve(0.0, INF), NAN, "kve(0, inf)");
    assert_close(kve(-2.5, 3.0), 1.688_402_927_302_624_6, Tol::rel(1e-14));
}

#[test]
fn integer_order_functions() {
    same(yn(0, 0.0), -INF, "yn(0, 0)");
    same(yn(-1, 0.0), INF, "yn(-1, 0)");
    same(yn(2, -1.5), NAN, "yn(2, -1.5)");
    same(yn(0, INF), NAN, "yn(0, inf)");
    assert_close(yn(-3, 1.5), 2.073_541_399_060_686, Tol::rel(1e-14));
    same(kn(0, 0.0), INF, "kn(0, 0)");
    same(kn(-1, 0.0), INF, "kn(-1, 0)");
    same(kn(2, -1.5), NAN, "kn(2, -1.5)");
    same(kn(0, INF), 0.0, "kn(0, inf)");
    assert_close(kn(-3, 1.5), 1.833_803_702_474_578_8, Tol::rel(1e-14));
    same(jn(-1, 0.0), -0.0, "jn(-1, 0)");
    same(jn(2, -0.0), 0.0, "jn(2, -0)");
    assert_close(jn(-3, -1.5), 0.060_963_951_141_139_64, Tol::rel(1e-15));
}

#[test]
fn orders_zero_and_one_edges() {
    for (x, j0e, j1e, y0e, y1e) in [
        (0.0, 1.0, 0.0, -INF, -INF),
        (-0.0, 1.0, -0.0, -INF, -INF),
        (1e-310, 1.0, 5e-311, -454.493_875_600_353_93, -INF),
        (INF, NAN, NAN, NAN, NAN),
        (-INF, NAN, NAN, NAN, NAN),
        (NAN, NAN, NAN, NAN, NAN),
    ] {
        same(j0(x), j0e, &format!("j0({x})"));
        if j1e == 0.0 || j1e.is_nan() {
            same(j1(x), j1e, &format!("j1({x})"));
        } else {
            assert_close(j1(x), j1e, Tol::rel(1e-12));
        }
        if y0e.is_finite() {
            assert_close(y0(x), y0e, Tol::rel(1e-15));
        } else {
            same(y0(x), y0e, &format!("y0({x})"));
        }
        same(y1(x), y1e, &format!("y1({x})"));
    }
    same(y0(-1.0), NAN, "y0(-1)");
    same(y1(-1.0), NAN, "y1(-1)");
    for (x, i0v, i0ev, i1v, i1ev) in [
        (0.0, 1.0, 1.0, 0.0, 0.0),
        (INF, NAN, 0.0, NAN, 0.0),
        (-INF, NAN, 0.0, NAN, -0.0),
        (NAN, NAN, NAN, NAN, NAN),
        (
            1e300,
            INF,
            3.989_422_804_014_327e-151,
            INF,
            3.989_422_804_014_327e-151,
        ),
    ] {
        same(i0(x), i0v, &format!("i0({x})"));
        same(i1(x), i1v, &format!("i1({x})"));
        if i0ev.is_finite() && i0ev != 0.0 {
            assert_close(i0e(x), i0ev, Tol::rel(1e-15));
            assert_close(i1e(x), i1ev, Tol::rel(1e-15));
        } else {
            same(i0e(x), i0ev, &format!("i0e({x})"));
            same(i1e(x), i1ev, &format!("i1e({x})"));
        }
    }
    assert_close(i1e(-1.0), -0.207_910_415_349_708_5, Tol::rel(1e-15));
    for (x, k0v, k0ev, k1v, k1ev) in [
        (0.0, INF, INF, INF, INF),
        (-1.0, NAN, NAN, NAN, NAN),
        (INF, 0.0, 0.0, 0.0, 0.0),
        (-INF, NAN, NAN, NAN, NAN),
        (
            1e-310,
            713.917_310_343_812_5,
            713.917_310_343_812_5,
            INF,
            INF,
        ),
        (
            1e300,
            0.0,
            1.253_314_137_315_500_4e-150,
            0.0,
            1.253_314_137_315_500_2e-150,
        ),
    ] {
        for (name, got, e) in [
            ("k0", k0(x), k0v),
            ("k0e", k0e(x), k0ev),
            ("k1", k1(x), k1v),
            ("k1e", k1e(x), k1ev),
        ] {
            if e.is_finite() && e != 0.0 {
                assert_close(got, e, Tol::rel(1e-15));
            } else {
                same(got, e, &format!("{name}({x})"));
            }
        }
    }
}

#[test]
fn hankel_edges_and_negative_argument() {
    for h in [
        hankel1(2.3, 0.0),
        hankel2(1.0, NAN),
        hankel1e(0.0, INF),
        hankel2e(INF, 1.0),
    ] {
        assert!(h.re.is_nan() && h.im.is_nan(), "{h}");
    }
    // SciPy 1.17.1: hankel1(0.5, -2) and hankel2(0.5, -2), hankel1(2, -2),
    // hankel1e(1.2, 3), hankel2e(1.2, -3).
    let cases = [
        (
            hankel1(0.5, -2.0),
            (0.234_785_710_406_248_52, 0.513_016_136_561_827_9),
        ),
        (
            hankel2(0.5, -2.0),
            (-0.234_785_710_406_248_38, 0.513_016_136_561_828_7),
        ),
        (
            hankel1(2.0, -2.0),
            (-0.352_834_028_615_637_7, -0.617_408_104_190_682_8),
        ),
        (
            hankel1e(1.2, 3.0),
            (-0.374_601_468_553_362_6, -0.291_890_001_272_205_2),
        ),
        (
            hankel2e(1.2, -3.0),
            (0.845_431_292_843_535_9, 0.172_211_077_905_281_8),
        ),
    ];
    for (h, (re, im)) in cases {
        assert!(
            (h.re - re).abs() < 1e-14 && (h.im - im).abs() < 1e-14,
            "{h} vs {re} + {im}i"
        );
    }
}

#[test]
fn derivative_edges() {
    // SciPy 1.17.1: jvp(1, 0, 1) = 0.5, yvp(1, 0, 1) = nan, ivp(0, 0, 2) = 0.5,
    // kvp(1, 0, 1) = -inf, jvp(2.5, -1, 1) = nan.
    same(jvp(1.0, 0.0, 1), 0.5, "jvp(1, 0, 1)");
    same(yvp(1.0, 0.0, 1), NAN, "yvp(1, 0, 1)");
    same(ivp(0.0, 0.0, 2), 0.5, "ivp(0, 0, 2)");
    same(kvp(1.0, 0.0, 1), -INF, "kvp(1, 0, 1)");
    same(jvp(2.5, -1.0, 1), NAN, "jvp(2.5, -1, 1)");
    same(jvp(1.0, NAN, 2), NAN, "jvp(1, nan, 2)");
}

#[test]
fn huge_orders_underflow_and_overflow_quickly() {
    // J_v(x) and I_v(x) underflow, Y_v(x) and K_v(x) overflow, without a recurrence of v steps.
    same(jv(1e15, 1e3), 0.0, "jv(1e15, 1e3)");
    same(yv(1e15, 1e3), -INF, "yv(1e15, 1e3)");
    same(iv(1e15, 1e3), 0.0, "iv(1e15, 1e3)");
    same(kv(1e15, 1e3), INF, "kv(1e15, 1e3)");
    same(jv(1e5, 9e4), 0.0, "jv(1e5, 9e4)");
}

#[test]
fn k0_and_k1_across_their_series_seam_and_at_tiny_x() {
    // mpmath (40 digits): K0(2) = 0.11389387274953344, K0(2 + ulp) = 0.11389387274953337,
    // K1(2) = 0.13986588181652243, K1(2 + ulp) = 0.13986588181652235, K0(1e-300) =
    // 690.8914594138721. SciPy 1.17.1 gives 0.1138938727495334, 0.11389387274953337,
    // 0.13986588181652246, 0.13986588181652232 and 690.8914594138721.
    let up = 2.0f64.next_up();
    let cases = [
        (k0(2.0), 0.113_893_872_749_533_44),
        (k0(up), 0.113_893_872_749_533_37),
        (k1(2.0), 0.139_865_881_816_522_43),
        (k1(up), 0.139_865_881_816_522_35),
        (k0(1e-300), 690.891_459_413_872_1),
    ];
    for (value, expected) in cases {
        assert_close(value, expected, Tol::rel(2.3e-16));
    }
    same(k1(1e-300), 1.0 / 1e-300, "k1(1e-300)");
}
