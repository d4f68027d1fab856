//! Edge cases of Wright's generalized Bessel function: the domain boundary (`a`, `b`, `x`
//! zero or negative), infinities, NaN, overflow. Values marked "SciPy" are SciPy 1.17.1's
//! (`scipy.special.wright_bessel`, `log_wright_bessel`).

use sci_special::{log_wright_bessel, wright_bessel};

const INF: f64 = f64::INFINITY;

fn close(a: f64, b: f64, ulps: f64) -> bool {
    (a - b).abs() <= ulps * f64::EPSILON * b.abs()
}

#[test]
fn outside_the_domain_is_nan() {
    // SciPy: nan for negative a, b or x, for NaN, and for infinite a or b.
    for (a, b, x) in [
        (-1.0, 1.0, 1.0),
        (1.0, -1.0, 1.0),
        (1.0, 1.0, -1.0),
        (1.0, 1.0, -INF),
        (INF, 1.0, 1.0),
        (1.0, INF, 1.0),
        (INF, INF, 1.0),
        (f64::NAN, 1.0, 1.0),
        (1.0, f64::NAN, 1.0),
        (1.0, 1.0, f64::NAN),
    ] {
        assert!(wright_bessel(a, b, x).is_nan(), "{a} {b} {x}");
        assert!(log_wright_bessel(a, b, x).is_nan(), "{a} {b} {x}");
    }
}

#[test]
fn at_x_zero_the_value_is_one_over_gamma_b() {
    // SciPy: wright_bessel(0, 1, 0) = 1, (1, 0, 0) = 0, (1, 1, -0.0) = 1,
    // log_wright_bessel(1, 0, 0) = -inf, (0, 1, 0) = -0.0.
    assert_eq!(wright_bessel(0.0, 1.0, 0.0), 1.0);
    assert_eq!(wright_bessel(1.0, 0.0, 0.0), 0.0);
    assert_eq!(wright_bessel(2.0, 0.0, 0.0), 0.0);
    assert_eq!(wright_bessel(1.0, 1.0, -0.0), 1.0);
    assert!(close(wright_bessel(3.0, 4.0, 0.0), 1.0 / 6.0, 1.0));
    assert_eq!(log_wright_bessel(1.0, 0.0, 0.0), -INF);
    assert_eq!(log_wright_bessel(0.0, 1.0, 0.0), 0.0);
    assert!(close(log_wright_bessel(3.0, 4.0, 0.0), -(6.0f64.ln()), 1.0));
}

#[test]
fn a_zero_is_the_exponential() {
    // SciPy: wright_bessel(0, 2, 3) = 20.085536923187664, log = 3.0; (0, 0, x) = 0, log -inf;
    // wright_bessel(-0.0, 1, 1) = e; wright_bessel(0, 1, 1e300) = inf, log = 1e300.
    assert!(close(
        wright_bessel(0.0, 2.0, 3.0),
        20.085_536_923_187_664,
        1.0
    ));
    assert_eq!(log_wright_bessel(0.0, 2.0, 3.0), 3.0);
    assert_eq!(wright_bessel(0.0, 0.0, 1.0), 0.0);
    assert_eq!(log_wright_bessel(0.0, 0.0, 1.0), -INF);
    assert!(close(
        wright_bessel(-0.0, 1.0, 1.0),
        std::f64::consts::E,
        1.0
    ));
    assert_eq!(wright_bessel(0.0, 1.0, 1e300), INF);
    assert_eq!(log_wright_bessel(0.0, 1.0, 1e300), 1e300);
    // e^710 / Gamma(20) is finite although e^710 is not.
    let v = wright_bessel(0.0, 20.0, 710.0);
    assert!(
        v.is_finite() && close(v.ln(), 710.0 - 39.339_884_187_199_49, 1.0),
        "{v}"
    );
}

#[test]
fn tiny_a_or_b_are_continuous() {
    // SciPy: wright_bessel(1e-300, 0, 1) = 2.718281828459045e-300,
    // wright_bessel(0, 1e-300, 1) = 2.7182818284590447e-300, wright_bessel(1e-20, 1, 1) = e,
    // wright_bessel(1, -0.0, 1) = 1.5906368546373288.
    assert!(close(
        wright_bessel(1e-300, 0.0, 1.0),
        2.718_281_828_459_045e-300,
        2.0
    ));
    assert!(close(
        wright_bessel(0.0, 1e-300, 1.0),
        2.718_281_828_459_045e-300,
        2.0
    ));
    assert!(close(
        wright_bessel(1e-20, 1.0, 1.0),
        std::f64::consts::E,
        2.0
    ));
    assert!(close(
        wright_bessel(1.0, -0.0, 1.0),
        1.590_636_854_637_328_8,
        2.0
    ));
    assert!(close(
        log_wright_bessel(1e-300, 0.0, 1.0),
        -689.775_527_898_213_7,
        2.0
    ));
}

