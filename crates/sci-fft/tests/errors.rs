//! Error paths: every invalid input gives an `Error`, never a panic, and the error names what
//! was wrong (as SciPy raises).

use sci_core::Error;
use sci_core::ndarray::{Array1, Array2, Array3};
use sci_fft::*;

fn invalid(r: Result<impl std::fmt::Debug, Error>, name: &str) {
    match r {
        Err(Error::InvalidArgument { name: n, .. }) => assert_eq!(n, name),
        other => panic!("expected InvalidArgument({name}), got {other:?}"),
    }
}

#[test]
fn empty_input_without_n() {
    let empty: [f64; 0] = [];
    assert!(matches!(
        fft(&empty, &FftOptions::default()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        rfft(&empty, &FftOptions::default()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        dct(&empty, &DctOptions::default()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(
        fftn(&Array2::<f64>::zeros((0, 3)), &FftnOptions::default()),
        Err(Error::EmptyInput { .. })
    ));
    // With n, SciPy zero-pads an empty input.
    assert_eq!(fft(&empty, &FftOptions::default().n(3)).unwrap().len(), 3);
    assert!(matches!(
        fftpack::hilbert(&empty),
        Err(Error::EmptyInput { .. })
    ));
}

#[test]
fn n_and_s_must_be_positive() {
    invalid(fft(&[1.0], &FftOptions::default().n(0)), "n");
    invalid(irfft(&[1.0, 2.0], &FftOptions::default().n(0)), "n");
    invalid(
        fftn(
            &Array2::<f64>::ones((2, 2)),
            &FftnOptions::default().s([2, 0]),
        ),
        "s",
    );
    invalid(
        dctn(&Array2::<f64>::ones((2, 2)), &DctnOptions::default().s([0])),
        "s",
    );
    // irfft's default n = 2 (m - 1) is 0 for one input term.
    invalid(irfft(&[1.0], &FftOptions::default()), "n");
    invalid(hfft(&[1.0], &FftOptions::default()), "n");
}

#[test]
fn axes_out_of_range_or_repeated() {
    let x = Array2::<f64>::ones((2, 3));
    invalid(fft(&x, &FftOptions::default().axis(2)), "axis");
    invalid(fft(&x, &FftOptions::default().axis(-3)), "axis");
    invalid(fftn(&x, &FftnOptions::default().axes([0, 5])), "axes");
    invalid(fftn(&x, &FftnOptions::default().axes([1, -1])), "axes");
    invalid(
        fft2(&Array1::<f64>::ones(4), &FftnOptions::default()),
        "axes",
    );
    invalid(fftshift(&x, Some(&[3])), "axis");
    invalid(dct(&x, &DctOptions::default().axis(7)), "axis");
    invalid(
        rfftn(&x, &FftnOptions::default().axes(Vec::<isize>::new())),
        "axes",
    );
}

#[test]
fn s_and_axes_must_agree() {
    let x = Array3::<f64>::ones((2, 3, 4));
    assert!(matches!(
        fftn(&x, &FftnOptions::default().s([2, 3]).axes([0])),
        Err(Error::ShapeMismatch { .. })
    ));
    invalid(fftn(&x, &FftnOptions::default().s([1, 2, 3, 4])), "s");
    assert!(matches!(
        irfftn(&x, &FftnOptions::default().s([2]).axes([0, 1])),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn dct_types_and_lengths() {
    invalid(dct(&[1.0, 2.0], &DctOptions::default().r#type(5)), "type");
    invalid(
        dstn(
            &Array2::<f64>::ones((2, 2)),
            &DctnOptions::default().r#type(0),
        ),
        "type",
    );
    invalid(dct(&[1.0], &DctOptions::default().r#type(1)), "n");
    invalid(
        fftpack::idct(&[1.0, 2.0], &DctOptions::default().r#type(9)),
        "type",
    );
    // DST-I of one point is defined.
    assert!(dst(&[1.0], &DctOptions::default().r#type(1)).is_ok());
}

#[test]
fn workers_follow_scipy() {
    invalid(
        fft(&[1.0, 2.0], &FftOptions::default().workers(0)),
        "workers",
    );
    invalid(
        fft(&[1.0, 2.0], &FftOptions::default().workers(-100_000)),
        "workers",
    );
    assert!(fft(&[1.0, 2.0], &FftOptions::default().workers(-1)).is_ok());
    assert!(fft(&[1.0, 2.0], &FftOptions::default().workers(3)).is_ok());
}

#[test]
fn helpers_and_norm_strings() {
    invalid(fftfreq(0, 1.0), "n");
    invalid(fftfreq(4, 0.0), "d");
    invalid(rfftfreq(0, 1.0), "n");
    invalid(next_fast_len(usize::MAX, false), "target");
    invalid(prev_fast_len(usize::MAX / 2, true), "target");
    invalid("unitary".parse::<Norm>(), "norm");
    invalid(fftpack::diff(&[1.0, 2.0], 1, Some(0.0)), "period");
}
