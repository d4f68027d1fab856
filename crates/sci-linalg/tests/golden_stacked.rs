//! Golden tests of the stacked forms `stacked::{det, inv, solve}` against SciPy 1.17.1 on
//! `(3, 2, 4, 4)` stacks, real and complex, with a `(2, 4, 3)` right-hand side broadcast
//! against them and a 1-D one shared by all (`xtask/golden/linalg/basic.py`, topic
//! `stacked`), `stacked::{lu, cholesky}` on `(3, 2, 4, 3)` and `(2, 3, 5, 5)` stacks,
//! `stacked::{svd, svdvals}` (singular values against SciPy, vectors by reconstruction and
//! orthogonality) and the two-axis norms of a `(2, 3, 4, 5)` array over several pairs of axes
//! for every matrix order. Tolerance 1e-13 norm-wise (the matrices are diagonally weighted or
//! random, well conditioned).

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::{ArrayD, Axis, s};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{CholeskyOptions, LuOptions, NormOptions, NormOrd, Scalar, norm_with, stacked};

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let a: ArrayD<T> = case.args.array("a");
    let expected = case.expected.array::<Complex64>("x");
    let x = match case.args.str("func") {
        "det" => stacked::det(&a),
        "inv" => stacked::inv(&a),
        "solve" => stacked::solve(&a, &case.args.array::<T>("b")),
        "cholesky" => stacked::cholesky(&a, &CholeskyOptions::default()),
        "lu" => {
            let f = stacked::lu(&a, &LuOptions::default())
                .unwrap_or_else(|e| panic!("{}: {e}", case.name));
            assert_normwise(
                case,
                f.p.view(),
                &case.expected.array::<Complex64>("p"),
                0.0,
            );
            assert_normwise(
                case,
                f.l.view(),
                &case.expected.array::<Complex64>("l"),
                1e-13,
            );
            Ok(f.u)
        }
        "svd" => {
            check_svd(case, &a);
            stacked::svdvals(&a).map(|s| s.mapv(T::from_real))
        }
        "norm" => {
            let ord = match case.args.str("ord") {
                "fro" => NormOrd::Fro,
                "nuc" => NormOrd::Nuc,
                "inf" => NormOrd::Inf,
                "-inf" => NormOrd::NegInf,
                p => NormOrd::P(p.parse().expect("a numeric order")),
            };
            let axes = case.args.f64_list("axes");
            let (r, c) = (axes[0] as isize, axes[1] as isize);
            if (r, c) == (-2, -1) {
                let x = stacked::norm(&a, ord).expect("stacked norm");
                let kept = norm_with(
                    &a,
                    &NormOptions::default().ord(ord).axes(r, c).keepdims(true),
                )
                .expect("norm with keepdims");
                let mut kept_shape = a.shape().to_vec();
                kept_shape[a.ndim() - 2..].fill(1);
                assert_eq!(kept.shape(), &kept_shape[..]);
                assert_eq!(
                    kept.iter().collect::<Vec<_>>(),
                    x.iter().collect::<Vec<_>>()
                );
            }
            norm_with(&a, &NormOptions::default().ord(ord).axes(r, c)).map(|x| x.mapv(T::from_real))
        }
        other => panic!("unknown func {other}"),
    }
    .unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_normwise(case, x.view(), &expected, 1e-13);
}

/// `stacked::svd` reconstructs every matrix of the (3-D) stack with unitary factors, and its
/// `s` equals `svdvals`'.
fn check_svd<T: Scalar>(case: &Case, a: &ArrayD<T>) {
    let c = |x: &T| x.to_c64();
    let (m, n) = (a.shape()[a.ndim() - 2], a.shape()[a.ndim() - 1]);
    let batch = a.len() / (m * n);
    let flat =
        |x: &ArrayD<T>, r: usize, c: usize| x.to_shape((batch, r, c)).expect("a stack").to_owned();
    let a3 = flat(a, m, n);
    let f = stacked::svd(a).unwrap_or_else(|e| panic!("{}: {e}", case.name));
    assert_eq!(f.s, stacked::svdvals(a).expect("svdvals"));
    let (u, vh) = (flat(&f.u, m, m), flat(&f.vh, n, n));
    let k = m.min(n);
    let sv = f.s.to_shape((batch, k)).expect("s").to_owned();
    for (b, x) in a3.axis_iter(Axis(0)).enumerate() {
        let mut us = u.slice(s![b, .., ..k]).map(c);
        for (mut col, sigma) in us.columns_mut().into_iter().zip(sv.slice(s![b, ..])) {
            let sigma = Complex64::new(T::from_real(*sigma).to_c64().re, 0.0);
            col.mapv_inplace(|v| v * sigma);
        }
        let back = us.dot(&vh.slice(s![b, ..k, ..]).map(c));
        let err = (&back - &x.map(c))
            .iter()
            .map(|d: &Complex64| d.norm())
            .fold(0.0, f64::max);
        assert!(err < 1e-13, "{}: reconstruction error {err:e}", case.name);
        let ub = u.slice(s![b, .., ..]).map(c);
        let gram = ub.t().mapv(|v| v.conj()).dot(&ub);
        for ((i, j), g) in gram.indexed_iter() {
            let d: f64 = (g - if i == j { 1.0 } else { 0.0 }).norm();
            assert!(d < 1e-13, "{}: U is not unitary ({d:e})", case.name);
        }
    }
}

#[test]
fn stacked_forms_match_scipy() {
    let fixture = load("stacked");
    for case in &fixture.cases {
        if case.name.contains("complex") {
            check::<Complex64>(case);
        } else {
            check::<f64>(case);
        }
    }
    assert_eq!(fixture.cases.len(), 37);
}
