//! Basic operations on square matrices: determinants, inverses and linear solves, with SciPy's
//! structure options.

mod balance;
mod banded;
mod circulant;
mod cond;
mod det;
mod factored;
mod inv;
mod lstsq;
mod matrix_power;
mod matrix_rank;
mod norm;
mod pinv;
mod procrustes;
mod sketch;
mod slogdet;
mod solve;
mod structure;
mod toeplitz;
mod triangular;

pub use balance::{
    MatrixBalance, MatrixBalanceOptions, MatrixBalanceSeparate, matrix_balance,
    matrix_balance_separate, matrix_balance_with,
};
pub use banded::{
    SolveBandedOptions, solve_banded, solve_banded_with, solveh_banded, solveh_banded_with,
};
pub use circulant::{
    CirculantSingular, SolveCirculantOptions, solve_circulant, solve_circulant_with,
};
pub use cond::{CondOptions, cond, cond_with};
pub use det::{DetOptions, det, det_with};
pub(crate) use inv::inv_matrix;
pub use inv::{InvOptions, inv, inv_with};
pub use lstsq::{Lstsq, LstsqDriver, LstsqOptions, lstsq, lstsq_with};
pub use matrix_power::matrix_power;
pub use matrix_rank::{MatrixRankOptions, matrix_rank, matrix_rank_with};
pub use norm::{NormAxis, NormOptions, NormOrd, norm, norm_with};
pub use pinv::{PinvOptions, pinv, pinv_with, pinvh, pinvh_with};
pub use procrustes::{Procrustes, orthogonal_procrustes};
pub use sketch::clarkson_woodruff_transform;
pub use slogdet::{SlogDet, slogdet};
pub(crate) use solve::solve_matrix;
pub use solve::{SolveOptions, solve, solve_with};
pub use structure::AssumeA;
pub(crate) use structure::bandwidths;
pub use toeplitz::{matmul_toeplitz, solve_toeplitz};
pub use triangular::{SolveTriangularOptions, solve_triangular, solve_triangular_with};
