//! Accuracy of the Bessel family against mpmath (50 digits), beside SciPy's on the same points
//! (fixture `tests/data/bessel.json`, written by `xtask/golden/special/bessel.py`).
//!
//! The oscillating functions have two tables each: points away from the zeros, checked in
//! ULPs with the bound their docs state, and points near the zeros
//! (`|f| < 0.1 sqrt(J^2 + Y^2)`), where any method that reduces the phase in double
//! precision loses relative accuracy as `1/|f|`: there the check is the absolute error
//! against the local amplitude `sqrt(J^2 + Y^2)` (the ULP figures are still reported).

use sci_core::Complex64;
use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{
    hankel1, hankel1e, hankel2, hankel2e, i0, i0e, i1, i1e, iv, ive, ivp, j0, j1, jn, jv, jve, jvp,
    k0, k0e, k1, k1e, kn, kv, kve, kvp, y0, y1, yn, yv, yve, yvp,
};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/bessel.json"
    ))
}

fn report(fx: &Fixture, name: &str, f: impl Fn(&[f64]) -> f64) -> (AccuracyTable, AccuracyReport) {
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, f);
    report.write(env!("CARGO_MANIFEST_DIR"));
    println!(
        "{name}: sci max {:.1} median {:.1} at {:?}; scipy max {:.1} median {:.1}",
        report.sci.max,
        report.sci.median,
        report.sci.worst_args,
        report.scipy.max,
        report.scipy.median
    );
    (table, report)
}

fn check(fx: &Fixture, name: &str, bound: f64, f: impl Fn(&[f64]) -> f64) {
    report(fx, name, f).1.assert_max_ulps(bound);
}

/// Near the zeros: `|sci - mpmath| <= bound_eps * eps * amplitude(args)`.
fn check_near_zeros(
    fx: &Fixture,
    name: &str,
    bound_eps: f64,
    f: impl Fn(&[f64]) -> f64,
    amplitude: impl Fn(&[f64]) -> f64,
) {
    let (table, _) = report(fx, name, &f);
    let arity = table.arity();
    let reference = table.column("mpmath");
    let mut worst = (0.0f64, Vec::new());
    for (k, row) in table.rows.outer_iter().enumerate() {
        let args: Vec<f64> = row.iter().take(arity).copied().collect();
        let error = (f(&args) - reference[k]).abs() / (f64::EPSILON * amplitude(&args));
        if error > worst.0 || error.is_nan() {
            worst = (error, args);
        }
    }
    println!(
        "{name}: max absolute error {:.2} eps * amplitude at {:?}",
        worst.0, worst.1
    );
    assert!(
        worst.0 <= bound_eps,
        "{name}: absolute error {} eps * amplitude at {:?} exceeds {bound_eps}",
        worst.0,
        worst.1
    );
}

fn amplitude(v: f64, x: f64) -> f64 {
    jv(v, x.abs()).hypot(yv(v, x.abs()))
}

fn check_complex(fx: &Fixture, name: &str, bound: f64, f: impl Fn(&[f64]) -> Complex64) {
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::complex(&table, f);
    report.write(env!("CARGO_MANIFEST_DIR"));
    println!(
        "{name}: sci max {:.1} median {:.1} at {:?}; scipy max {:.1} median {:.1}",
        report.sci.max,
        report.sci.median,
        report.sci.worst_args,
        report.scipy.max,
        report.scipy.median
    );
    report.assert_max_ulps(bound);
}

#[test]
fn orders_zero_and_one() {
    let fx = fixture();
    // SciPy's max on these points is ~9e18 ULP (at huge x); its absolute errors near the
    // zeros are of the same order as sci's.
    check(&fx, "j0", 92.0, |a| j0(a[0]));
    check(&fx, "j1", 46.0, |a| j1(a[0]));
    check(&fx, "y0", 69.0, |a| y0(a[0]));
    check(&fx, "y1", 107.0, |a| y1(a[0]));
    check_near_zeros(
        &fx,
        "j0_near_zeros",
        7.3,
        |a| j0(a[0]),
        |a| amplitude(0.0, a[0]),
    );
    check_near_zeros(
        &fx,
        "j1_near_zeros",
        4.7,
        |a| j1(a[0]),
        |a| amplitude(1.0, a[0]),
    );
    check_near_zeros(
        &fx,
        "y0_near_zeros",
        5.6,
        |a| y0(a[0]),
        |a| amplitude(0.0, a[0]),
    );
    check_near_zeros(
        &fx,
        "y1_near_zeros",
        6.5,
        |a| y1(a[0]),
        |a| amplitude(1.0, a[0]),
    );
    // SciPy's max on the same points: i0 and i1 1.8e16 (overflow), i0e 6, i1e 6.
    check(&fx, "i0", 6.0, |a| i0(a[0]));
    check(&fx, "i0e", 5.0, |a| i0e(a[0]));
    check(&fx, "i1", 5.0, |a| i1(a[0]));
    check(&fx, "i1e", 5.0, |a| i1e(a[0]));
    // SciPy's max: k0 6, k0e 7, k1 2, k1e 2.
    check(&fx, "k0", 1.0, |a| k0(a[0]));
    check(&fx, "k0e", 1.0, |a| k0e(a[0]));
    check(&fx, "k1", 1.0, |a| k1(a[0]));
    check(&fx, "k1e", 1.0, |a| k1e(a[0]));
}

