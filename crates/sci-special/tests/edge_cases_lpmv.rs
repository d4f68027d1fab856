//! Edge cases of `lpmv`: non-integer orders, `x = ±1`, `|x| > 1`, negative degrees and
//! orders, NaN and infinities. Values marked "SciPy" are SciPy 1.17.1's
//! (`scipy.special.lpmv(m, v, x)`).

use sci_special::lpmv;

const INF: f64 = f64::INFINITY;

fn close(a: f64, b: f64, ulps: f64) -> bool {
    (a - b).abs() <= ulps * f64::EPSILON * b.abs()
}

#[test]
fn non_integer_order_and_nan_are_nan() {
    // SciPy: lpmv(0.5, 2, 0.5), lpmv(1e-16, 2, 0.5), lpmv(nan, 2, 0.5), lpmv(0, nan, 0.5),
    // lpmv(0, inf, 0.5), lpmv(0, 2, nan), lpmv(0, 1e12, 0.3) are nan (sci: NaN for every
    // degree beyond 1e8, where the cost, growing like the degree, becomes seconds).
    for (m, v, x) in [
        (0.5, 2.0, 0.5),
        (1e-16, 2.0, 0.5),
        (f64::NAN, 2.0, 0.5),
        (0.0, f64::NAN, 0.5),
        (0.0, INF, 0.5),
        (0.0, 2.0, f64::NAN),
        (0.0, 2.0, INF),
        (0.0, 1e12, 0.3),
        (1.0, 3e8 + 0.5, 0.3),
    ] {
        assert!(lpmv(m, v, x).is_nan(), "{m} {v} {x}");
    }
}

#[test]
fn at_x_equal_one() {
    // SciPy: lpmv(0, 2, 1) = 1, lpmv(0, 2.5, 1) = 1, lpmv(1, 2, 1) = -0.0,
    // lpmv(1, 2.5, 1) = -0.0, lpmv(3, 10, 1) = 0.
    assert_eq!(lpmv(0.0, 2.0, 1.0), 1.0);
    assert_eq!(lpmv(0.0, 2.5, 1.0), 1.0);
    assert_eq!(lpmv(1.0, 2.0, 1.0), 0.0);
    assert_eq!(lpmv(1.0, 2.5, 1.0), 0.0);
    assert_eq!(lpmv(3.0, 10.0, 1.0), 0.0);
}

#[test]
fn at_x_equal_minus_one() {
    // SciPy: lpmv(0, 2, -1) = 1, lpmv(1, 2, -1) = 0, lpmv(-3, 10, -1) = -0.0; for
    // non-integer v, -inf when m = 0 (lpmv(0, 2.5, -1), lpmv(0, -0.5, -1), lpmv(0, 0.5, -1))
    // and +inf otherwise (lpmv(2, 2.5, -1), lpmv(-1, 2.5, -1), lpmv(1, 1.7, -1)).
    assert_eq!(lpmv(0.0, 2.0, -1.0), 1.0);
    assert_eq!(lpmv(0.0, 3.0, -1.0), -1.0);
    assert_eq!(lpmv(1.0, 2.0, -1.0), 0.0);
    assert_eq!(lpmv(-3.0, 10.0, -1.0), 0.0);
    for v in [2.5, -0.5, 0.5, 0.3, -1.3] {
        assert_eq!(lpmv(0.0, v, -1.0), -INF, "{v}");
    }
    for (m, v) in [(2.0, 2.5), (-1.0, 2.5), (1.0, 1.7), (3.0, -2.5)] {
        assert_eq!(lpmv(m, v, -1.0), INF, "{m} {v}");
    }
}

