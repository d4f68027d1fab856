//! Property tests of the general matrix functions: `sin² + cos² = I`, `cosh² − sinh² = I`,
//! `tan · cos = sin` (real and complex); `sign(A)² = I` and `sign(A) A = A sign(A)`;
//! `funm(A, exp) = expm(A)`; the Fréchet derivative against the central difference
//! `(e^{A+hE} − e^{A−hE}) / 2h` and against the block method; `expm_cond` against its
//! definition `max_E ||L(A, E)||_F / ||E||_F · ||A||_F / ||e^A||_F` with the derivatives of
//! the block method. Sizes n ≤ 6, norms ≤ 2 (tolerances in each test).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::Array2;
use sci_linalg::{
    ExpmFrechetMethod, ExpmFrechetOptions, Scalar, coshm, cosm, expm, expm_cond,
    expm_frechet_derivative, expm_frechet_with, funm, inv, signm, sinhm, sinm, svdvals, tanm,
};

fn matrix(max: usize, scale: f64) -> impl Strategy<Value = Array2<f64>> {
    (1..=max).prop_flat_map(move |n| {
        prop::collection::vec(-1.0..1.0f64, n * n)
            .prop_map(move |v| Array2::from_shape_vec((n, n), v).unwrap() * (scale / n as f64))
    })
}

fn pair(max: usize, scale: f64) -> impl Strategy<Value = (Array2<f64>, Array2<f64>)> {
    (1..=max).prop_flat_map(move |n| {
        let entries = move || {
            prop::collection::vec(-1.0..1.0f64, n * n)
                .prop_map(move |v| Array2::from_shape_vec((n, n), v).unwrap() * (scale / n as f64))
        };
        (entries(), entries())
    })
}

fn frobenius<T: Scalar>(a: &Array2<T>) -> f64 {
    a.iter().map(|v| v.to_c64().norm_sqr()).sum::<f64>().sqrt()
}

fn distance<T: Scalar>(a: &Array2<T>, b: &Array2<T>) -> f64 {
    a.iter()
        .zip(b.iter())
        .map(|(x, y)| (x.to_c64() - y.to_c64()).norm_sqr())
        .sum::<f64>()
        .sqrt()
}

