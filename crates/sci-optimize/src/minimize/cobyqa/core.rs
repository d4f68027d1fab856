//! COBYQA's main iteration (Ragonneau & Zhang): a derivative-free trust-region SQP method.
//! The objective and the nonlinear constraints are replaced by quadratic models
//! ([`models`](super::models)); each iteration solves the SQP subproblem — minimize the
//! model of the objective with the Hessian of the model Lagrangian, subject to the linearised
//! model constraints (linear constraints exactly), the bounds and the trust region — and
//! accepts or rejects the step on the merit function `f + γ ‖violation‖₂`. Two radii are
//! kept, as in Powell's methods: the trust radius `Δ` and the resolution `ρ <= Δ`, which
//! only decreases, from `initial_tr_radius` to `final_tr_radius`. Iterates always respect
//! the bounds. Geometry steps keep the interpolation set well poised (maximizing the
//! modulus of a Lagrange function).
//!
//! The subproblem is solved by truncated conjugate gradients in the box and the ball
//! ([`trsbox`]) without general constraints, and otherwise with this crate's trust-constr
//! (interior point, exact model derivatives, the trust region as the constraint
//! `‖u‖² <= 1` in `u = d / Δ`), not with COBYQA's own Byrd-Omojokun subsolvers. A
//! second-order correction answers steps spoilt by the constraints' curvature; an
//! interpolation set that degenerates is rebuilt around the best point.

use sci_core::ndarray::{Array1, Array2};

use super::models::{Interpolation, Quadratic};
use crate::minimize::Problem;
use crate::vector::{dot, norm2};
use crate::{
    Bounds, Constraint, Gradient, Hessian, IntermediateResult, LinearConstraint, MinimizeCallback,
    NonlinearConstraint, OptimizeResult, TrustConstrOptions,
};

pub(crate) const RADIUS_SUCCESS: i32 = 0;
pub(crate) const TARGET_SUCCESS: i32 = 1;
pub(crate) const CALLBACK_SUCCESS: i32 = 3;
pub(crate) const MAX_EVAL_WARNING: i32 = 5;
pub(crate) const MAX_ITER_WARNING: i32 = 6;

/// SciPy's message for an exit status.
pub(crate) fn message(status: i32) -> &'static str {
    match status {
        RADIUS_SUCCESS => "The lower bound for the trust-region radius has been reached",
        TARGET_SUCCESS => "The target objective function value has been reached",
        2 => "All variables are fixed by the bound constraints",
        CALLBACK_SUCCESS => "The callback requested to stop the optimization procedure",
        MAX_EVAL_WARNING => "The maximum number of function evaluations has been exceeded",
        MAX_ITER_WARNING => "The maximum number of iterations has been exceeded",
        _ => "Unknown exit status",
    }
}

pub(crate) struct Settings {
    pub(crate) maxfev: usize,
    pub(crate) maxiter: usize,
    pub(crate) f_target: f64,
    pub(crate) feasibility_tol: f64,
    pub(crate) rhobeg: f64,
    pub(crate) rhoend: f64,
}

/// The general constraints: linear rows `lb <= A x <= ub` and nonlinear components
/// `lb <= c(x) <= ub`.
struct Cons<'c, 'a> {
    a: Array2<f64>,
    alb: Vec<f64>,
    aub: Vec<f64>,
    nl: Vec<&'c NonlinearConstraint<'a>>,
    clb: Vec<f64>,
    cub: Vec<f64>,
}

