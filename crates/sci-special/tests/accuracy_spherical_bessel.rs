//! Accuracy of the spherical Bessel family against mpmath (50 digits), beside SciPy's on the
//! same points (fixture `tests/data/spherical_bessel.json`, written by
//! `xtask/golden/special/spherical_bessel.py`).

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{
    spherical_in, spherical_in_derivative, spherical_jn, spherical_jn_derivative, spherical_kn,
    spherical_kn_derivative, spherical_yn, spherical_yn_derivative,
};

type Function = fn(i64, f64) -> f64;

#[test]
fn spherical_bessel_functions() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/spherical_bessel.json"
    ));
    // Measured maxima (SciPy's on the same points: 4.2e16, 2.3e16, 206, inf, 868, 1.4e17,
    // 2.2e16, 801). The 3.3e8 of the derivatives of j_n, i_n are at subnormal results
    // (n = 50, x ~ 2e-5); k_n and k_n' reach their maxima at n = 300 on x > 0 (from
    // K_{n+1/2}); for x < 0 their cancelling recurrence runs in double-double.
    let functions: [(&str, Function, f64); 8] = [
        ("spherical_jn", spherical_jn, 110.0),
        ("spherical_jn_derivative", spherical_jn_derivative, 3.3e8),
        ("spherical_yn", spherical_yn, 150.0),
        ("spherical_yn_derivative", spherical_yn_derivative, 70.0),
        ("spherical_in", spherical_in, 200.0),
        ("spherical_in_derivative", spherical_in_derivative, 3.3e8),
        ("spherical_kn", spherical_kn, 156.0),
        ("spherical_kn_derivative", spherical_kn_derivative, 126.0),
    ];
    for (name, f, bound) in functions {
        let table = AccuracyTable::from_case(fx.case(name));
        let report = AccuracyReport::real(&table, |a| f(a[0] as i64, a[1]));
        report.finish(env!("CARGO_MANIFEST_DIR"), bound);
    }
}
