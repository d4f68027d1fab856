//! Property tests of `lstsq`, `pinv` and `pinvh` on random small matrices (proptest): the
//! normal equations `Aᴴ (b - A x) = 0` of a full-rank tall system, `x = A⁺ b` (the
//! minimum-norm solution, rank-deficient included), the four Penrose conditions of `pinv`,
//! `pinvh = pinv` on Hermitian matrices, and the residues as `‖b - A x‖²`.
//!
//! Tolerance: `1e-10 (1 + ‖A‖_F² ‖x‖)`-scaled absolute, Frobenius norm-wise; the random tall
//! systems are made well-conditioned by adding `3 I` to their top block, and the rank-deficient
//! ones are exact products of thin factors.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2};
use sci_linalg::*;

fn fro(a: &Array2<f64>) -> f64 {
    a.iter().map(|x| x * x).sum::<f64>().sqrt()
}

/// A tall `m × n` matrix (`m ≥ n`) with `3 I` added to its top block: full column rank.
fn tall() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=6, 0usize..=4).prop_flat_map(|(n, extra)| {
        let m = n + extra;
        prop::collection::vec(-1.0..1.0f64, m * n).prop_map(move |v| {
            let mut a = Array2::from_shape_vec((m, n), v).unwrap();
            for i in 0..n {
                a[[i, i]] += 3.0;
            }
            a
        })
    })
}

fn low_rank() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=6, 1usize..=6, 1usize..=3).prop_flat_map(|(m, n, r)| {
        (
            prop::collection::vec(-1.0..1.0f64, m * r),
            prop::collection::vec(-1.0..1.0f64, r * n),
        )
            .prop_map(move |(l, rr)| {
                Array2::from_shape_vec((m, r), l)
                    .unwrap()
                    .dot(&Array2::from_shape_vec((r, n), rr).unwrap())
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn lstsq_solves_the_normal_equations(a in tall(), seed in 0u64..1000) {
        let m = a.nrows();
        let b = Array1::from_shape_fn(m, |i| ((i as u64 * 31 + seed) % 17) as f64 / 8.0 - 1.0);
        let r = lstsq(&a, &b).unwrap();
        prop_assert_eq!(r.rank, a.ncols());
        let res = &b - &a.dot(&r.x);
        let normal = a.t().dot(&res);
        prop_assert!(normal.iter().all(|v| v.abs() <= 1e-10 * (1.0 + fro(&a).powi(2))));
        if m > a.ncols() {
            prop_assert_eq!(r.residues.len(), 1);
            prop_assert!((r.residues[0] - res.dot(&res)).abs() <= 1e-10 * (1.0 + b.dot(&b)));
        } else {
            prop_assert!(r.residues.is_empty());
        }
    }

    #[test]
    fn lstsq_is_pinv_times_b(a in low_rank(), k in 1usize..3) {
        let m = a.nrows();
        let b = Array2::from_shape_fn((m, k), |(i, j)| (i as f64 - j as f64 * 0.5).sin());
        let r = lstsq_with(&a, &b, &LstsqOptions::default().cond(1e-10)).unwrap();
        let p = pinv_with(&a, &PinvOptions::default().rtol(1e-10)).unwrap();
        let x = p.dot(&b);
        prop_assert!(fro(&(&r.x - &x)) <= 1e-9 * (1.0 + fro(&x)) * (1.0 + fro(&a)));
        prop_assert_eq!(r.rank, matrix_rank(&a).unwrap());
    }

    #[test]
    fn pinv_satisfies_penrose(a in low_rank()) {
        let p = pinv(&a).unwrap();
        prop_assert_eq!(p.dim(), (a.ncols(), a.nrows()));
        let t = 1e-10 * (1.0 + fro(&a)) * (1.0 + fro(&p)).powi(2);
        prop_assert!(fro(&(a.dot(&p).dot(&a) - &a)) <= t);
        prop_assert!(fro(&(p.dot(&a).dot(&p) - &p)) <= t);
        let ap = a.dot(&p);
        let pa = p.dot(&a);
        prop_assert!(fro(&(&ap - &ap.t())) <= t);
        prop_assert!(fro(&(&pa - &pa.t())) <= t);
    }

    #[test]
    fn pinvh_is_pinv_on_hermitian(a in low_rank()) {
        let h = a.t().dot(&a);
        let p1 = pinvh(&h).unwrap();
        let p2 = pinv(&h).unwrap();
        prop_assert!(fro(&(&p1 - &p2)) <= 1e-8 * (1.0 + fro(&p2)));
        let hc = h.mapv(|x| Complex64::new(x, 0.0));
        let pc = pinvh_with(&hc, &PinvOptions::default().lower(false)).unwrap();
        prop_assert!(pc.iter().zip(p1.iter()).all(|(x, y)| (x - y).norm() <= 1e-8 * (1.0 + fro(&p1))));
    }
}
