//! Golden tests against SciPy 1.17.1 (`xtask/golden/fft.py`): every transform, every `norm`,
//! power-of-two, prime and highly composite lengths, every axis of 3-D inputs, fftpack's
//! conventions. Tolerance: 1e-13 relative, norm-wise (the bound); 1e-12 for the
//! pseudo-differential operators (their kernels such as coth(h k) amplify rounding), 1e-5 for
//! single precision.

mod common;

use common::{
    Golden, Input, RTOL, assert_normwise, dct_options, dctn_options, fft_options, fftn_options,
};
use sci_core::Complex64;
use sci_core::ndarray::ArrayD;
use sci_core::testing::Case;
use sci_fft::{self as f, fftpack};

fn expected_c(case: &Case) -> ArrayD<Complex64> {
    case.expected.array::<Complex64>("y")
}

fn expected_r(case: &Case) -> ArrayD<f64> {
    case.expected.array::<f64>("y")
}

/// Runs a complex-input, complex-output call on either kind of input.
macro_rules! on_input {
    ($g:expr, $case:expr, |$x:ident| $call:expr) => {
        match $g.input($case) {
            Input::Real($x) => $call,
            Input::Complex($x) => $call,
            _ => panic!("{}: single precision input", $case.name),
        }
    };
}

#[test]
fn complex_transforms_match_scipy() {
    let g = Golden::load("c2c");
    let mut count = 0;
    for case in g.calls() {
        let a = &case.args;
        let y = match a.str("func") {
            "fft" => on_input!(g, case, |x| f::fft(&x, &fft_options(a))),
            "ifft" => on_input!(g, case, |x| f::ifft(&x, &fft_options(a))),
            "fftn" => on_input!(g, case, |x| f::fftn(&x, &fftn_options(a))),
            "ifftn" => on_input!(g, case, |x| f::ifftn(&x, &fftn_options(a))),
            "fft2" => on_input!(g, case, |x| f::fft2(&x, &fftn_options(a))),
            "ifft2" => on_input!(g, case, |x| f::ifft2(&x, &fftn_options(a))),
            other => panic!("unknown func {other}"),
        }
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_normwise(&case.name, &y, &expected_c(case), RTOL);
        count += 1;
    }
    assert!(count > 250, "{count} cases");
}

#[test]
fn real_transforms_match_scipy() {
    let g = Golden::load("real");
    for case in g.calls() {
        let a = &case.args;
        match a.str("func") {
            "rfft" | "rfftn" | "rfft2" => {
                let Input::Real(x) = g.input(case) else {
                    panic!("{}", case.name)
                };
                let y = match a.str("func") {
                    "rfft" => f::rfft(&x, &fft_options(a)),
                    "rfftn" => f::rfftn(&x, &fftn_options(a)),
                    _ => f::rfft2(&x, &fftn_options(a)),
                }
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
                assert_normwise(&case.name, &y, &expected_c(case), RTOL);
            }
            func => {
                let y = match func {
                    "irfft" => on_input!(g, case, |x| f::irfft(&x, &fft_options(a))),
                    "irfftn" => on_input!(g, case, |x| f::irfftn(&x, &fftn_options(a))),
                    "irfft2" => on_input!(g, case, |x| f::irfft2(&x, &fftn_options(a))),
                    other => panic!("unknown func {other}"),
                }
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
                assert_normwise(&case.name, &y, &expected_r(case), RTOL);
            }
        }
    }
}

#[test]
fn hermitian_transforms_match_scipy() {
    let g = Golden::load("hermitian");
    for case in g.calls() {
        let a = &case.args;
        match a.str("func") {
            "ihfft" | "ihfftn" | "ihfft2" => {
                let Input::Real(x) = g.input(case) else {
                    panic!("{}", case.name)
                };
                let y = match a.str("func") {
                    "ihfft" => f::ihfft(&x, &fft_options(a)),
                    "ihfftn" => f::ihfftn(&x, &fftn_options(a)),
                    _ => f::ihfft2(&x, &fftn_options(a)),
                }
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
                assert_normwise(&case.name, &y, &expected_c(case), RTOL);
            }
            func => {
                let y = match func {
                    "hfft" => on_input!(g, case, |x| f::hfft(&x, &fft_options(a))),
                    "hfftn" => on_input!(g, case, |x| f::hfftn(&x, &fftn_options(a))),
                    "hfft2" => on_input!(g, case, |x| f::hfft2(&x, &fftn_options(a))),
                    other => panic!("unknown func {other}"),
                }
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
                assert_normwise(&case.name, &y, &expected_r(case), RTOL);
            }
        }
    }
}

