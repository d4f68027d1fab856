//! `minimize(method='trust-constr')`: a trust-region method for general constraints.
//! Without inequalities (bounds count as inequalities) it is the Byrd-Omojokun
//! equality-constrained SQP ([`sqp`]); otherwise the barrier interior-point method of Byrd,
//! Hribar & Nocedal (1999), which adds slacks `s > 0` for the inequalities and solves a
//! sequence of barrier subproblems `min f - μ Σ ln s` subject to equalities with the same
//! SQP, the slacks scaled by `S` and kept inside by the fraction-to-boundary rule.
//!
//! Complexity per iteration: one QR factorisation of the `m × n` constraint Jacobian
//! (`O(n m²)`), and at most `n - m` Hessian-vector products in the conjugate gradients.

mod canonical;
mod options;
mod projections;
mod qp;
mod sqp;

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2};
use sci_core::{Error, Result};

pub use options::{FactorizationMethod, TrustConstrInfo, TrustConstrOptions};

use self::canonical::Canonical;
use self::qp::CgInfo;
use self::sqp::{SqpProblem, SqpStatus, sqp};
use crate::constraints::ConstraintHess;
use crate::finite_diff::{FdStep, FiniteDiff};
use crate::minimize::Problem;
use crate::objective::{HessProductFn, ScalarFunction};
use crate::vector::norm_inf;
use crate::{
    ApproxType, Constraint, Hessian, HessianUpdateStrategy, IntermediateResult, MinimizeCallback,
    OptimizeResult,
};

/// The least-norm projections of a Jacobian (for COBYQA's second-order correction).
pub(crate) fn least_norm_projections(a: &Array2<f64>) -> projections::Projections {
    projections::Projections::new(a)
}

/// SciPy's messages by status.
fn message(status: i32) -> &'static str {
    match status {
        0 => "The maximum number of function evaluations is exceeded.",
        1 => "`gtol` termination condition is satisfied.",
        2 => "`xtol` termination condition is satisfied.",
        3 => "`callback` raised `StopIteration`.",
        _ => "Constraint violation exceeds 'gtol'",
    }
}

/// How the objective's Hessian is obtained.
enum HessKind<'h, 'a> {
    Matrix(&'h crate::HessianFn<'a>),
    Product(&'h HessProductFn<'a>),
    Fd(FiniteDiff),
    Qn(&'h mut Box<dyn HessianUpdateStrategy + 'a>),
}

/// The objective, the constraints and the global stop test shared by both methods.
struct Model<'h, 'f, 'a, 'c, 'cb> {
    n: usize,
    sf: ScalarFunction<'f, 'a>,
    hess: HessKind<'h, 'a>,
    canon: Canonical<'c, 'a>,
    c_eq: Vec<f64>,
    c_ineq: Vec<f64>,
    j_eq: Array2<f64>,
    j_ineq: Array2<f64>,
    g: Vec<f64>,
    /// The objective's Hessian and where it was evaluated.
    hf: Array2<f64>,
    hf_at: Option<Vec<f64>>,
    /// The Lagrangian Hessian (matrix part) at the current point.
    hx: Array2<f64>,
    /// The point of the Hessian (for `hessp`).
    x_h: Vec<f64>,
    /// Quasi-Newton: the last point evaluated.
    qn_cur: Vec<f64>,
    hp_buf: Vec<f64>,
    // The global state.
    opts: TrustConstrOptions,
    callback: &'cb mut Option<MinimizeCallback<'a>>,
    nit: usize,
    status: Option<i32>,
    x: Vec<f64>,
    fun: f64,
    optimality: f64,
    violation: f64,
    lagrangian_grad: Vec<f64>,
    cg_niter: usize,
    cg_stop_cond: i32,
    tr_radius: f64,
    penalty: f64,
    barrier_parameter: f64,
    barrier_tolerance: f64,
    state: IntermediateResult,
}

