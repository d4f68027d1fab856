//! Accuracy of the gamma family against mpmath (50 digits), beside SciPy 1.17.1's error on
//! the same points (fixture `tests/data/gamma.json`, written by
//! `xtask/golden/special/gamma.py`). Each bound is the one the function's docs state.

use sci_core::Complex64;
use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{
    beta, betaln, binom, comb, comb_repetition, digamma, factorial, gamma, gammaln, gammasgn,
    loggamma, multigammaln, perm, poch, polygamma, rgamma, zeta, zeta_hurwitz, zetac,
};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/gamma.json"
    ))
}

fn check(name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case(name));
    AccuracyReport::real(&table, f).finish(env!("CARGO_MANIFEST_DIR"), bound);
}

fn check_complex(name: &str, bound: f64, f: impl Fn(&[f64]) -> Complex64) {
    let fx = fixture();
    let table = AccuracyTable::from_case(fx.case(name));
    AccuracyReport::complex(&table, f).finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn gamma_accuracy() {
    check("gamma", 3.0, |a| gamma(a[0]));
}

#[test]
fn rgamma_accuracy() {
    check("rgamma", 3.0, |a| rgamma(a[0]));
}

#[test]
fn gammasgn_accuracy() {
    check("gammasgn", 0.0, |a| gammasgn(a[0]));
}

#[test]
fn gammaln_accuracy() {
    check("gammaln", 1.0, |a| gammaln(a[0]));
}

#[test]
fn gammaln_negative_accuracy() {
    check("gammaln_negative", 1.0, |a| gammaln(a[0]));
}

#[test]
fn loggamma_accuracy() {
    check("loggamma", 1.0, |a| loggamma(a[0]));
}

#[test]
fn digamma_accuracy() {
    check("digamma", 1.0, |a| digamma(a[0]));
}

#[test]
fn digamma_negative_accuracy() {
    check("digamma_negative", 2.0, |a| digamma(a[0]));
}

#[test]
fn beta_accuracy() {
    check("beta", 3.0, |a| beta(a[0], a[1]));
}

#[test]
fn beta_negative_accuracy() {
    check("beta_negative", 1.0, |a| beta(a[0], a[1]));
}

#[test]
fn betaln_accuracy() {
    check("betaln", 40.0, |a| betaln(a[0], a[1]));
}

#[test]
fn loggamma_complex_accuracy() {
    check_complex("loggamma_complex", 9.0, |a| {
        sci_special::complex::loggamma(Complex64::new(a[0], a[1]))
    });
}

#[test]
fn zeta_accuracy() {
    check("zeta", 5.0, |a| zeta(a[0]));
}

#[test]
fn zetac_accuracy() {
    check("zetac", 5.0, |a| zetac(a[0]));
}

#[test]
fn zeta_hurwitz_accuracy() {
    check("zeta_hurwitz", 4.0, |a| zeta_hurwitz(a[0], a[1]));
}

#[test]
fn polygamma_accuracy() {
    check("polygamma", 26.0, |a| polygamma(a[0] as u32, a[1]));
}

#[test]
fn poch_accuracy() {
    check("poch", 4.0, |a| poch(a[0], a[1]));
}

#[test]
fn multigammaln_accuracy() {
    check("multigammaln", 1.0, |a| multigammaln(a[0], a[1] as u32));
}

#[test]
fn factorial_accuracy() {
    check("factorial", 2.0, |a| factorial(a[0]));
}

#[test]
fn binom_accuracy() {
    check("binom", 3.0, |a| binom(a[0], a[1]));
}

#[test]
fn comb_accuracy() {
    check("comb", 3.0, |a| comb(a[0], a[1]));
}

#[test]
fn comb_repetition_accuracy() {
    check("comb_repetition", 2.0, |a| comb_repetition(a[0], a[1]));
}

#[test]
fn perm_accuracy() {
    check("perm", 4.0, |a| perm(a[0], a[1]));
}
