//! Quasi-Newton approximations of the Hessian (or its inverse) for
//! [`HessianUpdateStrategy`](crate::HessianUpdateStrategy): SciPy's `BFGS` and `SR1`.
//! Both keep a dense symmetric `n × n` matrix (`O(n²)` memory and work per update and
//! product) that starts as the identity, scaled at the first update as SciPy's
//! `init_scale` says.

mod bfgs;
mod sr1;

pub use bfgs::{BFGS, ExceptionStrategy};
pub use sr1::SR1;

use sci_core::ndarray::Array2;

use crate::ApproxType;
use crate::vector::dot;

/// The initial matrix `scale · I` of a quasi-Newton approximation (SciPy's `init_scale`).
///
/// # Examples
///
/// ```
/// use sci_optimize::InitScale;
/// assert_eq!(InitScale::default(), InitScale::Auto);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub enum InitScale {
    /// `'auto'`: at the first update, `yᵀy / |yᵀs|` for the Hessian, `|yᵀs| / yᵀy` for its
    /// inverse (Nocedal & Wright, eq. 6.20).
    #[default]
    Auto,
    /// A fixed scale.
    Value(f64),
}

/// The state shared by [`BFGS`] and [`SR1`].
#[derive(Debug, Clone)]
pub(crate) struct Dense {
    pub(crate) approx_type: ApproxType,
    pub(crate) m: Array2<f64>,
    first_iteration: bool,
    init_scale: InitScale,
}

impl Dense {
    pub(crate) fn new(init_scale: InitScale) -> Self {
        Dense {
            approx_type: ApproxType::Hess,
            m: Array2::zeros((0, 0)),
            first_iteration: true,
            init_scale,
        }
    }

    pub(crate) fn initialize(&mut self, n: usize, approx_type: ApproxType) {
        self.approx_type = approx_type;
        self.m = Array2::eye(n);
        self.first_iteration = true;
    }

    /// The `'auto'` scale for the step `s` and gradient change `y`.
    pub(crate) fn auto_scale(&self, s: &[f64], y: &[f64]) -> f64 {
        let ss = dot(s, s);
        let yy = dot(y, y);
        let ys = dot(y, s).abs();
        if ys == 0.0 || yy == 0.0 || ss == 0.0 {
            return 1.0;
        }
        match self.approx_type {
            ApproxType::Hess => yy / ys,
            ApproxType::InvHess => ys / yy,
        }
    }

    /// The checks and scaling every update starts with; `false` skips the update (a zero
    /// step or a zero gradient change, as SciPy skips them).
    pub(crate) fn begin(&mut self, s: &[f64], y: &[f64]) -> bool {
        if s.iter().all(|v| *v == 0.0) || y.iter().all(|v| *v == 0.0) {
            return false;
        }
        if self.first_iteration {
            let scale = match self.init_scale {
                InitScale::Auto => self.auto_scale(s, y),
                InitScale::Value(v) => v,
            };
            self.m *= scale;
            self.first_iteration = false;
        }
        true
    }

    /// `(w, z)`: `(s, y)` for the Hessian, `(y, s)` for its inverse.
    pub(crate) fn wz<'v>(&self, s: &'v [f64], y: &'v [f64]) -> (&'v [f64], &'v [f64]) {
        match self.approx_type {
            ApproxType::Hess => (s, y),
            ApproxType::InvHess => (y, s),
        }
    }

    pub(crate) fn dot(&self, p: &[f64], out: &mut [f64]) {
        for (o, row) in out.iter_mut().zip(self.m.rows()) {
            *o = row.iter().zip(p).map(|(a, b)| a * b).sum();
        }
    }

    /// `M += a u uᵀ + b (u vᵀ + v uᵀ)`.
    pub(crate) fn rank2(&mut self, a: f64, u: &[f64], b: f64, v: &[f64]) {
        let n = u.len();
        for i in 0..n {
            for j in 0..n {
                self.m[[i, j]] += a * u[i] * u[j] + b * (u[i] * v[j] + v[i] * u[j]);
            }
        }
    }
}