impl Model<'_, '_, '_, '_, '_> {
    /// The Lagrangian Hessian at `x` with the canonical multipliers.
    fn prepare(&mut self, x: &[f64], v_eq: &[f64], v_ineq: &[f64]) {
        self.canon.set_multipliers(v_eq, v_ineq);
        let new_point = self.hf_at.as_deref() != Some(x);
        match &mut self.hess {
            HessKind::Matrix(hf) => {
                if new_point {
                    self.hf.fill(0.0);
                    hf(x, self.hf.view_mut());
                    self.sf.nhev += 1;
                }
            }
            HessKind::Fd(scheme) => {
                if new_point {
                    let scheme = *scheme;
                    self.sf.fd_hess(x, scheme, &mut self.hf);
                }
            }
            HessKind::Qn(strategy) => {
                // Updated at each evaluation (see `eval`).
                if new_point {
                    self.hf = strategy.get_matrix();
                }
            }
            HessKind::Product(_) => {
                // SciPy counts one Hessian evaluation per point for `hessp` as well.
                if new_point {
                    self.sf.nhev += 1;
                }
            }
        }
        self.hf_at = Some(x.to_vec());
        self.hx.assign(&self.hf);
        self.canon.add_hessian(x, &mut self.hx);
        self.x_h.clear();
        self.x_h.extend_from_slice(x);
    }

    /// `out = ∇²ₓL p`.
    fn hess_prod(&mut self, p: &[f64], out: &mut [f64]) {
        for (i, o) in out.iter_mut().enumerate() {
            *o = self.hx.row(i).iter().zip(p).map(|(a, b)| a * b).sum();
        }
        if let HessKind::Product(hp) = &self.hess {
            hp(&self.x_h, p, &mut self.hp_buf);
            for (o, h) in out.iter_mut().zip(&self.hp_buf) {
                *o += h;
            }
        }
    }

    /// Objective and canonical constraints at `x`.
    fn eval(&mut self, x: &[f64]) -> f64 {
        if let HessKind::Qn(strategy) = &mut self.hess
            && self.qn_cur != x
        {
            // SciPy's rule: the approximation is updated at every new point evaluated
            // (rejected trials included), from the previous point evaluated, so the gradient
            // is taken at every point.
            if !self.qn_cur.is_empty() {
                let n = self.n;
                let (mut g0, mut g1) = (vec![0.0; n], vec![0.0; n]);
                let xc = std::mem::take(&mut self.qn_cur);
                self.sf.grad(&xc, &mut g0);
                self.sf.fun(x);
                self.sf.grad(x, &mut g1);
                let dx: Vec<f64> = x.iter().zip(&xc).map(|(a, b)| a - b).collect();
                let dg: Vec<f64> = g1.iter().zip(&g0).map(|(a, b)| a - b).collect();
                strategy.update(&dx, &dg);
            }
            self.qn_cur = x.to_vec();
        }
        let f = self.sf.fun(x);
        self.canon.eval(x, &mut self.c_eq, &mut self.c_ineq);
        f
    }

    /// Gradient and canonical Jacobians at `x`.
    fn derivatives(&mut self, x: &[f64]) {
        self.sf.grad(x, &mut self.g);
        self.canon
            .jac(x, self.j_eq.view_mut(), self.j_ineq.view_mut());
    }

    /// SciPy's stop test, once per iteration: updates the state at accepted points, calls
    /// the callback, and sets the status when a criterion is met.
    #[allow(clippy::too_many_arguments)]
    fn global_stop(
        &mut self,
        x: &[f64],
        f: f64,
        last_failed: bool,
        v_eq: &[f64],
        v_ineq: &[f64],
        tr_radius: f64,
        penalty: f64,
        cg: &CgInfo,
        barrier: Option<(f64, f64)>,
    ) -> bool {
        self.nit += 1;
        if !last_failed {
            self.x.clear();
            self.x.extend_from_slice(x);
            self.fun = f;
            self.canon.ensure(x);
            self.violation = self.canon.violation();
            let mut lg = self.g.clone();
            for (row, v) in self
                .j_eq
                .rows()
                .into_iter()
                .zip(v_eq)
                .chain(self.j_ineq.rows().into_iter().zip(v_ineq))
            {
                for (l, a) in lg.iter_mut().zip(row) {
                    *l += a * v;
                }
            }
            self.optimality = norm_inf(&lg);
            self.lagrangian_grad = lg;
        }
        self.tr_radius = tr_radius;
        self.penalty = penalty;
        self.cg_niter += cg.niter;
        self.cg_stop_cond = cg.stop_cond;
        if let Some((mu, tol)) = barrier {
            self.barrier_parameter = mu;
            self.barrier_tolerance = tol;
        }
        self.state.set(&self.x, self.fun, self.nit);
        let status = if let ControlFlow::Break(()) =
            sci_core::callback::notify(self.callback, &self.state)
        {
            Some(3)
        } else if self.optimality < self.opts.gtol && self.violation < self.opts.gtol {
            Some(1)
        } else if tr_radius < self.opts.xtol
            && barrier.is_none_or(|(mu, _)| mu < self.opts.barrier_tol)
        {
            Some(2)
        } else if self.nit >= self.opts.maxiter {
            Some(0)
        } else {
            None
        };
        self.status = status;
        status.is_some()
    }
}

