//! Accuracy of the hypergeometric functions against mpmath (50 digits), beside
//! SciPy's on the same points (fixture `tests/data/hypergeometric.json`, written by
//! `xtask/golden/special/hypergeometric.py`).

use sci_core::testing::check_accuracy;
use sci_special::{hyp0f1, hyp1f1, hyp2f1, hyperu};

fn check(name: &str, f: impl Fn(&[f64]) -> f64, bound: f64) {
    check_accuracy(env!("CARGO_MANIFEST_DIR"), "hypergeometric", name, bound, f);
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

#[test]
fn hyp2f1_accuracy() {
    // The maximum is at a = 78.3, b = -41.4, c = 94.3, z = -628, where the connection formula
    // in 1 / (1 - z) cancels; with a, b, c in [-20, 20] (1518 points) the maximum is 44 ULP
    // (SciPy there: 3.2e16 ULP).
    // SciPy on the same points: max 1.8e19 ULP (NaN or inf at 12 points, the wrong sign at
    // 25, all with |a|, |b| or |c| above 20 but two), median 28 ULP.
    check("hyp2f1", |a| hyp2f1(a[0], a[1], a[2], a[3]), 1031.0);
}
