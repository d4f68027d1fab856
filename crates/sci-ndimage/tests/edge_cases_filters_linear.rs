//! Error paths and degenerate inputs of the linear filters: bad arguments give `Err` (never
//! a panic), empty and one-element inputs give SciPy's results, and the tutorial-style
//! examples of SciPy's documentation hold.

use ndarray::{Array, Array0, Array1, Array2, Array3, IxDyn, array};
use sci_core::Error;
use sci_ndimage::Mode;
use sci_ndimage::filters::*;

fn invalid<T: std::fmt::Debug>(r: Result<T, Error>) {
    match r {
        Err(Error::InvalidArgument { .. }) => {}
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
}

#[test]
fn bad_arguments_are_errors() {
    let a = Array2::<f64>::ones((4, 5));
    invalid(correlate1d(&a, &[]));
    invalid(convolve1d(&a, &[]));
    invalid(correlate1d_with(
        &a,
        &[1.0, 2.0, 3.0],
        &Filter1dOptions::default().origin(2),
    ));
    invalid(correlate1d_with(
        &a,
        &[1.0, 2.0, 3.0],
        &Filter1dOptions::default().axis(2),
    ));
    // Even kernels: origin -2 is valid for 4 weights, +2 is not.
    assert!(correlate1d_with(&a, &[1.0; 4], &Filter1dOptions::default().origin(-2)).is_ok());
    invalid(correlate1d_with(
        &a,
        &[1.0; 4],
        &Filter1dOptions::default().origin(2),
    ));
    // A convolution's origin is checked once mirrored.
    assert!(convolve1d_with(&a, &[1.0; 4], &Filter1dOptions::default().origin(-2)).is_ok());
    invalid(convolve1d_with(
        &a,
        &[1.0; 4],
        &Filter1dOptions::default().origin(2),
    ));
    invalid(correlate(&a, &Array2::<f64>::zeros((0, 3))));
    invalid(correlate(&a, &array![1.0, 2.0]));
    invalid(correlate_with(
        &a,
        &array![[1.0]],
        &FilterOptions::default().modes(vec![Mode::Wrap, Mode::Reflect]),
    ));
    invalid(correlate_with(
        &a,
        &array![[1.0, 1.0]],
        &FilterOptions::default().origins(vec![0, 1]),
    ));
    invalid(convolve_with(
        &a,
        &array![[1.0]],
        &FilterOptions::default().axes(vec![0, 0]),
    ));
    invalid(gaussian_filter(&a, &[-1.0]));
    invalid(gaussian_filter(&a, &[f64::NAN]));
    invalid(gaussian_filter(&a, &[1.0, 2.0, 3.0]));
    invalid(gaussian_filter1d(&a, 0.0));
    invalid(gaussian_filter1d(&a, -0.5));
    invalid(gaussian_filter1d_with(
        &a,
        1.0,
        &GaussianOptions::default().truncate(-3.0),
    ));
    invalid(gaussian_filter1d_with(
        &a,
        1.0,
        &GaussianOptions::default().orders(vec![1, 2]),
    ));
    invalid(gaussian_gradient_magnitude(&a, &[-1.0]));
    invalid(gaussian_laplace_with(
        &a,
        &[1.0],
        &GaussianOptions::default().order(1),
    ));
    invalid(uniform_filter1d(&a, 0));
    invalid(uniform_filter(&a, &[3, 3, 3]));
    invalid(uniform_filter_with(
        &a,
        &[3],
        &FilterOptions::default().origin(2),
    ));
    invalid(sobel_with(&a, 2, &FilterOptions::default()));
    invalid(sobel_with(&a, 0, &FilterOptions::default().origin(1)));
    invalid(prewitt_with(
        &a,
        0,
        &FilterOptions::default().modes(vec![Mode::Wrap; 3]),
    ));
    invalid(laplace_with(&a, &FilterOptions::default().axes(vec![5])));
    invalid(generic_filter1d(&a, |_, _| {}, 0));
    invalid(generic_filter1d_with(
        &a,
        |_, _| {},
        3,
        &Filter1dOptions::default().origin(-2),
    ));
    // The closure's own error comes back.
    let r = generic_laplace(&a, |_, _, _, _, _| {
        Err(Error::invalid_argument("x", 1, "no"))
    });
    invalid(r);
}

#[test]
fn outputs_of_another_shape_are_errors() {
    let a = Array2::<f64>::ones((3, 4));
    let mut out = Array2::<f64>::zeros((4, 3));
    let o1 = Filter1dOptions::default();
    let o = FilterOptions::default();
    for r in [
        correlate1d_into(&a, &[1.0], out.view_mut(), &o1),
        convolve1d_into(&a, &[1.0], out.view_mut(), &o1),
        correlate_into(&a, &array![[1.0]], out.view_mut(), &o),
        convolve_into(&a, &array![[1.0]], out.view_mut(), &o),
        uniform_filter1d_into(&a, 3, out.view_mut(), &o1),
        uniform_filter_into(&a, &[3], out.view_mut(), &o),
        gaussian_filter_into(&a, &[1.0], out.view_mut(), &GaussianOptions::default()),
        sobel_into(&a, 0, out.view_mut(), &o),
        laplace_into(&a, out.view_mut(), &o),
    ] {
        assert!(matches!(r, Err(Error::ShapeMismatch { .. })), "{r:?}");
    }
}

#[test]
fn empty_inputs_give_empty_outputs() {
    let e = Array2::<f64>::zeros((0, 5));
    assert_eq!(correlate1d(&e, &[1.0, 2.0]).unwrap().shape(), &[0, 5]);
    assert_eq!(convolve(&e, &array![[1.0, 2.0]]).unwrap().shape(), &[0, 5]);
    assert_eq!(gaussian_filter(&e, &[2.0]).unwrap().shape(), &[0, 5]);
    assert_eq!(uniform_filter(&e, &[3]).unwrap().shape(), &[0, 5]);
    assert_eq!(sobel(&e).unwrap().shape(), &[0, 5]);
    assert_eq!(laplace(&e).unwrap().shape(), &[0, 5]);
    assert_eq!(
        gaussian_gradient_magnitude(&e, &[1.0]).unwrap().shape(),
        &[0, 5]
    );
    let e1 = Array1::<u8>::zeros(0);
    assert_eq!(generic_filter1d(&e1, |_, _| {}, 3).unwrap().len(), 0);
    assert_eq!(uniform_filter1d(&e1, 3).unwrap().len(), 0);
}

#[test]
fn one_element_inputs_follow_the_modes() {
    let one = array![5.0f64];
    assert_eq!(correlate1d(&one, &[1.0, 1.0, 1.0]).unwrap(), array![15.0]);
    let c = Filter1dOptions::default().mode(Mode::Constant).cval(1.0);
    assert_eq!(
        correlate1d_with(&one, &[1.0, 1.0, 1.0], &c).unwrap(),
        array![7.0]
    );
    assert!((gaussian_filter(&one, &[3.0]).unwrap()[0] - 5.0).abs() < 1e-12);
    assert_eq!(uniform_filter1d(&one, 4).unwrap(), array![5.0]);
    assert_eq!(laplace(&one).unwrap(), array![0.0]);
    let one3 = Array3::<i16>::from_elem((1, 1, 1), 7);
    assert_eq!(sobel(&one3).unwrap()[[0, 0, 0]], 0);
}

#[test]
fn zero_dimensional_inputs_are_handled() {
    let z = Array0::from_elem((), 3.0);
    // SciPy filters no axis of a 0-d array for the N-D filters and rejects an axis.
    assert_eq!(gaussian_filter(&z, &[1.0]).unwrap()[()], 3.0);
    assert_eq!(uniform_filter(&z, &[3]).unwrap()[()], 3.0);
    assert_eq!(laplace(&z).unwrap()[()], 3.0);
    assert_eq!(correlate(&z, &Array0::from_elem((), 2.0)).unwrap()[()], 6.0);
    invalid(correlate1d(&z, &[1.0]));
    invalid(sobel(&z));
}

#[test]
fn nan_inputs_spread_but_never_panic() {
    let a = array![1.0, f64::NAN, 3.0, 4.0, 5.0];
    let g = gaussian_filter1d(&a, 1.0).unwrap();
    assert!(g.iter().all(|v| v.is_nan()));
    let u = uniform_filter1d(&a, 2).unwrap();
    assert!(u[0] == 1.0 && u[1].is_nan());
    // Zero weights of the N-D correlation are skipped, as in SciPy.
    let c = correlate(&a, &array![0.0, 1.0, 0.0]).unwrap();
    assert_eq!(c[0], 1.0);
    assert!(c[1].is_nan());
    let i = gaussian_filter(&array![1u8, 2, 3], &[1.0]).unwrap();
    assert_eq!(i.len(), 3);
}

#[test]
fn integer_outputs_truncate_and_wrap_as_scipy() {
    // SciPy: correlate1d(uint8 [1, 2, 3], [-1.5, 0, 0]) = [255, 255, 253].
    let out = correlate1d(&array![1u8, 2, 3], &[-1.5, 0.0, 0.0]).unwrap();
    assert_eq!(out, array![255, 255, 253]);
    let out = correlate1d(&array![100u8, 200, 100], &[1.0, 1.0, 1.0]).unwrap();
    assert_eq!(out, array![144, 144, 144]);
    // cval stays a float on integer inputs.
    let c = Filter1dOptions::default().mode(Mode::Constant).cval(0.5);
    assert_eq!(
        correlate1d_with(&array![1u8, 2, 3], &[1.0, 1.0, 1.0], &c).unwrap(),
        array![3, 6, 5]
    );
}

#[test]
fn scipy_documentation_examples() {
    // correlate1d / convolve1d.
    let x = array![2.0, 8.0, 0.0, 4.0, 1.0, 9.0, 9.0, 0.0];
    assert_eq!(
        correlate1d(&x, &[1.0, 3.0]).unwrap(),
        array![8.0, 26.0, 8.0, 12.0, 7.0, 28.0, 36.0, 9.0]
    );
    assert_eq!(
        convolve1d(&x, &[1.0, 3.0]).unwrap(),
        array![14.0, 24.0, 4.0, 13.0, 12.0, 36.0, 27.0, 0.0]
    );
    // convolve with mode constant.
    let a = array![
        [1.0, 2.0, 0.0, 0.0],
        [5.0, 3.0, 0.0, 4.0],
        [0.0, 0.0, 0.0, 7.0],
        [9.0, 3.0, 0.0, 0.0]
    ];
    let k = array![[1.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 0.0, 0.0]];
    let c = convolve_with(&a, &k, &FilterOptions::default().mode(Mode::Constant)).unwrap();
    assert_eq!(
        c,
        array![
            [11.0, 10.0, 7.0, 4.0],
            [10.0, 3.0, 11.0, 11.0],
            [15.0, 12.0, 14.0, 7.0],
            [12.0, 3.0, 7.0, 0.0]
        ]
    );
    // gaussian_filter1d.
    let g = gaussian_filter1d(&array![1.0f64, 2.0, 3.0, 4.0, 5.0], 4.0).unwrap();
    let want = [2.91948343, 2.95023502, 3.0, 3.04976498, 3.08051657];
    for (a, b) in g.iter().zip(want) {
        assert!((a - b).abs() < 1e-8);
    }
    // uniform_filter1d.
    let u = uniform_filter1d(&array![2i64, 8, 0, 4, 1, 9, 9, 0], 3).unwrap();
    assert_eq!(u, array![4, 3, 4, 1, 4, 6, 6, 3]);
}

#[test]
fn dynamic_dimension_inputs_work() {
    let a = Array::from_shape_fn(IxDyn(&[3, 4, 2]), |i| (i[0] * 8 + i[1] * 2 + i[2]) as f64);
    let g = gaussian_filter(&a, &[1.0]).unwrap();
    assert_eq!(g.shape(), &[3, 4, 2]);
    let c = correlate(&a, &Array::from_elem(IxDyn(&[1, 1, 1]), 2.0)).unwrap();
    assert_eq!(c, a.mapv(|v| 2.0 * v));
}
