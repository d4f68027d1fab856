//! Edge cases of `cossin`: partitions outside `0 < p, q < m` (so empty and 1×1 input too) are
//! invalid arguments, as in SciPy; non-square input and NaN are errors; the identity and a
//! block swap give angles 0 and π/2 exactly; `compute_u` / `compute_vh` off give empty
//! factors, as SciPy returns; complex input keeps complex factors with a real middle factor.

use sci_core::ndarray::{Array2, array};
use sci_core::{Complex64, Error};
use sci_linalg::*;

#[test]
fn partitions_must_be_proper() {
    let x = Array2::<f64>::eye(3);
    for (p, q) in [(0, 1), (3, 1), (1, 0), (1, 3)] {
        assert!(
            matches!(cossin(&x, p, q), Err(Error::InvalidArgument { .. })),
            "{p} {q}"
        );
    }
    let e = Array2::<f64>::zeros((0, 0));
    assert!(matches!(
        cossin(&e, 0, 0),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        cossin(&array![[1.0_f64]], 1, 1),
        Err(Error::InvalidArgument { .. })
    ));
}

#[test]
fn shape_and_finiteness_are_checked() {
    let err = cossin(&Array2::<f64>::zeros((2, 3)), 1, 1).unwrap_err();
    assert!(err.to_string().contains("expected square matrix"), "{err}");
    let x = array![[f64::NAN, 1.0], [1.0, 0.0]];
    assert!(matches!(cossin(&x, 1, 1), Err(Error::NonFinite { .. })));
}

#[test]
fn identity_and_block_swap() {
    let f = cossin_separate(&Array2::<f64>::eye(4), 2, 2, &CossinOptions::default()).unwrap();
    assert_eq!(f.theta.to_vec(), vec![0.0, 0.0]);
    let swap = array![
        [0.0_f64, 0.0, 1.0, 0.0],
        [0.0, 0.0, 0.0, 1.0],
        [1.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 0.0]
    ];
    let f = cossin_separate(&swap, 2, 2, &CossinOptions::default()).unwrap();
    assert!(
        f.theta
            .iter()
            .all(|&t| (t - std::f64::consts::FRAC_PI_2).abs() < 1e-15)
    );
}

#[test]
fn factors_can_be_skipped() {
    let (c, s) = (0.6_f64, 0.8_f64);
    let x = array![[c, -s], [s, c]];
    let f = cossin_with(&x, 1, 1, &CossinOptions::default().compute_u(false)).unwrap();
    assert_eq!(f.u.dim(), (0, 0));
    assert_eq!(f.vdh.dim(), (2, 2));
    let f = cossin_separate(&x, 1, 1, &CossinOptions::default().compute_vh(false)).unwrap();
    assert_eq!(
        (f.v1h.dim(), f.v2h.dim(), f.u1.dim()),
        ((0, 0), (0, 0), (1, 1))
    );
}

#[test]
fn complex_input() {
    let i = Complex64::new(0.0, 1.0);
    let h = std::f64::consts::FRAC_1_SQRT_2;
    let x = array![
        [i * h, i * h],
        [-h * Complex64::new(1.0, 0.0), h * Complex64::new(1.0, 0.0)]
    ];
    let f = cossin(&x, 1, 1).unwrap();
    let cs = f.cs.mapv(|v| Complex64::new(v, 0.0));
    let back = f.u.dot(&cs).dot(&f.vdh) - &x;
    assert!(back.iter().all(|v| v.norm() < 1e-15));
    assert!((f.cs[[0, 0]] - h).abs() < 1e-15);
}
