//! Accuracy of the elliptic family against mpmath at 50 digits, beside SciPy's on the same
//! points (fixture `tests/data/elliptic.json`, written by `xtask/golden/special/elliptic.py`).
//! Each bound is the one the function's docs state.

use sci_core::testing::check_accuracy;
use sci_special::{
    ellipe, ellipeinc, ellipj, ellipk, ellipkinc, ellipkm1, elliprc, elliprd, elliprf, elliprg,
    elliprj,
};

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    check_accuracy(env!("CARGO_MANIFEST_DIR"), "elliptic", name, bound, f);
}

#[test]
fn ellipk_accuracy() {
    check("ellipk", 2.0, |a| ellipk(a[0]));
}

#[test]
fn ellipkm1_accuracy() {
    check("ellipkm1", 2.0, |a| ellipkm1(a[0]));
}

#[test]
fn ellipe_accuracy() {
    check("ellipe", 3.0, |a| ellipe(a[0]));
}

#[test]
fn ellipkinc_accuracy() {
    check("ellipkinc", 6.0, |a| ellipkinc(a[0], a[1]));
}

#[test]
fn ellipeinc_accuracy() {
    // SciPy: 4.
    check("ellipeinc", 3.0, |a| ellipeinc(a[0], a[1]));
}

#[test]
fn ellipj_sn_accuracy() {
    check("ellipj_sn", 16_000.0, |a| ellipj(a[0], a[1]).sn);
}

#[test]
fn ellipj_cn_accuracy() {
    check("ellipj_cn", 430_000.0, |a| ellipj(a[0], a[1]).cn);
}

#[test]
fn ellipj_dn_accuracy() {
    check("ellipj_dn", 430_000.0, |a| ellipj(a[0], a[1]).dn);
}

#[test]
fn ellipj_ph_accuracy() {
    check("ellipj_ph", 100.0, |a| ellipj(a[0], a[1]).ph);
}

#[test]
fn elliprf_accuracy() {
    // SciPy: 3.
    check("elliprf", 3.0, |a| elliprf(a[0], a[1], a[2]));
}

#[test]
fn elliprd_accuracy() {
    // SciPy: 4.
    check("elliprd", 0.0, |a| elliprd(a[0], a[1], a[2]));
}

#[test]
fn elliprj_accuracy() {
    // SciPy on the same points: 11087.
    check("elliprj", 234.0, |a| elliprj(a[0], a[1], a[2], a[3]));
}

#[test]
fn elliprc_accuracy() {
    check("elliprc", 3.0, |a| elliprc(a[0], a[1]));
}

#[test]
fn elliprg_accuracy() {
    // SciPy: 9.
    check("elliprg", 3.0, |a| elliprg(a[0], a[1], a[2]));
}
