//! Property tests on seeded inputs: round trips of every transform pair and norm, Parseval,
//! linearity, the shift theorem, and agreement between the real and complex transforms.
//! Tolerances are norm-wise relative, 1e-13 (the bound) unless stated.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array3};
use sci_fft::*;

fn cvec(max: usize) -> impl Strategy<Value = Vec<Complex64>> {
    prop::collection::vec((-1e3..1e3f64, -1e3..1e3f64), 1..max)
        .prop_map(|v| v.into_iter().map(|(a, b)| Complex64::new(a, b)).collect())
}

fn rel(a: &[Complex64], b: &[Complex64]) -> f64 {
    let d: f64 = a.iter().zip(b).map(|(x, y)| (x - y).norm_sqr()).sum();
    let s: f64 = b.iter().map(|y| y.norm_sqr()).sum();
    if s == 0.0 { d.sqrt() } else { (d / s).sqrt() }
}

fn relr(a: &[f64], b: &[f64]) -> f64 {
    let d: f64 = a.iter().zip(b).map(|(x, y)| (x - y) * (x - y)).sum();
    let s: f64 = b.iter().map(|y| y * y).sum();
    if s == 0.0 { d.sqrt() } else { (d / s).sqrt() }
}

fn norm_strategy() -> impl Strategy<Value = Norm> {
    prop_oneof![Just(Norm::Backward), Just(Norm::Ortho), Just(Norm::Forward)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ifft_inverts_fft(x in cvec(300), norm in norm_strategy()) {
        let o = FftOptions::default().norm(norm);
        let back = ifft(&fft(&x, &o).unwrap(), &o).unwrap();
        prop_assert!(rel(back.as_slice().unwrap(), &x) < 1e-13);
    }

    #[test]
    fn parseval(x in cvec(300)) {
        let y = fft(&x, &FftOptions::default().norm(Norm::Ortho)).unwrap();
        let ex: f64 = x.iter().map(|v| v.norm_sqr()).sum();
        let ey: f64 = y.iter().map(|v| v.norm_sqr()).sum();
        prop_assert!((ex - ey).abs() <= 1e-13 * ex.max(f64::MIN_POSITIVE));
    }

    #[test]
    fn linearity(x in cvec(200), a in -10.0..10.0f64, b in -10.0..10.0f64) {
        let n = x.len();
        let y: Vec<Complex64> = x.iter().rev().map(|v| v * Complex64::new(0.5, -2.0)).collect();
        let o = FftOptions::default();
        let lhs = fft(&x.iter().zip(&y).map(|(u, v)| u * a + v * b).collect::<Vec<_>>(), &o).unwrap();
        let (fx, fy) = (fft(&x, &o).unwrap(), fft(&y, &o).unwrap());
        let rhs: Vec<Complex64> = (0..n).map(|k| fx[k] * a + fy[k] * b).collect();
        // The combination can cancel: compare against the scale of the parts.
        let scale: f64 = (0..n).map(|k| (fx[k] * a).norm_sqr() + (fy[k] * b).norm_sqr()).sum::<f64>().sqrt();
        let d: f64 = lhs.iter().zip(&rhs).map(|(p, q)| (p - q).norm_sqr()).sum::<f64>().sqrt();
        prop_assert!(d <= 1e-13 * scale.max(f64::MIN_POSITIVE));
    }

    #[test]
    fn shift_theorem(x in cvec(200), m in 0usize..50) {
        let n = x.len();
        let m = m % n;
        let rolled: Vec<Complex64> = (0..n).map(|j| x[(j + n - m) % n]).collect();
        let o = FftOptions::default();
        let (fx, fr) = (fft(&x, &o).unwrap(), fft(&rolled, &o).unwrap());
        let expected: Vec<Complex64> = (0..n)
            .map(|k| {
                let angle = -2.0 * std::f64::consts::PI * ((k * m) % n) as f64 / n as f64;
                fx[k] * Complex64::from_polar(1.0, angle)
            })
            .collect();
        prop_assert!(rel(fr.as_slice().unwrap(), &expected) < 1e-13);
    }

    #[test]
    fn rfft_is_half_of_fft(x in prop::collection::vec(-1e3..1e3f64, 1..300), norm in norm_strategy()) {
        let o = FftOptions::default().norm(norm);
        let half = rfft(&x, &o).unwrap();
        let full = fft(&x, &o).unwrap();
        prop_assert!(rel(half.as_slice().unwrap(), &full.as_slice().unwrap()[..half.len()]) < 1e-13);
        let back = irfft(&half, &o.clone().n(x.len())).unwrap();
        prop_assert!(relr(back.as_slice().unwrap(), &x) < 1e-13);
        // hfft/ihfft are the same pair with the directions exchanged.
        let h = ihfft(&x, &o).unwrap();
        let back = hfft(&h, &o.n(x.len())).unwrap();
        prop_assert!(relr(back.as_slice().unwrap(), &x) < 1e-13);
    }

    #[test]
    fn r2r_round_trips(
        x in prop::collection::vec(-1e3..1e3f64, 2..200),
        t in 1u8..=4,
        norm in norm_strategy(),
        ortho in any::<bool>(),
    ) {
        let o = DctOptions::default().r#type(t).norm(norm).orthogonalize(ortho);
        let back = idct(&dct(&x, &o).unwrap(), &o).unwrap();
        prop_assert!(relr(back.as_slice().unwrap(), &x) < 1e-13, "dct type {t}");
        let back = idst(&dst(&x, &o).unwrap(), &o).unwrap();
        prop_assert!(relr(back.as_slice().unwrap(), &x) < 1e-13, "dst type {t}");
    }

    #[test]
    fn nd_round_trips_and_worker_counts_agree(
        data in prop::collection::vec(-1.0..1.0f64, 60),
        norm in norm_strategy(),
    ) {
        let x = Array3::from_shape_vec((3, 4, 5), data).unwrap();
        let o = FftnOptions::default().norm(norm);
        let y = fftn(&x, &o).unwrap();
        let y1 = fftn(&x, &o.clone().workers(1)).unwrap();
        prop_assert_eq!(&y, &y1);
        let back = ifftn(&y, &o).unwrap();
        let xc: Vec<Complex64> = x.iter().map(|&v| Complex64::new(v, 0.0)).collect();
        prop_assert!(rel(&back.iter().copied().collect::<Vec<_>>(), &xc) < 1e-13);
        let r = irfftn(&rfftn(&x, &o).unwrap(), &o.clone().s([3, 4, 5])).unwrap();
        prop_assert!(relr(&r.iter().copied().collect::<Vec<_>>(), &x.iter().copied().collect::<Vec<_>>()) < 1e-13);
        let d = idctn(&dctn(&x, &DctnOptions::default().norm(norm)).unwrap(), &DctnOptions::default().norm(norm)).unwrap();
        prop_assert!(relr(&d.iter().copied().collect::<Vec<_>>(), &x.iter().copied().collect::<Vec<_>>()) < 1e-13);
    }
}

#[test]
fn parallel_and_sequential_results_are_identical() {
    // Large enough to run in parallel: 256 x 300 lines along both axes.
    let x = Array1::from_iter((0..256 * 300).map(|k| ((k * 7919) % 1000) as f64 / 1000.0))
        .into_shape_with_order((256, 300))
        .unwrap();
    let par = fft2(&x, &FftnOptions::default()).unwrap();
    let seq = fft2(&x, &FftnOptions::default().workers(1)).unwrap();
    let two = fft2(&x, &FftnOptions::default().workers(2)).unwrap();
    assert_eq!(par, seq);
    assert_eq!(par, two);
    let d = dctn(&x, &DctnOptions::default()).unwrap();
    assert_eq!(d, dctn(&x, &DctnOptions::default().workers(1)).unwrap());
}

#[test]
fn views_and_non_standard_layouts_are_transformed_as_their_values() {
    let x = Array1::from_iter((0..60).map(|k| (k as f64).sin()))
        .into_shape_with_order((6, 10))
        .unwrap();
    let t = x.t();
    let owned = t.to_owned();
    assert_eq!(
        fft(t, &FftOptions::default().axis(0)).unwrap(),
        fft(&owned, &FftOptions::default().axis(0)).unwrap()
    );
    let strided = x.slice(sci_core::ndarray::s![..;2, 1..;3]);
    assert_eq!(
        rfftn(strided, &FftnOptions::default()).unwrap(),
        rfftn(&strided.to_owned(), &FftnOptions::default()).unwrap()
    );
}
