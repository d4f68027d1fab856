//! Property tests of the special matrices: the identities that define them, checked on
//! random inputs (proptest) and on every order of the exact integer forms.
//!
//! Tolerances: exact (`==`) where every operation is exact (small integers, integer
//! arithmetic, Hadamard products); the standard rounding bound `4 n eps (|A| |B|)_{ij}`
//! elementwise for floating products (hilbert · invhilbert); 1e-12 relative, norm-wise, for
//! FFT identities (circulant, dft); 1e-14 absolute for orthogonality (helmert, dft scaled).

use proptest::prelude::*;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, ArrayView1, Axis, s};
use sci_core::testing::{Tol, assert_close};
use sci_fft::{FftOptions, fft};
use sci_linalg::*;

/// A small index as an `i32` (test sizes are tiny).
fn small(i: usize) -> i32 {
    i32::try_from(i).unwrap()
}

fn eye(n: usize) -> Array2<f64> {
    Array2::eye(n)
}

/// Matrices with small integer entries, so that sums and products of a few are exact.
fn int_matrix(max_dim: usize) -> impl Strategy<Value = Array2<f64>> {
    (1..=max_dim, 1..=max_dim).prop_flat_map(|(m, n)| {
        prop::collection::vec(-5i8..=5, m * n)
            .prop_map(move |v| Array2::from_shape_fn((m, n), |(i, j)| f64::from(v[i * n + j])))
    })
}

fn real_vec(min: usize, max: usize) -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(-10.0..10.0f64, min..max)
}

fn complex_vec(min: usize, max: usize) -> impl Strategy<Value = Vec<Complex64>> {
    prop::collection::vec((-10.0..10.0f64, -10.0..10.0f64), min..max)
        .prop_map(|v| v.into_iter().map(|(a, b)| Complex64::new(a, b)).collect())
}

fn normwise_rel(a: &[Complex64], b: &[Complex64]) -> f64 {
    let d: f64 = a.iter().zip(b).map(|(x, y)| (x - y).norm_sqr()).sum();
    let s: f64 = b.iter().map(Complex64::norm_sqr).sum();
    if s == 0.0 { d.sqrt() } else { (d / s).sqrt() }
}

/// The product of two matrices of integers in wrapping (mod 2^128) arithmetic.
fn wrapping_product(a: &Array2<i128>, b: &Array2<i128>) -> Array2<i128> {
    let (m, k) = a.dim();
    let n = b.ncols();
    Array2::from_shape_fn((m, n), |(i, j)| {
        (0..k).fold(0i128, |acc, t| {
            acc.wrapping_add(a[[i, t]].wrapping_mul(b[[t, j]]))
        })
    })
}

/// The Pascal matrix of `kind` modulo 2^128, by Pascal's rule in wrapping arithmetic
/// (independent of the crate's binomial table).
fn pascal_mod(n: usize, kind: PascalKind) -> Array2<i128> {
    let rows = 2 * n + 1;
    let mut c = vec![vec![0i128; rows]; rows];
    for a in 0..rows {
        c[a][0] = 1;
        for b in 1..=a {
            c[a][b] = c[a - 1][b - 1].wrapping_add(c[a - 1][b]);
        }
    }
    Array2::from_shape_fn((n, n), |(i, j)| match kind {
        PascalKind::Symmetric => c[i + j][i],
        PascalKind::Lower => c[i][j],
        PascalKind::Upper => c[j][i],
    })
}

const KINDS: [PascalKind; 3] = [PascalKind::Symmetric, PascalKind::Lower, PascalKind::Upper];

#[test]
fn hilbert_times_invhilbert_is_identity_within_rounding() {
    for n in 1..=12 {
        let h = hilbert(n).unwrap();
        let inv = invhilbert(n).unwrap();
        let product = h.dot(&inv);
        let bound = h.mapv(f64::abs).dot(&inv.mapv(f64::abs)) * (4.0 * n as f64 * f64::EPSILON);
        for ((i, j), &p) in product.indexed_iter() {
            let target = if i == j { 1.0 } else { 0.0 };
            assert!(
                (p - target).abs() <= bound[[i, j]],
                "n = {n}, [{i}, {j}]: {p} vs {target}, bound {}",
                bound[[i, j]]
            );
        }
    }
}

