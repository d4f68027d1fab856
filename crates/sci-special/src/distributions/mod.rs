//! Distribution kernels: CDFs, survival functions and their inverses of the t, chi-square, F, binomial, Poisson, negative binomial, gamma, Kolmogorov-Smirnov and non-central distributions, and the parameter inverses (`stdtr`, `chdtr`, ..., `bdtrik`, `btdtria`).

mod beta_distribution;
mod binomial;
mod chi_square;
mod fisher_f;
mod gamma_distribution;
mod kolmogorov_smirnov;
mod negative_binomial;
mod noncentral_chi_square;
mod noncentral_f;
mod noncentral_mixture;
mod noncentral_t;
mod poisson;
mod root;
mod student_t;

pub use beta_distribution::{btdtria, btdtrib};
pub use binomial::{bdtr, bdtrc, bdtri, bdtrik};
pub use chi_square::{chdtr, chdtrc, chdtri, chdtriv};
pub use fisher_f::{fdtr, fdtrc, fdtri};
pub use gamma_distribution::{gdtr, gdtrc, gdtrix};
pub use kolmogorov_smirnov::{kolmogi, kolmogorov, smirnov, smirnovi};
pub use negative_binomial::{nbdtr, nbdtrc, nbdtri, nbdtrik};
pub use noncentral_chi_square::{chndtr, chndtrix};
pub use noncentral_f::{ncfdtr, ncfdtri};
pub use noncentral_t::{nctdtr, nctdtrit};
pub use poisson::{pdtr, pdtrc, pdtri, pdtrik};
pub use student_t::{stdtr, stdtridf, stdtrit};
