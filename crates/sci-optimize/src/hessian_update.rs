//! The interface of quasi-Newton Hessian approximations: SciPy's `HessianUpdateStrategy`.
//! The strategies themselves ([`BFGS`](crate::BFGS), [`SR1`](crate::SR1)) live in their own
//! files.

use sci_core::ndarray::Array2;

/// Whether a strategy approximates the Hessian or its inverse (SciPy's `approx_type`).
///
/// # Examples
///
/// ```
/// assert_ne!(sci_optimize::ApproxType::Hess, sci_optimize::ApproxType::InvHess);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ApproxType {
    /// The Hessian `B ≈ ∇²f`.
    #[default]
    Hess,
    /// Its inverse `H ≈ (∇²f)⁻¹`.
    InvHess,
}

/// A quasi-Newton approximation of the Hessian (or its inverse), updated from steps and
/// gradient changes: SciPy's `HessianUpdateStrategy` interface.
pub trait HessianUpdateStrategy {
    /// Starts an approximation of `n` variables of the given kind.
    fn initialize(&mut self, n: usize, approx_type: ApproxType);

    /// Updates from the step `delta_x = x_{k+1} - x_k` and `delta_grad = ∇f_{k+1} - ∇f_k`.
    fn update(&mut self, delta_x: &[f64], delta_grad: &[f64]);

    /// The product of the approximation with `p`, into `out`.
    fn dot(&self, p: &[f64], out: &mut [f64]);

    /// The approximation as a dense matrix.
    fn get_matrix(&self) -> Array2<f64>;
}
