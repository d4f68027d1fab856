//! Golden tests of the SVD family against SciPy 1.17.1 (`xtask/golden/linalg/svd.py`): `svd`
//! (full and thin), `svdvals`, `polar` (both sides), `null_space`, `orth`, `diagsvd` and
//! `subspace_angles` on square, tall, wide, Hilbert, rank-deficient, near-singular, 1×1 and
//! empty matrices, real, complex, float32 and complex64.
//!
//! Singular vectors are unique only up to a unit factor per pair, so they are checked through
//! invariants: the reconstruction `‖U Σ Vᴴ - A‖ ≤ tol ‖A‖` and the orthogonality
//! `‖UᴴU - I‖ ≤ tol` with `tol = max(1e-13, 4 n ε)` (`1e-5` floor in single precision); the
//! singular values are compared norm-wise with the same tolerance (Weyl's bound: the error of
//! each is at most `ε ‖A‖₂` for a backward-stable SVD). `polar`'s `P` is compared with the
//! same tolerance (its perturbation is bounded by `√2 ‖ΔA‖`), its `U` (full rank only) with
//! `tolerance(s₀/s_min)`; the orthogonal projectors `Q Qᴴ` of `null_space`/`orth` with
//! `tolerance(s₀/s_r)` (`s_r` the smallest singular value kept), their sizes exactly; the
//! principal angles within `1e-7` absolute (SciPy takes some large angles from their sines,
//! which costs `√ε`), and within `1e-6` relative below `1e-4`.

mod common;

