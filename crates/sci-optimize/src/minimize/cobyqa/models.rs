//! COBYQA's quadratic models by underdetermined interpolation: on `npt = 2n + 1` points, the
//! model that interpolates the values and whose Hessian changes least (in the Frobenius
//! norm) from the previous model's — Powell's symmetric Broyden update, the "least Frobenius
//! norm updating" of NEWUOA/BOBYQA and COBYQA. The correction solves the KKT system
//! `[A P; Pᵀ 0] [μ; c; g] = [r; 0]` with `A_ij = ½ (y_iᵀ y_j)²`, `P = [1 y_i]` and the
//! residuals `r` of the previous model; its Hessian is `Σ μ_j y_j y_jᵀ`. Points are offsets
//! from the current best point. Cost: one `O(npt³)` LU factorisation per iteration.

use faer::Mat;
use faer::linalg::solvers::{PartialPivLu, Solve};
use sci_core::ndarray::Array2;

/// A quadratic `c + gᵀ(x - b) + ½ (x - b)ᵀ H (x - b)` around the base `b`.
#[derive(Debug, Clone)]
pub(crate) struct Quadratic {
    pub(crate) c: f64,
    pub(crate) g: Vec<f64>,
    pub(crate) h: Array2<f64>,
}

impl Quadratic {
    pub(crate) fn zero(n: usize) -> Self {
        Quadratic {
            c: 0.0,
            g: vec![0.0; n],
            h: Array2::zeros((n, n)),
        }
    }

    /// The value at the offset `y` from the base.
    pub(crate) fn eval(&self, y: &[f64]) -> f64 {
        let n = y.len();
        let mut v = self.c;
        for i in 0..n {
            v += self.g[i] * y[i];
            let hy: f64 = (0..n).map(|j| self.h[[i, j]] * y[j]).sum();
            v += 0.5 * y[i] * hy;
        }
        v
    }

    /// The gradient at the offset `y` into `out`.
    pub(crate) fn grad(&self, y: &[f64], out: &mut [f64]) {
        for (i, o) in out.iter_mut().enumerate() {
            *o = self.g[i] + (0..y.len()).map(|j| self.h[[i, j]] * y[j]).sum::<f64>();
        }
    }

    /// Moves the base by `shift` (the new base is `b + shift`).
    pub(crate) fn shift(&mut self, shift: &[f64]) {
        self.c = self.eval(shift);
        let mut g = vec![0.0; shift.len()];
        self.grad(shift, &mut g);
        self.g = g;
    }
}

/// The factorised KKT matrix of the interpolation points (offsets `y`, one per row).
pub(crate) struct Interpolation {
    npt: usize,
    n: usize,
    y: Array2<f64>,
    lu: PartialPivLu<f64>,
}

impl Interpolation {
    /// Factors the KKT matrix of the offsets `y` (`npt × n`).
    pub(crate) fn new(y: Array2<f64>) -> Self {
        let (npt, n) = y.dim();
        let size = npt + n + 1;
        let w = Mat::<f64>::from_fn(size, size, |i, j| {
            if i < npt && j < npt {
                let d: f64 = (0..n).map(|k| y[[i, k]] * y[[j, k]]).sum();
                0.5 * d * d
            } else if i < npt {
                if j == npt { 1.0 } else { y[[i, j - npt - 1]] }
            } else if j < npt {
                if i == npt { 1.0 } else { y[[j, i - npt - 1]] }
            } else {
                0.0
            }
        });
        let lu = w.partial_piv_lu();
        Interpolation { npt, n, y, lu }
    }

    /// The least-change correction interpolating the residuals `r` (one per point): a
    /// quadratic around the base (the origin of the offsets).
    pub(crate) fn correction(&self, r: &[f64]) -> Quadratic {
        let size = self.npt + self.n + 1;
        let mut rhs = Mat::<f64>::zeros(size, 1);
        for (j, v) in r.iter().enumerate() {
            rhs[(j, 0)] = *v;
        }
        let sol = self.lu.solve(&rhs);
        let mut q = Quadratic::zero(self.n);
        q.c = sol[(self.npt, 0)];
        for i in 0..self.n {
            q.g[i] = sol[(self.npt + 1 + i, 0)];
        }
        for j in 0..self.npt {
            let mu = sol[(j, 0)];
            if !mu.is_finite() {
                q.c = f64::NAN;
            }
            for a in 0..self.n {
                for b in 0..self.n {
                    q.h[[a, b]] += mu * self.y[[j, a]] * self.y[[j, b]];
                }
            }
        }
        q
    }

    /// The Lagrange function of point `t` (1 there, 0 at the others, least Hessian norm).
    pub(crate) fn lagrange(&self, t: usize) -> Quadratic {
        let mut e = vec![0.0; self.npt];
        e[t] = 1.0;
        self.correction(&e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quadratics_are_reproduced_on_the_initial_stencil() {
        // On x0, x0 ± e_i the least-norm model of a separable quadratic is exact.
        let f = |x: &[f64]| 3.0 + x[0] - 2.0 * x[1] + 0.5 * x[0] * x[0] + 2.0 * x[1] * x[1];
        let pts = [[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]];
        let y = Array2::from_shape_fn((5, 2), |(i, j)| pts[i][j]);
        let it = Interpolation::new(y);
        let r: Vec<f64> = pts.iter().map(|p| f(p)).collect();
        let q = it.correction(&r);
        assert!((q.eval(&[0.3, -0.7]) - f(&[0.3, -0.7])).abs() < 1e-12);
        let l = it.lagrange(2);
        assert!((l.eval(&[0.0, 1.0]) - 1.0).abs() < 1e-12 && l.eval(&[1.0, 0.0]).abs() < 1e-12);
    }
}
