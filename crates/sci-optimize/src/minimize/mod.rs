//! `minimize`: one entry point for the local minimizers, dispatching on [`Method`] as
//! SciPy's `minimize(fun, x0, method=...)`. Each method lives in its own file with its
//! options struct (SciPy's `options=` dict, typed).

mod bfgs;
mod cg;
mod cobyla;
mod cobyqa;
mod lbfgsb;
mod nelder_mead;
mod newton_cg;
mod options;
mod powell;
mod slsqp;
mod tnc;
mod trust_constr;
mod trust_region;

pub use bfgs::BfgsOptions;
pub use cg::CgOptions;
pub use cobyla::{
    CobylaConstraint, CobylaOptions, FminCobylaOptions, fmin_cobyla, fmin_cobyla_with,
};
pub use cobyqa::CobyqaOptions;
pub use lbfgsb::{
    FminLbfgsbOptions, FminLbfgsbOutput, LbfgsInvHessProduct, LbfgsbInfo, LbfgsbOptions,
    fmin_l_bfgs_b, fmin_l_bfgs_b_with,
};
pub use nelder_mead::NelderMeadOptions;
pub use newton_cg::{FminNcgOptions, FminNcgOutput, NewtonCgOptions, fmin_ncg, fmin_ncg_with};
pub use options::MinimizeOptions;
pub(crate) use options::Problem;
pub use powell::PowellOptions;
pub use slsqp::{
    FminSlsqpOptions, FminSlsqpOutput, ScalarConstraintFn, SlsqpOptions, fmin_slsqp,
    fmin_slsqp_with,
};
pub use tnc::{FminTncOptions, FminTncOutput, TncOptions, fmin_tnc, fmin_tnc_with};
pub use trust_constr::{FactorizationMethod, TrustConstrInfo, TrustConstrOptions};
pub use trust_region::TrustRegionOptions;

use sci_core::ndarray::Ix1;
use sci_core::{AsArray, Result};

use crate::OptimizeResult;

/// A local minimization method with its own options (SciPy's `method=` and `options=`).
///
/// # Examples
///
/// ```
/// let m: Option<sci_optimize::Method> = None; // SciPy's default choice
/// assert!(m.is_none());
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Method {
    /// SciPy's `'BFGS'`: quasi-Newton with a dense inverse Hessian.
    Bfgs(BfgsOptions),
    /// SciPy's `'CG'`: Polak–Ribière conjugate gradients.
    Cg(CgOptions),
    /// SciPy's `'Nelder-Mead'`: the downhill simplex method.
    NelderMead(NelderMeadOptions),
    /// SciPy's `'Powell'`: conjugate directions with exact line searches.
    Powell(PowellOptions),
    /// SciPy's `'COBYLA'`: Powell's derivative-free linear-approximation method.
    Cobyla(CobylaOptions),
    /// SciPy's `'COBYQA'`: derivative-free trust-region SQP with quadratic models.
    Cobyqa(CobyqaOptions),
    /// SciPy's `'trust-constr'`: trust-region SQP and barrier interior-point method.
    TrustConstr(TrustConstrOptions),
    /// SciPy's `'L-BFGS-B'`: limited-memory BFGS with box bounds.
    LBfgsB(LbfgsbOptions),
    /// SciPy's `'SLSQP'`: Kraft's sequential least-squares quadratic programming.
    Slsqp(SlsqpOptions),
    /// SciPy's `'TNC'`: truncated Newton with bounds.
    Tnc(TncOptions),
    /// SciPy's `'Newton-CG'`: line-search truncated Newton (CG on the Newton system).
    NewtonCg(NewtonCgOptions),
    /// SciPy's `'dogleg'`: trust region with the dogleg step (positive definite Hessian).
    Dogleg(TrustRegionOptions),
    /// SciPy's `'trust-ncg'`: trust region with CG–Steihaug steps.
    TrustNcg(TrustRegionOptions),
    /// SciPy's `'trust-krylov'`: trust region with GLTR (Lanczos) steps.
    TrustKrylov(TrustRegionOptions),
    /// SciPy's `'trust-exact'`: trust region with nearly exact (Moré–Sorensen) steps.
    TrustExact(TrustRegionOptions),
}

