//! The Byrd-Omojokun trust-region SQP for equality constraints (Lalee, Nocedal & Plantenga
//! 1998; Nocedal & Wright, *Numerical Optimization*, §18.5), in variables scaled by a
//! diagonal `D` (the interior-point method scales its slacks):
//!
//! each step is a normal step towards the linearised constraints (in `0.8 Δ`) plus a
//! tangential step that lowers the quadratic model in their null space; the merit function
//! `f + π ‖c‖` decides acceptance, its penalty `π` grows when the model would not decrease
//! it; a second-order correction rescues steps spoilt by the constraints' curvature; and
//! the trust radius `Δ` grows or shrinks with the ratio of actual to predicted reduction.

use sci_core::ndarray::Array2;

use super::projections::Projections;
use super::qp::{CgInfo, normal_step, projected_cg};
use crate::vector::{dot, norm_inf, norm2};

/// What the SQP needs from a problem (the original equality problem or a barrier one).
pub(crate) trait SqpProblem {
    /// The objective at `z`, with the constraint values written into `c`.
    fn fun_constr(&mut self, z: &[f64], c: &mut [f64]) -> f64;
    /// The gradient and constraint Jacobian at the (last evaluated) point `z`.
    fn grad_jac(&mut self, z: &[f64], g: &mut [f64], a: &mut Array2<f64>);
    /// Prepares the Lagrangian Hessian at `z` with multipliers `v`.
    fn prepare_hessian(&mut self, z: &[f64], v: &[f64]);
    /// `out = H p` with the prepared Hessian (unscaled variables).
    fn hess_prod(&mut self, p: &[f64], out: &mut [f64]);
    /// The scaling `D` at `z`.
    fn scaling(&self, z: &[f64], d: &mut [f64]);
    /// Called once per iteration; `true` stops the SQP.
    fn stop(&mut self, s: &SqpStatus<'_>) -> bool;
}

/// The state the stop test sees.
pub(crate) struct SqpStatus<'s> {
    pub(crate) z: &'s [f64],
    pub(crate) f: f64,
    pub(crate) last_failed: bool,
    /// `‖D g + (A D)ᵀ v‖∞` at the current point.
    pub(crate) optimality: f64,
    /// `‖c‖∞` at the current point.
    pub(crate) constr_violation: f64,
    pub(crate) tr_radius: f64,
    pub(crate) penalty: f64,
    pub(crate) cg: &'s CgInfo,
    /// The multipliers at the current point.
    pub(crate) v: &'s [f64],
}

/// Where the SQP ended.
pub(crate) struct SqpEnd {
    pub(crate) z: Vec<f64>,
    pub(crate) tr_radius: f64,
}

const PENALTY_FACTOR: f64 = 0.3;
const LARGE_REDUCTION: f64 = 0.9;
const INTERMEDIATE_REDUCTION: f64 = 0.3;
const SUFFICIENT_REDUCTION: f64 = 1e-8;
const ENLARGE_LARGE: f64 = 7.0;
const ENLARGE_SMALL: f64 = 2.0;
const MAX_TRUST_REDUCTION: f64 = 0.5;
const MIN_TRUST_REDUCTION: f64 = 0.1;
const SOC_THRESHOLD: f64 = 0.1;
/// The normal step uses this fraction of the trust region, and of the box.
const TR_FACTOR: f64 = 0.8;
const BOX_FACTOR: f64 = 0.5;

/// The state at an accepted point.
struct Point {
    z: Vec<f64>,
    f: f64,
    c: Vec<f64>,
    scale: Vec<f64>,
    gs: Vec<f64>,
    as_: Array2<f64>,
    v: Vec<f64>,
    proj: Projections,
}