#[test]
fn real_orders_first_and_second_kind() {
    let fx = fixture();
    // SciPy's max: jv, yv ~1e19 ULP (overflow / huge x); near the zeros (in ULP) jv 1.44e5,
    // jve 1.11e5, yv and yve 2.78e4 against sci's 2.39e4, 2.39e4, 2065, 2065.
    check(&fx, "jv", 54.0, |a| jv(a[0], a[1]));
    check(&fx, "jve", 54.0, |a| jve(a[0], a[1]));
    check(&fx, "yv", 159.0, |a| yv(a[0], a[1]));
    check(&fx, "yve", 159.0, |a| yve(a[0], a[1]));
    let amp = |a: &[f64]| amplitude(a[0], a[1]);
    check_near_zeros(&fx, "jv_near_zeros", 4.4, |a| jv(a[0], a[1]), amp);
    check_near_zeros(&fx, "jve_near_zeros", 4.4, |a| jve(a[0], a[1]), amp);
    check_near_zeros(&fx, "yv_near_zeros", 12.1, |a| yv(a[0], a[1]), amp);
    check_near_zeros(&fx, "yve_near_zeros", 12.1, |a| yve(a[0], a[1]), amp);
}

#[test]
fn real_orders_modified() {
    let fx = fixture();
    check(&fx, "iv", 50.0, |a| iv(a[0], a[1]));
    check(&fx, "ive", 40.0, |a| ive(a[0], a[1]));
    check(&fx, "kv", 45.0, |a| kv(a[0], a[1]));
    check(&fx, "kve", 48.0, |a| kve(a[0], a[1]));
}

#[test]
fn integer_orders() {
    let fx = fixture();
    // The fixture stores n as a float; the rows hold integers.
    let n = |a: &[f64]| a[0] as i32;
    // SciPy's max: jn 2.6e17, yn 17587, kn 804; near the zeros (ULP) jn 3.0e5, yn 7.6e4.
    check(&fx, "jn", 59.0, |a| jn(n(a), a[1]));
    check(&fx, "yn", 115.0, |a| yn(n(a), a[1]));
    check(&fx, "kn", 70.0, |a| kn(n(a), a[1]));
    let amp = |a: &[f64]| amplitude(a[0], a[1]);
    check_near_zeros(&fx, "jn_near_zeros", 4.4, |a| jn(n(a), a[1]), amp);
    check_near_zeros(&fx, "yn_near_zeros", 21.0, |a| yn(n(a), a[1]), amp);
}

#[test]
fn hankel_functions() {
    let fx = fixture();
    // SciPy's max: hankel1 22.8, hankel2 326, hankel1e 23.6, hankel2e 4800.
    check_complex(&fx, "hankel1", 9.9, |a| hankel1(a[0], a[1]));
    check_complex(&fx, "hankel2", 156.1, |a| hankel2(a[0], a[1]));
    check_complex(&fx, "hankel1e", 9.9, |a| hankel1e(a[0], a[1]));
    check_complex(&fx, "hankel2e", 155.9, |a| hankel2e(a[0], a[1]));
}

#[test]
fn derivatives() {
    let fx = fixture();
    let n = |a: &[f64]| a[2] as u32;
    // SciPy's max: jvp 1202, yvp 10252, ivp 78, kvp 7.7e15.
    check(&fx, "jvp", 349.0, |a| jvp(a[0], a[1], n(a)));
    check(&fx, "yvp", 628.0, |a| yvp(a[0], a[1], n(a)));
    check(&fx, "ivp", 75.0, |a| ivp(a[0], a[1], n(a)));
    check(&fx, "kvp", 58.0, |a| kvp(a[0], a[1], n(a)));
}
