//! Golden tests of `curve_fit` against SciPy 1.17 (`xtask/golden/optimize/curve_fit.py`): the
//! tutorial's Alaska, linear, Gaussian and two-Gaussian fits (noisy data stored in the
//! fixture), 1-D weights with and without `absolute_sigma`, a 2-D covariance `sigma`, bounds
//! with `trf` and `dogbox`, a singular Jacobian and `nan_policy='omit'`. Counts printed side
//! by side (`--nocapture`).

use std::f64::consts::PI;

use sci_core::ndarray::{Array1, Array2};
use sci_core::testing::{Case, Fixture};
use sci_optimize::{Bounds, CurveFitOptions, LsqMethod, NanPolicy, Sigma, curve_fit_with};

fn model(name: &str) -> fn(f64, &[f64]) -> f64 {
    fn g(x: f64, a: f64, b: f64, c: f64) -> f64 {
        a * (-(x - b).powi(2) / (2.0 * c * c)).exp()
    }
    match name {
        "gauss" => |x, p| g(x, p[0], p[1], p[2]),
        "gauss2" => |x, p| g(x, p[0], p[1], p[2]) + g(x, p[3], p[4], p[5]),
        "line" => |x, p| p[0] * x + p[1],
        "alaska" => |t, p| p[0] + p[1] * ((t + p[2]) * 2.0 * PI / 12.0).cos(),
        "collinear" => |x, p| p[0] * x + 0.0 * p[1],
        other => panic!("unknown model {other}"),
    }
}

fn data(fx: &Fixture, name: &str) -> (Vec<f64>, Vec<f64>) {
    let c = fx.case(&format!("data {name}"));
    let ls = c.args.f64_list("linspace");
    let n = ls[2] as usize;
    let x = (0..n)
        .map(|i| ls[0] + (ls[1] - ls[0]) * i as f64 / (n - 1) as f64)
        .collect();
    (x, c.args.f64_list("y"))
}

fn matrix(c: &Case, key: &str) -> Array2<f64> {
    let rows = c.expected.get(key).as_array().unwrap().clone();
    let n = rows.len();
    Array2::from_shape_fn((n, n), |(i, j)| {
        let v = &rows[i].as_array().unwrap()[j];
        v.as_f64().unwrap_or_else(|| {
            assert_eq!(v.as_str(), Some("inf"));
            f64::INFINITY
        })
    })
}

#[test]
fn curve_fit_matches_scipy() {
    let fx = Fixture::load(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/curve_fit.json"
    ));
    println!(
        "{:<30} {:>6} {:>6} {:>4} {:>4}",
        "case", "nfev", "scipy", "ier", "sp"
    );
    for case in fx.cases.iter().filter(|c| !c.name.starts_with("data ")) {
        let a = &case.args;
        let (x, y) = data(&fx, a.str("data"));
        let mut opts = CurveFitOptions::default().full_output(true);
        if a.has("method") {
            opts = opts.method(match a.str("method") {
                "trf" => LsqMethod::Trf,
                "dogbox" => LsqMethod::Dogbox,
                _ => LsqMethod::Lm,
            });
        }
        if a.has("sigma") {
            let m = x.len();
            opts = opts.sigma(if a.str("sigma") == "ramp" {
                Sigma::Weights(x.iter().map(|t| 0.2 * (1.0 + 0.5 * t / 10.0)).collect())
            } else {
                Sigma::Covariance(Array2::from_shape_fn((m, m), |(i, j)| {
                    0.04 * 0.5f64.powf(i.abs_diff(j) as f64)
                }))
            });
        }
        if a.has("absolute_sigma") {
            opts = opts.absolute_sigma(a.bool("absolute_sigma"));
        }
        if a.has("bounds") {
            let b = a.get("bounds").as_array().unwrap();
            let v = |k: usize| -> Vec<f64> {
                b[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|t| t.as_f64().unwrap())
                    .collect()
            };
            opts = opts.bounds(Bounds::new(v(0), v(1)));
        }
        if a.has("nan_policy") {
            opts = opts.nan_policy(NanPolicy::Omit);
        }
        let fit = curve_fit_with(model(a.str("model")), &x, &y, &a.f64_list("p0"), opts).unwrap();
        let e = &case.expected;
        let info = fit.info.as_ref().unwrap();
        println!(
            "{:<30} {:>6} {:>6} {:>4} {:>4}",
            case.name,
            info.nfev,
            e.usize("nfev"),
            info.ier,
            e.i64("ier")
        );
        assert_eq!(fit.pcov_warning, e.bool("pcov_warning"), "{}", case.name);
        let pe = Array1::from(e.f64_list("popt"));
        let pcov_e = matrix(case, "pcov");
        if case.name.starts_with("singular") {
            // Only the determined parameter is compared.
        } else if fit.pcov_warning {
            assert!(fit.pcov.iter().all(|v| v.is_infinite()));
        } else {
            // Well-conditioned fits: popt to 1e-6 relative. pcov comes from a
            // finite-difference Jacobian at popt, whose last digits differ with popt's: 1e-4.
            for (p, q) in fit.popt.iter().zip(&pe) {
                assert!(
                    (p - q).abs() <= 1e-6 * q.abs().max(1e-2),
                    "{}: popt {} vs {pe}",
                    case.name,
                    fit.popt
                );
            }
            for (p, q) in fit.pcov.iter().zip(pcov_e.iter()) {
                let scale = pcov_e.diag().iter().fold(0.0f64, |m, v| m.max(v.abs()));
                assert!(
                    (p - q).abs() <= 1e-4 * q.abs() + 1e-6 * scale,
                    "{}: pcov {} vs {pcov_e}",
                    case.name,
                    fit.pcov
                );
            }
        }
        if case.name.starts_with("singular") {
            // The second parameter has no effect: lm cannot invert R (inf pcov), trf's
            // pseudo-inverse gives it zero covariance.
            assert!((fit.popt[0] - pe[0]).abs() < 1e-6 * pe[0].abs());
        }
        let (n1, n2) = (info.nfev, e.usize("nfev"));
        assert!(
            n1 <= 2 * n2 + 3 && 2 * n1 + 3 >= n2,
            "{}: nfev {n1} vs {n2}",
            case.name
        );
    }
}

#[test]
fn alaska_tutorial_numbers() {
    let months: Vec<f64> = (0..12).map(f64::from).collect();
    let tmax = [
        17.0, 19.0, 21.0, 28.0, 33.0, 38.0, 37.0, 37.0, 31.0, 23.0, 19.0, 18.0,
    ];
    let tmin = [
        -62.0, -59.0, -56.0, -46.0, -32.0, -18.0, -9.0, -13.0, -25.0, -46.0, -52.0, -58.0,
    ];
    let m = model("alaska");
    let hi = curve_fit_with(
        m,
        &months,
        &tmax,
        &[20.0, 10.0, 0.0],
        CurveFitOptions::default(),
    )
    .unwrap();
    let lo = curve_fit_with(
        m,
        &months,
        &tmin,
        &[-40.0, 20.0, 0.0],
        CurveFitOptions::default(),
    )
    .unwrap();
    // The tutorial prints these to 4 significant digits.
    for (got, want) in hi.popt.iter().zip([26.75, -10.93, 0.2765]) {
        assert!((got - want).abs() <= 6e-3 * want.abs(), "{got} vs {want}");
    }
    for (got, want) in lo.popt.iter().zip([-39.67, -25.58, -0.1560]) {
        assert!((got - want).abs() <= 6e-3 * want.abs(), "{got} vs {want}");
    }
}
