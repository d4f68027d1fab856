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

mod bounds;
mod constraints;
mod finite_diff;
mod hessian_update;
mod minimize;
mod objective;
mod result;
mod rosen;

pub use bounds::Bounds;
pub use constraints::{
    Constraint, ConstraintFn, ConstraintHess, ConstraintHessFn, ConstraintJac, ConstraintJacFn,
    LinearConstraint, NonlinearConstraint,
};
pub use finite_diff::{FdStep, FiniteDiff};
pub use hessian_update::{ApproxType, HessianUpdateStrategy};
pub use minimize::{Method, MinimizeOptions, minimize, minimize_with};
pub use objective::{Gradient, GradientFn, HessProductFn, Hessian, HessianFn, ValueAndGradientFn};
pub use result::{HessInv, IntermediateResult, MinimizeCallback, OptimizeResult};
pub use rosen::{rosen, rosen_der, rosen_hess, rosen_hess_prod};
