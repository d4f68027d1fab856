//! Golden tests of the eigenproblems against SciPy 1.17.1 (`xtask/golden/linalg/eigen.py`).
//!
//! Eigenvectors are unique only up to unit factors, so the vectors are checked through
//! invariants and the eigenvalues against SciPy's:
//! - `eig`: each SciPy eigenvalue is matched to the nearest unused one of ours within
//!   `1e-9 ||A||_F` (`1e-3` in single precision; non-symmetric eigenvalues carry their
//!   condition number, moderate for these random matrices); residuals
//!   `||A v - λ v|| <= 1e-12 n ||A||_F` (generalized: `||A v - λ B v||` against
//!   `||A|| + |λ| ||B||`), `||vlᴴ A - λ vlᴴ||` likewise, unit 2-norms to 1e-13;
//! - `eigh`, `eig_banded`, `eigh_tridiagonal`: ascending eigenvalues norm-wise to
//!   `1e-12` relative to `||A||_F` (backward-stable Hermitian eigenvalues have absolute error
//!   `O(eps ||A||)`, even for the Hilbert matrix's tiny ones; 1e-5 in single precision);
//!   residuals `<= 1e-12 n` relative and orthonormality (`Vᴴ V = I`, or `Vᴴ B V = I` for
//!   generalized types 1 and 2; looser by `10 n` for the generalized problem, whose
//!   eigenvalues carry `cond(B)`, about `n` here).

mod common;

use common::load;
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, Ix1, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    EigBandedOptions, EigOptions, EighOptions, EighTridiagonalOptions, Scalar, Select, eig_banded,
    eig_with, eigh_tridiagonal, eigh_with, eigvals_homogeneous, eigvalsh_tridiagonal,
};

fn matrix<T: ReadableElement>(case: &Case, key: &str) -> Array2<T> {
    case.args
        .array::<T>(key)
        .into_dimensionality::<Ix2>()
        .expect("2-D")
}

fn expected(case: &Case, key: &str) -> Vec<Complex64> {
    case.expected
        .array::<Complex64>(key)
        .iter()
        .copied()
        .collect()
}

fn c64<T: Scalar>(a: &Array2<T>) -> Array2<Complex64> {
    a.mapv(|x| x.to_c64())
}

fn fro(a: &Array2<Complex64>) -> f64 {
    a.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt()
}

/// Every expected eigenvalue has a distinct actual one within `tol` (infinite ones must be
/// infinite too).
fn assert_matched(case: &Case, actual: &[Complex64], expected: &[Complex64], tol: f64) {
    assert_eq!(actual.len(), expected.len(), "{}: count", case.name);
    let mut used = vec![false; actual.len()];
    for e in expected {
        let (mut best, mut dist) = (usize::MAX, f64::INFINITY);
        for (k, a) in actual.iter().enumerate() {
            let d = if e.re.is_infinite() {
                if a.re.is_infinite() {
                    0.0
                } else {
                    f64::INFINITY
                }
            } else {
                (a - e).norm()
            };
            if !used[k] && d < dist {
                (best, dist) = (k, d);
            }
        }
        assert!(
            dist <= tol,
            "{}: eigenvalue {e} unmatched (nearest {dist:e} > {tol:e})",
            case.name
        );
        used[best] = true;
    }
}

/// `||a v_i - w_i b v_i|| <= tol (||a|| + |w_i| ||b||)` for every column, and unit norms.
fn assert_residual(
    case: &Case,
    a: &Array2<Complex64>,
    b: Option<&Array2<Complex64>>,
    w: &[Complex64],
    v: &Array2<Complex64>,
    tol: f64,
    unit: bool,
) {
    let n = a.nrows();
    let eye = Array2::<Complex64>::eye(n);
    let b = b.unwrap_or(&eye);
    for (i, &l) in w.iter().enumerate() {
        if !l.re.is_finite() {
            continue;
        }
        let x = v.column(i);
        let r = a.dot(&x) - b.dot(&x).mapv(|y| y * l);
        let r = r.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
        let scale =
            (fro(a) + l.norm() * fro(b)) * x.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
        assert!(
            r <= tol * scale.max(f64::MIN_POSITIVE),
            "{}: residual {i} = {r:e}",
            case.name
        );
        if unit {
            let norm = x.iter().map(|z| z.norm_sqr()).sum::<f64>().sqrt();
            assert!(
                (norm - 1.0).abs() < 1e-5_f64.min(tol * 1e3),
                "{}: norm {norm}",
                case.name
            );
        }
    }
}

