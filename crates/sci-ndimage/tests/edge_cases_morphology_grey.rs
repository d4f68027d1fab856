//! Error paths and degenerate inputs of grey morphology.

use ndarray::{Array0, Array2, ArrayD, IxDyn, array};
use sci_ndimage::filters::FilterOptions;
use sci_ndimage::morphology::*;

#[test]
fn bad_windows_are_errors() {
    let a = array![[1u8, 2, 3], [4, 5, 6]];
    assert!(grey_erosion(&a, &GreyStructure::size([0])).is_err());
    assert!(grey_dilation(&a, &GreyStructure::footprint(&array![[false, false]])).is_err());
    assert!(grey_opening(&a, &GreyStructure::footprint(&array![true])).is_err());
    assert!(grey_closing(&a, &GreyStructure::Structure(ArrayD::zeros(IxDyn(&[0, 2])))).is_err());
    let mismatched =
        GreyStructure::footprint_structure(&array![[true, true]], &array![[1.0, 2.0, 3.0]]);
    assert!(grey_erosion(&a, &mismatched).is_err());
    assert!(morphological_gradient(&a, &mismatched).is_err());
    let o = FilterOptions::default();
    assert!(grey_dilation_with(&a, &GreyStructure::size([3]), &o.clone().origin(2)).is_err());
    assert!(white_tophat_with(&a, &GreyStructure::size([3]), &o.clone().axes([3])).is_err());
    assert!(black_tophat_with(&a, &GreyStructure::size([3]), &o.origins([0, 0, 0])).is_err());
    let mut out = Array2::<u8>::zeros((3, 3));
    assert!(
        grey_erosion_into(
            &a,
            &GreyStructure::size([3]),
            out.view_mut(),
            &FilterOptions::default()
        )
        .is_err()
    );
}

#[test]
fn empty_zero_d_and_single_element_inputs() {
    let e = Array2::<i16>::zeros((3, 0));
    let w = GreyStructure::size([3]);
    assert_eq!(grey_opening(&e, &w).unwrap().shape(), &[3, 0]);
    assert_eq!(
        morphological_laplace(&e, &GreyStructure::structure(&array![[1.0, 2.0]]))
            .unwrap()
            .shape(),
        &[3, 0]
    );
    let z = Array0::from_elem((), 9.0f64);
    assert_eq!(
        grey_dilation(&z, &GreyStructure::size([3])).unwrap()[()],
        9.0
    );
    let one = array![[4u8]];
    assert_eq!(
        grey_erosion(
            &one,
            &GreyStructure::structure(&array![[1.0, 1.0], [1.0, 1.0]])
        )
        .unwrap()[[0, 0]],
        3
    );
    assert_eq!(white_tophat(&one, &w).unwrap()[[0, 0]], 0);
}
