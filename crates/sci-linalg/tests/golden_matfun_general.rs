//! Golden tests of the general matrix functions against SciPy 1.17.1
//! (`xtask/golden/linalg/matfun_general.py`): `funm` (exp, sin, cos, sqrt, log, square) with
//! SciPy's dtype rule and error estimate, `signm` (Parlett and Newton paths), the
//! trigonometric and hyperbolic functions, `expm_frechet` (both methods, every Padé degree)
//! and `expm_cond`.
//!
//! Tolerances (norm-wise, relative): `funm` 1e-12, or `100 errest` when SciPy's own error
//! estimate is larger; `signm` 1e-12; the trigonometric functions and the Fréchet derivative
//! `1e-13 max(1, ||A||₁)` (as `expm`: both libraries round differently in the squarings), and
//! for the tangents also times the 1-norm condition number of the solve; `expm_cond` 1e-10.
//! `float32` input: SciPy computes in single precision and this crate in double (funm,
//! signm, cosm, sinm) or single (coshm, sinhm), so 2e-5 (scaled as above).

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    ExpmFrechetMethod, ExpmFrechetOptions, MatrixValue, Scalar, cond, coshm, cosm, expm_cond,
    expm_frechet_with, funm, signm, sinhm, sinm, tanhm, tanm,
};

fn matrix<T: Scalar + ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn one_norm<T: Scalar>(a: &Array2<T>) -> f64 {
    (0..a.ncols())
        .map(|j| a.column(j).iter().map(|v| v.to_c64().norm()).sum::<f64>())
        .fold(0.0f64, f64::max)
}

fn is_f32(case: &Case) -> bool {
    case.args.str("dtype").starts_with("float32") || case.args.str("dtype") == "complex64"
}

fn base_tolerance(case: &Case) -> f64 {
    if is_f32(case) { 2e-5 } else { 1e-12 }
}

/// Checks a `MatrixValue` against SciPy's matrix and its real/complex dtype.
fn assert_value(case: &Case, value: &MatrixValue, rtol: f64) {
    assert_eq!(
        value.is_real(),
        case.expected.bool("real"),
        "{}: real or complex",
        case.name
    );
    let expected = case.expected.array::<Complex64>("x");
    match value {
        MatrixValue::Real(x) => assert_normwise(case, x.view(), &expected, rtol),
        MatrixValue::Complex(x) => assert_normwise(case, x.view(), &expected, rtol),
    }
}

fn scalar_function(name: &str) -> fn(Complex64) -> Complex64 {
    match name {
        "exp" => |z| z.exp(),
        "sin" => |z| z.sin(),
        "cos" => |z| z.cos(),
        "sqrt" => |z| z.sqrt(),
        "log" => |z| z.ln(),
        "square" => |z| z * z,
        other => panic!("unknown func {other}"),
    }
}

fn check_funm<T: Scalar + ReadableElement>(case: &Case) {
    let a = matrix::<T>(case, "a");
    let r = funm(&a, scalar_function(case.args.str("func")))
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let scipy_errest = case.expected.f64("errest");
    let rtol = base_tolerance(case).max(100.0 * scipy_errest);
    assert_value(case, &r.funm, rtol);
    // The estimate depends on the Schur form (its ordering and off-diagonal part), which
    // differs between LAPACK and this crate: both small, or within a factor of 100.
    let eps = if is_f32(case) {
        f64::from(f32::EPSILON)
    } else {
        f64::EPSILON
    };
    let small = |x: f64| x < 1e3 * eps;
    assert!(
        (small(r.errest) && small(scipy_errest))
            || (r.errest / scipy_errest < 100.0 && scipy_errest / r.errest < 100.0),
        "{}: errest {:e} vs SciPy {:e}",
        case.name,
        r.errest,
        scipy_errest
    );
}

fn check_signm<T: Scalar + ReadableElement>(case: &Case) {
    let a = matrix::<T>(case, "a");
    let s = signm(&a).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_value(case, &s, base_tolerance(case));
}

