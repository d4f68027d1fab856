//! Accuracy of Wright's generalized Bessel function against mpmath (50 digits, the series
//! summed directly), beside SciPy's on the same points (fixture
//! `tests/data/wright_bessel.json`, written by `xtask/golden/special/wright_bessel.py`).

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{log_wright_bessel, wright_bessel};

fn check(name: &str, f: impl Fn(&[f64]) -> f64, bound: f64) {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/wright_bessel.json"
    ));
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, f);
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn wright_bessel_accuracy() {
    // The maximum is at a = 0.0013, b = 0, x = 153 (the integral); SciPy on the same points:
    // max 4.9e8 ULP, median 1.
    check("wright_bessel", |a| wright_bessel(a[0], a[1], a[2]), 34.0);
}

#[test]
fn log_wright_bessel_accuracy() {
    // The maximum is at a = 1.19, b = 4.89, x = 26.8, where ln Phi = -0.0029 amplifies the
    // rounding of Phi (SciPy: 933 ULP there); SciPy on the same points: max inf (it overflows
    // at a = 0.014, b = 17.3, x = 4394), median 0.
    let f = |a: &[f64]| log_wright_bessel(a[0], a[1], a[2]);
    check("log_wright_bessel", f, 594.0);
}
