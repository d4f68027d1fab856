//! Edge cases of binary morphology: empty, 0-d and one-element inputs, non-contiguous
//! views, NaN inputs (true, as in SciPy), wide rows spanning several packed words, and the
//! error paths (empty or mis-ranked structures, origins outside the structure, wrong-length
//! origins, mismatched masks, bad axes, cycling "until stable" iterations).

use ndarray::{Array1, Array2, ArrayD, IxDyn, array, s};
use sci_core::Error;
use sci_ndimage::morphology::{BinaryOptions, HitOrMissOptions};
use sci_ndimage::*;

#[test]
fn empty_inputs_give_empty_outputs() {
    let a = Array2::<f64>::zeros((0, 3));
    assert_eq!(binary_erosion(&a).unwrap().shape(), &[0, 3]);
    assert_eq!(binary_dilation(&a).unwrap().shape(), &[0, 3]);
    assert_eq!(binary_opening(&a).unwrap().shape(), &[0, 3]);
    assert_eq!(binary_closing(&a).unwrap().shape(), &[0, 3]);
    assert_eq!(binary_hit_or_miss(&a).unwrap().shape(), &[0, 3]);
    assert_eq!(binary_propagation(&a).unwrap().shape(), &[0, 3]);
    assert_eq!(binary_fill_holes(&a).unwrap().shape(), &[0, 3]);
    let e = Array1::<bool>::from(vec![]);
    assert_eq!(binary_dilation(&e).unwrap().len(), 0);
}

#[test]
fn zero_d_and_one_element_inputs() {
    let t = ArrayD::from_elem(IxDyn(&[]), 1u8);
    assert!(binary_erosion(&t).unwrap()[[]]);
    let f = ArrayD::from_elem(IxDyn(&[]), 0.0f64);
    assert!(!binary_dilation(&f).unwrap()[[]]);
    assert!(binary_fill_holes(&f).unwrap()[[]]);
    assert!(binary_hit_or_miss(&t).unwrap()[[]]);
    // One pixel: the border (false) erodes it, and dilation keeps it.
    assert_eq!(binary_erosion(&array![1]).unwrap(), array![false]);
    assert_eq!(
        binary_erosion_with(&array![1], &BinaryOptions::default().border_value(true)).unwrap(),
        array![true]
    );
    assert_eq!(binary_dilation(&array![[1.5]]).unwrap(), array![[true]]);
}

#[test]
fn nan_is_true() {
    let a = array![f64::NAN, 1.0, 1.0, 1.0, 0.0];
    assert_eq!(
        binary_erosion(&a).unwrap(),
        array![false, true, true, false, false]
    );
}

#[test]
fn views_of_any_layout() {
    let a = Array2::from_shape_fn((9, 70), |(i, j)| (i * 7 + j * 3) % 5 != 0);
    let t = a.t();
    let want = binary_erosion(&t.to_owned()).unwrap();
    assert_eq!(binary_erosion(&t).unwrap(), want);
    let stepped = a.slice(s![..;2, 1..;3]);
    assert_eq!(
        binary_dilation(&stepped).unwrap(),
        binary_dilation(&stepped.to_owned()).unwrap()
    );
}

/// Shifts across word boundaries: a run of 130 pixels eroded by a wide structure, and a
/// structure wider than a word.
#[test]
fn rows_wider_than_a_word() {
    let mut a = Array1::<bool>::from_elem(200, false);
    a.slice_mut(s![30..160]).fill(true);
    let wide = Array1::from_elem(7, true);
    let e = binary_erosion_with(&a, &BinaryOptions::default().structure(&wide)).unwrap();
    let want: Vec<bool> = (0..200).map(|i| (33..157).contains(&i)).collect();
    assert_eq!(e.to_vec(), want);
    let mut long = Array1::from_elem(131, false);
    long[0] = true;
    long[130] = true;
    let d = binary_dilation_with(
        &array![0, 0, 1, 0],
        &BinaryOptions::default().structure(&long),
    )
    .unwrap();
    // The structure lacks its centre and reaches past both ends.
    assert_eq!(d, Array1::from_elem(4, false));
    let mut single = Array1::from_elem(200, false);
    single[100] = true;
    let d = binary_dilation_with(&single, &BinaryOptions::default().structure(&long)).unwrap();
    let got: Vec<usize> = d
        .iter()
        .enumerate()
        .filter(|(_, b)| **b)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(got, vec![35, 165]);
}

