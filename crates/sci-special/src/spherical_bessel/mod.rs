//! Spherical Bessel functions `spherical_jn`, `spherical_yn`, `spherical_in`, `spherical_kn`
//! and their derivatives (SciPy's `derivative=True` forms are the `*_derivative` functions).
//!
//! - `ordinary`: `j_n`, `y_n` by the closed forms for `n = 0, 1`, upward recurrence where it is
//!   stable, and the cylinder function `J_{n+1/2}` below the turning point;
//! - `modified`: `i_n`, `k_n` from the cylinder functions `I_{n+1/2}`, `K_{n+1/2}`.

mod modified;
mod ordinary;

pub use modified::{spherical_in, spherical_in_derivative, spherical_kn, spherical_kn_derivative};
pub use ordinary::{spherical_jn, spherical_jn_derivative, spherical_yn, spherical_yn_derivative};

/// `(-1)^n` as a float.
fn parity(n: i64) -> f64 {
    if n % 2 == 0 { 1.0 } else { -1.0 }
}