#[test]
fn invhilbert_exact_is_the_rational_inverse_mod_2_128() {
    // H[k, j] = 1 / (k + j + 1). Multiplying Σ_k inv[i, k] H[k, j] = δ_ij by the common
    // denominator Π_t (t + j + 1) clears every fraction; the identity is then checked in
    // integers modulo 2^128 (the terms overflow i128, the congruence does not care).
    for n in 1..=27usize {
        let inv = invhilbert_exact(n).unwrap();
        for i in 0..n {
            for j in 0..n {
                // Σ_k inv[i, k] Π_{t ≠ k} (t + j + 1) = δ_ij Π_t (t + j + 1), mod 2^128.
                let mut lhs = 0i128;
                for k in 0..n {
                    let others = (0..n)
                        .filter(|&t| t != k)
                        .fold(1i128, |p, t| p.wrapping_mul((t + j + 1) as i128));
                    lhs = lhs.wrapping_add(inv[[i, k]].wrapping_mul(others));
                }
                let rhs = if i == j {
                    (0..n).fold(1i128, |p, t| p.wrapping_mul((t + j + 1) as i128))
                } else {
                    0
                };
                assert_eq!(lhs, rhs, "n = {n}, [{i}, {j}]");
            }
        }
    }
}

#[test]
fn invhilbert_float_rounds_the_exact_inverse() {
    for n in 0..=27 {
        let exact = invhilbert_exact(n).unwrap();
        let float = invhilbert(n).unwrap();
        assert_eq!(float, exact.mapv(|x| x as f64), "n = {n}");
    }
}

#[test]
fn pascal_is_lower_times_upper_exactly() {
    for n in 0..=34 {
        let p = pascal_exact(n, PascalKind::Symmetric).unwrap();
        let l = pascal_exact(n, PascalKind::Lower).unwrap().mapv(u128::from);
        let u = pascal_exact(n, PascalKind::Upper).unwrap().mapv(u128::from);
        let lu = Array2::from_shape_fn((n, n), |(i, j)| {
            (0..n).map(|k| l[[i, k]] * u[[k, j]]).sum::<u128>()
        });
        assert_eq!(p.mapv(u128::from), lu, "n = {n}");
        assert_eq!(
            pascal_exact(n, PascalKind::Upper).unwrap(),
            pascal_exact(n, PascalKind::Lower).unwrap().t()
        );
    }
}

#[test]
fn pascal_exact_covers_the_orders_that_fit_u64() {
    assert!(pascal_exact(34, PascalKind::Symmetric).is_ok());
    assert!(pascal_exact(35, PascalKind::Symmetric).is_err());
    assert!(pascal_exact(68, PascalKind::Lower).is_ok());
    assert!(pascal_exact(69, PascalKind::Lower).is_err());
    assert!(pascal_exact(69, PascalKind::Upper).is_err());
    // The matrices agree with Pascal's rule modulo 2^128 (here: exactly) at the limit.
    for (n, kind) in [
        (34, PascalKind::Symmetric),
        (68, PascalKind::Lower),
        (68, PascalKind::Upper),
    ] {
        let p = pascal_exact(n, kind).unwrap().mapv(i128::from);
        assert_eq!(p, pascal_mod(n, kind), "n = {n}, {kind}");
    }
}

#[test]
fn pascal_float_rounds_the_exact_binomials() {
    for kind in KINDS {
        for n in 0..=34 {
            let exact = pascal_exact(n, kind).unwrap();
            assert_eq!(
                pascal(n, kind).unwrap(),
                exact.mapv(|x| x as f64),
                "n = {n}, {kind}"
            );
        }
        // Past u64, against Pascal's rule in wrapping u128 arithmetic (exact below 2^127).
        let n = if kind == PascalKind::Symmetric {
            60
        } else {
            120
        };
        let reference = pascal_mod(n, kind).mapv(|x| x as f64);
        assert_eq!(pascal(n, kind).unwrap(), reference, "n = {n}, {kind}");
    }
}

