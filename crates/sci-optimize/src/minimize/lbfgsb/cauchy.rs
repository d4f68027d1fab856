//! The generalized Cauchy point (Byrd, Lu, Nocedal & Zhu 1995, §4): the first local
//! minimizer of the quadratic model along the projected steepest-descent path
//! `x(t) = P(x − t g)`, found by walking the path's breakpoints in increasing order and
//! updating the model's first and second directional derivatives in `O(m)` per breakpoint.

use super::memory::Memory;
use crate::vector::dot;

/// Work buffers reused across iterations.
pub(super) struct CauchyWork {
    d: Vec<f64>,
    t: Vec<f64>,
    order: Vec<usize>,
    p: Vec<f64>,
    wb: Vec<f64>,
    mv: Vec<f64>,
    tmp: Vec<f64>,
}

impl CauchyWork {
    pub(super) fn new(n: usize, m: usize) -> Self {
        CauchyWork {
            d: vec![0.0; n],
            t: vec![0.0; n],
            order: Vec::with_capacity(n),
            p: vec![0.0; 2 * m],
            wb: vec![0.0; 2 * m],
            mv: vec![0.0; 2 * m],
            tmp: vec![0.0; 2 * m],
        }
    }
}

/// Computes the Cauchy point `xcp`, the vector `c = Wᵀ(xcp − x)` and the free set at `xcp`.
#[allow(clippy::too_many_arguments)]
pub(super) fn cauchy(
    x: &[f64],
    g: &[f64],
    lb: &[f64],
    ub: &[f64],
    mem: &Memory,
    xcp: &mut [f64],
    c: &mut [f64],
    free: &mut [bool],
    w: &mut CauchyWork,
) {
    let n = x.len();
    let k2 = 2 * mem.k();
    let theta = mem.theta;
    xcp.copy_from_slice(x);
    c[..k2].iter_mut().for_each(|v| *v = 0.0);
    w.order.clear();
    let mut f1 = 0.0;
    for i in 0..n {
        let gi = g[i];
        let ti = if lb[i] == ub[i] {
            0.0
        } else if gi < 0.0 {
            if ub[i].is_finite() {
                (x[i] - ub[i]) / gi
            } else {
                f64::INFINITY
            }
        } else if gi > 0.0 {
            if lb[i].is_finite() {
                (x[i] - lb[i]) / gi
            } else {
                f64::INFINITY
            }
        } else {
            f64::INFINITY
        };
        w.t[i] = ti;
        if ti > 0.0 {
            w.d[i] = -gi;
            f1 -= gi * gi;
            free[i] = true;
            if ti.is_finite() {
                w.order.push(i);
            }
        } else {
            w.d[i] = 0.0;
            free[i] = false;
        }
    }
    if f1 == 0.0 {
        // Every variable is fixed or has a zero gradient: the Cauchy point is x.
        return;
    }
    mem.wt_times(&w.d, &mut w.p[..k2]);
    mem.m_times(&w.p[..k2], &mut w.mv[..k2]);
    let mut f2 = -theta * f1 - dot(&w.p[..k2], &w.mv[..k2]);
    let f2_org = f2;
    let mut dtm = -f1 / f2;
    let mut tsum = 0.0;
    let t = &w.t;
    w.order.sort_by(|&a, &b| t[a].total_cmp(&t[b]));
    for idx in 0..w.order.len() {
        let b = w.order[idx];
        let dt = w.t[b] - tsum;
        if dtm < dt {
            break;
        }
        tsum = w.t[b];
        let xb = if w.d[b] > 0.0 { ub[b] } else { lb[b] };
        let zb = xb - x[b];
        xcp[b] = xb;
        for j in 0..k2 {
            c[j] += dt * w.p[j];
        }
        let gb = g[b];
        let gb2 = gb * gb;
        f1 += dt * f2 + gb2 + theta * gb * zb;
        f2 -= theta * gb2;
        if k2 > 0 {
            mem.w_row(b, &mut w.wb[..k2]);
            mem.m_times(&w.wb[..k2], &mut w.tmp[..k2]);
            // wbᵀ M c, wbᵀ M p, wbᵀ M wb (M is symmetric).
            f1 -= gb * dot(&w.tmp[..k2], &c[..k2]);
            f2 -= 2.0 * gb * dot(&w.tmp[..k2], &w.p[..k2]) + gb2 * dot(&w.tmp[..k2], &w.wb[..k2]);
            for j in 0..k2 {
                w.p[j] += gb * w.wb[j];
            }
        }
        f2 = f2.max(f64::EPSILON * f2_org);
        w.d[b] = 0.0;
        free[b] = false;
        dtm = -f1 / f2;
    }
    let dtm = dtm.max(0.0);
    tsum += dtm;
    for i in 0..n {
        if w.d[i] != 0.0 {
            xcp[i] = x[i] + tsum * w.d[i];
        }
    }
    for j in 0..k2 {
        c[j] += dtm * w.p[j];
    }
}
