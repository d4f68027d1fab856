//! Properties of `curve_fit`: noise-free data of the model are recovered exactly by every
//! method, and scaling all `sigma` by a constant leaves `popt` and (relative) `pcov` alone.

use proptest::prelude::*;
use sci_core::ndarray::Array1;
use sci_optimize::{CurveFitOptions, LsqMethod, Sigma, curve_fit_with};

fn model(t: f64, p: &[f64]) -> f64 {
    p[0] * (-p[1] * t).exp() + p[2]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn exact_data_is_recovered(a in 0.5f64..3.0, k in 0.2f64..1.5, c in -1.0f64..1.0) {
        let x: Vec<f64> = (0..30).map(|i| i as f64 * 0.2).collect();
        let y: Vec<f64> = x.iter().map(|t| model(*t, &[a, k, c])).collect();
        for method in [LsqMethod::Lm, LsqMethod::Trf, LsqMethod::Dogbox] {
            let fit = curve_fit_with(model, &x, &y, &[1.0, 1.0, 0.0], CurveFitOptions::default().method(method)).unwrap();
            prop_assert!((fit.popt[0] - a).abs() < 1e-5 && (fit.popt[1] - k).abs() < 1e-5 && (fit.popt[2] - c).abs() < 1e-5,
                "{method:?}: {}", fit.popt);
        }
    }

    #[test]
    fn relative_sigma_is_scale_free(s in 0.01f64..100.0) {
        let x: Vec<f64> = (0..20).map(|i| i as f64 * 0.3).collect();
        let y: Vec<f64> = x.iter().enumerate().map(|(i, t)| model(*t, &[2.0, 0.7, 0.3]) + 0.01 * ((i * 7 % 5) as f64 - 2.0)).collect();
        let w: Array1<f64> = x.iter().map(|t| 1.0 + t).collect();
        let f1 = curve_fit_with(model, &x, &y, &[1.0, 1.0, 0.0], CurveFitOptions::default().sigma(Sigma::Weights(w.clone()))).unwrap();
        let f2 = curve_fit_with(model, &x, &y, &[1.0, 1.0, 0.0], CurveFitOptions::default().sigma(Sigma::Weights(w * s))).unwrap();
        for (a, b) in f1.popt.iter().zip(&f2.popt) { prop_assert!((a - b).abs() < 1e-6); }
        for (a, b) in f1.pcov.iter().zip(&f2.pcov) { prop_assert!((a - b).abs() < 1e-5 * a.abs().max(1e-8)); }
    }
}
