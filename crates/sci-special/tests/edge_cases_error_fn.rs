//! Edge cases of the error-function family: NaN, infinities, domain ends, underflow and
//! overflow. Expected values are SciPy 1.17.1's unless a comment says otherwise.

use sci_core::Complex64;
use sci_special::{
    dawsn, erf, erfc, erfcinv, erfcx, erfi, erfinv, fresnel, log_ndtr, ndtr, ndtri, ndtri_exp,
};

const INF: f64 = f64::INFINITY;

fn same(actual: f64, expected: f64) -> bool {
    (actual.is_nan() && expected.is_nan()) || actual == expected
}

#[track_caller]
fn check_all(name: &str, f: impl Fn(f64) -> f64, cases: &[(f64, f64)]) {
    for &(x, want) in cases {
        let got = f(x);
        assert!(same(got, want), "{name}({x}) = {got}, SciPy gives {want}");
    }
}

#[test]
fn forward_functions_at_nan_infinities_and_zero() {
    let nan = f64::NAN;
    check_all(
        "erf",
        erf,
        &[
            (nan, nan),
            (INF, 1.0),
            (-INF, -1.0),
            (0.0, 0.0),
            (30.0, 1.0),
            (-30.0, -1.0),
        ],
    );
    check_all(
        "erfc",
        erfc,
        &[
            (nan, nan),
            (INF, 0.0),
            (-INF, 2.0),
            (0.0, 1.0),
            (30.0, 0.0),
            (-30.0, 2.0),
        ],
    );
    check_all(
        "erfcx",
        erfcx,
        &[
            (nan, nan),
            (INF, 0.0),
            (-INF, INF),
            (0.0, 1.0),
            (-30.0, INF),
        ],
    );
    check_all(
        "erfi",
        erfi,
        &[
            (nan, nan),
            (INF, INF),
            (-INF, -INF),
            (0.0, 0.0),
            (30.0, INF),
            (-30.0, -INF),
        ],
    );
    check_all(
        "dawsn",
        dawsn,
        &[(nan, nan), (INF, 0.0), (-INF, 0.0), (0.0, 0.0)],
    );
    check_all(
        "ndtr",
        ndtr,
        &[
            (nan, nan),
            (INF, 1.0),
            (-INF, 0.0),
            (0.0, 0.5),
            (-40.0, 0.0),
        ],
    );
    check_all(
        "log_ndtr",
        log_ndtr,
        &[(nan, nan), (INF, 0.0), (-INF, -INF), (-1e200, -INF)],
    );
    // Signs of zero are kept as SciPy does.
    assert!(erf(-0.0).is_sign_negative() && dawsn(-INF).is_sign_negative());
    // Tiny arguments: erf(x) = 2x / sqrt(pi), dawsn(x) = x (SciPy: 1.1283791670955e-310, 1e-310).
    assert!((erf(1e-310) / 1.128_379_167_095_5e-310 - 1.0).abs() < 1e-12);
    assert_eq!(dawsn(1e-310), 1e-310);
}

#[test]
fn tails_underflow_and_overflow_where_scipy_does() {
    // erfc underflows to 0 between 27.2 and 27.3; it is subnormal at 26.6.
    assert_eq!(erfc(27.3), 0.0);
    assert!((erfc(26.6) / 1.088_512_588_544_247e-309 - 1.0).abs() < 1e-9);
    // erfcx(-x) = 2 exp(x^2) - ... overflows beyond 26.63 (SciPy: inf at -26.7). At -26.6 the
    // value is mpmath's (3.894337719605585e307; SciPy's 3.8943377196055206e307 is 1.6e-14 off).
    assert_eq!(erfcx(-26.7), INF);
    assert!((erfcx(-26.6) / 3.894_337_719_605_585e307 - 1.0).abs() < 1e-15);
    // log_ndtr keeps going where ndtr underflows (SciPy: -454.32124395634327 at -30).
    assert!((log_ndtr(-30.0) + 454.321_243_956_343_27).abs() < 1e-12);
    assert!((log_ndtr(30.0) + 4.906_713_927_147_908e-198).abs() < 1e-210);
}

#[test]
fn inverses_at_domain_ends() {
    let nan = f64::NAN;
    check_all(
        "erfinv",
        erfinv,
        &[
            (nan, nan),
            (INF, nan),
            (1.0, INF),
            (-1.0, -INF),
            (2.0, nan),
            (0.0, 0.0),
        ],
    );
    check_all(
        "erfcinv",
        erfcinv,
        &[
            (nan, nan),
            (-INF, nan),
            (0.0, INF),
            (2.0, -INF),
            (3.0, nan),
            (1.0, 0.0),
        ],
    );
    check_all(
        "ndtri",
        ndtri,
        &[
            (nan, nan),
            (0.0, -INF),
            (1.0, INF),
            (-1.0, nan),
            (2.0, nan),
            (0.5, 0.0),
        ],
    );
    check_all(
        "ndtri_exp",
        ndtri_exp,
        &[
            (nan, nan),
            (0.0, INF),
            (-0.0, INF),
            (-INF, -INF),
            (1.0, nan),
            (INF, nan),
        ],
    );
    // SciPy: ndtri(5e-324) = -38.467405617144344.
    assert!((ndtri(5e-324) + 38.467_405_617_144_344).abs() < 1e-12);
    // SciPy returns inf for erfcinv(5e-324); the true value is finite (mpmath: 27.2...).
    let x = erfcinv(5e-324);
    assert!(x.is_finite() && (27.0..27.5).contains(&x), "{x}");
}

