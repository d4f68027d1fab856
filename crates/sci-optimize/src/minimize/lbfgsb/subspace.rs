//! Subspace minimization (Byrd, Lu, Nocedal & Zhu 1995, §5.1, direct primal method) with the
//! projection correction of Morales & Nocedal (2011): minimize the quadratic model over the
//! variables free at the Cauchy point, project the minimizer onto the box, and keep the
//! projected point only when it gives a descent direction; otherwise fall back to the
//! original backtracking onto the feasible segment.

use faer::Mat;

use super::memory::Memory;
use super::small::SmallLu;

/// Computes `xbar` (the end of the search direction `xbar − x`) from the Cauchy point.
#[allow(clippy::too_many_arguments)]
pub(super) fn subspace_min(
    x: &[f64],
    g: &[f64],
    lb: &[f64],
    ub: &[f64],
    mem: &Memory,
    xcp: &[f64],
    c: &[f64],
    free: &[bool],
    xbar: &mut [f64],
    dhat: &mut [f64],
) {
    let n = x.len();
    let k = mem.k();
    let k2 = 2 * k;
    let theta = mem.theta;
    xbar.copy_from_slice(xcp);
    if !free.iter().any(|&f| f) {
        return;
    }
    let mut mc = vec![0.0; k2];
    mem.m_times(&c[..k2], &mut mc);
    let mut wi = vec![0.0; k2];
    let mut v = vec![0.0; k2];
    let mut a = vec![0.0; k2 * k2];
    // Reduced gradient r̂ = Zᵀ(g + θ(xcp − x) − W M c), kept in dhat.
    for i in 0..n {
        if !free[i] {
            dhat[i] = 0.0;
            continue;
        }
        let mut r = g[i] + theta * (xcp[i] - x[i]);
        if k2 > 0 {
            mem.w_row(i, &mut wi);
            r -= wi.iter().zip(&mc).map(|(p, q)| p * q).sum::<f64>();
            for p in 0..k2 {
                v[p] += wi[p] * r;
                for q in 0..k2 {
                    a[p * k2 + q] += wi[p] * wi[q];
                }
            }
        }
        dhat[i] = r;
    }
    if k2 > 0 {
        // Sherman–Morrison–Woodbury: u = (I − M WᵀZZᵀW / θ)⁻¹ M Wᵀ Z r̂
        // = (K − WᵀZZᵀW / θ)⁻¹ Wᵀ Z r̂ with K = M⁻¹.
        let kmat = mem.kmat();
        let nmat = Mat::from_fn(k2, k2, |p, q| kmat[(p, q)] - a[p * k2 + q] / theta);
        let mut ucol = vec![0.0; k2];
        let usable = match SmallLu::new(nmat) {
            Some(f) => {
                f.solve(&v, &mut ucol);
                ucol.iter().all(|q| q.is_finite())
            }
            None => false,
        };
        for i in 0..n {
            if free[i] {
                let mut di = -dhat[i] / theta;
                if usable {
                    mem.w_row(i, &mut wi);
                    di -= wi.iter().zip(&ucol).map(|(p, q)| p * q).sum::<f64>() / (theta * theta);
                }
                dhat[i] = di;
            }
        }
    } else {
        for i in 0..n {
            if free[i] {
                dhat[i] = -dhat[i] / theta;
            }
        }
    }
    // Morales–Nocedal: project the subspace minimizer and test for descent.
    let mut ddp = 0.0;
    for i in 0..n {
        if free[i] {
            xbar[i] = (xcp[i] + dhat[i]).max(lb[i]).min(ub[i]);
        }
        ddp += (xbar[i] - x[i]) * g[i];
    }
    if ddp > 0.0 {
        let mut alpha = 1.0f64;
        for i in 0..n {
            if !free[i] {
                continue;
            }
            let di = dhat[i];
            if di < 0.0 && lb[i].is_finite() {
                let room = lb[i] - xcp[i];
                if room >= 0.0 {
                    alpha = 0.0;
                } else if di * alpha < room {
                    alpha = room / di;
                }
            } else if di > 0.0 && ub[i].is_finite() {
                let room = ub[i] - xcp[i];
                if room <= 0.0 {
                    alpha = 0.0;
                } else if di * alpha > room {
                    alpha = room / di;
                }
            }
        }
        for i in 0..n {
            xbar[i] = if free[i] {
                xcp[i] + alpha * dhat[i]
            } else {
                xcp[i]
            };
        }
    }
}