#[test]
fn outside_minus_one_one() {
    // SciPy: lpmv(0, 2, 1.5) = lpmv(0, 2, -1.5) = 2.875, lpmv(0, 3, -1.5) = -6.1875; NaN for
    // m != 0 (lpmv(1, 2, 1.5)). SciPy gives 4.177619138927453 for lpmv(0, 2.5, 1.5); sci
    // gives NaN there (the function of the first kind outside [-1, 1] is not provided).
    assert_eq!(lpmv(0.0, 2.0, 1.5), 2.875);
    assert_eq!(lpmv(0.0, 2.0, -1.5), 2.875);
    assert_eq!(lpmv(0.0, 3.0, -1.5), -6.1875);
    assert!(lpmv(1.0, 2.0, 1.5).is_nan());
    assert!(lpmv(-2.0, 2.0, -1.5).is_nan());
    assert!(lpmv(0.0, 2.5, 1.5).is_nan());
}

#[test]
fn negative_degrees_reflect() {
    // SciPy: lpmv(0, -3, 0.5) = -0.125 (= P_2), lpmv(2, -1, 0.5) = -0.0, lpmv(0, -1, 0.5) = 1.
    assert_eq!(lpmv(0.0, -3.0, 0.5), -0.125);
    // mpmath: P_{1.5}(0.5) = 0.17243860307422777980 (SciPy is 20 ULP off).
    assert!(close(lpmv(0.0, -2.5, 0.5), 0.172_438_603_074_227_78, 8.0));
    assert_eq!(lpmv(0.0, -2.5, 0.5), lpmv(0.0, 1.5, 0.5));
    // SciPy: 1.0731820071493634; mpmath: 1.0731820071493643751.
    assert!(close(lpmv(0.0, -0.5, 0.5), 1.073_182_007_149_364_4, 2.0));
    assert_eq!(lpmv(2.0, -1.0, 0.5), 0.0);
    assert_eq!(lpmv(0.0, -1.0, 0.5), 1.0);
    // SciPy: 0.16100242220745184; mpmath: 0.16100242220745245255.
    assert!(close(lpmv(-2.0, -2.5, 0.3), 0.161_002_422_207_452_45, 8.0));
}

#[test]
fn orders_beyond_the_degree() {
    // SciPy: lpmv(3, 2, 0.5) = 0, lpmv(3, 2.5, 0.5) = -2.8224770971881656,
    // lpmv(-3, 2.5, 0.5) = 0.017377444369412468, lpmv(-1, 2, 0.5) = 0.21650635094610968.
    assert_eq!(lpmv(3.0, 2.0, 0.5), 0.0);
    // mpmath: -2.8224770971881736534 (SciPy is 30 ULP off).
    assert!(close(lpmv(3.0, 2.5, 0.5), -2.822_477_097_188_173_7, 8.0));
    // mpmath: 0.017377444369412516962 and 0.21650635094610966169.
    assert!(close(lpmv(-3.0, 2.5, 0.5), 0.017_377_444_369_412_517, 8.0));
    assert!(close(lpmv(-1.0, 2.0, 0.5), 0.216_506_350_946_109_66, 2.0));
    // SciPy gives NaN for integer v < -m; the function is finite there (mpmath
    // legenp(2, -3, 0.5) = 0.0212496974076737).
    assert!(close(lpmv(-3.0, 2.0, 0.5), 0.021_249_697_407_673_7, 8.0));
}

#[test]
fn large_orders_and_degrees() {
    // SciPy: lpmv(25, 30, 0.3) = 6.052841014117502e34, lpmv(40, 60.5, 0.3) =
    // 9.840922164014774e68; SciPy gives NaN for lpmv(100, 200.5, 0.3), mpmath
    // -3.27487019031451e226.
    assert!(close(lpmv(25.0, 30.0, 0.3), 6.052_841_014_117_502e34, 16.0));
    assert!(close(lpmv(40.0, 60.5, 0.3), 9.840_922_164_014_774e68, 64.0));
    let v = lpmv(100.0, 200.5, 0.3);
    assert!((v / -3.274_870_190_314_51e226 - 1.0).abs() < 1e-10, "{v}");
}
