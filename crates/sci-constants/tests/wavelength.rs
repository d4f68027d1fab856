//! `lambda2nu` and `nu2lambda`: golden cases from SciPy 1.17.1, and their inverse relation.

use proptest::prelude::*;
use sci_constants::{c, lambda2nu, nu2lambda};
use sci_core::ndarray::{Array2, ArrayD};
use sci_core::testing::{Fixture, Tol, assert_close, check_close};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/wavelength.json");

#[test]
fn conversions_match_scipy_exactly() {
    let fixture = Fixture::load(FIXTURE);
    assert_eq!(fixture.versions["scipy"], "1.17.1");
    assert_eq!(fixture.cases.len(), 4);
    for case in &fixture.cases {
        let x: ArrayD<f64> = case.args.array("x");
        let res = if case.name.starts_with("lambda2nu") {
            lambda2nu(&x)
        } else {
            nu2lambda(&x)
        };
        // One IEEE division c / x, as in SciPy (0 gives inf, NaN stays NaN): rtol 0.
        if let Err(message) = check_close(&res, case.expected.array::<f64>("res"), Tol::EXACT) {
            panic!("{}: {message}", case.name);
        }
    }
}

#[test]
fn accepts_slices_vectors_and_arrays() {
    let from_slice = lambda2nu(&[500e-9, 1e-6][..]);
    let from_vec = lambda2nu(&vec![500e-9, 1e-6]);
    assert_close(&from_slice, &from_vec, Tol::EXACT);
    let grid = Array2::from_elem((2, 3), c);
    assert_close(nu2lambda(&grid), Array2::from_elem((2, 3), 1.0), Tol::EXACT);
}

proptest! {
    #[test]
    fn nu2lambda_inverts_lambda2nu(exponent in -15.0f64..15.0) {
        let lambda = 10f64.powf(exponent);
        let back = nu2lambda(&lambda2nu(&[lambda]));
        // Two correctly rounded divisions: at most about 2 ulps apart.
        prop_assert!(check_close(back[0], lambda, Tol::rel(4.0 * f64::EPSILON)).is_ok());
    }
}
