//! Accuracy of the non-central distribution kernels against mpmath at 50 digits (fixture
//! `tests/data/noncentral.json`, written by `xtask/golden/special/noncentral.py`), beside
//! SciPy 1.17.1's error on the same points.

use sci_core::testing::check_accuracy;
use sci_special::{chndtr, chndtrix, ncfdtr, ncfdtri, nctdtr, nctdtrit};

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    check_accuracy(env!("CARGO_MANIFEST_DIR"), "noncentral", name, bound, f);
}

// Measured: chndtr 27, chndtrix 61 ULP (SciPy 1.17.1 on the same points: 3.3e18 and inf,
// its far lower tail losing all digits).
#[test]
fn chndtr_accuracy() {
    check("chndtr", 27.0, |a| chndtr(a[0], a[1], a[2]));
}

#[test]
fn chndtrix_accuracy() {
    check("chndtrix", 61.0, |a| chndtrix(a[0], a[1], a[2]));
}

// Measured: ncfdtr 963, ncfdtri 93 ULP (SciPy 1.17.1: inf and inf); ncfdtr's errors above
// 100 ULP are all in the lower tail below 1e-9.
#[test]
fn ncfdtr_accuracy() {
    check("ncfdtr", 963.0, |a| ncfdtr(a[0], a[1], a[2], a[3]));
}

#[test]
fn ncfdtri_accuracy() {
    check("ncfdtri", 93.0, |a| ncfdtri(a[0], a[1], a[2], a[3]));
}

// Measured: nctdtr 820 (at nc = 0, stdtr's error; 380 with nc != 0), nctdtrit 6700 ULP (an
// absolute 1e-14 at roots |t| < 0.02; 342 elsewhere). SciPy 1.17.1: inf and inf.
#[test]
fn nctdtr_accuracy() {
    check("nctdtr", 820.0, |a| nctdtr(a[0], a[1], a[2]));
}

#[test]
fn nctdtrit_accuracy() {
    check("nctdtrit", 6700.0, |a| nctdtrit(a[0], a[1], a[2]));
}
