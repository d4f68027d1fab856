//! The Lambert W function `lambertw` (branches k = 0 and k = -1, real and complex).
//!
//! `W_k(z)` solves `w e^w = z` on branch `k` (Corless, Gonnet, Hare, Jeffrey and Knuth, "On
//! the Lambert W function", Adv. Comput. Math. 5, 1996). Near the branch point `-1/e` the
//! series in `p = sqrt(2 (e z + 1))` is summed with `e z + 1` formed in double-double
//! arithmetic; elsewhere an initial approximation is refined by Halley's iteration (complex)
//! or by Fritsch, Shafer and Crowley's iteration (real, Comm. ACM 16, 1973).

mod branch_point;
mod complex_branches;
mod real;

pub use real::lambertw;

/// Complex-argument form, re-exported from [`crate::complex`].
pub mod complex {
    pub use super::complex_branches::lambertw;
}
