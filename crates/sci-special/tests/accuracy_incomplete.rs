//! Accuracy of the incomplete gamma and beta ratios and their inverses against mpmath at 50
//! digits (fixture `tests/data/incomplete.json`, written by `xtask/golden/special/incomplete.py`),
//! beside SciPy 1.17.1's error on the same points.

use sci_core::testing::check_accuracy;
use sci_special::{
    betainc, betaincc, betainccinv, betaincinv, gammainc, gammaincc, gammainccinv, gammaincinv,
};

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    check_accuracy(env!("CARGO_MANIFEST_DIR"), "incomplete", name, bound, f);
}

#[test]
fn gammainc_accuracy() {
    check("gammainc", 32.0, |a| gammainc(a[0], a[1]));
}

#[test]
fn gammaincc_accuracy() {
    check("gammaincc", 32.0, |a| gammaincc(a[0], a[1]));
}

#[test]
fn gammaincinv_accuracy() {
    check("gammaincinv", 20.0, |a| gammaincinv(a[0], a[1]));
}

#[test]
fn gammainccinv_accuracy() {
    check("gammainccinv", 20.0, |a| gammainccinv(a[0], a[1]));
}

// The beta ratios: DiDonato and Morris's choice of method (tests/data/incomplete.json).
#[test]
fn betainc_accuracy() {
    // SciPy 1.17.1: max 990 ULP, median 1.
    check("betainc", 5.0, |a| betainc(a[0], a[1], a[2]));
}

// Above SciPy's 1 ULP: a few ULP from the prefactor and the continued fraction.
#[test]
fn betaincc_accuracy() {
    // SciPy 1.17.1: max 1 ULP, median 0.
    check("betaincc", 5.0, |a| betaincc(a[0], a[1], a[2]));
}

// Extra points where one of I, 1 - I is tiny beside the other or the parameters are tiny or
// huge (table `betainc_extreme`, its own seed).
#[test]
fn betainc_extreme_accuracy() {
    // SciPy 1.17.1: max 1312 ULP, median 0.
    check("betainc_extreme", 4.0, |a| betainc(a[0], a[1], a[2]));
}

#[test]
fn betaincc_extreme_accuracy() {
    // SciPy 1.17.1: max 1 ULP, median 0 (above it, as for `betaincc`).
    check("betaincc_extreme", 6.0, |a| betaincc(a[0], a[1], a[2]));
}

#[test]
fn betaincinv_accuracy() {
    // SciPy 1.17.1: max 1257 ULP, median 1.
    check("betaincinv", 53.0, |a| betaincinv(a[0], a[1], a[2]));
}

#[test]
fn betainccinv_accuracy() {
    // SciPy 1.17.1: max 257 ULP, median 0.
    check("betainccinv", 53.0, |a| betainccinv(a[0], a[1], a[2]));
}
