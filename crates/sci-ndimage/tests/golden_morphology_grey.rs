//! Golden tests of grey morphology against SciPy 1.17.1 (fixture `morphology_grey`, made by
//! `xtask/golden/ndimage/morphology_grey.py`): erosion, dilation, opening, closing,
//! gradient, Laplace and top-hats in 1-D, 2-D and 3-D, uint8/uint16/int16/float32/float64,
//! with sizes (odd, even), footprints, non-flat structures, every mode, origins and axes,
//! and the tutorial's 7×7 example.
//!
//! Tolerance: none. Every output is identical to SciPy's (minima and maxima of values, and
//! the same wrapping arithmetic in the input's type).

mod common;

use common::{fixture, ints};
use ndarray::ArrayD;
use sci_core::testing::{Case, ReadableElement};
use sci_ndimage::filters::FilterOptions;
use sci_ndimage::morphology::*;
use sci_ndimage::{Element, Mode};

fn window(case: &Case) -> GreyStructure {
    let a = &case.args;
    match (a.has("footprint"), a.has("structure")) {
        (true, true) => GreyStructure::FootprintStructure {
            footprint: a.array::<bool>("footprint"),
            structure: a.array::<f64>("structure"),
        },
        (true, false) => GreyStructure::Footprint(a.array::<bool>("footprint")),
        (false, true) => GreyStructure::Structure(a.array::<f64>("structure")),
        (false, false) => {
            GreyStructure::Size(a.f64_list("size").iter().map(|&v| v as usize).collect())
        }
    }
}

fn options(case: &Case) -> FilterOptions {
    let mut o = FilterOptions::default();
    if case.args.has("mode") {
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

fn run<T: Element + ReadableElement>(inputs: &Case, case: &Case) -> usize {
    let x = inputs.args.array::<T>(case.args.str("input"));
    let (w, o) = (window(case), options(case));
    let y = match case.args.str("func") {
        "grey_erosion" => grey_erosion_with(&x, &w, &o),
        "grey_dilation" => grey_dilation_with(&x, &w, &o),
        "grey_opening" => grey_opening_with(&x, &w, &o),
        "grey_closing" => grey_closing_with(&x, &w, &o),
        "morphological_gradient" => morphological_gradient_with(&x, &w, &o),
        "morphological_laplace" => morphological_laplace_with(&x, &w, &o),
        "white_tophat" => white_tophat_with(&x, &w, &o),
        "black_tophat" => black_tophat_with(&x, &w, &o),
        f => panic!("unknown function {f}"),
    }
    .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    let want: ArrayD<T> = case.expected.array::<T>("out");
    assert_eq!(y.shape(), want.shape(), "{}", case.name);
    y.iter().zip(want.iter()).filter(|(a, b)| a != b).count()
}

#[test]
fn grey_morphology_is_identical_to_scipy() {
    let fx = fixture("morphology_grey");
    let inputs = fx.case("inputs");
    let mut failed = Vec::new();
    for case in fx.cases.iter().filter(|c| c.name != "inputs") {
        let bad = match case.args.str("input").split('_').nth(1).unwrap() {
            "uint8" => run::<u8>(inputs, case),
            "uint16" => run::<u16>(inputs, case),
            "int16" => run::<i16>(inputs, case),
            "float32" => run::<f32>(inputs, case),
            "float64" => run::<f64>(inputs, case),
            "int64" => run::<i64>(inputs, case),
            other => panic!("unknown dtype {other}"),
        };
        if bad > 0 {
            failed.push(format!("{} ({bad} elements differ)", case.name));
        }
    }
    assert!(
        failed.is_empty(),
        "{} cases differ:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

/// The tutorial's example (SciPy tutorial, "Mathematical morphology"): `grey_erosion(a,
/// size=(3, 3))` of the 7×7 array with a 5×5 block of 3, a 2 at (4, 4) and a 1 at (2, 3).
#[test]
fn tutorial_grey_erosion_of_the_7x7_example() {
    let mut a = ndarray::Array2::<i64>::zeros((7, 7));
    a.slice_mut(ndarray::s![1..6, 1..6]).fill(3);
    a[[4, 4]] = 2;
    a[[2, 3]] = 1;
    let e = grey_erosion(&a, &GreyStructure::size([3, 3])).unwrap();
    let want = ndarray::array![
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 1, 1, 1, 0, 0],
        [0, 0, 1, 1, 1, 0, 0],
        [0, 0, 3, 2, 2, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0]
    ];
    assert_eq!(e, want);
    let fx = fixture("morphology_grey");
    let golden = fx
        .case("tutorial grey_erosion")
        .expected
        .array::<i64>("out");
    assert_eq!(e.into_dyn(), golden);
}
