//! COBYLA's trust-region subproblem (Powell 1994, §3): minimize a linear model of the
//! objective subject to linear models of the constraints inside the ball `‖d‖ <= ρ`. When
//! the linearised constraints cannot all hold in the ball, the largest linearised violation
//! is minimized first, and the objective is then minimized keeping that violation level.
//!
//! Both stages are linear programs solved by an active-set method: the search direction is
//! the steepest-descent direction projected onto the null space of the active constraints'
//! normals (projections from a thin QR factorisation), a blocking constraint joins the
//! active set, a constraint with a negative multiplier leaves it, and, as in Powell's
//! TRSTLP, the calculation ends as soon as the step reaches the trust-region boundary.

use crate::vector::dot;
use faer::Mat;

/// Normals and right-hand sides of constraints `n_k · z >= b_k`, row-major (`k × dim`).
struct Lp<'s> {
    dim: usize,
    normals: &'s [f64],
    rhs: &'s [f64],
}

impl Lp<'_> {
    fn normal(&self, k: usize) -> &[f64] {
        &self.normals[k * self.dim..(k + 1) * self.dim]
    }
}

/// Minimizes `c · z` over `n_k · z >= b_k` and `‖z[..nball]‖ <= rho` from the feasible `z`,
/// with the initially active constraints `active`; returns when optimal or on the boundary.
fn solve_lp(
    lp: &Lp<'_>,
    c: &[f64],
    nball: usize,
    rho: f64,
    z: &mut [f64],
    active: &mut Vec<usize>,
) {
    let dim = lp.dim;
    let m = lp.rhs.len();
    let mut s = vec![0.0; dim];
    let cnorm = dot(c, c).sqrt();
    if cnorm == 0.0 {
        return;
    }
    // Each pass adds or drops one constraint; the bound is generous (degenerate vertices can
    // cycle in theory, and a fixed cap keeps every run finite).
    for _ in 0..(4 * (m + dim) + 20) {
        if active.len() > dim {
            // More active constraints than variables: they are dependent; keep `dim`.
            active.truncate(dim);
        }
        let k = active.len();
        let mut lambda = Vec::new();
        if k == 0 {
            for (si, ci) in s.iter_mut().zip(c) {
                *si = -ci;
            }
        } else {
            let a = Mat::<f64>::from_fn(dim, k, |i, j| lp.normal(active[j])[i]);
            let qr = a.qr();
            let q = qr.compute_thin_Q();
            let r = qr.thin_R();
            // qtc = Qᵀ c; s = -(c - Q Qᵀ c).
            let qtc: Vec<f64> = (0..k)
                .map(|j| (0..dim).map(|i| q[(i, j)] * c[i]).sum())
                .collect();
            for i in 0..dim {
                s[i] = -(c[i] - (0..k).map(|j| q[(i, j)] * qtc[j]).sum::<f64>());
            }
            // Multipliers from R λ = Qᵀ c (back substitution; R is k × k upper triangular).
            lambda = vec![0.0; k];
            let mut singular = false;
            for j in (0..k).rev() {
                let mut v = qtc[j];
                for l in j + 1..k {
                    v -= r[(j, l)] * lambda[l];
                }
                let d = r[(j, j)];
                if d.abs() <= 1e-14 * cnorm.max(1.0) {
                    singular = true;
                    break;
                }
                lambda[j] = v / d;
            }
            if singular {
                // A dependent active set: drop the newest constraint and try again.
                active.pop();
                continue;
            }
        }
        let snorm = dot(&s, &s).sqrt();
        if snorm <= 1e-12 * cnorm {
            // Stationary on the active set: optimal unless a multiplier is negative.
            let (jmin, lmin) =
                lambda
                    .iter()
                    .enumerate()
                    .fold(
                        (usize::MAX, 0.0),
                        |(jb, lb), (j, &l)| if l < lb { (j, l) } else { (jb, lb) },
                    );
            if jmin == usize::MAX || lmin >= -1e-14 * cnorm {
                return;
            }
            active.remove(jmin);
            continue;
        }
        let mut alpha = f64::INFINITY;
        let mut block = None;
        for kk in 0..m {
            if active.contains(&kk) {
                continue;
            }
            let nk = lp.normal(kk);
            let ns = dot(nk, &s);
            if ns < 0.0 {
                let slack = (dot(nk, z) - lp.rhs[kk]).max(0.0);
                let a = slack / -ns;
                if a < alpha {
                    alpha = a;
                    block = Some(kk);
                }
            }
        }
        let sd = &s[..nball];
        let zd = &z[..nball];
        let ss = dot(sd, sd);
        if ss > 0.0 {
            let zs = dot(zd, sd);
            let room = (rho * rho - dot(zd, zd)).max(0.0);
            // The positive root of ‖z + a s‖ = ρ, in the form free of cancellation.
            let disc = (zs * zs + ss * room).sqrt();
            let a_ball = if zs <= 0.0 {
                (disc - zs) / ss
            } else {
                room / (zs + disc)
            };
            if a_ball <= alpha {
                for (zi, si) in z.iter_mut().zip(&s) {
                    *zi += a_ball * si;
                }
                return;
            }
        }
        let Some(kb) = block else {
            return;
        };
        for (zi, si) in z.iter_mut().zip(&s) {
            *zi += alpha * si;
        }
        active.push(kb);
    }
}

