//! SI prefixes (quetta = 10³⁰ down to quecto = 10⁻³⁰) and binary prefixes (kibi = 2¹⁰ up to
//! yobi = 2⁸⁰), as multipliers.
//!
//! SciPy's binary prefixes are Python integers; here they are `f64`, which holds these powers
//! of two exactly (`yobi` does not fit in a `u64`).

/// The SI prefix quetta, 10³⁰.
pub const quetta: f64 = 1e30;
/// The SI prefix ronna, 10²⁷.
pub const ronna: f64 = 1e27;
/// The SI prefix yotta, 10²⁴.
pub const yotta: f64 = 1e24;
/// The SI prefix zetta, 10²¹.
pub const zetta: f64 = 1e21;
/// The SI prefix exa, 10¹⁸.
pub const exa: f64 = 1e18;
/// The SI prefix peta, 10¹⁵.
pub const peta: f64 = 1e15;
/// The SI prefix tera, 10¹².
pub const tera: f64 = 1e12;
/// The SI prefix giga, 10⁹.
pub const giga: f64 = 1e9;
/// The SI prefix mega, 10⁶.
pub const mega: f64 = 1e6;
/// The SI prefix kilo, 10³.
pub const kilo: f64 = 1e3;
/// The SI prefix hecto, 10².
pub const hecto: f64 = 1e2;
/// The SI prefix deka, 10¹.
pub const deka: f64 = 1e1;
/// The SI prefix deci, 10⁻¹.
pub const deci: f64 = 1e-1;
/// The SI prefix centi, 10⁻².
pub const centi: f64 = 1e-2;
/// The SI prefix milli, 10⁻³.
pub const milli: f64 = 1e-3;
/// The SI prefix micro, 10⁻⁶.
pub const micro: f64 = 1e-6;
/// The SI prefix nano, 10⁻⁹.
pub const nano: f64 = 1e-9;
/// The SI prefix pico, 10⁻¹².
pub const pico: f64 = 1e-12;
/// The SI prefix femto, 10⁻¹⁵.
pub const femto: f64 = 1e-15;
/// The SI prefix atto, 10⁻¹⁸.
pub const atto: f64 = 1e-18;
/// The SI prefix zepto, 10⁻²¹.
pub const zepto: f64 = 1e-21;
/// The SI prefix yocto, 10⁻²⁴.
pub const yocto: f64 = 1e-24;
/// The SI prefix ronto, 10⁻²⁷.
pub const ronto: f64 = 1e-27;
/// The SI prefix quecto, 10⁻³⁰.
pub const quecto: f64 = 1e-30;

/// The binary prefix kibi, 2¹⁰ = 1024.
pub const kibi: f64 = 1024.0;
/// The binary prefix mebi, 2²⁰.
pub const mebi: f64 = kibi * kibi;
/// The binary prefix gibi, 2³⁰.
pub const gibi: f64 = mebi * kibi;
/// The binary prefix tebi, 2⁴⁰.
pub const tebi: f64 = gibi * kibi;
/// The binary prefix pebi, 2⁵⁰.
pub const pebi: f64 = tebi * kibi;
/// The binary prefix exbi, 2⁶⁰.
pub const exbi: f64 = pebi * kibi;
/// The binary prefix zebi, 2⁷⁰.
pub const zebi: f64 = exbi * kibi;
/// The binary prefix yobi, 2⁸⁰.
pub const yobi: f64 = zebi * kibi;
