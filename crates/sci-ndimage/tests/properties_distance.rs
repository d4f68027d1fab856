//! Properties of the distance transforms (proptest, small masks): the exact Euclidean
//! transform equals brute force (with any sampling), its indices point at background pixels
//! at exactly the reported distance, the chamfer distances bound the Euclidean ones, and
//! results do not depend on the number of threads.

use ndarray::{Array2, Array3};
use proptest::prelude::*;
use sci_ndimage::distance::{BfOptions, CdtMetric, CdtOptions, EdtOptions};
use sci_ndimage::*;

fn mask(max_h: usize, max_w: usize) -> impl Strategy<Value = Array2<bool>> {
    (1..=max_h, 1..=max_w, 0.5f64..0.97).prop_flat_map(|(h, w, p)| {
        proptest::collection::vec(proptest::bool::weighted(p), h * w)
            .prop_map(move |v| Array2::from_shape_vec((h, w), v).unwrap())
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn edt_equals_brute_force(a in mask(12, 40), s0 in 0.2f64..3.0, s1 in 0.2f64..3.0) {
        prop_assume!(a.iter().any(|&v| !v));
        let sampling = [s0, s1];
        let edt = distance_transform_edt_with(&a, &EdtOptions::default().sampling(&sampling).return_indices(true)).unwrap();
        let bf = distance_transform_bf_with(&a, &BfOptions::default().sampling(&sampling)).unwrap();
        let (d, bfd) = (edt.distances.unwrap(), bf.distances.unwrap());
        for (x, y) in d.iter().zip(bfd.iter()) {
            prop_assert!((x - y).abs() <= 1e-12 * y.max(1.0), "{} vs {}", x, y);
        }
        // Distances only (the lower-envelope path) agree too.
        let only = distance_transform_edt_with(&a, &EdtOptions::default().sampling(&sampling)).unwrap();
        for (x, y) in only.distances.unwrap().iter().zip(d.iter()) {
            prop_assert!((x - y).abs() <= 1e-12 * y.max(1.0));
        }
        let idx = edt.indices.unwrap();
        for ((i, j), &dist) in d.indexed_iter() {
            let (fi, fj) = (idx[[0, i, j]] as usize, idx[[1, i, j]] as usize);
            prop_assert!(!a[[fi, fj]]);
            let t0 = (fi as f64 - i as f64) * s0;
            let t1 = (fj as f64 - j as f64) * s1;
            prop_assert_eq!((t0 * t0 + t1 * t1).sqrt(), dist);
        }
    }

    #[test]
    fn chamfer_bounds_euclid(a in mask(10, 30)) {
        prop_assume!(a.iter().any(|&v| !v));
        let e = distance_transform_edt(&a).unwrap();
        let chess = distance_transform_cdt(&a).unwrap();
        let taxi = distance_transform_cdt_with(&a, &CdtOptions::default().metric(CdtMetric::Taxicab)).unwrap().distances.unwrap();
        for ((&x, &c), &t) in e.iter().zip(chess.iter()).zip(taxi.iter()) {
            prop_assert!(f64::from(c) <= x + 1e-12 && x <= f64::from(t) + 1e-12);
        }
    }
}

/// A 3-D transform with one thread and with the default pool, with and without indices.
#[test]
fn thread_count_independence() {
    let a = Array3::from_shape_fn((9, 40, 33), |(i, j, k)| (i * 131 + j * 17 + k * 7) % 97 > 2);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let o = EdtOptions::default()
        .sampling(&[1.0, 0.5, 2.0])
        .return_indices(true);
    let run = || {
        let r = distance_transform_edt_with(&a, &o).unwrap();
        let d = distance_transform_edt(&a).unwrap();
        (
            r.distances.unwrap(),
            r.indices.unwrap(),
            d,
            distance_transform_bf(&a.slice(ndarray::s![..3, ..10, ..]).to_owned()).unwrap(),
        )
    };
    let serial = one.install(run);
    let parallel = run();
    assert_eq!(serial.0, parallel.0);
    assert_eq!(serial.1, parallel.1);
    assert_eq!(serial.2, parallel.2);
    assert_eq!(serial.3, parallel.3);
}
