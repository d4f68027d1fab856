//! Confluent hypergeometric functions of real arguments (DLMF 13, 16).
//!
//! - `hyp0f1`: `0F1(; v; x)` by its power series, or through the Bessel functions `I_{v-1}`,
//!   `J_{v-1}` where the series cancels or is long;
//! - `hyp1f1`: Kummer's function `M(a, b, x) = 1F1(a; b; x)` by its power series with Kummer's
//!   transformation for negative `x`, and the large-`|x|` asymptotic expansion;
//! - `hyperu`: Tricomi's function `U(a, b, x)` by its Laplace integral, the large-`x`
//!   asymptotic expansion and Kummer's transformation;
//! - `hyp2f1`: Gauss's `2F1(a, b; c; z)` (DLMF 15), see `hyp2f1.rs` for its methods.

mod hyp0f1;
mod hyp1f1;
mod hyp2f1;
mod hyp2f1_bigfloat;
mod hyp2f1_gamma;
mod hyp2f1_one_minus_z;
mod hyp2f1_power;
mod hyp2f1_series;
mod hyperu;

pub use hyp0f1::hyp0f1;
pub use hyp1f1::hyp1f1;
pub use hyp2f1::hyp2f1;
pub use hyperu::hyperu;

/// `true` when `v` is one of `0, -1, -2, ...`.
fn is_nonpositive_integer(v: f64) -> bool {
    v <= 0.0 && v == v.trunc()
}
