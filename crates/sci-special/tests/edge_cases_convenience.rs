//! Edge cases of the convenience family: NaN, infinities, zeros, domain ends, empty and
//! non-finite arrays. Expected values are SciPy 1.17.1's unless a comment says otherwise.

use sci_core::Error;
use sci_special::{
    boxcox, boxcox1p, cosm1, entr, expit, exprel, huber, inv_boxcox, inv_boxcox1p, kl_div,
    log_expit, log_softmax, logit, logsumexp, logsumexp_weighted, logsumexp_with_sign,
    pseudo_huber, rel_entr, sinc, softmax, xlog1py, xlogy,
};

const INF: f64 = f64::INFINITY;
const NAN: f64 = f64::NAN;

#[track_caller]
fn same(actual: f64, expected: f64) {
    assert!(
        (actual.is_nan() && expected.is_nan()) || actual == expected,
        "got {actual}, SciPy gives {expected}"
    );
}

#[test]
fn logistic_edges() {
    same(expit(INF), 1.0);
    same(expit(-INF), 0.0);
    same(expit(NAN), NAN);
    same(logit(0.0), -INF);
    same(logit(1.0), INF);
    same(logit(2.0), NAN);
    same(logit(-0.5), NAN);
    same(log_expit(-INF), -INF);
    same(log_expit(INF), 0.0);
    assert!(log_expit(INF).is_sign_negative());
}

#[test]
fn elementary_edges() {
    same(exprel(0.0), 1.0);
    same(exprel(800.0), INF);
    same(exprel(-INF), 0.0);
    same(exprel(INF), INF);
    same(cosm1(INF), NAN);
    same(sinc(INF), NAN);
    same(sinc(0.0), 1.0);
    // Exact zeros at the integers (numpy's sin(pi x) leaves ~1e-17 residues; sci reduces x
    // exactly).
    same(sinc(3.0), 0.0);
    same(xlogy(0.0, NAN), NAN);
    same(xlogy(0.0, 0.0), 0.0);
    same(xlogy(0.0, -1.0), 0.0);
    same(xlogy(1.0, 0.0), -INF);
    same(xlogy(NAN, 0.0), NAN);
    same(xlog1py(0.0, -1.0), 0.0);
    same(xlog1py(1.0, -1.0), -INF);
}

#[test]
fn box_cox_edges() {
    same(boxcox(0.0, -1.0), -INF);
    same(boxcox(0.0, 1.0), -1.0);
    same(boxcox(0.0, 0.0), -INF);
    same(boxcox(-1.0, 0.5), NAN);
    same(boxcox1p(-1.0, 0.5), -2.0);
    same(boxcox1p(-1.0, -0.5), -INF);
    same(boxcox1p(-2.0, 1.0), NAN);
    assert!((inv_boxcox(1.0, 0.0) - std::f64::consts::E).abs() < 1e-15);
    same(inv_boxcox(-2.0, 1.0), NAN);
    same(inv_boxcox(-1.0, 1.0), 0.0);
    same(inv_boxcox1p(-2.0, 1.0), NAN);
    same(inv_boxcox1p(-1.0, 1.0), -1.0);
    same(inv_boxcox1p(1e-200, 1e-200), 1e-200);
    // SciPy 1.17.1 returns y when |lmbda y| < 1e-154, which is wrong for y = 2.78 (it gives
    // 2.78); the mathematical value is expm1(2.78) (mpmath, 50 digits).
    assert!((inv_boxcox1p(2.78, -6e-274) - 2.78f64.exp_m1()).abs() < 1e-14);
}

#[test]
fn entropy_edges() {
    same(entr(-1.0), -INF);
    same(entr(0.0), 0.0);
    same(entr(INF), -INF);
    same(entr(NAN), NAN);
    same(rel_entr(0.0, 0.0), 0.0);
    same(rel_entr(1.0, 0.0), INF);
    same(rel_entr(0.0, -1.0), INF);
    same(rel_entr(-1.0, 1.0), INF);
    same(rel_entr(INF, INF), NAN);
    same(rel_entr(1.0, INF), -INF);
    same(kl_div(0.0, 0.0), 0.0);
    same(kl_div(0.0, 2.0), 2.0);
    same(kl_div(1.0, 0.0), INF);
    same(kl_div(-1.0, 1.0), INF);
    same(kl_div(INF, 1.0), NAN);
}

#[test]
fn huber_edges() {
    same(pseudo_huber(0.0, 1.0), 0.0);
    same(pseudo_huber(-1.0, 1.0), INF);
    same(pseudo_huber(0.0, 0.0), 0.0);
    same(huber(-1.0, 1.0), INF);
    same(huber(0.0, 1.0), 0.0);
    same(pseudo_huber(1.0, INF), INF);
    same(huber(1.0, INF), INF);
    same(huber(NAN, 1.0), NAN);
}

#[test]
fn array_functions_on_empty_and_mismatched_input() {
    let empty: [f64; 0] = [];
    // SciPy: logsumexp([]) = -inf; softmax([]) and log_softmax([]) raise ValueError.
    same(logsumexp(&empty), -INF);
    assert!(matches!(softmax(&empty), Err(Error::EmptyInput { .. })));
    assert!(matches!(log_softmax(&empty), Err(Error::EmptyInput { .. })));
    // SciPy raises on a and b of different shapes.
    assert!(matches!(
        logsumexp_weighted(&[1.0, 2.0], &[1.0, 1.0, 1.0]),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(logsumexp_with_sign(&[1.0], &empty).is_err());
    // SciPy: logsumexp([], return_sign=True) = (-inf, -1.0).
    let r = logsumexp_with_sign(&empty, &empty).unwrap();
    same(r.res, -INF);
    same(r.sgn, -1.0);
}

#[test]
fn array_functions_on_non_finite_entries() {
    same(logsumexp(&[-INF, -INF]), -INF);
    same(logsumexp(&[INF, 1.0]), INF);
    same(logsumexp(&[NAN, 1.0]), NAN);
    let s = softmax(&[INF, 1.0]).unwrap();
    assert!(s.iter().all(|v| v.is_nan()));
    let l = log_softmax(&[INF, 1.0]).unwrap();
    assert!(l[0].is_nan() && l[1] == -INF);
    let l = log_softmax(&[-INF, INF]).unwrap();
    assert!(l[0] == -INF && l[1].is_nan());
    // A single element: softmax 1, log_softmax 0.
    same(softmax(&[3.5]).unwrap()[0], 1.0);
    same(log_softmax(&[3.5]).unwrap()[0], 0.0);
}
