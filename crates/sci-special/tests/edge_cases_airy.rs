//! Edge cases of the Airy family: non-finite arguments, zero, underflow and overflow, the
//! negative-axis cut-off, the scaled forms' NaN parts, and `nt = 0` for the zeros.
//! Values marked "SciPy" are SciPy 1.17.1's (`scipy.special.airy`, `airye`, `ai_zeros`).

use sci_special::{ai_zeros, airy, airye, bi_zeros};

#[test]
fn non_finite_arguments_give_nan_as_scipy() {
    // SciPy: airy(nan), airy(inf), airy(-inf) and airye of the same are all-NaN.
    for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        for r in [airy(x), airye(x)] {
            assert!(
                r.ai.is_nan() && r.aip.is_nan() && r.bi.is_nan() && r.bip.is_nan(),
                "{x}: {r:?}"
            );
        }
    }
}

#[test]
fn values_at_zero_are_the_constants() {
    // SciPy: airy(0) = (0.3550280538878172, -0.2588194037928068, 0.6149266274460007,
    // 0.4482883573538264), the same for -0.0 and for airye.
    for x in [0.0, -0.0] {
        for r in [airy(x), airye(x)] {
            assert_eq!(r.ai, 0.355_028_053_887_817_2);
            assert_eq!(r.aip, -0.258_819_403_792_806_8);
            assert_eq!(r.bi, 0.614_926_627_446_000_7);
            assert_eq!(r.bip, 0.448_288_357_353_826_4);
        }
    }
}

#[test]
fn ai_underflows_to_zero_and_bi_overflows_to_infinity() {
    // SciPy: airy(110) = (0, 0, nan, nan) (AMOS reports an overflow as NaN); sci gives the
    // overflowed values +inf, and 0 for the underflowed Ai, Ai' as SciPy.
    let r = airy(110.0);
    assert_eq!((r.ai, r.aip), (0.0, 0.0));
    assert_eq!((r.bi, r.bip), (f64::INFINITY, f64::INFINITY));
    // Just below the overflow threshold Bi is finite and huge.
    let r = airy(104.0);
    assert!(r.bi.is_finite() && r.bi > 1e300, "{r:?}");
    assert!(r.ai > 0.0 && r.ai < 1e-300, "{r:?}");
    // The scaled functions stay finite: SciPy airye(110) = (0.08709790516493587,
    // -0.9136883786269732, 0.17422726948311248, 1.8269148324042597).
    let e = airye(110.0);
    let scipy = [
        0.087_097_905_164_935_87,
        -0.913_688_378_626_973_2,
        0.174_227_269_483_112_48,
        1.826_914_832_404_259_7,
    ];
    for (v, s) in [e.ai, e.aip, e.bi, e.bip].into_iter().zip(scipy) {
        assert!((v - s).abs() <= 4.0 * f64::EPSILON * s.abs(), "{v} vs {s}");
    }
}

#[test]
fn scaled_ai_parts_are_nan_on_the_negative_axis_as_scipy() {
    // SciPy: airye(-5) = (nan, nan, -0.13836913490160171, 0.7784117730018948).
    let e = airye(-5.0);
    assert!(e.ai.is_nan() && e.aip.is_nan());
    let r = airy(-5.0);
    assert_eq!((e.bi, e.bip), (r.bi, r.bip));
    assert!((e.bi + 0.138_369_134_901_600_83).abs() < 1e-15);
}

#[test]
fn far_negative_axis_is_nan_where_the_phase_is_unresolved() {
    // SciPy gives NaN from about x = -1e10 on; sci computes down to -1e12 and gives NaN below.
    let r = airy(-1e10);
    assert!(r.ai.is_finite() && r.ai.abs() < 1e-2);
    let r = airy(-1e13);
    assert!(r.ai.is_nan() && r.bi.is_nan());
}

#[test]
fn tiny_arguments_are_the_values_at_zero() {
    let (r, z) = (airy(1e-300), airy(0.0));
    assert_eq!((r.ai, r.bi), (z.ai, z.bi));
}

#[test]
fn zero_counts_are_errors_as_scipy_raises() {
    // SciPy: ai_zeros(0) and bi_zeros(0) raise ValueError.
    assert!(ai_zeros(0).is_err());
    assert!(bi_zeros(0).is_err());
    let z = ai_zeros(1).unwrap();
    assert_eq!(z.a.len(), 1);
    // SciPy: ai_zeros(3)[0] = [-2.33810741, -4.08794944, -5.52055983].
    let z = ai_zeros(3).unwrap();
    for (v, s) in z.a.iter().zip([
        -2.338_107_410_459_767,
        -4.087_949_444_130_97,
        -5.520_559_828_095_551,
    ]) {
        assert!((v - s).abs() < 1e-14, "{v} vs {s}");
    }
}
