//! `convert_temperature`: golden cases from SciPy 1.17.1 (all 16 scale pairs, several
//! spellings, 1-D and 2-D arrays, scalars, special values), errors on unknown scales, and a
//! property test of the round trip C → K → F → R → C.

use proptest::prelude::*;
use sci_constants::{TemperatureScale, convert_temperature, convert_temperature_scalar};
use sci_core::Error;
use sci_core::ndarray::{ArrayD, arr0};
use sci_core::testing::{Fixture, Tol, assert_close, check_close};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/temperature.json");

#[test]
fn conversions_match_scipy_exactly() {
    let fixture = Fixture::load(FIXTURE);
    assert_eq!(fixture.versions["scipy"], "1.17.1");
    let mut checked = 0;
    for case in fixture.cases.iter().filter(|c| !c.expected.has("error")) {
        let (old, new) = (case.args.str("old_scale"), case.args.str("new_scale"));
        // The same operations in the same order as SciPy: rtol 0.
        let result = if case.name.ends_with("scalar") {
            let value = convert_temperature_scalar(case.args.f64("val"), old, new).unwrap();
            check_close(value, case.expected.f64("res"), Tol::EXACT)
        } else {
            let val: ArrayD<f64> = case.args.array("val");
            let res = convert_temperature(&val, old, new).unwrap();
            assert_eq!(res.shape(), val.shape());
            check_close(&res, case.expected.array::<f64>("res"), Tol::EXACT)
        };
        if let Err(message) = result {
            panic!("{}: {message}", case.name);
        }
        checked += 1;
    }
    // 16 pairs x (1-D, 2-D, scalar), plus 2 mixed-case spellings.
    assert_eq!(checked, 50);
}

#[test]
fn unknown_scales_are_invalid_arguments_naming_the_argument() {
    let fixture = Fixture::load(FIXTURE);
    let mut checked = 0;
    for case in fixture.cases.iter().filter(|c| c.expected.has("error")) {
        let (old, new) = (case.args.str("old_scale"), case.args.str("new_scale"));
        let argument = case.expected.str("argument");
        let bad = if argument == "old_scale" { old } else { new };
        for error in [
            convert_temperature(&[case.args.f64("val")], old, new).unwrap_err(),
            convert_temperature_scalar(case.args.f64("val"), old, new).unwrap_err(),
        ] {
            let Error::InvalidArgument { name, value, .. } = &error else {
                panic!("{}: expected InvalidArgument, got {error:?}", case.name);
            };
            assert_eq!(name, argument, "{}", case.name);
            assert_eq!(value, &format!("{bad:?}"), "{}", case.name);
        }
        checked += 1;
    }
    assert_eq!(checked, 5);
}

#[test]
fn every_scipy_spelling_parses() {
    for (names, scale) in [
        (["Celsius", "celsius", "C", "c"], TemperatureScale::Celsius),
        (["Kelvin", "kelvin", "K", "k"], TemperatureScale::Kelvin),
        (
            ["Fahrenheit", "fahrenheit", "F", "f"],
            TemperatureScale::Fahrenheit,
        ),
        (["Rankine", "rankine", "R", "r"], TemperatureScale::Rankine),
    ] {
        for name in names {
            assert_eq!(name.parse::<TemperatureScale>().unwrap(), scale);
        }
        // Display gives back a name that parses to the same scale.
        assert_eq!(
            scale.to_string().parse::<TemperatureScale>().unwrap(),
            scale
        );
    }
    let error = "Celsius degrees".parse::<TemperatureScale>().unwrap_err();
    assert!(matches!(error, Error::InvalidArgument { ref name, .. } if name == "scale"));
}

#[test]
fn zero_dimensional_and_empty_arrays() {
    let res = convert_temperature(&arr0(100.0), "C", "F").unwrap();
    assert_eq!(res.ndim(), 0);
    assert_close(res.sum(), 212.0, Tol::CLOSED_FORM);
    let empty: [f64; 0] = [];
    assert_eq!(convert_temperature(&empty, "K", "R").unwrap().len(), 0);
}

/// The largest offset in the conversions (0 °F is 459.67 °R): near zero, rounding errors scale
/// with it rather than with the temperature.
const LARGEST_OFFSET: f64 = 459.67;

proptest! {
    #[test]
    fn round_trip_through_all_four_scales(t in -1e6f64..1e6) {
        let k = convert_temperature_scalar(t, "C", "K").unwrap();
        let f = convert_temperature_scalar(k, "K", "F").unwrap();
        let r = convert_temperature_scalar(f, "F", "R").unwrap();
        let back = convert_temperature_scalar(r, "R", "C").unwrap();
        // Four conversions of a few roundings each: the error is a few ulps of the largest
        // intermediate value, so the bound is absolute, 64 eps of max(|t|, 459.67).
        let scale = t.abs().max(LARGEST_OFFSET);
        prop_assert!(
            check_close(back, t, Tol::new(0.0, 64.0 * f64::EPSILON * scale)).is_ok(),
            "{t} came back as {back}"
        );
    }
}
