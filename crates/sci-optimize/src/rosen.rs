//! The Rosenbrock test function and its derivatives (SciPy's `rosen`, `rosen_der`,
//! `rosen_hess`, `rosen_hess_prod`): `f(x) = Σ 100 (x_{i+1} - x_i²)² + (1 - x_i)²`.

use sci_core::ndarray::ArrayViewMut2;

/// The Rosenbrock function; its minimum is 0 at `x = (1, …, 1)`.
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::rosen(&[1.0, 1.0, 1.0]), 0.0);
/// assert_eq!(sci_optimize::rosen(&[0.0, 0.0]), 1.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.rosen.html>
pub fn rosen(x: &[f64]) -> f64 {
    x.windows(2)
        .map(|w| 100.0 * (w[1] - w[0] * w[0]).powi(2) + (1.0 - w[0]).powi(2))
        .sum()
}

/// The gradient of [`rosen`], written into `g` (same length as `x`).
///
/// # Examples
///
/// ```
/// let mut g = [0.0; 2];
/// sci_optimize::rosen_der(&[0.0, 0.0], &mut g);
/// assert_eq!(g, [-2.0, 0.0]);
/// ```
pub fn rosen_der(x: &[f64], g: &mut [f64]) {
    let n = x.len();
    g.iter_mut().for_each(|v| *v = 0.0);
    for i in 0..n.saturating_sub(1) {
        let t = x[i + 1] - x[i] * x[i];
        g[i] += -400.0 * x[i] * t - 2.0 * (1.0 - x[i]);
        g[i + 1] += 200.0 * t;
    }
}

/// The Hessian of [`rosen`], written into the `n × n` view `h`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::Array2;
/// let mut h = Array2::zeros((2, 2));
/// sci_optimize::rosen_hess(&[1.0, 1.0], h.view_mut());
/// assert_eq!(h, sci_core::ndarray::array![[802.0, -400.0], [-400.0, 200.0]]);
/// ```
pub fn rosen_hess(x: &[f64], mut h: ArrayViewMut2<'_, f64>) {
    h.fill(0.0);
    for i in 0..x.len().saturating_sub(1) {
        h[[i, i]] += 1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0;
        h[[i + 1, i + 1]] += 200.0;
        h[[i, i + 1]] = -400.0 * x[i];
        h[[i + 1, i]] = -400.0 * x[i];
    }
}

/// The product of [`rosen`]'s Hessian at `x` with `p`, written into `out`.
///
/// # Examples
///
/// ```
/// let mut hp = [0.0; 2];
/// sci_optimize::rosen_hess_prod(&[1.0, 1.0], &[1.0, 0.0], &mut hp);
/// assert_eq!(hp, [802.0, -400.0]);
/// ```
pub fn rosen_hess_prod(x: &[f64], p: &[f64], out: &mut [f64]) {
    let n = x.len();
    out.iter_mut().for_each(|v| *v = 0.0);
    for i in 0..n.saturating_sub(1) {
        out[i] += (1200.0 * x[i] * x[i] - 400.0 * x[i + 1] + 2.0) * p[i] - 400.0 * x[i] * p[i + 1];
        out[i + 1] += 200.0 * p[i + 1] - 400.0 * x[i] * p[i];
    }
}