fn check_eig<T: Scalar + ReadableElement>(case: &Case, wtol: f64, rtol: f64)
where
    T::Real: sci_linalg::RealScalar,
    sci_core::num_complex::Complex<T::Real>: Scalar<Real = T::Real>,
{
    let a = matrix::<T>(case, "a");
    let b = case.args.has("b").then(|| matrix::<T>(case, "b"));
    let mut options = EigOptions::default().left(true);
    if let Some(b) = &b {
        options = options.b(b).homogeneous_eigvals(true);
    }
    let r = eig_with(&a, &options).expect("eig");
    let w: Vec<Complex64> = r.w.iter().map(|z| z.to_c64()).collect();
    let ac = c64(&a);
    let bc = b.as_ref().map(c64);
    let scale = fro(&ac).max(bc.as_ref().map_or(0.0, fro)).max(1.0);
    assert_matched(case, &w, &expected(case, "w"), wtol * scale);
    let n = a.nrows().max(1) as f64;
    let vr = r.vr.expect("vr").mapv(|z| z.to_c64());
    assert_residual(case, &ac, bc.as_ref(), &w, &vr, rtol * n, true);
    // Left vectors: vlᴴ A = λ vlᴴ B, i.e. Aᴴ vl = conj(λ) Bᴴ vl.
    let vl = r.vl.expect("vl").mapv(|z| z.to_c64());
    let ah = ac.t().mapv(|z| z.conj());
    let bh = bc.as_ref().map(|b| b.t().mapv(|z| z.conj()));
    let wc: Vec<Complex64> = w.iter().map(|z| z.conj()).collect();
    assert_residual(case, &ah, bh.as_ref(), &wc, &vl, rtol * n, true);
    if case.expected.has("homogeneous") {
        let h = r.homogeneous.expect("homogeneous");
        assert_eq!(h.dim(), (2, a.nrows()), "{}", case.name);
        // Compare the ratios: (α, β) pairs are unique only up to a common factor.
        let ratio: Vec<Complex64> = (0..a.nrows())
            .map(|j| h[(0, j)].to_c64() / h[(1, j)].to_c64())
            .collect();
        assert_matched(case, &ratio, &expected(case, "w"), wtol * scale);
        let hv = eigvals_homogeneous(&a, &options).expect("eigvals_homogeneous");
        assert_eq!(hv.dim(), (2, a.nrows()));
    }
}

fn sorted_close(case: &Case, actual: &Array1<f64>, expected: &[Complex64], tol: f64) {
    assert_eq!(actual.len(), expected.len(), "{}: count", case.name);
    for (x, e) in actual.iter().zip(expected) {
        assert!(
            (x - e.re).abs() <= tol,
            "{}: {x} vs {} (tol {tol:e})",
            case.name,
            e.re
        );
    }
    assert!(
        actual.windows(2).into_iter().all(|p| p[0] <= p[1]),
        "{}: ascending",
        case.name
    );
}

fn check_eigh<T: Scalar + ReadableElement>(case: &Case, rtol: f64) {
    let a = matrix::<T>(case, "a");
    let lower = !case.args.has("lower") || case.args.bool("lower");
    let b = case.args.has("b").then(|| matrix::<T>(case, "b"));
    let mut options = EighOptions::default().lower(lower);
    let full = |m: &Array2<T>| {
        let n = m.nrows();
        Array2::from_shape_fn((n, n), |(i, j)| {
            let (r, c) = if (i >= j) == lower { (i, j) } else { (j, i) };
            let x = m[(r, c)].to_c64();
            if (r, c) == (i, j) { x } else { x.conj() }
        })
    };
    let ac = full(&a);
    let bc = b.as_ref().map(full);
    if let Some(b) = &b {
        options = options
            .b(b)
            .type_(u8::try_from(case.args.usize("type")).expect("type"));
    }
    if case.args.has("lo") {
        options = options.subset_by_index(case.args.usize("lo"), case.args.usize("hi"));
    }
    if case.args.has("vlo") {
        options = options.subset_by_value(case.args.f64("vlo"), case.args.f64("vhi"));
    }
    let r = eigh_with(&a, &options).expect("eigh");
    let w = r.w.mapv(|x| x.into());
    let scale = fro(&ac).max(bc.as_ref().map_or(0.0, fro)).max(1.0);
    // The generalized problem's eigenvalues carry cond(B) (about n for these B).
    let wtol = rtol
        * scale
        * if b.is_some() {
            10.0 * a.nrows() as f64
        } else {
            1.0
        };
    sorted_close(case, &w, &expected(case, "w"), wtol);
    let v = r.v.expect("v").mapv(|z| z.to_c64());
    let wc: Vec<Complex64> = w.iter().map(|&x| Complex64::new(x, 0.0)).collect();
    let n = a.nrows().max(1) as f64;
    match case.args.has("type").then(|| case.args.usize("type")) {
        None => {
            assert_residual(case, &ac, None, &wc, &v, rtol * n, false);
            let g = v.t().mapv(|z| z.conj()).dot(&v);
            let e = &g - &Array2::<Complex64>::eye(v.ncols());
            assert!(
                fro(&e) <= rtol * n * 10.0,
                "{}: orthonormality {:e}",
                case.name,
                fro(&e)
            );
        }
        Some(t) => {
            let bc = bc.expect("b");
            // type 1: A v = λ B v; type 2: A B v = λ v; type 3: B A v = λ v.
            let (lhs, rhs) = match t {
                1 => (ac.clone(), Some(bc.clone())),
                2 => (ac.dot(&bc), None),
                _ => (bc.dot(&ac), None),
            };
            assert_residual(case, &lhs, rhs.as_ref(), &wc, &v, rtol * n * 10.0, false);
            if t != 3 {
                let g = v.t().mapv(|z| z.conj()).dot(&bc).dot(&v);
                let e = &g - &Array2::<Complex64>::eye(v.ncols());
                assert!(
                    fro(&e) <= rtol * n * 100.0,
                    "{}: B-orthonormality {:e}",
                    case.name,
                    fro(&e)
                );
            }
        }
    }
}

