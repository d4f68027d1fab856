//! Golden tests of the rank filters against SciPy 1.17.1 (fixture `filters_rank`, made by
//! `xtask/golden/ndimage/filters_rank.py`): minimum/maximum (1-D and N-D), median, rank and
//! percentile filters in 1-D, 2-D and 3-D, uint8/uint16/int16/float32/float64, every mode,
//! odd and even sizes, footprints, origins, `axes` and an `output` type.
//!
//! Tolerance: none. Order statistics select input values (or `cval`), so every output must
//! be identical to SciPy's.

mod common;

use common::fixture;
use ndarray::{ArrayD, ArrayViewMut, IxDyn};
use sci_core::testing::{Case, ReadableElement};
use sci_ndimage::filters::*;
use sci_ndimage::{Element, Mode};

fn list_or_scalar(case: &Case, key: &str) -> Vec<f64> {
    if case.args.get(key).is_array() {
        case.args.f64_list(key)
    } else {
        vec![case.args.f64(key)]
    }
}

fn modes(case: &Case) -> Vec<Mode> {
    if !case.args.has("mode") {
        return vec![Mode::Reflect];
    }
    if case.args.get("mode").is_array() {
        case.args
            .str_list("mode")
            .iter()
            .map(|m| m.parse().unwrap())
            .collect()
    } else {
        vec![case.args.str("mode").parse().unwrap()]
    }
}

fn options(case: &Case) -> FilterOptions {
    let mut o = FilterOptions::default().modes(modes(case));
    if case.args.has("cval") {
        o = o.cval(case.args.f64("cval"));
    }
    if case.args.has("origin") {
        o = o.origins(
            list_or_scalar(case, "origin")
                .iter()
                .map(|&v| v as isize)
                .collect::<Vec<_>>(),
        );
    }
    if case.args.has("axes") {
        o = o.axes(
            case.args
                .f64_list("axes")
                .iter()
                .map(|&v| v as isize)
                .collect::<Vec<_>>(),
        );
    }
    o
}

fn footprint(case: &Case) -> Footprint {
    if case.args.has("footprint") {
        Footprint::Mask(case.args.array::<bool>("footprint"))
    } else {
        Footprint::Size(
            list_or_scalar(case, "size")
                .iter()
                .map(|&v| v as usize)
                .collect(),
        )
    }
}

/// Runs the case's function on `x` into `out`.
fn call_into<T: Element, O: Element>(
    case: &Case,
    x: &ArrayD<T>,
    out: ArrayViewMut<'_, O, IxDyn>,
) -> sci_core::Result<()> {
    let func = case.args.str("func");
    if func.ends_with("1d") {
        let o1 = Filter1dOptions::default()
            .axis(case.args.i64("axis") as isize)
            .mode(modes(case)[0])
            .cval(case.args.f64("cval"))
            .origin(case.args.i64("origin") as isize);
        let size = case.args.usize("size");
        return match func {
            "minimum_filter1d" => minimum_filter1d_into(x, size, out, &o1),
            "maximum_filter1d" => maximum_filter1d_into(x, size, out, &o1),
            _ => panic!("unknown function {func}"),
        };
    }
    let (fp, o) = (footprint(case), options(case));
    match func {
        "minimum_filter" => minimum_filter_into(x, &fp, out, &o),
        "maximum_filter" => maximum_filter_into(x, &fp, out, &o),
        "median_filter" => median_filter_into(x, &fp, out, &o),
        "rank_filter" => rank_filter_into(x, case.args.i64("rank") as isize, &fp, out, &o),
        "percentile_filter" => percentile_filter_into(x, case.args.f64("percentile"), &fp, out, &o),
        _ => panic!("unknown function {func}"),
    }
}

/// The number of elements that differ (NaN equal to NaN).
fn mismatches<A: Element>(got: &ArrayD<A>, want: &ArrayD<A>) -> usize {
    assert_eq!(got.shape(), want.shape());
    #[allow(clippy::eq_op)] // reason: `v != v` is the generic NaN test
    got.iter()
        .zip(want.iter())
        .filter(|(a, b)| a != b && !(a != a && b != b))
        .count()
}

fn run<T: Element + ReadableElement>(inputs: &Case, case: &Case) -> usize {
    let x = inputs.args.array::<T>(case.args.str("input"));
    if case.args.has("output") {
        assert_eq!(case.args.str("output"), "float64");
        let mut out = ArrayD::<f64>::zeros(x.raw_dim());
        call_into(case, &x, out.view_mut()).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        mismatches(&out, &case.expected.array::<f64>("out"))
    } else {
        let mut out = ArrayD::<T>::from_elem(x.raw_dim(), T::default());
        call_into(case, &x, out.view_mut()).unwrap_or_else(|e| panic!("{}: {e}", case.name));
        mismatches(&out, &case.expected.array::<T>("out"))
    }
}

#[test]
fn rank_filters_are_identical_to_scipy() {
    let fx = fixture("filters_rank");
    let inputs = fx.case("inputs");
    let mut failed = Vec::new();
    let mut total = 0;
    for case in fx.cases.iter().filter(|c| c.name != "inputs") {
        total += 1;
        let key = case.args.str("input");
        let bad = match key.split('_').nth(1).unwrap() {
            "uint8" => run::<u8>(inputs, case),
            "uint16" => run::<u16>(inputs, case),
            "int16" => run::<i16>(inputs, case),
            "float32" => run::<f32>(inputs, case),
            "float64" => run::<f64>(inputs, case),
            other => panic!("unknown dtype {other}"),
        };
        if bad > 0 {
            failed.push(format!("{} ({bad} elements differ)", case.name));
        }
    }
    println!(
        "{} of {total} cases identical to SciPy",
        total - failed.len()
    );
    assert!(
        failed.is_empty(),
        "{} cases differ:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn the_plain_forms_equal_the_into_forms() {
    let fx = fixture("filters_rank");
    let inputs = fx.case("inputs");
    let x = inputs.args.array::<u8>("2d_uint8");
    let fp = Footprint::size([3]);
    let want = fx
        .case("median size 3 2d_uint8 reflect")
        .expected
        .array::<u8>("out");
    assert_eq!(median_filter(&x, &fp).unwrap(), want);
    let want = fx.case("rank 0 2d_uint8").expected.array::<u8>("out");
    assert_eq!(rank_filter(&x, 0, &fp).unwrap(), want);
    assert_eq!(minimum_filter(&x, &fp).unwrap(), want);
    let want = fx
        .case("percentile 100 2d_uint8")
        .expected
        .array::<u8>("out");
    assert_eq!(percentile_filter(&x, 100.0, &fp).unwrap(), want);
    assert_eq!(maximum_filter(&x, &fp).unwrap(), want);
}
