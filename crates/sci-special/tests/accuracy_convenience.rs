//! Accuracy of the convenience family against mpmath (50 digits), beside SciPy 1.17.1's error
//! on the same points, and the array functions against SciPy's values (fixture
//! `tests/data/convenience.json`, written by `xtask/golden/special/convenience.py`). Each bound
//! is the one the function's docs state.

use sci_core::ndarray::{Array1, Ix1};
use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture, Tol, assert_close};
use sci_special::{
    boxcox, boxcox1p, cbrt, cosm1, entr, exp2, exp10, expit, expm1, exprel, huber, inv_boxcox,
    inv_boxcox1p, kl_div, log_expit, log_softmax, log1p, logit, logsumexp, logsumexp_weighted,
    logsumexp_with_sign, pseudo_huber, rel_entr, sinc, softmax, softplus, xlog1py, xlogy,
};

fn arr1(values: &sci_core::testing::Values, key: &str) -> Array1<f64> {
    values
        .array::<f64>(key)
        .into_dimensionality::<Ix1>()
        .unwrap()
}

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/convenience.json"
    ))
}

fn check(fx: &Fixture, name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, f);
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn logistic_accuracy() {
    let fx = fixture();
    check(&fx, "expit", 2.0, |a| expit(a[0]));
    check(&fx, "logit", 2.0, |a| logit(a[0]));
    check(&fx, "log_expit", 2.0, |a| log_expit(a[0]));
    check(&fx, "softplus", 2.0, |a| softplus(a[0]));
}

#[test]
fn elementary_accuracy() {
    let fx = fixture();
    check(&fx, "log1p", 1.0, |a| log1p(a[0]));
    check(&fx, "expm1", 1.0, |a| expm1(a[0]));
    check(&fx, "cosm1", 2.0, |a| cosm1(a[0]));
    check(&fx, "exprel", 2.0, |a| exprel(a[0]));
    check(&fx, "exp2", 1.0, |a| exp2(a[0]));
    check(&fx, "exp10", 1.0, |a| exp10(a[0]));
    check(&fx, "cbrt", 1.0, |a| cbrt(a[0]));
    check(&fx, "sinc", 2.0, |a| sinc(a[0]));
    check(&fx, "xlogy", 2.0, |a| xlogy(a[0], a[1]));
    check(&fx, "xlog1py", 2.0, |a| xlog1py(a[0], a[1]));
}

#[test]
fn box_cox_accuracy() {
    let fx = fixture();
    check(&fx, "boxcox", 2.0, |a| boxcox(a[0], a[1]));
    check(&fx, "boxcox1p", 2.0, |a| boxcox1p(a[0], a[1]));
    check(&fx, "inv_boxcox", 4.0, |a| inv_boxcox(a[0], a[1]));
    check(&fx, "inv_boxcox1p", 2.0, |a| inv_boxcox1p(a[0], a[1]));
}

#[test]
fn entropy_accuracy() {
    let fx = fixture();
    check(&fx, "entr", 2.0, |a| entr(a[0]));
    check(&fx, "rel_entr", 2.0, |a| rel_entr(a[0], a[1]));
    check(&fx, "kl_div", 4.0, |a| kl_div(a[0], a[1]));
}

#[test]
fn huber_accuracy() {
    let fx = fixture();
    check(&fx, "huber", 2.0, |a| huber(a[0], a[1]));
    check(&fx, "pseudo_huber", 2.0, |a| pseudo_huber(a[0], a[1]));
}

#[test]
fn array_functions_match_scipy() {
    let fx = fixture();
    let mut seen = 0;
    for case in &fx.cases {
        let name = case.name.as_str();
        if let Some(_key) = name.strip_prefix("logsumexp_weighted_") {
            let a = arr1(&case.args, "a");
            let b = arr1(&case.args, "b");
            let r = logsumexp_with_sign(&a, &b).unwrap();
            assert_close(r.res, case.expected.f64("res"), case.tol());
            assert_close(r.sgn, case.expected.f64("sgn"), Tol::EXACT);
            assert_close(
                logsumexp_weighted(&a, &b).unwrap(),
                case.expected.f64("res_unsigned"),
                case.tol(),
            );
        } else if name.starts_with("logsumexp_") {
            let a = arr1(&case.args, "a");
            assert_close(logsumexp(&a), case.expected.f64("res"), case.tol());
        } else if name.starts_with("softmax_") {
            let x = arr1(&case.args, "x");
            let y = arr1(&case.expected, "y");
            assert_close(softmax(&x).unwrap(), y, case.tol());
        } else if name.starts_with("log_softmax_") {
            let x = arr1(&case.args, "x");
            let y = arr1(&case.expected, "y");
            assert_close(log_softmax(&x).unwrap(), y, case.tol());
        } else {
            continue;
        }
        seen += 1;
    }
    assert_eq!(seen, 12 * 3 + 13);
}
