//! Orthogonal polynomials (`eval_legendre`, `eval_chebyt`, ..., `eval_jacobi`), associated
//! Legendre functions and spherical harmonics (`lpmv`, `legendre_p`, `assoc_legendre_p`,
//! `sph_legendre_p`, `sph_harm_y`), and Gauss quadrature nodes and weights
//! (`roots_legendre`, ...).
//!
//! The polynomials of integer degree run their three-term recurrences in double-double
//! arithmetic with a separate binary exponent: full `f64` accuracy next to their zeros, and
//! values beyond `f64`'s range round to `±inf` with the right sign. The Gauss rules are
//! Golub-Welsch eigenvalues (faer) polished by Newton's method on the recurrence.

mod associated_legendre;
mod associated_legendre_derivatives;
mod chebyshev;
mod double_double;
mod gauss;
mod hermite;
mod jacobi;
mod laguerre;
mod legendre;
mod lpmv;
mod recurrence;

pub use associated_legendre::{
    AssocLegendreOptions, BranchCut, assoc_legendre_p, assoc_legendre_p_with, sph_harm_y,
    sph_legendre_p,
};
pub use associated_legendre_derivatives::{
    SphHarmYDerivatives, assoc_legendre_p_derivatives, sph_harm_y_derivatives,
    sph_legendre_p_derivatives,
};
pub use chebyshev::{eval_chebyt, eval_chebyu};
pub use gauss::{
    GaussRule, roots_chebyt, roots_gegenbauer, roots_genlaguerre, roots_hermite, roots_hermitenorm,
    roots_jacobi, roots_laguerre, roots_legendre,
};
pub use hermite::{eval_hermite, eval_hermitenorm};
pub use jacobi::{eval_gegenbauer, eval_jacobi};
pub use laguerre::{eval_genlaguerre, eval_laguerre};
pub use legendre::{Derivatives, eval_legendre, legendre_p, legendre_p_derivatives};
pub use lpmv::lpmv;
