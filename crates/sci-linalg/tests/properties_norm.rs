//! Property tests of `norm` and numpy's extras on random small inputs (proptest): absolute
//! homogeneity and the triangle inequality of vector norms (p ≥ 1), the standard inequalities
//! between matrix norms (`‖A‖₂ ≤ ‖A‖_F ≤ ‖A‖_* ≤ √r ‖A‖_F`, `‖A‖₂² ≤ ‖A‖₁ ‖A‖_∞`), duality of
//! the 1- and ∞-norms under transposition, `axis` norms agreeing with the norms of the rows and
//! columns, `sign · exp(logabsdet) = det`, `A^k A^-k = I`, and `cond(A) = cond(A⁻¹) ≥ 1`.
//!
//! Tolerance: `1e-12` relative on norms of O(1) entries (a few roundings per entry); `1e-10`
//! for products of powers and inverses of the diagonally dominant matrices used (condition
//! numbers below 10).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, Axis};
use sci_linalg::*;

fn vector() -> impl Strategy<Value = Array1<f64>> {
    prop::collection::vec(-10.0..10.0f64, 1..12).prop_map(Array1::from)
}

fn matrix() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=6, 1usize..=6).prop_flat_map(|(m, n)| {
        prop::collection::vec(-1.0..1.0f64, m * n)
            .prop_map(move |v| Array2::from_shape_vec((m, n), v).unwrap())
    })
}

/// A square matrix with `4 I` added: diagonally dominant, condition number below 10.
fn dominant() -> impl Strategy<Value = Array2<f64>> {
    (1usize..=5).prop_flat_map(|n| {
        prop::collection::vec(-0.5..0.5f64, n * n).prop_map(move |v| {
            Array2::from_shape_vec((n, n), v).unwrap() + 4.0 * Array2::<f64>::eye(n)
        })
    })
}

fn vnorm(x: &Array1<f64>, ord: NormOrd) -> f64 {
    norm_with(x, &NormOptions::default().ord(ord)).unwrap()[[]]
}

fn mnorm(a: &Array2<f64>, ord: NormOrd) -> f64 {
    norm_with(a, &NormOptions::default().ord(ord)).unwrap()[[]]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn vector_norms_are_norms(x in vector(), scale in -5.0..5.0f64, p in 1.0..6.0f64) {
        let y = x.mapv(|v| (v * 1.7).cos());
        for ord in [NormOrd::P(1.0), NormOrd::P(2.0), NormOrd::Inf, NormOrd::P(p)] {
            let nx = vnorm(&x, ord);
            prop_assert!((vnorm(&(&x * scale), ord) - scale.abs() * nx).abs() <= 1e-12 * (1.0 + nx * scale.abs()));
            prop_assert!(vnorm(&(&x + &y), ord) <= (nx + vnorm(&y, ord)) * (1.0 + 1e-12));
        }
        prop_assert!((norm(&x).unwrap() - vnorm(&x, NormOrd::P(2.0))).abs() <= 1e-12 * norm(&x).unwrap());
        prop_assert!(vnorm(&x, NormOrd::NegInf) <= vnorm(&x, NormOrd::Inf));
    }

    #[test]
    fn matrix_norm_inequalities(a in matrix()) {
        let two = mnorm(&a, NormOrd::P(2.0));
        let fro = mnorm(&a, NormOrd::Fro);
        let nuc = mnorm(&a, NormOrd::Nuc);
        let r = a.nrows().min(a.ncols()) as f64;
        let slack = 1.0 + 1e-12;
        prop_assert!(two <= fro * slack && fro <= nuc * slack && nuc <= r.sqrt() * fro * slack);
        let one = mnorm(&a, NormOrd::P(1.0));
        let inf = mnorm(&a, NormOrd::Inf);
        prop_assert!(two * two <= one * inf * slack);
        let at = a.t().to_owned();
        prop_assert!((mnorm(&at, NormOrd::Inf) - one).abs() <= 1e-12 * (1.0 + one));
        prop_assert!((mnorm(&at, NormOrd::NegInf) - mnorm(&a, NormOrd::P(-1.0))).abs() <= 1e-12 * (1.0 + one));
        prop_assert!(mnorm(&a, NormOrd::P(-2.0)) <= two * slack);
        // Row norms along axis 1 are the vector norms of the rows.
        let rows = norm_with(&a, &NormOptions::default().axis(1)).unwrap();
        for (i, row) in a.axis_iter(Axis(0)).enumerate() {
            prop_assert!((rows[[i]] - norm(&row).unwrap()).abs() <= 1e-12 * (1.0 + rows[[i]]));
        }
        // Axes (1, 0) are the transpose.
        let t1 = norm_with(&a, &NormOptions::default().axes(1, 0).ord(NormOrd::P(1.0))).unwrap()[[]];
        prop_assert!((t1 - inf).abs() <= 1e-12 * (1.0 + inf));
    }

    #[test]
    fn slogdet_power_and_cond(a in dominant(), k in 1i64..4) {
        let n = a.nrows();
        let r = slogdet(&a).unwrap();
        let d = det(&a).unwrap();
        prop_assert!((r.sign * r.logabsdet.exp() - d).abs() <= 1e-12 * d.abs());
        let up = matrix_power(&a, k).unwrap();
        let down = matrix_power(&a, -k).unwrap();
        let prod = up.dot(&down);
        prop_assert!((prod - Array2::<f64>::eye(n)).iter().all(|v| v.abs() <= 1e-10));
        let c = cond(&a).unwrap();
        let ci = cond(&inv(&a).unwrap()).unwrap();
        prop_assert!(c >= 1.0 - 1e-12 && (c - ci).abs() <= 1e-10 * c);
        let ac = a.mapv(|x| Complex64::new(x, x / 3.0));
        let rc = slogdet(&ac).unwrap();
        let dc = det(&ac).unwrap();
        prop_assert!((rc.sign * rc.logabsdet.exp() - dc).norm() <= 1e-12 * dc.norm());
        prop_assert!((rc.sign.norm() - 1.0).abs() <= 1e-14);
    }
}
