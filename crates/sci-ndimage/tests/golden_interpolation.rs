//! Golden tests of the interpolation functions against SciPy 1.17.1 (fixture
//! `interpolation`, made by `xtask/golden/ndimage/interpolation.py`).
//!
//! Tolerances: `f64` outputs within 1e-10 of the largest magnitude of the expected array
//! (the spline's sums of products in another order, and SciPy's `cosdg`/`sindg` against
//! Rust's `cos`/`sin`, differ by roundings); `f32` outputs within 1e-6 of it (one `f32`
//! rounding of the `f64` result may flip); integer outputs within ±1 (a value at the
//! rounding boundary may round the other way after a rounding difference; the share of
//! such pixels is printed). NaN matches NaN.

use ndarray::{ArrayD, IxDyn};
use sci_core::testing::{Case, Fixture, ReadableElement, Values};
use sci_ndimage::Element;
use sci_ndimage::interpolation::*;

fn fixture() -> Fixture {
    Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/interpolation.json"
    ))
}

fn options(case: &Case) -> InterpolationOptions {
    let a = &case.args;
    let mut o = InterpolationOptions::default()
        .order(a.usize("order"))
        .mode(a.str("mode").parse().unwrap());
    if a.has("cval") {
        o = o.cval(a.f64("cval"));
    }
    if a.has("prefilter") {
        o = o.prefilter(a.bool("prefilter"));
    }
    if a.has("grid_mode") {
        o = o.grid_mode(a.bool("grid_mode"));
    }
    if a.has("reshape") {
        o = o.reshape(a.bool("reshape"));
    }
    if a.has("axes") {
        let ax = a.f64_list("axes");
        o = o.axes([ax[0] as isize, ax[1] as isize]);
    }
    if a.has("output_shape") {
        let s: Vec<usize> = a
            .f64_list("output_shape")
            .iter()
            .map(|&v| v as usize)
            .collect();
        o = o.output_shape(s);
    }
    o
}

/// Runs the case's call on `input` into an output of element type `O`.
fn run<T: Element, O: Element>(
    case: &Case,
    shared: &Values,
    input: &ArrayD<T>,
    shape: &[usize],
) -> ArrayD<O> {
    let a = &case.args;
    let mut out = ArrayD::<O>::default(IxDyn(shape));
    let o = options(case);
    let arr = |key: &str| shared.array::<f64>(a.str(key));
    match a.str("func") {
        "spline_filter1d" => {
            let so = SplineFilterOptions::default()
                .order(a.usize("order"))
                .mode(o.mode)
                .axis(a.i64("axis") as isize);
            spline_filter1d_into(input, out.view_mut(), &so).unwrap();
        }
        "spline_filter" => {
            let so = SplineFilterOptions::default()
                .order(a.usize("order"))
                .mode(o.mode);
            spline_filter_into(input, out.view_mut(), &so).unwrap();
        }
        "map_coordinates" => {
            map_coordinates_into(input, &arr("coordinates"), out.view_mut(), &o).unwrap();
        }
        "affine_transform" => {
            let o = o.offset(arr("offset").iter().copied().collect::<Vec<_>>());
            affine_transform_into(input, &arr("matrix"), out.view_mut(), &o).unwrap();
        }
        "shift" => {
            shift_into(input, &a.f64_list("shift"), out.view_mut(), &o).unwrap();
        }
        "zoom" => {
            zoom_into(input, &a.f64_list("zoom"), out.view_mut(), &o).unwrap();
        }
        "rotate" => {
            rotate_into(input, a.f64("angle"), out.view_mut(), &o).unwrap();
        }
        f => panic!("unexpected function {f}"),
    }
    out
}

#[derive(Default)]
struct Stats {
    pixels: usize,
    off_by_one: usize,
}

fn check<T, O>(case: &Case, shared: &Values, stats: &mut Stats)
where
    T: Element + ReadableElement,
    O: Element + ReadableElement,
{
    let input = shared.array::<T>(case.args.str("input"));
    let want = case.expected.array::<O>("out");
    let got = run::<T, O>(case, shared, &input, want.shape());
    assert_eq!(got.shape(), want.shape(), "{}", case.name);
    let scale = want
        .iter()
        .fold(0.0f64, |m, v| m.max(v.to_f64().abs()))
        .max(1e-300);
    for (g, w) in got.iter().zip(want.iter()) {
        let (g, w) = (g.to_f64(), w.to_f64());
        if O::IS_FLOAT {
            let tol = if O::DTYPE == "float32" { 1e-6 } else { 1e-10 };
            assert!(
                (g - w).abs() <= tol * scale || (g.is_nan() && w.is_nan()),
                "{}: {g} vs {w}",
                case.name
            );
        } else {
            // Truncating stores (spline_filter into an integer output) wrap modulo 2^bits.
            let m = if O::DTYPE == "uint8" { 256 } else { 65536 };
            let d = (g as i64 - w as i64).rem_euclid(m);
            assert!(d == 0 || d == 1 || d == m - 1, "{}: {g} vs {w}", case.name);
            stats.pixels += 1;
            if d != 0 {
                stats.off_by_one += 1;
            }
        }
    }
}

fn by_output<T: Element + ReadableElement>(case: &Case, shared: &Values, stats: &mut Stats) {
    match case.expected.str("out_dtype") {
        "float64" => check::<T, f64>(case, shared, stats),
        "float32" => check::<T, f32>(case, shared, stats),
        "uint8" => check::<T, u8>(case, shared, stats),
        "int16" => check::<T, i16>(case, shared, stats),
        d => panic!("unexpected output dtype {d}"),
    }
}

#[test]
fn every_interpolation_matches_scipy() {
    let fx = fixture();
    let shared = fx.case("shared arrays").args.clone();
    let mut stats = Stats::default();
    let mut n = 0;
    for case in fx.cases.iter().filter(|c| c.name != "shared arrays") {
        match case.args.str("dtype") {
            "float64" => by_output::<f64>(case, &shared, &mut stats),
            "float32" => by_output::<f32>(case, &shared, &mut stats),
            "uint8" => by_output::<u8>(case, &shared, &mut stats),
            "int16" => by_output::<i16>(case, &shared, &mut stats),
            d => panic!("unexpected dtype {d}"),
        }
        n += 1;
    }
    assert!(n > 900, "{n} cases");
    println!(
        "integer outputs: {} of {} pixels off by one ({:.4}%)",
        stats.off_by_one,
        stats.pixels,
        100.0 * stats.off_by_one as f64 / stats.pixels.max(1) as f64
    );
}
