//! Error paths and degenerate inputs of `generic_filter` and `vectorized_filter`.

use ndarray::{Array1, Array2, ArrayView2, ArrayViewMut1, array};
use sci_ndimage::Mode;
use sci_ndimage::filters::*;

fn first(w: ArrayView2<'_, f64>, mut out: ArrayViewMut1<'_, f64>) {
    for (o, row) in out.iter_mut().zip(w.rows()) {
        *o = row.first().copied().unwrap_or(-1.0);
    }
}

#[test]
fn bad_arguments_are_errors() {
    let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let sum = |w: &[f64]| w.iter().sum::<f64>();
    let o = FilterOptions::default();
    assert!(generic_filter(&a, sum, &Footprint::size([0])).is_err());
    assert!(generic_filter_with(&a, sum, &Footprint::size([3]), &o.clone().origin(2)).is_err());
    assert!(generic_filter_with(&a, sum, &Footprint::size([3]), &o.clone().axes([5])).is_err());
    let modes = o.clone().modes([Mode::Wrap, Mode::Constant]);
    assert!(generic_filter_with(&a, sum, &Footprint::size([3]), &modes).is_err());
    assert!(generic_filter(&a, sum, &Footprint::mask(&array![true, true])).is_err());
    let mut out = Array2::<f64>::zeros((3, 2));
    assert!(generic_filter_into(&a, sum, &Footprint::size([3]), out.view_mut(), &o).is_err());

    let v = VectorizedFilterOptions::default();
    assert!(vectorized_filter(&a, first, &Footprint::size([0])).is_err());
    let valid_origin = v.clone().valid(true).origins([1]);
    assert!(vectorized_filter_with(&a, first, &Footprint::size([3]), &valid_origin).is_err());
    // With mode='valid' the window cannot be larger than the input.
    assert!(
        vectorized_filter_with(&a, first, &Footprint::size([3]), &v.clone().valid(true)).is_err()
    );
    let mut vmodes = v.clone();
    vmodes.filter = modes;
    assert!(vectorized_filter_with(&a, first, &Footprint::size([3]), &vmodes).is_err());
    assert!(vectorized_filter_into(&a, first, &Footprint::size([3]), out.view_mut(), &v).is_err());
}

#[test]
fn empty_and_single_element_inputs() {
    let e = Array2::<f64>::zeros((0, 4));
    let sum = |w: &[f64]| w.iter().sum::<f64>();
    assert_eq!(
        generic_filter(&e, sum, &Footprint::size([3]))
            .unwrap()
            .shape(),
        &[0, 4]
    );
    let y: Array2<f64> = vectorized_filter(&e, first, &Footprint::size([3])).unwrap();
    assert_eq!(y.shape(), &[0, 4]);
    let one = Array1::from_elem(1, 4.0);
    assert_eq!(
        generic_filter(&one, sum, &Footprint::size([3])).unwrap()[0],
        12.0
    );
    let c = generic_filter_with(
        &one,
        sum,
        &Footprint::size([3]),
        &FilterOptions::default().mode(Mode::Constant).cval(1.0),
    );
    assert_eq!(c.unwrap()[0], 6.0);
    // An all-false footprint hands out empty windows, as SciPy does.
    let none = Footprint::mask(&[false, false]);
    assert_eq!(
        generic_filter(&one, |w: &[f64]| w.len() as f64, &none).unwrap()[0],
        0.0
    );
    let v: Array1<f64> = vectorized_filter(&one, first, &none).unwrap();
    assert_eq!(v[0], -1.0);
    // A batch smaller than one window still makes progress (one window per call).
    let small = VectorizedFilterOptions::default().batch_memory(1);
    let y: Array1<f64> =
        vectorized_filter_with(&array![1.0, 2.0, 3.0], first, &Footprint::size([3]), &small)
            .unwrap();
    assert_eq!(y, array![1.0, 1.0, 2.0]);
}
