//! Error paths and edge cases of the measurements: mismatched label shapes, bad structures,
//! empty and 0-d input, empty regions (SciPy's NaN / 0 conventions), bad histogram ranges,
//! and watershed inputs of the wrong type.

use ndarray::{Array2, ArrayD, IxDyn, arr0, array};
use sci_core::Error;
use sci_ndimage::{
    Regions, histogram, label, label_with, mean, minimum, minimum_position, sum_labels,
    watershed_ift,
};

#[test]
fn mismatched_label_shapes_are_errors() {
    let a = Array2::<f64>::zeros((3, 3));
    let l = Array2::<i32>::zeros((2, 3));
    assert!(matches!(
        sum_labels(&a, &Regions::positive(l.view())),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(matches!(
        minimum(&a, &Regions::labels(l.view(), &[1])),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn bad_structures_are_errors() {
    let a = Array2::<u8>::ones((3, 3));
    let rank3 = ArrayD::from_elem(IxDyn(&[3, 3, 3]), true);
    assert!(matches!(
        label_with(&a, Some(rank3.view())),
        Err(Error::InvalidArgument { .. })
    ));
    let wide = ArrayD::from_elem(IxDyn(&[3, 4]), true);
    assert!(matches!(
        label_with(&a, Some(wide.view())),
        Err(Error::InvalidArgument { .. })
    ));
    let mut lopsided = ArrayD::from_elem(IxDyn(&[3, 3]), false);
    lopsided[[0, 2]] = true;
    assert!(matches!(
        label_with(&a, Some(lopsided.view())),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn empty_and_zero_dimensional_inputs() {
    let e = Array2::<f64>::zeros((0, 3));
    let (l, n) = label(&e).unwrap();
    assert_eq!((l.shape(), n), (&[0usize, 3][..], 0));
    let (l, n) = label(&arr0(5.0)).unwrap();
    assert_eq!((l[()], n), (1, 1));
    let (l, n) = label(&arr0(0u8)).unwrap();
    assert_eq!((l[()], n), (0, 0));
    assert_eq!(sum_labels(&e, &Regions::whole()).unwrap(), vec![0.0]);
}

#[test]
fn empty_regions_follow_scipy_conventions() {
    let a = array![1.0, 2.0];
    let l = array![1, 1];
    let regions = Regions::labels(l.view(), &[1, 2]);
    let m = mean(&a, &regions).unwrap();
    assert_eq!(m[0], 1.5);
    assert!(m[1].is_nan());
    assert_eq!(minimum(&a, &regions).unwrap(), vec![1.0, 0.0]);
    assert_eq!(
        minimum_position(&a, &regions).unwrap(),
        vec![vec![0], vec![0]]
    );
    assert_eq!(
        sum_labels(&a, &Regions::labels(l.view(), &[])).unwrap(),
        Vec::<f64>::new()
    );
    let h = histogram(&a, 0.0, 5.0, 5, &regions).unwrap();
    assert_eq!(h[1], None);
}

#[test]
fn bad_histogram_ranges_are_errors() {
    let a = array![1.0, 2.0];
    assert!(histogram(&a, 0.0, 5.0, 0, &Regions::whole()).is_err());
    assert!(histogram(&a, 5.0, 5.0, 3, &Regions::whole()).is_err());
    assert!(histogram(&a, f64::NAN, 5.0, 3, &Regions::whole()).is_err());
}

#[test]
fn watershed_rejects_other_types_and_shapes() {
    let img = array![[1.0f64, 2.0]];
    let m = array![[1i32, 0]];
    assert!(matches!(
        watershed_ift(&img, &m),
        Err(Error::InvalidArgument { .. })
    ));
    let img8 = array![[1u8, 2]];
    let m2 = array![[1i32, 0, 0]];
    assert!(matches!(
        watershed_ift(&img8, &m2),
        Err(Error::ShapeMismatch { .. })
    ));
}