impl<'c, 'a> Cons<'c, 'a> {
    fn new(n: usize, constraints: &'c [Constraint<'a>]) -> Self {
        let mut rows: Vec<Vec<f64>> = Vec::new();
        let (mut alb, mut aub, mut clb, mut cub, mut nl) = (vec![], vec![], vec![], vec![], vec![]);
        for c in constraints {
            match c {
                Constraint::Linear(l) => {
                    for (k, r) in l.a.rows().into_iter().enumerate() {
                        rows.push(r.to_vec());
                        alb.push(l.lb[k]);
                        aub.push(l.ub[k]);
                    }
                }
                Constraint::Nonlinear(c) => {
                    nl.push(c);
                    clb.extend(c.lb.iter());
                    cub.extend(c.ub.iter());
                }
            }
        }
        let a = Array2::from_shape_fn((rows.len(), n), |(i, j)| rows[i][j]);
        Cons {
            a,
            alb,
            aub,
            nl,
            clb,
            cub,
        }
    }

    fn m_nl(&self) -> usize {
        self.clb.len()
    }

    /// The nonlinear constraint values at `x`.
    fn eval(&self, x: &[f64], out: &mut [f64]) {
        let mut k = 0;
        for c in &self.nl {
            c.eval(x, &mut out[k..k + c.m]);
            k += c.m;
        }
    }

    /// `‖violation‖₂` of the linear rows at `x` and the nonlinear values `cv`.
    fn violation(&self, x: &[f64], cv: &[f64]) -> f64 {
        let mut s = 0.0;
        for (k, row) in self.a.rows().into_iter().enumerate() {
            let v: f64 = row.iter().zip(x).map(|(a, b)| a * b).sum();
            let e = (self.alb[k] - v).max(v - self.aub[k]).max(0.0);
            s += e * e;
        }
        for (k, v) in cv.iter().enumerate() {
            let e = if v.is_nan() {
                f64::INFINITY
            } else {
                (self.clb[k] - v).max(v - self.cub[k]).max(0.0)
            };
            s += e * e;
        }
        s.sqrt()
    }

    /// The largest violation (SciPy's `maxcv`), bounds excluded (iterates respect them).
    fn maxcv(&self, x: &[f64], cv: &[f64]) -> f64 {
        let mut m = 0.0_f64;
        for (k, row) in self.a.rows().into_iter().enumerate() {
            let v: f64 = row.iter().zip(x).map(|(a, b)| a * b).sum();
            m = m.max(self.alb[k] - v).max(v - self.aub[k]);
        }
        for (k, v) in cv.iter().enumerate() {
            if v.is_nan() {
                return f64::NAN;
            }
            m = m.max(self.clb[k] - v).max(v - self.cub[k]);
        }
        m
    }
}

/// One evaluated point.
#[derive(Clone)]
struct Point {
    x: Vec<f64>,
    f: f64,
    c: Vec<f64>,
    /// `‖violation‖₂`.
    viol: f64,
    /// Whether the objective was NaN (`f` then holds +inf).
    nan: bool,
}

