//! The two quadratic subproblems of the Byrd-Omojokun SQP step, with a trust region
//! `‖d‖ <= Δ` and a box `lb <= d <= ub` (the interior-point method's fraction-to-boundary
//! rule on the slacks):
//!
//! - the normal step: `min ‖A d + c‖` by a dogleg between the Cauchy point and the
//!   least-norm Newton point (Lalee, Nocedal & Plantenga 1998, §3), cut at the trust region
//!   and the box, keeping the better of two paths;
//! - the tangential step: `min ½ dᵀH d + gᵀd` in the null space of `A` by projected
//!   conjugate gradients (Gould, Hribar & Nocedal 2001) with Steihaug's stopping rules at
//!   the trust-region boundary, on negative curvature, and at the box.

use super::projections::Projections;
use crate::bounds::clip_into;
use crate::vector::{dot, norm2};

/// The largest `t >= 0` with `‖x + t d‖ <= delta` (`x` inside).
fn sphere_t(x: &[f64], d: &[f64], delta: f64) -> f64 {
    let dd = dot(d, d);
    if dd == 0.0 {
        return f64::INFINITY;
    }
    let xd = dot(x, d);
    let room = (delta * delta - dot(x, x)).max(0.0);
    let disc = (xd * xd + dd * room).sqrt();
    if xd <= 0.0 {
        (disc - xd) / dd
    } else {
        room / (xd + disc)
    }
}

/// The largest `t >= 0` with `lb <= x + t d <= ub` (`x` inside).
fn box_t(x: &[f64], d: &[f64], lb: &[f64], ub: &[f64]) -> f64 {
    let mut t = f64::INFINITY;
    for i in 0..x.len() {
        if d[i] > 0.0 && ub[i].is_finite() {
            t = t.min(((ub[i] - x[i]) / d[i]).max(0.0));
        } else if d[i] < 0.0 && lb[i].is_finite() {
            t = t.min(((lb[i] - x[i]) / d[i]).max(0.0));
        }
    }
    t
}

/// The largest `t` in `[0, 1]` with `lb <= x + t d <= ub` (`x` inside).
pub(crate) fn box_fraction(x: &[f64], d: &[f64], lb: &[f64], ub: &[f64]) -> f64 {
    box_t(x, d, lb, ub).min(1.0)
}

fn inside_box(x: &[f64], lb: &[f64], ub: &[f64]) -> bool {
    x.iter()
        .zip(lb.iter().zip(ub))
        .all(|(v, (l, u))| v >= l && v <= u)
}

/// `‖A d + c‖` for row-major `A` (`m × n`).
fn residual(a: &sci_core::ndarray::Array2<f64>, c: &[f64], d: &[f64]) -> f64 {
    let mut s = 0.0;
    for (k, row) in a.rows().into_iter().enumerate() {
        let r = c[k] + row.iter().zip(d).map(|(p, q)| p * q).sum::<f64>();
        s += r * r;
    }
    s.sqrt()
}

/// The normal step into `out`.
pub(crate) fn normal_step(
    a: &sci_core::ndarray::Array2<f64>,
    c: &[f64],
    proj: &mut Projections,
    delta: f64,
    lb: &[f64],
    ub: &[f64],
    out: &mut [f64],
) {
    let n = out.len();
    let mut newton = vec![0.0; n];
    proj.least_norm(c, &mut newton);
    newton.iter_mut().for_each(|v| *v = -*v);
    let zero = vec![0.0; n];
    if norm2(&newton) <= delta && inside_box(&newton, lb, ub) {
        out.copy_from_slice(&newton);
        return;
    }
    // Steepest descent of ½‖A d + c‖²: g = Aᵀ c; Cauchy point -(gᵀg / ‖A g‖²) g.
    let g: Vec<f64> = (0..n)
        .map(|j| (0..c.len()).map(|k| a[[k, j]] * c[k]).sum())
        .collect();
    let ag: Vec<f64> = a
        .rows()
        .into_iter()
        .map(|row| row.iter().zip(&g).map(|(p, q)| p * q).sum())
        .collect();
    let agag = dot(&ag, &ag);
    // Path 1: the straight line to the Newton point.
    let t1 = sphere_t(&zero, &newton, delta)
        .min(box_t(&zero, &newton, lb, ub))
        .min(1.0);
    let p1: Vec<f64> = newton.iter().map(|v| t1 * v).collect();
    // Path 2: to the Cauchy point, then towards the Newton point.
    let mut p2 = vec![0.0; n];
    if agag > 0.0 {
        let cauchy: Vec<f64> = g.iter().map(|v| -dot(&g, &g) / agag * v).collect();
        let t = sphere_t(&zero, &cauchy, delta)
            .min(box_t(&zero, &cauchy, lb, ub))
            .min(1.0);
        for i in 0..n {
            p2[i] = t * cauchy[i];
        }
        if t >= 1.0 {
            let dir: Vec<f64> = newton.iter().zip(&cauchy).map(|(a, b)| a - b).collect();
            let t2 = sphere_t(&cauchy, &dir, delta)
                .min(box_t(&cauchy, &dir, lb, ub))
                .min(1.0);
            for i in 0..n {
                p2[i] = cauchy[i] + t2 * dir[i];
            }
        }
    }
    if residual(a, c, &p2) < residual(a, c, &p1) {
        out.copy_from_slice(&p2);
    } else {
        out.copy_from_slice(&p1);
    }
}

