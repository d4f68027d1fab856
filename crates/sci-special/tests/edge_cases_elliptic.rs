//! Edge cases of the elliptic family: NaN, infinities, the poles and the ends of the domains.
//! Every expected value is SciPy 1.17.1's (checked with `scipy.special` in the golden env).

use sci_special::{
    ellipe, ellipeinc, ellipj, ellipk, ellipkinc, ellipkm1, elliprc, elliprd, elliprf, elliprg,
    elliprj,
};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

/// Same value, NaN equal to NaN (signs of zeros ignored, as `==` does).
fn same(actual: f64, expected: f64) -> bool {
    (actual.is_nan() && expected.is_nan()) || actual == expected
}

#[track_caller]
fn check(actual: f64, expected: f64) {
    assert!(
        same(actual, expected),
        "got {actual}, SciPy gives {expected}"
    );
}

#[test]
fn complete_integrals_at_the_ends_of_the_domain() {
    check(ellipk(1.0), INF);
    check(ellipk(1.5), NAN);
    check(ellipk(NAN), NAN);
    check(ellipk(f64::NEG_INFINITY), 0.0);
    assert!((ellipk(-1e300) - 3.467_740_583_1e-148).abs() < 1e-157);
    check(ellipkm1(0.0), INF);
    check(ellipkm1(-1.0), NAN);
    check(ellipkm1(INF), 0.0);
    check(ellipkm1(NAN), NAN);
    check(ellipe(1.0), 1.0);
    check(ellipe(1.5), NAN);
    check(ellipe(f64::NEG_INFINITY), INF);
    assert!((ellipe(-1e300) / 1e150 - 1.0).abs() < 1e-14);
}

#[test]
fn incomplete_integrals_edge_values() {
    check(ellipkinc(1.0, 2.0), NAN);
    check(ellipkinc(0.0, 5.0), NAN);
    check(ellipkinc(1.0, f64::NEG_INFINITY), 0.0);
    check(ellipkinc(INF, -INF), NAN);
    check(ellipkinc(INF, 0.5), INF);
    check(ellipkinc(-INF, 0.5), -INF);
    check(ellipkinc(std::f64::consts::FRAC_PI_2, 1.0), INF);
    check(ellipkinc(-2.0, 1.0), INF);
    check(ellipkinc(1.0, NAN), NAN);
    assert!((ellipkinc(-1.0, 1.0) + 1.226_191_170_883_517_1).abs() < 1e-15);
    check(ellipeinc(1.0, 2.0), NAN);
    check(ellipeinc(-1.0, f64::NEG_INFINITY), INF);
    check(ellipeinc(0.0, f64::NEG_INFINITY), INF);
    check(ellipeinc(-INF, 0.5), -INF);
    check(ellipeinc(INF, 1.0), INF);
    check(ellipeinc(std::f64::consts::FRAC_PI_2, 1.0), 1.0);
    assert!((ellipeinc(2.0, 1.0) - 1.090_702_573_174_318_5).abs() < 1e-15);
    assert!((ellipeinc(1.0, -1e300) / 4.596_976_941_318_603e149 - 1.0).abs() < 1e-13);
}

#[test]
fn jacobi_functions_outside_the_domain_are_nan() {
    for (u, m) in [(1.0, -0.5), (1.0, 1.5), (INF, 0.5), (NAN, 0.5), (1.0, NAN)] {
        let j = ellipj(u, m);
        assert!(
            j.sn.is_nan() && j.cn.is_nan() && j.dn.is_nan() && j.ph.is_nan(),
            "{u} {m}"
        );
    }
    let j = ellipj(1.0, 1.0);
    assert!((j.sn - 0.761_594_155_955_764_9).abs() < 1e-15);
    assert!((j.cn - 0.648_054_273_663_885_5).abs() < 1e-15);
    assert!((j.dn - 0.648_054_273_663_885_5).abs() < 1e-15);
    assert!((j.ph - 0.865_769_483_239_658_7).abs() < 1e-15);
    let j = ellipj(1.0, 0.0);
    assert!((j.sn - 1.0f64.sin()).abs() < 1e-16 && (j.ph - 1.0).abs() < 1e-16 && j.dn == 1.0);
    let j = ellipj(0.0, 0.5);
    assert_eq!((j.sn, j.cn, j.dn, j.ph), (0.0, 1.0, 1.0, 0.0));
}

#[test]
fn carlson_integrals_edge_values() {
    check(elliprf(0.0, 0.0, 1.0), INF);
    check(elliprf(0.0, 0.0, 0.0), INF);
    check(elliprf(-1.0, 1.0, 1.0), NAN);
    check(elliprf(INF, 1.0, 1.0), 0.0);
    check(elliprf(1.0, 2.0, INF), 0.0);
    check(elliprf(1.0, 1.0, 1.0), 1.0);
    check(elliprc(0.0, 0.0), NAN);
    check(elliprc(1.0, 0.0), NAN);
    check(elliprc(-1.0, 1.0), NAN);
    check(elliprc(2.0, INF), 0.0);
    check(elliprc(INF, 1.0), 0.0);
    check(elliprc(INF, -1.0), NAN);
    check(elliprc(0.0, -1.0), 0.0);
    check(elliprc(1.0, -INF), 0.0);
    assert!((elliprc(1.0, -1.0) - 0.623_225_240_140_230_5).abs() < 1e-15);
    check(elliprd(0.0, 0.0, 1.0), INF);
    check(elliprd(0.0, 1.0, 0.0), INF);
    check(elliprd(1.0, 1.0, 1.0), 1.0);
    check(elliprd(INF, 1.0, 1.0), 0.0);
    check(elliprd(1.0, 2.0, INF), 0.0);
    check(elliprj(1.0, 1.0, 1.0, 1.0), 1.0);
    check(elliprj(0.0, 0.0, 1.0, 1.0), INF);
    check(elliprj(1.0, 2.0, 3.0, 0.0), NAN);
    check(elliprj(1.0, 1.0, 1.0, INF), 0.0);
    check(elliprj(1.0, 1.0, 1.0, -INF), 0.0);
    check(elliprj(INF, 1.0, 1.0, 1.0), 0.0);
    // A degenerate duplication step (p + lambda = 0) is bridged by averaging neighbours: ~20 ULP.
    assert!((elliprj(0.0, 1.0, 1.0, -1.0) + 2.356_194_490_192_345).abs() < 5e-14);
    assert!((elliprj(1.0, 2.0, 3.0, -1.0) + 0.093_240_452_438_676_35).abs() < 1e-15);
    check(elliprg(0.0, 0.0, 0.0), 0.0);
    check(elliprg(0.0, 0.0, 4.0), 1.0);
    check(elliprg(1.0, 1.0, 1.0), 1.0);
    check(elliprg(-1.0, 1.0, 1.0), NAN);
    check(elliprg(INF, 1.0, 1.0), INF);
    assert!((elliprg(0.0, 1.0, 1.0) - std::f64::consts::FRAC_PI_4).abs() < 1e-15);
}
