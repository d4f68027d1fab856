//! Edge cases of the Lambert W function: the branch point, the branch cuts with signed zeros,
//! the origin, infinities and NaN. Every expected value is SciPy 1.17.1's unless a comment says
//! otherwise.

use sci_core::Complex64;
use sci_special::{complex, lambertw};

const INF: f64 = f64::INFINITY;

#[track_caller]
fn close(actual: Complex64, expected: Complex64) {
    assert!(
        (actual - expected).norm() <= 1e-14 * expected.norm().max(1e-300),
        "got {actual}, SciPy gives {expected}"
    );
}

fn c(re: f64, im: f64) -> Complex64 {
    Complex64::new(re, im)
}

#[test]
fn real_branches_exist_only_where_w_is_real() {
    assert!(lambertw(-0.5, 0).is_nan());
    assert!(lambertw(0.5, -1).is_nan());
    assert!(lambertw(1.0, 1).is_nan());
    assert!(lambertw(f64::NAN, 0).is_nan());
    assert!(lambertw(f64::NEG_INFINITY, 0).is_nan());
    assert_eq!(lambertw(0.0, 0), 0.0);
    assert_eq!(lambertw(INF, 0), INF);
    assert_eq!(lambertw(0.0, -1), f64::NEG_INFINITY);
    // The double nearest -1/e lies just below -1/e; it is taken as the branch point (SciPy
    // returns nan+nanj there; mpmath's real part is -1 to double precision).
    let inv_e = -(-1.0f64).exp();
    assert_eq!(lambertw(inv_e, 0), -1.0);
    assert_eq!(lambertw(inv_e, -1), -1.0);
    assert!((lambertw(-0.3, 0) + 0.489_402_227_180_214_9).abs() < 1e-15);
    assert!((lambertw(-0.3, -1) + 1.781_337_023_421_627_5).abs() < 1e-15);
    assert!((lambertw(-0.1, -1) + 3.577_152_063_957_297).abs() < 1e-14);
    // Subnormal arguments (SciPy returns nan on k = -1 there; mpmath's value).
    assert!((lambertw(-1e-320, -1) + 745.0).abs() < 10.0);
    assert_eq!(lambertw(1e-320, 0), 1e-320);
}

#[test]
fn signed_zeros_choose_the_side_of_the_cut() {
    // k = 0 on (-inf, -1/e): the sign of the zero imaginary part picks the conjugate.
    close(
        complex::lambertw(c(-2.0, 0.0), 0),
        c(0.172_816_002_84, 1.673_686_413_740_842_7),
    );
    close(
        complex::lambertw(c(-2.0, -0.0), 0),
        c(0.172_816_002_84, -1.673_686_413_740_842_7),
    );
    // k = 0 on (-1/e, 0): real, with the sign of the zero kept.
    let w = complex::lambertw(c(-0.3, -0.0), 0);
    assert!(w.im == 0.0 && w.im.is_sign_negative());
    close(w, c(-0.489_402_227_180_214_9, 0.0));
    // k = -1 on (-1/e, 0): real for either sign of zero.
    close(
        complex::lambertw(c(-0.3, 0.0), -1),
        c(-1.781_337_023_421_627_5, 0.0),
    );
    close(
        complex::lambertw(c(-0.3, -0.0), -1),
        c(-1.781_337_023_421_627_5, 0.0),
    );
    close(
        complex::lambertw(c(-0.3, -1e-300), -1),
        c(-3.300_237_836_438_375_5, -7.436_294_411_632_747),
    );
    // k = -1 on (-inf, -1/e).
    close(
        complex::lambertw(c(-2.0, 0.0), -1),
        c(0.172_816_002_84, -1.673_686_413_740_842_7),
    );
    close(
        complex::lambertw(c(-2.0, -0.0), -1),
        c(-1.360_749_424_408_573_2, -7.678_589_079_816_594),
    );
    // k = 1 below (-1/e, 0) is W_{-1}'s real value.
    close(
        complex::lambertw(c(-0.3, -0.0), 1),
        c(-1.781_337_023_421_627_7, 0.0),
    );
    close(
        complex::lambertw(c(-0.3, 0.0), 1),
        c(-3.300_237_836_438_375_5, 7.436_294_411_632_747),
    );
    close(
        complex::lambertw(c(-0.5, 0.0), 0),
        c(-0.794_023_632_344_689_3, 0.770_111_750_510_379_1),
    );
}

#[test]
fn origin_infinities_and_nan() {
    assert_eq!(complex::lambertw(c(0.0, 0.0), 0), c(0.0, 0.0));
    let w = complex::lambertw(c(-0.0, 0.0), 0);
    assert!(w.re == 0.0 && w.re.is_sign_negative());
    for k in [-2, -1, 1, 2] {
        assert_eq!(complex::lambertw(c(0.0, 0.0), k), c(f64::NEG_INFINITY, 0.0));
    }
    assert_eq!(complex::lambertw(c(INF, 0.0), 0), c(INF, 0.0));
    let w = complex::lambertw(c(INF, 0.0), -1);
    assert!(w.re == INF && (w.im + 2.0 * std::f64::consts::PI).abs() < 1e-15);
    let w = complex::lambertw(c(f64::NEG_INFINITY, 0.0), 0);
    assert!(w.re == INF && (w.im - std::f64::consts::PI).abs() < 1e-15);
    let w = complex::lambertw(c(f64::NEG_INFINITY, 2.0), 1);
    assert!(w.re == INF && (w.im - 7.424_777_960_769_379).abs() < 1e-14);
    let w = complex::lambertw(c(INF, INF), 0);
    assert!(w.re == INF && w.im == INF);
    let w = complex::lambertw(c(1.0, INF), 0);
    assert!(w.re.is_nan() && w.im.is_nan());
    let w = complex::lambertw(c(f64::NAN, 1.0), 0);
    assert!(w.re.is_nan() && w.im == 1.0);
    let w = complex::lambertw(c(1.0, f64::NAN), 0);
    assert!(w.re == 1.0 && w.im.is_nan());
}
