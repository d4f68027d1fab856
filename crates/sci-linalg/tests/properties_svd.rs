//! Property tests of the SVD family on random real and complex matrices of small shapes
//! (proptest): `U Σ Vᴴ = A` with `U`, `V` unitary (full and thin), `svdvals` = `svd`'s `s`
//! (non-negative, non-increasing), `diagsvd` rebuilding `Σ`, `polar` (`U P = A`, `P`
//! Hermitian, `U` with orthonormal columns or rows), `null_space` (`A Z = 0`, orthonormal,
//! `rank + nullity = N`), `orth` (orthonormal, spans the columns) and `subspace_angles`
//! (zero between a space and itself, in `[0, π/2]`).
//!
//! Tolerance: `1e-12 (1 + ‖A‖_F)` absolute, Frobenius norm-wise (entries are O(1) and the
//! sizes at most 7, so a backward-stable result is well inside it); angles within 1e-7 (an
//! angle between equal spaces is computed from a sine of order ε, whose arcsine is exact, but
//! the bases themselves carry rounding).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::Array2;
use sci_linalg::*;

fn real_matrix() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=7, 1usize..=7).prop_flat_map(|(m, n)| {
        prop::collection::vec(-1.0..1.0f64, m * n)
            .prop_map(move |v| Array2::from_shape_vec((m, n), v).unwrap())
    })
}

fn complex_matrix() -> impl Strategy<Value = Array2<Complex64>> {
    (1usize..=6, 1usize..=6).prop_flat_map(|(m, n)| {
        prop::collection::vec((-1.0..1.0f64, -1.0..1.0f64), m * n).prop_map(move |v| {
            Array2::from_shape_vec(
                (m, n),
                v.into_iter().map(|(a, b)| Complex64::new(a, b)).collect(),
            )
            .unwrap()
        })
    })
}