#[test]
fn cosine_and_sine_transforms_match_scipy() {
    let g = Golden::load("r2r");
    let mut count = 0;
    for case in g.calls() {
        let a = &case.args;
        let Input::Real(x) = g.input(case) else {
            panic!("{}", case.name)
        };
        let y = match a.str("func") {
            "dct" => f::dct(&x, &dct_options(a)),
            "idct" => f::idct(&x, &dct_options(a)),
            "dst" => f::dst(&x, &dct_options(a)),
            "idst" => f::idst(&x, &dct_options(a)),
            "dctn" => f::dctn(&x, &dctn_options(a)),
            "idctn" => f::idctn(&x, &dctn_options(a)),
            "dstn" => f::dstn(&x, &dctn_options(a)),
            "idstn" => f::idstn(&x, &dctn_options(a)),
            other => panic!("unknown func {other}"),
        }
        .unwrap_or_else(|e| panic!("{}: {e}", case.name));
        assert_normwise(&case.name, &y, &expected_r(case), RTOL);
        count += 1;
    }
    assert!(count > 1500, "{count} cases");
}

#[test]
fn helpers_match_scipy() {
    let g = Golden::load("helpers");
    for case in g.calls() {
        let a = &case.args;
        match a.str("func") {
            "fftfreq" | "rfftfreq" | "fftpack.rfftfreq" => {
                let (n, d) = (a.usize("n"), a.f64("d"));
                let y = match a.str("func") {
                    "fftfreq" => f::fftfreq(n, d).unwrap(),
                    "rfftfreq" => f::rfftfreq(n, d).unwrap(),
                    _ => fftpack::rfftfreq(n, d),
                };
                // Frequencies are one multiplication (or division) each: bit for bit.
                assert_eq!(y.into_dyn(), expected_r(case), "{}", case.name);
            }
            "fftshift" | "ifftshift" => {
                let Input::Real(x) = g.input(case) else {
                    panic!("{}", case.name)
                };
                let axes: Option<Vec<isize>> = a
                    .has("axes")
                    .then(|| a.f64_list("axes").into_iter().map(|v| v as isize).collect());
                let y = if a.str("func") == "fftshift" {
                    f::fftshift(&x, axes.as_deref())
                } else {
                    f::ifftshift(&x, axes.as_deref())
                }
                .unwrap();
                assert_eq!(y, expected_r(case), "{}", case.name);
            }
            _ => {
                // "fast lengths": a table per target.
                for t in a.str_list("targets") {
                    let target: usize = t.parse().unwrap();
                    let want: Vec<usize> = case
                        .expected
                        .f64_list(t)
                        .into_iter()
                        .map(|v| v as usize)
                        .collect();
                    let got = vec![
                        f::next_fast_len(target, false).unwrap(),
                        f::next_fast_len(target, true).unwrap(),
                        f::prev_fast_len(target, false).unwrap(),
                        f::prev_fast_len(target, true).unwrap(),
                        fftpack::next_fast_len(target).unwrap(),
                    ];
                    assert_eq!(got, want, "target {target}");
                }
            }
        }
    }
}

#[test]
fn fftpack_matches_scipy() {
    let g = Golden::load("fftpack");
    let mut count = 0;
    for case in g.calls() {
        let a = &case.args;
        let func = a.str("func").trim_start_matches("fftpack.");
        let input = g.input(case);
        match (func, input) {
            ("fft" | "ifft" | "fft2" | "ifft2" | "fftn" | "ifftn", Input::Complex(x)) => {
                let y = match func {
                    "fft" => fftpack::fft(&x, &fft_options(a)),
                    "ifft" => fftpack::ifft(&x, &fft_options(a)),
                    "fft2" => fftpack::fft2(&x, &fftn_options(a)),
                    "ifft2" => fftpack::ifft2(&x, &fftn_options(a)),
                    "fftn" => fftpack::fftn(&x, &fftn_options(a)),
                    _ => fftpack::ifftn(&x, &fftn_options(a)),
                }
                .unwrap();
                assert_normwise(&case.name, &y, &expected_c(case), RTOL);
            }
            ("rfft" | "irfft", Input::Real(x)) => {
                let y = if func == "rfft" {
                    fftpack::rfft(&x, &fft_options(a))
                } else {
                    fftpack::irfft(&x, &fft_options(a))
                }
                .unwrap();
                assert_normwise(&case.name, &y, &expected_r(case), RTOL);
            }
            ("dct" | "idct" | "dst" | "idst", Input::Real(x)) => {
                let o = dct_options(a);
                let y = match func {
                    "dct" => fftpack::dct(&x, &o),
                    "idct" => fftpack::idct(&x, &o),
                    "dst" => fftpack::dst(&x, &o),
                    _ => fftpack::idst(&x, &o),
                }
                .unwrap();
                assert_normwise(&case.name, &y, &expected_r(case), RTOL);
            }
            ("dctn" | "idctn" | "dstn" | "idstn", Input::Real(x)) => {
                let o = dctn_options(a);
                let y = match func {
                    "dctn" => fftpack::dctn(&x, &o),
                    "idctn" => fftpack::idctn(&x, &o),
                    "dstn" => fftpack::dstn(&x, &o),
                    _ => fftpack::idstn(&x, &o),
                }
                .unwrap();
                assert_normwise(&case.name, &y, &expected_r(case), RTOL);
            }
            (_, Input::Real(x)) => {
                let x = x.into_dimensionality::<sci_core::ndarray::Ix1>().unwrap();
                let y = pseudo_diff(func, case, &x.to_vec()).into_dyn();
                // 1e-12: kernels like coth(h k) and 1/sinh(b k) amplify rounding.
                assert_normwise(&case.name, &y, &expected_r(case), 1e-12);
            }
            (_, Input::Complex(x)) => {
                let x = x.into_dimensionality::<sci_core::ndarray::Ix1>().unwrap();
                let y = pseudo_diff(func, case, &x.to_vec()).into_dyn();
                assert_normwise(&case.name, &y, &expected_c(case), 1e-12);
            }
            (other, _) => panic!("unexpected case {other}"),
        }
        count += 1;
    }
    assert!(count > 400, "{count} cases");
}

