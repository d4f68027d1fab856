//! Properties of `leastsq`: on linear residuals the solution solves the normal equations
//! and `cov_x` is the inverse of `AᵀA`.

use proptest::prelude::*;
use sci_optimize::{LeastsqOptions, leastsq_with};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn linear_fit_and_cov_x(
        a in prop::collection::vec(-1.0f64..1.0, 10),
        b in prop::collection::vec(-2.0f64..2.0, 5),
    ) {
        let (m, n) = (5, 2);
        let mut a = a;
        a[0] += 2.0;
        a[3] += 2.0;
        let out = leastsq_with(|x: &[f64], f: &mut [f64]| {
            for i in 0..m { f[i] = a[i * n] * x[0] + a[i * n + 1] * x[1] - b[i]; }
        }, &[0.0, 0.0], m, LeastsqOptions::default()).unwrap();
        prop_assert!((1..=4).contains(&out.ier));
        let mut ata = [[0.0; 2]; 2];
        for i in 0..m { for p in 0..2 { for q in 0..2 { ata[p][q] += a[i * n + p] * a[i * n + q]; } } }
        for p in 0..2 {
            let g: f64 = (0..m).map(|i| a[i * n + p] * out.fvec[i]).sum();
            prop_assert!(g.abs() < 1e-6, "gradient {g}");
        }
        let cov = out.cov_x.unwrap();
        for p in 0..2 { for q in 0..2 {
            let id: f64 = (0..2).map(|k| ata[p][k] * cov[[k, q]]).sum();
            prop_assert!((id - if p == q { 1.0 } else { 0.0 }).abs() < 1e-5, "{id}");
        } }
    }
}