fn at_point<P: SqpProblem>(p: &mut P, z: Vec<f64>, f: f64, c: Vec<f64>, m: usize) -> Point {
    let n = z.len();
    let mut g = vec![0.0; n];
    let mut a = Array2::zeros((m, n));
    p.grad_jac(&z, &mut g, &mut a);
    let mut scale = vec![0.0; n];
    p.scaling(&z, &mut scale);
    let gs: Vec<f64> = g.iter().zip(&scale).map(|(a, b)| a * b).collect();
    let mut as_ = a.clone();
    for mut row in as_.rows_mut() {
        for (v, s) in row.iter_mut().zip(&scale) {
            *v *= s;
        }
    }
    let mut proj = Projections::new(&as_);
    let mut v = vec![0.0; m];
    proj.multipliers(&gs, &mut v);
    p.prepare_hessian(&z, &v);
    Point {
        z,
        f,
        c,
        scale,
        gs,
        as_,
        v,
        proj,
    }
}

/// Runs the SQP from `z0` (objective `f0`, constraints `c0` there) with the trust radius
/// `delta`, the penalty `penalty`, and the step box `lb <= d <= ub` (scaled variables).
#[allow(clippy::too_many_arguments)]
pub(crate) fn sqp<P: SqpProblem>(
    p: &mut P,
    z0: Vec<f64>,
    f0: f64,
    c0: Vec<f64>,
    mut delta: f64,
    mut penalty: f64,
    lb: &[f64],
    ub: &[f64],
    cg_niter: &mut usize,
) -> SqpEnd {
    let n = z0.len();
    let m = c0.len();
    let mut pt = at_point(p, z0, f0, c0, m);
    let mut last_failed = false;
    let mut cg = CgInfo {
        niter: 0,
        stop_cond: 0,
    };
    let lbn: Vec<f64> = lb.iter().map(|v| BOX_FACTOR * v).collect();
    let ubn: Vec<f64> = ub.iter().map(|v| BOX_FACTOR * v).collect();
    let (mut dn, mut dt, mut d) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    let (mut tmp, mut hd) = (vec![0.0; n], vec![0.0; n]);
    let (mut lbt, mut ubt) = (vec![0.0; n], vec![0.0; n]);
    let mut znext = vec![0.0; n];
    let mut cnext = vec![0.0; m];
    let mut y = vec![0.0; n];
    let mut sqbuf = vec![0.0; n];
    loop {
        let optimality = {
            let mut lg = pt.gs.clone();
            for (k, row) in pt.as_.rows().into_iter().enumerate() {
                for (l, a) in lg.iter_mut().zip(row) {
                    *l += a * pt.v[k];
                }
            }
            norm_inf(&lg)
        };
        let constr_violation = norm_inf(&pt.c);
        let status = SqpStatus {
            z: &pt.z,
            f: pt.f,
            last_failed,
            optimality,
            constr_violation,
            tr_radius: delta,
            penalty,
            cg: &cg,
            v: &pt.v,
        };
        if p.stop(&status) {
            break;
        }
        // The scaled Hessian product D H D.
        let scale = pt.scale.clone();
        let sq = &mut sqbuf;
        let mut hs = |q: &[f64], out: &mut [f64]| {
            for ((t, a), b) in sq.iter_mut().zip(q).zip(&scale) {
                *t = a * b;
            }
            p.hess_prod(sq, out);
            for (o, s) in out.iter_mut().zip(&scale) {
                *o *= s;
            }
        };
        normal_step(
            &pt.as_,
            &pt.c,
            &mut pt.proj,
            TR_FACTOR * delta,
            &lbn,
            &ubn,
            &mut dn,
        );
        hs(&dn, &mut tmp);
        let ct: Vec<f64> = tmp.iter().zip(&pt.gs).map(|(a, b)| a + b).collect();
        let delta_t = (delta * delta - dot(&dn, &dn)).max(0.0).sqrt();
        for i in 0..n {
            lbt[i] = lb[i] - dn[i];
            ubt[i] = ub[i] - dn[i];
        }
        let max_cg = n.saturating_sub(m).max(1);
        cg = projected_cg(
            &mut hs,
            &ct,
            &mut pt.proj,
            delta_t,
            &lbt,
            &ubt,
            max_cg,
            &mut dt,
        );
        *cg_niter += cg.niter;
        for i in 0..n {
            d[i] = dn[i] + dt[i];
        }
        hs(&d, &mut hd);
        let quad = 0.5 * dot(&d, &hd) + dot(&pt.gs, &d);
        let lin_norm = {
            let mut s = 0.0;
            for (k, row) in pt.as_.rows().into_iter().enumerate() {
                let r = pt.c[k] + row.iter().zip(&d).map(|(a, b)| a * b).sum::<f64>();
                s += r * r;
            }
            s.sqrt()
        };
        let cnorm = norm2(&pt.c);
        let vpred = (cnorm - lin_norm).max(1e-16);
        let prev_penalty = penalty;
        if quad > 0.0 {
            penalty = penalty.max(quad / ((1.0 - PENALTY_FACTOR) * vpred));
        }
        let pred = -quad + penalty * vpred;
        let merit = pt.f + penalty * cnorm;
        for i in 0..n {
            znext[i] = pt.z[i] + pt.scale[i] * d[i];
        }
        let mut fnext = p.fun_constr(&znext, &mut cnext);
        let merit_next = fnext + penalty * norm2(&cnext);
        // A NaN ratio (NaN objective or constraints) rejects the step and, as in SciPy,
        // leaves the trust radius alone, so the run ends at `maxiter`.
        let mut ratio = (merit - merit_next) / pred;
        // Second-order correction: when the step is mostly tangential and yet rejected, the
        // constraints' curvature is to blame; the least-norm correction back onto the
        // linearised constraints is added (shortened to stay in the box) and tried once.
        // The trust radius is then updated with the length of the uncorrected step.
        if ratio < SUFFICIENT_REDUCTION && norm2(&dn) <= SOC_THRESHOLD * norm2(&dt) {
            pt.proj.least_norm(&cnext, &mut y);
            y.iter_mut().for_each(|v| *v = -*v);
            let inside = d
                .iter()
                .zip(lb.iter().zip(ub))
                .all(|(v, (l, u))| v >= l && v <= u);
            let t = super::qp::box_fraction(&d, &y, lb, ub);
            let zsoc: Vec<f64> = (0..n)
                .map(|i| pt.z[i] + pt.scale[i] * (d[i] + t * y[i]))
                .collect();
            let mut csoc = vec![0.0; m];
            let fsoc = p.fun_constr(&zsoc, &mut csoc);
            let rsoc = (merit - (fsoc + penalty * norm2(&csoc))) / pred;
            if inside && rsoc >= SUFFICIENT_REDUCTION {
                znext.copy_from_slice(&zsoc);
                cnext.copy_from_slice(&csoc);
                fnext = fsoc;
                ratio = rsoc;
            }
        }
        let dnorm = norm2(&d);
        if ratio >= LARGE_REDUCTION {
            delta = delta.max(ENLARGE_LARGE * dnorm);
        } else if ratio >= INTERMEDIATE_REDUCTION {
            delta = delta.max(ENLARGE_SMALL * dnorm);
        } else if ratio < SUFFICIENT_REDUCTION {
            let reduction = (1.0 - SUFFICIENT_REDUCTION) / (1.0 - ratio);
            let proposed = if reduction.is_finite() {
                reduction * dnorm
            } else {
                0.0
            };
            if proposed >= MAX_TRUST_REDUCTION * delta {
                delta *= MAX_TRUST_REDUCTION;
            } else if proposed >= MIN_TRUST_REDUCTION * delta {
                delta = proposed;
            } else {
                delta *= MIN_TRUST_REDUCTION;
            }
        }
        if ratio >= SUFFICIENT_REDUCTION {
            pt = at_point(p, znext.clone(), fnext, cnext.clone(), m);
            last_failed = false;
        } else {
            penalty = prev_penalty;
            last_failed = true;
        }
    }
    SqpEnd {
        z: pt.z,
        tr_radius: delta,
    }
}
