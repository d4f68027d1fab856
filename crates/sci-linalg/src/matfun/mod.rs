//! Matrix functions: the exponential and its Fréchet derivative and condition number, the
//! logarithm, square root and fractional powers, the sign function, the trigonometric and
//! hyperbolic functions, and general functions through the Schur-Parlett recurrence.

mod expm;
mod expm_cond;
mod expm_frechet;
mod fractional_power;
mod funm;
mod logm;
mod schur_form;
mod signm;
mod sqrtm;
mod triangular;
mod trig;
mod value;

pub use expm::expm;
pub use expm_cond::{ExpmCondOptions, expm_cond, expm_cond_with};
pub use expm_frechet::{
    ExpmFrechet, ExpmFrechetMethod, ExpmFrechetOptions, expm_frechet, expm_frechet_derivative,
    expm_frechet_with,
};
pub use fractional_power::fractional_matrix_power;
pub use funm::{Funm, funm};
pub use logm::logm;
pub use signm::signm;
pub use sqrtm::{SqrtmOptions, sqrtm, sqrtm_with};
pub use trig::{coshm, cosm, sinhm, sinm, tanhm, tanm};
pub use value::MatrixValue;