/// The result of the projected CG.
pub(crate) struct CgInfo {
    pub(crate) niter: usize,
    /// SciPy's `cg_stop_cond`: 1 iteration limit, 2 trust-region boundary, 3 negative
    /// curvature, 4 tolerance met (0 before any run).
    pub(crate) stop_cond: i32,
}

/// The tangential step: `min ½ dᵀH d + gᵀd`, `A d = 0`, `‖d‖ <= delta`, `lb <= d <= ub`,
/// with `hp(p, out)` computing `H p`. The result goes into `d`.
///
/// The box is treated as in SciPy: the iteration ignores it, remembering where the path
/// last left the box; if the final iterate is outside, that point is returned.
#[allow(clippy::too_many_arguments)]
pub(crate) fn projected_cg(
    hp: &mut dyn FnMut(&[f64], &mut [f64]),
    g: &[f64],
    proj: &mut Projections,
    delta: f64,
    lb: &[f64],
    ub: &[f64],
    max_iter: usize,
    d: &mut [f64],
) -> CgInfo {
    let n = g.len();
    d.iter_mut().for_each(|v| *v = 0.0);
    let mut r = g.to_vec();
    let mut pg = vec![0.0; n];
    proj.null(&r, &mut pg);
    let mut rtg = dot(&pg, &pg);
    // Compared with the squared norm of the projected residual.
    let tol = (0.01 * rtg.sqrt()).min(0.1 * rtg).max(1e-25);
    let mut p: Vec<f64> = pg.iter().map(|v| -v).collect();
    let mut hpv = vec![0.0; n];
    let mut next = vec![0.0; n];
    let mut last_feasible = vec![0.0; n];
    let mut outside_count = 0;
    let mut info = CgInfo {
        niter: 0,
        stop_cond: 1,
    };
    if delta <= 0.0 {
        info.stop_cond = 2;
        return info;
    }
    for _ in 0..max_iter {
        if rtg < tol {
            info.stop_cond = 4;
            break;
        }
        info.niter += 1;
        hp(&p, &mut hpv);
        let php = dot(&p, &hpv);
        if php <= 0.0 {
            // Negative curvature: to the trust-region boundary (or the box, if nearer).
            let t = sphere_t(d, &p, delta).min(box_t(d, &p, lb, ub));
            if t.is_finite() {
                for i in 0..n {
                    d[i] += t * p[i];
                }
            }
            clip_into(d, lb, ub);
            info.stop_cond = 3;
            return info;
        }
        let alpha = rtg / php;
        for i in 0..n {
            next[i] = d[i] + alpha * p[i];
        }
        if norm2(&next) >= delta {
            let t = sphere_t(d, &p, delta).min(box_t(d, &p, lb, ub));
            for i in 0..n {
                d[i] += t * p[i];
            }
            clip_into(d, lb, ub);
            info.stop_cond = 2;
            return info;
        }
        if inside_box(&next, lb, ub) {
            outside_count = 0;
        } else if inside_box(d, lb, ub) {
            // The path leaves the box on this segment: remember the exit point.
            let t = box_t(d, &p, lb, ub).min(alpha);
            for i in 0..n {
                last_feasible[i] = d[i] + t * p[i];
            }
            clip_into(&mut last_feasible, lb, ub);
        } else {
            outside_count += 1;
            if outside_count > max_iter {
                break;
            }
        }
        d.copy_from_slice(&next);
        for i in 0..n {
            r[i] += alpha * hpv[i];
        }
        proj.null(&r, &mut pg);
        let rtg_new = dot(&pg, &pg);
        let beta = rtg_new / rtg;
        rtg = rtg_new;
        for i in 0..n {
            p[i] = -pg[i] + beta * p[i];
        }
    }
    if !inside_box(d, lb, ub) {
        d.copy_from_slice(&last_feasible);
    }
    info
}
