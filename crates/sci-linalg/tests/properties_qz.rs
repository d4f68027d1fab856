//! Property tests of `qz`, `ordqz` and `matrix_balance` on random pencils of order 1 to 7
//! (proptest), with continuous entries and with small integer entries (exact zeros, singular
//! `B`, infinite and repeated eigenvalues, many complex pairs):
//!
//! - `qz` (real form): `Q AA Zᵀ = A`, `Q BB Zᵀ = B`, `Q`, `Z` orthogonal, `BB` triangular,
//!   `AA` quasi-triangular with non-overlapping 2×2 blocks over diagonal blocks of `BB`;
//! - `qz_complex`: the same with triangular `AA`, `BB` and a real non-negative diagonal of `BB`;
//! - `ordqz` (real and complex forms, sort `'lhp'` and `'iuc'`): the same invariants and the
//!   leading `sdim` eigenvalues selected, the rest not (up to rounding at the region's
//!   boundary), or an `IllConditioned` error for blocks too close to swap stably;
//! - `matrix_balance`: `T⁻¹ A T = B` exactly, `T` a permutation times powers of 2, and the
//!   separate form agreeing with `T`.
//!
//! Tolerance: `1e-12 (1 + ‖A‖_F + ‖B‖_F)` absolute (Frobenius) for the reconstructions,
//! `1e-12` for orthogonality.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::Array2;
use sci_linalg::*;

