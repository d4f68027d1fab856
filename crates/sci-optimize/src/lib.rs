//! # sci-optimize: `scipy.optimize` for Rust
//!
//! Minimization, root finding, least squares and curve fitting, with SciPy's names,
//! semantics and defaults, verified against SciPy golden data.
//!
//! # Conventions
//!
//! - **Objectives are Rust closures.** A scalar objective is `Fn(&[f64]) -> f64`; gradients,
//!   residual vectors and constraint values are written into an output slice,
//!   `Fn(&[f64], &mut [f64])`; Jacobians and Hessians into an
//!   [`ArrayViewMut2`](sci_core::ndarray::ArrayViewMut2). `curve_fit` models are
//!   `Fn(f64, &[f64]) -> f64` (`x`, parameters), with a vectorised form over all `x`.
//! - **Derivatives.** When none is given, finite differences ([`FiniteDiff`]: `'2-point'`,
//!   `'3-point'`, with SciPy's step rules and `diff_step`) are used, and counted in `nfev`
//!   as SciPy counts them.
//! - **Results** are structs with SciPy's field names: [`OptimizeResult`] (`x`, `fun`,
//!   `jac`, `hess_inv`, `nit`, `nfev`, `njev`, `status`, `success`, `message`).
//! - **Options.** `name(required)` uses SciPy's defaults; `name_with(required, options)` takes
//!   SciPy's keywords in an options struct whose `Default` is SciPy's default.
//! - **Callbacks.** Every iterative method takes a callback that sees the current state and
//!   returns [`ControlFlow`](std::ops::ControlFlow); `Break` stops the run, which then
//!   reports that the callback stopped it.
//! - **Errors.** Where SciPy raises, `Err`; where SciPy returns a flag (`success`,
//!   `converged`), `Ok` with the flag. Bad input (empty `x0`, mismatched shapes, bounds with
//!   `lb > ub`) is an error, never a panic.
//!
#![doc = include_str!("../scipy-names.md")]

mod approx;
mod bounds;
mod constraints;
mod curve_fit;
mod finite_diff;
mod global;
mod hessian_update;
mod isotonic;
mod least_squares;
mod legacy;
mod line_search;
mod lsq_linear;
mod minimize;
mod nnls;
mod objective;
mod quasi_newton;
mod result;
mod roots;
mod rosen;
mod scalar;
mod vector;

pub use approx::{
    CheckGradDirection, CheckGradOptions, approx_fprime, check_grad, check_grad_with,
};
pub use bounds::Bounds;
pub use constraints::{
    Constraint, ConstraintFn, ConstraintHess, ConstraintHessFn, ConstraintJac, ConstraintJacFn,
    LinearConstraint, NonlinearConstraint,
};
pub use curve_fit::{
    CurveFit, CurveFitInfo, CurveFitJac, CurveFitJacFn, CurveFitOptions, NanPolicy, Sigma,
    curve_fit, curve_fit_vec, curve_fit_vec_with, curve_fit_with,
};
pub use finite_diff::{FdStep, FiniteDiff};
pub use global::{
    AcceptDecision, AcceptTestFn, AcceptTestState, BasinhoppingOptions, BasinhoppingResult,
    BasinhoppingState, BruteFinish, BruteOptions, BruteOutput, BruteRange, LocalMinimizer,
    TakeStepFn, basinhopping, basinhopping_with, brute, brute_with,
};
pub use hessian_update::{ApproxType, HessianUpdateStrategy};
pub use isotonic::{IsotonicOptions, IsotonicResult, isotonic_regression};
pub use least_squares::{
    LeastSquaresOptions, LeastSquaresResult, LeastsqDfun, LeastsqOptions, LeastsqOutput,
    LmRootOptions, Loss, LsqJac, LsqMethod, ResidualJacobianFn, TrSolver, XScale, least_squares,
    least_squares_with, leastsq, leastsq_with,
};
pub use legacy::{
    FminBfgsOptions, FminBfgsOutput, FminCgOptions, FminCgOutput, FminOptions, FminOutput,
    FminPowellOptions, FminPowellOutput, fmin, fmin_bfgs, fmin_bfgs_with, fmin_cg, fmin_cg_with,
    fmin_powell, fmin_powell_with, fmin_with,
};
pub use line_search::{LineSearchOptions, LineSearchResult, line_search, line_search_with};
pub use lsq_linear::{LsqLinearMethod, LsqLinearOptions, LsqLinearResult, LsqSolver, lsq_linear};
pub use minimize::CobyqaOptions;
pub use minimize::{
    BfgsOptions, CgOptions, Method, MinimizeOptions, NelderMeadOptions, PowellOptions, minimize,
    minimize_with,
};
pub use minimize::{
    CobylaConstraint, CobylaOptions, FminCobylaOptions, fmin_cobyla, fmin_cobyla_with,
};
pub use minimize::{FactorizationMethod, TrustConstrInfo, TrustConstrOptions};
pub use minimize::{
    FminLbfgsbOptions, FminLbfgsbOutput, LbfgsInvHessProduct, LbfgsbInfo, LbfgsbOptions,
    fmin_l_bfgs_b, fmin_l_bfgs_b_with,
};
pub use minimize::{
    FminNcgOptions, FminNcgOutput, NewtonCgOptions, TrustRegionOptions, fmin_ncg, fmin_ncg_with,
};
pub use minimize::{
    FminSlsqpOptions, FminSlsqpOutput, ScalarConstraintFn, SlsqpOptions, fmin_slsqp,
    fmin_slsqp_with,
};
pub use minimize::{FminTncOptions, FminTncOutput, TncOptions, fmin_tnc, fmin_tnc_with};
pub use nnls::{NnlsOptions, nnls, nnls_with};
pub use objective::{Gradient, GradientFn, HessProductFn, Hessian, HessianFn, ValueAndGradientFn};
pub use quasi_newton::{BFGS, ExceptionStrategy, InitScale, SR1};
pub use result::{HessInv, IntermediateResult, MinimizeCallback, OptimizeResult};
pub use roots::scalar::{
    BracketRootOptions, FixedPointMethod, FixedPointOptions, NewtonArrayOptions, NewtonArrayResult,
    NewtonOptions, RootResults, RootScalarOptions, ScalarRootMethod, bisect, bisect_with, brenth,
    brenth_with, brentq, brentq_with, fixed_point, fixed_point_with, newton, newton_array,
    newton_array_with, newton_with, ridder, ridder_with, root_scalar, toms748, toms748_with,
};
pub use roots::system::{
    DfSaneLineSearch, DfSaneOptions, EtaStrategy, FsolveOptions, FsolveOutput, HybrOptions,
    JacOptions, NonlinLineSearch, NonlinOptions, ReductionMethod, RootCallback, RootMethod,
    RootOptions, RootResult, RootState, SystemJacFn, anderson, anderson_with, broyden1,
    broyden1_with, broyden2, broyden2_with, diagbroyden, diagbroyden_with, excitingmixing,
    excitingmixing_with, fsolve, fsolve_with, linearmixing, linearmixing_with, root, root_with,
};
pub use rosen::{rosen, rosen_der, rosen_hess, rosen_hess_prod};
pub use scalar::{
    Bracket, BracketOptions, BrentOptions, BrentOutput, FminboundOptions, FminboundOutput,
    GoldenOptions, GoldenOutput, MinimizeScalarOptions, ScalarMethod, ScalarResult, bracket,
    bracket_with, brent, brent_with, fminbound, fminbound_with, golden, golden_with,
    minimize_scalar, minimize_scalar_with,
};
