//! Regularized incomplete gamma and beta functions and their inverses: `gammainc`, `gammaincc`, `gammaincinv`, `gammainccinv`, `betainc`, `betaincc`, `betaincinv`, `betainccinv`.

mod beta_fraction;
mod beta_grat;
mod beta_inverse;
mod beta_ratio;
mod beta_series;
mod gamma_inverse;
mod gamma_ratio;
mod stirling;
mod temme_coefficients;

pub use beta_inverse::{betainccinv, betaincinv};
pub use beta_ratio::{betainc, betaincc};
pub use gamma_inverse::{gammainccinv, gammaincinv};
pub use gamma_ratio::{gammainc, gammaincc};

pub(crate) use beta_ratio::beta_pair;
