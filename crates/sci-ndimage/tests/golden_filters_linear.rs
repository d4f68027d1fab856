//! Golden tests of the linear filters against SciPy 1.17.1 (fixture `filters_linear`, made by
//! `xtask/golden/ndimage/filters_linear.py`).
//!
//! Tolerances: `f64` outputs within 1e-12 relative to the largest magnitude of the expected
//! array (sums of products whose order may differ from SciPy's by a rounding); `f32` outputs
//! within 1e-6 of it (the `f64` result is rounded to `f32` at the end, which can flip one
//! `f32` rounding); integer outputs within ±1 (modulo the type's wrap-around: a truncated
//! sum that lands on the other side of an integer), the share of such pixels printed; the
//! Gaussian kernels within 1e-15 relative.

mod common;

use common::fixture;
use ndarray::ArrayD;
use sci_core::testing::{Case, ReadableElement};
use sci_ndimage::Element;
use sci_ndimage::Mode;
use sci_ndimage::filters::*;

fn modes(case: &Case) -> Vec<Mode> {
    case.args
        .str_list("modes")
        .iter()
        .map(|m| m.parse().unwrap())
        .collect()
}

fn isizes(case: &Case, key: &str) -> Vec<isize> {
    case.args
        .f64_list(key)
        .iter()
        .map(|&v| v as isize)
        .collect()
}

fn usizes(case: &Case, key: &str) -> Vec<usize> {
    case.args
        .f64_list(key)
        .iter()
        .map(|&v| v as usize)
        .collect()
}

fn filter_options(case: &Case) -> FilterOptions {
    let mut o = FilterOptions::default()
        .modes(modes(case))
        .cval(case.args.f64("cval"));
    if case.args.has("origins") {
        o = o.origins(isizes(case, "origins"));
    }
    if case.args.has("axes") {
        o = o.axes(isizes(case, "axes"));
    }
    o
}

fn options_1d(case: &Case) -> Filter1dOptions {
    let mut o = Filter1dOptions::default()
        .mode(modes(case)[0])
        .cval(case.args.f64("cval"))
        .axis(case.args.i64("axis") as isize);
    if case.args.has("origins") {
        o = o.origin(isizes(case, "origins")[0]);
    }
    o
}

fn gaussian_options(case: &Case) -> GaussianOptions {
    let mut o = GaussianOptions::default()
        .modes(modes(case))
        .cval(case.args.f64("cval"));
    if case.args.has("truncate") {
        o = o.truncate(case.args.f64("truncate"));
    }
    if case.args.has("order") {
        o = o.orders(usizes(case, "order"));
    }
    if case.args.has("radius") {
        o = o.radii(usizes(case, "radius"));
    }
    if case.args.has("axes") {
        o = o.axes(isizes(case, "axes"));
    }
    if case.args.has("axis") {
        o = o.axis(case.args.i64("axis") as isize);
    }
    o
}

