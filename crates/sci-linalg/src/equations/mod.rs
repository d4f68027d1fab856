//! Matrix equations (`scipy.linalg`'s `_solvers`): Sylvester, continuous and discrete
//! Lyapunov, and the continuous and discrete algebraic Riccati equations.
//!
//! All solvers compute in complex double precision on Schur forms; real input returns real
//! output (the exact solutions are real), `f32`/`Complex32` input is computed in double
//! precision and rounded.

mod are_input;
mod balance;
mod care;
mod dare;
mod dense;
mod discrete_lyapunov;
mod lyapunov;
mod pencil;
mod sylvester;
mod triangular;

pub use are_input::AreOptions;
pub use care::{solve_continuous_are, solve_continuous_are_with};
pub use dare::{solve_discrete_are, solve_discrete_are_with};
pub use discrete_lyapunov::{
    DiscreteLyapunovMethod, DiscreteLyapunovOptions, solve_discrete_lyapunov,
    solve_discrete_lyapunov_with,
};
pub use lyapunov::{solve_continuous_lyapunov, solve_continuous_lyapunov_with, solve_lyapunov};
pub use sylvester::{SylvesterOptions, solve_sylvester, solve_sylvester_with};
