//! Bessel functions of real order and real argument: `jv`, `yv`, `iv`, `kv`, their
//! exponentially scaled forms, integer orders (`jn`, `yn`, `kn`, `j0`, ..., `k1e`), Hankel
//! functions and derivatives (`jvp`, `yvp`, `ivp`, `kvp`).
//!
//! Layout: the public functions live in `ordinary` (J, Y), `modified` (I, K), `hankel` and
//! `derivatives`; `k01` holds `K_0`, `K_1` (and the double-double `ln`, `exp` they use); the
//! engines in `jy` and `ik` (Steed's and Temme's methods), `asymptotic` (Hankel's
//! large-argument expansions), `series` (ascending series) and `temme` (Temme's
//! small-argument series for Y and K).

mod asymptotic;
mod derivatives;
mod hankel;
mod ik;
mod jy;
mod k01;
mod modified;
mod ordinary;
mod series;
mod temme;

pub use derivatives::{ivp, jvp, kvp, yvp};
pub use hankel::{hankel1, hankel1e, hankel2, hankel2e};
pub(crate) use k01::{exp_dd, ln_dd};
pub use modified::{i0, i0e, i1, i1e, iv, ive, k0, k0e, k1, k1e, kn, kv, kve};
pub use ordinary::{j0, j1, jn, jv, jve, y0, y1, yn, yv, yve};
