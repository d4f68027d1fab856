//! Accuracy of the zeros of Bessel functions against mpmath (50 digits), beside SciPy's on
//! the same zeros (fixture `tests/data/bessel_zeros.json`, written by
//! `xtask/golden/special/bessel_zeros.py`).

use std::collections::HashMap;

use sci_core::ndarray::Array1;
use sci_core::testing::{AccuracyReport, AccuracyTable, Fixture};
use sci_special::{jn_zeros, jnp_zeros, y0_zeros, y1_zeros, y1p_zeros, yn_zeros, ynp_zeros};

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/bessel_zeros.json"
    ))
}

fn report(table: &AccuracyTable, f: impl Fn(&[f64]) -> f64, bound: f64) {
    let report = AccuracyReport::real(table, f);
    report.finish(env!("CARGO_MANIFEST_DIR"), bound);
}

type ZerosFn = fn(i32, usize) -> sci_core::Result<Array1<f64>>;

#[test]
fn integer_order_zeros() {
    let fx = fixture();
    // SciPy on the same zeros: 1 ULP each.
    let functions: [(&str, ZerosFn, f64); 4] = [
        ("jn_zeros", jn_zeros, 0.0),
        ("jnp_zeros", jnp_zeros, 0.0),
        ("yn_zeros", yn_zeros, 1.0),
        ("ynp_zeros", ynp_zeros, 1.0),
    ];
    for (name, f, bound) in functions {
        let table = AccuracyTable::from_case(fx.case(name));
        // One call per order, for as many zeros as the table holds.
        let (orders, ks) = (table.column("n"), table.column("k"));
        let mut count: HashMap<i32, usize> = HashMap::new();
        for (&n, &k) in orders.iter().zip(ks.iter()) {
            let e = count.entry(n as i32).or_default();
            *e = (*e).max(k as usize);
        }
        let zeros: HashMap<i32, Array1<f64>> = count
            .into_iter()
            .map(|(n, nt)| (n, f(n, nt).unwrap()))
            .collect();
        report(&table, |a| zeros[&(a[0] as i32)][a[1] as usize - 1], bound);
    }
}

#[test]
fn real_zeros_of_y0_y1_y1p() {
    let fx = fixture();
    let (a, b, c) = (
        y0_zeros(1000).unwrap(),
        y1_zeros(1000).unwrap(),
        y1p_zeros(1000).unwrap(),
    );
    // SciPy gives NaN from the 141st zero on (an infinite error in the report), and its
    // first 140 are off by up to 2.8e10 ULP (zeros) and 1.3e10 ULP (values).
    let fields = [
        ("y0_zeros_z0n", &a.z0n, 1.0),
        ("y0_zeros_y0pz0n", &a.y0pz0n, 4.0),
        ("y1_zeros_z1n", &b.z1n, 1.0),
        ("y1_zeros_y1pz1n", &b.y1pz1n, 3.0),
        ("y1p_zeros_z1pn", &c.z1pn, 1.0),
        ("y1p_zeros_y1z1pn", &c.y1z1pn, 4.0),
    ];
    for (name, values, bound) in fields {
        let table = AccuracyTable::from_case(fx.case(name));
        report(&table, |k| values[k[0] as usize - 1], bound);
    }
}
