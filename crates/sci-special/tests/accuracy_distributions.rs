//! Accuracy of the central distribution kernels against mpmath at 50 digits (fixture
//! `tests/data/distributions.json`, written by `xtask/golden/special/distributions.py`), beside
//! SciPy 1.17.1's error on the same points. Each bound is sci's measured maximum; the comment
//! beside it gives SciPy's maximum on the same points.

use sci_core::testing::check_accuracy;
use sci_special::{
    bdtr, bdtrc, bdtri, bdtrik, btdtria, btdtrib, chdtr, chdtrc, chdtri, chdtriv, fdtr, fdtrc,
    fdtri, gdtr, gdtrc, gdtrix, nbdtr, nbdtrc, nbdtri, nbdtrik, pdtr, pdtrc, pdtri, pdtrik, stdtr,
    stdtridf, stdtrit,
};

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    check_accuracy(env!("CARGO_MANIFEST_DIR"), "distributions", name, bound, f);
}

#[test]
fn stdtr_accuracy() {
    // The maximum is in the far lower tail for large df (values ~1e-286), where the rounding of
    // df / (df + t^2) is amplified by df/2.
    // SciPy on the same points: max 1708 ULP, median 1.
    check("stdtr", 789.0, |a| stdtr(a[0], a[1]));
}

#[test]
fn stdtrit_accuracy() {
    // SciPy on the same points: max 1.6e19 ULP, median 1.
    check("stdtrit", 16.0, |a| stdtrit(a[0], a[1]));
}

#[test]
fn stdtridf_accuracy() {
    // Ill-conditioned above df ~ 1e4: the CDF moves by ~1/df of itself per unit of df, so its
    // last-bit noise becomes ~1e6 ULPs of df (SciPy's errors there are as large).
    // SciPy on the same points: max 3.5e15 ULP, median 1467.5.
    check("stdtridf", 922702.0, |a| stdtridf(a[0], a[1]));
}

#[test]
fn chdtr_accuracy() {
    // SciPy on the same points: max 53603 ULP, median 0.
    check("chdtr", 69.0, |a| chdtr(a[0], a[1]));
}

#[test]
fn chdtrc_accuracy() {
    // SciPy on the same points: max 135876 ULP, median 1.
    check("chdtrc", 76.0, |a| chdtrc(a[0], a[1]));
}

#[test]
fn chdtri_accuracy() {
    // SciPy on the same points: max 553 ULP, median 0.
    check("chdtri", 26.0, |a| chdtri(a[0], a[1]));
}

#[test]
fn chdtriv_accuracy() {
    // Worse than SciPy: the maximum (v = 1.27, x = 2.57) inherits gammaincc's error near
    // a ~ x ~ 1 (up to ~27 ULP in accuracy_incomplete), with d ln Q / d ln v ~ 1.3.
    // SciPy on the same points: max 10 ULP, median 1.
    check("chdtriv", 17.0, |a| chdtriv(a[0], a[1]));
}

#[test]
fn fdtr_accuracy() {
    // The maximum is in the far tails with degrees of freedom in the thousands and above
    // (values below 1e-100), where the rounding of w = dfn x / (dfd + dfn x) is amplified by
    // the shapes.
    // SciPy on the same points: max 1.5e15 ULP, median 2.
    check("fdtr", 2329.0, |a| fdtr(a[0], a[1], a[2]));
}

#[test]
fn fdtrc_accuracy() {
    // As fdtr: far tails with degrees of freedom in the thousands and above.
    // SciPy on the same points: max 5.0e17 ULP, median 2.
    check("fdtrc", 4022.0, |a| fdtrc(a[0], a[1], a[2]));
}

#[test]
fn fdtri_accuracy() {
    // SciPy's inf: it returns a non-finite value at some points.
    // SciPy on the same points: max inf ULP, median 1.
    check("fdtri", 31.0, |a| fdtri(a[0], a[1], a[2]));
}

