//! Edge cases of `norm` and numpy's extras: empty input (numpy's zeros and errors), orders
//! that do not apply, axes out of range or repeated, 3-D input, overflow and underflow of the
//! 2-norm, NaN, singular and non-square matrices for `cond`, `slogdet` and `matrix_power`.

use sci_core::ndarray::{Array1, Array2, Array3, array};
use sci_core::{Complex64, Error};
use sci_linalg::*;

fn with(ord: NormOrd) -> NormOptions {
    NormOptions::default().ord(ord)
}

#[test]
fn empty_inputs() {
    let v = Array1::<f64>::zeros(0);
    assert_eq!(norm(&v).unwrap(), 0.0);
    assert_eq!(norm_with(&v, &with(NormOrd::Inf)).unwrap()[[]], 0.0);
    assert_eq!(norm_with(&v, &with(NormOrd::P(0.0))).unwrap()[[]], 0.0);
    assert_eq!(
        norm_with(&v, &with(NormOrd::P(-1.0))).unwrap()[[]],
        f64::INFINITY
    );
    assert!(matches!(
        norm_with(&v, &with(NormOrd::NegInf)),
        Err(Error::EmptyInput { .. })
    ));
    for shape in [(0, 0), (3, 0), (0, 3)] {
        let a = Array2::<f64>::zeros(shape);
        for ord in [
            NormOrd::Fro,
            NormOrd::Nuc,
            NormOrd::P(1.0),
            NormOrd::P(2.0),
            NormOrd::Inf,
        ] {
            assert_eq!(
                norm_with(&a, &with(ord)).unwrap()[[]],
                0.0,
                "{shape:?} {ord:?}"
            );
        }
        assert!(norm_with(&a, &with(NormOrd::P(-2.0))).is_err());
        assert_eq!(matrix_rank(&a).unwrap(), 0);
        assert!(matches!(cond(&a), Err(Error::EmptyInput { .. })));
    }
    // -1 of 0 × 3 is the smallest of three empty column sums; 3 × 0 has no columns.
    assert_eq!(
        norm_with(&Array2::<f64>::zeros((0, 3)), &with(NormOrd::P(-1.0))).unwrap()[[]],
        0.0
    );
    assert!(norm_with(&Array2::<f64>::zeros((3, 0)), &with(NormOrd::P(-1.0))).is_err());
    let e = slogdet(&Array2::<f64>::zeros((0, 0))).unwrap();
    assert_eq!((e.sign, e.logabsdet), (1.0, 0.0));
    assert_eq!(
        matrix_power(&Array2::<f64>::zeros((0, 0)), -2)
            .unwrap()
            .dim(),
        (0, 0)
    );
}

#[test]
fn invalid_orders_and_axes() {
    let v = array![3.0_f64, 4.0];
    let a = array![[1.0_f64, 2.0], [3.0, 4.0]];
    for ord in [NormOrd::Fro, NormOrd::Nuc, NormOrd::P(f64::NAN)] {
        assert!(matches!(
            norm_with(&v, &with(ord)),
            Err(Error::InvalidArgument { .. })
        ));
    }
    for ord in [NormOrd::P(3.0), NormOrd::P(0.0), NormOrd::P(f64::NAN)] {
        assert!(matches!(
            norm_with(&a, &with(ord)),
            Err(Error::InvalidArgument { .. })
        ));
    }
    assert!(matches!(
        norm_with(&a, &NormOptions::default().axis(2)),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        norm_with(&a, &NormOptions::default().axis(-3)),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        norm_with(&a, &NormOptions::default().axes(1, -1)),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        norm_with(&a, &NormOptions::default().axis(0).ord(NormOrd::Fro)),
        Err(Error::InvalidArgument { .. })
    ));
    let t = Array3::<f64>::ones((2, 3, 2));
    assert!((norm(&t).unwrap() - 12.0_f64.sqrt()).abs() < 1e-15);
    assert!(matches!(
        norm_with(&t, &with(NormOrd::P(1.0))),
        Err(Error::InvalidArgument { .. })
    ));
    // Two axes of a 3-D array: one Frobenius norm per index of the remaining axis.
    let per_matrix = norm_with(&t, &NormOptions::default().axes(0, 1)).unwrap();
    assert_eq!(per_matrix.shape(), &[2]);
    assert!(
        per_matrix
            .iter()
            .all(|&x| (x - 6.0_f64.sqrt()).abs() < 1e-15)
    );
    assert!(matches!(
        norm_with(&t, &NormOptions::default().axes(2, -1)),
        Err(Error::InvalidArgument { .. })
    ));
    let along = norm_with(&t, &NormOptions::default().axis(1).keepdims(true)).unwrap();
    assert_eq!(along.shape(), &[2, 1, 2]);
    assert!(along.iter().all(|&x| (x - 3.0_f64.sqrt()).abs() < 1e-15));
}