#[test]
fn pascal_float_past_u128_matches_the_product_formula() {
    // Past 2^128 the entries come from Pascal's rule in f64 (about 2n ulps); the product
    // formula C(a, b) = Π (a - b + t) / t has a similar error: 1e-12 relative covers both.
    let binomial = |a: usize, b: usize| {
        if b > a {
            return 0.0;
        }
        (1..=b).fold(1.0, |c, t| c * (a - b + t) as f64 / t as f64)
    };
    let n = 150;
    let sym = pascal(n, PascalKind::Symmetric).unwrap();
    let lower = pascal(n, PascalKind::Lower).unwrap();
    let upper = pascal(n, PascalKind::Upper).unwrap();
    assert_eq!(upper, lower.t());
    for i in (0..n).step_by(7) {
        for j in (0..n).step_by(5) {
            assert_close(sym[[i, j]], binomial(i + j, i), Tol::rel(1e-12));
            assert_close(lower[[i, j]], binomial(i, j), Tol::rel(1e-12));
        }
    }
    // The largest entries overflow to infinity, as SciPy's floating result does.
    assert!(pascal(600, PascalKind::Symmetric).unwrap()[[599, 599]].is_infinite());
}

#[test]
fn invpascal_times_pascal_is_identity_in_integers() {
    for kind in KINDS {
        // Every order up to 40, then past int64 up to the last order that fits i128.
        let (max, extra): (usize, &[usize]) = if kind == PascalKind::Symmetric {
            (67, &[50, 66, 67])
        } else {
            (131, &[67, 100, 131])
        };
        for n in (0..=40).chain(extra.iter().copied()) {
            let inv = invpascal_exact(n, kind).unwrap();
            let p = pascal_mod(n, kind);
            let eye_i = Array2::from_shape_fn((n, n), |(i, j)| i128::from(i == j));
            // Modulo 2^128 (products overflow past ~n = 34), and exactly for small n.
            assert_eq!(wrapping_product(&inv, &p), eye_i, "n = {n}, {kind}");
            if n <= 20 {
                let exact = Array2::from_shape_fn((n, n), |(i, j)| {
                    (0..n)
                        .map(|k| inv[[i, k]].checked_mul(p[[k, j]]).unwrap())
                        .sum::<i128>()
                });
                assert_eq!(exact, eye_i, "n = {n}, {kind}");
            }
        }
        assert!(
            invpascal_exact(max + 1, kind).is_err(),
            "{kind}: {} must overflow",
            max + 1
        );
    }
}

#[test]
fn invpascal_float_matches_the_exact_inverse() {
    for kind in KINDS {
        for n in 0..=40 {
            let exact = invpascal_exact(n, kind).unwrap();
            assert_eq!(
                invpascal(n, kind).unwrap(),
                exact.mapv(|x| x as f64),
                "n = {n}, {kind}"
            );
        }
    }
    // Past i128 (n = 68 symmetric), the f64 path: P⁻¹ P ≈ I relative to |P⁻¹| |P|.
    let n = 70;
    let inv = invpascal(n, PascalKind::Symmetric).unwrap();
    let p = pascal(n, PascalKind::Symmetric).unwrap();
    let scale = inv.mapv(f64::abs).dot(&p);
    let residual = inv.dot(&p) - eye(n);
    for ((i, j), r) in residual.indexed_iter() {
        assert!(
            r.abs() <= 8.0 * n as f64 * f64::EPSILON * scale[[i, j]],
            "[{i}, {j}]: {r}"
        );
    }
}

#[test]
fn hadamard_rows_are_orthogonal() {
    for k in 0..=7 {
        let n = 1usize << k;
        let h = hadamard(n).unwrap();
        assert_eq!(h.dot(&h.t()), eye(n) * n as f64, "n = {n}");
        assert!(h.iter().all(|&x| x == 1.0 || x == -1.0));
    }
}