fn to_complex(a: &Array2<f64>, b: &Array2<f64>) -> Array2<Complex64> {
    Array2::from_shape_fn(a.dim(), |(i, j)| Complex64::new(a[[i, j]], b[[i, j]]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn trigonometric_identities_real(a in matrix(6, 2.0)) {
        let n = a.nrows();
        let (c, s) = (cosm(&a).unwrap(), sinm(&a).unwrap());
        let scale = 1.0 + frobenius(&c).powi(2) + frobenius(&s).powi(2);
        prop_assert!(distance(&(c.dot(&c) + s.dot(&s)), &Array2::eye(n)) < 1e-13 * scale);
        let (ch, sh) = (coshm(&a).unwrap(), sinhm(&a).unwrap());
        let scale = 1.0 + frobenius(&ch).powi(2) + frobenius(&sh).powi(2);
        prop_assert!(distance(&(ch.dot(&ch) - sh.dot(&sh)), &Array2::eye(n)) < 1e-13 * scale);
        if let Ok(t) = tanm(&a) {
            prop_assert!(distance(&c.dot(&t), &s) < 1e-12 * (1.0 + frobenius(&c) * frobenius(&t)));
        }
    }

    #[test]
    fn trigonometric_identities_complex((re, im) in pair(5, 1.5)) {
        let a = to_complex(&re, &im);
        let n = a.nrows();
        let (c, s) = (cosm(&a).unwrap(), sinm(&a).unwrap());
        let scale = 1.0 + frobenius(&c).powi(2) + frobenius(&s).powi(2);
        let one = Array2::from_diag_elem(n, Complex64::new(1.0, 0.0));
        prop_assert!(distance(&(c.dot(&c) + s.dot(&s)), &one) < 1e-13 * scale);
        let (ch, sh) = (coshm(&a).unwrap(), sinhm(&a).unwrap());
        let scale = 1.0 + frobenius(&ch).powi(2) + frobenius(&sh).powi(2);
        prop_assert!(distance(&(ch.dot(&ch) - sh.dot(&sh)), &one) < 1e-13 * scale);
    }

    /// `A = V D V⁻¹` with `V` near the identity and `|d_i| ≥ 0.5`: `sign(A) = V sign(D) V⁻¹`.
    #[test]
    fn sign_is_an_involution_commuting_with_a(
        r in matrix(6, 0.4),
        d in prop::collection::vec(0.5..2.0f64, 6),
        signs in prop::collection::vec(any::<bool>(), 6),
    ) {
        let n = r.nrows();
        let v = Array2::<f64>::eye(n) + &r;
        let dvals: Vec<f64> = (0..n).map(|i| if signs[i] { d[i] } else { -d[i] }).collect();
        let a = (&v * &sci_core::ndarray::Array1::from(dvals.clone())).dot(&inv(&v).unwrap());
        let s = signm(&a).unwrap();
        let s = s.as_real().expect("a real result for real input with real eigenvalues");
        let scale = 1.0 + frobenius(s).powi(2);
        prop_assert!(distance(&s.dot(s), &Array2::eye(n)) < 1e-10 * scale);
        prop_assert!(distance(&s.dot(&a), &a.dot(s)) < 1e-10 * scale * frobenius(&a));
        let expected = (&v * &sci_core::ndarray::Array1::from(
            dvals.iter().map(|x| x.signum()).collect::<Vec<_>>(),
        ))
        .dot(&inv(&v).unwrap());
        prop_assert!(distance(s, &expected) < 1e-10 * scale);
    }

    #[test]
    fn funm_of_exp_is_expm(a in matrix(6, 2.0)) {
        let r = funm(&a, |z| z.exp()).unwrap();
        let e = expm(&a).unwrap();
        let f = r.funm.to_complex();
        let e = e.mapv(|x| Complex64::new(x, 0.0));
        // The recurrence is as accurate as its error estimate (close eigenvalues).
        prop_assert!(distance(&f, &e) <= (1e-12 + 10.0 * r.errest) * frobenius(&e));
    }

    #[test]
    fn frechet_derivative_matches_differences_and_block_form((a, e) in pair(6, 2.0)) {
        let sps = expm_frechet_with(&a, &e, &ExpmFrechetOptions::default()).unwrap();
        let block = expm_frechet_with(
            &a,
            &e,
            &ExpmFrechetOptions::default().method(ExpmFrechetMethod::BlockEnlarge),
        )
        .unwrap();
        let l = &sps.expm_frechet_ae;
        prop_assert!(distance(l, &block.expm_frechet_ae) < 1e-12 * frobenius(l).max(1e-300));
        prop_assert!(distance(&sps.expm_a, &expm(&a).unwrap()) < 1e-13 * frobenius(&sps.expm_a));
        let h = 1e-5;
        let plus = expm(&(&a + &(&e * h))).unwrap();
        let minus = expm(&(&a - &(&e * h))).unwrap();
        let difference = (plus - minus) / (2.0 * h);
        prop_assert!(distance(l, &difference) < 1e-7 * frobenius(l).max(1e-300));
    }

    #[test]
    fn expm_cond_is_the_definition(a in matrix(3, 2.0)) {
        let n = a.nrows();
        let block = ExpmFrechetOptions::default().method(ExpmFrechetMethod::BlockEnlarge);
        // K(A) column by column from the block method, then its 2-norm.
        let mut k = Array2::<f64>::zeros((n * n, n * n));
        for i in 0..n {
            for j in 0..n {
                let mut e = Array2::<f64>::zeros((n, n));
                e[[i, j]] = 1.0;
                let l = expm_frechet_derivative(&a, &e, &block).unwrap();
                for c in 0..n {
                    for r in 0..n {
                        k[[c * n + r, i * n + j]] = l[[r, c]];
                    }
                }
            }
        }
        let k_norm = svdvals(&k).unwrap()[0];
        let expected = k_norm * frobenius(&a) / frobenius(&expm(&a).unwrap());
        let kappa = expm_cond(&a).unwrap();
        prop_assert!((kappa - expected).abs() <= 1e-11 * expected.max(1e-300));
        // Any direction gives a lower bound.
        let e = a.mapv(|x| x.sin() + 0.5);
        let l = expm_frechet_derivative(&a, &e, &ExpmFrechetOptions::default()).unwrap();
        let ratio = frobenius(&l) / frobenius(&e) * frobenius(&a) / frobenius(&expm(&a).unwrap());
        prop_assert!(ratio <= kappa * (1.0 + 1e-12));
    }
}
