//! Accuracy of the Struve functions against mpmath (50 digits), beside SciPy's on the same
//! points (fixture `tests/data/struve.json`, written by `xtask/golden/special/struve.py`).

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{modstruve, struve};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/struve.json"
    ))
}

fn check(name: &str, f: fn(f64, f64) -> f64, bound: f64) {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, |a| f(a[0], a[1]));
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn struve_h() {
    // The maximum is next to a zero of H_v at x = 69, where H_v = Y_v + K_v cancels 140-fold;
    // SciPy on the same points: max 9879 ULP, median 6.
    check("struve", struve, 340.0);
}

#[test]
fn struve_l() {
    // SciPy on the same points: max 2547 ULP, median 3.
    check("modstruve", modstruve, 5.0);
}