fn check_banded<T: Scalar + ReadableElement>(case: &Case) {
    let ab = matrix::<T>(case, "a_band");
    let o = EigBandedOptions::default().lower(case.args.bool("lower"));
    let r = eig_banded(&ab, &o).expect("eig_banded");
    let n = ab.ncols();
    let scale = ab
        .iter()
        .map(|x| x.to_c64().norm_sqr())
        .sum::<f64>()
        .sqrt()
        .max(1.0)
        * 2.0;
    sorted_close(
        case,
        &r.w.mapv(|x| x.into()),
        &expected(case, "w"),
        1e-12 * scale,
    );
    let v = r.v.expect("v").mapv(|z| z.to_c64());
    let g = v.t().mapv(|z| z.conj()).dot(&v);
    assert!(
        fro(&(&g - &Array2::<Complex64>::eye(n))) < 1e-12 * n as f64,
        "{}",
        case.name
    );
    let hi = n - 1 - n / 3;
    let ri = eig_banded(&ab, &o.eigvals_only(true).select(Select::Index(0, hi))).expect("index");
    assert!(ri.v.is_none());
    sorted_close(
        case,
        &ri.w.mapv(|x| x.into()),
        &expected(case, "w_index"),
        1e-12 * scale,
    );
    let rv = eig_banded(&ab, &o.select(Select::Value(-1.0, 1.0))).expect("value");
    sorted_close(
        case,
        &rv.w.mapv(|x| x.into()),
        &expected(case, "w_value"),
        1e-12 * scale,
    );
    assert_eq!(rv.v.expect("v").dim(), (n, rv.w.len()));
}

fn check_tridiagonal(case: &Case) {
    let vec = |k: &str| -> Array1<f64> {
        case.args
            .array::<f64>(k)
            .into_dimensionality::<Ix1>()
            .expect("1-D")
    };
    let (d, e) = (vec("d"), vec("e"));
    let n = d.len();
    let scale = (d.iter().chain(e.iter()).map(|x| x * x).sum::<f64>().sqrt() * 2.0).max(1.0);
    let r = eigh_tridiagonal(&d, &e, &EighTridiagonalOptions::default()).expect("eigh_tridiagonal");
    sorted_close(case, &r.w, &expected(case, "w"), 1e-12 * scale);
    let v = r.v.expect("v");
    let t = Array2::from_shape_fn((n, n), |(i, j)| {
        if i == j {
            d[i]
        } else if i == j + 1 {
            e[j]
        } else if j == i + 1 {
            e[i]
        } else {
            0.0
        }
    });
    let res = t.dot(&v) - &v * &r.w;
    assert!(
        res.iter().map(|x| x * x).sum::<f64>().sqrt() < 1e-12 * scale * n as f64,
        "{}",
        case.name
    );
    let oi = EighTridiagonalOptions::default().select(Select::Index(0, n / 2));
    sorted_close(
        case,
        &eigvalsh_tridiagonal(&d, &e, &oi).expect("index"),
        &expected(case, "w_index"),
        1e-12 * scale,
    );
    let ov = EighTridiagonalOptions::default().select(Select::Value(-0.5, 1.0));
    sorted_close(
        case,
        &eigvalsh_tridiagonal(&d, &e, &ov).expect("value"),
        &expected(case, "w_value"),
        1e-12 * scale,
    );
}

#[test]
fn eigen_family_matches_scipy() {
    let fixture = load("eigen");
    for case in &fixture.cases {
        let complex = case.args.has("complex") && case.args.bool("complex");
        let name = case.name.as_str();
        if name.starts_with("eig_banded") {
            if complex {
                check_banded::<Complex64>(case);
            } else {
                check_banded::<f64>(case);
            }
        } else if name.starts_with("eigh_tridiagonal") {
            check_tridiagonal(case);
        } else if name.starts_with("eigh") {
            if name == "eigh f32" {
                check_eigh::<f32>(case, 1e-5);
            } else if complex {
                check_eigh::<Complex64>(case, 1e-12);
            } else {
                check_eigh::<f64>(case, 1e-12);
            }
        } else if name == "eig f32" {
            check_eig::<f32>(case, 1e-3, 1e-5);
        } else if complex {
            check_eig::<Complex64>(case, 1e-9, 1e-12);
        } else {
            check_eig::<f64>(case, 1e-9, 1e-12);
        }
    }
    assert_eq!(fixture.cases.len(), 90);
}