/// The equality-constrained problem itself (no inequalities).
struct EqProblem<'m, 'h, 'f, 'a, 'c, 'cb> {
    model: &'m mut Model<'h, 'f, 'a, 'c, 'cb>,
}

impl SqpProblem for EqProblem<'_, '_, '_, '_, '_, '_> {
    fn fun_constr(&mut self, z: &[f64], c: &mut [f64]) -> f64 {
        let f = self.model.eval(z);
        c.copy_from_slice(&self.model.c_eq);
        f
    }

    fn grad_jac(&mut self, z: &[f64], g: &mut [f64], a: &mut Array2<f64>) {
        self.model.derivatives(z);
        g.copy_from_slice(&self.model.g);
        a.assign(&self.model.j_eq);
    }

    fn prepare_hessian(&mut self, z: &[f64], v: &[f64]) {
        self.model.prepare(z, v, &[]);
    }

    fn hess_prod(&mut self, p: &[f64], out: &mut [f64]) {
        self.model.hess_prod(p, out);
    }

    fn scaling(&self, _z: &[f64], d: &mut [f64]) {
        d.iter_mut().for_each(|v| *v = 1.0);
    }

    fn stop(&mut self, s: &SqpStatus<'_>) -> bool {
        self.model.global_stop(
            s.z,
            s.f,
            s.last_failed,
            s.v,
            &[],
            s.tr_radius,
            s.penalty,
            s.cg,
            None,
        )
    }
}

/// A barrier subproblem of the interior-point method over `z = (x, s)`.
struct BarrierProblem<'m, 'h, 'f, 'a, 'c, 'cb> {
    model: &'m mut Model<'h, 'f, 'a, 'c, 'cb>,
    mu: f64,
    tol: f64,
    /// The slack block of the Hessian, `λ / s` (primal-dual).
    ss: Vec<f64>,
    terminate: bool,
}

impl BarrierProblem<'_, '_, '_, '_, '_, '_> {
    fn n(&self) -> usize {
        self.model.n
    }
}

impl SqpProblem for BarrierProblem<'_, '_, '_, '_, '_, '_> {
    fn fun_constr(&mut self, z: &[f64], c: &mut [f64]) -> f64 {
        let n = self.n();
        let (x, s) = z.split_at(n);
        let f = self.model.eval(x);
        let neq = self.model.c_eq.len();
        c[..neq].copy_from_slice(&self.model.c_eq);
        for (i, (ci, si)) in self.model.c_ineq.iter().zip(s).enumerate() {
            c[neq + i] = ci + si;
        }
        let logs: f64 = s
            .iter()
            .map(|v| if *v > 0.0 { v.ln() } else { f64::NEG_INFINITY })
            .sum();
        f - self.mu * logs
    }

    fn grad_jac(&mut self, z: &[f64], g: &mut [f64], a: &mut Array2<f64>) {
        let n = self.n();
        let (x, s) = z.split_at(n);
        self.model.derivatives(x);
        g[..n].copy_from_slice(&self.model.g);
        for (gi, si) in g[n..].iter_mut().zip(s) {
            *gi = -self.mu / si;
        }
        let neq = self.model.c_eq.len();
        a.fill(0.0);
        a.slice_mut(sci_core::ndarray::s![..neq, ..n])
            .assign(&self.model.j_eq);
        a.slice_mut(sci_core::ndarray::s![neq.., ..n])
            .assign(&self.model.j_ineq);
        for i in 0..s.len() {
            a[[neq + i, n + i]] = 1.0;
        }
    }

