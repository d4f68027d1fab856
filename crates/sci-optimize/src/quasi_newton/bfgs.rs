//! SciPy's `BFGS` Hessian update strategy (Nocedal & Wright, *Numerical Optimization*,
//! §6.1 and, for the damped update, Procedure 18.2).

use sci_core::ndarray::Array2;

use super::{Dense, InitScale};
use crate::vector::dot;
use crate::{ApproxType, HessianUpdateStrategy};

/// What BFGS does when the curvature condition `wᵀz > min_curvature · wᵀMw` fails
/// (SciPy's `exception_strategy`).
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::ExceptionStrategy::default(), sci_optimize::ExceptionStrategy::SkipUpdate);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExceptionStrategy {
    /// `'skip_update'`: keep the matrix (default `min_curvature` 1e-8).
    #[default]
    SkipUpdate,
    /// `'damp_update'`: interpolate between the update and the old matrix (default
    /// `min_curvature` 0.2).
    DampUpdate,
}

/// The BFGS approximation of the Hessian or its inverse (SciPy's `BFGS`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{ApproxType, BFGS, HessianUpdateStrategy};
/// let mut b = BFGS::default();
/// b.initialize(2, ApproxType::Hess);
/// b.update(&[1.0, 0.0], &[2.0, 0.0]);
/// // The secant condition B s = y holds after an update.
/// let mut bs = [0.0; 2];
/// b.dot(&[1.0, 0.0], &mut bs);
/// assert!((bs[0] - 2.0).abs() < 1e-12 && bs[1].abs() < 1e-12);
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.BFGS.html>
/// - J. Nocedal and S. J. Wright, *Numerical Optimization*, 2nd ed., Springer, 2006, §6.1,
///   eq. (6.19)–(6.20), and Procedure 18.2.
#[allow(clippy::upper_case_acronyms)]
#[derive(Debug, Clone)]
pub struct BFGS {
    exception_strategy: ExceptionStrategy,
    min_curvature: f64,
    state: Dense,
}

impl Default for BFGS {
    fn default() -> Self {
        BFGS::new(ExceptionStrategy::SkipUpdate, None, InitScale::Auto)
    }
}

impl BFGS {
    /// A BFGS strategy; `min_curvature = None` takes SciPy's default for the strategy (1e-8
    /// for skipping, 0.2 for damping).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{BFGS, ExceptionStrategy, InitScale};
    /// let b = BFGS::new(ExceptionStrategy::DampUpdate, None, InitScale::Value(2.0));
    /// assert_eq!(b.min_curvature(), 0.2);
    /// ```
    pub fn new(
        exception_strategy: ExceptionStrategy,
        min_curvature: Option<f64>,
        init_scale: InitScale,
    ) -> Self {
        let min_curvature = min_curvature.unwrap_or(match exception_strategy {
            ExceptionStrategy::SkipUpdate => 1e-8,
            ExceptionStrategy::DampUpdate => 0.2,
        });
        BFGS {
            exception_strategy,
            min_curvature,
            state: Dense::new(init_scale),
        }
    }

    /// The curvature threshold in use.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BFGS::default().min_curvature(), 1e-8);
    /// ```
    pub fn min_curvature(&self) -> f64 {
        self.min_curvature
    }
}

impl HessianUpdateStrategy for BFGS {
    fn initialize(&mut self, n: usize, approx_type: ApproxType) {
        self.state.initialize(n, approx_type);
    }

    fn update(&mut self, delta_x: &[f64], delta_grad: &[f64]) {
        if !self.state.begin(delta_x, delta_grad) {
            return;
        }
        let (w, z) = self.state.wz(delta_x, delta_grad);
        let mut z = z.to_vec();
        let n = w.len();
        let mut mw = vec![0.0; n];
        self.state.dot(w, &mut mw);
        let mut wmw = dot(&mw, w);
        if wmw <= 0.0 {
            // Rounding made the matrix indefinite: restart from a scaled identity.
            let scale = self.state.auto_scale(delta_x, delta_grad);
            self.state.m = Array2::eye(n) * scale;
            self.state.dot(w, &mut mw);
            wmw = dot(&mw, w);
        }
        let mut wz = dot(w, &z);
        if wz <= self.min_curvature * wmw {
            match self.exception_strategy {
                ExceptionStrategy::SkipUpdate => return,
                ExceptionStrategy::DampUpdate => {
                    let theta = (1.0 - self.min_curvature) / (1.0 - wz / wmw);
                    for (zi, mi) in z.iter_mut().zip(&mw) {
                        *zi = theta * *zi + (1.0 - theta) * mi;
                    }
                    wz = dot(w, &z);
                }
            }
        }
        match self.state.approx_type {
            // B + z zᵀ / wᵀz - (B w)(B w)ᵀ / wᵀB w.
            ApproxType::Hess => {
                let m = &mut self.state.m;
                for i in 0..n {
                    for j in 0..n {
                        m[[i, j]] += z[i] * z[j] / wz - mw[i] * mw[j] / wmw;
                    }
                }
            }
            // H + (wz + wHw)/wz² · z zᵀ - (H w zᵀ + z (H w)ᵀ) / wz, with w = y, z = s.
            ApproxType::InvHess => {
                self.state.rank2((wz + wmw) / (wz * wz), &z, -1.0 / wz, &mw);
            }
        }
    }

    fn dot(&self, p: &[f64], out: &mut [f64]) {
        self.state.dot(p, out);
    }

    fn get_matrix(&self) -> Array2<f64> {
        self.state.m.clone()
    }
}
