//! Accuracy of the confluent hypergeometric functions against mpmath (50 digits), beside
//! SciPy's on the same points (fixture `tests/data/hypergeometric.json`, written by
//! `xtask/golden/special/hypergeometric.py`).

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{hyp0f1, hyp1f1, hyperu};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/hypergeometric.json"
    ))
}

fn check(name: &str, f: impl Fn(&[f64]) -> f64, bound: f64) {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, f);
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn hyp0f1_accuracy() {
    // The maximum is at x = -534, where the Bessel form is used next to a zero of J_{v-1};
    // SciPy on the same points: max 15996 ULP, median 5.
    check("hyp0f1", |a| hyp0f1(a[0], a[1]), 420.0);
}

#[test]
fn hyp1f1_accuracy() {
    // SciPy on the same points: max 4505 ULP, median 1.
    check("hyp1f1", |a| hyp1f1(a[0], a[1], a[2]), 8.0);
}

#[test]
fn hyperu_accuracy() {
    // The maximum is at a = -4.2, b = 6.0, x = 0.65, where both a and a - b + 1 are negative
    // and the connection formula cancels; SciPy on the same points: max 4.4e9 ULP, median 4.
    check("hyperu", |a| hyperu(a[0], a[1], a[2]), 7400.0);
}
