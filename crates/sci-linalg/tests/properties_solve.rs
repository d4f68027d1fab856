//! Property tests of the solvers and the LU and Cholesky factorizations on random
//! diagonally weighted matrices (condition numbers below ~10): solve round trips for every
//! structure, `A · inv(A) = I`, `det(A B) = det(A) det(B)`, `P L U = A`, `Uᴴ U = A`,
//! `lu_solve` and `cho_solve` agreeing with `solve`, and the stacked forms agreeing with the
//! 2-D ones. Tolerance 1e-12 relative (norm-wise) unless stated.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, Array3, Axis};
use sci_linalg::*;

/// An `n × n` matrix with entries in [-1, 1] plus `n` on the diagonal.
fn dominant(max: usize) -> impl Strategy<Value = Array2<f64>> {
    (1..=max).prop_flat_map(|n| {
        prop::collection::vec(-1.0..1.0f64, n * n).prop_map(move |v| {
            Array2::from_shape_fn((n, n), |(i, j)| {
                v[i * n + j] + if i == j { n as f64 + 1.0 } else { 0.0 }
            })
        })
    })
}

fn rel_err(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let d = (a - b).iter().map(|v| v * v).sum::<f64>().sqrt();
    d / b.iter().map(|v| v * v).sum::<f64>().sqrt().max(1e-300)
}

