//! Accuracy of `lpmv` against mpmath's `legenp(v, m, x, type=2)` (50 digits), beside SciPy's
//! on the same points (fixture `tests/data/lpmv.json`, written by
//! `xtask/golden/special/lpmv.py`).

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::lpmv;

#[test]
fn lpmv_accuracy() {
    let fx = Fixture::load(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/lpmv.json"));
    let table = AccuracyTable::from_case(fx.case("lpmv"));
    let report = AccuracyReport::real(&table, |a| lpmv(a[0], a[1], a[2]));
    // The maximum is at m = -9, v = 20.96, x = 0.077, next to a zero of the function (SciPy:
    // 2636 ULP there); SciPy on the same points: max 1.3e19 ULP (wrong signs next to x = -1
    // for large degrees, and NaN at 8 points), median 45.
    report.finish(env!("CARGO_MANIFEST_DIR"), 2852.0);
}