#[test]
fn fresnel_edges() {
    let f = fresnel(f64::NAN);
    assert!(f.s.is_nan() && f.c.is_nan());
    assert_eq!(fresnel(INF), sci_special::Fresnel { s: 0.5, c: 0.5 });
    assert_eq!(fresnel(-INF), sci_special::Fresnel { s: -0.5, c: -0.5 });
    assert_eq!(fresnel(0.0), sci_special::Fresnel { s: 0.0, c: 0.0 });
    // SciPy 1.17.1 gives NaN at 1e300; the limit 1/2 is the mathematical value (the
    // correction 1/(pi x) is far below an ulp).
    assert_eq!(fresnel(1e300), sci_special::Fresnel { s: 0.5, c: 0.5 });
}

#[test]
fn complex_forms_at_infinities_and_on_the_axes() {
    use sci_special::complex;
    let c = Complex64::new;
    // SciPy: wofz(inf) = 0, wofz(-inf) = 0, wofz(i inf) = 0.
    assert_eq!(complex::wofz(c(INF, 0.0)).norm(), 0.0);
    assert_eq!(complex::wofz(c(0.0, INF)).norm(), 0.0);
    assert!(complex::wofz(c(f64::NAN, 0.0)).re.is_nan());
    // On the real axis the complex forms agree with the real ones.
    for &x in &[-3.0, -0.7, 0.2, 1.5, 4.0] {
        let z = c(x, 0.0);
        assert!(
            (complex::erf(z).re - erf(x)).abs() <= 4.0 * f64::EPSILON * erf(x).abs().max(1e-300)
        );
        assert!((complex::erfc(z).re - erfc(x)).abs() <= 8.0 * f64::EPSILON * erfc(x));
        assert!((complex::erfcx(z).re - erfcx(x)).abs() <= 8.0 * f64::EPSILON * erfcx(x));
        assert!((complex::dawsn(z).re - dawsn(x)).abs() <= 8.0 * f64::EPSILON * dawsn(x).abs());
        assert!((complex::erfi(z).re - erfi(x)).abs() <= 8.0 * f64::EPSILON * erfi(x).abs());
        // w(x) = exp(-x^2) + 2i/sqrt(pi) dawsn(x).
        let w = complex::wofz(z);
        assert!((w.re - (-x * x).exp()).abs() <= 8.0 * f64::EPSILON);
        assert!((w.im - std::f64::consts::FRAC_2_SQRT_PI * dawsn(x)).abs() <= 8.0 * f64::EPSILON);
    }
}

#[test]
fn voigt_profile_edges() {
    use sci_special::voigt_profile as v;
    let pi = std::f64::consts::PI;
    // SciPy 1.17.1's values.
    assert_eq!(v(0.0, 0.0, 0.0), INF);
    assert_eq!(v(1.0, 0.0, 0.0), 0.0);
    assert_eq!(v(0.0, 0.0, 1e-320), INF);
    assert!((v(0.0, 1.0, 0.0) - 0.398_942_280_401_432_7).abs() < 1e-16);
    assert!((v(0.0, 0.0, 1.0) - 1.0 / pi).abs() < 1e-16);
    assert!((v(1.0, 0.0, -1.0) + 0.159_154_943_091_895_35).abs() < 1e-16);
    assert!((v(1.0, -1.0, 0.0) + 0.241_970_724_519_143_37).abs() < 1e-16);
    assert!((v(1.0, 1.0, 1.0) - 0.165_795_662_689_166_5).abs() < 1e-15);
    assert!((v(-1.0, 1.0, 1.0) - 0.165_795_662_689_166_5).abs() < 1e-15);
    assert_eq!(v(INF, 0.0, 1.0), 0.0);
    assert_eq!(v(INF, 1.0, 0.0), 0.0);
    assert_eq!(v(1.0, INF, 0.0), 0.0);
    assert!(v(1.0, 0.0, INF).is_nan());
    assert!(
        v(f64::NAN, 1.0, 1.0).is_nan()
            && v(1.0, f64::NAN, 1.0).is_nan()
            && v(1.0, 1.0, f64::NAN).is_nan()
    );
}

#[test]
fn owens_t_edges() {
    use sci_special::owens_t as t;
    // SciPy 1.17.1's values.
    let cases = [
        (0.0, 0.0, 0.0),
        (0.0, 1.0, 0.125),
        (1.0, 0.0, 0.0),
        (INF, 1.0, 0.0),
        (1.0, INF, 0.079_327_626_965_728_54),
        (-INF, 0.5, 0.0),
        (INF, INF, 0.0),
        (1.0, -INF, -0.079_327_626_965_728_54),
        (0.0, INF, 0.25),
        (0.0, -INF, -0.25),
    ];
    for (h, a, want) in cases {
        let got = t(h, a);
        assert!(
            (got - want).abs() <= 4.0 * f64::EPSILON * want.abs(),
            "owens_t({h}, {a}) = {got}, SciPy {want}"
        );
    }
    assert!((t(-1.0, 0.5) / 0.043_064_691_120_785_356 - 1.0).abs() < 1e-15);
    assert!(t(f64::NAN, 1.0).is_nan() && t(1.0, f64::NAN).is_nan());
}