/// Runs COBYQA.
pub(crate) fn cobyqa(problem: &mut Problem<'_, '_>, x0: &[f64], st: &Settings) -> OptimizeResult {
    let n = x0.len();
    let fun = problem.fun;
    let (xl, xu): (Vec<f64>, Vec<f64>) = match &problem.bounds {
        Some(b) => (b.lb.to_vec(), b.ub.to_vec()),
        None => (vec![f64::NEG_INFINITY; n], vec![f64::INFINITY; n]),
    };
    let cons = Cons::new(n, &problem.constraints);
    let callback: &mut Option<MinimizeCallback<'_>> = &mut problem.callback;
    let mnl = cons.m_nl();
    // The radius must fit twice between every pair of bounds.
    let mut rhobeg = st.rhobeg;
    for i in 0..n {
        if xu[i] - xl[i] < 2.0 * rhobeg {
            rhobeg = 0.5 * (xu[i] - xl[i]);
        }
    }
    let rhoend = st.rhoend.min(rhobeg);
    let x0: Vec<f64> = (0..n).map(|i| x0[i].clamp(xl[i], xu[i])).collect();
    let mut nfev = 0usize;
    let mut status = None;
    let eval = |x: &[f64], nfev: &mut usize| -> Point {
        let f = fun(x);
        let mut c = vec![0.0; mnl];
        cons.eval(x, &mut c);
        *nfev += 1;
        let viol = cons.violation(x, &c);
        Point {
            x: x.to_vec(),
            f: if f.is_nan() { f64::INFINITY } else { f },
            c,
            viol,
            nan: f.is_nan(),
        }
    };
    // After each evaluation, as SciPy's COBYQA: the target test, then the callback.
    let mut state = IntermediateResult {
        x: Array1::from(x0.clone()),
        fun: f64::NAN,
        nit: 0,
    };
    let mut check = |p: &Point, nit: usize| -> Option<i32> {
        if p.f <= st.f_target && cons.maxcv(&p.x, &p.c) <= st.feasibility_tol {
            return Some(TARGET_SUCCESS);
        }
        state.set(&p.x, p.f, nit);
        sci_core::callback::notify(callback, &state)
            .is_break()
            .then_some(CALLBACK_SUCCESS)
    };

    // The initial points: x0 and x0 ± ρ e_i, moved inside the bounds (two steps to the
    // same side when a bound is nearer than ρ).
    let mut pts: Vec<Point> = Vec::with_capacity(2 * n + 1);
    let mut initial: Vec<Vec<f64>> = vec![x0.clone()];
    initial.extend(stencil(&x0, rhobeg, &xl, &xu));
    for x in &initial {
        if nfev >= st.maxfev {
            status = Some(MAX_EVAL_WARNING);
            break;
        }
        let p = eval(x, &mut nfev);
        let done = check(&p, 0);
        pts.push(p);
        if done.is_some() {
            status = done;
            break;
        }
    }
    let mut rho = rhobeg;
    let mut delta = rhobeg;
    let mut gamma = 0.0_f64;
    let mut lambda = vec![0.0; mnl];
    let mut fmodel = Quadratic::zero(n);
    let mut cmodels: Vec<Quadratic> = (0..mnl).map(|_| Quadratic::zero(n)).collect();
    let mut model_base = x0.clone();
    let mut nit = 0usize;
    // The resolution at which the interpolation set was last rebuilt.
    let mut restarted_at: Option<f64> = None;
    let best_of = |pts: &[Point], gamma: f64| -> usize {
        let mut k = 0;
        for (j, p) in pts.iter().enumerate() {
            let (pj, pk) = (p.f + gamma * p.viol, pts[k].f + gamma * pts[k].viol);
            if pj < pk || (pj == pk && p.viol < pts[k].viol) {
                k = j;
            }
        }
        k
    };
    while status.is_none() {
        if nit >= st.maxiter {
            status = Some(MAX_ITER_WARNING);
            break;
        }
        nit += 1;
        let kb = best_of(&pts, gamma);
        let xk = pts[kb].x.clone();
        // Models around x_k: shift the previous ones, then the least-change correction.
        let shift: Vec<f64> = xk.iter().zip(&model_base).map(|(a, b)| a - b).collect();
        fmodel.shift(&shift);
        for m in &mut cmodels {
            m.shift(&shift);
        }
        model_base.clone_from(&xk);
        let npt = pts.len();
        let y = Array2::from_shape_fn((npt, n), |(j, i)| pts[j].x[i] - xk[i]);
        let interp = Interpolation::new(y.clone());
        let offsets: Vec<Vec<f64>> = (0..npt).map(|j| y.row(j).to_vec()).collect();
        let r: Vec<f64> = (0..npt)
            .map(|j| pts[j].f - fmodel.eval(&offsets[j]))
            .collect();
        let corr = interp.correction(&r);
        add(&mut fmodel, &corr);
        for (k, m) in cmodels.iter_mut().enumerate() {
            let r: Vec<f64> = (0..npt)
                .map(|j| pts[j].c[k] - m.eval(&offsets[j]))
                .collect();
            let corr = interp.correction(&r);
            add(m, &corr);
        }
        let fscale = pts
            .iter()
            .map(|p| p.f.abs())
            .filter(|v| v.is_finite())
            .fold(1.0, f64::max);
        let collapsed = !fmodel.c.is_finite()
            || (0..npt).any(|j| (fmodel.eval(&offsets[j]) - pts[j].f).abs() > 1e-6 * fscale);
        if collapsed {
            if pts.iter().all(|p| !p.f.is_finite()) || restarted_at == Some(rho) {
                // Nothing but NaN (or +inf) values, or a set that degenerates again at the
                // same resolution: no better model can be built here.
                if pts.iter().any(|p| p.f.is_finite()) && rho > rhoend {
                    let rho_new = next_rho(rho, rhoend);
                    delta = (0.5 * rho).max(rho_new);
                    rho = rho_new;
                    continue;
                }
                status = Some(RADIUS_SUCCESS);
                break;
            }
            restarted_at = Some(rho);
            // The interpolation set has become degenerate (points on a bound face, say):
            // rebuild it around the best point at the current resolution, and the models
            // from scratch.
            let best = pts[kb].clone();
            pts = vec![best];
            for x in stencil(&xk, rho, &xl, &xu) {
                if nfev >= st.maxfev {
                    status = Some(MAX_EVAL_WARNING);
                    break;
                }
                let p = eval(&x, &mut nfev);
                let done = check(&p, nit);
                pts.push(p);
                if done.is_some() {
                    status = done;
                    break;
                }
            }
            if status.is_none() && pts.len() < 2 * n + 1 {
                status = Some(MAX_EVAL_WARNING);
            }
            fmodel = Quadratic::zero(n);
            cmodels.iter_mut().for_each(|m| *m = Quadratic::zero(n));
            continue;
        }
        // The SQP step.
        let (d, lam) = sqp_step(&fmodel, &cmodels, &lambda, &cons, &xk, &xl, &xu, delta);
        if let Some(l) = lam {
            lambda = l;
        }
        let dnorm = norm2(&d);
        let dist = |p: &Point| norm2(&p.x.iter().zip(&xk).map(|(a, b)| a - b).collect::<Vec<_>>());
        let (jfar, dfar) = pts
            .iter()
            .enumerate()
            .map(|(j, p)| (j, dist(p)))
            .fold((0, 0.0), |acc, v| if v.1 > acc.1 { v } else { acc });
        let mut reduce = false;
        let mut improve_geometry = false;
        if dnorm <= 0.5 * rho {
            // A short step: the models cannot do better at this resolution.
            if dfar > 2.0 * rho {
                improve_geometry = true;
            } else {
                reduce = true;
            }
            delta = rho.max(0.5 * delta);
        } else {
            if nfev >= st.maxfev {
                status = Some(MAX_EVAL_WARNING);
                break;
            }
            // Points within rounding of a bound go onto it (a step to the bound, scaled by
            // Δ and back, may miss it by an ulp).
            let xn: Vec<f64> = (0..n)
                .map(|i| {
                    let v = (xk[i] + d[i]).clamp(xl[i], xu[i]);
                    let tiny = 1e-10 * v.abs().max(1.0);
                    if xu[i] - v <= tiny {
                        xu[i]
                    } else if v - xl[i] <= tiny {
                        xl[i]
                    } else {
                        v
                    }
                })
                .collect();
            // Predicted reductions of the objective model and of the linearised violation.
            let mut hd = vec![0.0; n];
            let bl = lagrangian_hessian(&fmodel, &cmodels, &lambda);
            for i in 0..n {
                hd[i] = (0..n).map(|j| bl[[i, j]] * d[j]).sum();
            }
            let mut gk = vec![0.0; n];
            fmodel.grad(&vec![0.0; n], &mut gk);
            let quad = dot(&gk, &d) + 0.5 * dot(&d, &hd);
            let v0 = lin_violation(&cons, &cmodels, &xk, &vec![0.0; n]);
            let v1 = lin_violation(&cons, &cmodels, &xk, &d);
            let vpred = v0 - v1;
            // The model must predict a decrease of the merit function (Byrd-Omojokun's
            // rule for the penalty).
            if vpred > 0.0 && quad > 0.0 {
                gamma = gamma.max(quad / (0.7 * vpred));
            }
            let pred = -quad + gamma * vpred;
            let mut pn = eval(&xn, &mut nfev);
            if let Some(code) = check(&pn, nit) {
                pts.push(pn);
                status = Some(code);
                break;
            }
            let phik = pts[kb].f + gamma * pts[kb].viol;
            let mut phin = pn.f + gamma * pn.viol;
            let mut ratio = if pred > 0.0 {
                (phik - phin) / pred
            } else {
                -1.0
            };
            let mut d = d;
            // Second-order correction: a step along the linearised constraints that the
            // constraints' curvature makes infeasible (Maratos effect) is pulled back onto
            // them by the least-norm correction of the violated components.
            if ratio < 0.1
                && mnl > 0
                && pn.viol > pts[kb].viol
                && nfev < st.maxfev
                && let Some(y) = soc(&cons, &cmodels, &pn.c, n)
            {
                let xs: Vec<f64> = (0..n)
                    .map(|i| (xk[i] + d[i] + y[i]).clamp(xl[i], xu[i]))
                    .collect();
                let ds: Vec<f64> = xs.iter().zip(&xk).map(|(a, b)| a - b).collect();
                if norm2(&ds) <= 2.0 * delta && norm2(&y) > 0.0 {
                    let ps = eval(&xs, &mut nfev);
                    if let Some(code) = check(&ps, nit) {
                        pts.push(ps);
                        status = Some(code);
                        break;
                    }
                    let phis = ps.f + gamma * ps.viol;
                    if phis < phin {
                        ratio = if pred > 0.0 {
                            (phik - phis) / pred
                        } else {
                            -1.0
                        };
                        phin = phis;
                        pn = ps;
                        d = ds;
                    }
                }
            }
            let dnorm = norm2(&d);
            delta = if ratio <= 0.1 {
                0.5 * delta
            } else if ratio <= 0.7 {
                (0.5 * delta).max(dnorm)
            } else {
                (0.5 * delta).max(2.0 * dnorm)
            };
            if delta <= 1.5 * rho {
                delta = rho;
            }
            // Replace the point whose Lagrange function is largest at the new point,
            // weighted by its distance from x_k (the best point stays unless beaten).
            let improved = phin < phik;
            let yn: Vec<f64> = d.clone();
            let mut tbest = None;
            let mut score_best = 0.0;
            for t in 0..npt {
                if t == kb && !improved {
                    continue;
                }
                let lt = interp.lagrange(t).eval(&yn).abs();
                let w = (dist(&pts[t]) / delta).powi(2).max(1.0);
                if lt * w > score_best {
                    score_best = lt * w;
                    tbest = Some(t);
                }
            }
            if let Some(t) = tbest {
                pts[t] = pn;
            }
            if ratio <= 0.1 {
                if dfar > 2.0 * delta {
                    improve_geometry = true;
                } else if delta <= rho {
                    reduce = true;
                }
            }
        }
        if improve_geometry && status.is_none() {
            // Replace the farthest point by one where its Lagrange function is large.
            if nfev >= st.maxfev {
                status = Some(MAX_EVAL_WARNING);
                break;
            }
            let lt = interp.lagrange(jfar);
            let step = (0.1 * dfar).min(delta).max(rho);
            let mut gl = vec![0.0; n];
            lt.grad(&vec![0.0; n], &mut gl);
            let towards: Vec<f64> = y.row(jfar).to_vec();
            let mut best = None;
            let mut best_val = -1.0;
            for dir in [gl, towards] {
                let nd = norm2(&dir);
                if nd == 0.0 {
                    continue;
                }
                for s in [1.0, -1.0] {
                    let cand: Vec<f64> = (0..n)
                        .map(|i| (xk[i] + s * step * dir[i] / nd).clamp(xl[i], xu[i]))
                        .collect();
                    let off: Vec<f64> = cand.iter().zip(&xk).map(|(a, b)| a - b).collect();
                    let v = lt.eval(&off).abs();
                    if v > best_val && norm2(&off) > 0.0 {
                        best_val = v;
                        best = Some(cand);
                    }
                }
            }
            if let Some(cand) = best {
                let p = eval(&cand, &mut nfev);
                let done = check(&p, nit);
                pts[jfar] = p;
                if done.is_some() {
                    status = done;
                    break;
                }
            } else {
                reduce = true;
            }
        }
        if reduce && status.is_none() {
            if rho <= rhoend {
                status = Some(RADIUS_SUCCESS);
                break;
            }
            let rho_new = next_rho(rho, rhoend);
            delta = (0.5 * rho).max(rho_new);
            rho = rho_new;
        }
    }
    let status = status.unwrap_or(RADIUS_SUCCESS);
    // The answer: the least merit among the points (feasible ones first).
    let feasible: Vec<usize> = (0..pts.len())
        .filter(|&j| cons.maxcv(&pts[j].x, &pts[j].c) <= st.feasibility_tol)
        .collect();
    let kb = if feasible.is_empty() {
        best_of(&pts, gamma.max(1.0))
    } else {
        *feasible
            .iter()
            .min_by(|&&a, &&b| pts[a].f.total_cmp(&pts[b].f))
            .unwrap_or(&0)
    };
    let p = &pts[kb];
    let maxcv = cons.maxcv(&p.x, &p.c);
    // SciPy counts a stop by the callback as a success; a NaN objective never is one.
    let success = matches!(
        status,
        RADIUS_SUCCESS | TARGET_SUCCESS | CALLBACK_SUCCESS | 2
    ) && maxcv <= st.feasibility_tol
        && !p.nan;
    OptimizeResult {
        x: Array1::from(p.x.clone()),
        fun: if p.nan { f64::NAN } else { p.f },
        nfev,
        nit,
        status,
        success,
        message: message(status).into(),
        maxcv: Some(maxcv),
        ..Default::default()
    }
}

