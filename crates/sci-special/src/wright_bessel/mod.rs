//! Wright's generalized Bessel function `Phi(a, b; x) = sum_k x^k / (k! Gamma(a k + b))`
//! (SciPy's `wright_bessel`) and its logarithm (`log_wright_bessel`), for `a, b, x >= 0`.
//!
//! - `series.rs`: the power series, where it is short (all its terms are positive);
//! - `integral.rs`: Luchko's integral representation with the contour through the saddle
//!   point, in scaled form (so the logarithm stays finite where the function overflows);
//! - `double.rs`: double-double `exp` and `ln` for the integral's prefactor;
//! - `evaluate.rs`: the public functions, their domain and closed-form edge cases.

mod double;
mod evaluate;
mod integral;
mod series;

pub use evaluate::{log_wright_bessel, wright_bessel};
