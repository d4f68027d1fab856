//! Units, each as its value in SI units (kg, rad, s, m, Pa, m², m³, m/s, K, J, W, N), one file
//! per quantity as SciPy's documentation groups them.

mod angle;
mod area;
mod energy;
mod force;
mod length;
mod mass;
mod power;
mod pressure;
mod speed;
mod temperature;
mod time;
mod volume;

pub use angle::*;
pub use area::*;
pub use energy::*;
pub use force::*;
pub use length::*;
pub use mass::*;
pub use power::*;
pub use pressure::*;
pub use speed::*;
pub use temperature::*;
pub use time::*;
pub use volume::*;
