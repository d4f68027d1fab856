//! Accuracy of the error-function family against mpmath (50 digits), beside SciPy 1.17.1's
//! error on the same points (fixture `tests/data/error_fn.json`, written by
//! `xtask/golden/special/error_fn.py`). Each bound is the one the function's docs state.

use sci_core::Complex64;
use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::complex;
use sci_special::{
    dawsn, erf, erfc, erfcinv, erfcx, erfi, erfinv, fresnel, log_ndtr, ndtr, ndtri, ndtri_exp,
};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/error_fn.json"
    ))
}

fn check(name: &str, bound: f64, f: impl Fn(f64) -> f64) {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, |a| f(a[0]));
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn erf_accuracy() {
    check("erf", 1.0, erf);
}

#[test]
fn erfc_accuracy() {
    check("erfc", 2.0, erfc);
}

#[test]
fn erfcx_accuracy() {
    check("erfcx", 2.0, erfcx);
}

#[test]
fn erfi_accuracy() {
    check("erfi", 3.0, erfi);
}

#[test]
fn dawsn_accuracy() {
    check("dawsn", 1.0, dawsn);
}

#[test]
fn erfinv_accuracy() {
    check("erfinv", 2.0, erfinv);
}

#[test]
fn erfcinv_accuracy() {
    check("erfcinv", 2.0, erfcinv);
}

#[test]
fn ndtr_accuracy() {
    check("ndtr", 3.0, ndtr);
}

#[test]
fn log_ndtr_accuracy() {
    check("log_ndtr", 3.0, log_ndtr);
}

#[test]
fn ndtri_accuracy() {
    check("ndtri", 2.0, ndtri);
}

#[test]
fn ndtri_exp_accuracy() {
    // SciPy on the same points: 4573.
    check("ndtri_exp", 26.0, ndtri_exp);
}

#[test]
fn fresnel_s_accuracy() {
    check("fresnel_s", 3.0, |x| fresnel(x).s);
}

#[test]
fn fresnel_c_accuracy() {
    check("fresnel_c", 3.0, |x| fresnel(x).c);
}

fn check_complex(name: &str, bound: f64, f: impl Fn(Complex64) -> Complex64) {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::complex(&table, |a| f(Complex64::new(a[0], a[1])));
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn wofz_accuracy() {
    check_complex("wofz", 4.0, complex::wofz);
}

#[test]
fn complex_erf_family_accuracy() {
    check_complex("erf_complex", 6.0, complex::erf);
    check_complex("erfc_complex", 7.0, complex::erfc);
    check_complex("erfcx_complex", 5.0, complex::erfcx);
    check_complex("erfi_complex", 5.0, complex::erfi);
    check_complex("dawsn_complex", 5.0, complex::dawsn);
}

#[test]
fn voigt_profile_accuracy() {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case("voigt_profile"));
    let report = AccuracyReport::real(&table, |a| sci_special::voigt_profile(a[0], a[1], a[2]));
    report.write(env!("CARGO_MANIFEST_DIR"));
    println!(
        "voigt_profile: sci max {} median {} at {:?}; scipy max {} median {}",
        report.sci.max,
        report.sci.median,
        report.sci.worst_args,
        report.scipy.max,
        report.scipy.median
    );
    report.assert_max_ulps(5.0);
}

#[test]
fn owens_t_accuracy() {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case("owens_t"));
    let report = AccuracyReport::real(&table, |a| sci_special::owens_t(a[0], a[1]));
    report.write(env!("CARGO_MANIFEST_DIR"));
    println!(
        "owens_t: sci max {} median {} at {:?}; scipy max {} median {}",
        report.sci.max,
        report.sci.median,
        report.sci.worst_args,
        report.scipy.max,
        report.scipy.median
    );
    report.assert_max_ulps(6.0);
}