/// `min gᵀu + ½ uᵀB u` over `‖u‖ <= 1`, `lb <= u <= ub` (`0` inside) by truncated
/// conjugate gradients (Steihaug) that stop at the ball, and restart without a variable when
/// it reaches its bound (in the manner of Powell's TRSBOX).
fn trsbox(b: &Array2<f64>, g: &[f64], lb: &[f64], ub: &[f64]) -> Vec<f64> {
    let n = g.len();
    let mut u = vec![0.0; n];
    let mut fixed = vec![false; n];
    let gnorm = norm2(g);
    let mut bv = vec![0.0; n];
    for _ in 0..=n {
        // The gradient at u on the free variables.
        let mut r: Vec<f64> = (0..n)
            .map(|i| {
                if fixed[i] {
                    0.0
                } else {
                    g[i] + (0..n).map(|j| b[[i, j]] * u[j]).sum::<f64>()
                }
            })
            .collect();
        let mut p: Vec<f64> = r.iter().map(|v| -v).collect();
        let mut rr = dot(&r, &r);
        let mut hit_bound = None;
        for _ in 0..n {
            if rr.sqrt() <= 1e-12 * gnorm.max(f64::MIN_POSITIVE) {
                return u;
            }
            for i in 0..n {
                bv[i] = if fixed[i] {
                    0.0
                } else {
                    (0..n).map(|j| b[[i, j]] * p[j]).sum()
                };
            }
            let pbp = dot(&p, &bv);
            let (uu, up, pp) = (dot(&u, &u), dot(&u, &p), dot(&p, &p));
            let room = (1.0 - uu).max(0.0);
            let disc = (up * up + pp * room).sqrt();
            let tau_ball = if up <= 0.0 {
                (disc - up) / pp
            } else {
                room / (up + disc)
            };
            let (mut tau_box, mut jbox) = (f64::INFINITY, None);
            for i in 0..n {
                if fixed[i] || p[i] == 0.0 {
                    continue;
                }
                let t = if p[i] > 0.0 {
                    (ub[i] - u[i]) / p[i]
                } else {
                    (lb[i] - u[i]) / p[i]
                };
                if t.max(0.0) < tau_box {
                    tau_box = t.max(0.0);
                    jbox = Some(i);
                }
            }
            let alpha = if pbp > 0.0 { rr / pbp } else { f64::INFINITY };
            let tau = tau_ball.min(tau_box);
            if alpha >= tau {
                for i in 0..n {
                    u[i] += tau * p[i];
                }
                if tau_ball <= tau_box {
                    return u;
                }
                hit_bound = jbox;
                break;
            }
            for i in 0..n {
                u[i] += alpha * p[i];
                r[i] += alpha * bv[i];
            }
            let rr_new = dot(&r, &r);
            let beta = rr_new / rr;
            rr = rr_new;
            for i in 0..n {
                p[i] = -r[i] + beta * p[i];
            }
        }
        match hit_bound {
            Some(j) => {
                u[j] = if p[j] > 0.0 { ub[j] } else { lb[j] };
                fixed[j] = true;
            }
            None => return u,
        }
    }
    u
}