#[test]
fn bad_structures_are_errors() {
    let a = Array2::<u8>::ones((4, 5));
    let empty = Array2::<bool>::from_elem((0, 3), true);
    assert!(matches!(
        binary_erosion_with(&a, &BinaryOptions::default().structure(&empty)),
        Err(Error::InvalidArgument { .. })
    ));
    let flat = Array1::from_elem(3, true);
    assert!(binary_erosion_with(&a, &BinaryOptions::default().structure(&flat)).is_err());
    let cube = ArrayD::from_elem(IxDyn(&[3, 3, 3]), true);
    assert!(binary_dilation_with(&a, &BinaryOptions::default().structure(&cube)).is_err());
    assert!(binary_hit_or_miss_with(&a, &HitOrMissOptions::default().structure1(&flat)).is_err());
}

#[test]
fn bad_origins_masks_and_axes_are_errors() {
    let a = Array2::<u8>::ones((4, 5));
    for origin in [vec![2], vec![-2], vec![0, 0, 0], vec![1, 2]] {
        let o = BinaryOptions::default().origin(&origin);
        assert!(binary_erosion_with(&a, &o).is_err(), "{origin:?}");
        assert!(binary_dilation_with(&a, &o).is_err(), "{origin:?}");
    }
    let even = Array2::from_elem((2, 2), true);
    let o = BinaryOptions::default().structure(&even).origin(&[1]);
    assert!(binary_opening_with(&a, &o).is_err());
    let o = BinaryOptions::default().structure(&even).origin(&[-1]);
    assert!(binary_opening_with(&a, &o).is_ok());
    let mask = Array2::from_elem((4, 4), true);
    assert!(matches!(
        binary_erosion_with(&a, &BinaryOptions::default().mask(&mask)),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(binary_erosion_with(&a, &BinaryOptions::default().axes(&[2])).is_err());
    assert!(binary_erosion_with(&a, &BinaryOptions::default().axes(&[0, -2])).is_err());
    assert!(binary_fill_holes_with(&a, &BinaryOptions::default().origin(&[5])).is_err());
    assert!(binary_hit_or_miss_with(&a, &HitOrMissOptions::default().origin2(&[3])).is_err());
}

/// A structure without its centre can make "until nothing changes" cycle; SciPy loops
/// forever, sci reports it.
#[test]
fn cycling_iterations_are_reported() {
    let ring = array![true, false, true];
    let o = BinaryOptions::default()
        .structure(&ring)
        .border_value(true)
        .iterations(0);
    let r = binary_erosion_with(&array![0, 1, 0, 1, 0], &o);
    assert!(matches!(r, Err(Error::DidNotConverge { .. })), "{r:?}");
    // A fixed number of iterations is fine.
    let o = o.iterations(3);
    assert_eq!(
        binary_erosion_with(&array![0, 1, 0, 1, 0], &o).unwrap(),
        array![true, false, true, false, true]
    );
}

#[test]
fn structure_helpers_edge_cases() {
    assert!(generate_binary_structure(64, 1).is_err());
    assert!(generate_binary_structure(usize::MAX, 1).is_err());
    assert_eq!(generate_binary_structure(1, 1).unwrap().len(), 3);
    let empty = Array1::<bool>::from(vec![]);
    assert!(iterate_structure(&empty, 2, None).is_err());
    assert_eq!(iterate_structure(&empty, 1, None).unwrap().0.len(), 0);
    let cross = generate_binary_structure(2, 1).unwrap();
    assert!(iterate_structure(&cross, 2, Some(&[1, 2, 3])).is_err());
    let (s, o) = iterate_structure(&cross, 0, Some(&[1])).unwrap();
    assert_eq!((s, o), (cross.clone(), Some(vec![1, 1])));
}
