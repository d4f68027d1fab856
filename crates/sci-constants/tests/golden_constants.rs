//! Golden test: every named numeric constant of `scipy.constants` (SciPy 1.17.1) exists here
//! under the same name and has SciPy's f64 exactly.

use sci_constants as sc;
use sci_core::testing::{Fixture, Tol, assert_close, check_close};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/constants.json");

/// The constant of this crate named like SciPy's `name` (`dyn`, a Rust keyword, is `r#dyn`).
fn constant(name: &str) -> Option<f64> {
    let value = match name {
        "Avogadro" => sc::Avogadro,
        "Boltzmann" => sc::Boltzmann,
        "Btu" => sc::Btu,
        "Btu_IT" => sc::Btu_IT,
        "Btu_th" => sc::Btu_th,
        "G" => sc::G,
        "Julian_year" => sc::Julian_year,
        "N_A" => sc::N_A,
        "Planck" => sc::Planck,
        "R" => sc::R,
        "Rydberg" => sc::Rydberg,
        "Stefan_Boltzmann" => sc::Stefan_Boltzmann,
        "Wien" => sc::Wien,
        "acre" => sc::acre,
        "alpha" => sc::alpha,
        "angstrom" => sc::angstrom,
        "arcmin" => sc::arcmin,
        "arcminute" => sc::arcminute,
        "arcsec" => sc::arcsec,
        "arcsecond" => sc::arcsecond,
        "astronomical_unit" => sc::astronomical_unit,
        "atm" => sc::atm,
        "atmosphere" => sc::atmosphere,
        "atomic_mass" => sc::atomic_mass,
        "atto" => sc::atto,
        "au" => sc::au,
        "bar" => sc::bar,
        "barrel" => sc::barrel,
        "bbl" => sc::bbl,
        "blob" => sc::blob,
        "c" => sc::c,
        "calorie" => sc::calorie,
        "calorie_IT" => sc::calorie_IT,
        "calorie_th" => sc::calorie_th,
        "carat" => sc::carat,
        "centi" => sc::centi,
        "day" => sc::day,
        "deci" => sc::deci,
        "degree" => sc::degree,
        "degree_Fahrenheit" => sc::degree_Fahrenheit,
        "deka" => sc::deka,
        "dyn" => sc::r#dyn,
        "dyne" => sc::dyne,
        "e" => sc::e,
        "eV" => sc::eV,
        "electron_mass" => sc::electron_mass,
        "electron_volt" => sc::electron_volt,
        "elementary_charge" => sc::elementary_charge,
        "epsilon_0" => sc::epsilon_0,
        "erg" => sc::erg,
        "exa" => sc::exa,
        "exbi" => sc::exbi,
        "femto" => sc::femto,
        "fermi" => sc::fermi,
        "fine_structure" => sc::fine_structure,
        "fluid_ounce" => sc::fluid_ounce,
        "fluid_ounce_US" => sc::fluid_ounce_US,
        "fluid_ounce_imp" => sc::fluid_ounce_imp,
        "foot" => sc::foot,
        "g" => sc::g,
        "gallon" => sc::gallon,
        "gallon_US" => sc::gallon_US,
        "gallon_imp" => sc::gallon_imp,
        "gas_constant" => sc::gas_constant,
        "gibi" => sc::gibi,
        "giga" => sc::giga,
        "golden" => sc::golden,
        "golden_ratio" => sc::golden_ratio,
        "grain" => sc::grain,
        "gram" => sc::gram,
        "gravitational_constant" => sc::gravitational_constant,
        "h" => sc::h,
        "hbar" => sc::hbar,
        "hectare" => sc::hectare,
        "hecto" => sc::hecto,
        "horsepower" => sc::horsepower,
        "hour" => sc::hour,
        "hp" => sc::hp,
        "inch" => sc::inch,
        "k" => sc::k,
        "kgf" => sc::kgf,
        "kibi" => sc::kibi,
        "kilo" => sc::kilo,
        "kilogram_force" => sc::kilogram_force,
        "kmh" => sc::kmh,
        "knot" => sc::knot,
        "lb" => sc::lb,
        "lbf" => sc::lbf,
        "light_year" => sc::light_year,
        "liter" => sc::liter,
        "litre" => sc::litre,
        "long_ton" => sc::long_ton,
        "m_e" => sc::m_e,
        "m_n" => sc::m_n,
        "m_p" => sc::m_p,
        "m_u" => sc::m_u,
        "mach" => sc::mach,
        "mebi" => sc::mebi,
        "mega" => sc::mega,
        "metric_ton" => sc::metric_ton,
        "micro" => sc::micro,
        "micron" => sc::micron,
        "mil" => sc::mil,
        "mile" => sc::mile,
        "milli" => sc::milli,
        "minute" => sc::minute,
        "mmHg" => sc::mmHg,
        "mph" => sc::mph,
        "mu_0" => sc::mu_0,
        "nano" => sc::nano,
        "nautical_mile" => sc::nautical_mile,
        "neutron_mass" => sc::neutron_mass,
        "ounce" => sc::ounce,
        "oz" => sc::oz,
        "parsec" => sc::parsec,
        "pebi" => sc::pebi,
        "peta" => sc::peta,
        "pi" => sc::pi,
        "pico" => sc::pico,
        "point" => sc::point,
        "pound" => sc::pound,
        "pound_force" => sc::pound_force,
        "proton_mass" => sc::proton_mass,
        "psi" => sc::psi,
        "pt" => sc::pt,
        "quecto" => sc::quecto,
        "quetta" => sc::quetta,
        "ronna" => sc::ronna,
        "ronto" => sc::ronto,
        "short_ton" => sc::short_ton,
        "sigma" => sc::sigma,
        "slinch" => sc::slinch,
        "slug" => sc::slug,
        "speed_of_light" => sc::speed_of_light,
        "speed_of_sound" => sc::speed_of_sound,
        "stone" => sc::stone,
        "survey_foot" => sc::survey_foot,
        "survey_mile" => sc::survey_mile,
        "tebi" => sc::tebi,
        "tera" => sc::tera,
        "ton_TNT" => sc::ton_TNT,
        "torr" => sc::torr,
        "troy_ounce" => sc::troy_ounce,
        "troy_pound" => sc::troy_pound,
        "u" => sc::u,
        "week" => sc::week,
        "yard" => sc::yard,
        "year" => sc::year,
        "yobi" => sc::yobi,
        "yocto" => sc::yocto,
        "yotta" => sc::yotta,
        "zebi" => sc::zebi,
        "zepto" => sc::zepto,
        "zero_Celsius" => sc::zero_Celsius,
        "zetta" => sc::zetta,
        _ => return None,
    };
    Some(value)
}

