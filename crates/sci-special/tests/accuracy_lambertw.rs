//! Accuracy of the Lambert W function against mpmath at 50 digits, beside SciPy's on the same
//! points (fixture `tests/data/lambertw.json`, written by `xtask/golden/special/lambertw.py`).
//! Each bound is the one the function's docs state.

use sci_core::Complex64;
use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::lambertw;

fn table(name: &str) -> AccuracyTable {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/lambertw.json"
    ));
    AccuracyTable::from_case(fx.case(name))
}

#[test]
fn lambertw_k0_accuracy() {
    let t = table("lambertw_k0");
    AccuracyReport::real(&t, |a| lambertw(a[0], 0)).finish(env!("CARGO_MANIFEST_DIR"), 2.0);
}

#[test]
fn lambertw_km1_accuracy() {
    let t = table("lambertw_km1");
    AccuracyReport::real(&t, |a| lambertw(a[0], -1)).finish(env!("CARGO_MANIFEST_DIR"), 2.0);
}

#[test]
fn lambertw_complex_accuracy() {
    let t = table("lambertw_complex");
    let report = AccuracyReport::complex(&t, |a| {
        // The branch column holds small integers stored as floats.
        sci_special::complex::lambertw(Complex64::new(a[0], a[1]), a[2] as i64)
    });
    report.finish(env!("CARGO_MANIFEST_DIR"), 4.0);
}