/// Calls the pseudo-differential operator `func` with the case's parameters.
fn pseudo_diff<A: fftpack::PseudoDiffInput>(
    func: &str,
    case: &Case,
    x: &[A],
) -> sci_core::ndarray::Array1<A> {
    let a = &case.args;
    let period = a.has("period").then(|| a.f64("period"));
    match func {
        "diff" => fftpack::diff(x, a.i64("order") as i32, period),
        "tilbert" => fftpack::tilbert(x, a.f64("h"), period),
        "itilbert" => fftpack::itilbert(x, a.f64("h"), period),
        "hilbert" => fftpack::hilbert(x),
        "ihilbert" => fftpack::ihilbert(x),
        "cs_diff" => fftpack::cs_diff(x, a.f64("a"), a.f64("b"), period),
        "sc_diff" => fftpack::sc_diff(x, a.f64("a"), a.f64("b"), period),
        "ss_diff" => fftpack::ss_diff(x, a.f64("a"), a.f64("b"), period),
        "cc_diff" => fftpack::cc_diff(x, a.f64("a"), a.f64("b"), period),
        "shift" => fftpack::shift(x, a.f64("a"), period),
        other => panic!("unknown func {other}"),
    }
    .unwrap_or_else(|e| panic!("{}: {e}", case.name))
}

#[test]
fn single_precision_matches_scipy() {
    let g = Golden::load("single");
    // Single precision: 1e-5 relative, norm-wise (a few hundred f32 epsilons).
    let tol = 1e-5;
    for case in g.calls() {
        let a = &case.args;
        match (a.str("func"), g.input(case)) {
            ("fft", Input::Complex32(x)) => {
                let y = f::fft(&x, &fft_options(a)).unwrap();
                let e = case.expected.array::<sci_core::num_complex::Complex32>("y");
                assert_normwise(&case.name, &y, &e, tol);
            }
            ("fft", Input::Real32(x)) => {
                let y = f::fft(&x, &fft_options(a)).unwrap();
                let e = case.expected.array::<sci_core::num_complex::Complex32>("y");
                assert_normwise(&case.name, &y, &e, tol);
            }
            ("rfft", Input::Real32(x)) => {
                let y = f::rfft(&x, &fft_options(a)).unwrap();
                let e = case.expected.array::<sci_core::num_complex::Complex32>("y");
                assert_normwise(&case.name, &y, &e, tol);
            }
            ("dct", Input::Real32(x)) => {
                let y = f::dct(&x, &dct_options(a)).unwrap();
                let e = case.expected.array::<f32>("y");
                assert_normwise(&case.name, &y, &e, tol);
            }
            (other, _) => panic!("unexpected case {other}"),
        }
    }
}

#[test]
fn fast_hankel_transform_matches_scipy() {
    let g = Golden::load("fht");
    // 1e-12: the coefficients exp(loggamma(...)) carry the log-gamma's own rounding.
    let tol = 1e-12;
    for case in g.calls() {
        let a = &case.args;
        let (dln, mu) = (a.f64("dln"), a.f64("mu"));
        match a.str("func") {
            "fhtoffset" => {
                let got = f::fhtoffset(dln, mu, a.f64("initial"), a.f64("bias"));
                let want = case.expected.f64("y");
                assert!(
                    (got - want).abs() <= tol * want.abs().max(dln),
                    "{}: {got} vs {want}",
                    case.name
                );
            }
            func => {
                let Input::Real(x) = g.input(case) else {
                    panic!("{}", case.name)
                };
                let o = f::FhtOptions::default()
                    .offset(a.f64("offset"))
                    .bias(a.f64("bias"));
                let y = if func == "fht" {
                    f::fht(&x, dln, mu, &o)
                } else {
                    f::ifht(&x, dln, mu, &o)
                }
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
                assert_normwise(&case.name, &y, &expected_r(case), tol);
            }
        }
    }
}
