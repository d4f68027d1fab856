//! Error paths and degenerate inputs of the Fourier filters.

use ndarray::{Array1, Array2, Array4};
use sci_core::{Complex64, Error};
use sci_ndimage::fourier::*;

fn invalid<T: std::fmt::Debug>(r: Result<T, Error>) {
    assert!(matches!(r, Err(Error::InvalidArgument { .. })), "{r:?}");
}

#[test]
fn bad_arguments_are_errors() {
    let a = Array2::from_elem((3, 4), Complex64::new(1.0, 0.0));
    invalid(fourier_gaussian(&a, &[-1.0]));
    invalid(fourier_gaussian(&a, &[f64::NAN]));
    invalid(fourier_gaussian(&a, &[1.0, 2.0, 3.0]));
    invalid(fourier_uniform(&a, &[f64::NAN]));
    invalid(fourier_shift(&a, &[f64::INFINITY]));
    invalid(fourier_shift(&a, &[1.0, 2.0, 3.0]));
    invalid(fourier_gaussian_with(
        &a,
        &[1.0],
        &FourierOptions::default().n(0),
    ));
    invalid(fourier_uniform_with(
        &a,
        &[1.0],
        &FourierOptions::default().n(4).axis(2),
    ));
    invalid(fourier_ellipsoid(
        &Array4::<f64>::ones((2, 2, 2, 2)),
        &[1.0],
    ));
}

#[test]
fn empty_and_one_element_inputs() {
    let e = Array1::<Complex64>::zeros(0);
    assert_eq!(fourier_gaussian(&e, &[1.0]).unwrap().len(), 0);
    assert_eq!(fourier_shift(&e, &[1.0]).unwrap().len(), 0);
    assert_eq!(fourier_ellipsoid(&e, &[1.0]).unwrap().len(), 0);
    let one = Array1::from_elem(1, Complex64::new(2.0, -1.0));
    // The zero frequency is left alone by every filter.
    assert_eq!(fourier_gaussian(&one, &[5.0]).unwrap()[0], one[0]);
    assert_eq!(fourier_uniform(&one, &[5.0]).unwrap()[0], one[0]);
    assert_eq!(fourier_ellipsoid(&one, &[5.0]).unwrap()[0], one[0]);
    assert_eq!(fourier_shift(&one, &[5.0]).unwrap()[0], one[0]);
}

#[test]
fn float32_inputs_keep_their_type() {
    let a = Array1::<f32>::ones(4);
    let g: Array1<f32> = fourier_gaussian(&a, &[1.0]).unwrap();
    assert_eq!(g[0], 1.0);
    assert!(g[2] < g[1]);
    let s: Array1<Complex64> = fourier_shift(&a, &[1.0]).unwrap();
    assert!((s[2].re + 1.0).abs() < 1e-12);
}
