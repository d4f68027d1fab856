//! Error paths and degenerate inputs of the rank filters: bad sizes, footprints, origins,
//! ranks, percentiles, axes, per-axis lengths, mode sequences with non-separable windows,
//! output shapes; empty, 0-d and one-element inputs; NaN inputs never panic.

use ndarray::{Array0, Array1, Array2, ArrayD, IxDyn, array};
use sci_ndimage::Mode;
use sci_ndimage::filters::*;

fn x() -> Array2<u8> {
    array![[3u8, 0, 200, 5], [1, 250, 2, 9], [0, 0, 7, 1]]
}

#[test]
fn bad_windows_are_errors() {
    let a = x();
    assert!(median_filter(&a, &Footprint::size([0])).is_err());
    assert!(median_filter(&a, &Footprint::size([3, 3, 3])).is_err());
    assert!(minimum_filter(&a, &Footprint::mask(&array![true, false])).is_err());
    assert!(
        minimum_filter(
            &a,
            &Footprint::Mask(ArrayD::from_elem(IxDyn(&[0, 2]), true))
        )
        .is_err()
    );
    // SciPy: "All-zero footprint is not supported".
    assert!(minimum_filter(&a, &Footprint::mask(&array![[false, false]])).is_err());
    assert!(median_filter(&a, &Footprint::mask(&array![[false, false]])).is_err());
    assert!(minimum_filter1d(&a, 0).is_err());
}

#[test]
fn bad_origins_axes_and_modes_are_errors() {
    let a = x();
    let fp = Footprint::size([3]);
    let o = FilterOptions::default();
    assert!(median_filter_with(&a, &fp, &o.clone().origin(2)).is_err());
    assert!(median_filter_with(&a, &Footprint::size([2]), &o.clone().origin(1)).is_err());
    assert!(median_filter_with(&a, &fp, &o.clone().origins([0, 0, 0])).is_err());
    assert!(median_filter_with(&a, &fp, &o.clone().axes([2])).is_err());
    assert!(median_filter_with(&a, &fp, &o.clone().axes([0, 0])).is_err());
    assert!(minimum_filter1d_with(&a, 3, &Filter1dOptions::default().axis(2)).is_err());
    assert!(minimum_filter1d_with(&a, 3, &Filter1dOptions::default().origin(-2)).is_err());
    // A sequence of modes: fine for a separable minimum, refused for rank filters and
    // non-separable footprints, as in SciPy.
    let modes = o.clone().modes([Mode::Wrap, Mode::Constant]);
    assert!(minimum_filter_with(&a, &Footprint::size([2, 3]), &modes).is_ok());
    assert!(median_filter_with(&a, &Footprint::size([2, 3]), &modes).is_err());
    let cross = Footprint::mask(&array![[false, true], [true, true]]);
    assert!(minimum_filter_with(&a, &cross, &modes).is_err());
    assert!(median_filter_with(&a, &fp, &o.modes([Mode::Wrap; 3])).is_err());
}

#[test]
fn ranks_and_percentiles_out_of_range_are_errors() {
    let a = x();
    let fp = Footprint::size([3]);
    assert!(rank_filter(&a, 9, &fp).is_err());
    assert!(rank_filter(&a, -10, &fp).is_err());
    assert!(rank_filter(&a, -9, &fp).is_ok());
    assert!(percentile_filter(&a, 100.5, &fp).is_err());
    assert!(percentile_filter(&a, -100.5, &fp).is_err());
    assert!(percentile_filter(&a, f64::NAN, &fp).is_err());
    assert!(percentile_filter(&a, -100.0, &fp).is_ok());
}

#[test]
fn output_of_the_wrong_shape_is_an_error() {
    let a = x();
    let mut out = Array2::<f64>::zeros((2, 2));
    let fp = Footprint::size([3]);
    let o = FilterOptions::default();
    assert!(median_filter_into(&a, &fp, out.view_mut(), &o).is_err());
    assert!(minimum_filter_into(&a, &fp, out.view_mut(), &o).is_err());
    let mut out1 = Array1::<u8>::zeros(2);
    assert!(
        maximum_filter1d_into(
            &array![1u8, 2, 3],
            2,
            out1.view_mut(),
            &Filter1dOptions::default()
        )
        .is_err()
    );
}

#[test]
fn empty_zero_d_and_single_element_inputs() {
    let e = Array2::<f64>::zeros((0, 3));
    let fp = Footprint::size([2]);
    assert_eq!(median_filter(&e, &fp).unwrap().shape(), &[0, 3]);
    assert_eq!(minimum_filter(&e, &fp).unwrap().shape(), &[0, 3]);
    assert_eq!(
        rank_filter(&e, 0, &Footprint::size([3])).unwrap().shape(),
        &[0, 3]
    );
    assert_eq!(minimum_filter1d(&e, 3).unwrap().shape(), &[0, 3]);
    let z = Array0::from_elem((), 5.0f32);
    assert_eq!(median_filter(&z, &Footprint::size([1])).unwrap()[()], 5.0);
    assert_eq!(minimum_filter(&z, &Footprint::size([3])).unwrap()[()], 5.0);
    let one = array![[7u16]];
    for mode in [
        Mode::Reflect,
        Mode::Constant,
        Mode::Mirror,
        Mode::Wrap,
        Mode::Nearest,
    ] {
        let o = FilterOptions::default().mode(mode).cval(1.0);
        let m = median_filter_with(&one, &Footprint::size([3]), &o).unwrap();
        let want = if mode == Mode::Constant { 1 } else { 7 };
        assert_eq!(m[[0, 0]], want, "{mode}");
    }
}

#[test]
fn nan_inputs_give_a_result_without_panicking() {
    let a = array![[1.0, f64::NAN, 3.0], [f64::NAN, 5.0, 0.0]];
    let fp = Footprint::size([2]);
    for r in [0, 1, 2, 3] {
        assert_eq!(rank_filter(&a, r, &fp).unwrap().shape(), &[2, 3]);
    }
    assert_eq!(
        median_filter(&a.row(0), &Footprint::size([3]))
            .unwrap()
            .len(),
        3
    );
    assert_eq!(minimum_filter1d(&a, 2).unwrap().shape(), &[2, 3]);
}
