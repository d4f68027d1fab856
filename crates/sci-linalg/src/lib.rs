//! # sci-linalg: `scipy.linalg` for Rust
//!
//! Dense linear algebra on [faer], with SciPy's names, semantics and defaults: solves,
//! decompositions, eigenproblems, matrix functions, matrix equations and special matrices.
//! Inputs and outputs are ndarray arrays; the kernels see them through sci-core's zero-copy
//! views, so a C- or Fortran-ordered (or strided) matrix is never copied just to be read.
//!
//! # Conventions
//!
//! - **Inputs.** Matrices are anything that views as a 2-D ndarray array (`&Array2<T>`,
//!   `ArrayView2<T>`, slices of either); vectors anything that views as a 1-D one. Outputs are
//!   owned arrays, or structs whose fields carry SciPy's names (`LuResult { p, l, u }`).
//! - **Element types.** `f64` everywhere; the core decompositions and solvers are generic over
//!   [`Scalar`] (`f32`, `f64`, `Complex32`, `Complex64`) and compute in the input's precision,
//!   as SciPy keeps `float32` in single precision.
//! - **Options.** Required arguments are positional; SciPy's keywords go into an options
//!   struct whose `Default` is SciPy's default, with chainable setters.
//! - **`check_finite`.** As in SciPy, a NaN or infinity in the input is an error
//!   ([`sci_core::Error::NonFinite`]) unless the options turn the check off.
//! - **Ill-conditioning is an error, not a warning.** Where SciPy warns with `LinAlgWarning`
//!   (the reciprocal condition number is below the machine epsilon), the solvers return
//!   [`sci_core::Error::IllConditioned`] with the estimate, unless the options accept
//!   ill-conditioned input; an exactly singular matrix is [`sci_core::Error::SingularMatrix`].
//! - **Shapes.** A non-square matrix where a square one is needed gives an error saying
//!   "expected square matrix" with the shape.
//!
//! # Usage
//!
//! ```
//! use sci_core::ndarray::array;
//! use sci_linalg::{det, inv, solve, svd, cholesky_with, CholeskyOptions};
//!
//! let a = array![[4.0_f64, 2.0], [2.0, 3.0]];
//! assert!((det(&a)? - 8.0).abs() < 1e-14);
//! let x = solve(&a, &array![6.0, 5.0])?; // a x = b
//! assert!((x[0] - 1.0).abs() < 1e-14 && (x[1] - 1.0).abs() < 1e-14);
//! let ia = inv(&a)?;
//! let l = cholesky_with(&a, &CholeskyOptions::default().lower(true))?;
//! let f = svd(&a)?; // f.u, f.s, f.vh
//! assert!((f.s[0] * f.s[1] - 8.0).abs() < 1e-13);
//! # let _ = (ia, l);
//! # Ok::<(), sci_core::Error>(())
//! ```
//!
//! # Families
//!
//! - **Basics**: [`det`], [`inv`], [`solve`] (every `assume_a` of SciPy 1.17, see
//!   [`AssumeA`]), [`solve_triangular`], [`solve_banded`], [`solveh_banded`],
//!   [`solve_toeplitz`], [`solve_circulant`], [`matmul_toeplitz`], [`lstsq`], [`pinv`],
//!   [`pinvh`], [`norm`], [`orthogonal_procrustes`], [`clarkson_woodruff_transform`], and
//!   numpy's [`matrix_rank`], [`cond`], [`slogdet`], [`matrix_power`].
//! - **Decompositions**: [`lu`] (also [`lu_permute_l`], [`lu_p_indices`]), [`lu_factor`] /
//!   [`lu_solve`], [`cholesky`], [`cho_factor`] / [`cho_solve`], [`cholesky_banded`] /
//!   [`cho_solve_banded`], [`ldl`], [`qr`] (modes, column pivoting), [`qr_multiply`],
//!   [`qr_update`] / [`qr_insert`] / [`qr_delete`], [`rq`], [`svd`], [`svdvals`], [`diagsvd`],
//!   [`polar`], [`schur`] (real, complex, sorted), [`rsf2csf`], [`hessenberg`], [`qz`] /
//!   [`ordqz`], [`cossin`], [`null_space`], [`orth`], [`subspace_angles`], [`cdf2rdf`],
//!   [`matrix_balance`].
//! - **Eigenproblems**: [`eig`] (left and right vectors, generalized), [`eigvals`], [`eigh`]
//!   (subsets, generalized), [`eigvalsh`], [`eig_banded`], [`eigvals_banded`],
//!   [`eigh_tridiagonal`], [`eigvalsh_tridiagonal`].
//! - **Matrix functions**: [`expm`], [`expm_frechet`], [`expm_cond`], [`logm`], [`sqrtm`],
//!   [`fractional_matrix_power`], [`funm`], [`signm`], [`cosm`], [`sinm`], [`tanm`],
//!   [`coshm`], [`sinhm`], [`tanhm`]. Those whose result is real or complex depending on the
//!   values (as SciPy's dtype is) return a [`MatrixValue`].
//! - **Matrix equations**: [`solve_sylvester`], [`solve_continuous_lyapunov`] (alias
//!   [`solve_lyapunov`]), [`solve_discrete_lyapunov`], [`solve_continuous_are`],
//!   [`solve_discrete_are`].
//! - **Special matrices and structure**: [`block_diag`], [`circulant`], [`companion`],
//!   [`convolution_matrix`], [`dft`], [`fiedler`], [`fiedler_companion`], [`hadamard`],
//!   [`hankel`], [`helmert`], [`hilbert`], [`invhilbert`], [`leslie`], [`pascal`], [`invpascal`],
//!   [`toeplitz`], numpy's [`kron`] (exact integer forms: [`invhilbert_exact`],
//!   [`pascal_exact`], [`invpascal_exact`]); [`bandwidth`], [`issymmetric`], [`ishermitian`],
//!   [`khatri_rao`].
//! - **Stacked input** (`(..., M, N)` arrays, as SciPy 1.17 accepts): the [`stacked`] module
//!   (`det`, `inv`, `solve`, `lu`, `cholesky`, `qr`, `svd`, `svdvals`, `eig`, `eigh`, `norm`).
//!
//! # Speed
//!
//! faer's blocked kernels run on rayon's pool under the `parallel` feature (on by default; its
//! size follows `RAYON_NUM_THREADS`).
//!
#![doc = include_str!("../scipy-names.md")]

mod band_lu;
mod basic;
mod condition;
mod decompositions;
mod eigen;
mod equations;
mod lu_kernel;
mod matfun;
mod options;
mod parallel;
mod rhs;
mod scalar;
mod special_matrices;
pub mod stacked;
mod stacked_eigen;
mod stacked_norm;
mod stacked_qr;
mod stacked_svd;
mod structure;
mod validate;

pub use basic::*;
pub use decompositions::*;
pub use eigen::*;
pub use equations::*;
pub use matfun::*;
pub use scalar::{RealScalar, Scalar};
pub use special_matrices::*;
pub use structure::*;