/// The trial step of COBYLA: `g` is the objective model's gradient, `a` the constraint
/// models' gradients (row-major, `m × n`), `r0` the constraint values at the pivot
/// (`r0 + a d >= 0` wanted). Writes the step into `d` and returns the largest linearised
/// violation at `d` (Powell's `resnew`).
pub(crate) fn trstlp(g: &[f64], a: &[f64], r0: &[f64], rho: f64, d: &mut [f64]) -> f64 {
    let n = g.len();
    let m = r0.len();
    d.iter_mut().for_each(|v| *v = 0.0);
    let t0 = r0.iter().fold(0.0_f64, |t, r| t.max(-r));
    let mut active: Vec<usize> = Vec::new();
    let mut tstar = 0.0;
    if t0 > 0.0 {
        // Stage 1 over z = (d, t): minimize t subject to r0_k + a_k·d + t >= 0 and t >= 0.
        let dim = n + 1;
        let mut normals = Vec::with_capacity((m + 1) * dim);
        let mut rhs = Vec::with_capacity(m + 1);
        for k in 0..m {
            normals.extend_from_slice(&a[k * n..(k + 1) * n]);
            normals.push(1.0);
            rhs.push(-r0[k]);
        }
        normals.extend(std::iter::repeat_n(0.0, n));
        normals.push(1.0);
        rhs.push(0.0);
        let lp = Lp {
            dim,
            normals: &normals,
            rhs: &rhs,
        };
        let mut z = vec![0.0; dim];
        z[n] = t0;
        // The most violated constraint is active at the start.
        if let Some(kmax) = (0..m).max_by(|&i, &j| (-r0[i]).total_cmp(&-r0[j])) {
            active.push(kmax);
        }
        let mut c = vec![0.0; dim];
        c[n] = 1.0;
        solve_lp(&lp, &c, n, rho, &mut z, &mut active);
        d.copy_from_slice(&z[..n]);
        tstar = z[n].max(0.0);
        // Constraints active in stage 1 (not the `t >= 0` row) start stage 2's active set.
        active.retain(|&k| k < m);
    }
    // Stage 2: minimize g·d keeping every linearised violation at most t* (a little slack
    // for rounding, as the stage-1 level is only known to working precision).
    let level = tstar + 1e-12 * (1.0 + tstar);
    let rhs: Vec<f64> = r0.iter().map(|r| -r - level).collect();
    let lp = Lp {
        dim: n,
        normals: a,
        rhs: &rhs,
    };
    solve_lp(&lp, g, n, rho, d, &mut active);
    (0..m).fold(0.0_f64, |t, k| {
        t.max(-(r0[k] + dot(&a[k * n..(k + 1) * n], d)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unconstrained_step_is_steepest_descent_to_the_boundary() {
        let mut d = [0.0; 2];
        let v = trstlp(&[3.0, 4.0], &[], &[], 0.5, &mut d);
        assert!((d[0] + 0.3).abs() < 1e-14 && (d[1] + 0.4).abs() < 1e-14);
        assert_eq!(v, 0.0);
    }

    #[test]
    fn a_blocking_constraint_is_followed() {
        // Minimize -x subject to 0.1 - x >= 0 (a = [-1, 0], r0 = 0.1) in a ball of radius 1.
        let mut d = [0.0; 2];
        trstlp(&[-1.0, 0.0], &[-1.0, 0.0], &[0.1], 1.0, &mut d);
        // Stage 2 keeps a 1e-12 slack on the violation level (rounding), hence 1e-11.
        assert!((d[0] - 0.1).abs() < 1e-11 && d[1].abs() < 1e-14, "{d:?}");
    }

    #[test]
    fn infeasible_constraints_minimize_the_violation_first() {
        // x >= 2 cannot hold within radius 1: the step goes to x = 1.
        let mut d = [0.0; 2];
        let v = trstlp(&[0.0, 1.0], &[1.0, 0.0], &[-2.0], 1.0, &mut d);
        assert!((d[0] - 1.0).abs() < 1e-12 && (v - 1.0).abs() < 1e-12);
    }
}
