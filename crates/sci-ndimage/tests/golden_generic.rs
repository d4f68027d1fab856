//! Golden tests of `generic_filter` and `vectorized_filter` against SciPy 1.17.1 (fixture
//! `generic`, made by `xtask/golden/ndimage/generic.py`): the same functions written in
//! Rust as the Python ones SciPy called (mean, range, a position-weighted sum, the averaging
//! median; a vectorized sum).
//!
//! Tolerances: `f64` outputs within 1e-12 relative to the largest magnitude of the expected
//! array (numpy's `mean` and `sum` add pairwise, the Rust closures in order); integer outputs
//! within ±1 (a truncated mean that lands on the other side of an integer), the share of
//! such pixels printed.

mod common;

use common::{fixture, ints};
use ndarray::{ArrayD, ArrayView2, ArrayViewMut1, Axis};
use sci_core::testing::{Case, ReadableElement};
use sci_ndimage::filters::*;
use sci_ndimage::{Element, Mode};

fn function(name: &str) -> fn(&[f64]) -> f64 {
    match name {
        "mean" => |w| w.iter().sum::<f64>() / w.len() as f64,
        "range" => |w| {
            w.iter().copied().fold(f64::MIN, f64::max) - w.iter().copied().fold(f64::MAX, f64::min)
        },
        "weighted" => |w| w.iter().enumerate().map(|(i, v)| (i + 1) as f64 * v).sum(),
        "median" => |w| {
            let mut s = w.to_vec();
            s.sort_by(f64::total_cmp);
            let n = s.len();
            if n % 2 == 1 {
                s[n / 2]
            } else {
                (s[n / 2 - 1] + s[n / 2]) / 2.0
            }
        },
        other => panic!("unknown function {other}"),
    }
}

fn footprint(case: &Case) -> Footprint {
    if case.args.has("footprint") {
        Footprint::Mask(case.args.array::<bool>("footprint"))
    } else {
        Footprint::Size(
            case.args
                .f64_list("size")
                .iter()
                .map(|&v| v as usize)
                .collect(),
        )
    }
}

fn options(case: &Case) -> FilterOptions {
    let mut o = FilterOptions::default();
    if case.args.has("mode") && case.args.str("mode") != "valid" {
        o = o.mode(case.args.str("mode").parse::<Mode>().unwrap());
    }
    if case.args.has("cval") {
        o = o.cval(case.args.f64("cval"));
    }
    if case.args.has("origin") {
        o = o.origins(ints(case, "origin"));
    }
    if case.args.has("axes") {
        o = o.axes(ints(case, "axes"));
    }
    o
}

/// (elements beyond the tolerance, elements off by exactly one for integer types).
fn compare<A: Element>(got: &ArrayD<A>, want: &ArrayD<A>) -> (usize, usize) {
    assert_eq!(got.shape(), want.shape());
    let scale = want.iter().fold(1e-300f64, |m, v| m.max(v.to_f64().abs()));
    let (mut bad, mut off_by_one) = (0, 0);
    for (g, w) in got.iter().zip(want.iter()) {
        let d = (g.to_f64() - w.to_f64()).abs();
        if A::IS_FLOAT {
            bad += usize::from(d > 1e-12 * scale);
        } else if d == 1.0 {
            off_by_one += 1;
        } else if d > 0.0 {
            bad += 1;
        }
    }
    (bad, off_by_one)
}

fn run<T: Element + ReadableElement>(inputs: &Case, case: &Case) -> (usize, usize, usize) {
    let x = inputs.args.array::<T>(case.args.str("input"));
    let fp = footprint(case);
    if case.args.str("func") == "generic_filter" {
        let f = function(case.args.str("function"));
        let y = generic_filter_with(&x, f, &fp, &options(case)).unwrap();
        let (b, o) = compare(&y, &case.expected.array::<T>("out"));
        (b, o, y.len())
    } else {
        let sum = |w: ArrayView2<'_, T>, mut out: ArrayViewMut1<'_, f64>| {
            for (o, row) in out.iter_mut().zip(w.axis_iter(Axis(0))) {
                *o = row.iter().map(|v| v.to_f64()).sum();
            }
        };
        // A small batch, so that several batches (and threads) take part.
        let vo = VectorizedFilterOptions {
            filter: options(case),
            valid: case.args.str("mode") == "valid",
            batch_memory: 40,
        };
        let y: ArrayD<f64> = vectorized_filter_with(&x, sum, &fp, &vo).unwrap();
        let (b, o) = compare(&y, &case.expected.array::<f64>("out"));
        (b, o, y.len())
    }
}

#[test]
fn generic_filters_match_scipy() {
    let fx = fixture("generic");
    let inputs = fx.case("inputs");
    let (mut failed, mut off, mut total) = (Vec::new(), 0, 0);
    for case in fx.cases.iter().filter(|c| c.name != "inputs") {
        let (bad, o, n) = match case.args.str("input").split('_').nth(1).unwrap() {
            "uint8" => run::<u8>(inputs, case),
            "int16" => run::<i16>(inputs, case),
            "float64" => run::<f64>(inputs, case),
            other => panic!("unknown dtype {other}"),
        };
        off += o;
        total += n;
        if bad > 0 {
            failed.push(format!("{} ({bad} elements differ)", case.name));
        }
    }
    println!(
        "integer outputs off by one: {off} of {total} pixels ({:.3}%)",
        100.0 * off as f64 / total as f64
    );
    assert!(
        failed.is_empty(),
        "{} cases differ:\n{}",
        failed.len(),
        failed.join("\n")
    );
}
