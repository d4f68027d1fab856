//! COBYLA's main iteration (Powell 1994): linear interpolation of the objective and the
//! constraints on a simplex of `n + 1` points, trust-region steps from [`trstlp`], the merit
//! function `Φ = f + μ · max violation`, geometry steps that keep the simplex well shaped,
//! and a trust-region radius `ρ` that only decreases, from `rhobeg` to `rhoend`.
//!
//! The simplex is kept as offsets `D` (row `j` = vertex `j` minus the pivot, the best vertex)
//! with its inverse `S = D⁻¹`, updated in `O(n²)` when a vertex is replaced (Sherman-Morrison)
//! or the pivot moves. Cost per iteration: `O(n² + m n)` plus the subproblem.

use std::ops::ControlFlow;

use sci_core::ndarray::{Array1, Array2};

use super::rows::{HUGE, Rows, violation};
use super::trstlp::trstlp;
use crate::{IntermediateResult, MinimizeCallback, OptimizeResult};

/// Exit codes (PRIMA's `info`, which SciPy reports as `status`).
pub(crate) const SMALL_TR_RADIUS: i32 = 0;
pub(crate) const FTARGET_ACHIEVED: i32 = 1;
pub(crate) const MAXFUN_REACHED: i32 = 3;
pub(crate) const CALLBACK_TERMINATE: i32 = 30;

/// The settings of one run.
pub(crate) struct Settings {
    pub(crate) rhobeg: f64,
    pub(crate) rhoend: f64,
    pub(crate) maxfun: usize,
    pub(crate) ctol: f64,
    pub(crate) ftarget: f64,
}

/// SciPy's message for an exit code.
pub(crate) fn message(status: i32) -> String {
    let reason = match status {
        FTARGET_ACHIEVED => "the target function value is achieved.",
        MAXFUN_REACHED => "the objective function has been evaluated MAXFUN times.",
        SMALL_TR_RADIUS => "the trust region radius reaches its lower bound.",
        CALLBACK_TERMINATE => "the callback function requested termination",
        _ => "UNKNOWN EXIT FLAG",
    };
    format!("Return from COBYLA because {reason}")
}

/// The simplex: values at the `n + 1` vertices (index `n` is the pivot).
struct Simplex {
    n: usize,
    m: usize,
    /// The pivot (best vertex).
    xbase: Vec<f64>,
    /// Offsets of vertices `0..n` from the pivot, row-major `n × n`.
    d: Array2<f64>,
    /// `D⁻¹`.
    s: Array2<f64>,
    /// Objective values, vertices `0..n` then the pivot.
    f: Vec<f64>,
    /// Constraint rows per vertex, `(n + 1) × m`, the pivot last.
    r: Array2<f64>,
    /// Largest violation per vertex.
    viol: Vec<f64>,
}

impl Simplex {
    fn phi(&self, j: usize, mu: f64) -> f64 {
        self.f[j] + mu * self.viol[j]
    }

    /// Makes vertex `l` the pivot (`O(n²)`: `D' = M D` with the involution
    /// `M = I - (1 + e_l) e_lᵀ`, so `S' = S M` changes column `l` only).
    fn switch_pivot(&mut self, l: usize) {
        let n = self.n;
        let dl: Vec<f64> = self.d.row(l).to_vec();
        for (xb, v) in self.xbase.iter_mut().zip(&dl) {
            *xb += v;
        }
        for i in 0..n {
            if i == l {
                for k in 0..n {
                    self.d[[l, k]] = -dl[k];
                }
            } else {
                for k in 0..n {
                    self.d[[i, k]] -= dl[k];
                }
            }
        }
        for row in 0..n {
            let sum: f64 = self.s.row(row).sum();
            self.s[[row, l]] = -sum;
        }
        self.f.swap(l, n);
        self.viol.swap(l, n);
        for k in 0..self.m {
            self.r.swap([l, k], [n, k]);
        }
    }

    /// Replaces vertex `j` by the pivot plus `step` (Sherman-Morrison on `S`).
    fn replace(&mut self, j: usize, step: &[f64], f: f64, r: &[f64], viol: f64) {
        let n = self.n;
        // w_k = step · S[:, k]; the pivot column j is scaled, the others corrected.
        let w: Vec<f64> = (0..n)
            .map(|k| (0..n).map(|i| step[i] * self.s[[i, k]]).sum())
            .collect();
        let wj = w[j];
        for i in 0..n {
            self.s[[i, j]] /= wj;
        }
        for k in 0..n {
            if k != j {
                for i in 0..n {
                    self.s[[i, k]] -= self.s[[i, j]] * w[k];
                }
            }
        }
        for k in 0..n {
            self.d[[j, k]] = step[k];
        }
        self.f[j] = f;
        self.viol[j] = viol;
        for k in 0..self.m {
            self.r[[j, k]] = r[k];
        }
    }
}

