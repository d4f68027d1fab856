//! SLSQP's quadratic subproblem as a constrained least-squares problem (Kraft 1988, §2.2;
//! Lawson & Hanson 1974, ch. 20–23):
//!
//! `min ½ sᵀBs + gᵀs` s.t. `A_eq s + c_eq = 0`, `A_in s + c_in ≥ 0`, `l ≤ s ≤ u`
//!
//! is rewritten with `B = RᵀR` as `min ‖R s − f‖`, `f = −R⁻ᵀg` (LSEI). The equalities are
//! eliminated through a QR factorisation of `A_eqᵀ`, the remaining least-squares problem with
//! inequalities (LSI) becomes a least-distance problem (LDP) through a QR factorisation of the
//! reduced `R`, and the LDP is solved by NNLS on its dual. Each step is `O(n³)` (plus the
//! NNLS iterations) for `n` variables.

use faer::Mat;
use sci_core::ndarray::{Array1, Array2};

use crate::nnls::nnls_core;

/// SLSQP's failure modes of the subproblem (SciPy's exit modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LsqError {
    /// 3: NNLS needed more than its iteration limit.
    NnlsIterations,
    /// 4: the linearized inequality constraints are incompatible.
    Incompatible,
    /// 5: the reduced least-squares matrix is singular.
    SingularE,
    /// 6: the equality-constraint matrix is rank deficient.
    SingularC,
}

impl LsqError {
    pub(super) fn mode(self) -> i32 {
        match self {
            LsqError::NnlsIterations => 3,
            LsqError::Incompatible => 4,
            LsqError::SingularE => 5,
            LsqError::SingularC => 6,
        }
    }
}

/// The subproblem's data; `r` is the upper Cholesky factor of `B` (`n × n`).
pub(super) struct Lsq<'d> {
    pub(super) r: &'d Array2<f64>,
    pub(super) g: &'d [f64],
    /// Constraint Jacobian rows (`m × n`, equalities first).
    pub(super) a: &'d Array2<f64>,
    /// Constraint values at `x`.
    pub(super) c: &'d [f64],
    pub(super) meq: usize,
    /// Bounds on `s` (`±inf`: none).
    pub(super) lo: &'d [f64],
    pub(super) hi: &'d [f64],
}

/// The step and the multipliers of the `m` general constraints.
pub(super) struct LsqSolution {
    pub(super) s: Vec<f64>,
    pub(super) mult: Vec<f64>,
}

/// Solves `Rᵀ y = b` (forward substitution with the upper factor) in place.
fn solve_rt(r: &Array2<f64>, b: &mut [f64]) {
    let n = b.len();
    for i in 0..n {
        let mut v = b[i];
        for k in 0..i {
            v -= r[[k, i]] * b[k];
        }
        b[i] = v / r[[i, i]];
    }
}

/// Solves `U y = b` in place for an upper-triangular faer block.
fn solve_upper(u: faer::MatRef<'_, f64>, b: &mut [f64]) {
    let n = b.len();
    for i in (0..n).rev() {
        let mut v = b[i];
        for k in i + 1..n {
            v -= u[(i, k)] * b[k];
        }
        b[i] = v / u[(i, i)];
    }
}

/// Solves `Uᵀ y = b` in place for an upper-triangular faer block.
fn solve_upper_t(u: faer::MatRef<'_, f64>, b: &mut [f64]) {
    let n = b.len();
    for i in 0..n {
        let mut v = b[i];
        for k in 0..i {
            v -= u[(k, i)] * b[k];
        }
        b[i] = v / u[(i, i)];
    }
}

/// Whether a triangular factor's diagonal is numerically nonsingular.
fn nonsingular(u: faer::MatRef<'_, f64>, k: usize) -> bool {
    let dmax = (0..k).fold(0.0f64, |s, i| s.max(u[(i, i)].abs()));
    (0..k).all(|i| u[(i, i)].abs() > 1e-14 * dmax.max(f64::MIN_POSITIVE) && u[(i, i)].is_finite())
}

