//! Accuracy of the Kolmogorov-Smirnov kernels against mpmath at 50 digits (fixture
//! `tests/data/kolmogorov_smirnov.json`, written by `xtask/golden/special/kolmogorov_smirnov.py`),
//! beside SciPy 1.17.1's error on the same points.

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{kolmogi, kolmogorov, smirnov, smirnovi};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/kolmogorov_smirnov.json"
);

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    let fixture = Fixture::load(FIXTURE);
    let table = AccuracyTable::from_case(fixture.case(name));
    let report = AccuracyReport::real(&table, f);
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

// Measured: kolmogorov 2, kolmogi 2, smirnov 2, smirnovi 0 ULP (SciPy 1.17.1: 348, 23, 2, 2);
// the bounds leave room for a platform's libm `exp`/`powf` being 1 ULP worse, except
// smirnovi's, whose final Newton step in double-double does not depend on libm.
#[test]
fn kolmogorov_accuracy() {
    check("kolmogorov", 4.0, |a| kolmogorov(a[0]));
}

#[test]
fn kolmogi_accuracy() {
    check("kolmogi", 4.0, |a| kolmogi(a[0]));
}

// The table's n column holds integers stored as floats.
#[test]
fn smirnov_accuracy() {
    check("smirnov", 4.0, |a| smirnov(a[0] as i32, a[1]));
}

#[test]
fn smirnovi_accuracy() {
    check("smirnovi", 0.0, |a| smirnovi(a[0] as i32, a[1]));
}
