//! The Trust Region Reflective method of `least_squares` (Branch, Coleman & Li 1999).
//!
//! Each iteration solves the trust-region subproblem in variables scaled by the Coleman-Li
//! vector `v` (distance to the bound the gradient points at) and by `x_scale`, on the SVD of
//! the augmented Jacobian `[J D; diag(g·dv·scale)^½]`. A step that would leave the box is
//! cut at the bound and three candidates are compared on the quadratic model: the cut step
//! pulled back by `θ`, its reflection off the bound, and the scaled steepest-descent step.
//! Without bounds the scaling is `x_scale` only and the full step is always feasible.

use sci_core::Result;
use sci_core::ndarray::{Array2, ArrayView2, ShapeBuilder, s};

use super::common::{
    build_quadratic_1d, check_termination, cl_scaling_vector, evaluate_quadratic,
    intersect_trust_region, jt_f, solve_lsq_trust_region, svd_uf, update_tr_radius,
};
use super::{
    RawResult, Residuals, Settings, callback_stops, compute_jac_scale, cost_and_scale,
    find_active_constraints, in_bounds, make_strictly_feasible, minimize_quadratic_1d, norm,
    norm_inf, step_size_to_bound,
};
use crate::{IntermediateResult, MinimizeCallback};

/// The `trf` method from a strictly feasible `x0` with `f0 = fun(x0)`.
pub(crate) fn trf(
    res: &Residuals<'_>,
    x0: Vec<f64>,
    f0: Vec<f64>,
    s: &Settings,
    callback: &mut Option<MinimizeCallback<'_>>,
) -> Result<RawResult> {
    let bounded = s.lb.iter().any(|v| v.is_finite()) || s.ub.iter().any(|v| v.is_finite());
    let n = x0.len();
    let m = res.m;
    let mut x = x0;
    let mut f_true = f0.clone();
    let mut f = f0;
    let mut nfev = 1;
    let mut jac = res.new_jac(n);
    res.jacobian(&x, &f, &mut jac);
    let mut njev = 1;
    let mut cost = cost_and_scale(s, &mut f, &mut jac);
    let mut g = jt_f(&jac, &f);
    let jac_scale = s.x_scale.is_none();
    let (mut scale, mut scale_inv) = match &s.x_scale {
        Some(v) => (v.clone(), v.iter().map(|t| 1.0 / t).collect()),
        None => compute_jac_scale(&jac, None),
    };
    let (mut v, mut dv) = (vec![1.0; n], vec![0.0; n]);
    let mut delta = if bounded {
        cl_scaling_vector(&x, &g, &s.lb, &s.ub, &mut v, &mut dv);
        for i in 0..n {
            if dv[i] != 0.0 {
                v[i] *= scale_inv[i];
            }
        }
        let t: Vec<f64> = (0..n).map(|i| x[i] * scale_inv[i] / v[i].sqrt()).collect();
        norm(&t)
    } else {
        let t: Vec<f64> = (0..n).map(|i| x[i] * scale_inv[i]).collect();
        norm(&t)
    };
    if delta == 0.0 {
        delta = 1.0;
    }
    let rows = if bounded { m + n } else { m };
    let mut j_aug = Array2::<f64>::zeros((rows, n).f());
    let mut f_aug = vec![0.0; rows];
    let mut d = vec![0.0; n];
    let mut diag_h = vec![0.0; n];
    let mut g_h = vec![0.0; n];
    let mut f_new = vec![0.0; m];
    let mut x_new = vec![0.0; n];
    let mut buf = vec![0.0; m];
    let mut buf2 = vec![0.0; m];
    let mut alpha = 0.0;
    let mut status: Option<i32> = None;
    let mut g_norm;
    let mut nit = 0;
    let mut state = IntermediateResult::default();
    loop {
        if bounded {
            cl_scaling_vector(&x, &g, &s.lb, &s.ub, &mut v, &mut dv);
            let gv: Vec<f64> = (0..n).map(|i| g[i] * v[i]).collect();
            g_norm = norm_inf(&gv);
        } else {
            g_norm = norm_inf(&g);
        }
        if g_norm < s.gtol {
            status = Some(1);
        }
        if status.is_some() || nfev == s.max_nfev {
            break;
        }
        if bounded {
            for i in 0..n {
                if dv[i] != 0.0 {
                    v[i] *= scale_inv[i];
                }
                d[i] = v[i].sqrt() * scale[i];
                diag_h[i] = g[i] * dv[i] * scale[i];
            }
        } else {
            d.copy_from_slice(&scale);
        }
        for i in 0..n {
            g_h[i] = d[i] * g[i];
        }
        // J_h = J D in the first m rows; the Coleman-Li diagonal term below.
        {
            let mut top = j_aug.slice_mut(s![..m, ..]);
            top.assign(&jac);
            for (j, mut col) in top.columns_mut().into_iter().enumerate() {
                col.mapv_inplace(|a| a * d[j]);
            }
        }
        f_aug[..m].copy_from_slice(&f);
        if bounded {
            for i in 0..n {
                for j in 0..n {
                    j_aug[[m + i, j]] = if i == j { diag_h[i].sqrt() } else { 0.0 };
                }
            }
        }
        let sv = svd_uf(j_aug.view(), &f_aug)?;
        let j_h = j_aug.slice(s![..m, ..]);
        let theta = (1.0 - g_norm).max(0.995);
        let mut actual_reduction = -1.0;
        while actual_reduction <= 0.0 && nfev < s.max_nfev {
            let (mut p_h, a_new) = solve_lsq_trust_region(n, rows, &sv, delta, Some(alpha));
            alpha = a_new;
            let (step, step_h, predicted) = if bounded {
                let mut p: Vec<f64> = (0..n).map(|i| d[i] * p_h[i]).collect();
                select_step(
                    &x, j_h, &diag_h, &g_h, &mut p, &mut p_h, &d, delta, s, theta, &mut buf,
                    &mut buf2,
                )
            } else {
                let pred = -evaluate_quadratic(j_h, &g_h, &p_h, None, &mut buf);
                ((0..n).map(|i| d[i] * p_h[i]).collect(), p_h, pred)
            };
            for i in 0..n {
                x_new[i] = x[i] + step[i];
            }
            if bounded {
                make_strictly_feasible(&mut x_new, &s.lb, &s.ub, 0.0);
            }
            (res.fun)(&x_new, &mut f_new);
            nfev += 1;
            let step_h_norm = norm(&step_h);
            if f_new.iter().any(|v| !v.is_finite()) {
                delta = 0.25 * step_h_norm;
                continue;
            }
            let cost_new = s.loss.cost(&f_new, s.f_scale);
            actual_reduction = cost - cost_new;
            let (delta_new, ratio) = update_tr_radius(
                delta,
                actual_reduction,
                predicted,
                step_h_norm,
                step_h_norm > 0.95 * delta,
            );
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
                break;
            }
            alpha *= delta / delta_new;
            delta = delta_new;
        }
        if actual_reduction > 0.0 {
            x.copy_from_slice(&x_new);
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
    let active_mask = if bounded {
        find_active_constraints(&x, &s.lb, &s.ub, s.xtol)
    } else {
        vec![0; n]
    };
    Ok(RawResult {
        x,
        cost,
        fun: f_true,
        jac,
        grad: g,
        optimality: g_norm,
        active_mask,
        nfev,
        njev: Some(njev),
        status: status.unwrap_or(0),
    })
}

/// Chooses among the cut, reflected and steepest-descent steps (Branch, Coleman & Li 1999,
/// section 3): returns `(step, step in scaled variables, predicted reduction)`.
#[allow(clippy::too_many_arguments)]
fn select_step(
    x: &[f64],
    j_h: ArrayView2<'_, f64>,
    diag_h: &[f64],
    g_h: &[f64],
    p: &mut [f64],
    p_h: &mut [f64],
    d: &[f64],
    delta: f64,
    s: &Settings,
    theta: f64,
    buf: &mut [f64],
    buf2: &mut [f64],
) -> (Vec<f64>, Vec<f64>, f64) {
    let n = x.len();
    let xp: Vec<f64> = (0..n).map(|i| x[i] + p[i]).collect();
    if in_bounds(&xp, &s.lb, &s.ub) {
        let val = evaluate_quadratic(j_h, g_h, p_h, Some(diag_h), buf);
        return (p.to_vec(), p_h.to_vec(), -val);
    }
    let (p_stride, hits) = step_size_to_bound(x, p, &s.lb, &s.ub);
    // The reflection of the step off the bounds it hits.
    let mut r_h = p_h.to_vec();
    for i in 0..n {
        if hits[i] != 0 {
            r_h[i] = -r_h[i];
        }
    }
    let r: Vec<f64> = (0..n).map(|i| d[i] * r_h[i]).collect();
    for i in 0..n {
        p[i] *= p_stride;
        p_h[i] *= p_stride;
    }
    let x_on_bound: Vec<f64> = (0..n).map(|i| x[i] + p[i]).collect();
    let (_, to_tr) = intersect_trust_region(p_h, &r_h, delta);
    let (to_bound, _) = step_size_to_bound(&x_on_bound, &r, &s.lb, &s.ub);
    let r_stride = to_bound.min(to_tr);
    let (r_lo, r_hi) = if r_stride > 0.0 {
        let lo = (1.0 - theta) * p_stride / r_stride;
        let hi = if r_stride == to_bound {
            theta * to_bound
        } else {
            to_tr
        };
        (lo, hi)
    } else {
        (0.0, -1.0)
    };
    let mut r_step = Vec::new();
    let mut r_value = f64::INFINITY;
    if r_lo <= r_hi {
        let (a, b, c) = build_quadratic_1d(j_h, g_h, &r_h, Some(diag_h), Some(p_h), buf, buf2);
        let (t, val) = minimize_quadratic_1d(a, b, r_lo, r_hi, c);
        r_value = val;
        for i in 0..n {
            r_h[i] = r_h[i] * t + p_h[i];
        }
        r_step = (0..n).map(|i| r_h[i] * d[i]).collect();
    }
    // The cut step, pulled back inside the box.
    for i in 0..n {
        p[i] *= theta;
        p_h[i] *= theta;
    }
    let p_value = evaluate_quadratic(j_h, g_h, p_h, Some(diag_h), buf);
    // The scaled steepest-descent step.
    let mut ag_h: Vec<f64> = g_h.iter().map(|v| -v).collect();
    let mut ag: Vec<f64> = (0..n).map(|i| d[i] * ag_h[i]).collect();
    let to_tr = delta / norm(&ag_h);
    let (to_bound, _) = step_size_to_bound(x, &ag, &s.lb, &s.ub);
    let ag_max = if to_bound < to_tr {
        theta * to_bound
    } else {
        to_tr
    };
    let (a, b, _) = build_quadratic_1d(j_h, g_h, &ag_h, Some(diag_h), None, buf, buf2);
    let (t, ag_value) = minimize_quadratic_1d(a, b, 0.0, ag_max, 0.0);
    ag_h.iter_mut().for_each(|v| *v *= t);
    ag.iter_mut().for_each(|v| *v *= t);
    if p_value < r_value && p_value < ag_value {
        (p.to_vec(), p_h.to_vec(), -p_value)
    } else if r_value < p_value && r_value < ag_value {
        (r_step, r_h, -r_value)
    } else {
        (ag, ag_h, -ag_value)
    }
}