impl Method {
    /// SciPy's name of the method (`"BFGS"`, `"Nelder-Mead"`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Method::Bfgs(_) => "BFGS",
            Method::Cg(_) => "CG",
            Method::NelderMead(_) => "Nelder-Mead",
            Method::Powell(_) => "Powell",
            Method::Cobyla(_) => "COBYLA",
            Method::Cobyqa(_) => "COBYQA",
            Method::TrustConstr(_) => "trust-constr",
            Method::LBfgsB(_) => "L-BFGS-B",
            Method::Slsqp(_) => "SLSQP",
            Method::Tnc(_) => "TNC",
            Method::NewtonCg(_) => "Newton-CG",
            Method::Dogleg(_) => "dogleg",
            Method::TrustNcg(_) => "trust-ncg",
            Method::TrustKrylov(_) => "trust-krylov",
            Method::TrustExact(_) => "trust-exact",
        }
    }
}

/// Minimizes `fun` from `x0` with SciPy's defaults (BFGS with a 2-point finite-difference
/// gradient).
///
/// # Errors
///
/// As [`minimize_with`].
pub fn minimize<'x>(
    fun: impl Fn(&[f64]) -> f64,
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<OptimizeResult> {
    minimize_with(fun, x0, MinimizeOptions::default())
}

/// Minimizes `fun` from `x0` with the given method, derivatives, bounds, constraints and
/// callback (SciPy's `minimize`).
///
/// When no method is chosen, SciPy's rule picks one: SLSQP with constraints, L-BFGS-B with
/// bounds, BFGS otherwise.
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`, [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite `x0`,
/// shape or ordering errors from the bounds and constraints, and the method's own errors.
pub fn minimize_with<'x, 'a>(
    fun: impl Fn(&[f64]) -> f64 + 'a,
    x0: impl AsArray<'x, f64, Ix1>,
    options: MinimizeOptions<'a>,
) -> Result<OptimizeResult> {
    let x0 = crate::objective::checked_x0(x0)?;
    let (method, mut problem) = options.into_problem(&fun, x0.len())?;
    let method = match method {
        Some(m) => m,
        // SciPy's choice without bounds or constraints.
        None if problem.bounds.is_none() && problem.constraints.is_empty() => {
            Method::Bfgs(BfgsOptions::default())
        }
        // SciPy's choice with bounds only.
        None if problem.constraints.is_empty() => Method::LBfgsB(LbfgsbOptions::default()),
        // SciPy's choice with constraints.
        None => Method::Slsqp(SlsqpOptions::default()),
    };
    dispatch(&method, &mut problem, &x0)
}

/// Runs one method on a validated problem.
fn dispatch(method: &Method, problem: &mut Problem<'_, '_>, x0: &[f64]) -> Result<OptimizeResult> {
    match method {
        Method::Bfgs(o) => bfgs::minimize_bfgs(problem, x0, o),
        Method::Cg(o) => cg::minimize_cg(problem, x0, o),
        Method::NelderMead(o) => nelder_mead::minimize_neldermead(problem, x0, o),
        Method::Powell(o) => powell::minimize_powell(problem, x0, o),
        Method::Cobyla(o) => cobyla::minimize_cobyla(problem, x0, o),
        Method::Cobyqa(o) => cobyqa::minimize_cobyqa(problem, x0, o),
        Method::TrustConstr(o) => trust_constr::minimize_trust_constr(problem, x0, o),
        Method::LBfgsB(o) => lbfgsb::minimize_lbfgsb(problem, x0, o),
        Method::Slsqp(o) => slsqp::minimize_slsqp(problem, x0, o),
        Method::Tnc(o) => tnc::minimize_tnc(problem, x0, o),
        Method::NewtonCg(o) => newton_cg::minimize_newtoncg(problem, x0, o),
        Method::Dogleg(o) => trust_region::minimize_dogleg(problem, x0, o),
        Method::TrustNcg(o) => trust_region::minimize_trust_ncg(problem, x0, o),
        Method::TrustKrylov(o) => trust_region::minimize_trust_krylov(problem, x0, o),
        Method::TrustExact(o) => trust_region::minimize_trust_exact(problem, x0, o),
    }
}
