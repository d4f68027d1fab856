//! Edge cases of the distance transforms: empty, 0-d and one-element inputs, inputs without
//! background (SciPy's values), non-contiguous views, NaN inputs, and the error paths
//! (nothing to return, wrong-length or non-finite sampling, bad metrics, 0-d chamfer input).

use ndarray::{Array1, Array2, ArrayD, IxDyn, array, s};
use sci_core::Error;
use sci_ndimage::distance::{BfMetric, BfOptions, CdtMetric, CdtOptions, EdtOptions};
use sci_ndimage::*;

#[test]
fn nothing_to_return_is_an_error() {
    let a = array![0, 1, 1];
    assert!(matches!(
        distance_transform_edt_with(&a, &EdtOptions::default().return_distances(false)),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(
        distance_transform_cdt_with(&a, &CdtOptions::default().return_distances(false)).is_err()
    );
    assert!(distance_transform_bf_with(&a, &BfOptions::default().return_distances(false)).is_err());
}

#[test]
fn bad_sampling_and_metrics_are_errors() {
    let a = Array2::<u8>::ones((3, 4));
    for sampling in [
        vec![1.0, 2.0, 3.0],
        vec![f64::NAN],
        vec![1.0, f64::INFINITY],
    ] {
        let o = EdtOptions::default().sampling(&sampling);
        assert!(distance_transform_edt_with(&a, &o).is_err(), "{sampling:?}");
    }
    let o = BfOptions::default().sampling(&[1.0, 2.0, 3.0]);
    assert!(distance_transform_bf_with(&a, &o).is_err());
    let m = Array2::from_elem((3, 5), true);
    let o = CdtOptions::default().metric(CdtMetric::Structure(m.view().into_dyn()));
    assert!(distance_transform_cdt_with(&a, &o).is_err());
    let m = Array1::from_elem(3, true);
    let o = CdtOptions::default().metric(CdtMetric::Structure(m.view().into_dyn()));
    assert!(distance_transform_cdt_with(&a, &o).is_err());
    let zero_d = ArrayD::from_elem(IxDyn(&[]), 1);
    assert!(distance_transform_cdt(&zero_d).is_err());
}

#[test]
fn empty_inputs() {
    let a = Array2::<f64>::zeros((0, 3));
    let r = distance_transform_edt_with(&a, &EdtOptions::default().return_indices(true)).unwrap();
    assert_eq!(r.distances.unwrap().shape(), &[0, 3]);
    assert_eq!(r.indices.unwrap().shape(), &[2, 0, 3]);
    let r = distance_transform_cdt_with(&a, &CdtOptions::default().return_indices(true)).unwrap();
    assert_eq!(r.distances.unwrap().shape(), &[0, 3]);
    assert_eq!(r.indices.unwrap().shape(), &[2, 0, 3]);
    assert_eq!(distance_transform_bf(&a).unwrap().shape(), &[0, 3]);
}

#[test]
fn zero_d_and_one_element_inputs() {
    let one = ArrayD::from_elem(IxDyn(&[]), 1u8);
    let r = distance_transform_edt_with(&one, &EdtOptions::default().return_indices(true)).unwrap();
    // SciPy: no feature (index -1), distance from it 1.
    assert_eq!(r.distances.unwrap()[[]], 1.0);
    assert_eq!(r.indices.unwrap().into_raw_vec_and_offset().0, vec![-1]);
    let zero = ArrayD::from_elem(IxDyn(&[]), 0u8);
    assert_eq!(distance_transform_edt(&zero).unwrap()[[]], 0.0);
    assert_eq!(distance_transform_bf(&zero).unwrap()[[]], 0.0);
    assert_eq!(distance_transform_bf(&one).unwrap()[[]], f64::MAX.sqrt());
    assert_eq!(distance_transform_edt(&array![0]).unwrap(), array![0.0]);
    assert_eq!(distance_transform_cdt(&array![[5]]).unwrap(), array![[-1]]);
}

/// Without background: SciPy's feature transform reports index -1 on axis 0 and 0 on the
/// others, the chamfer transform -1, brute force sqrt(f64::MAX) or u32::MAX.
#[test]
fn no_background() {
    let a = Array2::<bool>::from_elem((2, 3), true);
    let r = distance_transform_edt_with(&a, &EdtOptions::default().return_indices(true)).unwrap();
    let d = r.distances.unwrap();
    assert_eq!(d[[1, 2]], (4.0f64 + 4.0).sqrt());
    assert!(
        r.indices
            .unwrap()
            .slice(s![0, .., ..])
            .iter()
            .all(|&v| v == -1)
    );
    assert_eq!(distance_transform_edt(&a).unwrap(), d);
    assert!(distance_transform_cdt(&a).unwrap().iter().all(|&v| v == -1));
    let o = BfOptions::default().metric(BfMetric::Taxicab);
    let r = distance_transform_bf_with(&a, &o).unwrap();
    assert!(
        r.distances
            .unwrap()
            .iter()
            .all(|&v| v == f64::from(u32::MAX))
    );
}

#[test]
fn views_and_nan() {
    let a = Array2::from_shape_fn((6, 9), |(i, j)| ((i * 5 + j * 7) % 11 != 0) as u8);
    let t = a.t();
    assert_eq!(
        distance_transform_edt(&t).unwrap(),
        distance_transform_edt(&t.to_owned()).unwrap()
    );
    assert_eq!(
        distance_transform_cdt(&t).unwrap(),
        distance_transform_cdt(&t.to_owned()).unwrap()
    );
    let n = array![f64::NAN, 0.0, 2.0];
    assert_eq!(distance_transform_edt(&n).unwrap(), array![1.0, 0.0, 1.0]);
    assert_eq!(distance_transform_cdt(&n).unwrap(), array![1, 0, 1]);
}
