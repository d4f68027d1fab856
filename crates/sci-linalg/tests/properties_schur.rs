//! Property tests of the Hessenberg and Schur family on random real and complex square
//! matrices of order ≤ 8 (proptest), with continuous entries and with small integer entries
//! (repeated and defective eigenvalues, exact zeros, many complex pairs):
//!
//! - `hessenberg`: `Q H Qᴴ = A`, `Q` unitary, `H` zero below the subdiagonal, `Q e₁ = e₁`;
//! - `schur`: `Z T Zᵀ = A`, `Z` orthogonal, `T` quasi-triangular with standardised 2×2 blocks
//!   (equal diagonal, off-diagonals of opposite sign);
//! - `schur_complex`: `Z T Zᴴ = A`, `Z` unitary, `T` triangular, same eigenvalues as `schur`;
//! - sorting (real, by Bai–Demmel swaps, and complex, by Givens swaps) with a custom predicate
//!   and each named one: the same invariants, `sdim` equal to the number of selected
//!   eigenvalues of the unsorted form, and the leading `sdim` eigenvalues selected (up to
//!   rounding at the region's boundary) — or, for the real form, an `IllConditioned` error for
//!   blocks too close to swap stably;
//! - `rsf2csf` of `schur`: triangular, the same similarity;
//! - `cdf2rdf` of the eigenpairs read from a block diagonal matrix: `A vr = vr wr`.
//!
//! Tolerance: `1e-12 (1 + ‖A‖_F)` absolute in the Frobenius norm for reconstructions,
//! `1e-12` for orthogonality; eigenvalues are matched within `1e-6 (1 + ‖A‖_F)` (defective
//! eigenvalues move by O(√ε)).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2};
use sci_linalg::*;

fn real_matrix() -> impl Strategy<Value = Array2<f64>> {
    (0usize..=8).prop_flat_map(|n| {
        prop_oneof![
            prop::collection::vec(-1.0..1.0f64, n * n),
            prop::collection::vec((-2i32..=2).prop_map(f64::from), n * n),
        ]
        .prop_map(move |v| Array2::from_shape_vec((n, n), v).unwrap())
    })
}

fn complex_matrix() -> impl Strategy<Value = Array2<Complex64>> {
    (0usize..=7).prop_flat_map(|n| {
        prop::collection::vec((-1.0..1.0f64, -1.0..1.0f64), n * n).prop_map(move |v| {
            Array2::from_shape_vec(
                (n, n),
                v.into_iter().map(|(a, b)| Complex64::new(a, b)).collect(),
            )
            .unwrap()
        })
    })
}

