//! Gamma, beta and related functions: `gamma`, `gammaln`, `loggamma`, `gammasgn`, `rgamma`, `digamma`/`psi`, `polygamma`, `multigammaln`, `beta`, `betaln`, `poch`, factorials, `comb`, `perm`, `binom`; the Riemann and Hurwitz zeta functions `zeta`, `zetac`.
//!
//! One file per algorithm: `real_gamma` (the double-double recurrence and Stirling's formula),
//! `log_gamma`, `digamma`, `beta`, `zeta`, `polygamma`, `poch`, `combinatorics`, `complex_loggamma`, with the shared `stirling` series; double-double arithmetic
//! from `crate::numeric`.

mod beta;
mod combinatorics;
mod complex_loggamma;
mod digamma;
mod gamma_table;
mod gammaln_table;
mod log_gamma;
mod poch;
mod polygamma;
mod real_gamma;
mod stirling;
mod zeta;

pub use beta::{beta, betaln};
pub use combinatorics::{
    binom, comb, comb_exact, comb_repetition, factorial, factorial_exact, factorial2,
    factorial2_exact, factorialk, factorialk_exact, perm, perm_exact,
};
pub use digamma::{digamma, psi};
pub use log_gamma::{gammaln, loggamma, multigammaln};
pub use poch::poch;
pub use polygamma::polygamma;
pub use real_gamma::{gamma, gammasgn, rgamma};
pub use zeta::{zeta, zeta_hurwitz, zetac};

/// Complex-argument forms, re-exported from [`crate::complex`].
pub mod complex {
    pub use super::complex_loggamma::loggamma;
}