#[test]
fn scaling_and_non_finite() {
    assert!((norm(&array![1e300_f64, 1e300]).unwrap() - 2.0_f64.sqrt() * 1e300).abs() < 1e286);
    assert!((norm(&array![3e-300_f64, 4e-300]).unwrap() - 5e-300).abs() < 1e-314);
    let nan = array![1.0_f64, f64::NAN];
    assert!(matches!(norm(&nan), Err(Error::NonFinite { .. })));
    let off = NormOptions::default().check_finite(false);
    assert!(norm_with(&nan, &off).unwrap()[[]].is_nan());
    assert_eq!(
        norm_with(&array![1.0_f64, f64::INFINITY], &off).unwrap()[[]],
        f64::INFINITY
    );
    let z = array![Complex64::new(3.0, 4.0)];
    assert_eq!(norm(&z).unwrap(), 5.0);
    assert_eq!(norm(&array![3.0_f32, 4.0]).unwrap(), 5.0_f32);
}

#[test]
fn extras_on_singular_and_non_square() {
    let singular = array![[1.0_f64, 2.0], [2.0, 4.0]];
    let s = slogdet(&singular).unwrap();
    assert_eq!((s.sign, s.logabsdet), (0.0, f64::NEG_INFINITY));
    let c = slogdet(&array![[Complex64::new(0.0, 2.0)]]).unwrap();
    assert!(
        (c.sign - Complex64::new(0.0, 1.0)).norm() < 1e-15
            && (c.logabsdet - 2.0_f64.ln()).abs() < 1e-15
    );
    assert!(slogdet(&array![[f64::NAN]]).unwrap().logabsdet.is_nan());
    assert!(matches!(
        slogdet(&Array2::<f64>::ones((2, 3))),
        Err(Error::ShapeMismatch { .. })
    ));
    let big = slogdet(&(Array2::<f64>::eye(300) * 0.1)).unwrap();
    assert!((big.logabsdet - 300.0 * 0.1_f64.ln()).abs() < 1e-10 && big.sign == 1.0);
    assert!(matches!(
        matrix_power(&singular, -1),
        Err(Error::SingularMatrix { .. })
    ));
    assert!(matches!(
        matrix_power(&Array2::<f64>::ones((2, 3)), 2),
        Err(Error::ShapeMismatch { .. })
    ));
    assert_eq!(matrix_power(&singular, 1).unwrap(), singular);
    assert!(cond(&singular).unwrap() > 1e15);
    assert!(
        cond_with(&singular, &CondOptions::default().p(NormOrd::P(1.0)))
            .unwrap()
            .is_infinite()
    );
    assert!(
        cond_with(&array![[0.0_f64]], &CondOptions::default())
            .unwrap()
            .is_infinite()
    );
    assert!(matches!(
        cond_with(
            &Array2::<f64>::ones((2, 3)),
            &CondOptions::default().p(NormOrd::Inf)
        ),
        Err(Error::ShapeMismatch { .. })
    ));
    assert!(cond(&Array2::<f64>::ones((2, 3))).unwrap() > 1e15);
    assert!(matches!(
        cond_with(
            &array![[1.0_f64]],
            &CondOptions::default().p(NormOrd::P(3.0))
        ),
        Err(Error::InvalidArgument { .. })
    ));
    assert!(matches!(
        cond(&array![[f64::NAN]]),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(
        matrix_rank(&array![[f64::NAN]]),
        Err(Error::NonFinite { .. })
    ));
    assert!(matches!(
        matrix_rank_with(
            &array![[1.0_f64]],
            &MatrixRankOptions::default().tol(f64::NAN)
        ),
        Err(Error::InvalidArgument { .. })
    ));
    assert_eq!(
        matrix_rank_with(&array![[1.0_f64]], &MatrixRankOptions::default().rtol(2.0)).unwrap(),
        0
    );
}
