//! The GLTR subproblem solver of `trust-krylov` (Gould, Lucidi, Roma & Toint 1999): the
//! Lanczos process builds an orthonormal basis `Q_k` of the Krylov space of `H` and `g`
//! and the tridiagonal `T_k = Q_kᵀ H Q_k`; the subproblem restricted to that space,
//! `min ‖g‖ e₁ᵀh + ½ hᵀT_k h` subject to `‖h‖ ≤ Δ`, is solved exactly by Moré–Sorensen's
//! Newton iteration on `λ` with O(k) tridiagonal factorizations (a Sturm-sequence bisection
//! gives the smallest eigenvalue of `T_k`, hence the safe interval of `λ`, and the hard case
//! is completed along its eigenvector). The residual of the full problem is
//! `β_{k+1} |e_kᵀh|`, which decides when the space is large enough. The basis is stored and
//! re-orthogonalized (O(nk) memory and work per iteration), one Hessian-vector product per
//! iteration.

use super::{ModelRef, boundaries};
use crate::vector::{dot, norm2};

/// `T + λI = L D Lᵀ` for the tridiagonal `T` (diagonal `a`, off-diagonal `b`): the pivots
/// `d` and the sub-diagonal `l` of the unit lower bidiagonal `L`, or `None` when a pivot is
/// not positive.
fn ldl(a: &[f64], b: &[f64], lam: f64, d: &mut Vec<f64>, l: &mut Vec<f64>) -> bool {
    d.clear();
    l.clear();
    for i in 0..a.len() {
        let di = if i == 0 {
            a[0] + lam
        } else {
            let li = b[i - 1] / d[i - 1];
            l.push(li);
            a[i] + lam - li * b[i - 1]
        };
        if di <= 0.0 || !di.is_finite() {
            return false;
        }
        d.push(di);
    }
    true
}

/// Solves `L D Lᵀ x = r` in place.
fn ldl_solve(d: &[f64], l: &[f64], r: &mut [f64]) {
    let k = d.len();
    for i in 1..k {
        r[i] -= l[i - 1] * r[i - 1];
    }
    for i in 0..k {
        r[i] /= d[i];
    }
    for i in (0..k.saturating_sub(1)).rev() {
        r[i] -= l[i] * r[i + 1];
    }
}

/// The number of eigenvalues of the tridiagonal matrix below `x` (Sturm count).
fn count_below(a: &[f64], b: &[f64], x: f64) -> usize {
    let mut count = 0;
    let mut q = 1.0;
    for i in 0..a.len() {
        let off = if i == 0 { 0.0 } else { b[i - 1] * b[i - 1] / q };
        q = a[i] - x - off;
        if q == 0.0 {
            q = -f64::EPSILON * (a[i].abs() + x.abs() + 1e-300);
        }
        if q < 0.0 {
            count += 1;
        }
    }
    count
}

