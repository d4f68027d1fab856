//! Global minimization: [`basinhopping`](crate::basinhopping) (random perturbations followed
//! by local minimizations, accepted by a Metropolis test) and [`brute`](crate::brute) (the
//! objective on a grid, optionally polished by a local minimizer).

mod basinhopping;
mod brute;

pub use basinhopping::{
    AcceptDecision, AcceptTestFn, AcceptTestState, BasinhoppingOptions, BasinhoppingResult,
    BasinhoppingState, TakeStepFn, basinhopping, basinhopping_with,
};
pub use brute::{BruteFinish, BruteOptions, BruteOutput, BruteRange, brute, brute_with};

use sci_core::Result;

use crate::OptimizeResult;

/// A local minimizer started from a point (SciPy's `minimizer_kwargs` of `basinhopping`,
/// `finish` of `brute`): typically a closure calling [`minimize_with`](crate::minimize_with)
/// with the chosen method and derivatives.
pub type LocalMinimizer<'a> = Box<dyn FnMut(&[f64]) -> Result<OptimizeResult> + 'a>;