/// Powell's schedule for the resolution.
fn next_rho(rho: f64, rhoend: f64) -> f64 {
    if rho <= 16.0 * rhoend {
        rhoend
    } else if rho <= 250.0 * rhoend {
        (rho * rhoend).sqrt()
    } else {
        0.1 * rho
    }
}

/// The `2n` points `x ± r e_i` inside the bounds (two steps to the same side where a bound
/// is nearer than `r`).
fn stencil(x: &[f64], r: f64, xl: &[f64], xu: &[f64]) -> Vec<Vec<f64>> {
    let n = x.len();
    let mut out = Vec::with_capacity(2 * n);
    for i in 0..n {
        let (mut a, mut b) = (r, -r);
        if x[i] - xl[i] < r {
            (a, b) = (r, 2.0 * r);
        } else if xu[i] - x[i] < r {
            (a, b) = (-r, -2.0 * r);
        }
        for s in [a, b] {
            let mut y = x.to_vec();
            y[i] = (y[i] + s).clamp(xl[i], xu[i]);
            out.push(y);
        }
    }
    out
}

fn add(m: &mut Quadratic, c: &Quadratic) {
    m.c += c.c;
    for (a, b) in m.g.iter_mut().zip(&c.g) {
        *a += b;
    }
    m.h += &c.h;
}

