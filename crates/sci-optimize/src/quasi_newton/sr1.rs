//! SciPy's `SR1` Hessian update strategy (Nocedal & Wright, *Numerical Optimization*,
//! §6.2): the symmetric rank-one update, skipped when its denominator is tiny.

use sci_core::ndarray::Array2;

use super::{Dense, InitScale};
use crate::vector::dot;
use crate::{ApproxType, HessianUpdateStrategy};

/// The symmetric-rank-one approximation of the Hessian or its inverse (SciPy's `SR1`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{ApproxType, HessianUpdateStrategy, SR1};
/// let mut b = SR1::default();
/// b.initialize(2, ApproxType::Hess);
/// b.update(&[1.0, 1.0], &[3.0, 1.0]);
/// let mut bs = [0.0; 2];
/// b.dot(&[1.0, 1.0], &mut bs);
/// assert!((bs[0] - 3.0).abs() < 1e-12 && (bs[1] - 1.0).abs() < 1e-12);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.SR1.html>
/// - J. Nocedal and S. J. Wright, *Numerical Optimization*, 2nd ed., Springer, 2006, §6.2,
///   eq. (6.24)–(6.26).
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone)]
pub struct SR1 {
    min_denominator: f64,
    state: Dense,
}

impl Default for SR1 {
    fn default() -> Self {
        SR1::new(1e-8, InitScale::Auto)
    }
}

impl SR1 {
    /// An SR1 strategy: the update is skipped when `|wᵀ(z - M w)| <= min_denominator ·
    /// ‖w‖ ‖z - M w‖` (SciPy's default `min_denominator` is 1e-8).
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_optimize::SR1::new(1e-6, sci_optimize::InitScale::Value(1.0));
    /// # drop(s);
    /// ```
    pub fn new(min_denominator: f64, init_scale: InitScale) -> Self {
        SR1 {
            min_denominator,
            state: Dense::new(init_scale),
        }
    }
}

impl HessianUpdateStrategy for SR1 {
    fn initialize(&mut self, n: usize, approx_type: ApproxType) {
        self.state.initialize(n, approx_type);
    }

    fn update(&mut self, delta_x: &[f64], delta_grad: &[f64]) {
        if !self.state.begin(delta_x, delta_grad) {
            return;
        }
        let (w, z) = self.state.wz(delta_x, delta_grad);
        let n = w.len();
        let mut mw = vec![0.0; n];
        self.state.dot(w, &mut mw);
        let r: Vec<f64> = z.iter().zip(&mw).map(|(a, b)| a - b).collect();
        let denom = dot(w, &r);
        if denom.abs() <= self.min_denominator * dot(w, w).sqrt() * dot(&r, &r).sqrt() {
            return;
        }
        self.state.rank2(1.0 / denom, &r, 0.0, &r);
    }

    fn dot(&self, p: &[f64], out: &mut [f64]) {
        self.state.dot(p, out);
    }

    fn get_matrix(&self) -> Array2<f64> {
        self.state.m.clone()
    }
}