use common::{assert_normwise, by_dtype, dtype_index, load, tolerance};
use sci_core::Complex64;
use sci_core::ndarray::{Array1, Array2, ArrayD, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{
    PolarOptions, PolarSide, Scalar, SubspaceOptions, SvdOptions, diagsvd, null_space_with,
    orth_with, polar_with, subspace_angles, svd_with, svdvals,
};

fn c64<T: Scalar>(a: &Array2<T>) -> Array2<Complex64> {
    a.mapv(Scalar::to_c64)
}

fn frobenius(a: &Array2<Complex64>) -> f64 {
    a.iter().map(Complex64::norm_sqr).sum::<f64>().sqrt()
}

fn eps<T: Scalar>() -> f64 {
    <T::Real as faer::traits::RealField>::epsilon_impl().into()
}

fn reals<T: Scalar>(s: &Array1<T::Real>) -> Vec<f64> {
    s.iter().map(|&x| x.into()).collect()
}

fn shape(case: &Case, key: &str) -> (usize, usize) {
    let v = case.expected.f64_list(key);
    (v[0] as usize, v[1] as usize)
}

/// `‖UᴴU - I‖_F ≤ tol` for the columns of `u`.
fn assert_orthonormal_columns(case: &Case, what: &str, u: &Array2<Complex64>, tol: f64) {
    let g = u.t().mapv(|x| x.conj()).dot(u) - Array2::<Complex64>::eye(u.ncols());
    assert!(
        frobenius(&g) <= tol,
        "{}: {what} not orthonormal: {:e}",
        case.name,
        frobenius(&g)
    );
}

fn check_svd<T: Scalar + ReadableElement>(case: &Case, a: &Array2<T>, full: bool) {
    let (m, n) = a.dim();
    let tol = tolerance(1.0, eps::<T>(), m.max(n));
    let r = svd_with(a, &SvdOptions::default().full_matrices(full)).expect("svd");
    let (us, vs, ss) = if full {
        ("u_shape", "vh_shape", "s_full")
    } else {
        ("u_thin_shape", "vh_thin_shape", "s_thin")
    };
    assert_eq!(r.u.dim(), shape(case, us), "{}: u shape", case.name);
    assert_eq!(r.vh.dim(), shape(case, vs), "{}: vh shape", case.name);
    let s = Array1::from(reals::<T>(&r.s));
    assert_normwise(case, s.view(), &case.expected.array::<Complex64>(ss), tol);
    let k = s.len();
    let (u, vh) = (c64(&r.u), c64(&r.vh));
    let mut us_ = u.slice(sci_core::ndarray::s![.., ..k]).to_owned();
    for (j, mut col) in us_.columns_mut().into_iter().enumerate() {
        col.mapv_inplace(|x| x * s[j]);
    }
    let back = us_.dot(&vh.slice(sci_core::ndarray::s![..k, ..]));
    let a64 = c64(a);
    let err = frobenius(&(&back - &a64));
    assert!(
        err <= tol * frobenius(&a64).max(f64::MIN_POSITIVE),
        "{}: ‖UΣVᴴ - A‖ = {err:e}",
        case.name
    );
    let otol = tol * (m.max(n).max(1) as f64);
    assert_orthonormal_columns(case, "U", &u, otol);
    assert_orthonormal_columns(case, "V", &vh.t().mapv(|x| x.conj()), otol);
}

/// `Q Qᴴ`.
fn projector(q: &Array2<Complex64>) -> Array2<Complex64> {
    q.dot(&q.t().mapv(|x| x.conj()))
}

/// The tolerance of a basis of the singular vectors beyond (or up to) rank `r`.
fn basis_tolerance<T: Scalar>(s: &[f64], rank: usize, m: usize, n: usize) -> f64 {
    let kept = if rank == 0 {
        s.first().copied().unwrap_or(1.0)
    } else {
        s[rank - 1]
    };
    let cond = if kept > 0.0 {
        s.first().copied().unwrap_or(1.0) / kept
    } else {
        1.0
    };
    tolerance(cond, eps::<T>(), m.max(n))
}

fn check_subspaces<T: Scalar + ReadableElement>(case: &Case, a: &Array2<T>, rcond: Option<f64>) {
    let (m, n) = a.dim();
    let s = reals::<T>(&svdvals(a).expect("svdvals"));
    let mut options = SubspaceOptions::default();
    if let Some(r) = rcond {
        options = options.rcond(r);
    }
    let wanted = |key: &str| case.expected.has(key);
    if wanted("null_space_ncols") || case.args.str("func") == "null_space" {
        let key = if wanted("null_space_ncols") {
            "null_space_"
        } else {
            ""
        };
        let z = null_space_with(a, &options).expect("null_space");
        assert_eq!(
            z.ncols(),
            case.expected.usize(&format!("{key}ncols")),
            "{}: null_space size",
            case.name
        );
        let rank = n - z.ncols();
        let tol = basis_tolerance::<T>(&s, rank, m, n);
        let p = projector(&c64(&z));
        assert_normwise(
            case,
            p.view(),
            &case.expected.array::<Complex64>(&format!("{key}projector")),
            tol,
        );
    }
    if wanted("orth_ncols") || case.args.str("func") == "orth" {
        let key = if wanted("orth_ncols") { "orth_" } else { "" };
        let q = orth_with(a, &options).expect("orth");
        assert_eq!(
            q.ncols(),
            case.expected.usize(&format!("{key}ncols")),
            "{}: orth size",
            case.name
        );
        let tol = basis_tolerance::<T>(&s, q.ncols(), m, n);
        let p = projector(&c64(&q));
        assert_normwise(
            case,
            p.view(),
            &case.expected.array::<Complex64>(&format!("{key}projector")),
            tol,
        );
    }
}

fn check_polar<T: Scalar + ReadableElement>(case: &Case, a: &Array2<T>) {
    let (m, n) = a.dim();
    let s = reals::<T>(&svdvals(a).expect("svdvals"));
    let e = eps::<T>();
    for (side, name) in [(PolarSide::Right, "right"), (PolarSide::Left, "left")] {
        let r = polar_with(a, &PolarOptions::default().side(side)).expect("polar");
        let p = c64(&r.p);
        let a64 = c64(a);
        // ‖P - P_scipy‖ ≤ tol ‖A‖ (= ‖P‖_F).
        assert_normwise(
            case,
            p.view(),
            &case.expected.array::<Complex64>(&format!("polar_{name}_p")),
            tolerance(1.0, e, m.max(n)),
        );
        let back = match side {
            PolarSide::Right => c64(&r.u).dot(&p),
            PolarSide::Left => p.dot(&c64(&r.u)),
        };
        let err = frobenius(&(&back - &a64));
        assert!(
            err <= tolerance(1.0, e, m.max(n)) * frobenius(&a64).max(f64::MIN_POSITIVE),
            "{}: polar {name} reconstruction {err:e}",
            case.name
        );
        if case.expected.bool("full_rank") && !s.is_empty() {
            let cond = s[0] / s[s.len() - 1];
            assert_normwise(
                case,
                c64(&r.u).view(),
                &case.expected.array::<Complex64>(&format!("polar_{name}_u")),
                tolerance(cond, e, m.max(n)),
            );
        }
    }
}

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let args = &case.args;
    match args.str("func") {
        "all" => {
            let a = args
                .array::<T>("a")
                .into_dimensionality::<Ix2>()
                .expect("2-D");
            check_svd(case, &a, true);
            check_svd(case, &a, false);
            let s = Array1::from(reals::<T>(&svdvals(&a).expect("svdvals")));
            let tol = tolerance(1.0, eps::<T>(), a.nrows().max(a.ncols()));
            assert_normwise(case, s.view(), &case.expected.array::<Complex64>("s"), tol);
            check_polar(case, &a);
            check_subspaces(case, &a, None);
        }
        "null_space" | "orth" => {
            let a = args
                .array::<T>("a")
                .into_dimensionality::<Ix2>()
                .expect("2-D");
            check_subspaces(case, &a, Some(args.f64("rcond")));
        }
        "diagsvd" => {
            let s = args.array::<f64>("s").into_dimensionality().expect("1-D");
            let x = diagsvd(&s, args.usize("m"), args.usize("n")).expect("diagsvd");
            assert_normwise(case, x.view(), &case.expected.array::<Complex64>("x"), 0.0);
        }
        "subspace_angles" => {
            let a = args
                .array::<T>("a")
                .into_dimensionality::<Ix2>()
                .expect("2-D");
            let b = args
                .array::<T>("b")
                .into_dimensionality::<Ix2>()
                .expect("2-D");
            let theta = reals::<T>(&subspace_angles(&a, &b).expect("subspace_angles"));
            let expected: ArrayD<Complex64> = case.expected.array("theta");
            assert_eq!(theta.len(), expected.len(), "{}: count", case.name);
            for (t, e) in theta.iter().zip(expected.iter()) {
                let tol = if e.re > 1e-4 {
                    1e-7
                } else {
                    1e-6 * e.re + 1e-15
                };
                assert!(
                    (t - e.re).abs() <= tol,
                    "{}: angle {t} vs {}",
                    case.name,
                    e.re
                );
            }
        }
        other => panic!("{}: unknown func {other}", case.name),
    }
}

#[test]
fn svd_family_matches_scipy() {
    let fixture = load("svd");
    let mut counts = [0usize; 4];
    for case in &fixture.cases {
        by_dtype!(check, case);
        counts[dtype_index(case)] += 1;
    }
    assert!(
        counts[0] > 20 && counts[1] > 5 && counts[2] >= 2 && counts[3] >= 1,
        "{counts:?}"
    );
}
