//! Property tests of the eigenproblems on random small matrices (n <= 8, so debug builds
//! stay fast): `A V = V diag(w)` with unit vectors for `eig`; reconstruction
//! `V diag(w) Vᴴ = A` with orthonormal `V` and ascending `w` for `eigh`; `eigvalsh` equals
//! `eigh`'s values; `eig_banded` and `eigh_tridiagonal` agree with `eigh` on the dense matrix;
//! the stacked forms agree with the per-matrix functions. Tolerances 1e-10 relative to the
//! entries' scale (entries in [-1, 1], n <= 8).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, Array3};
use sci_linalg::{
    EigBandedOptions, eig, eig_banded, eigh, eigh_tridiagonal, eigvals, eigvalsh, stacked,
};

fn square() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=8).prop_flat_map(|n| {
        prop::collection::vec(-1.0f64..1.0, n * n)
            .prop_map(move |v| Array2::from_shape_vec((n, n), v).unwrap())
    })
}

fn symmetric() -> impl Strategy<Value = Array2<f64>> {
    square().prop_map(|a| (&a + &a.t()) / 2.0)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-10
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn eig_satisfies_a_v_equals_lambda_v(a in square()) {
        let r = eig(&a).unwrap();
        let vr = r.vr.unwrap();
        let ac = a.mapv(|x| Complex64::new(x, 0.0));
        for (j, &l) in r.w.iter().enumerate() {
            let x = vr.column(j);
            let res = ac.dot(&x) - x.mapv(|y| y * l);
            prop_assert!(res.iter().all(|z| z.norm() < 1e-10), "residual {j}");
            let norm = x.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
            prop_assert!(close(norm, 1.0));
        }
        // eigvals gives the same multiset (sum and product-free check: the trace).
        let tr: Complex64 = eigvals(&a).unwrap().iter().sum();
        prop_assert!((tr.re - a.diag().sum()).abs() < 1e-10 && tr.im.abs() < 1e-10);
    }

    #[test]
    fn eigh_reconstructs_and_is_orthonormal(a in symmetric()) {
        let r = eigh(&a).unwrap();
        let v = r.v.unwrap();
        let n = a.nrows();
        prop_assert!(r.w.windows(2).into_iter().all(|p| p[0] <= p[1]));
        let back = (&v * &r.w).dot(&v.t());
        prop_assert!((&back - &a).iter().all(|x| x.abs() < 1e-10));
        let g = v.t().dot(&v) - Array2::<f64>::eye(n);
        prop_assert!(g.iter().all(|x| x.abs() < 1e-10));
        let w = eigvalsh(&a).unwrap();
        prop_assert!(w.iter().zip(&r.w).all(|(x, y)| close(*x, *y)));
    }

    #[test]
    fn banded_and_tridiagonal_agree_with_dense(a in symmetric()) {
        let n = a.nrows();
        // The tridiagonal part of a, in lower band storage and as (d, e).
        let d: Array1<f64> = a.diag().to_owned();
        let e: Array1<f64> = (0..n - 1).map(|i| a[[i + 1, i]]).collect();
        let mut ab = Array2::<f64>::zeros((2, n));
        for j in 0..n {
            ab[[0, j]] = d[j];
            if j + 1 < n {
                ab[[1, j]] = e[j];
            }
        }
        let t = Array2::from_shape_fn((n, n), |(i, j)| if i.abs_diff(j) <= 1 { a[[i, j]] } else { 0.0 });
        let dense = eigvalsh(&t).unwrap();
        let band = eig_banded(&ab, &EigBandedOptions::default().lower(true)).unwrap();
        let tri = eigh_tridiagonal(&d, &e, &Default::default()).unwrap();
        prop_assert!(dense.iter().zip(&band.w).all(|(x, y)| close(*x, *y)));
        prop_assert!(dense.iter().zip(&tri.w).all(|(x, y)| close(*x, *y)));
        let v = tri.v.unwrap();
        prop_assert!((t.dot(&v) - &v * &tri.w).iter().all(|x| x.abs() < 1e-10));
    }

    #[test]
    fn stacked_forms_agree_with_per_matrix(a in symmetric(), b in symmetric()) {
        prop_assume!(a.dim() == b.dim());
        let n = a.nrows();
        let mut s = Array3::<f64>::zeros((2, n, n));
        s.index_axis_mut(sci_core::ndarray::Axis(0), 0).assign(&a);
        s.index_axis_mut(sci_core::ndarray::Axis(0), 1).assign(&b);
        let r = stacked::eigh(&s).unwrap();
        prop_assert_eq!(r.w.shape(), &[2, n][..]);
        prop_assert_eq!(r.v.shape(), &[2, n, n][..]);
        let wb = eigvalsh(&b).unwrap();
        prop_assert!((0..n).all(|i| close(r.w[[1, i]], wb[i])));
        let re = stacked::eig(&s).unwrap();
        prop_assert_eq!(re.v.shape(), &[2, n, n][..]);
        let tr: Complex64 = (0..n).map(|i| re.w[[0, i]]).sum();
        prop_assert!((tr.re - a.diag().sum()).abs() < 1e-10);
    }
}
