//! Exponential and trigonometric integrals: `exp1`, `expi`, `expn`, `sici`, `shichi`, and the dilogarithm `spence`.
//!
//! Power series near the origin, continued fractions or asymptotic series far from it, and
//! Taylor expansions about the real zeros of `Ei`, `Ci` and `Chi` so that relative accuracy
//! holds there too.

mod dilogarithm;
mod double_double;
mod exponential;
mod hyperbolic;
mod roots;
mod trigonometric;

pub use dilogarithm::spence;
pub use exponential::{exp1, expi, expn};
pub use hyperbolic::{ShiChi, shichi};
pub use trigonometric::{SiCi, sici};

/// Euler's constant gamma.
const EULER: f64 = 0.577_215_664_901_532_860_6;