#[test]
fn infinite_x_and_overflow() {
    // SciPy: wright_bessel(a, b, inf) = inf and log_wright_bessel = inf;
    // wright_bessel(0.1, 0, 1e3) = inf with log_wright_bessel = 724.85176085833;
    // wright_bessel(1, 1, 1e5) = 7.454672734273921e272, log = 628.3119863428105.
    for (a, b) in [(0.0, 0.0), (1.0, 1.0), (0.5, 0.0), (5.0, 20.0)] {
        assert_eq!(wright_bessel(a, b, INF), INF);
        assert_eq!(log_wright_bessel(a, b, INF), INF);
    }
    assert_eq!(wright_bessel(0.1, 0.0, 1e3), INF);
    assert!(close(
        log_wright_bessel(0.1, 0.0, 1e3),
        724.851_760_858_33,
        64.0
    ));
    assert!(close(
        wright_bessel(1.0, 1.0, 1e5),
        7.454_672_734_273_921e272,
        1024.0
    ));
    assert!(close(
        log_wright_bessel(1.0, 1.0, 1e5),
        628.311_986_342_810_5,
        8.0
    ));
    assert!(log_wright_bessel(0.01, 3.0, 1e8).is_finite());
}

#[test]
fn small_and_large_a() {
    // SciPy: wright_bessel(5, 20, 1e3) = 8.222247040745799e-18, log = -39.339688139560344.
    assert!(close(
        wright_bessel(5.0, 20.0, 1e3),
        8.222_247_040_745_799e-18,
        8.0
    ));
    assert!(close(
        log_wright_bessel(5.0, 20.0, 1e3),
        -39.339_688_139_560_344,
        2.0
    ));
    // Huge a: only the first term survives.
    assert!(close(wright_bessel(1e10, 2.0, 5.0), 1.0, 1.0));
}

#[test]
fn extreme_arguments_stay_finite_in_the_logarithm() {
    // SciPy: log_wright_bessel(5, 1, 1e308) = inf (overflow), log_wright_bessel(0.5, 20, 1e300)
    // = 1.8898815748422615e200, log_wright_bessel(4.9, 19, 1e200) = 1.2472209659926861e34.
    // There ln Phi is the saddle-point exponent t + x t^-a + (1 - b) ln t (the corrections
    // are O(ln t), far below its last digit); at 80 digits (mpmath): 1.8898815748423098133e200
    // and 1.2472209659926846491e34.
    let l = log_wright_bessel(5.0, 1.0, 1e308);
    assert!(l.is_finite() && l > 3e51, "{l}");
    assert!(close(
        log_wright_bessel(0.5, 20.0, 1e300),
        1.889_881_574_842_309_8e200,
        4.0
    ));
    assert!(close(
        log_wright_bessel(4.9, 19.0, 1e200),
        1.247_220_965_992_684_6e34,
        4.0
    ));
    assert_eq!(wright_bessel(5.0, 1.0, 1e308), INF);
    // 1/Gamma(b) underflows for b = 1e5 (SciPy: nan); there Gamma(b) / Gamma(a k + b) is
    // b^(-a k) to O(1/b), so Phi = exp(x b^-a) / Gamma(b) to that order.
    let l = log_wright_bessel(0.3, 1e5, 10.0);
    let expected = -sci_special::gammaln(1e5) + 10.0 * 1e5f64.powf(-0.3);
    assert!(
        (l - expected).abs() <= 1e-9 * expected.abs(),
        "{l} vs {expected}"
    );
    assert_eq!(wright_bessel(0.3, 1e5, 10.0), 0.0);
    // SciPy returns nan for a = 1e6; Phi(1e6, 1; 1e6) = 1 + 1e6 / Gamma(1e6 + 1) + ... = 1.
    assert_eq!(wright_bessel(1e6, 1.0, 1e6), 1.0);
}
