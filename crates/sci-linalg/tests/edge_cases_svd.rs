//! Edge cases of the SVD family: empty shapes (SciPy's shapes of `U`, `s`, `Vh` and of the
//! bases), 1×1, NaN and infinity (refused, or non-convergence with the check off), bad
//! `diagsvd` lengths, mismatched `subspace_angles` rows, negative `rcond`.

use sci_core::Error;
use sci_core::ndarray::{Array2, array};
use sci_linalg::*;

#[test]
fn empty_shapes_follow_scipy() {
    // (shape, full U, full Vh, thin U, thin Vh, null_space, orth, polar u, polar p)
    type Dims = (usize, usize);
    type Shapes = (Dims, Dims, Dims, Dims, Dims, Dims, Dims, Dims, Dims);
    let cases: [Shapes; 3] = [
        (
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
            (0, 0),
        ),
        (
            (3, 0),
            (3, 3),
            (0, 0),
            (3, 0),
            (0, 0),
            (0, 0),
            (3, 0),
            (3, 0),
            (0, 0),
        ),
        (
            (0, 3),
            (0, 0),
            (3, 3),
            (0, 0),
            (0, 3),
            (3, 3),
            (0, 0),
            (0, 3),
            (3, 3),
        ),
    ];
    for (shape, fu, fvh, tu, tvh, ns, or, pu, pp) in cases {
        let a = Array2::<f64>::zeros(shape);
        let r = svd(&a).unwrap();
        assert_eq!(
            (r.u.dim(), r.s.len(), r.vh.dim()),
            (fu, 0, fvh),
            "{shape:?}"
        );
        let r = svd_with(&a, &SvdOptions::default().full_matrices(false)).unwrap();
        assert_eq!((r.u.dim(), r.vh.dim()), (tu, tvh), "{shape:?}");
        assert!(svdvals(&a).unwrap().is_empty());
        assert_eq!(null_space(&a).unwrap().dim(), ns, "{shape:?}");
        assert_eq!(orth(&a).unwrap().dim(), or, "{shape:?}");
        let p = polar(&a).unwrap();
        assert_eq!((p.u.dim(), p.p.dim()), (pu, pp), "{shape:?}");
    }
    // null_space of the 0 × 3 matrix is the whole space.
    assert_eq!(
        null_space(&Array2::<f64>::zeros((0, 3))).unwrap(),
        Array2::<f64>::eye(3)
    );
    let z = Array2::<f64>::zeros((3, 0));
    assert!(subspace_angles(&z, &z).unwrap().is_empty());
}

#[test]
fn one_by_one() {
    let r = svd(&array![[-2.0_f64]]).unwrap();
    assert_eq!(r.s[0], 2.0);
    assert_eq!(r.u[[0, 0]] * r.vh[[0, 0]], -1.0);
    let p = polar(&array![[-2.0_f64]]).unwrap();
    assert_eq!((p.u[[0, 0]], p.p[[0, 0]]), (-1.0, 2.0));
    assert_eq!(null_space(&array![[0.0_f64]]).unwrap().dim(), (1, 1));
    assert_eq!(orth(&array![[0.0_f64]]).unwrap().dim(), (1, 0));
    assert_eq!(null_space(&array![[3.0_f64]]).unwrap().dim(), (1, 0));
}

#[test]
fn non_finite_input() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    assert!(matches!(svd(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(svdvals(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(polar(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(null_space(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(orth(&a), Err(Error::NonFinite { .. })));
    assert!(matches!(
        subspace_angles(&a, &a),
        Err(Error::NonFinite { .. })
    ));
    let inf = array![[f64::INFINITY]];
    assert!(matches!(svd(&inf), Err(Error::NonFinite { .. })));
    // With the check off, LAPACK (and sci) report non-convergence instead of garbage.
    let off = SvdOptions::default().check_finite(false);
    assert!(matches!(
        svd_with(&a, &off),
        Err(Error::DidNotConverge { .. })
    ));
    assert!(matches!(
        svdvals_with(&inf, &off),
        Err(Error::DidNotConverge { .. })
    ));
}

#[test]
fn bad_arguments() {
    assert!(matches!(
        diagsvd(&array![1.0_f64, 2.0], 3, 3),
        Err(Error::InvalidArgument { .. })
    ));
    assert_eq!(
        diagsvd(&array![1.0_f64], 0, 1).map(|x| x.dim()).ok(),
        Some((0, 1))
    );
    let a = Array2::<f64>::ones((3, 2));
    let b = Array2::<f64>::ones((4, 2));
    assert!(matches!(
        subspace_angles(&a, &b),
        Err(Error::ShapeMismatch { .. })
    ));
    let negative = SubspaceOptions::default().rcond(-1.0);
    assert!(matches!(
        null_space_with(&a, &negative),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        orth_with(&a, &negative),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn both_drivers_agree() {
    let a = array![[1.0_f64, 2.0, 3.0], [4.0, 5.0, 6.5], [7.0, 8.0, 9.0]];
    let d = svd_with(
        &a,
        &SvdOptions::default().lapack_driver(LapackDriver::Gesdd),
    )
    .unwrap();
    let v = svd_with(
        &a,
        &SvdOptions::default().lapack_driver(LapackDriver::Gesvd),
    )
    .unwrap();
    assert!((&d.s - &v.s).iter().all(|x| x.abs() < 1e-14));
}

#[test]
fn single_precision_stays_single() {
    let a = array![[1.0_f32, 2.0], [3.0, 4.0]];
    let s: sci_core::ndarray::Array1<f32> = svdvals(&a).unwrap();
    assert!((s[0] - 5.464_986).abs() < 1e-5 && (s[1] - 0.365_966).abs() < 1e-5);
}

#[test]
fn extreme_magnitudes_do_not_overflow() {
    for scale in [1e300_f64, 1e-300] {
        let a = array![[scale, scale], [scale, -scale]];
        let s = svdvals(&a).unwrap();
        for v in s {
            assert!(
                (v / (scale * 2.0_f64.sqrt()) - 1.0).abs() < 1e-14,
                "{scale:e}: {v:e}"
            );
        }
        let p = pinv(&a).unwrap();
        assert!(p.iter().all(|v| v.is_finite()), "{scale:e}");
    }
}