/// Solves the subproblem.
pub(super) fn solve(p: &Lsq<'_>) -> Result<LsqSolution, LsqError> {
    let n = p.g.len();
    let m = p.c.len();
    let meq = p.meq;
    if meq > n {
        return Err(LsqError::SingularC);
    }
    // f = −R⁻ᵀ g.
    let mut f: Vec<f64> = p.g.iter().map(|v| -v).collect();
    solve_rt(p.r, &mut f);
    // Inequalities G s ≥ h: general rows, then the bounds on s.
    let mut grows: Vec<(Vec<f64>, f64)> = Vec::with_capacity(m - meq + 2 * n);
    for j in meq..m {
        grows.push((p.a.row(j).to_vec(), -p.c[j]));
    }
    for i in 0..n {
        if p.lo[i].is_finite() {
            let mut e = vec![0.0; n];
            e[i] = 1.0;
            grows.push((e, p.lo[i]));
        }
        if p.hi[i].is_finite() {
            let mut e = vec![0.0; n];
            e[i] = -1.0;
            grows.push((e, -p.hi[i]));
        }
    }
    // Equality elimination: A_eqᵀ = Q [T; 0], s = Q₁ y₁ + Q₂ y₂ with Tᵀ y₁ = −c_eq.
    let (q, y1, tmat) = if meq > 0 {
        let at = Mat::from_fn(n, meq, |i, j| p.a[[j, i]]);
        let qr = at.qr();
        let t = qr.thin_R().to_owned();
        if !nonsingular(t.as_ref(), meq) {
            return Err(LsqError::SingularC);
        }
        let mut y1: Vec<f64> = (0..meq).map(|j| -p.c[j]).collect();
        solve_upper_t(t.as_ref(), &mut y1);
        (qr.compute_Q(), y1, Some(t))
    } else {
        (Mat::<f64>::identity(n, n), Vec::new(), None)
    };
    let nf = n - meq;
    // s₁ = Q₁ y₁ (the particular solution of the equalities).
    let s1: Vec<f64> = (0..n)
        .map(|i| (0..meq).map(|j| q[(i, j)] * y1[j]).sum())
        .collect();
    // Reduced least squares: Ẽ = R Q₂, f̃ = f − R s₁.
    let etil = Mat::from_fn(n, nf, |i, j| {
        (i..n).map(|k| p.r[[i, k]] * q[(k, meq + j)]).sum::<f64>()
    });
    let ftil: Vec<f64> = (0..n)
        .map(|i| f[i] - (i..n).map(|k| p.r[[i, k]] * s1[k]).sum::<f64>())
        .collect();
    // Reduced inequalities: G̃ = G Q₂, h̃ = h − G s₁.
    let mi = grows.len();
    let gtil = Array2::from_shape_fn((mi, nf), |(r, j)| {
        (0..n).map(|k| grows[r].0[k] * q[(k, meq + j)]).sum::<f64>()
    });
    let htil: Vec<f64> = grows
        .iter()
        .map(|(row, h)| h - row.iter().zip(&s1).map(|(a, b)| a * b).sum::<f64>())
        .collect();
    // LSI → LDP: Ẽ = Qₑ Rₑ, z = Rₑ y₂ − f₁ with f₁ = Qₑᵀ f̃.
    let (y2, lam) = if nf > 0 {
        let qr = etil.qr();
        let re = qr.thin_R().to_owned();
        if !nonsingular(re.as_ref(), nf) {
            return Err(LsqError::SingularE);
        }
        let qe = qr.compute_thin_Q();
        let f1: Vec<f64> = (0..nf)
            .map(|j| (0..n).map(|i| qe[(i, j)] * ftil[i]).sum())
            .collect();
        // Ĝ = G̃ Rₑ⁻¹ (row by row: Rₑᵀ ĝ = g̃), ĥ = h̃ − Ĝ f₁.
        let mut ghat = Array2::zeros((mi, nf));
        let mut hhat = vec![0.0; mi];
        let mut row = vec![0.0; nf];
        for r in 0..mi {
            for j in 0..nf {
                row[j] = gtil[[r, j]];
            }
            solve_upper_t(re.as_ref(), &mut row);
            hhat[r] = htil[r] - row.iter().zip(&f1).map(|(a, b)| a * b).sum::<f64>();
            for j in 0..nf {
                ghat[[r, j]] = row[j];
            }
        }
        let (z, lam) = ldp(&ghat, &hhat)?;
        let mut y2: Vec<f64> = z.iter().zip(&f1).map(|(a, b)| a + b).collect();
        solve_upper(re.as_ref(), &mut y2);
        (y2, lam)
    } else {
        // No free variables: the equalities fix s; the inequalities must hold there.
        let (_, lam) = ldp(&Array2::zeros((mi, 0)), &htil)?;
        (Vec::new(), lam)
    };
    let mut s: Vec<f64> = (0..n)
        .map(|i| s1[i] + (0..nf).map(|j| q[(i, meq + j)] * y2[j]).sum::<f64>())
        .collect();
    // Bounds with a positive multiplier are active: put s on them exactly, which the
    // back-substitution above only reaches to within its rounding.
    for (r, (row, h)) in grows.iter().enumerate().skip(m - meq) {
        if lam[r] > 0.0
            && let Some(i) = row.iter().position(|v| *v != 0.0)
        {
            s[i] = if row[i] > 0.0 { *h } else { -*h };
        }
    }
    // Multipliers: λ for the general inequalities from the LDP; μ from
    // A_eqᵀ μ = B s + g − Gᵀ λ through the QR of A_eqᵀ.
    let mut mult = vec![0.0; m];
    mult[meq..m].copy_from_slice(&lam[..m - meq]);
    if let Some(t) = tmat {
        // B s = Rᵀ (R s).
        let rs: Vec<f64> = (0..n)
            .map(|i| (i..n).map(|k| p.r[[i, k]] * s[k]).sum())
            .collect();
        let mut v: Vec<f64> = (0..n)
            .map(|i| (0..=i).map(|k| p.r[[k, i]] * rs[k]).sum::<f64>() + p.g[i])
            .collect();
        for (r, (row, _)) in grows.iter().enumerate() {
            if lam[r] != 0.0 {
                for i in 0..n {
                    v[i] -= row[i] * lam[r];
                }
            }
        }
        let mut mu: Vec<f64> = (0..meq)
            .map(|j| (0..n).map(|i| q[(i, j)] * v[i]).sum())
            .collect();
        solve_upper(t.as_ref(), &mut mu);
        mult[..meq].copy_from_slice(&mu);
    }
    Ok(LsqSolution { s, mult })
}

