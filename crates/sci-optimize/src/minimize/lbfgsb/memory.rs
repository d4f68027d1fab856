//! The compact limited-memory BFGS matrix of L-BFGS-B (Byrd, Nocedal & Schnabel 1994):
//! `B = θ I − W M Wᵀ` with `W = [Y, θ S]` and
//! `M = [[−D, Lᵀ], [L, θ SᵀS]]⁻¹`, where `D = diag(sᵢᵀyᵢ)` and `L` is the strictly lower
//! triangle of `SᵀY`. `SᵀS` and `SᵀY` are updated incrementally (`O(m n)` per pair) and the
//! `2k × 2k` middle matrix is inverted once per iteration (`O(m³)`, `m ≤` a few tens).

use faer::Mat;

use super::small::SmallLu;

/// The stored correction pairs and the middle matrix.
pub(super) struct Memory {
    /// Maximum number of pairs (`maxcor`).
    pub(super) m: usize,
    /// Corrections `sᵢ = x_{i+1} − xᵢ`, oldest first.
    pub(super) s: Vec<Vec<f64>>,
    /// Gradient changes `yᵢ`, oldest first.
    pub(super) y: Vec<Vec<f64>>,
    /// `SᵀS`, `m × m` row-major (the top-left `k × k` block in use).
    ss: Vec<f64>,
    /// `SᵀY`, `m × m` row-major.
    sy: Vec<f64>,
    /// The scaling `θ = yᵀy / sᵀy` of the newest pair (1 without pairs).
    pub(super) theta: f64,
    /// The LU factors of `K = M⁻¹`; products with `M` are solves with `K`.
    kfac: Option<SmallLu>,
    /// BFGS updates made since the start (SciPy's count behind `hess_inv`).
    pub(super) updates: usize,
}

impl Memory {
    pub(super) fn new(m: usize) -> Self {
        Memory {
            m,
            s: Vec::with_capacity(m),
            y: Vec::with_capacity(m),
            ss: vec![0.0; m * m],
            sy: vec![0.0; m * m],
            theta: 1.0,
            kfac: None,
            updates: 0,
        }
    }

    /// The number of pairs in use.
    pub(super) fn k(&self) -> usize {
        self.s.len()
    }

    /// Forgets all pairs (the restart after a failed line search).
    pub(super) fn reset(&mut self) {
        self.s.clear();
        self.y.clear();
        self.theta = 1.0;
        self.kfac = None;
    }

    /// Adds a pair, dropping the oldest when full, and updates `θ`, `SᵀS`, `SᵀY`.
    pub(super) fn push(&mut self, s: &[f64], y: &[f64], sty: f64, yty: f64) {
        let m = self.m;
        if self.s.len() == m {
            self.s.remove(0);
            self.y.remove(0);
            for i in 0..m - 1 {
                for j in 0..m - 1 {
                    self.ss[i * m + j] = self.ss[(i + 1) * m + j + 1];
                    self.sy[i * m + j] = self.sy[(i + 1) * m + j + 1];
                }
            }
        }
        self.s.push(s.to_vec());
        self.y.push(y.to_vec());
        let k = self.s.len();
        let last = k - 1;
        for j in 0..k {
            let ssj = dot(s, &self.s[j]);
            self.ss[last * m + j] = ssj;
            self.ss[j * m + last] = ssj;
            self.sy[last * m + j] = dot(s, &self.y[j]);
            self.sy[j * m + last] = dot(&self.s[j], y);
        }
        self.sy[last * m + last] = sty;
        self.theta = yty / sty;
        self.updates += 1;
    }

    /// The matrix `K = M⁻¹ = [[−D, Lᵀ], [L, θ SᵀS]]` (`2k × 2k`).
    pub(super) fn kmat(&self) -> Mat<f64> {
        let k = self.k();
        let m = self.m;
        let th = self.theta;
        Mat::from_fn(2 * k, 2 * k, |i, j| match (i < k, j < k) {
            (true, true) => {
                if i == j {
                    -self.sy[i * m + i]
                } else {
                    0.0
                }
            }
            // Lᵀ: (i, j) = L[j][i] = sⱼᵀyᵢ for j > i.
            (true, false) => {
                let jj = j - k;
                if jj > i { self.sy[jj * m + i] } else { 0.0 }
            }
            (false, true) => {
                let ii = i - k;
                if ii > j { self.sy[ii * m + j] } else { 0.0 }
            }
            (false, false) => th * self.ss[(i - k) * m + (j - k)],
        })
    }

    /// Factors the middle matrix's inverse `K`; `false` when it is singular.
    pub(super) fn form_middle(&mut self) -> bool {
        if self.k() == 0 {
            self.kfac = None;
            return true;
        }
        self.kfac = SmallLu::new(self.kmat());
        self.kfac.is_some()
    }

    /// Row `i` of `W = [Y, θ S]` into `out` (length `2k`).
    pub(super) fn w_row(&self, i: usize, out: &mut [f64]) {
        let k = self.k();
        for j in 0..k {
            out[j] = self.y[j][i];
            out[k + j] = self.theta * self.s[j][i];
        }
    }

    /// `Wᵀ v` into `out` (length `2k`).
    pub(super) fn wt_times(&self, v: &[f64], out: &mut [f64]) {
        let k = self.k();
        for j in 0..k {
            out[j] = dot(&self.y[j], v);
            out[k + j] = self.theta * dot(&self.s[j], v);
        }
    }

    /// `M v` into `out` (length `2k`), a solve with `K`.
    pub(super) fn m_times(&self, v: &[f64], out: &mut [f64]) {
        match &self.kfac {
            Some(f) => f.solve(v, out),
            None => out.iter_mut().for_each(|o| *o = 0.0),
        }
    }
}

/// The dot product.
pub(super) fn dot(a: &[f64], b: &[f64]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