#[test]
fn every_named_constant_matches_scipy_exactly() {
    let fixture = Fixture::load(FIXTURE);
    assert_eq!(fixture.versions["scipy"], "1.17.1");
    // 164 public names in scipy.constants, 9 of which are not numbers (functions, the table,
    // the warning class).
    assert_eq!(fixture.cases.len(), 155);
    for case in &fixture.cases {
        let name = case.args.str("name");
        let Some(actual) = constant(name) else {
            panic!("scipy.constants.{name} has no counterpart in sci_constants");
        };
        // rtol 0, atol 0: the f64 must be SciPy's, bit for bit.
        if let Err(message) = check_close(actual, case.expected.f64("value"), Tol::EXACT) {
            panic!("scipy.constants.{name}: {message}");
        }
    }
}

#[test]
fn binary_prefixes_are_exact_powers_of_two() {
    // SciPy's binary prefixes are Python ints; here they are f64, which must hold them exactly.
    let fixture = Fixture::load(FIXTURE);
    let ints: Vec<_> = fixture
        .cases
        .iter()
        .filter(|case| case.expected.bool("python_int"))
        .map(|case| case.args.str("name"))
        .collect();
    assert_eq!(
        ints,
        [
            "exbi", "gibi", "kibi", "mebi", "pebi", "tebi", "yobi", "zebi"
        ]
    );
    for (exponent, prefix) in [
        (10, sc::kibi),
        (20, sc::mebi),
        (30, sc::gibi),
        (40, sc::tebi),
        (50, sc::pebi),
        (60, sc::exbi),
        (70, sc::zebi),
        (80, sc::yobi),
    ] {
        assert_close(prefix, 2f64.powi(exponent), Tol::EXACT);
    }
}

#[test]
fn aliases_share_their_value() {
    let pairs = [
        (sc::golden, sc::golden_ratio),
        (sc::c, sc::speed_of_light),
        (sc::h, sc::Planck),
        (sc::G, sc::gravitational_constant),
        (sc::e, sc::elementary_charge),
        (sc::e, sc::eV),
        (sc::R, sc::gas_constant),
        (sc::alpha, sc::fine_structure),
        (sc::N_A, sc::Avogadro),
        (sc::k, sc::Boltzmann),
        (sc::sigma, sc::Stefan_Boltzmann),
        (sc::m_u, sc::atomic_mass),
        (sc::r#dyn, sc::dyne),
        (sc::g, sc::kgf),
    ];
    for (a, b) in pairs {
        assert_close(a, b, Tol::EXACT);
    }
    // `G` and `g` are different constants: the case of the name matters.
    assert!((sc::G - sc::g).abs() > 1.0);
}

#[test]
fn codata_constants_are_the_table_values() {
    for (constant, key) in [
        (sc::c, "speed of light in vacuum"),
        (sc::mu_0, "vacuum mag. permeability"),
        (sc::epsilon_0, "vacuum electric permittivity"),
        (sc::hbar, "reduced Planck constant"),
        (sc::m_e, "electron mass"),
        (sc::atm, "standard atmosphere"),
    ] {
        assert_close(constant, sc::value(key).unwrap(), Tol::EXACT);
    }
    // Derived relations hold to rounding (CODATA 2022 gives mu_0 and epsilon_0 separately).
    assert_close(sc::hbar, sc::h / (2.0 * sc::pi), Tol::EXACT);
    assert_close(
        sc::epsilon_0,
        1.0 / (sc::mu_0 * sc::c * sc::c),
        // CODATA rounds epsilon_0 to 11 significant digits; 1 / (mu_0 c^2) agrees to about that.
        Tol::rel(1e-10),
    );
}
