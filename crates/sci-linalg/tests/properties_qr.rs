//! Property tests of the QR family on random real and complex matrices of small shapes
//! (proptest): `Q R = A` with `Q` unitary and `R` upper trapezoidal (full and economic),
//! `A[:, P] = Q R` with a non-increasing `|diag R|` and `P` a permutation (pivoting), `qr_r`
//! equal to `qr`'s `R`, `qr_multiply` equal to the explicit products with `Q` (both sides,
//! with and without `conjugate`, with pivoting), `R Q = A` for `rq` (full and economic) with
//! `R`'s zero pattern, and the updates `qr_update` (full and economic), `qr_insert` and
//! `qr_delete` equal to a decomposition of the modified matrix (`Q₁ R₁ = A₁`, unitary,
//! triangular).
//!
//! Tolerance: `1e-12 (1 + ‖A‖_F)` absolute, Frobenius norm-wise (entries are O(1) and the
//! sizes at most 7, so a backward-stable result is well inside it).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array2, s};
use sci_linalg::*;

fn real_matrix() -> impl Strategy<Value = Array2<f64>> {
    (0usize..=7, 0usize..=7).prop_flat_map(|(m, n)| {
        prop::collection::vec(-1.0..1.0f64, m * n)
            .prop_map(move |v| Array2::from_shape_vec((m, n), v).unwrap())
    })
}

fn complex_matrix() -> impl Strategy<Value = Array2<Complex64>> {
    (0usize..=6, 0usize..=6).prop_flat_map(|(m, n)| {
        prop::collection::vec((-1.0..1.0f64, -1.0..1.0f64), m * n).prop_map(move |v| {
            Array2::from_shape_vec(
                (m, n),
                v.into_iter().map(|(a, b)| Complex64::new(a, b)).collect(),
            )
            .unwrap()
        })
    })
}

