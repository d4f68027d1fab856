//! Golden tests of the Fourier filters against SciPy 1.17.1 (fixture `fourier`, made by
//! `xtask/golden/ndimage/fourier.py`): each filter on numpy's `fftn` (`n = -1`) and `rfft`
//! (`n` = the signal's length, along each axis) outputs of 1-D, 2-D and 3-D arrays, and on
//! real inputs. Tolerance: 1e-12 relative to the largest magnitude of the expected array
//! (closed forms; `exp`, `sin`, `cos` and `J1` may differ from SciPy's by an ulp or two).
//! A round trip through sci-fft checks that `fourier_shift` moves a signal.

mod common;

use common::fixture;
use ndarray::{Array1, ArrayD};
use sci_core::Complex64;
use sci_core::testing::Case;
use sci_ndimage::fourier::*;

fn run<T: FourierElement>(case: &Case, a: &ArrayD<T>) -> ArrayD<Complex64> {
    let p = case.args.f64_list("param");
    let o = FourierOptions::default()
        .n(case.args.i64("n") as isize)
        .axis(case.args.i64("axis") as isize);
    let r = match case.args.str("func") {
        "fourier_gaussian" => fourier_gaussian_with(a, &p, &o).map(|x| x.mapv(T::to_complex)),
        "fourier_uniform" => fourier_uniform_with(a, &p, &o).map(|x| x.mapv(T::to_complex)),
        "fourier_ellipsoid" => fourier_ellipsoid_with(a, &p, &o).map(|x| x.mapv(T::to_complex)),
        "fourier_shift" => fourier_shift_with(a, &p, &o),
        f => panic!("unknown function {f}"),
    };
    r.unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

#[test]
fn every_fourier_filter_matches_scipy() {
    let fx = fixture("fourier");
    let mut n = 0;
    for case in &fx.cases {
        let real = case.args.bool("real");
        let got = if real {
            run(case, &case.args.array::<f64>("input"))
        } else {
            run(case, &case.args.array::<Complex64>("input"))
        };
        let want: ArrayD<Complex64> = if real && case.args.str("func") != "fourier_shift" {
            case.expected
                .array::<f64>("out")
                .mapv(|v| Complex64::new(v, 0.0))
        } else {
            case.expected.array::<Complex64>("out")
        };
        assert_eq!(got.shape(), want.shape(), "{}", case.name);
        let scale = want.iter().fold(0.0f64, |m, v| m.max(v.norm()));
        for (g, w) in got.iter().zip(want.iter()) {
            assert!((g - w).norm() <= 1e-12 * scale, "{}: {g} vs {w}", case.name);
        }
        n += 1;
    }
    assert_eq!(n, 104);
}

#[test]
fn fourier_shift_through_sci_fft_moves_the_signal() {
    let x = Array1::from_shape_fn(8, |i| (i * i % 5) as f64);
    let spec = sci_fft::fft(&x, &sci_fft::FftOptions::default()).unwrap();
    let shifted = fourier_shift(&spec, &[3.0]).unwrap();
    let back = sci_fft::ifft(&shifted, &sci_fft::FftOptions::default()).unwrap();
    for i in 0..8 {
        assert!((back[(i + 3) % 8].re - x[i]).abs() < 1e-12);
        assert!(back[i].im.abs() < 1e-12);
    }
}

#[test]
fn fourier_gaussian_on_a_real_fft_matches_a_complex_one() {
    let x = Array1::from_shape_fn(10, |i| ((i * 7) % 4) as f64 - 1.5);
    let o = sci_fft::FftOptions::default();
    let full = fourier_gaussian(&sci_fft::fft(&x, &o).unwrap(), &[1.2]).unwrap();
    let half = fourier_gaussian_with(
        &sci_fft::rfft(&x, &o).unwrap(),
        &[1.2],
        &FourierOptions::default().n(10),
    )
    .unwrap();
    for k in 0..6 {
        assert!((full[k] - half[k]).norm() < 1e-12);
    }
}
