//! Property tests of `cossin` (proptest) on orthogonal and unitary matrices of order 2 to 8
//! with every partition `0 < p, q < m`: the Q factor of a random matrix, and the same
//! multiplied by a block-diagonal matrix (which makes many angles 0 or tiny), and a product of
//! the two forms of `swap_sign`:
//!
//! - `U CS Vᴴ = X` within `1e-13 m`, `U` and `Vᴴ` unitary within `1e-13 m` and block
//!   diagonal;
//! - `theta` ascending in `[0, π/2]`, of length `min(p, q, m − p, m − q)`, and its cosines the
//!   singular values of `X₁₁` other than the forced ones (within `1e-13`);
//! - the separate form agreeing with the combined one.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array2, s};
use sci_linalg::*;

fn unitary(n: usize, v: &[(f64, f64)], complex: bool) -> Array2<Complex64> {
    let a = Array2::from_shape_fn((n, n), |(i, j)| {
        let (re, im) = v[i * n + j];
        Complex64::new(re, if complex { im } else { 0.0 })
    });
    qr(&a).unwrap().q
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn case() -> impl Strategy<Value = (Array2<Complex64>, usize, usize, bool)> {
    (2usize..=8, any::<bool>(), any::<bool>()).prop_flat_map(|(m, complex, blocky)| {
        (
            prop::collection::vec((-1.0..1.0f64, -1.0..1.0f64), 2 * m * m),
            1..m,
            1..m,
            any::<bool>(),
        )
            .prop_map(move |(v, p, q, swap)| {
                let mut x = unitary(m, &v[..m * m], complex);
                if blocky {
                    // Nearly block diagonal in the (p, q) partition: small angles.
                    let mut near = Array2::<Complex64>::eye(m);
                    let w = unitary(m, &v[m * m..], complex);
                    for i in 0..m {
                        for j in 0..m {
                            near[[i, j]] += w[[i, j]] * 1e-6;
                        }
                    }
                    x = qr(&near).unwrap().q;
                }
                (x, p, q, swap)
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn cossin_reconstructs((x, p, q, swap) in case()) {
        let m = x.nrows();
        let options = CossinOptions::default().swap_sign(swap);
        let f = cossin_with(&x, p, q, &options).unwrap();
        let cs = f.cs.mapv(|v| Complex64::new(v, 0.0));
        let tol = 1e-13 * m as f64;
        prop_assert!(fro(&(f.u.dot(&cs).dot(&f.vdh) - &x)) <= tol);
        let eye = Array2::<Complex64>::eye(m);
        for w in [&f.u, &f.vdh] {
            prop_assert!(fro(&(w.t().mapv(|v| v.conj()).dot(w) - &eye)) <= tol);
        }
        for i in 0..m {
            for j in 0..m {
                if (i < p) != (j < p) {
                    prop_assert_eq!(f.u[[i, j]].norm(), 0.0);
                }
                if (i < q) != (j < q) {
                    prop_assert_eq!(f.vdh[[i, j]].norm(), 0.0);
                }
            }
        }
        let sep = cossin_separate(&x, p, q, &options).unwrap();
        let r = p.min(q).min(m - p).min(m - q);
        prop_assert_eq!(sep.theta.len(), r);
        for w in sep.theta.windows(2) {
            prop_assert!(w[0] <= w[1]);
        }
        prop_assert!(sep.theta.iter().all(|&t| (0.0..=std::f64::consts::FRAC_PI_2).contains(&t)));
        prop_assert_eq!(sep.u1, f.u.slice(s![..p, ..p]).to_owned());
        prop_assert_eq!(sep.v2h, f.vdh.slice(s![q.., q..]).to_owned());
        // The cosines are X₁₁'s singular values (after the forced ones, which are 1).
        let sv = svdvals(&x.slice(s![..p, ..q]).to_owned()).unwrap();
        let n11 = p.min(q) - r;
        for (i, &t) in sep.theta.iter().enumerate() {
            prop_assert!((t.cos() - sv[n11 + i]).abs() <= 1e-13);
        }
    }
}
