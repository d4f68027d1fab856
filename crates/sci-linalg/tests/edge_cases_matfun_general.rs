//! Edge cases of the general matrix functions: empty input (SciPy's errors for `funm`,
//! `signm`, `expm_cond`, empty results elsewhere), 1×1, non-square and mismatched shapes,
//! NaN (errors, or no panic with `check_finite` off), numerically singular denominators of
//! `tanm`/`tanhm`, repeated eigenvalues in `funm` (SciPy's breakdown, `errest = 1`), and
//! `signm` on the imaginary axis and on defective matrices (the Newton path).

use sci_core::ndarray::{Array2, array};
use sci_core::{Complex64, Error};
use sci_linalg::{
    ExpmCondOptions, ExpmFrechetMethod, ExpmFrechetOptions, MatrixValue, coshm, cosm, expm_cond,
    expm_cond_with, expm_frechet, expm_frechet_derivative, expm_frechet_with, funm, signm, sinhm,
    sinm, tanhm, tanm,
};

type Trig = fn(&Array2<f64>) -> sci_core::Result<Array2<f64>>;

fn trig_functions() -> [(&'static str, Trig); 6] {
    [
        ("cosm", |a| cosm(a)),
        ("sinm", |a| sinm(a)),
        ("tanm", |a| tanm(a)),
        ("coshm", |a| coshm(a)),
        ("sinhm", |a| sinhm(a)),
        ("tanhm", |a| tanhm(a)),
    ]
}

#[test]
fn empty_input() {
    let empty = Array2::<f64>::zeros((0, 0));
    for (name, f) in trig_functions() {
        assert_eq!(f(&empty).unwrap().dim(), (0, 0), "{name}");
    }
    let r = expm_frechet(&empty, &empty).unwrap();
    assert_eq!((r.expm_a.dim(), r.expm_frechet_ae.dim()), ((0, 0), (0, 0)));
    let block = ExpmFrechetOptions::default().method(ExpmFrechetMethod::BlockEnlarge);
    assert_eq!(
        expm_frechet_derivative(&empty, &empty, &block)
            .unwrap()
            .dim(),
        (0, 0)
    );
    // SciPy raises here (IndexError, ValueError, ValueError).
    assert!(matches!(
        funm(&empty, |z| z.exp()),
        Err(Error::EmptyInput { .. })
    ));
    assert!(matches!(signm(&empty), Err(Error::EmptyInput { .. })));
    assert!(matches!(expm_cond(&empty), Err(Error::EmptyInput { .. })));
}

#[test]
fn one_by_one() {
    let a = array![[0.6_f64]];
    let f = funm(&a, |z| z.exp()).unwrap();
    assert!((f.funm.as_real().unwrap()[[0, 0]] - 0.6f64.exp()).abs() < 1e-15);
    assert_eq!(f.errest, f64::EPSILON);
    let s = funm(&array![[-4.0_f64]], |z| z.sqrt()).unwrap();
    assert_eq!(
        s.funm.as_complex().unwrap()[[0, 0]],
        Complex64::new(0.0, 2.0)
    );
    assert_eq!(
        signm(&array![[-3.0_f64]]).unwrap(),
        MatrixValue::Real(array![[-1.0]])
    );
    assert_eq!(
        signm(&array![[0.0_f64]]).unwrap(),
        MatrixValue::Real(array![[0.0]])
    );
    for (name, f) in trig_functions() {
        let expected = match name {
            "cosm" => 0.6f64.cos(),
            "sinm" => 0.6f64.sin(),
            "tanm" => 0.6f64.tan(),
            "coshm" => 0.6f64.cosh(),
            "sinhm" => 0.6f64.sinh(),
            _ => 0.6f64.tanh(),
        };
        assert!((f(&a).unwrap()[[0, 0]] - expected).abs() < 1e-15, "{name}");
    }
    let r = expm_frechet(&a, &array![[2.0_f64]]).unwrap();
    assert!((r.expm_frechet_ae[[0, 0]] - 2.0 * 0.6f64.exp()).abs() < 1e-14);
    assert!((expm_cond(&a).unwrap() - 0.6).abs() < 1e-15);
}

#[test]
fn non_square_and_mismatched_shapes() {
    let a = Array2::<f64>::zeros((2, 3));
    let square = Array2::<f64>::zeros((2, 2));
    let is_square_error = |e: Error| e.to_string().contains("square");
    for (name, f) in trig_functions() {
        assert!(is_square_error(f(&a).unwrap_err()), "{name}");
    }
    assert!(is_square_error(funm(&a, |z| z).unwrap_err()));
    assert!(is_square_error(signm(&a).unwrap_err()));
    assert!(is_square_error(expm_cond(&a).unwrap_err()));
    assert!(is_square_error(expm_frechet(&a, &a).unwrap_err()));
    assert!(is_square_error(expm_frechet(&square, &a).unwrap_err()));
    let three = Array2::<f64>::zeros((3, 3));
    assert!(matches!(
        expm_frechet(&square, &three),
        Err(Error::ShapeMismatch { .. })
    ));
}

#[test]
fn non_finite_input() {
    let a = array![[1.0_f64, f64::NAN], [0.0, 1.0]];
    let is_non_finite = |r: sci_core::Result<_>| matches!(r, Err(Error::NonFinite { .. }));
    for (name, f) in trig_functions() {
        assert!(is_non_finite(f(&a).map(|_| ())), "{name}");
    }
    assert!(is_non_finite(funm(&a, |z| z).map(|_| ())));
    assert!(is_non_finite(signm(&a).map(|_| ())));
    assert!(is_non_finite(expm_cond(&a).map(|_| ())));
    let finite = array![[1.0_f64, 0.0], [0.0, 1.0]];
    assert!(is_non_finite(expm_frechet(&a, &finite).map(|_| ())));
    assert!(is_non_finite(expm_frechet(&finite, &a).map(|_| ())));
    // With the check off: no panic, a NaN result.
    let off = ExpmFrechetOptions::default().check_finite(false);
    let r = expm_frechet_with(&a, &finite, &off).unwrap();
    assert!(r.expm_frechet_ae.iter().any(|v| v.is_nan()));
    let inf = array![[f64::INFINITY, 0.0], [0.0, 1.0]];
    let r = expm_frechet_with(&inf, &finite, &off).unwrap();
    assert!(r.expm_a.iter().all(|v| v.is_nan()));
    assert!(
        expm_cond_with(&a, &ExpmCondOptions::default().check_finite(false))
            .map_or(true, |k| k.is_nan())
    );
}

#[test]
fn singular_denominators_of_the_tangents() {
    // cos(π/2) ≈ 6e-17 next to cos(0) = 1: numerically singular.
    let a = array![[std::f64::consts::FRAC_PI_2, 0.0], [0.0, 0.0]];
    assert!(matches!(tanm(&a), Err(Error::IllConditioned { .. })));
    let b = array![
        [
            Complex64::new(0.0, std::f64::consts::FRAC_PI_2),
            Complex64::new(0.0, 0.0)
        ],
        [Complex64::new(0.0, 0.0), Complex64::new(0.0, 0.0)]
    ];
    assert!(matches!(tanhm(&b), Err(Error::IllConditioned { .. })));
}

#[test]
fn funm_breaks_down_on_repeated_eigenvalues_as_scipy() {
    // SciPy: F[0, 2] stays 0 (the true exp has a nonzero entry there) and errest = 1.
    let t = array![[1.0_f64, 1.0, 2.0], [0.0, 2.0, 3.0], [0.0, 0.0, 1.0]];
    let r = funm(&t, |z| z.exp()).unwrap();
    assert_eq!(r.errest, 1.0);
    let f = r.funm.as_real().unwrap();
    assert!((f[[0, 1]] - 4.670_774_270_471_604).abs() < 1e-12);
    assert!(f[[0, 2]].abs() < 1e-12);
    assert!((f[[1, 2]] - 14.012_322_811_414_811).abs() < 1e-11);
}

#[test]
fn signm_on_the_imaginary_axis_and_defective_matrices() {
    // Eigenvalues ±i: sign 0, the zero matrix (SciPy).
    let s = signm(&array![[0.0_f64, -1.0], [1.0, 0.0]]).unwrap();
    assert!(s.as_real().unwrap().iter().all(|v| v.abs() < 1e-15));
    // A Jordan block: the Parlett recurrence fails and Newton's iteration gives I.
    let s = signm(&array![[0.0_f64, 1.0], [0.0, 0.0]]).unwrap();
    let s = s.as_real().unwrap();
    assert!((s - &Array2::<f64>::eye(2)).iter().all(|v| v.abs() < 1e-12));
    let s = signm(&array![[-2.0_f64, 1.0], [0.0, -2.0]]).unwrap();
    let s = s.as_real().unwrap();
    assert!((s + &Array2::<f64>::eye(2)).iter().all(|v| v.abs() < 1e-12));
}

#[test]
fn single_precision_input_is_computed_in_double() {
    let a = array![[1.0_f32, 2.0], [0.0, 3.0]];
    let r = funm(&a, |z| z.exp()).unwrap();
    let f = r.funm.as_real().unwrap();
    assert!((f[[1, 1]] - 3f64.exp()).abs() < 1e-13);
    let c: Array2<f32> = cosm(&a).unwrap();
    assert!((c[[0, 0]] - 1f32.cos()).abs() < 1e-6);
}