    fn prepare_hessian(&mut self, z: &[f64], v: &[f64]) {
        let n = self.n();
        let (x, s) = z.split_at(n);
        let neq = self.model.c_eq.len();
        self.model.prepare(x, &v[..neq], &v[neq..]);
        // The scaled slack block S Σ S: primal-dual `λ s` where the multiplier is positive,
        // primal `μ` elsewhere (Byrd, Hribar & Nocedal 1999, (3.1) and (3.11)); stored
        // unscaled, divided by s².
        for ((h, vi), si) in self.ss.iter_mut().zip(&v[neq..]).zip(s) {
            *h = if *vi > 0.0 {
                vi / si
            } else {
                self.mu / (si * si)
            };
        }
    }

    fn hess_prod(&mut self, p: &[f64], out: &mut [f64]) {
        let n = self.n();
        self.model.hess_prod(&p[..n], &mut out[..n]);
        for ((o, pi), h) in out[n..].iter_mut().zip(&p[n..]).zip(&self.ss) {
            *o = h * pi;
        }
    }

    fn scaling(&self, z: &[f64], d: &mut [f64]) {
        let n = self.n();
        d[..n].iter_mut().for_each(|v| *v = 1.0);
        d[n..].copy_from_slice(&z[n..]);
    }

    fn stop(&mut self, s: &SqpStatus<'_>) -> bool {
        let n = self.n();
        let neq = self.model.c_eq.len();
        // The objective itself, from the barrier function's value.
        let logs: f64 = s.z[n..].iter().map(|v| v.ln()).sum();
        let f = s.f + self.mu * logs;
        if self.model.global_stop(
            &s.z[..n],
            f,
            s.last_failed,
            &s.v[..neq],
            &s.v[neq..],
            s.tr_radius,
            s.penalty,
            s.cg,
            Some((self.mu, self.tol)),
        ) {
            self.terminate = true;
            return true;
        }
        (s.optimality < self.tol && s.constr_violation < self.tol)
            || s.tr_radius < self.model.opts.xtol
    }
}

fn check_positive(name: &str, v: f64) -> Result<()> {
    if !(v > 0.0 && v.is_finite()) {
        return Err(Error::InvalidArgument {
            name: name.into(),
            value: v.to_string(),
            reason: "must be finite and > 0".into(),
        });
    }
    Ok(())
}

