//! Golden tests of the distance transforms against SciPy 1.17.1 (fixture `distance`, made by
//! `xtask/golden/ndimage/distance.py`): distance_transform_edt (sampling, distances and/or
//! indices, a grid of tied background pixels), distance_transform_cdt (chessboard, taxicab,
//! custom structures, indices) and distance_transform_bf (euclidean with sampling, taxicab,
//! chessboard, indices), in 1-D, 2-D and 3-D, on bool/uint8/int32/float64 inputs and inputs
//! without background.
//!
//! Tolerances: distances within 1e-12 relative (the Euclidean sums may be formed in another
//! order); integer distances and all indices identical (ties included: the feature transform
//! visits the axes and resolves ties as SciPy's).

mod common;

use common::fixture;
use ndarray::ArrayD;
use sci_core::testing::{Case, ReadableElement};
use sci_ndimage::distance::{BfMetric, BfOptions, CdtMetric, CdtOptions, EdtOptions};
use sci_ndimage::*;

fn close(got: &ArrayD<f64>, want: &ArrayD<f64>, name: &str) {
    assert_eq!(got.shape(), want.shape(), "{name}");
    for (g, w) in got.iter().zip(want.iter()) {
        assert!(
            (g - w).abs() <= 1e-12 * w.abs().max(1e-300),
            "{name}: {g} vs {w}"
        );
    }
}

fn check<T: Element + ReadableElement>(case: &Case) {
    let input = case.args.array::<T>("input");
    let ri = case.args.bool("return_indices");
    let rd = case.args.bool("return_distances");
    let name = &case.name;
    let sampling = case
        .args
        .has("sampling")
        .then(|| case.args.f64_list("sampling"));
    let (dist_f, dist_i, indices) = match case.args.str("func") {
        "distance_transform_edt" => {
            let mut o = EdtOptions::default()
                .return_distances(rd)
                .return_indices(ri);
            if let Some(s) = &sampling {
                o = o.sampling(s);
            }
            let r = distance_transform_edt_with(&input, &o).unwrap();
            (r.distances, None, r.indices)
        }
        "distance_transform_cdt" => {
            let structure = case
                .args
                .has("structure")
                .then(|| case.args.array::<bool>("structure"));
            let metric = match case.args.str("metric") {
                "chessboard" => CdtMetric::Chessboard,
                "taxicab" => CdtMetric::Taxicab,
                _ => CdtMetric::Structure(structure.as_ref().unwrap().view()),
            };
            let o = CdtOptions::default().metric(metric).return_indices(ri);
            let r = distance_transform_cdt_with(&input, &o).unwrap();
            (None, r.distances, r.indices)
        }
        "distance_transform_bf" => {
            let metric = match case.args.str("metric") {
                "euclidean" => BfMetric::Euclidean,
                "taxicab" => BfMetric::Taxicab,
                _ => BfMetric::Chessboard,
            };
            let mut o = BfOptions::default().metric(metric).return_indices(ri);
            if let Some(s) = &sampling {
                o = o.sampling(s);
            }
            let r = distance_transform_bf_with(&input, &o).unwrap();
            (r.distances, None, r.indices)
        }
        other => panic!("{other}"),
    };
    if case.expected.has("distances") {
        match (dist_f, dist_i) {
            (Some(d), _) => close(&d, &case.expected.array::<f64>("distances"), name),
            (_, Some(d)) => assert_eq!(d, case.expected.array::<i32>("distances"), "{name}"),
            _ => panic!("{name}: no distances"),
        }
    }
    if case.expected.has("indices") {
        assert_eq!(
            indices.expect("indices"),
            case.expected.array::<i32>("indices"),
            "{name}"
        );
    }
}

#[test]
fn distance_transforms_match_scipy() {
    let fx = fixture("distance");
    for case in &fx.cases {
        match case.args.str("dtype") {
            "bool" => check::<bool>(case),
            "uint8" => check::<u8>(case),
            "int32" => check::<i32>(case),
            "float64" => check::<f64>(case),
            other => panic!("{other}"),
        }
    }
    assert!(fx.cases.len() > 50);
}
