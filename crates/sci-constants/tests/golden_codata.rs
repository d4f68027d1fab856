//! Golden test: SciPy 1.17.1's CODATA table (`scipy.constants.physical_constants`), entry by
//! entry, and the lookups `physical_constants`, `value`, `unit`, `precision`, `find`.

use std::collections::BTreeSet;

use sci_constants::{self as sc, CodataStatus};
use sci_core::Error;
use sci_core::testing::{Fixture, Tol, check_close};

const TABLE_FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/physical_constants.json"
);
const FIND_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/find.json");

#[track_caller]
fn assert_exact(actual: f64, expected: f64, what: &str) {
    if let Err(message) = check_close(actual, expected, Tol::EXACT) {
        panic!("{what}: {message}");
    }
}

#[test]
fn every_entry_matches_scipy() {
    let fixture = Fixture::load(TABLE_FIXTURE);
    assert_eq!(fixture.versions["scipy"], "1.17.1");
    assert_eq!(fixture.cases.len(), 445);
    for case in &fixture.cases {
        let key = case.args.str("key");
        let entry = sc::physical_constants(key).unwrap_or_else(|e| panic!("{key}: {e}"));
        assert_eq!(entry.name, key);
        // Value and uncertainty are generated from SciPy's data: bit for bit.
        assert_exact(entry.value, case.expected.f64("value"), key);
        assert_exact(entry.uncertainty, case.expected.f64("uncertainty"), key);
        assert_eq!(entry.unit, case.expected.str("unit"), "{key}");
        // Precision is one IEEE division, uncertainty / value, as in SciPy: also exact.
        assert_exact(entry.precision(), case.expected.f64("precision"), key);
        // Current keys are those find() lists; SciPy warns ConstantWarning on obsolete ones.
        let (current, warns) = (case.expected.bool("current"), case.expected.bool("warns"));
        assert_eq!(entry.is_current(), current, "{key}");
        assert_eq!(entry.is_obsolete(), warns, "{key}");
        assert_eq!(entry.warning().is_some(), warns, "{key}");
        match entry.status {
            CodataStatus::Current => assert!(current && !warns, "{key}"),
            CodataStatus::Obsolete => assert!(!current && warns, "{key}"),
            CodataStatus::Renamed { current_key } => {
                // An older spelling: not listed, no warning, the current key's data.
                assert!(!current && !warns, "{key}");
                let target = sc::physical_constants(current_key).unwrap();
                assert!(target.is_current(), "{key} -> {current_key}");
                assert_exact(entry.value, target.value, key);
                assert_exact(entry.uncertainty, target.uncertainty, key);
                assert_eq!(entry.unit, target.unit, "{key}");
            }
            other => panic!("{key}: unexpected status {other:?}"),
        }
        // The free functions agree with the entry.
        assert_exact(sc::value(key).unwrap(), entry.value, key);
        assert_eq!(sc::unit(key).unwrap(), entry.unit);
        assert_exact(sc::precision(key).unwrap(), entry.precision(), key);
    }
}

#[test]
fn the_table_has_exactly_scipys_keys_sorted() {
    let fixture = Fixture::load(TABLE_FIXTURE);
    let expected: BTreeSet<&str> = fixture.cases.iter().map(|c| c.args.str("key")).collect();
    let keys: Vec<&str> = sc::physical_constants_iter().map(|e| e.name).collect();
    assert_eq!(keys.len(), expected.len());
    assert!(
        keys.windows(2).all(|w| w[0] < w[1]),
        "keys not strictly sorted"
    );
    assert_eq!(keys.iter().copied().collect::<BTreeSet<_>>(), expected);
    let count = |status: fn(&sc::PhysicalConstant) -> bool| {
        sc::physical_constants_iter().filter(|e| status(e)).count()
    };
    assert_eq!(count(sc::PhysicalConstant::is_current), 355);
    assert_eq!(count(sc::PhysicalConstant::is_obsolete), 81);
    assert_eq!(
        count(|e| matches!(e.status, CodataStatus::Renamed { .. })),
        9
    );
}

#[test]
fn unknown_keys_are_invalid_arguments_naming_the_key() {
    for key in [
        "",
        "speed of light",
        "Speed of light in vacuum",
        "electron mass ",
    ] {
        let error = sc::physical_constants(key).unwrap_err();
        let Error::InvalidArgument { name, value, .. } = &error else {
            panic!("{key:?}: expected InvalidArgument, got {error:?}");
        };
        assert_eq!(name, "key");
        assert!(value.contains(key), "{value} does not name {key:?}");
        assert!(matches!(sc::value(key), Err(Error::InvalidArgument { .. })));
        assert!(matches!(sc::unit(key), Err(Error::InvalidArgument { .. })));
        assert!(matches!(
            sc::precision(key),
            Err(Error::InvalidArgument { .. })
        ));
    }
}

#[test]
fn constant_warning_names_the_obsolete_key() {
    let key = "natural unit of mom.um";
    let entry = sc::physical_constants(key).unwrap();
    let warning = entry.warning().expect("an obsolete key warns");
    assert_eq!(warning.key, key);
    assert!(warning.to_string().contains("'natural unit of mom.um'"));
    assert!(warning.to_string().contains("CODATA 2022"));
    let boxed: Box<dyn std::error::Error> = warning.into();
    assert!(boxed.to_string().contains("obsolete"));
    // Its new spelling is current; a renamed key does not warn either.
    assert!(
        sc::physical_constants("natural unit of momentum")
            .unwrap()
            .warning()
            .is_none()
    );
    assert!(
        sc::physical_constants("mag. constant")
            .unwrap()
            .warning()
            .is_none()
    );
}

#[test]
fn find_matches_scipy() {
    let fixture = Fixture::load(FIND_FIXTURE);
    assert_eq!(fixture.versions["scipy"], "1.17.1");
    for case in &fixture.cases {
        let sub = if case.args.get("sub").is_null() {
            None
        } else {
            Some(case.args.str("sub"))
        };
        let expected = case.expected.str_list("keys");
        assert_eq!(sc::find(sub), expected, "{}", case.name);
    }
}

#[test]
fn find_never_returns_obsolete_keys_but_lookup_finds_them() {
    assert!(sc::find(Some("in inverse meters per tesla")).is_empty());
    let old = sc::physical_constants("Bohr magneton in inverse meters per tesla").unwrap();
    assert!(old.is_obsolete());
    for key in sc::find(None) {
        assert!(sc::physical_constants(key).unwrap().is_current(), "{key}");
    }
}