/// The filter the case names, on `a`.
fn run<T: Element>(case: &Case, a: &ArrayD<T>) -> ArrayD<T> {
    let func = case.args.str("func");
    let r = match func {
        "correlate1d" => correlate1d_with(
            a,
            &case
                .args
                .array::<f64>("weights")
                .iter()
                .copied()
                .collect::<Vec<_>>(),
            &options_1d(case),
        ),
        "convolve1d" => convolve1d_with(
            a,
            &case
                .args
                .array::<f64>("weights")
                .iter()
                .copied()
                .collect::<Vec<_>>(),
            &options_1d(case),
        ),
        "correlate" => correlate_with(a, &case.args.array::<f64>("weights"), &filter_options(case)),
        "convolve" => convolve_with(a, &case.args.array::<f64>("weights"), &filter_options(case)),
        "gaussian_filter1d" => {
            gaussian_filter1d_with(a, case.args.f64_list("sigma")[0], &gaussian_options(case))
        }
        "gaussian_filter" => {
            gaussian_filter_with(a, &case.args.f64_list("sigma"), &gaussian_options(case))
        }
        "uniform_filter1d" => uniform_filter1d_with(a, usizes(case, "size")[0], &options_1d(case)),
        "uniform_filter" => uniform_filter_with(a, &usizes(case, "size"), &filter_options(case)),
        "sobel" => sobel_with(a, case.args.i64("axis") as isize, &filter_options(case)),
        "prewitt" => prewitt_with(a, case.args.i64("axis") as isize, &filter_options(case)),
        "laplace" => laplace_with(a, &filter_options(case)),
        "gaussian_gradient_magnitude" => gaussian_gradient_magnitude_with(
            a,
            &case.args.f64_list("sigma"),
            &gaussian_options(case),
        ),
        "gaussian_laplace" => {
            gaussian_laplace_with(a, &case.args.f64_list("sigma"), &gaussian_options(case))
        }
        "generic_gradient_magnitude" => generic_gradient_magnitude_with(
            a,
            |x, axis, out, mode, cval| {
                sobel_into(
                    x,
                    axis.cast_signed(),
                    out,
                    &FilterOptions::default().mode(mode).cval(cval),
                )
            },
            &filter_options(case),
        ),
        "generic_laplace" => generic_laplace_with(
            a,
            |x, axis, out, mode, cval| {
                let o = Filter1dOptions::default()
                    .axis(axis.cast_signed())
                    .mode(mode)
                    .cval(cval);
                correlate1d_into(x, &[1.0, -2.0, 1.0], out, &o)
            },
            &filter_options(case),
        ),
        "generic_filter1d" => generic_filter1d_with(
            a,
            |e: &[f64], o: &mut [f64]| {
                for i in 0..o.len() {
                    o[i] = e[i] + 2.0 * e[i + 1] - e[i + 2] + 0.5 * e[i + 3];
                }
            },
            4,
            &options_1d(case),
        ),
        other => panic!("unknown function {other}"),
    };
    r.unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

#[derive(Default)]
struct Stats {
    pixels: usize,
    off_by_one: usize,
}

fn check<T: Element + ReadableElement>(case: &Case, stats: &mut Stats) {
    let a = case.args.array::<T>("input");
    let want = case.expected.array::<T>("out");
    let got = run(case, &a);
    assert_eq!(got.shape(), want.shape(), "{}", case.name);
    let scale = want
        .iter()
        .fold(0.0f64, |m, v| m.max(v.to_f64().abs()))
        .max(f64::MIN_POSITIVE);
    for (g, w) in got.iter().zip(want.iter()) {
        let (g, w) = (g.to_f64(), w.to_f64());
        if T::IS_FLOAT {
            let tol = if T::DTYPE == "float32" { 1e-6 } else { 1e-12 };
            assert!(
                (g - w).abs() <= tol * scale || (g.is_nan() && w.is_nan()),
                "{}: {g} vs {w}",
                case.name
            );
        } else {
            let bits = match T::DTYPE {
                "uint8" => 8,
                "int16" | "uint16" => 16,
                _ => 32,
            };
            let m = 1i64 << bits;
            let d = (g as i64 - w as i64).rem_euclid(m);
            assert!(d == 0 || d == 1 || d == m - 1, "{}: {g} vs {w}", case.name);
            stats.pixels += 1;
            if d != 0 {
                if std::env::var("SHOW_OFF").is_ok() {
                    println!("off by one: {} ({g} vs {w})", case.name);
                }
                stats.off_by_one += 1;
            }
        }
    }
}

#[test]
fn every_filter_matches_scipy() {
    let fx = fixture("filters_linear");
    let mut stats = Stats::default();
    let mut n = 0;
    for case in &fx.cases {
        match case.args.str("func") {
            "kernel" => continue,
            _ => match case.args.str("dtype") {
                "uint8" => check::<u8>(case, &mut stats),
                "int16" => check::<i16>(case, &mut stats),
                "int32" => check::<i32>(case, &mut stats),
                "float32" => check::<f32>(case, &mut stats),
                "float64" => check::<f64>(case, &mut stats),
                d => panic!("unexpected dtype {d}"),
            },
        }
        n += 1;
    }
    assert!(n > 600);
    println!(
        "integer outputs: {} of {} pixels off by one ({:.4}%)",
        stats.off_by_one,
        stats.pixels,
        100.0 * stats.off_by_one as f64 / stats.pixels.max(1) as f64
    );
}

#[test]
fn gaussian_kernels_match_scipy_to_1e15() {
    let fx = fixture("filters_linear");
    let mut n = 0;
    for case in fx.cases.iter().filter(|c| c.args.str("func") == "kernel") {
        let sigma = case.args.f64("sigma");
        let order = case.args.usize("order");
        let radius = case.args.usize("radius");
        let want = case.expected.array::<f64>("out");
        // The filter of an impulse at the centre, with zeros around, is the kernel itself.
        let mut impulse = vec![0.0; 2 * radius + 1];
        impulse[radius] = 1.0;
        let o = GaussianOptions::default()
            .order(order)
            .radius(radius)
            .mode(Mode::Constant);
        let got = gaussian_filter1d_with(&impulse, sigma, &o).unwrap();
        let scale = want.iter().fold(0.0f64, |m, v| m.max(v.abs()));
        for (g, w) in got.iter().zip(want.iter()) {
            assert!((g - w).abs() <= 1e-15 * scale, "{}: {g} vs {w}", case.name);
        }
        n += 1;
    }
    assert_eq!(n, 10);
}