fn c(a: &Array2<f64>) -> Array2<Complex64> {
    a.mapv(Complex64::from)
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn adjoint(a: &Array2<Complex64>) -> Array2<Complex64> {
    a.t().mapv(|x| x.conj())
}

/// `Z T Zᴴ = A` and `Zᴴ Z = I`.
fn similar(z: &Array2<Complex64>, t: &Array2<Complex64>, a: &Array2<Complex64>) -> bool {
    let n = a.nrows();
    fro(&(z.dot(t).dot(&adjoint(z)) - a)) <= 1e-12 * (1.0 + fro(a))
        && fro(&(adjoint(z).dot(z) - Array2::<Complex64>::eye(n))) <= 1e-12
}

fn triangular(t: &Array2<Complex64>) -> bool {
    t.indexed_iter()
        .all(|((i, j), x)| i <= j || x.norm() == 0.0)
}

/// The eigenvalues of a standardised real Schur form, or `None` if the structure is wrong.
fn quasi_triangular_eigenvalues(t: &Array2<f64>) -> Option<Vec<Complex64>> {
    let n = t.nrows();
    if t.indexed_iter().any(|((i, j), &x)| i > j + 1 && x != 0.0) {
        return None;
    }
    let mut out = Vec::new();
    let mut j = 0;
    while j < n {
        if j + 1 < n && t[[j + 1, j]] != 0.0 {
            if j + 2 < n && t[[j + 2, j + 1]] != 0.0 {
                return None;
            }
            let (a, b, cc, d) = (t[[j, j]], t[[j, j + 1]], t[[j + 1, j]], t[[j + 1, j + 1]]);
            if a != d || b * cc >= 0.0 {
                return None;
            }
            let im = (-(b * cc)).sqrt();
            out.extend([Complex64::new(a, im), Complex64::new(a, -im)]);
            j += 2;
        } else {
            out.push(Complex64::new(t[[j, j]], 0.0));
            j += 1;
        }
    }
    Some(out)
}

/// The two lists agree as multisets within `tol`.
fn same_spectrum(x: &[Complex64], y: &[Complex64], tol: f64) -> bool {
    if x.len() != y.len() {
        return false;
    }
    let mut used = vec![false; y.len()];
    x.iter().all(|e| {
        let best = (0..y.len())
            .filter(|&k| !used[k])
            .min_by(|&i, &j| (y[i] - e).norm().total_cmp(&(y[j] - e).norm()));
        match best {
            Some(k) if (y[k] - e).norm() <= tol => {
                used[k] = true;
                true
            }
            _ => false,
        }
    })
}

/// A predicate with a boundary that rarely passes through the eigenvalues of the integer
/// matrices: real part above 0.3.
fn custom(z: Complex64) -> bool {
    z.re > 0.3
}

fn near_custom_boundary(z: Complex64, tol: f64) -> bool {
    (z.re - 0.3).abs() <= tol
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn hessenberg_is_a_unitary_similarity(a in real_matrix()) {
        let f = hessenberg_with_q(&a, &HessenbergOptions::default()).unwrap();
        prop_assert!(similar(&c(&f.q), &c(&f.h), &c(&a)));
        prop_assert!(f.h.indexed_iter().all(|((i, j), &x)| i <= j + 1 || x == 0.0));
        if a.nrows() > 0 {
            let e1 = f.q.column(0).iter().enumerate().all(|(i, &x)| x == f64::from(u8::from(i == 0)));
            prop_assert!(e1, "Q e1 is not e1");
        }
        prop_assert_eq!(hessenberg(&a).unwrap(), f.h);
    }

    #[test]
    fn complex_hessenberg_is_a_unitary_similarity(a in complex_matrix()) {
        let f = hessenberg_with_q(&a, &HessenbergOptions::default()).unwrap();
        prop_assert!(similar(&f.q, &f.h, &a));
        prop_assert!(f.h.indexed_iter().all(|((i, j), x)| i <= j + 1 || x.norm() == 0.0));
    }

    #[test]
    fn real_schur_is_standardised_and_similar(a in real_matrix()) {
        let f = schur(&a).unwrap();
        prop_assert!(similar(&c(&f.z), &c(&f.t), &c(&a)));
        let w = quasi_triangular_eigenvalues(&f.t);
        prop_assert!(w.is_some(), "T not standardised: {:?}", f.t);
        let g = schur_complex(&a, &SchurOptions::default()).unwrap();
        prop_assert!(triangular(&g.t));
        prop_assert!(similar(&g.z, &g.t, &c(&a)));
        let tol = 1e-6 * (1.0 + fro(&c(&a)));
        prop_assert!(same_spectrum(&w.unwrap(), &g.t.diag().to_vec(), tol));
        let r = rsf2csf(&f.t, &f.z).unwrap();
        prop_assert!(triangular(&r.t));
        prop_assert!(similar(&r.z, &r.t, &c(&a)));
    }

    #[test]
    fn complex_schur_is_triangular_and_similar(a in complex_matrix()) {
        let f = schur_complex(&a, &SchurOptions::default()).unwrap();
        prop_assert!(triangular(&f.t));
        prop_assert!(similar(&f.z, &f.t, &a));
    }

    #[test]
    fn real_sort_moves_the_selected_blocks_first(a in real_matrix(), which in 0usize..5) {
        let sort = match which {
            0 => SchurSort::Lhp,
            1 => SchurSort::Rhp,
            2 => SchurSort::Iuc,
            3 => SchurSort::Ouc,
            _ => SchurSort::custom(custom),
        };
        let tol = 1e-6 * (1.0 + fro(&c(&a)));
        let on_boundary = |z: Complex64| match which {
            0 | 1 => z.re.abs() <= tol,
            2 | 3 => (z.norm() - 1.0).abs() <= tol,
            _ => near_custom_boundary(z, tol),
        };
        let selects = |z: Complex64| match which {
            0 => z.re < 0.0,
            1 => z.re >= 0.0,
            2 => z.norm() <= 1.0,
            3 => z.norm() > 1.0,
            _ => custom(z),
        };
        let plain = quasi_triangular_eigenvalues(&schur(&a).unwrap().t).unwrap();
        match schur_with(&a, &SchurOptions::default().sort(sort)) {
            Ok(f) => {
                prop_assert!(similar(&c(&f.z), &c(&f.t), &c(&a)));
                let w = quasi_triangular_eigenvalues(&f.t);
                prop_assert!(w.is_some(), "sorted T not standardised: {:?}", f.t);
                let w = w.unwrap();
                prop_assert!(same_spectrum(&w, &plain, tol));
                prop_assert!(w[..f.sdim].iter().all(|&z| selects(z) || on_boundary(z)));
                prop_assert!(w[f.sdim..].iter().all(|&z| !selects(z) || on_boundary(z)));
                if !plain.iter().any(|&z| on_boundary(z)) {
                    prop_assert_eq!(f.sdim, plain.iter().filter(|&&z| selects(z)).count());
                }
            }
            Err(e) => prop_assert!(matches!(e, sci_core::Error::IllConditioned { .. }), "{e}"),
        }
    }

    #[test]
    fn complex_sort_moves_the_selected_eigenvalues_first(a in complex_matrix(), which in 0usize..5) {
        let sort = match which {
            0 => SchurSort::Lhp,
            1 => SchurSort::Rhp,
            2 => SchurSort::Iuc,
            3 => SchurSort::Ouc,
            _ => SchurSort::custom(custom),
        };
        let selects = |z: Complex64| match which {
            0 => z.re < 0.0,
            1 => z.re >= 0.0,
            2 => z.norm() <= 1.0,
            3 => z.norm() > 1.0,
            _ => custom(z),
        };
        let plain = schur_complex(&a, &SchurOptions::default()).unwrap().t.diag().to_vec();
        let f = schur_complex(&a, &SchurOptions::default().sort(sort)).unwrap();
        prop_assert!(triangular(&f.t));
        prop_assert!(similar(&f.z, &f.t, &a));
        let w = f.t.diag().to_vec();
        prop_assert!(same_spectrum(&w, &plain, 1e-6 * (1.0 + fro(&a))));
        // Swaps move eigenvalues without changing them, so the selection is exact.
        prop_assert_eq!(f.sdim, plain.iter().filter(|&&z| selects(z)).count());
        prop_assert!(w[..f.sdim].iter().all(|&z| selects(z)));
    }

    #[test]
    fn cdf2rdf_gives_a_real_eigendecomposition(pairs in prop::collection::vec((-2.0..2.0f64, 0.1..2.0f64), 0..4), reals in prop::collection::vec(-2.0..2.0f64, 0..3)) {
        // A block diagonal matrix with known eigenpairs: (1, −i) for the block [[a, −b], [b, a]]
        // belongs to a + i b.
        let n = 2 * pairs.len() + reals.len();
        let mut a = Array2::<f64>::zeros((n, n));
        let mut w = Array1::<Complex64>::zeros(n);
        let mut v = Array2::<Complex64>::zeros((n, n));
        for (k, &(re, im)) in pairs.iter().enumerate() {
            let j = 2 * k;
            a[[j, j]] = re;
            a[[j + 1, j + 1]] = re;
            a[[j, j + 1]] = -im;
            a[[j + 1, j]] = im;
            w[j] = Complex64::new(re, im);
            w[j + 1] = Complex64::new(re, -im);
            v[[j, j]] = Complex64::new(1.0, 0.0);
            v[[j + 1, j]] = Complex64::new(0.0, -1.0);
            v[[j, j + 1]] = Complex64::new(1.0, 0.0);
            v[[j + 1, j + 1]] = Complex64::new(0.0, 1.0);
        }
        for (k, &x) in reals.iter().enumerate() {
            let j = 2 * pairs.len() + k;
            a[[j, j]] = x;
            w[j] = Complex64::new(x, 0.0);
            v[[j, j]] = Complex64::new(1.0, 0.0);
        }
        let r = cdf2rdf(&w, &v).unwrap();
        let res = a.dot(&r.vr) - r.vr.dot(&r.wr);
        prop_assert!(res.iter().all(|x| x.abs() <= 1e-14));
    }
}
