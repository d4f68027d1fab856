//! The projections of the equality-constrained SQP, from a thin QR factorisation
//! `Aᵀ = Q R` of the (scaled) constraint Jacobian `A` (`m × n`, `m <= n`): the projection
//! onto the null space of `A`, `Z x = x - Q Qᵀ x`; the least-norm solution of `A x = b`,
//! `Y b = Q R⁻ᵀ b`; and the least-squares Lagrange multipliers `v = -R⁻¹ Qᵀ g`, which
//! minimize `‖g + Aᵀ v‖`. Cost: `O(n m²)` to factor, `O(n m)` per projection.
//! (SciPy's `'QRFactorization'` for dense Jacobians.)

use faer::Mat;
use sci_core::ndarray::Array2;

pub(crate) struct Projections {
    n: usize,
    m: usize,
    q: Mat<f64>,
    r: Mat<f64>,
    /// A pivot of `R` below this counts as zero (rank-deficient Jacobians).
    tiny: f64,
    buf: Vec<f64>,
}

impl Projections {
    /// Factors `Aᵀ` for the `m × n` Jacobian `a`.
    pub(crate) fn new(a: &Array2<f64>) -> Self {
        let (m, n) = a.dim();
        if m == 0 {
            return Projections {
                n,
                m,
                q: Mat::zeros(n, 0),
                r: Mat::zeros(0, 0),
                tiny: 0.0,
                buf: Vec::new(),
            };
        }
        let at = Mat::<f64>::from_fn(n, m, |i, j| a[[j, i]]);
        let qr = at.qr();
        let q = qr.compute_thin_Q();
        let r = qr.thin_R().to_owned();
        let rmax = (0..m.min(n)).map(|j| r[(j, j)].abs()).fold(0.0, f64::max);
        Projections {
            n,
            m,
            q,
            r,
            tiny: rmax * 1e-12,
            buf: vec![0.0; m],
        }
    }

    /// `Qᵀ x` into the scratch buffer.
    fn qt(&mut self, x: &[f64]) {
        let k = self.m.min(self.n);
        for j in 0..k {
            self.buf[j] = (0..self.n).map(|i| self.q[(i, j)] * x[i]).sum();
        }
    }

    /// `out = Z x`, the component of `x` in the null space of `A`.
    pub(crate) fn null(&mut self, x: &[f64], out: &mut [f64]) {
        out.copy_from_slice(x);
        if self.m == 0 {
            return;
        }
        self.qt(x);
        let k = self.m.min(self.n);
        for i in 0..self.n {
            out[i] -= (0..k).map(|j| self.q[(i, j)] * self.buf[j]).sum::<f64>();
        }
    }

    /// `out = Y b`, the least-norm solution of `A x = b`.
    pub(crate) fn least_norm(&mut self, b: &[f64], out: &mut [f64]) {
        out.iter_mut().for_each(|v| *v = 0.0);
        if self.m == 0 {
            return;
        }
        let k = self.m.min(self.n);
        // Forward substitution with Rᵀ (lower triangular): Rᵀ w = b.
        let mut w = vec![0.0; k];
        for j in 0..k {
            let mut v = b[j];
            for l in 0..j {
                v -= self.r[(l, j)] * w[l];
            }
            let d = self.r[(j, j)];
            w[j] = if d.abs() > self.tiny { v / d } else { 0.0 };
        }
        for i in 0..self.n {
            out[i] = (0..k).map(|j| self.q[(i, j)] * w[j]).sum();
        }
    }

    /// The least-squares multipliers `v = argmin ‖g + Aᵀ v‖` into `v`.
    pub(crate) fn multipliers(&mut self, g: &[f64], v: &mut [f64]) {
        v.iter_mut().for_each(|x| *x = 0.0);
        if self.m == 0 {
            return;
        }
        self.qt(g);
        let k = self.m.min(self.n);
        // Back substitution: R v = -Qᵀ g.
        for j in (0..k).rev() {
            let mut s = -self.buf[j];
            for l in j + 1..k {
                s -= self.r[(j, l)] * v[l];
            }
            let d = self.r[(j, j)];
            v[j] = if d.abs() > self.tiny { s / d } else { 0.0 };
        }
    }
}
