//! Properties of `sqrtm`, `logm` and `fractional_matrix_power` on random matrices whose
//! eigenvalues lie in the right half-plane (`A = c I + B`, `|b_ij| ≤ 1`, `c > n`: by
//! Gershgorin every eigenvalue has real part above `c − n + 1 > 0`), real and complex, n ≤ 6:
//! `sqrtm(A)² = A`, `expm(logm(A)) = A`, `logm(expm(B)) = B` for small `B`,
//! `A^(1/2) = sqrtm(A)` and `A^s A^t = A^(s+t)`. Residuals are norm-wise (Frobenius), relative
//! to the norms the backward error bounds involve.

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::Array2;
use sci_linalg::{MatrixValue, expm, fractional_matrix_power, logm, sqrtm};

const EPS: f64 = f64::EPSILON;

fn frob(a: &Array2<Complex64>) -> f64 {
    a.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt()
}

fn diff(a: &Array2<Complex64>, b: &Array2<Complex64>) -> f64 {
    frob(&(a - b))
}

/// A real `n × n` matrix `c I + B` with entries of `B` from `entries`.
fn real_matrix(n: usize, entries: &[f64], shift: f64) -> Array2<f64> {
    Array2::from_shape_fn((n, n), |(i, j)| {
        entries[i * n + j] + if i == j { shift } else { 0.0 }
    })
}

fn complex_matrix(n: usize, re: &[f64], im: &[f64], shift: f64) -> Array2<Complex64> {
    Array2::from_shape_fn((n, n), |(i, j)| {
        Complex64::new(
            re[i * n + j] + if i == j { shift } else { 0.0 },
            im[i * n + j],
        )
    })
}

fn matrices() -> impl Strategy<Value = (usize, Vec<f64>, Vec<f64>, f64)> {
    (1usize..=6).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec(-1.0f64..1.0, n * n),
            prop::collection::vec(-1.0f64..1.0, n * n),
            (n as f64 + 0.5)..(n as f64 + 4.0),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn square_root_squares_back((n, re, im, shift) in matrices()) {
        for complex in [false, true] {
            let a = if complex {
                complex_matrix(n, &re, &im, shift)
            } else {
                real_matrix(n, &re, shift).mapv(|x| Complex64::new(x, 0.0))
            };
            let x = if complex {
                sqrtm(&a).unwrap()
            } else {
                let v = sqrtm(&a.mapv(|z| z.re)).unwrap();
                prop_assert!(v.is_real(), "a real matrix without negative eigenvalues");
                v
            }
            .to_complex();
            // The Schur method's residual bound: ‖X² − A‖ ≲ c n ε ‖X‖².
            let xn = frob(&x);
            prop_assert!(diff(&x.dot(&x), &a) <= 50.0 * n as f64 * EPS * xn * xn);
        }
    }

    #[test]
    fn exponential_of_logarithm((n, re, im, shift) in matrices()) {
        let a = complex_matrix(n, &re, &im, shift);
        let l = logm(&a).unwrap().to_complex();
        let back = expm(&l).unwrap();
        let tol = 200.0 * n as f64 * EPS * (1.0 + frob(&l)) * frob(&a);
        prop_assert!(diff(&back, &a) <= tol, "{} > {tol}", diff(&back, &a));
        let r = real_matrix(n, &re, shift);
        let lr = match logm(&r).unwrap() {
            MatrixValue::Real(x) => x,
            MatrixValue::Complex(_) => return Err(TestCaseError::fail("complex log of a real matrix")),
        };
        let back = expm(&lr).unwrap().mapv(|x| Complex64::new(x, 0.0));
        let rc = r.mapv(|x| Complex64::new(x, 0.0));
        let tol = 200.0 * n as f64 * EPS * (1.0 + frob(&lr.mapv(|x| Complex64::new(x, 0.0)))) * frob(&rc);
        prop_assert!(diff(&back, &rc) <= tol);
    }

    #[test]
    fn logarithm_of_exponential((n, re, im, _shift) in matrices()) {
        // ‖B‖₂ ≤ ‖B‖_F < π keeps the eigenvalues' imaginary parts in (−π, π): the principal
        // logarithm of exp(B) is B.
        let b = complex_matrix(n, &re, &im, 0.0).mapv(|z| z * (0.5 / n as f64));
        let e = expm(&b).unwrap();
        let l = logm(&e).unwrap().to_complex();
        prop_assert!(diff(&l, &b) <= 1e-12 * frob(&b).max(1e-300));
    }

    #[test]
    fn half_power_is_the_square_root((n, re, im, shift) in matrices()) {
        let a = complex_matrix(n, &re, &im, shift);
        let p = fractional_matrix_power(&a, 0.5).unwrap().to_complex();
        let s = sqrtm(&a).unwrap().to_complex();
        prop_assert!(diff(&p, &s) <= 1e-12 * frob(&s));
        let r = real_matrix(n, &re, shift);
        let p = fractional_matrix_power(&r, 0.5).unwrap();
        prop_assert!(p.is_real());
        let s = sqrtm(&r).unwrap().to_complex();
        prop_assert!(diff(&p.to_complex(), &s) <= 1e-12 * frob(&s));
    }

    #[test]
    fn powers_add((n, re, im, shift) in matrices(), s in -1.5f64..1.5, t in -1.5f64..1.5) {
        let a = complex_matrix(n, &re, &im, shift);
        let ps = fractional_matrix_power(&a, s).unwrap().to_complex();
        let pt = fractional_matrix_power(&a, t).unwrap().to_complex();
        let pst = fractional_matrix_power(&a, s + t).unwrap().to_complex();
        let lhs = ps.dot(&pt);
        // Each power is accurate to about κ ε with κ ≤ ‖A‖‖A⁻¹‖ (small here); the product
        // adds ‖A^s‖‖A^t‖ ε.
        let tol = 1e-12 * frob(&ps) * frob(&pt);
        prop_assert!(diff(&lhs, &pst) <= tol, "{} > {tol}", diff(&lhs, &pst));
    }
}
