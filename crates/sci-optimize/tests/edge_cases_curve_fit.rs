//! Edge cases of `curve_fit`: mismatched or empty data, non-finite data and `nan_policy`,
//! bad `sigma`, `lm` with bounds or too few points, a failed fit (SciPy's RuntimeError).

use sci_core::Error;
use sci_core::ndarray::array;
use sci_optimize::{
    Bounds, CurveFitOptions, LsqMethod, NanPolicy, Sigma, curve_fit, curve_fit_with,
};

fn line(x: f64, p: &[f64]) -> f64 {
    p[0] * x + p[1]
}

#[test]
fn shape_and_emptiness_errors() {
    let r = curve_fit(line, &[1.0, 2.0], &[1.0], &[1.0, 1.0]);
    assert!(matches!(r, Err(Error::ShapeMismatch { .. })));
    let r = curve_fit(line, &[] as &[f64], &[] as &[f64], &[1.0, 1.0]);
    assert!(matches!(r, Err(Error::EmptyInput { .. })));
    let r = curve_fit(line, &[1.0, 2.0], &[1.0, 2.0], &[] as &[f64]);
    assert!(matches!(r, Err(Error::EmptyInput { .. })));
    // lm needs at least as many points as parameters.
    let r = curve_fit(line, &[1.0, 2.0], &[1.0, 2.0], &[1.0, 1.0, 1.0]);
    assert!(matches!(r, Err(Error::InvalidArgument { .. })));
}

#[test]
fn non_finite_data_and_nan_policy() {
    let x = [0.0, 1.0, 2.0, 3.0, 4.0];
    let y = [1.0, 3.0, f64::NAN, 7.0, 9.0];
    assert!(matches!(
        curve_fit(line, &x, &y, &[1.0, 1.0]),
        Err(Error::NonFinite { .. })
    ));
    let raise = CurveFitOptions::default().nan_policy(NanPolicy::Raise);
    assert!(matches!(
        curve_fit_with(line, &x, &y, &[1.0, 1.0], raise),
        Err(Error::NonFinite { .. })
    ));
    let prop = CurveFitOptions::default().nan_policy(NanPolicy::Propagate);
    assert!(matches!(
        curve_fit_with(line, &x, &y, &[1.0, 1.0], prop),
        Err(Error::InvalidArgument { .. })
    ));
    let omit = CurveFitOptions::default().nan_policy(NanPolicy::Omit);
    let fit = curve_fit_with(line, &x, &y, &[1.0, 1.0], omit).unwrap();
    assert!((fit.popt[0] - 2.0).abs() < 1e-8 && (fit.popt[1] - 1.0).abs() < 1e-8);
}

#[test]
fn bad_sigma_and_method_combinations() {
    let x = [0.0, 1.0, 2.0, 3.0];
    let y = [1.0, 3.1, 4.9, 7.0];
    let o = CurveFitOptions::default().sigma(Sigma::Weights(array![1.0, 1.0]));
    assert!(matches!(
        curve_fit_with(line, &x, &y, &[1.0, 1.0], o),
        Err(Error::ShapeMismatch { .. })
    ));
    let o = CurveFitOptions::default().sigma(Sigma::Covariance(-sci_core::ndarray::Array2::eye(4)));
    assert!(matches!(
        curve_fit_with(line, &x, &y, &[1.0, 1.0], o),
        Err(Error::InvalidArgument { .. })
    ));
    let o = CurveFitOptions::default()
        .method(LsqMethod::Lm)
        .bounds(Bounds::uniform(2, 0.0, 10.0));
    assert!(matches!(
        curve_fit_with(line, &x, &y, &[1.0, 1.0], o),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn failed_fit_is_an_error_as_scipys_runtime_error() {
    let x: Vec<f64> = (0..20).map(|i| i as f64).collect();
    let y: Vec<f64> = x.iter().map(|t| (0.3 * t).sin() * 5.0).collect();
    let model = |t: f64, p: &[f64]| p[0] * (p[1] * t).sin();
    let o = CurveFitOptions::default().max_nfev(4);
    assert!(matches!(
        curve_fit_with(model, &x, &y, &[1.0, 0.1], o),
        Err(Error::DidNotConverge { .. })
    ));
    let o = CurveFitOptions::default()
        .method(LsqMethod::Trf)
        .max_nfev(2);
    assert!(matches!(
        curve_fit_with(model, &x, &y, &[1.0, 0.1], o),
        Err(Error::DidNotConverge { .. })
    ));
}

#[test]
fn as_many_points_as_parameters_gives_inf_pcov() {
    let fit = curve_fit(line, &[0.0, 1.0], &[1.0, 3.0], &[0.0, 0.0]).unwrap();
    assert!((fit.popt[0] - 2.0).abs() < 1e-8);
    assert!(fit.pcov_warning && fit.pcov.iter().all(|v| v.is_infinite()));
}

#[test]
fn user_jacobian_is_used_and_whitened() {
    let x = [0.0, 1.0, 2.0, 3.0, 4.0];
    let y = [1.1, 2.9, 5.2, 6.8, 9.1];
    let sig = Sigma::Weights(array![0.1, 0.2, 0.1, 0.3, 0.1]);
    let jac = |x: &[f64], _p: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<'_, f64>| {
        for (i, t) in x.iter().enumerate() {
            j[[i, 0]] = *t;
            j[[i, 1]] = 1.0;
        }
    };
    for method in [LsqMethod::Lm, LsqMethod::Trf] {
        let fd = curve_fit_with(
            line,
            &x,
            &y,
            &[1.0, 1.0],
            CurveFitOptions::default().method(method).sigma(sig.clone()),
        )
        .unwrap();
        let an = curve_fit_with(
            line,
            &x,
            &y,
            &[1.0, 1.0],
            CurveFitOptions::default()
                .method(method)
                .sigma(sig.clone())
                .jac(jac),
        )
        .unwrap();
        for (a, b) in fd.popt.iter().zip(&an.popt) {
            assert!((a - b).abs() < 1e-7);
        }
        for (a, b) in fd.pcov.iter().zip(&an.pcov) {
            assert!((a - b).abs() < 1e-6 * b.abs().max(1e-6));
        }
    }
}
