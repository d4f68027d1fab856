//! Edge cases of the interpolation functions: SciPy's errors become `Err` (never a panic),
//! empty and one-element inputs, non-finite coordinates, and the tutorial-like uses
//! (shift, rotate and zoom of a small synthetic image).

use ndarray::{Array1, Array2, Array3, ArrayD, IxDyn, array};
use sci_ndimage::Mode;
use sci_ndimage::interpolation::*;

fn opts() -> InterpolationOptions {
    InterpolationOptions::default()
}

#[test]
fn orders_above_five_are_errors() {
    let a = array![[1.0, 2.0], [3.0, 4.0]];
    let o = opts().order(6);
    assert!(shift_with(&a, &[0.5], &o).is_err());
    assert!(zoom_with(&a, &[2.0], &o).is_err());
    assert!(rotate_with(&a, 10.0, &o).is_err());
    assert!(map_coordinates_with(&a, &array![[0.5], [0.5]], &o).is_err());
    assert!(affine_transform_with(&a, &array![1.0, 1.0], &o).is_err());
    assert!(geometric_transform_with(&a, |_: &[usize], x: &mut [f64]| x.fill(0.0), &o).is_err());
    let so = SplineFilterOptions::default().order(6);
    assert!(spline_filter1d_with(&a, &so).is_err());
    assert!(spline_filter_with(&a, &so).is_err());
}

#[test]
fn spline_filter_rejects_orders_below_two_but_the_1d_filter_copies() {
    let a = array![1.0, 5.0, 2.0];
    for order in [0, 1] {
        let so = SplineFilterOptions::default().order(order);
        assert!(spline_filter_with(&a, &so).is_err());
        assert_eq!(spline_filter1d_with(&a, &so).unwrap(), a);
    }
}

#[test]
fn wrong_numbers_of_per_axis_values_are_errors() {
    let a = Array2::<f64>::zeros((3, 4));
    assert!(shift(&a, &[1.0, 2.0, 3.0]).is_err());
    assert!(zoom(&a, &[1.0, 2.0, 3.0]).is_err());
    assert!(zoom(&a, &[-1.0]).is_err());
    assert!(zoom(&a, &[f64::NAN]).is_err());
    // Coordinates must have one row per input axis.
    assert!(map_coordinates(&a, &array![[0.5, 1.0]]).is_err());
    // A 1-d coordinate array gives a 0-d output: SciPy's "rank must be > 0".
    assert!(map_coordinates(&a, &ArrayD::<f64>::zeros(IxDyn(&[2]))).is_err());
    assert!(affine_transform_with(&a, &array![1.0, 1.0], &opts().offset([1.0, 2.0, 3.0])).is_err());
    assert!(spline_filter1d_with(&a, &SplineFilterOptions::default().axis(2)).is_err());
}

#[test]
fn malformed_matrices_are_errors() {
    let a = Array2::<f64>::zeros((3, 4));
    assert!(affine_transform(&a, &array![1.0, 2.0, 3.0]).is_err());
    assert!(
        affine_transform(
            &a,
            &array![[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.5, 1.0]]
        )
        .is_err()
    );
    assert!(affine_transform(&a, &array![[1.0, 0.0, 0.0]]).is_err());
    assert!(affine_transform(&a, &Array3::<f64>::zeros((2, 2, 2))).is_err());
    assert!(affine_transform(&a, &Array1::<f64>::zeros(0)).is_err());
    // An output shape of another rank needs the _into form.
    assert!(affine_transform_with(&a, &array![[1.0], [1.0]], &opts().output_shape([4])).is_err());
    let mut out = Array1::<f64>::zeros(4);
    assert!(affine_transform_into(&a, &array![[1.0], [1.0]], out.view_mut(), &opts()).is_ok());
}