/// The smallest eigenvalue of the tridiagonal matrix, by bisection in its Gershgorin
/// interval.
fn smallest_eigenvalue(a: &[f64], b: &[f64]) -> f64 {
    let k = a.len();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for i in 0..k {
        let r = if i > 0 { b[i - 1].abs() } else { 0.0 } + if i + 1 < k { b[i].abs() } else { 0.0 };
        lo = lo.min(a[i] - r);
        hi = hi.max(a[i] + r);
    }
    for _ in 0..200 {
        let mid = 0.5 * (lo + hi);
        if mid <= lo || mid >= hi {
            break;
        }
        if count_below(a, b, mid) >= 1 {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    lo
}

/// Solves `min γ e₁ᵀh + ½ hᵀTh` subject to `‖h‖ ≤ Δ` for the tridiagonal `T`; returns `h`
/// and the multiplier `λ` (0 inside the region).
fn tridiagonal_trs(a: &[f64], b: &[f64], gamma: f64, radius: f64) -> (Vec<f64>, f64) {
    let k = a.len();
    let (mut d, mut l) = (Vec::with_capacity(k), Vec::with_capacity(k));
    let rhs = |h: &mut Vec<f64>| {
        h.clear();
        h.resize(k, 0.0);
        h[0] = -gamma;
    };
    let mut h = Vec::with_capacity(k);
    let theta = smallest_eigenvalue(a, b);
    if theta > 0.0 && ldl(a, b, 0.0, &mut d, &mut l) {
        rhs(&mut h);
        ldl_solve(&d, &l, &mut h);
        if norm2(&h) <= radius {
            return (h, 0.0);
        }
    }
    let mut lam_lo = (-theta).max(0.0);
    let mut lam_hi = (gamma / radius - theta).max(lam_lo);
    // Just above the singular shift: if the step is already short there, this is the hard
    // case, completed along the eigenvector of θ.
    let tiny = 1e-12 * theta.abs().max(1.0);
    if theta <= 0.0 {
        let lam = lam_lo + tiny;
        if ldl(a, b, lam, &mut d, &mut l) {
            rhs(&mut h);
            ldl_solve(&d, &l, &mut h);
            if norm2(&h) <= radius {
                let mut z = vec![1.0; k];
                for _ in 0..3 {
                    ldl_solve(&d, &l, &mut z);
                    let zn = norm2(&z);
                    if zn <= 0.0 || !zn.is_finite() {
                        break;
                    }
                    z.iter_mut().for_each(|v| *v /= zn);
                }
                if z.iter().all(|v| v.is_finite()) && norm2(&z) > 0.0 {
                    let (ta, tb) = boundaries(&h, &z, radius);
                    let t = if ta.abs() <= tb.abs() { ta } else { tb };
                    for (hi, zi) in h.iter_mut().zip(&z) {
                        *hi += t * zi;
                    }
                }
                return (h, lam);
            }
        }
    }
    let mut lam = if theta > 0.0 { 0.0 } else { lam_lo + tiny };
    let mut y = Vec::with_capacity(k);
    for _ in 0..100 {
        if !ldl(a, b, lam, &mut d, &mut l) {
            lam_lo = lam;
            lam = if lam_hi > lam_lo {
                0.5 * (lam_lo + lam_hi)
            } else {
                lam_lo + tiny.max(lam_lo * 1e-12)
            };
            continue;
        }
        rhs(&mut h);
        ldl_solve(&d, &l, &mut h);
        let hn = norm2(&h);
        if (hn - radius).abs() <= 1e-12 * radius {
            break;
        }
        if hn > radius {
            lam_lo = lam;
        } else {
            lam_hi = lam;
        }
        // ‖w‖² = hᵀ(T + λI)⁻¹h = Σ (L⁻¹h)ᵢ² / dᵢ.
        y.clear();
        y.extend_from_slice(&h);
        for i in 1..k {
            y[i] -= l[i - 1] * y[i - 1];
        }
        let ww: f64 = y.iter().zip(&d).map(|(v, di)| v * v / di).sum();
        let mut lam_new = lam + (hn * hn / ww) * (hn - radius) / radius;
        if !(lam_new > lam_lo && lam_new < lam_hi) {
            lam_new = 0.5 * (lam_lo + lam_hi);
        }
        if lam_hi - lam_lo <= 4.0 * f64::EPSILON * lam_hi.abs() {
            break;
        }
        lam = lam_new;
    }
    (h, lam)
}

/// Solves the subproblem: the step and whether it lies on the boundary.
pub(super) fn solve(m: &mut ModelRef<'_, '_>, radius: f64, inexact: bool) -> (Vec<f64>, bool) {
    let n = m.g.len();
    let gnorm = m.gnorm;
    // SciPy's forcing sequences (trlib's tol_rel_i = -2, tol_rel_b = -3) when inexact.
    let (tol_i, tol_b) = if inexact {
        (0.5f64.min(gnorm) * gnorm, 0.5f64.min(gnorm.sqrt()) * gnorm)
    } else {
        (1e-8 * gnorm, 1e-6 * gnorm)
    };
    let mut basis: Vec<Vec<f64>> = Vec::new();
    let (mut alpha, mut beta) = (Vec::new(), Vec::new());
    let mut v: Vec<f64> = m.g.iter().map(|x| x / gnorm).collect();
    let mut w = vec![0.0; n];
    let mut h = Vec::new();
    let mut lam = 0.0;
    for j in 0..n {
        m.hessp(&v, &mut w);
        let a = dot(&v, &w);
        for i in 0..n {
            w[i] -= a * v[i];
        }
        if let (Some(prev), Some(&b)) = (basis.last(), beta.last()) {
            let prev: &Vec<f64> = prev;
            for i in 0..n {
                w[i] -= b * prev[i];
            }
        }
        basis.push(std::mem::take(&mut v));
        // Full re-orthogonalization keeps T_k faithful in floating point.
        for q in &basis {
            let c = dot(q, &w);
            for i in 0..n {
                w[i] -= c * q[i];
            }
        }
        let b = norm2(&w);
        alpha.push(a);
        let (hj, lj) = tridiagonal_trs(&alpha, &beta, gnorm, radius);
        h = hj;
        lam = lj;
        let residual = b * h[j].abs();
        let tol = if lam == 0.0 { tol_i } else { tol_b };
        let scale = a.abs() + beta.last().copied().unwrap_or(0.0);
        if residual <= tol || b <= f64::EPSILON * scale || !b.is_finite() || j + 1 == n {
            break;
        }
        beta.push(b);
        v = w.iter().map(|x| x / b).collect();
    }
    let mut p = vec![0.0; n];
    for (q, &hi) in basis.iter().zip(&h) {
        for i in 0..n {
            p[i] += hi * q[i];
        }
    }
    (p, lam > 0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tridiagonal_subproblem_interior_and_boundary() {
        // T = diag(2, 4): interior solution -γ/2 e1 when it fits.
        let (h, lam) = tridiagonal_trs(&[2.0, 4.0], &[0.0], 1.0, 10.0);
        assert!(lam == 0.0 && (h[0] + 0.5).abs() < 1e-14);
        let (h, lam) = tridiagonal_trs(&[2.0, 4.0], &[0.0], 10.0, 1.0);
        assert!((norm2(&h) - 1.0).abs() < 1e-10 && (lam - 8.0).abs() < 1e-8);
        // Indefinite: T = diag(-1, 3) with γ e1: boundary, λ > 1.
        let (h, lam) = tridiagonal_trs(&[-1.0, 3.0], &[0.5], 1.0, 2.0);
        assert!((norm2(&h) - 2.0).abs() < 1e-10 && lam > 1.0);
        assert!((smallest_eigenvalue(&[2.0, 2.0], &[1.0]) - 1.0).abs() < 1e-12);
    }
}
