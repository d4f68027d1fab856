//! Accuracy of the Airy family against mpmath (50 digits), beside SciPy's on the same points
//! (fixture `tests/data/airy.json`, written by `xtask/golden/special/airy.py`).

use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{Airy, ai_zeros, airy, airye, bi_zeros};

fn fixture() -> Fixture {
    Fixture::load(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/airy.json"))
}

fn part(r: Airy, name: &str) -> f64 {
    match name {
        "ai" => r.ai,
        "aip" => r.aip,
        "bi" => r.bi,
        _ => r.bip,
    }
}

fn check(fx: &Fixture, name: &str, f: impl Fn(f64) -> f64, bound: f64) {
    let table = AccuracyTable::from_case(fx.case(name));
    let report = AccuracyReport::real(&table, |a| f(a[0]));
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

#[test]
fn airy_parts() {
    let fx = fixture();
    // The maxima are at points within 1e-9 (relative) of zeros on the negative axis, where any
    // double-precision value has a large relative error; SciPy's (finite) maxima on the same
    // points are 1.5e15, 1.2e16, 5.7e11 and 1.1e11 ULP, and it gives NaN below x ~ -1e10.
    for (name, bound) in [("ai", 2.5e9), ("aip", 6.5e6), ("bi", 4e9), ("bip", 5e6)] {
        check(&fx, &format!("airy_{name}"), |x| part(airy(x), name), bound);
    }
}

#[test]
fn airye_parts() {
    let fx = fixture();
    // SciPy: NaN above x ~ 1e7 (about half of the points), up to 1.5e5 ULP below.
    for (name, bound) in [("ai", 4.0), ("aip", 3.0), ("bi", 4.0), ("bip", 24.0)] {
        check(
            &fx,
            &format!("airye_{name}"),
            |x| part(airye(x), name),
            bound,
        );
    }
}

#[test]
fn airy_zeros() {
    let fx = fixture();
    let (a, b) = (ai_zeros(1000).unwrap(), bi_zeros(1000).unwrap());
    // SciPy on the same zeros: 9088, 2098, 59933, 18816, 3854, 2285, 96023, 117837 ULP.
    let fields = [
        ("ai_zeros_a", &a.a, 2.0),
        ("ai_zeros_ap", &a.ap, 2.0),
        ("ai_zeros_ai", &a.ai, 5.0),
        ("ai_zeros_aip", &a.aip, 5.0),
        ("bi_zeros_b", &b.b, 2.0),
        ("bi_zeros_bp", &b.bp, 2.0),
        ("bi_zeros_bi", &b.bi, 4.0),
        ("bi_zeros_bip", &b.bip, 6.0),
    ];
    for (name, values, bound) in fields {
        check(&fx, name, |k| values[k as usize - 1], bound);
    }
}