#[test]
fn bdtr_accuracy() {
    // SciPy on the same points: max 1.5e06 ULP, median 1.
    check("bdtr", 5.0, |a| bdtr(a[0], a[1], a[2]));
}

#[test]
fn bdtrc_accuracy() {
    // SciPy on the same points: max 2.1e06 ULP, median 1.
    check("bdtrc", 6.0, |a| bdtrc(a[0], a[1], a[2]));
}

#[test]
fn bdtri_accuracy() {
    // SciPy on the same points: max 3.5e16 ULP, median 12.
    check("bdtri", 2.0, |a| bdtri(a[0], a[1], a[2]));
}

#[test]
fn bdtrik_accuracy() {
    // The maximum is at k = 1e-3, where k + 1 is rounded: the CDF is a staircase in k with
    // steps of ~1e-16 / k relative.
    // SciPy on the same points: max 1.5e17 ULP, median 770.
    check("bdtrik", 29006.0, |a| bdtrik(a[0], a[1], a[2]));
}

#[test]
fn pdtr_accuracy() {
    // SciPy on the same points: max 98708 ULP, median 1.
    check("pdtr", 63.0, |a| pdtr(a[0], a[1]));
}

#[test]
fn pdtrc_accuracy() {
    // SciPy on the same points: max 37614 ULP, median 0.
    check("pdtrc", 55.0, |a| pdtrc(a[0], a[1]));
}

#[test]
fn pdtri_accuracy() {
    // SciPy on the same points: max 44 ULP, median 0.
    check("pdtri", 5.0, |a| pdtri(a[0], a[1]));
}

#[test]
fn pdtrik_accuracy() {
    // The maximum is at k = 0.006, p = 0.90, where the survival function P(k + 1, m) is
    // matched and k + 1 is rounded (a staircase of ~1e-16 / k relative steps in k).
    // SciPy on the same points: max 1377 ULP, median 2.
    check("pdtrik", 119.0, |a| pdtrik(a[0], a[1]));
}

#[test]
fn nbdtr_accuracy() {
    // SciPy on the same points: max 2.0e06 ULP, median 736.5.
    check("nbdtr", 6.0, |a| nbdtr(a[0], a[1], a[2]));
}

#[test]
fn nbdtrc_accuracy() {
    // SciPy on the same points: max 1.6e06 ULP, median 210.
    check("nbdtrc", 4.0, |a| nbdtrc(a[0], a[1], a[2]));
}

#[test]
fn nbdtri_accuracy() {
    // SciPy on the same points: max 2.4e17 ULP, median 70.5.
    check("nbdtri", 2.0, |a| nbdtri(a[0], a[1], a[2]));
}

#[test]
fn nbdtrik_accuracy() {
    // SciPy on the same points: max 9.3e15 ULP, median 70.5.
    check("nbdtrik", 23.0, |a| nbdtrik(a[0], a[1], a[2]));
}

#[test]
fn gdtr_accuracy() {
    // SciPy on the same points: max 58432 ULP, median 2.
    check("gdtr", 51.0, |a| gdtr(a[0], a[1], a[2]));
}

#[test]
fn gdtrc_accuracy() {
    // SciPy on the same points: max 88562 ULP, median 2.
    check("gdtrc", 74.0, |a| gdtrc(a[0], a[1], a[2]));
}

#[test]
fn gdtrix_accuracy() {
    // SciPy on the same points: max 452 ULP, median 1.
    check("gdtrix", 29.0, |a| gdtrix(a[0], a[1], a[2]));
}

#[test]
fn btdtria_accuracy() {
    // SciPy's inf: it returns a non-finite value at some points (x = 2.2e-308).
    // SciPy on the same points: max inf ULP, median 1.
    check("btdtria", 11.0, |a| btdtria(a[0], a[1], a[2]));
}

#[test]
fn btdtrib_accuracy() {
    // SciPy on the same points: max 3.0e15 ULP, median 2.
    check("btdtrib", 11.0, |a| btdtrib(a[0], a[1], a[2]));
}