fn c<T: Scalar>(a: &Array2<T>) -> Array2<Complex64> {
    a.mapv(Scalar::to_c64)
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn adjoint(a: &Array2<Complex64>) -> Array2<Complex64> {
    a.t().mapv(|x| x.conj())
}

fn close(x: &Array2<Complex64>, y: &Array2<Complex64>, scale: &Array2<Complex64>) -> bool {
    x.dim() == y.dim() && fro(&(x - y)) <= 1e-12 * (1.0 + fro(scale))
}

fn orthonormal_columns(q: &Array2<Complex64>) -> bool {
    fro(&(adjoint(q).dot(q) - Array2::<Complex64>::eye(q.ncols()))) <= 1e-12
}

/// `R[i, j] == 0` whenever `j + b < i + a` (upper trapezoidal for `a = b = 0`; `rq`'s
/// shifted pattern otherwise).
fn trapezoidal(r: &Array2<Complex64>, a: usize, b: usize) -> bool {
    r.indexed_iter()
        .all(|((i, j), x)| j + b >= i + a || *x == Complex64::new(0.0, 0.0))
}

fn check_qr<T: Scalar>(a: &Array2<T>) -> Result<(), TestCaseError> {
    let (m, n) = a.dim();
    let k = m.min(n);
    let ac = c(a);
    for mode in [QrMode::Full, QrMode::Economic] {
        let f = qr_with(a, &QrOptions::default().mode(mode)).unwrap();
        let (q, r) = (c(&f.q), c(&f.r));
        let rows = if mode == QrMode::Full { m } else { k };
        prop_assert_eq!(q.dim(), (m, rows));
        prop_assert_eq!(r.dim(), (rows, n));
        prop_assert!(close(&q.dot(&r), &ac, &ac));
        prop_assert!(orthonormal_columns(&q));
        prop_assert!(trapezoidal(&r, 0, 0));
        let r_only = c(&qr_r(a, &QrOptions::default().mode(mode)).unwrap());
        prop_assert!(close(&r_only, &r, &ac));

        let p = qr_pivoting(a, &QrOptions::default().mode(mode)).unwrap();
        let mut sorted = p.p.to_vec();
        sorted.sort_unstable();
        prop_assert_eq!(sorted, (0..n).collect::<Vec<_>>());
        let ap = Array2::from_shape_fn((m, n), |(i, j)| ac[(i, p.p[j])]);
        let (q, r) = (c(&p.q), c(&p.r));
        prop_assert!(close(&q.dot(&r), &ap, &ac));
        prop_assert!(orthonormal_columns(&q));
        prop_assert!(trapezoidal(&r, 0, 0));
        for i in 1..k {
            prop_assert!(r[(i, i)].norm() <= r[(i - 1, i - 1)].norm() * (1.0 + 1e-12) + 1e-14);
        }
        let rp = qr_r_pivoting(a, &QrOptions::default().mode(mode)).unwrap();
        prop_assert_eq!(rp.p, p.p);
        prop_assert!(close(&c(&rp.r), &r, &ac));
    }
    Ok(())
}

fn check_multiply<T: Scalar>(a: &Array2<T>) -> Result<(), TestCaseError> {
    let (m, n) = a.dim();
    let k = m.min(n);
    let ac = c(a);
    for pivoting in [false, true] {
        let o = QrOptions::default().mode(QrMode::Economic);
        let (q, r) = if pivoting {
            let f = qr_pivoting(a, &o).unwrap();
            (c(&f.q), c(&f.r))
        } else {
            let f = qr_with(a, &o).unwrap();
            (c(&f.q), c(&f.r))
        };
        for conjugate in [false, true] {
            let qq = if conjugate {
                q.mapv(|x| x.conj())
            } else {
                q.clone()
            };
            // Right: C is 3 × M.
            let cm = Array2::from_shape_fn((3, m), |(i, j)| {
                T::from_c64(Complex64::new(
                    (i + 2 * j) as f64 * 0.3 - 1.0,
                    (i as f64) - 0.5 * j as f64,
                ))
            });
            let left = Array2::from_shape_fn((k, 2), |(i, j)| {
                T::from_c64(Complex64::new(
                    1.0 + (i * j) as f64,
                    0.25 * i as f64 - j as f64,
                ))
            });
            for mode in [QrMultiplyMode::Right, QrMultiplyMode::Left] {
                let opts = QrMultiplyOptions::default().mode(mode).conjugate(conjugate);
                let (cq, rr) = match (mode, pivoting) {
                    (QrMultiplyMode::Right, false) => {
                        let x = qr_multiply_with(a, &cm, &opts).unwrap();
                        (x.cq, x.r)
                    }
                    (QrMultiplyMode::Left, false) => {
                        let x = qr_multiply_with(a, &left, &opts).unwrap();
                        (x.cq, x.r)
                    }
                    (QrMultiplyMode::Right, true) => {
                        let x = qr_multiply_pivoting(a, &cm, &opts).unwrap();
                        (x.cq, x.r)
                    }
                    (QrMultiplyMode::Left, true) => {
                        let x = qr_multiply_pivoting(a, &left, &opts).unwrap();
                        (x.cq, x.r)
                    }
                };
                let expected = match mode {
                    QrMultiplyMode::Right => c(&cm).dot(&qq),
                    QrMultiplyMode::Left => qq.dot(&c(&left)),
                };
                prop_assert!(close(&c(&cq), &expected, &expected));
                prop_assert!(close(&c(&rr), &r, &ac));
            }
        }
    }
    Ok(())
}

fn check_rq<T: Scalar>(a: &Array2<T>) -> Result<(), TestCaseError> {
    let (m, n) = a.dim();
    let k = m.min(n);
    let ac = c(a);
    for mode in [QrMode::Full, QrMode::Economic] {
        let f = rq_with(a, &RqOptions::default().mode(mode)).unwrap();
        let (r, q) = (c(&f.r), c(&f.q));
        let rows = if mode == QrMode::Full { n } else { k };
        prop_assert_eq!(q.dim(), (rows, n));
        prop_assert_eq!(r.dim(), (m, rows));
        prop_assert!(close(&r.dot(&q), &ac, &ac));
        prop_assert!(orthonormal_columns(&adjoint(&q)));
        prop_assert!(trapezoidal(&r, rows, m));
        let r_only = c(&rq_r(a, &RqOptions::default().mode(mode)).unwrap());
        prop_assert!(close(&r_only, &r, &ac));
    }
    Ok(())
}

/// `(Q₁, R₁)` is a full QR decomposition of `a1`.
fn is_full_qr(f: &Qr<Complex64>, a1: &Array2<Complex64>) -> Result<(), TestCaseError> {
    let (m, n) = a1.dim();
    prop_assert_eq!(f.q.dim(), (m, m));
    prop_assert_eq!(f.r.dim(), (m, n));
    prop_assert!(close(&f.q.dot(&f.r), a1, a1));
    prop_assert!(orthonormal_columns(&f.q));
    prop_assert!(trapezoidal(&f.r, 0, 0));
    Ok(())
}

fn check_updates(a: &Array2<Complex64>, seed: f64) -> Result<(), TestCaseError> {
    let (m, n) = a.dim();
    let f = qr(a).unwrap();
    let val = |i: usize, j: usize| {
        Complex64::new(
            (seed + i as f64 * 0.7 - j as f64).sin(),
            (seed * j as f64 + 0.3 * i as f64).cos(),
        )
    };
    // Rank-1 and rank-2 updates.
    let u = Array2::from_shape_fn((m, 2), |(i, j)| val(i, j));
    let v = Array2::from_shape_fn((n, 2), |(i, j)| val(j + 3, i));
    let g = qr_update(&f.q, &f.r, u.column(0), v.column(0)).unwrap();
    let a1 = a + &u
        .slice(s![.., ..1])
        .dot(&adjoint(&v.slice(s![.., ..1]).to_owned()));
    is_full_qr(&g, &a1)?;
    let g = qr_update_rank_k(&f.q, &f.r, &u, &v, &QrUpdateOptions::default()).unwrap();
    is_full_qr(&g, &(a + &u.dot(&adjoint(&v))))?;
    // Insert rows and columns at every position.
    for k in 0..=m {
        let rows = Array2::from_shape_fn((2, n), |(i, j)| val(i + 5, j));
        let g = qr_insert_block(&f.q, &f.r, &rows, k, &QrInsertOptions::default()).unwrap();
        let mut a1 = a.slice(s![..k, ..]).to_owned();
        a1.append(sci_core::ndarray::Axis(0), rows.view()).unwrap();
        a1.append(sci_core::ndarray::Axis(0), a.slice(s![k.., ..]))
            .unwrap();
        is_full_qr(&g, &a1)?;
    }
    for k in 0..=n {
        let col = Array2::from_shape_fn((m, 1), |(i, j)| val(i, j + 7));
        let o = QrInsertOptions::default().which(QrWhich::Col);
        let g = qr_insert_with(&f.q, &f.r, col.column(0), k, &o).unwrap();
        let mut a1 = a.slice(s![.., ..k]).to_owned();
        a1.append(sci_core::ndarray::Axis(1), col.view()).unwrap();
        a1.append(sci_core::ndarray::Axis(1), a.slice(s![.., k..]))
            .unwrap();
        is_full_qr(&g, &a1)?;
    }
    // Delete one or two rows and columns at every position.
    for p in 1..=2 {
        for k in 0..(m + 1).saturating_sub(p) {
            let g = qr_delete_with(&f.q, &f.r, k, &QrDeleteOptions::default().p(p)).unwrap();
            let mut a1 = a.slice(s![..k, ..]).to_owned();
            a1.append(sci_core::ndarray::Axis(0), a.slice(s![k + p.., ..]))
                .unwrap();
            is_full_qr(&g, &a1)?;
        }
        for k in 0..(n + 1).saturating_sub(p) {
            let o = QrDeleteOptions::default().p(p).which(QrWhich::Col);
            let g = qr_delete_with(&f.q, &f.r, k, &o).unwrap();
            let mut a1 = a.slice(s![.., ..k]).to_owned();
            a1.append(sci_core::ndarray::Axis(1), a.slice(s![.., k + p..]))
                .unwrap();
            is_full_qr(&g, &a1)?;
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn qr_real(a in real_matrix()) { check_qr(&a)?; }

    #[test]
    fn qr_complex(a in complex_matrix()) { check_qr(&a)?; }

    #[test]
    fn qr_f32_reconstructs(a in real_matrix()) {
        let a32 = a.mapv(|x| x as f32);
        let f = qr(&a32).unwrap();
        let back = f.q.dot(&f.r);
        let err = (&back - &a32).iter().map(|x| x * x).sum::<f32>().sqrt();
        prop_assert!(err <= 1e-5 * (1.0 + a32.iter().map(|x| x * x).sum::<f32>().sqrt()));
    }

    #[test]
    fn multiply_real(a in real_matrix()) { check_multiply(&a)?; }

    #[test]
    fn multiply_complex(a in complex_matrix()) { check_multiply(&a)?; }

    #[test]
    fn rq_real(a in real_matrix()) { check_rq(&a)?; }

    #[test]
    fn rq_complex(a in complex_matrix()) { check_rq(&a)?; }

    #[test]
    fn updates_complex(a in complex_matrix(), seed in 0.0..3.0f64) { check_updates(&a, seed)?; }

    #[test]
    fn update_economic(a in complex_matrix(), seed in 0.0..3.0f64) {
        // Tall matrices: the economic update matches the economic QR of A + u vᴴ.
        let (m, n) = a.dim();
        prop_assume!(m > n);
        let f = qr_with(&a, &QrOptions::default().mode(QrMode::Economic)).unwrap();
        let u = Array2::from_shape_fn((m, 2), |(i, j)| Complex64::new((seed + i as f64).sin(), (j as f64 - seed).cos()));
        let v = Array2::from_shape_fn((n, 2), |(i, j)| Complex64::new((seed * i as f64).cos(), 0.5 * j as f64));
        let g = qr_update_rank_k(&f.q, &f.r, &u, &v, &QrUpdateOptions::default()).unwrap();
        let a1 = &a + &u.dot(&adjoint(&v));
        prop_assert_eq!(g.q.dim(), (m, n));
        prop_assert_eq!(g.r.dim(), (n, n));
        prop_assert!(close(&g.q.dot(&g.r), &a1, &a1));
        prop_assert!(orthonormal_columns(&g.q));
        prop_assert!(trapezoidal(&g.r, 0, 0));
        // u in the range of Q: the update needs no new direction.
        let inside = f.q.dot(&Array2::from_shape_fn((n, 1), |(i, _)| Complex64::new(i as f64 + 1.0, seed)));
        let g = qr_update(&f.q, &f.r, inside.column(0), v.column(0)).unwrap();
        let a1 = &a + &inside.dot(&adjoint(&v.slice(s![.., ..1]).to_owned()));
        prop_assert!(close(&g.q.dot(&g.r), &a1, &a1));
        prop_assert!(orthonormal_columns(&g.q));
    }

    #[test]
    fn updates_real(a in real_matrix()) {
        // Real input: u vᵀ, and the results stay real.
        let f = qr(&a).unwrap();
        let (m, n) = a.dim();
        let u = Array2::from_shape_fn((m, 1), |(i, _)| (i as f64).cos());
        let v = Array2::from_shape_fn((n, 1), |(j, _)| (j as f64 * 0.5).sin() + 0.1);
        let g = qr_update(&f.q, &f.r, u.column(0), v.column(0)).unwrap();
        let a1 = &a + &u.dot(&v.t());
        is_full_qr(&Qr { q: c(&g.q), r: c(&g.r) }, &c(&a1))?;
    }
}