#[test]
fn mismatched_outputs_are_errors() {
    let a = Array2::<f64>::zeros((3, 4));
    let mut out = Array2::<f64>::zeros((4, 4));
    assert!(shift_into(&a, &[1.0], out.view_mut(), &opts()).is_err());
    assert!(zoom_into(&a, &[2.0], out.view_mut(), &opts()).is_err());
    assert!(rotate_into(&a, 90.0, out.view_mut(), &opts()).is_err());
    let so = SplineFilterOptions::default();
    assert!(spline_filter_into(&a, out.view_mut(), &so).is_err());
    assert!(spline_filter1d_into(&a, out.view_mut(), &so).is_err());
    let mut small = Array1::<f64>::zeros(3);
    assert!(
        map_coordinates_into(
            &a,
            &array![[0.5, 1.0], [1.0, 2.0]],
            small.view_mut(),
            &opts()
        )
        .is_err()
    );
}

#[test]
fn rotation_needs_two_distinct_axes_in_range() {
    assert!(rotate(&array![1.0, 2.0], 10.0).is_err());
    let a = Array3::<f64>::zeros((2, 3, 4));
    assert!(rotate_with(&a, 10.0, &opts().axes([0, 3])).is_err());
    assert!(rotate_with(&a, 10.0, &opts().axes([1, 1])).is_err());
    assert!(rotate_with(&a, 10.0, &opts().axes([-1, -3])).is_ok());
}

#[test]
fn zero_dimensional_inputs_are_errors() {
    let a = ndarray::arr0(1.0);
    assert!(shift(&a, &[1.0]).is_err());
    assert!(zoom(&a, &[2.0]).is_err());
    assert!(spline_filter1d(&a).is_err());
    // spline_filter of a 0-d array is a copy, as in SciPy.
    assert_eq!(spline_filter(&a).unwrap(), ndarray::arr0(1.0));
}

#[test]
fn empty_inputs_give_empty_or_constant_outputs() {
    let a = Array2::<f64>::zeros((0, 3));
    assert_eq!(zoom(&a, &[2.0]).unwrap().dim(), (0, 6));
    assert_eq!(shift(&a, &[1.0]).unwrap().dim(), (0, 3));
    assert_eq!(spline_filter(&a).unwrap().dim(), (0, 3));
    let r = rotate(&a, 30.0).unwrap();
    assert!(r.iter().all(|&v| v == 0.0));
    let m = map_coordinates_with(&a, &array![[0.5], [1.0]], &opts().cval(2.0)).unwrap();
    assert_eq!(m, array![2.0]);
    // SciPy cannot pad an empty axis for 'nearest'.
    assert!(map_coordinates_with(&a, &array![[0.5], [1.0]], &opts().mode(Mode::Nearest)).is_err());
}

#[test]
fn one_element_inputs() {
    let a = array![[5.0f64]];
    for mode in [
        Mode::Reflect,
        Mode::Constant,
        Mode::Nearest,
        Mode::Mirror,
        Mode::Wrap,
        Mode::GridMirror,
        Mode::GridWrap,
    ] {
        let z = zoom_with(&a, &[3.0], &opts().mode(mode)).unwrap();
        assert_eq!(z.dim(), (3, 3));
        assert!(z.iter().all(|&v| (v - 5.0).abs() < 1e-12), "{mode}: {z}");
    }
    assert_eq!(spline_filter(&a).unwrap(), a);
    let s = shift_with(&a, &[0.3], &opts().mode(Mode::GridConstant)).unwrap();
    assert!(s[[0, 0]] < 5.0 && s[[0, 0]] > 0.0);
}

#[test]
fn non_finite_coordinates_give_cval_or_nan() {
    let a = array![0.0f64, 1.0, 2.0, 3.0, 4.0];
    let c = array![[f64::NAN, f64::INFINITY, f64::NEG_INFINITY, 1e300]];
    let m = map_coordinates_with(&a, &c, &opts().mode(Mode::Mirror).cval(7.0)).unwrap();
    assert!(m.iter().take(3).all(|&v| v == 7.0));
    let m = map_coordinates_with(&a, &c, &opts().mode(Mode::GridConstant).cval(7.0)).unwrap();
    assert!(m[0].is_nan() && m[1].is_nan() && m[2].is_nan() && (m[3] - 7.0).abs() < 1e-9);
    // Integer outputs store NaN as 0.
    let mut out = Array1::<u8>::zeros(4);
    map_coordinates_into(&a, &c, out.view_mut(), &opts().mode(Mode::Nearest)).unwrap();
    assert_eq!(out[0], 0);
    // A zero on the diagonal gives non-finite coordinates: cval, as in SciPy.
    let z = affine_transform_with(&a, &array![0.0], &opts().offset([1.0])).unwrap();
    assert!(z.iter().all(|&v| v == 0.0));
}