/// The second-order correction: `y = -Jᵀ (J Jᵀ)⁻¹ r` over the nonlinear components that
/// `c` (at the trial point) violates, `r` their violations and `J` their model gradients.
fn soc(cons: &Cons<'_, '_>, cm: &[Quadratic], c: &[f64], n: usize) -> Option<Vec<f64>> {
    let mut rows = Vec::new();
    let mut r = Vec::new();
    for (k, v) in c.iter().enumerate() {
        let e = if *v > cons.cub[k] {
            v - cons.cub[k]
        } else if *v < cons.clb[k] {
            v - cons.clb[k]
        } else {
            continue;
        };
        rows.push(k);
        r.push(e);
    }
    if rows.is_empty() || rows.len() > n {
        return None;
    }
    let j = Array2::from_shape_fn((rows.len(), n), |(a, b)| cm[rows[a]].g[b]);
    let mut proj = super::super::trust_constr::least_norm_projections(&j);
    let mut y = vec![0.0; n];
    proj.least_norm(&r, &mut y);
    y.iter_mut().for_each(|v| *v = -*v);
    y.iter().all(|v| v.is_finite()).then_some(y)
}

/// `∇²f_model + Σ λ_k ∇²c_k,model`.
fn lagrangian_hessian(f: &Quadratic, c: &[Quadratic], lambda: &[f64]) -> Array2<f64> {
    let mut h = f.h.clone();
    for (m, l) in c.iter().zip(lambda) {
        h.scaled_add(*l, &m.h);
    }
    h
}