fn band_of(a: &Array2<f64>, l: usize, u: usize) -> Array2<f64> {
    Array2::from_shape_fn(a.dim(), |(i, j)| {
        if i > j + l || j > i + u {
            0.0
        } else {
            a[(i, j)]
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn solve_round_trips_for_every_structure(a in dominant(9), seed in 0u64..1000) {
        let n = a.nrows();
        let x = Array1::from_shape_fn(n, |i| ((i as u64 * 7 + seed) % 11) as f64 - 5.0);
        let sym = (&a + &a.t()) / 2.0;
        let cases: Vec<(AssumeA, Array2<f64>)> = vec![
            (AssumeA::General, a.clone()),
            (AssumeA::Diagonal, Array2::from_diag(&a.diag())),
            (AssumeA::Tridiagonal, band_of(&a, 1, 1)),
            (AssumeA::Banded, band_of(&a, 2, 1)),
            (AssumeA::UpperTriangular, band_of(&a, 0, n)),
            (AssumeA::LowerTriangular, band_of(&a, n, 0)),
            (AssumeA::Symmetric, sym.clone()),
            (AssumeA::Hermitian, sym.clone()),
            (AssumeA::PositiveDefinite, sym),
        ];
        for (structure, m) in cases {
            let b = m.dot(&x);
            let got = solve_with(&m, &b, &SolveOptions::default().assume_a(structure)).unwrap();
            let err = (&got - &x).iter().fold(0.0f64, |e, v| e.max(v.abs()));
            prop_assert!(err < 1e-12 * 10.0, "{structure:?}: error {err:e}");
            // Detection picks a structure that gives the same answer.
            let auto = solve(&m, &b).unwrap();
            prop_assert!((&auto - &x).iter().all(|v| v.abs() < 1e-11), "{structure:?} detected");
            // The transposed system.
            let bt = m.t().dot(&x);
            let got = solve_with(&m, &bt, &SolveOptions::default().assume_a(structure).transposed(true)).unwrap();
            prop_assert!((&got - &x).iter().all(|v| v.abs() < 1e-11), "{structure:?} transposed");
        }
    }

    #[test]
    fn inverse_and_determinant_identities(a in dominant(8), b in dominant(8)) {
        let ia = inv(&a).unwrap();
        prop_assert!(rel_err(&a.dot(&ia), &Array2::eye(a.nrows())) < 1e-12);
        if a.nrows() == b.nrows() {
            let (da, db, dab): (f64, f64, f64) = (det(&a).unwrap(), det(&b).unwrap(), det(&a.dot(&b)).unwrap());
            prop_assert!((dab - da * db).abs() <= 1e-12 * dab.abs());
        }
        let dt: f64 = det(&a.t()).unwrap();
        let d: f64 = det(&a).unwrap();
        prop_assert!((dt - d).abs() <= 1e-12 * d.abs());
    }

    #[test]
    fn lu_reconstructs_and_solves(a in dominant(8), rows in 0usize..3) {
        // Rectangular too: drop or repeat rows.
        let m = if rows == 0 { a.clone() } else if rows == 1 && a.nrows() > 1 { a.slice(sci_core::ndarray::s![..a.nrows() - 1, ..]).to_owned() } else { sci_core::ndarray::concatenate![Axis(0), a, a] };
        let f = lu(&m).unwrap();
        prop_assert!(rel_err(&f.p.dot(&f.l).dot(&f.u), &m) < 1e-13);
        let fp = lu_permute_l(&m, &LuOptions::default()).unwrap();
        prop_assert!(rel_err(&fp.pl.dot(&fp.u), &m) < 1e-13);
        let factors = lu_factor(&a, &LuOptions::default()).unwrap();
        let b = Array1::linspace(-1.0, 1.0, a.nrows());
        let x = lu_solve(&factors, &b, &LuSolveOptions::default()).unwrap();
        let y = solve_with(&a, &b, &SolveOptions::default().assume_a(AssumeA::General)).unwrap();
        prop_assert!((&x - &y).iter().all(|v| v.abs() < 1e-12));
    }

    #[test]
    fn cholesky_reconstructs_and_solves(a in dominant(8), lower in any::<bool>()) {
        let s = a.t().dot(&a);
        let c = cholesky_with(&s, &CholeskyOptions::default().lower(lower)).unwrap();
        let back = if lower { c.dot(&c.t()) } else { c.t().dot(&c) };
        prop_assert!(rel_err(&back, &s) < 1e-13);
        let f = cho_factor(&s, &CholeskyOptions::default().lower(lower)).unwrap();
        let b = Array1::linspace(1.0, 2.0, s.nrows());
        let x = cho_solve(&f, &b, &ChoSolveOptions::default()).unwrap();
        prop_assert!((s.dot(&x) - &b).iter().all(|r| r.abs() < 1e-10));
    }

    #[test]
    fn stacked_forms_agree_with_the_matrix_forms(a in dominant(5), k in 1usize..4) {
        let n = a.nrows();
        let stack = Array3::from_shape_fn((k, n, n), |(t, i, j)| a[(i, j)] * (t + 1) as f64);
        let d = stacked::det(&stack).unwrap();
        let ia = stacked::inv(&stack).unwrap();
        for t in 0..k {
            let m = stack.index_axis(Axis(0), t).to_owned();
            let dm: f64 = det(&m).unwrap();
            prop_assert!((d[[t]] - dm).abs() <= 1e-13 * dm.abs());
            let im = inv(&m).unwrap();
            prop_assert!(rel_err(&ia.index_axis(Axis(0), t).to_owned().into_dimensionality().unwrap(), &im) < 1e-14);
        }
    }

    #[test]
    fn complex_solves_round_trip(re in dominant(6), seed in 0u64..100) {
        let n = re.nrows();
        let a = Array2::from_shape_fn((n, n), |(i, j)| Complex64::new(re[(i, j)], ((i + 2 * j) as u64 + seed) as f64 % 3.0 - 1.0));
        let x = Array1::from_shape_fn(n, |i| Complex64::new(i as f64, 1.0));
        let b = a.dot(&x);
        let got = solve(&a, &b).unwrap();
        prop_assert!((&got - &x).iter().all(|v| v.norm() < 1e-12));
        let ia = inv(&a).unwrap();
        let eye = a.dot(&ia);
        let identity_error = eye
            .indexed_iter()
            .map(|((i, j), v)| (v - Complex64::new(if i == j { 1.0 } else { 0.0 }, 0.0)).norm())
            .fold(0.0f64, f64::max);
        prop_assert!(identity_error < 1e-12);
    }
}