fn c(a: &Array2<f64>) -> Array2<Complex64> {
    a.mapv(|x| Complex64::new(x, 0.0))
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn adjoint(a: &Array2<Complex64>) -> Array2<Complex64> {
    a.t().mapv(|x| x.conj())
}

fn tol(a: &Array2<Complex64>) -> f64 {
    1e-12 * (1.0 + fro(a))
}

/// `‖QᴴQ - I‖ ≤ 1e-12` for the columns of `q`.
fn orthonormal_columns(q: &Array2<Complex64>) -> bool {
    fro(&(adjoint(q).dot(q) - Array2::<Complex64>::eye(q.ncols()))) <= 1e-12
}

fn check_svd(a: &Array2<Complex64>, r: &Svd<Complex64>, full: bool) -> Result<(), TestCaseError> {
    let (m, n) = a.dim();
    let k = m.min(n);
    prop_assert_eq!(r.u.dim(), if full { (m, m) } else { (m, k) });
    prop_assert_eq!(r.vh.dim(), if full { (n, n) } else { (k, n) });
    prop_assert!(r.s.windows(2).into_iter().all(|w| w[0] >= w[1]) && r.s.iter().all(|&x| x >= 0.0));
    let sigma = diagsvd(
        &r.s.mapv(|x| Complex64::new(x, 0.0)),
        r.u.ncols(),
        r.vh.nrows(),
    )
    .unwrap();
    let back = r.u.dot(&sigma).dot(&r.vh);
    prop_assert!(fro(&(back - a)) <= tol(a));
    prop_assert!(orthonormal_columns(&r.u));
    prop_assert!(orthonormal_columns(&adjoint(&r.vh)));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn svd_reconstructs_real(a in real_matrix()) {
        for full in [true, false] {
            let r = svd_with(&a, &SvdOptions::default().full_matrices(full)).unwrap();
            let rc = Svd { u: c(&r.u), s: r.s.clone(), vh: c(&r.vh) };
            check_svd(&c(&a), &rc, full)?;
            let s = svdvals(&a).unwrap();
            prop_assert!((&s - &r.s).iter().all(|d| d.abs() <= 1e-12 * (1.0 + s[0])));
        }
    }

    #[test]
    fn svd_reconstructs_complex(a in complex_matrix()) {
        for full in [true, false] {
            let r = svd_with(&a, &SvdOptions::default().full_matrices(full)).unwrap();
            check_svd(&a, &r, full)?;
        }
    }

    #[test]
    fn svd_f32_reconstructs(a in real_matrix()) {
        let a32 = a.mapv(|x| x as f32);
        let r = svd(&a32).unwrap();
        let sigma = diagsvd(&r.s, a.nrows(), a.ncols()).unwrap();
        let back = r.u.dot(&sigma).dot(&r.vh);
        let err = (&back - &a32).iter().map(|x| x * x).sum::<f32>().sqrt();
        prop_assert!(err <= 1e-5 * (1.0 + a32.iter().map(|x| x * x).sum::<f32>().sqrt()));
    }

    #[test]
    fn polar_factors(a in complex_matrix()) {
        let (m, n) = a.dim();
        for side in [PolarSide::Right, PolarSide::Left] {
            let r = polar_with(&a, &PolarOptions::default().side(side)).unwrap();
            let back = match side {
                PolarSide::Right => r.u.dot(&r.p),
                PolarSide::Left => r.p.dot(&r.u),
            };
            prop_assert!(fro(&(back - &a)) <= tol(&a));
            prop_assert!(fro(&(&r.p - &adjoint(&r.p))) <= tol(&a));
            // The trace of a positive semidefinite matrix is its nuclear norm.
            let trace: Complex64 = r.p.diag().sum();
            let nuc = norm_with(&a, &NormOptions::default().ord(NormOrd::Nuc)).unwrap()[[]];
            prop_assert!((trace - nuc).norm() <= tol(&a));
            let u = if m >= n { r.u.clone() } else { adjoint(&r.u) };
            prop_assert!(orthonormal_columns(&u));
        }
    }

    #[test]
    fn null_space_and_orth(a in low_rank_matrix()) {
        let (_, n) = a.dim();
        let rank = matrix_rank(&a).unwrap();
        let z = c(&null_space(&a).unwrap());
        prop_assert_eq!(z.ncols(), n - rank);
        prop_assert!(orthonormal_columns(&z));
        prop_assert!(fro(&c(&a).dot(&z)) <= tol(&c(&a)));
        let q = c(&orth(&a).unwrap());
        prop_assert_eq!(q.ncols(), rank);
        prop_assert!(orthonormal_columns(&q));
        // Q spans the columns of A: projecting them on it changes nothing.
        let ca = c(&a);
        prop_assert!(fro(&(q.dot(&adjoint(&q)).dot(&ca) - &ca)) <= tol(&ca));
    }

    #[test]
    fn subspace_angles_of_a_space_with_itself_vanish(a in real_matrix(), b in real_matrix()) {
        let theta = subspace_angles(&a, &orth(&a).unwrap()).unwrap();
        prop_assert!(theta.iter().all(|t| t.abs() <= 1e-7), "{:?}", theta);
        if a.nrows() == b.nrows() {
            let theta = subspace_angles(&a, &b).unwrap();
            prop_assert!(theta.iter().all(|&t| (0.0..=std::f64::consts::FRAC_PI_2 + 1e-12).contains(&t)));
            prop_assert!(theta.windows(2).into_iter().all(|w| w[0] >= w[1] - 1e-12));
        }
    }
}

/// `L R` with `L` `m × r` and `R` `r × n`: rank at most `r`.
fn low_rank_matrix() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=7, 1usize..=7, 1usize..=3).prop_flat_map(|(m, n, r)| {
        (
            prop::collection::vec(-1.0..1.0f64, m * r),
            prop::collection::vec(-1.0..1.0f64, r * n),
        )
            .prop_map(move |(l, rr)| {
                let l = Array2::from_shape_vec((m, r), l).unwrap();
                let rr = Array2::from_shape_vec((r, n), rr).unwrap();
                l.dot(&rr)
            })
    })
}
