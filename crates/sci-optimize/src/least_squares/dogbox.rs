//! The `dogbox` method of `least_squares` (Voglis & Lagaris 2004): a dogleg step in a
//! rectangular trust region `|step_i| ≤ Δ·scale_i` intersected with the bounds. Variables
//! on a bound whose gradient pushes outwards are frozen for the iteration; the Newton step
//! of the free ones is the minimum-norm least-squares solution (SVD, machine-precision
//! cutoff), the Cauchy step minimizes the model along `-g` inside the box.

use sci_core::Result;
use sci_core::ndarray::{Array2, Axis};

use super::common::{
    build_quadratic_1d, check_termination, evaluate_quadratic, jt_f, svd_uf, update_tr_radius,
};
use super::{
    EPS, RawResult, Residuals, Settings, callback_stops, compute_jac_scale, cost_and_scale,
    in_bounds, minimize_quadratic_1d, norm, norm_inf, step_size_to_bound,
};
use crate::{IntermediateResult, MinimizeCallback};

/// The dogleg step inside `[lb_total, ub_total]` (bounds ∩ trust box, relative to `x`):
/// `(step, bound hits of the original bounds, whether the trust box was hit)`.
#[allow(clippy::too_many_arguments)]
fn dogleg_step(
    x: &[f64],
    newton: &[f64],
    g: &[f64],
    a: f64,
    b: f64,
    tr_bounds: &[f64],
    lb: &[f64],
    ub: &[f64],
) -> (Vec<f64>, Vec<i32>, bool) {
    let n = x.len();
    let lb_total: Vec<f64> = (0..n).map(|i| (lb[i] - x[i]).max(-tr_bounds[i])).collect();
    let ub_total: Vec<f64> = (0..n).map(|i| (ub[i] - x[i]).min(tr_bounds[i])).collect();
    if in_bounds(newton, &lb_total, &ub_total) {
        return (newton.to_vec(), vec![0; n], false);
    }
    let zero = vec![0.0; n];
    let neg_g: Vec<f64> = g.iter().map(|v| -v).collect();
    let (to_bounds, _) = step_size_to_bound(&zero, &neg_g, &lb_total, &ub_total);
    let (t, _) = minimize_quadratic_1d(a, b, 0.0, to_bounds, 0.0);
    let cauchy: Vec<f64> = g.iter().map(|v| -t * v).collect();
    let diff: Vec<f64> = (0..n).map(|i| newton[i] - cauchy[i]).collect();
    let (size, hits) = step_size_to_bound(&cauchy, &diff, &lb_total, &ub_total);
    let mut bound_hits = vec![0; n];
    let mut tr_hit = false;
    for i in 0..n {
        // Which constraint is the binding one: the original bound or the trust box.
        let orig_l = lb[i] - x[i] >= -tr_bounds[i];
        let orig_u = ub[i] - x[i] <= tr_bounds[i];
        if hits[i] < 0 {
            if orig_l {
                bound_hits[i] = -1;
            } else {
                tr_hit = true;
            }
        } else if hits[i] > 0 {
            if orig_u {
                bound_hits[i] = 1;
            } else {
                tr_hit = true;
            }
        }
    }
    let step = (0..n).map(|i| cauchy[i] + size * diff[i]).collect();
    (step, bound_hits, tr_hit)
}

