//! The CG–Steihaug subproblem solver of `trust-ncg` (Steihaug 1983; Nocedal & Wright,
//! Algorithm 7.2): conjugate gradients on `H p = -g` from `p = 0`, stopped at the forcing
//! residual `min(½, √‖g‖)‖g‖`, at the trust-region boundary, or at a direction of
//! non-positive curvature (then the better of the two boundary points along it). Only
//! Hessian-vector products are needed; O(n) work per CG iteration besides the product.

use super::{ModelRef, boundaries};
use crate::vector::{dot, norm2};

/// Solves the subproblem: the step and whether it lies on the boundary.
pub(super) fn solve(m: &mut ModelRef<'_, '_>, radius: f64) -> (Vec<f64>, bool) {
    let n = m.g.len();
    let g = m.g;
    let tolerance = 0.5f64.min(m.gnorm.sqrt()) * m.gnorm;
    let mut z = vec![0.0; n];
    if m.gnorm < tolerance {
        return (z, false);
    }
    let mut r = g.to_vec();
    let mut d: Vec<f64> = g.iter().map(|v| -v).collect();
    let (mut bd, mut work, mut z_next) = (vec![0.0; n], vec![0.0; n], vec![0.0; n]);
    // CG converges in at most n steps in exact arithmetic; the bound only guards rounding.
    for _ in 0..(20 * n + 20) {
        m.hessp(&d, &mut bd);
        let d_bd = dot(&d, &bd);
        if d_bd <= 0.0 || d_bd.is_nan() {
            // Non-positive curvature: go to the boundary, to the better end.
            let (ta, tb) = boundaries(&z, &d, radius);
            let pa: Vec<f64> = z.iter().zip(&d).map(|(z, d)| z + ta * d).collect();
            let pb: Vec<f64> = z.iter().zip(&d).map(|(z, d)| z + tb * d).collect();
            let (ma, mb) = (m.model(&pa, &mut work), m.model(&pb, &mut work));
            return (if ma < mb { pa } else { pb }, true);
        }
        let r_sq = dot(&r, &r);
        let alpha = r_sq / d_bd;
        for i in 0..n {
            z_next[i] = z[i] + alpha * d[i];
        }
        if norm2(&z_next) >= radius {
            let (_, tb) = boundaries(&z, &d, radius);
            return (z.iter().zip(&d).map(|(z, d)| z + tb * d).collect(), true);
        }
        for i in 0..n {
            r[i] += alpha * bd[i];
        }
        let r_next_sq = dot(&r, &r);
        if r_next_sq.sqrt() < tolerance {
            return (z_next, false);
        }
        let beta = r_next_sq / r_sq;
        for i in 0..n {
            d[i] = -r[i] + beta * d[i];
        }
        std::mem::swap(&mut z, &mut z_next);
    }
    (z, false)
}