/// trust-constr on a validated problem (the `minimize` entry).
pub(crate) fn minimize_trust_constr(
    problem: &mut Problem<'_, '_>,
    x0: &[f64],
    opts: &TrustConstrOptions,
) -> Result<OptimizeResult> {
    let mut opts = opts.clone();
    if let Some(tol) = problem.tol {
        opts.gtol = tol;
        opts.xtol = tol;
        opts.barrier_tol = tol;
    }
    for (name, v) in [
        ("initial_tr_radius", opts.initial_tr_radius),
        ("initial_constr_penalty", opts.initial_constr_penalty),
        ("initial_barrier_parameter", opts.initial_barrier_parameter),
        ("initial_barrier_tolerance", opts.initial_barrier_tolerance),
    ] {
        check_positive(name, v)?;
    }
    for (name, v) in [
        ("gtol", opts.gtol),
        ("xtol", opts.xtol),
        ("barrier_tol", opts.barrier_tol),
    ] {
        if v.is_nan() || v < 0.0 {
            return Err(Error::InvalidArgument {
                name: name.into(),
                value: v.to_string(),
                reason: "must be >= 0".into(),
            });
        }
    }
    match opts.factorization_method {
        None | Some(FactorizationMethod::QrFactorization) => {}
        Some(FactorizationMethod::SvdFactorization) => {
            return Err(Error::Unsupported {
                what: "trust-constr: factorization_method='SVDFactorization'".into(),
            });
        }
        Some(m) => {
            return Err(Error::InvalidArgument {
                name: "factorization_method".into(),
                value: format!("{m:?}"),
                reason:
                    "only 'QRFactorization' and 'SVDFactorization' are valid for dense Jacobians"
                        .into(),
            });
        }
    }
    if opts.sparse_jacobian == Some(true) {
        return Err(Error::Unsupported {
            what: "trust-constr: sparse_jacobian=True (Jacobians are dense)".into(),
        });
    }
    let n = x0.len();
    let keep_feasible = problem.bounds.as_ref().is_some_and(|b| b.keep_feasible)
        || problem.constraints.iter().any(|c| match c {
            Constraint::Linear(l) => l.keep_feasible,
            Constraint::Nonlinear(nl) => nl.keep_feasible,
        });
    if keep_feasible {
        return Err(Error::Unsupported {
            what: "trust-constr: keep_feasible=True".into(),
        });
    }
    // The nonlinear constraints' quasi-Newton strategies are moved out so that they can be
    // updated while the constraints are borrowed.
    let strategies: Vec<Option<Box<dyn HessianUpdateStrategy + '_>>> = problem
        .constraints
        .iter_mut()
        .map(|c| match c {
            Constraint::Nonlinear(nl)
                if matches!(nl.hess, Some(ConstraintHess::QuasiNewton(_))) =>
            {
                match nl.hess.take() {
                    Some(ConstraintHess::QuasiNewton(s)) => Some(s),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    let canon = Canonical::new(n, problem.bounds.as_ref(), &problem.constraints, strategies)?;
    // SciPy's default objective Hessian: BFGS().
    let mut default_bfgs: Box<dyn HessianUpdateStrategy + '_> = Box::new(crate::BFGS::default());
    let hess = match (&mut problem.hess, &problem.hessp) {
        (Hessian::Provided(h), _) => HessKind::Matrix(h),
        (Hessian::FiniteDiff(s), _) => HessKind::Fd(*s),
        (Hessian::QuasiNewton(s), _) => {
            s.initialize(n, ApproxType::Hess);
            HessKind::Qn(s)
        }
        (Hessian::None, Some(hp)) => HessKind::Product(hp),
        (Hessian::None, None) => {
            default_bfgs.initialize(n, ApproxType::Hess);
            HessKind::Qn(&mut default_bfgs)
        }
    };
    let mut sf = ScalarFunction::new(problem.fun, &problem.jac);
    if let Some(r) = &opts.finite_diff_rel_step {
        sf = sf.with_fd_step(FdStep::Relative(r.clone()));
    }
    let (neq, nineq) = (canon.n_eq(), canon.n_ineq());
    let method = if nineq == 0 {
        "equality_constrained_sqp"
    } else {
        "tr_interior_point"
    };
    let mut model = Model {
        n,
        sf,
        hess,
        canon,
        c_eq: vec![0.0; neq],
        c_ineq: vec![0.0; nineq],
        j_eq: Array2::zeros((neq, n)),
        j_ineq: Array2::zeros((nineq, n)),
        g: vec![0.0; n],
        hf: Array2::zeros((n, n)),
        hf_at: None,
        hx: Array2::zeros((n, n)),
        x_h: Vec::new(),
        qn_cur: Vec::new(),
        hp_buf: vec![0.0; n],
        opts: opts.clone(),
        callback: &mut problem.callback,
        nit: 0,
        status: None,
        x: x0.to_vec(),
        fun: f64::NAN,
        optimality: f64::INFINITY,
        violation: f64::INFINITY,
        lagrangian_grad: vec![0.0; n],
        cg_niter: 0,
        cg_stop_cond: 0,
        tr_radius: opts.initial_tr_radius,
        penalty: opts.initial_constr_penalty,
        barrier_parameter: 0.0,
        barrier_tolerance: 0.0,
        state: IntermediateResult {
            x: Array1::from(x0.to_vec()),
            fun: f64::NAN,
            nit: 0,
        },
    };
    let f0 = model.eval(x0);
    let mut cg_niter = 0;
    if nineq == 0 {
        let c0 = model.c_eq.clone();
        let inf = vec![f64::INFINITY; n];
        let ninf = vec![f64::NEG_INFINITY; n];
        let mut prob = EqProblem { model: &mut model };
        sqp(
            &mut prob,
            x0.to_vec(),
            f0,
            c0,
            opts.initial_tr_radius,
            opts.initial_constr_penalty,
            &ninf,
            &inf,
            &mut cg_niter,
        );
    } else {
        interior_point(&mut model, x0, &opts, &mut cg_niter);
    }
    let mut status = model.status.unwrap_or(0);
    if (status == 1 || status == 2) && model.violation > opts.gtol {
        status = 4;
    }
    let info = TrustConstrInfo {
        method,
        constr_violation: model.violation,
        optimality: model.optimality,
        cg_niter: model.cg_niter,
        cg_stop_cond: model.cg_stop_cond,
        tr_radius: model.tr_radius,
        constr_penalty: model.penalty,
        barrier_parameter: model.barrier_parameter,
        barrier_tolerance: model.barrier_tolerance,
        v: model
            .canon
            .multipliers()
            .into_iter()
            .map(Array1::from)
            .collect(),
        lagrangian_grad: Array1::from(model.lagrangian_grad.clone()),
        constr_nfev: model.canon.constr_nfev,
    };
    Ok(OptimizeResult {
        x: Array1::from(model.x.clone()),
        fun: model.fun,
        jac: Some(Array1::from(model.g.clone())),
        hess: matches!(
            model.hess,
            HessKind::Matrix(_) | HessKind::Fd(_) | HessKind::Qn(_)
        )
        .then(|| model.hf.clone()),
        nit: model.nit,
        nfev: model.sf.nfev,
        njev: model.sf.njev,
        nhev: model.sf.nhev,
        status,
        success: status == 1 || status == 2,
        message: message(status).into(),
        trust_constr: Some(info),
        ..Default::default()
    })
}

/// The outer loop of the interior-point method: barrier subproblems with decreasing `μ`.
fn interior_point(
    model: &mut Model<'_, '_, '_, '_, '_>,
    x0: &[f64],
    opts: &TrustConstrOptions,
    cg_niter: &mut usize,
) {
    const BARRIER_DECAY: f64 = 0.2;
    const TRUST_ENLARGEMENT: f64 = 5.0;
    const FRACTION_TO_BOUNDARY: f64 = 0.995;
    let n = model.n;
    let nineq = model.c_ineq.len();
    let neq = model.c_eq.len();
    // Initial slacks: well inside, at least 1 (or 1.5 times the inequality's slack).
    let s0: Vec<f64> = model.c_ineq.iter().map(|c| (-1.5 * c).max(1.0)).collect();
    let mut z: Vec<f64> = x0.iter().chain(&s0).copied().collect();
    let lb: Vec<f64> = std::iter::repeat_n(f64::NEG_INFINITY, n)
        .chain(std::iter::repeat_n(-FRACTION_TO_BOUNDARY, nineq))
        .collect();
    let ub = vec![f64::INFINITY; n + nineq];
    let mut mu = opts.initial_barrier_parameter;
    let mut tol = opts.initial_barrier_tolerance;
    let mut delta = opts.initial_tr_radius;
    let penalty = opts.initial_constr_penalty;
    // Each pass lowers μ five-fold; every pass runs at least one iteration, so `maxiter`
    // bounds the loop.
    loop {
        let mut prob = BarrierProblem {
            model,
            mu,
            tol,
            ss: vec![0.0; nineq],
            terminate: false,
        };
        let mut c = vec![0.0; neq + nineq];
        let f = prob.fun_constr(&z, &mut c);
        let end = sqp(&mut prob, z, f, c, delta, penalty, &lb, &ub, cg_niter);
        if prob.terminate {
            break;
        }
        z = end.z;
        delta = opts
            .initial_tr_radius
            .max(TRUST_ENLARGEMENT * end.tr_radius);
        mu *= BARRIER_DECAY;
        tol *= BARRIER_DECAY;
        // Each barrier subproblem starts again from the initial penalty, as in SciPy.
    }
}