#[test]
fn integer_outputs_round_half_away_and_clamp() {
    let a = array![0.0, 300.0];
    let mut out = Array1::<u8>::zeros(3);
    let o = opts().order(1).output_shape([3]);
    geometric_transform_into(
        &a,
        |i: &[usize], x: &mut [f64]| x[0] = i[0] as f64 * 0.5,
        out.view_mut(),
        &o.clone().mode(Mode::Nearest),
    )
    .unwrap();
    assert_eq!(out, array![0u8, 150, 255]);
    let b = array![-3.0, -2.5];
    let mut o16 = Array1::<i16>::zeros(2);
    shift_into(&b, &[0.0], o16.view_mut(), &opts().order(1)).unwrap();
    assert_eq!(o16, array![-3i16, -3]);
}

// The tutorial's uses on a small synthetic image: a bright square on a dark ground.
fn square() -> Array2<f64> {
    let mut a = Array2::<f64>::zeros((16, 16));
    a.slice_mut(ndarray::s![4..12, 6..10]).fill(1.0);
    a
}

#[test]
fn tutorial_shift_moves_the_square() {
    let a = square();
    let s = shift_with(&a, &[2.0, -3.0], &opts().order(3)).unwrap();
    for i in 0..16usize {
        for j in 0..16usize {
            let src = (i.cast_signed() - 2, j.cast_signed() + 3);
            let want = if (0..16).contains(&src.0) && (0..16).contains(&src.1) {
                a[[src.0 as usize, src.1 as usize]]
            } else {
                0.0
            };
            assert!((s[[i, j]] - want).abs() < 1e-12, "({i}, {j})");
        }
    }
}

#[test]
fn tutorial_rotate_keeps_the_mass_and_grows_the_frame() {
    let a = square();
    let r = rotate(&a, 30.0).unwrap();
    // The frame that holds 16x16 rotated by 30 degrees: 16 (cos 30 + sin 30) = 21.9.
    assert_eq!(r.dim(), (22, 22));
    assert!((r.sum() - a.sum()).abs() < 0.05 * a.sum());
    let r = rotate_with(&a, 30.0, &opts().reshape(false)).unwrap();
    assert_eq!(r.dim(), (16, 16));
}

#[test]
fn tutorial_zoom_doubles_and_keeps_the_square() {
    let a = square();
    let z = zoom_with(&a, &[2.0], &opts().order(0)).unwrap();
    assert_eq!(z.dim(), (32, 32));
    let z1 = zoom_with(&a, &[2.0], &opts().order(1)).unwrap();
    // The centre of the square stays 1, the far corner 0.
    assert!((z1[[16, 16]] - 1.0).abs() < 1e-12 && z1[[0, 0]] == 0.0);
    let crop = a.slice(ndarray::s![2..14, 4..12]).to_owned();
    assert_eq!(crop.sum(), a.sum());
}

#[test]
fn strided_outputs_are_filled_like_contiguous_ones() {
    let a = Array2::from_shape_fn((5, 5), |(i, j)| (i * 5 + j) as f64);
    let want = shift_with(&a, &[0.5, -1.25], &opts()).unwrap();
    let mut buf = Array2::<f64>::zeros((5, 5));
    // A transposed view: its memory order is not the output's row order.
    let out = buf.view_mut().reversed_axes();
    shift_into(&a, &[0.5, -1.25], out, &opts()).unwrap();
    assert_eq!(buf.t(), want);
}
