//! Accuracy of the exponential-integral family against mpmath at 50 digits, beside SciPy's on
//! the same points (fixture `tests/data/exp_integrals.json`, written by
//! `xtask/golden/special/exp_integrals.py`). Each bound is the one the function's docs state.

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{exp1, expi, expn, shichi, sici, spence};

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/exp_integrals.json"
    ));
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, f);
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn exp1_accuracy() {
    check("exp1", 4.0, |a| exp1(a[0]));
}

#[test]
fn expi_accuracy() {
    check("expi", 5.0, |a| expi(a[0]));
}

#[test]
fn expn_accuracy() {
    // The order column holds integers stored as floats.
    check("expn", 8.0, |a| expn(a[0] as i32, a[1]));
}

#[test]
fn sici_si_accuracy() {
    check("sici_si", 3.0, |a| sici(a[0]).si);
}

#[test]
fn sici_ci_accuracy() {
    // SciPy: 1.1e12 (next to the zeros of Ci).
    check("sici_ci", 9.0, |a| sici(a[0]).ci);
}

#[test]
fn shichi_shi_accuracy() {
    check("shichi_shi", 5.0, |a| shichi(a[0]).shi);
}

#[test]
fn shichi_chi_accuracy() {
    check("shichi_chi", 5.0, |a| shichi(a[0]).chi);
}

#[test]
fn spence_accuracy() {
    check("spence", 3.0, |a| spence(a[0]));
}