fn check_trig<T: Scalar + ReadableElement>(case: &Case) {
    let a = matrix::<T>(case, "a");
    let func = case.args.str("func");
    let f = match func {
        "cosm" => cosm(&a),
        "sinm" => sinm(&a),
        "tanm" => tanm(&a),
        "coshm" => coshm(&a),
        "sinhm" => sinhm(&a),
        "tanhm" => tanhm(&a),
        other => panic!("unknown func {other}"),
    }
    .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let mut rtol = base_tolerance(case).max(1e-13) * one_norm(&a).max(1.0);
    if a.nrows() > 0 && (func == "tanm" || func == "tanhm") {
        let denominator = if func == "tanm" { cosm(&a) } else { coshm(&a) }.expect("cos/cosh");
        let k: f64 = cond(&denominator).expect("cond").into();
        rtol *= k.max(1.0);
    }
    assert_normwise(case, f.view(), &case.expected.array::<Complex64>("x"), rtol);
}

fn check_frechet<T: Scalar + ReadableElement>(case: &Case) {
    let a = matrix::<T>(case, "a");
    let e = matrix::<T>(case, "e");
    let method = match case.args.str("method") {
        "SPS" => ExpmFrechetMethod::Sps,
        _ => ExpmFrechetMethod::BlockEnlarge,
    };
    let r = expm_frechet_with(&a, &e, &ExpmFrechetOptions::default().method(method))
        .unwrap_or_else(|err| panic!("{}: {err}", case.name));
    let rtol = 1e-13 * one_norm(&a).max(1.0);
    assert_normwise(
        case,
        r.expm_a.view(),
        &case.expected.array::<Complex64>("expm_a"),
        rtol,
    );
    assert_normwise(
        case,
        r.expm_frechet_ae.view(),
        &case.expected.array::<Complex64>("frechet"),
        rtol,
    );
}

fn check_cond<T: Scalar + ReadableElement>(case: &Case) {
    let a = matrix::<T>(case, "a");
    let k = expm_cond(&a).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let expected = case.expected.f64("value");
    assert!(
        (k - expected).abs() <= 1e-10 * expected,
        "{}: {k} vs SciPy {expected}",
        case.name
    );
}

fn cases_of(prefix: &str) -> Vec<Case> {
    load("matfun_general")
        .cases
        .into_iter()
        .filter(|c| c.name.starts_with(prefix))
        .collect()
}

#[test]
fn funm_matches_scipy() {
    let cases = cases_of("funm ");
    for case in &cases {
        common::by_dtype!(check_funm, case);
    }
    assert!(cases.len() >= 25);
}

#[test]
fn signm_matches_scipy() {
    let cases = cases_of("signm ");
    for case in &cases {
        common::by_dtype!(check_signm, case);
    }
    assert!(cases.len() >= 12);
}

#[test]
fn trigonometric_and_hyperbolic_functions_match_scipy() {
    let load = load("matfun_general");
    let cases: Vec<&Case> = load
        .cases
        .iter()
        .filter(|c| c.args.has("func") && c.args.str("func").ends_with('m'))
        .collect();
    for case in &cases {
        common::by_dtype!(check_trig, case);
    }
    assert_eq!(cases.len(), 66);
}

#[test]
fn expm_frechet_matches_scipy() {
    let cases = cases_of("expm_frechet ");
    for case in &cases {
        if case.args.bool("complex") {
            check_frechet::<Complex64>(case);
        } else {
            check_frechet::<f64>(case);
        }
    }
    assert_eq!(cases.len(), 24);
}

#[test]
fn expm_cond_matches_scipy() {
    let cases = cases_of("expm_cond ");
    for case in &cases {
        if case.args.bool("complex") {
            check_cond::<Complex64>(case);
        } else {
            check_cond::<f64>(case);
        }
    }
    assert_eq!(cases.len(), 8);
}
