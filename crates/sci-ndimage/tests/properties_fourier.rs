//! Properties of the Fourier filters (proptest, small arrays): linearity, identities at
//! zero parameters, composition of shifts and of Gaussians, and agreement with the
//! spatial filters through sci-fft.

use ndarray::{Array1, Array2};
use proptest::prelude::*;
use sci_core::Complex64;
use sci_ndimage::fourier::*;

fn spectrum(max: usize) -> impl Strategy<Value = Array2<Complex64>> {
    (1..max, 1..max).prop_flat_map(|(r, c)| {
        proptest::collection::vec((-5.0f64..5.0, -5.0f64..5.0), r * c).prop_map(move |v| {
            Array2::from_shape_vec(
                (r, c),
                v.into_iter().map(|(a, b)| Complex64::new(a, b)).collect(),
            )
            .unwrap()
        })
    })
}

fn close(a: &Array2<Complex64>, b: &Array2<Complex64>, tol: f64) -> bool {
    a.iter().zip(b.iter()).all(|(x, y)| (x - y).norm() <= tol)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn filters_are_linear(a in spectrum(7), s in 0.1f64..3.0) {
        let b = a.mapv(|z| z * Complex64::new(0.3, -1.2) + 1.0);
        let sum = &a + &b;
        for f in [fourier_gaussian::<Complex64, _>, fourier_uniform, fourier_ellipsoid] {
            let lhs = f(&sum, &[s]).unwrap();
            let rhs = f(&a, &[s]).unwrap() + f(&b, &[s]).unwrap();
            prop_assert!(close(&lhs, &rhs, 1e-12));
        }
        let lhs = fourier_shift(&sum, &[s]).unwrap();
        let rhs = fourier_shift(&a, &[s]).unwrap() + fourier_shift(&b, &[s]).unwrap();
        prop_assert!(close(&lhs, &rhs, 1e-12));
    }

    #[test]
    fn zero_parameters_are_identities(a in spectrum(7)) {
        prop_assert_eq!(fourier_gaussian(&a, &[0.0]).unwrap(), a.clone());
        prop_assert_eq!(fourier_uniform(&a, &[0.0]).unwrap(), a.clone());
        prop_assert_eq!(fourier_ellipsoid(&a, &[0.0]).unwrap(), a.clone());
        prop_assert!(close(&fourier_shift(&a, &[0.0]).unwrap(), &a, 0.0));
    }

    #[test]
    fn shifts_and_gaussians_compose(a in spectrum(7), s in -3.0f64..3.0, t in -3.0f64..3.0) {
        let two = fourier_shift(&fourier_shift(&a, &[s]).unwrap(), &[t]).unwrap();
        let one = fourier_shift(&a, &[s + t]).unwrap();
        prop_assert!(close(&two, &one, 1e-10));
        let (p, q) = (s.abs(), t.abs());
        let two = fourier_gaussian(&fourier_gaussian(&a, &[p]).unwrap(), &[q]).unwrap();
        let one = fourier_gaussian(&a, &[(p * p + q * q).sqrt()]).unwrap();
        prop_assert!(close(&two, &one, 1e-10));
    }
}

#[test]
fn real_inputs_give_the_real_part_of_complex_ones() {
    let x = Array1::from_shape_fn(12, |i| ((i * 5) % 7) as f64 - 3.0);
    let z = x.mapv(|v| Complex64::new(v, 0.0));
    for s in [0.5, 2.0, 3.5] {
        let r = fourier_uniform(&x, &[s]).unwrap();
        let c = fourier_uniform(&z, &[s]).unwrap();
        let e = fourier_ellipsoid(&x, &[s]).unwrap();
        let ec = fourier_ellipsoid(&z, &[s]).unwrap();
        for i in 0..12 {
            assert_eq!(r[i], c[i].re);
            assert_eq!(e[i], ec[i].re);
            assert_eq!(c[i].im, 0.0);
        }
        assert_eq!(
            fourier_shift(&x, &[s]).unwrap(),
            fourier_shift(&z, &[s]).unwrap()
        );
    }
}