/// The `dogbox` method from a feasible `x0` with `f0 = fun(x0)`.
pub(crate) fn dogbox(
    res: &Residuals<'_>,
    x0: Vec<f64>,
    f0: Vec<f64>,
    s: &Settings,
    callback: &mut Option<MinimizeCallback<'_>>,
) -> Result<RawResult> {
    let n = x0.len();
    let m = res.m;
    let mut f_true = f0.clone();
    let mut f = f0;
    let mut nfev = 1;
    let mut jac = res.new_jac(n);
    res.jacobian(&x0, &f, &mut jac);
    let mut njev = 1;
    let mut cost = cost_and_scale(s, &mut f, &mut jac);
    let mut g = jt_f(&jac, &f);
    let jac_scale = s.x_scale.is_none();
    let (mut scale, mut scale_inv) = match &s.x_scale {
        Some(v) => (v.clone(), v.iter().map(|t| 1.0 / t).collect::<Vec<f64>>()),
        None => compute_jac_scale(&jac, None),
    };
    let t: Vec<f64> = (0..n).map(|i| x0[i] * scale_inv[i]).collect();
    let mut delta = norm_inf(&t);
    if delta == 0.0 {
        delta = 1.0;
    }
    let mut on_bound: Vec<i32> = (0..n)
        .map(|i| {
            if x0[i] == s.lb[i] {
                -1
            } else if x0[i] == s.ub[i] {
                1
            } else {
                0
            }
        })
        .collect();
    let mut x = x0;
    let mut x_new = vec![0.0; n];
    let mut f_new = vec![0.0; m];
    let mut buf = vec![0.0; m];
    let mut buf2 = vec![0.0; m];
    let mut status: Option<i32> = None;
    let mut g_norm;
    let mut nit = 0;
    let mut state = IntermediateResult::default();
    loop {
        let active: Vec<bool> = (0..n).map(|i| (on_bound[i] as f64) * g[i] < 0.0).collect();
        let free: Vec<usize> = (0..n).filter(|&i| !active[i]).collect();
        let g_masked: Vec<f64> = (0..n).map(|i| if active[i] { 0.0 } else { g[i] }).collect();
        g_norm = norm_inf(&g_masked);
        if g_norm < s.gtol {
            status = Some(1);
        }
        if status.is_some() || nfev == s.max_nfev {
            break;
        }
        let nf = free.len();
        let x_free: Vec<f64> = free.iter().map(|&i| x[i]).collect();
        let lb_free: Vec<f64> = free.iter().map(|&i| s.lb[i]).collect();
        let ub_free: Vec<f64> = free.iter().map(|&i| s.ub[i]).collect();
        let scale_free: Vec<f64> = free.iter().map(|&i| scale[i]).collect();
        let g_free: Vec<f64> = free.iter().map(|&i| g[i]).collect();
        let j_free: Array2<f64> = jac.select(Axis(1), &free);
        // Minimum-norm least-squares Newton step of the free variables.
        let mut newton = vec![0.0; nf];
        if nf > 0 {
            let sv = svd_uf(j_free.view(), &f)?;
            let cut = EPS * sv.s.first().copied().unwrap_or(0.0);
            for k in 0..sv.s.len() {
                if sv.s[k] > cut {
                    let c = sv.uf[k] / sv.s[k];
                    for (i, v) in newton.iter_mut().enumerate() {
                        *v -= sv.v[(i, k)] * c;
                    }
                }
            }
        }
        let neg_g: Vec<f64> = g_free.iter().map(|v| -v).collect();
        let (a, b, _) = build_quadratic_1d(
            j_free.view(),
            &g_free,
            &neg_g,
            None,
            None,
            &mut buf,
            &mut buf2,
        );
        let mut actual_reduction = -1.0;
        while actual_reduction <= 0.0 && nfev < s.max_nfev {
            let tr_bounds: Vec<f64> = scale_free.iter().map(|v| delta * v).collect();
            let (step_free, on_bound_free, tr_hit) = dogleg_step(
                &x_free, &newton, &g_free, a, b, &tr_bounds, &lb_free, &ub_free,
            );
            let mut step = vec![0.0; n];
            for (k, &i) in free.iter().enumerate() {
                step[i] = step_free[k];
            }
            let predicted = -evaluate_quadratic(j_free.view(), &g_free, &step_free, None, &mut buf);
            for i in 0..n {
                x_new[i] = (x[i] + step[i]).clamp(s.lb[i], s.ub[i]);
            }
            (res.fun)(&x_new, &mut f_new);
            nfev += 1;
            let sh: Vec<f64> = (0..n).map(|i| step[i] * scale_inv[i]).collect();
            let step_h_norm = norm_inf(&sh);
            if f_new.iter().any(|v| !v.is_finite()) {
                delta = 0.25 * step_h_norm;
                continue;
            }
            let cost_new = s.loss.cost(&f_new, s.f_scale);
            actual_reduction = cost - cost_new;
            let (d_new, ratio) =
                update_tr_radius(delta, actual_reduction, predicted, step_h_norm, tr_hit);
            delta = d_new;
            let step_norm = norm(&step);
            status = check_termination(
                actual_reduction,
                cost,
                step_norm,
                norm(&x),
                ratio,
                s.ftol,
                s.xtol,
            );
            if status.is_some() {
                if actual_reduction > 0.0 {
                    for (k, &i) in free.iter().enumerate() {
                        on_bound[i] = on_bound_free[k];
                    }
                }
                break;
            }
            if actual_reduction > 0.0 {
                for (k, &i) in free.iter().enumerate() {
                    on_bound[i] = on_bound_free[k];
                }
            }
        }
        if actual_reduction > 0.0 {
            x.copy_from_slice(&x_new);
            for i in 0..n {
                if on_bound[i] == -1 {
                    x[i] = s.lb[i];
                } else if on_bound[i] == 1 {
                    x[i] = s.ub[i];
                }
            }
            f.copy_from_slice(&f_new);
            f_true.copy_from_slice(&f_new);
            res.jacobian(&x, &f, &mut jac);
            njev += 1;
            cost = cost_and_scale(s, &mut f, &mut jac);
            g = jt_f(&jac, &f);
            if jac_scale {
                let (a, b) = compute_jac_scale(&jac, Some(&scale_inv));
                scale = a;
                scale_inv = b;
            }
        }
        nit += 1;
        if callback_stops(callback, &mut state, &x, cost, nit) {
            status = Some(-2);
            break;
        }
    }
    Ok(RawResult {
        x,
        cost,
        fun: f_true,
        jac,
        grad: g,
        optimality: g_norm,
        active_mask: on_bound,
        nfev,
        njev: Some(njev),
        status: status.unwrap_or(0),
    })
}