fn pencil() -> impl Strategy<Value = (Array2<f64>, Array2<f64>)> {
    (1usize..=7).prop_flat_map(|n| {
        let entries = prop_oneof![
            prop::collection::vec(-1.0..1.0f64, 2 * n * n),
            prop::collection::vec((-2i32..=2).prop_map(f64::from), 2 * n * n),
        ];
        entries.prop_map(move |v| {
            let a = Array2::from_shape_vec((n, n), v[..n * n].to_vec()).unwrap();
            let b = Array2::from_shape_vec((n, n), v[n * n..].to_vec()).unwrap();
            (a, b)
        })
    })
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn c<T: Scalar>(a: &Array2<T>) -> Array2<Complex64> {
    a.mapv(Scalar::to_c64)
}

fn check_factors(
    a: &Array2<Complex64>,
    b: &Array2<Complex64>,
    aa: &Array2<Complex64>,
    bb: &Array2<Complex64>,
    q: &Array2<Complex64>,
    z: &Array2<Complex64>,
) -> Result<(), TestCaseError> {
    let n = a.nrows();
    let scale = 1.0 + fro(a) + fro(b);
    let zh = z.t().mapv(|x| x.conj());
    prop_assert!(fro(&(q.dot(aa).dot(&zh) - a)) <= 1e-12 * scale);
    prop_assert!(fro(&(q.dot(bb).dot(&zh) - b)) <= 1e-12 * scale);
    let eye = Array2::<Complex64>::eye(n);
    prop_assert!(fro(&(q.t().mapv(|x| x.conj()).dot(q) - &eye)) <= 1e-12);
    prop_assert!(fro(&(zh.dot(z) - &eye)) <= 1e-12);
    Ok(())
}

/// The structure of the real form; returns its eigenvalues `(alpha, beta)` in order.
fn real_structure(
    aa: &Array2<f64>,
    bb: &Array2<f64>,
) -> Result<Vec<(Complex64, f64)>, TestCaseError> {
    let n = aa.nrows();
    for i in 0..n {
        for j in 0..i {
            prop_assert_eq!(bb[[i, j]], 0.0);
            if i > j + 1 {
                prop_assert_eq!(aa[[i, j]], 0.0);
            }
        }
    }
    let mut out = Vec::new();
    let mut j = 0;
    while j < n {
        if j + 1 < n && aa[[j + 1, j]] != 0.0 {
            prop_assert!(j + 2 >= n || aa[[j + 2, j + 1]] == 0.0);
            prop_assert_eq!(bb[[j, j + 1]], 0.0);
            prop_assert!(bb[[j, j]] > 0.0 && bb[[j + 1, j + 1]] > 0.0);
            let (u, v) = (
                aa[[j, j]] / bb[[j, j]],
                aa[[j + 1, j + 1]] / bb[[j + 1, j + 1]],
            );
            let w = (aa[[j, j + 1]] / bb[[j, j]]) * (aa[[j + 1, j]] / bb[[j + 1, j + 1]]);
            let disc = 0.25 * (u - v) * (u - v) + w;
            prop_assert!(disc < 0.0);
            let l = Complex64::new(0.5 * (u + v), (-disc).sqrt());
            out.push((l, 1.0));
            out.push((l.conj(), 1.0));
            j += 2;
        } else {
            prop_assert!(bb[[j, j]] >= 0.0);
            out.push((Complex64::new(aa[[j, j]], 0.0), bb[[j, j]]));
            j += 1;
        }
    }
    Ok(out)
}

/// Whether `alpha / beta` is clearly (by more than `margin`) inside the sort's region,
/// clearly outside, or too close to tell.
fn side(sort: &str, alpha: Complex64, beta: f64, margin: f64) -> Option<bool> {
    if beta.abs() <= margin * (alpha.norm() + beta.abs()) {
        return match sort {
            "lhp" | "iuc" => (beta == 0.0).then_some(false),
            _ => None,
        };
    }
    let l = alpha / beta;
    let d = match sort {
        "lhp" => -l.re,
        _ => 1.0 - l.norm(),
    };
    if d.abs() <= margin * (1.0 + l.norm()) {
        None
    } else {
        Some(d > 0.0)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn qz_real_form((a, b) in pencil()) {
        let f = qz(&a, &b).unwrap();
        check_factors(&c(&a), &c(&b), &c(&f.aa), &c(&f.bb), &c(&f.q), &c(&f.z))?;
        real_structure(&f.aa, &f.bb)?;
    }

    #[test]
    fn qz_complex_form((a, b) in pencil()) {
        let f = qz_complex(&a, &b, &QzOptions::default()).unwrap();
        check_factors(&c(&a), &c(&b), &f.aa, &f.bb, &f.q, &f.z)?;
        let n = a.nrows();
        for i in 0..n {
            for j in 0..i {
                prop_assert_eq!(f.aa[[i, j]].norm(), 0.0);
                prop_assert_eq!(f.bb[[i, j]].norm(), 0.0);
            }
            prop_assert!(f.bb[[i, i]].im == 0.0 && f.bb[[i, i]].re >= 0.0);
        }
    }

    #[test]
    fn ordqz_orders_both_forms((a, b) in pencil(), iuc in any::<bool>()) {
        let name = if iuc { "iuc" } else { "lhp" };
        let sort = if iuc { OrdqzSort::Iuc } else { OrdqzSort::Lhp };
        let options = OrdqzOptions::default().sort(sort);
        match ordqz_with(&a, &b, &options) {
            Ok(f) => {
                check_factors(&c(&a), &c(&b), &c(&f.aa), &c(&f.bb), &c(&f.q), &c(&f.z))?;
                let eigs = real_structure(&f.aa, &f.bb)?;
                for (j, &(l, beta)) in eigs.iter().enumerate() {
                    // The alpha/beta of the block form and the struct's agree in ratio.
                    let (x, y) = (f.alpha[j], f.beta[j]);
                    prop_assert!((x * beta - l * y).norm() <= 1e-10 * (x.norm() + y.abs()) * (l.norm() + beta.abs()));
                    if let Some(inside) = side(name, x, y, 1e-8) {
                        let pair_inside = x.im != 0.0;
                        prop_assert!(inside == (j < f.sdim) || pair_inside);
                    }
                }
            }
            Err(sci_core::Error::IllConditioned { .. }) => {}
            Err(e) => prop_assert!(false, "{e}"),
        }
        let f = ordqz_complex(&a, &b, &options).unwrap();
        check_factors(&c(&a), &c(&b), &f.aa, &f.bb, &f.q, &f.z)?;
        for j in 0..a.nrows() {
            if let Some(inside) = side(name, f.alpha[j], f.beta[j].re, 1e-8) {
                prop_assert_eq!(inside, j < f.sdim);
            }
        }
    }

    #[test]
    fn matrix_balance_is_an_exact_similarity((a, _b) in pencil(), k in 0i32..12) {
        // Spread the scales so that balancing has something to do.
        let n = a.nrows();
        let d: Vec<f64> = (0..n).zip(0i32..).map(|(_, i)| 2f64.powi((i * k) % 17 - 8)).collect();
        let a = Array2::from_shape_fn((n, n), |(i, j)| a[[i, j]] * d[i] / d[j]);
        let f = matrix_balance(&a).unwrap();
        let s = matrix_balance_separate(&a, &MatrixBalanceOptions::default()).unwrap();
        prop_assert_eq!(&s.b, &f.b);
        for i in 0..n {
            prop_assert_eq!(f.t[[s.perm[i], i]], s.scale[i]);
            prop_assert!(s.scale[i].log2().fract() == 0.0);
            for j in 0..n {
                prop_assert_eq!(f.b[[i, j]], a[[s.perm[i], s.perm[j]]] * s.scale[j] / s.scale[i]);
            }
        }
    }
}