/// `‖violation‖₂` of the linear constraints and the linearised model constraints at `x + d`.
fn lin_violation(cons: &Cons<'_, '_>, cm: &[Quadratic], x: &[f64], d: &[f64]) -> f64 {
    let xd: Vec<f64> = x.iter().zip(d).map(|(a, b)| a + b).collect();
    let mut cv = vec![0.0; cm.len()];
    for (k, m) in cm.iter().enumerate() {
        cv[k] = m.c + dot(&m.g, d);
    }
    cons.violation(&xd, &cv)
}

/// The SQP subproblem at `x` (model base): returns the step and the multipliers of the
/// nonlinear constraints.
#[allow(clippy::too_many_arguments)]
fn sqp_step(
    f: &Quadratic,
    cm: &[Quadratic],
    lambda: &[f64],
    cons: &Cons<'_, '_>,
    x: &[f64],
    xl: &[f64],
    xu: &[f64],
    delta: f64,
) -> (Vec<f64>, Option<Vec<f64>>) {
    // The subproblem is solved in u = d / Δ (the ball ‖u‖ <= 1) with the objective divided
    // by Δ and each constraint row scaled to a unit gradient, so that its interior-point
    // solution is well scaled whatever the radius.
    let n = x.len();
    // The objective is also divided by the size of its model gradient: trust-constr's
    // stopping test is absolute.
    let gscale = norm2(&f.g)
        .max(delta * f.h.iter().fold(0.0_f64, |m, v| m.max(v.abs())))
        .max(1e-300);
    let mut b = lagrangian_hessian(f, cm, lambda);
    b *= delta / gscale;
    let g: Vec<f64> = f.g.iter().map(|v| v / gscale).collect();
    // Linear rows (exact) then the linearised nonlinear ones: lb - v0 <= J d <= ub - v0.
    let ml = cons.a.nrows();
    let m = ml + cm.len();
    let mut jac = Array2::zeros((m, n));
    let (mut lb, mut ub) = (vec![0.0; m], vec![0.0; m]);
    for k in 0..ml {
        let v0: f64 = cons.a.row(k).iter().zip(x).map(|(a, b)| a * b).sum();
        jac.row_mut(k).assign(&cons.a.row(k));
        lb[k] = cons.alb[k] - v0;
        ub[k] = cons.aub[k] - v0;
    }
    for (k, q) in cm.iter().enumerate() {
        for j in 0..n {
            jac[[ml + k, j]] = q.g[j];
        }
        lb[ml + k] = cons.clb[k] - q.c;
        ub[ml + k] = cons.cub[k] - q.c;
    }
    let mut rownorm = vec![1.0; m];
    for k in 0..m {
        let r = jac.row(k).dot(&jac.row(k)).sqrt() * delta;
        if r > 0.0 && r.is_finite() {
            rownorm[k] = r;
            jac.row_mut(k).mapv_inplace(|v| v * delta / r);
            lb[k] /= r;
            ub[k] /= r;
        }
    }
    // Bounds only: a variable on a bound that the objective pushes outwards stays there and
    // is removed from the subproblem (an interior-point start on the bound is badly
    // scaled). With general constraints the objective's gradient alone cannot tell.
    let bl: Vec<f64> = (0..n).map(|i| (xl[i] - x[i]) / delta).collect();
    let bu: Vec<f64> = (0..n).map(|i| (xu[i] - x[i]) / delta).collect();
    let free: Vec<usize> = (0..n)
        .filter(|&i| {
            let tiny = 1e-10 * x[i].abs().max(1.0);
            let (at_lower, at_upper) = (x[i] - xl[i] <= tiny, xu[i] - x[i] <= tiny);
            m > 0 || !((at_lower && g[i] > 0.0) || (at_upper && g[i] < 0.0))
        })
        .collect();
    let nf = free.len();
    if nf == 0 {
        return (vec![0.0; n], None);
    }
    let b = Array2::from_shape_fn((nf, nf), |(i, j)| b[[free[i], free[j]]]);
    let g: Vec<f64> = free.iter().map(|&i| g[i]).collect();
    let jac = Array2::from_shape_fn((m, nf), |(k, j)| jac[[k, free[j]]]);
    let (blf, buf): (Vec<f64>, Vec<f64>) = free.iter().map(|&i| (bl[i], bu[i])).unzip();
    if m == 0 {
        // Bounds only: truncated conjugate gradients in the box and the ball.
        let u = trsbox(&b, &g, &blf, &buf);
        let mut d = vec![0.0; n];
        for (k, &i) in free.iter().enumerate() {
            d[i] = u[k].clamp(bl[i], bu[i]) * delta;
        }
        return (d, None);
    }
    let (b1, b2, g1) = (b.clone(), b.clone(), g.clone());
    let obj = move |d: &[f64]| {
        let hd: Vec<f64> = (0..nf)
            .map(|i| (0..nf).map(|j| b1[[i, j]] * d[j]).sum())
            .collect();
        dot(&g1, d) + 0.5 * dot(d, &hd)
    };
    let d2 = 1.0;
    let mut constraints: Vec<Constraint<'_>> = Vec::new();
    if m > 0 {
        constraints.push(LinearConstraint::new(jac, lb, ub).into());
    }
    constraints.push(
        NonlinearConstraint::new(
            1,
            |d: &[f64], o: &mut [f64]| o[0] = dot(d, d),
            vec![f64::NEG_INFINITY],
            vec![d2],
        )
        .jac(
            |d: &[f64], mut j: sci_core::ndarray::ArrayViewMut2<'_, f64>| {
                for i in 0..d.len() {
                    j[[0, i]] = 2.0 * d[i];
                }
            },
        )
        .hess(
            |_d: &[f64], v: &[f64], mut h: sci_core::ndarray::ArrayViewMut2<'_, f64>| {
                for i in 0..h.nrows() {
                    h[[i, i]] = 2.0 * v[0];
                }
            },
        )
        .into(),
    );
    let bounded = blf.iter().chain(&buf).any(|v| v.is_finite());
    let mut sub = Problem {
        fun: &obj,
        jac: Gradient::provided(move |d: &[f64], out: &mut [f64]| {
            for i in 0..nf {
                out[i] = g[i] + (0..nf).map(|j| b2[[i, j]] * d[j]).sum::<f64>();
            }
        }),
        hess: Hessian::provided(
            move |_d: &[f64], mut h: sci_core::ndarray::ArrayViewMut2<'_, f64>| h.assign(&b),
        ),
        hessp: None,
        bounds: bounded.then(|| Bounds::new(blf.clone(), buf.clone())),
        constraints,
        tol: None,
        callback: None,
    };
    // A small barrier parameter from the start: the subproblem's solution must reach the
    // trust-region boundary (trust-constr stops at the first barrier solution whose
    // Lagrangian gradient is small, which a large barrier keeps away from the boundary).
    let opts = TrustConstrOptions::default()
        .maxiter(200)
        .xtol(1e-10)
        .initial_barrier_parameter(1e-6)
        .initial_barrier_tolerance(1e-6);
    let zero = vec![0.0; n];
    match super::super::trust_constr::minimize_trust_constr(&mut sub, &vec![0.0; nf], &opts) {
        Ok(r) => {
            let mut d = vec![0.0; n];
            // Keep the step inside the bounds and the trust region exactly.
            for (k, &i) in free.iter().enumerate() {
                d[i] = r.x[k].clamp(bl[i], bu[i]);
            }
            let dn = norm2(&d);
            if dn > 1.0 {
                d.iter_mut().for_each(|v| *v /= dn);
            }
            d.iter_mut().for_each(|v| *v *= delta);
            if d.iter().any(|v| !v.is_finite()) {
                return (zero, None);
            }
            // Multipliers from a subproblem that converged only (others are unreliable).
            let lam = r.trust_constr.filter(|_| r.success).and_then(|info| {
                (m > 0 && !cm.is_empty()).then(|| {
                    info.v[0]
                        .iter()
                        .zip(&rownorm)
                        .skip(ml)
                        .map(|(v, r)| v * delta * gscale / r)
                        .collect()
                })
            });
            (d, lam)
        }
        Err(_) => (zero, None),
    }
}