/// Least distance: `min ½‖z‖²` s.t. `G z ≥ h`, by NNLS on `[Gᵀ; hᵀ] u ≈ e` (Lawson & Hanson
/// 1974, ch. 23); returns `z` and the multipliers of the rows of `G`.
fn ldp(g: &Array2<f64>, h: &[f64]) -> Result<(Vec<f64>, Vec<f64>), LsqError> {
    let (mi, k) = g.dim();
    if mi == 0 {
        return Ok((vec![0.0; k], Vec::new()));
    }
    let mut e = Array2::zeros((k + 1, mi));
    for r in 0..mi {
        for j in 0..k {
            e[[j, r]] = g[[r, j]];
        }
        e[[k, r]] = h[r];
    }
    let mut rhs = Array1::zeros(k + 1);
    rhs[k] = 1.0;
    let (u, _) = nnls_core(e.view(), rhs.view(), 3 * mi.max(1)).ok_or(LsqError::NnlsIterations)?;
    // Residual r = E u − e; its last entry is −(1 − hᵀu).
    let fac = 1.0 - h.iter().zip(&u).map(|(a, b)| a * b).sum::<f64>();
    if fac.is_nan() || (1.0 + fac) - 1.0 <= 0.0 {
        return Err(LsqError::Incompatible);
    }
    let z: Vec<f64> = (0..k)
        .map(|j| (0..mi).map(|r| g[[r, j]] * u[r]).sum::<f64>() / fac)
        .collect();
    let lam: Vec<f64> = u.iter().map(|v| v / fac).collect();
    Ok((z, lam))
}
