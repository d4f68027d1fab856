//! Golden tests of `orthogonal_procrustes` against SciPy 1.17.1
//! (`xtask/golden/linalg/procrustes.py`): tall and square, real and complex. Tolerance 1e-12
//! norm-wise for `R` (it depends on the SVD of a random matrix, conditioned below ~100) and
//! 1e-13 relative for `scale`.

mod common;

use common::{assert_normwise, load};
use sci_core::Complex64;
use sci_core::ndarray::{Array2, Ix2};
use sci_core::testing::{Case, ReadableElement};
use sci_linalg::{Scalar, orthogonal_procrustes};

fn check<T: Scalar + ReadableElement>(case: &Case) {
    let m = |key: &str| -> Array2<T> {
        case.args
            .array::<T>(key)
            .into_dimensionality::<Ix2>()
            .expect("2-D")
    };
    let p = orthogonal_procrustes(&m("a"), &m("b")).expect("orthogonal_procrustes");
    assert_normwise(
        case,
        p.r.view(),
        &case.expected.array::<Complex64>("r"),
        1e-12,
    );
    let scale = case.expected.f64("scale");
    assert!(
        (p.scale - scale).abs() <= 1e-13 * scale,
        "{}: scale {} vs {scale}",
        case.name,
        p.scale
    );
}

#[test]
fn orthogonal_procrustes_matches_scipy() {
    let fixture = load("procrustes");
    for case in &fixture.cases {
        if case.args.bool("complex") {
            check::<Complex64>(case);
        } else {
            check::<f64>(case);
        }
    }
    assert_eq!(fixture.cases.len(), 8);
}
