//! Units of energy, in joules.

use crate::{degree_Fahrenheit, e, gram, pound};

/// One electron volt, the energy of one elementary charge across one volt.
pub const eV: f64 = e;
/// One electron volt, J (the same as [`eV`]).
pub const electron_volt: f64 = eV;
/// One thermochemical calorie, 4.184 J.
pub const calorie: f64 = 4.184;
/// One thermochemical calorie, 4.184 J (the same as [`calorie`]).
pub const calorie_th: f64 = calorie;
/// One International Steam Table calorie, 4.1868 J.
pub const calorie_IT: f64 = 4.1868;
/// One erg, 10⁻⁷ J.
pub const erg: f64 = 1e-7;
/// One thermochemical British thermal unit: the heat that raises one pound of water by one
/// degree Fahrenheit, with the thermochemical calorie.
pub const Btu_th: f64 = pound * degree_Fahrenheit * calorie_th / gram;
/// One International Steam Table British thermal unit (with the IT calorie).
pub const Btu_IT: f64 = pound * degree_Fahrenheit * calorie_IT / gram;
/// One International Steam Table British thermal unit (the same as [`Btu_IT`]).
pub const Btu: f64 = Btu_IT;
/// One ton of TNT, 10⁹ thermochemical calories.
pub const ton_TNT: f64 = 1e9 * calorie_th;