#[test]
fn helmert_is_orthogonal() {
    for n in 1..=20 {
        let h = helmert(n, true).unwrap();
        assert_close(h.dot(&h.t()), eye(n), Tol::abs(1e-14));
        let partial = helmert(n, false).unwrap();
        assert_eq!(partial, h.slice(s![1.., ..]));
        // The rows of the partial matrix are contrasts: they sum to zero.
        for row in partial.rows() {
            assert!(row.sum().abs() < 1e-14);
        }
    }
}

#[test]
fn dft_matrix_applies_the_fft_and_is_unitary_when_scaled() {
    for n in [1usize, 2, 3, 5, 8, 16, 31] {
        let x: Array1<Complex64> = (0..n)
            .map(|k| Complex64::new(k as f64 + 0.5, (k * k) as f64 % 7.0))
            .collect();
        let m = dft(n, DftScale::Unscaled).unwrap();
        let y = fft(&x, &FftOptions::default()).unwrap();
        assert!(normwise_rel(m.dot(&x).as_slice().unwrap(), y.as_slice().unwrap()) < 1e-13);
        let u = dft(n, DftScale::Sqrtn).unwrap();
        let uh = u.t().mapv(|z| z.conj());
        assert_close(
            u.dot(&uh),
            eye(n).mapv(|v| Complex64::new(v, 0.0)),
            Tol::abs(1e-14),
        );
        let scaled = dft(n, DftScale::N).unwrap();
        assert_close(&(scaled * n as f64), &m, Tol::new(1e-15, 1e-15));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn circulant_is_diagonalised_by_the_fft(c in complex_vec(1, 40), seed in 0u64..1000) {
        let n = c.len();
        let x: Array1<Complex64> = (0..n)
            .map(|k| Complex64::new(((k as u64 * 7 + seed) % 11) as f64 - 5.0, ((k as u64 + seed) % 5) as f64))
            .collect();
        let a = circulant(&c).unwrap();
        let lhs = fft(&a.dot(&x), &FftOptions::default()).unwrap();
        let fc = fft(&c, &FftOptions::default()).unwrap();
        let fx = fft(&x, &FftOptions::default()).unwrap();
        let rhs = &fc * &fx;
        prop_assert!(normwise_rel(lhs.as_slice().unwrap(), rhs.as_slice().unwrap()) < 1e-12);
    }

    #[test]
    fn kron_has_the_mixed_product_property(
        a in int_matrix(3), b in int_matrix(3), cols_c in 1usize..4, cols_d in 1usize..4, seed in 0i32..100
    ) {
        // C is a.ncols() x cols_c, D is b.ncols() x cols_d; small integers keep every sum exact.
        let c = Array2::from_shape_fn((a.ncols(), cols_c), |(i, j)| f64::from((seed + 3 * small(i) - 2 * small(j)) % 5));
        let d = Array2::from_shape_fn((b.ncols(), cols_d), |(i, j)| f64::from((seed * 7 + small(i) + small(j)) % 4 - 1));
        let lhs = kron(&a, &b).unwrap().dot(&kron(&c, &d).unwrap());
        let rhs = kron(&a.dot(&c), &b.dot(&d)).unwrap();
        prop_assert_eq!(lhs, rhs);
    }

    #[test]
    fn khatri_rao_columns_are_kronecker_products(a in int_matrix(4), rows_b in 1usize..4, seed in 0i32..50) {
        let b = Array2::from_shape_fn((rows_b, a.ncols()), |(i, j)| f64::from((seed + small(i) * 3 + small(j)) % 7 - 3));
        let kr = khatri_rao(&a, &b).unwrap();
        prop_assert_eq!(kr.dim(), (a.nrows() * rows_b, a.ncols()));
        for j in 0..a.ncols() {
            let col_a = a.column(j).insert_axis(Axis(1));
            let col_b = b.column(j).insert_axis(Axis(1));
            let k = kron(&col_a, &col_b).unwrap();
            prop_assert_eq!(kr.column(j), k.column(0));
        }
    }

    #[test]
    fn symmetric_and_hermitian_parts_are_recognised(a in int_matrix(6), shift in -3.0..3.0f64) {
        let n = a.nrows().min(a.ncols());
        let sq = a.slice(s![..n, ..n]).mapv(|x| x + shift);
        let sym = &sq + &sq.t();
        let opts = SymmetryOptions::default();
        prop_assert!(issymmetric(&sym, &opts).unwrap());
        prop_assert!(ishermitian(&sym, &opts).unwrap());
        let skew = &sq - &sq.t();
        let is_zero = skew.iter().all(|&x| x == 0.0);
        prop_assert_eq!(issymmetric(&skew, &opts).unwrap(), is_zero);
        // Complex: A + Aᴴ is Hermitian; A + Aᵀ is symmetric but Hermitian only when real.
        let z = Array2::from_shape_fn((n, n), |(i, j)| Complex64::new(sq[[i, j]], sq[[j, i]] - 1.0));
        let herm = &z + &z.t().mapv(|v| v.conj());
        prop_assert!(ishermitian(&herm, &opts).unwrap());
        let csym = &z + &z.t();
        prop_assert!(issymmetric(&csym, &opts).unwrap());
        let real = csym.iter().all(|v| v.im == 0.0);
        prop_assert_eq!(ishermitian(&csym, &opts).unwrap(), real);
    }

    #[test]
    fn bandwidth_finds_the_band(m in 1usize..9, n in 1usize..9, lower in 0usize..9, upper in 0usize..9) {
        let (lower, upper) = (lower.min(m - 1), upper.min(n - 1));
        let a = Array2::from_shape_fn((m, n), |(i, j)| {
            let inside = i <= j + lower && j <= i + upper;
            // The band's outermost diagonals get a nonzero entry (where they exist).
            if inside { 1.0 + (i * n + j) as f64 } else { 0.0 }
        });
        prop_assert_eq!(bandwidth(&a), (lower, upper));
        let t = a.t().to_owned();
        prop_assert_eq!(bandwidth(&t), (upper, lower));
        prop_assert_eq!(bandwidth(&a.mapv(|x| Complex64::new(0.0, x))), (lower, upper));
    }

    #[test]
    fn toeplitz_and_hankel_are_constant_along_diagonals(c in complex_vec(0, 8), r in complex_vec(0, 8)) {
        let t = toeplitz(&c, Some(ArrayView1::from(&r))).unwrap();
        let h = hankel(&c, Some(ArrayView1::from(&r))).unwrap();
        prop_assert_eq!(t.dim(), (c.len(), r.len()));
        for ((i, j), &v) in t.indexed_iter() {
            prop_assert_eq!(v, if i >= j { c[i - j] } else { r[j - i] });
            if i > 0 && j > 0 {
                prop_assert_eq!(v, t[[i - 1, j - 1]]);
            }
        }
        for ((i, j), &v) in h.indexed_iter() {
            if i > 0 && j + 1 < r.len() {
                prop_assert_eq!(v, h[[i - 1, j + 1]]);
            }
        }
        // Without r: toeplitz is Hermitian off the diagonal (r = conj(c)), its diagonal is c[0].
        let d = toeplitz(&c, None).unwrap();
        for ((i, j), &v) in d.indexed_iter() {
            if i != j {
                prop_assert_eq!(v, d[[j, i]].conj());
            } else {
                prop_assert_eq!(v, c[0]);
            }
        }
    }

    #[test]
    fn convolution_matrix_convolves(a in real_vec(1, 7), v in real_vec(1, 9)) {
        let (m, n) = (a.len(), v.len());
        // The naive linear convolution.
        let full: Vec<f64> = (0..m + n - 1)
            .map(|k| (0..n).filter(|&j| k >= j && k - j < m).map(|j| a[k - j] * v[j]).sum())
            .collect();
        let x = Array1::from(v.clone());
        let yf = convolution_matrix(&a, n, ConvolutionMode::Full).unwrap().dot(&x);
        assert_close(&yf, &full, Tol::new(1e-13, 1e-12));
        let (lo, hi) = (m.min(n), m.max(n));
        let same = convolution_matrix(&a, n, ConvolutionMode::Same).unwrap().dot(&x);
        let start = (lo - 1) / 2;
        assert_close(&same, &full[start..start + hi], Tol::new(1e-13, 1e-12));
        let valid = convolution_matrix(&a, n, ConvolutionMode::Valid).unwrap().dot(&x);
        assert_close(&valid, &full[lo - 1..hi], Tol::new(1e-13, 1e-12));
    }

    #[test]
    fn companion_matrices_share_the_roots(roots in prop::collection::vec(-4i8..=4, 1..7), lead in 1i8..4) {
        // p(x) = lead Π (x - r): integer coefficients, exact in f64.
        let mut p = vec![f64::from(lead)];
        for &r in &roots {
            let mut next = vec![0.0; p.len() + 1];
            for (k, &c) in p.iter().enumerate() {
                next[k] += c;
                next[k + 1] -= c * f64::from(r);
            }
            p = next;
        }
        let c = companion(&p).unwrap();
        let n = roots.len();
        // The Vandermonde vector of each root is an eigenvector of the Frobenius form.
        for &r in &roots {
            let r = f64::from(r);
            let v: Array1<f64> = (0..n).map(|k| r.powi(small(n - 1 - k))).collect();
            assert_close(c.dot(&v), &v * r, Tol::new(1e-12, 1e-9));
        }
        // Fiedler's form is similar to it: the traces of the powers agree (power sums of the roots).
        let f = fiedler_companion(&p).unwrap();
        let (mut ck, mut fk) = (eye(n), eye(n));
        for _ in 0..n {
            ck = ck.dot(&c);
            fk = fk.dot(&f);
            assert_close(fk.diag().sum(), ck.diag().sum(), Tol::new(1e-12, 1e-9));
        }
    }

    #[test]
    fn block_diag_places_each_block(blocks in prop::collection::vec(int_matrix(3), 0..5)) {
        let m = block_diag(blocks.iter().map(|b| b.view())).unwrap();
        if blocks.is_empty() {
            prop_assert_eq!(m.dim(), (1, 0));
        } else {
            let rows: usize = blocks.iter().map(Array2::nrows).sum();
            let cols: usize = blocks.iter().map(Array2::ncols).sum();
            prop_assert_eq!(m.dim(), (rows, cols));
            let (mut r, mut c) = (0, 0);
            for b in &blocks {
                prop_assert_eq!(m.slice(s![r..r + b.nrows(), c..c + b.ncols()]), b.view());
                r += b.nrows();
                c += b.ncols();
            }
            let total: f64 = blocks.iter().map(|b| b.mapv(f64::abs).sum()).sum();
            prop_assert_eq!(m.mapv(f64::abs).sum(), total);
        }
    }

    #[test]
    fn fiedler_and_leslie_follow_their_definitions(a in real_vec(1, 8)) {
        let f = fiedler(&a).unwrap();
        for ((i, j), &v) in f.indexed_iter() {
            prop_assert_eq!(v, (a[i] - a[j]).abs());
            prop_assert_eq!(v, f[[j, i]]);
        }
        let s: Vec<f64> = a.iter().skip(1).map(|x| x.abs() / 10.0).collect();
        if !s.is_empty() {
            let l = leslie(&a, &s).unwrap();
            prop_assert_eq!(l.row(0), ArrayView1::from(&a));
            let sub: Vec<f64> = (0..s.len()).map(|i| l[[i + 1, i]]).collect();
            prop_assert_eq!(&sub, &s);
            prop_assert_eq!(l.iter().filter(|&&x| x != 0.0).count(), a.iter().chain(&s).filter(|&&x| x != 0.0).count());
        }
    }
}