/// A point's objective and constraint values, with non-finite objective values moderated.
fn evaluate(
    fun: &dyn Fn(&[f64]) -> f64,
    rows: &mut Rows<'_, '_>,
    x: &[f64],
    r: &mut [f64],
) -> (f64, f64) {
    let f = fun(x);
    let f = if f.is_nan() { HUGE } else { f.min(HUGE) };
    rows.eval(x, r);
    (f, violation(r))
}

/// Runs COBYLA from `x0`.
pub(crate) fn cobyla(
    fun: &dyn Fn(&[f64]) -> f64,
    rows: &mut Rows<'_, '_>,
    x0: &[f64],
    st: &Settings,
    callback: &mut Option<MinimizeCallback<'_>>,
) -> OptimizeResult {
    let n = x0.len();
    let m = rows.len();
    let nlin = rows.n_linear();
    let mut rho = st.rhobeg;
    let rhoend = st.rhoend.min(st.rhobeg);
    let mut mu = 0.0_f64;
    let mut nf = 0usize;
    let mut rbuf = vec![0.0; m];
    let mut sx = Simplex {
        n,
        m,
        xbase: x0.to_vec(),
        d: Array2::zeros((n, n)),
        s: Array2::zeros((n, n)),
        f: vec![0.0; n + 1],
        r: Array2::zeros((n + 1, m)),
        viol: vec![0.0; n + 1],
    };
    let mut best = (x0.to_vec(), f64::INFINITY, f64::INFINITY);
    let mut state = IntermediateResult {
        x: Array1::from(x0.to_vec()),
        fun: 0.0,
        nit: 0,
    };
    let mut status = SMALL_TR_RADIUS;

    // Records an evaluation; returns the exit code when it ends the run.
    let target_met = |f: f64, v: f64| v <= st.ctol && f <= st.ftarget;

    // The initial simplex: x0 and x0 + ρ e_j.
    let (f0, v0) = evaluate(fun, rows, x0, &mut rbuf);
    nf += 1;
    sx.f[n] = f0;
    sx.viol[n] = v0;
    sx.r.row_mut(n).assign(&Array1::from(rbuf.clone()));
    let mut done = target_met(f0, v0).then_some(FTARGET_ACHIEVED);
    let mut xt = vec![0.0; n];
    for j in 0..n {
        if done.is_some() {
            break;
        }
        if nf >= st.maxfun {
            done = Some(MAXFUN_REACHED);
            break;
        }
        xt.copy_from_slice(x0);
        xt[j] += rho;
        let (f, v) = evaluate(fun, rows, &xt, &mut rbuf);
        nf += 1;
        sx.d[[j, j]] = rho;
        sx.s[[j, j]] = 1.0 / rho;
        sx.f[j] = f;
        sx.viol[j] = v;
        sx.r.row_mut(j).assign(&Array1::from(rbuf.clone()));
        if target_met(f, v) {
            // The target vertex becomes the pivot below.
            sx.switch_pivot(j);
            done = Some(FTARGET_ACHIEVED);
        }
    }
    if let Some(code) = done {
        // The run ended inside the initial simplex: the pivot is x0 or the target point.
        return finish(sx.xbase.clone(), sx.f[n], sx.viol[n], nf, 0, code, st.ctol);
    }

    let mut gf = vec![0.0; n];
    let mut ga = vec![0.0; m * n];
    let mut step = vec![0.0; n];
    let mut diff = vec![0.0; n + 1];
    let mut vsig = vec![0.0; n];
    let mut veta = vec![0.0; n];
    let mut after_geometry = false;
    let mut nit = 0usize;
    // Every pass either evaluates, reduces ρ, or raises μ; the cap is only a safety net.
    let max_pass = 8 * st.maxfun + 200;
    for _ in 0..max_pass {
        if let Some(code) = done {
            status = code;
            break;
        }
        // 1. The pivot is the vertex of least merit (ties: least violation).
        let mut l = n;
        for j in 0..n {
            let (pj, pl) = (sx.phi(j, mu), sx.phi(l, mu));
            if pj < pl || (pj == pl && sx.viol[j] < sx.viol[l]) {
                l = j;
            }
        }
        if l != n {
            sx.switch_pivot(l);
        }
        if sx.f[n] < best.1 || sx.viol[n] < best.2 {
            best = (sx.xbase.clone(), sx.f[n], sx.viol[n]);
        }
        // 2. Linear models: D g = values - pivot value.
        for j in 0..n {
            diff[j] = sx.f[j] - sx.f[n];
        }
        for (i, g) in gf.iter_mut().enumerate() {
            *g = (0..n).map(|j| sx.s[[i, j]] * diff[j]).sum();
        }
        for k in 0..m {
            if k < nlin {
                ga[k * n..(k + 1) * n].copy_from_slice(&rows.linear[k].a);
            } else {
                for j in 0..n {
                    diff[j] = sx.r[[j, k]] - sx.r[[n, k]];
                }
                for i in 0..n {
                    ga[k * n + i] = (0..n).map(|j| sx.s[[i, j]] * diff[j]).sum();
                }
            }
        }
        // 3. Acceptability of the simplex: edges at most 2.1ρ, heights at least 0.25ρ.
        let parsig = 0.25 * rho;
        let pareta = 2.1 * rho;
        let mut acceptable = true;
        for j in 0..n {
            let col: f64 = (0..n).map(|i| sx.s[[i, j]] * sx.s[[i, j]]).sum();
            vsig[j] = 1.0 / col.sqrt();
            veta[j] = sx.d.row(j).dot(&sx.d.row(j)).sqrt();
            if veta[j] > pareta || vsig[j] < parsig {
                acceptable = false;
            }
        }
        let rpivot: Vec<f64> = sx.r.row(n).to_vec();
        let mut reduce = false;
        if !acceptable && !after_geometry {
            // 4a. Geometry step: replace the farthest vertex (or the flattest one) by a point
            // at distance ρ/2 along the normal of its opposite face, on the side where the
            // linear model of the merit function is lower.
            let jdrop = match (0..n).max_by(|&a, &b| veta[a].total_cmp(&veta[b])) {
                Some(j) if veta[j] > pareta => j,
                _ => (0..n)
                    .min_by(|&a, &b| vsig[a].total_cmp(&vsig[b]))
                    .unwrap_or(0),
            };
            let scale = 0.5 * rho * vsig[jdrop];
            for i in 0..n {
                step[i] = scale * sx.s[[i, jdrop]];
            }
            let lin = |sign: f64| -> (f64, f64) {
                let gd = sign * gf.iter().zip(&step).map(|(a, b)| a * b).sum::<f64>();
                let cv = (0..m).fold(0.0_f64, |t, k| {
                    let ad: f64 = ga[k * n..(k + 1) * n]
                        .iter()
                        .zip(&step)
                        .map(|(a, b)| a * b)
                        .sum();
                    t.max(-(rpivot[k] + sign * ad))
                });
                (gd, cv)
            };
            let (gp, cp) = lin(1.0);
            let (gm, cm) = lin(-1.0);
            if gm + mu * cm < gp + mu * cp {
                step.iter_mut().for_each(|v| *v = -*v);
            }
            if nf >= st.maxfun {
                done = Some(MAXFUN_REACHED);
                continue;
            }
            for i in 0..n {
                xt[i] = sx.xbase[i] + step[i];
            }
            let (f, v) = evaluate(fun, rows, &xt, &mut rbuf);
            nf += 1;
            sx.replace(jdrop, &step, f, &rbuf, v);
            after_geometry = true;
            if target_met(f, v) {
                sx.switch_pivot(jdrop);
                done = Some(FTARGET_ACHIEVED);
            }
            continue;
        }
        after_geometry = false;
        nit += 1;
        // 4b. Trust-region step.
        let resnew = trstlp(&gf, &ga, &rpivot, rho, &mut step);
        let snorm = step.iter().map(|v| v * v).sum::<f64>().sqrt();
        if snorm < 0.5 * rho {
            reduce = true;
        } else {
            // μ large enough that the predicted merit reduction is positive.
            let resmax = sx.viol[n];
            let gd: f64 = gf.iter().zip(&step).map(|(a, b)| a * b).sum();
            let prerec = resmax - resnew;
            let barmu = if prerec > 0.0 { gd / prerec } else { 0.0 };
            if mu < 1.5 * barmu {
                mu = 2.0 * barmu;
                let pp = sx.phi(n, mu);
                let switch = (0..n).any(|j| {
                    let pj = sx.phi(j, mu);
                    pj < pp || (pj == pp && mu == 0.0 && sx.viol[j] < sx.viol[n])
                });
                if switch {
                    continue;
                }
            }
            let prerem = mu * prerec - gd;
            if nf >= st.maxfun {
                done = Some(MAXFUN_REACHED);
                continue;
            }
            for i in 0..n {
                xt[i] = sx.xbase[i] + step[i];
            }
            let (f, v) = evaluate(fun, rows, &xt, &mut rbuf);
            nf += 1;
            let trured = sx.phi(n, mu) - (f + mu * v);
            // 5. The vertex to drop: the largest volume factor |step · S_j| (above 1 when the
            // point is no better), preferring a vertex farther than 1.1ρ that can go without
            // spoiling the shape.
            let mut ratio_best = if trured <= 0.0 { 1.0 } else { 0.0 };
            let mut jdrop = None;
            let mut far = None;
            let mut edgmax = 1.1 * rho;
            for j in 0..n {
                let w: f64 = (0..n).map(|i| step[i] * sx.s[[i, j]]).sum::<f64>().abs();
                if w > ratio_best {
                    ratio_best = w;
                    jdrop = Some(j);
                }
                let sigbar = w * vsig[j];
                if sigbar >= parsig || sigbar >= vsig[j] {
                    let dist = if trured > 0.0 {
                        (0..n)
                            .map(|i| (step[i] - sx.d[[j, i]]).powi(2))
                            .sum::<f64>()
                            .sqrt()
                    } else {
                        veta[j]
                    };
                    if dist > edgmax {
                        edgmax = dist;
                        far = Some(j);
                    }
                }
            }
            if let Some(j) =
                far.filter(|&j| (0..n).map(|i| step[i] * sx.s[[i, j]]).sum::<f64>().abs() > 0.0)
            {
                jdrop = Some(j);
            }
            if let Some(j) = jdrop {
                sx.replace(j, &step, f, &rbuf, v);
                if target_met(f, v) {
                    sx.switch_pivot(j);
                    done = Some(FTARGET_ACHIEVED);
                }
            }
            if !(trured > 0.0 && trured >= 0.1 * prerem) || jdrop.is_none() {
                reduce = true;
            }
        }
        if reduce && acceptable && done.is_none() {
            // 6. Reduce ρ (or finish), and shrink μ to what the constraint spreads justify.
            if rho <= rhoend {
                done = Some(SMALL_TR_RADIUS);
            } else {
                rho *= 0.5;
                if rho <= 1.5 * rhoend {
                    rho = rhoend;
                }
                if mu > 0.0 {
                    let mut denom = 0.0_f64;
                    for k in 0..m {
                        let col = sx.r.column(k);
                        let cmin = col.iter().copied().fold(f64::INFINITY, f64::min);
                        let cmax = col.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                        if cmin < 0.5 * cmax {
                            let t = cmax.max(0.0) - cmin;
                            denom = if denom <= 0.0 { t } else { denom.min(t) };
                        }
                    }
                    let fmin = sx.f.iter().copied().fold(f64::INFINITY, f64::min);
                    let fmax = sx.f.iter().copied().fold(f64::NEG_INFINITY, f64::max);
                    if denom == 0.0 {
                        mu = 0.0;
                    } else if fmax - fmin < mu * denom {
                        mu = (fmax - fmin) / denom;
                    }
                }
            }
        }
        if done.is_none() {
            state.set(&sx.xbase, sx.f[n], nit);
            if let ControlFlow::Break(()) = sci_core::callback::notify(callback, &state) {
                done = Some(CALLBACK_TERMINATE);
            }
        }
    }
    if done.is_none() {
        status = MAXFUN_REACHED;
    }
    // The pivot is the answer unless an earlier pivot was strictly better in both respects.
    let (mut x, mut f, mut v) = (sx.xbase.clone(), sx.f[n], sx.viol[n]);
    if v > st.ctol && best.2 <= st.ctol {
        (x, f, v) = best;
    }
    finish(x, f, v, nf, nit, status, st.ctol)
}

fn finish(
    x: Vec<f64>,
    f: f64,
    v: f64,
    nfev: usize,
    nit: usize,
    status: i32,
    ctol: f64,
) -> OptimizeResult {
    let (success, message) = if v > ctol {
        (
            false,
            "Did not converge to a solution satisfying the constraints. See `maxcv` for the \
             magnitude of the violation."
                .to_string(),
        )
    } else {
        (
            status == SMALL_TR_RADIUS || status == FTARGET_ACHIEVED,
            message(status),
        )
    };
    OptimizeResult {
        x: Array1::from(x),
        fun: f,
        nfev,
        nit,
        status,
        success,
        message,
        maxcv: Some(v),
        ..Default::default()
    }
}
