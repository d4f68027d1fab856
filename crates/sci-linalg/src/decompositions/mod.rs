//! Matrix decompositions with SciPy's result forms: LU and Cholesky.

mod cdf2rdf;
mod cholesky;
mod cholesky_banded;
mod cossin;
mod hessenberg;
mod ldl;
mod lu;
mod ordqz;
mod polar;
mod qr;
mod qr_multiply;
mod qr_update;
mod qz;
mod rq;
mod rsf2csf;
mod schur;
mod small_dense;
mod subspaces;
mod svd;

pub use cdf2rdf::{Cdf2rdf, cdf2rdf};
pub(crate) use cholesky::lower_factor;
pub use cholesky::{
    ChoFactor, ChoSolveOptions, CholeskyOptions, cho_factor, cho_solve, cholesky, cholesky_with,
};
pub use cholesky_banded::{CholeskyBandedOptions, cho_solve_banded, cholesky_banded};
pub use cossin::{Cossin, CossinOptions, CossinSeparate, cossin, cossin_separate, cossin_with};
pub use hessenberg::{Hessenberg, HessenbergOptions, hessenberg, hessenberg_with_q};
pub use ldl::{Ldl, LdlOptions, ldl, ldl_with};
pub use lu::{
    Lu, LuFactor, LuIndices, LuOptions, LuSolveOptions, PermutedLu, Trans, lu, lu_factor,
    lu_p_indices, lu_permute_l, lu_solve, lu_with,
};
pub use ordqz::{OrdQz, OrdqzOptions, OrdqzSort, ordqz, ordqz_complex, ordqz_with};
pub(crate) use polar::scaled;
pub use polar::{Polar, PolarOptions, PolarSide, polar, polar_with};
pub(crate) use qr::HouseholderQr;
pub use qr::{
    Qr, QrMode, QrOptions, QrPivoted, RPivoted, qr, qr_pivoting, qr_r, qr_r_pivoting, qr_with,
};
pub use qr_multiply::{
    QrMultiply, QrMultiplyMode, QrMultiplyOptions, QrMultiplyPivoted, qr_multiply,
    qr_multiply_pivoting, qr_multiply_with,
};
pub use qr_update::{
    QrDeleteOptions, QrInsertOptions, QrUpdateOptions, QrWhich, qr_delete, qr_delete_with,
    qr_insert, qr_insert_block, qr_insert_with, qr_update, qr_update_rank_k, qr_update_with,
};
pub(crate) use qz::schur_params as qz_schur_params;
pub use qz::{Qz, QzOptions, qz, qz_complex, qz_with};
pub use rq::{Rq, RqOptions, rq, rq_r, rq_with};
pub use rsf2csf::{Rsf2csf, Rsf2csfOptions, rsf2csf, rsf2csf_with};
pub use schur::{Schur, SchurOptions, SchurSort, schur, schur_complex, schur_with};
pub use subspaces::{
    SubspaceOptions, null_space, null_space_with, orth, orth_with, subspace_angles,
};
pub use svd::{LapackDriver, Svd, SvdOptions, diagsvd, svd, svd_with, svdvals, svdvals_with};
pub(crate) use svd::{SvdFactors, to_array};
