//! `approx_fprime` (forward-difference gradient) and `check_grad` (compares a gradient
//! function with it), as SciPy's helpers of the same names.

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use crate::finite_diff::{self, FdStep, FiniteDiff};

/// The forward-difference gradient of `f` at `xk` with absolute steps `epsilon` (one value
/// for all variables, or one per variable), as SciPy's `approx_fprime`:
/// `g_i = (f(xk + ε_i e_i) - f(xk)) / ε_i` (a step that vanishes in floating point falls
/// back to SciPy's default relative step). Costs `n + 1` evaluations.
///
/// # Examples
///
/// ```
/// let f = |x: &[f64]| x[0] * x[0] + 3.0 * x[1];
/// let g = sci_optimize::approx_fprime(&[1.0, 2.0], f, &[f64::EPSILON.sqrt()]).unwrap();
/// assert!((g[0] - 2.0).abs() < 1e-6 && (g[1] - 3.0).abs() < 1e-6);
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `xk` or `epsilon`; [`Error::ShapeMismatch`] when
/// `epsilon` has neither length 1 nor `n`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.approx_fprime.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer 2006, section 8.1.
pub fn approx_fprime<'x>(
    xk: impl AsArray<'x, f64, Ix1>,
    f: impl Fn(&[f64]) -> f64,
    epsilon: &[f64],
) -> Result<Array1<f64>> {
    let xk = sci_core::view1(xk).to_vec();
    sci_core::check_nonempty("xk", xk.len(), 1)?;
    sci_core::check_nonempty("epsilon", epsilon.len(), 1)?;
    if epsilon.len() != 1 && epsilon.len() != xk.len() {
        return Err(Error::shape_mismatch(
            "approx_fprime: epsilon",
            &[xk.len()],
            &[epsilon.len()],
        ));
    }
    let f0 = f(&xk);
    let mut g = vec![0.0; xk.len()];
    let mut fm = |x: &[f64]| f(x);
    finite_diff::gradient(
        &mut fm,
        &xk,
        f0,
        FiniteDiff::TwoPoint,
        &FdStep::Absolute(epsilon.to_vec()),
        None,
        &mut g,
    );
    Ok(Array1::from(g))
}

/// Along which directions [`check_grad_with`] compares the gradient (SciPy's `direction`).
///
/// # Examples
///
/// ```
/// assert_eq!(sci_optimize::CheckGradDirection::default(), sci_optimize::CheckGradDirection::All);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CheckGradDirection {
    /// Every coordinate direction: `‖∇f - approx_fprime‖₂`.
    #[default]
    All,
    /// One random direction `v ~ N(0, I)`: `|∇fᵀv - (f(x + εv) - f(x)) / ε|`.
    Random,
}

/// Options of [`check_grad_with`] (SciPy's `epsilon`, `direction`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{CheckGradDirection, CheckGradOptions};
/// let o = CheckGradOptions::default().direction(CheckGradDirection::Random);
/// assert_eq!(o.epsilon, f64::EPSILON.sqrt());
/// ```
#[derive(Debug, Clone)]
pub struct CheckGradOptions {
    /// The absolute forward-difference step (default `√ε`).
    pub epsilon: f64,
    /// The directions compared (default all).
    pub direction: CheckGradDirection,
}

impl Default for CheckGradOptions {
    fn default() -> Self {
        CheckGradOptions {
            epsilon: f64::EPSILON.sqrt(),
            direction: CheckGradDirection::All,
        }
    }
}

impl CheckGradOptions {
    /// Sets `epsilon`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::CheckGradOptions::default().epsilon(1e-6).epsilon, 1e-6);
    /// ```
    #[must_use]
    pub fn epsilon(mut self, e: f64) -> Self {
        self.epsilon = e;
        self
    }
    /// Sets `direction`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{CheckGradDirection, CheckGradOptions};
    /// let o = CheckGradOptions::default().direction(CheckGradDirection::Random);
    /// assert_eq!(o.direction, CheckGradDirection::Random);
    /// ```
    #[must_use]
    pub fn direction(mut self, d: CheckGradDirection) -> Self {
        self.direction = d;
        self
    }
}

/// The 2-norm of the difference between `grad(x0)` and the forward-difference gradient of
/// `func` at `x0` (SciPy's `check_grad` with its defaults: all directions, step `√ε`).
///
/// # Examples
///
/// ```
/// use sci_optimize::{check_grad, rosen, rosen_der};
/// let err = check_grad(rosen, rosen_der, &[1.5, -0.5]).unwrap();
/// assert!(err < 1e-4);
/// ```
///
/// # Errors
///
/// As [`check_grad_with`].
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.check_grad.html>
pub fn check_grad<'x>(
    func: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<f64> {
    // The generator is not used for `direction = All`.
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(0);
    check_grad_with(func, grad, x0, &CheckGradOptions::default(), &mut rng)
}

/// [`check_grad`] with SciPy's `epsilon` and `direction`; `rng` draws the random direction
/// (SciPy's `rng`), and is not used for [`CheckGradDirection::All`].
///
/// # Examples
///
/// ```
/// use rand::SeedableRng;
/// use sci_optimize::{check_grad_with, CheckGradDirection, CheckGradOptions, rosen, rosen_der};
/// let mut rng = rand::rngs::StdRng::seed_from_u64(1);
/// let o = CheckGradOptions::default().direction(CheckGradDirection::Random);
/// let err = check_grad_with(rosen, rosen_der, &[1.5, -0.5, 0.3], &o, &mut rng).unwrap();
/// assert!(err < 1e-3);
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`; [`Error::InvalidArgument`] for a non-positive or
/// non-finite `epsilon`.
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.check_grad.html>
pub fn check_grad_with<'x, R: rand::Rng + ?Sized>(
    func: impl Fn(&[f64]) -> f64,
    grad: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
    options: &CheckGradOptions,
    rng: &mut R,
) -> Result<f64> {
    let x0 = sci_core::view1(x0).to_vec();
    sci_core::check_nonempty("x0", x0.len(), 1)?;
    let eps = options.epsilon;
    if !(eps.is_finite() && eps > 0.0) {
        return Err(Error::invalid_argument(
            "epsilon",
            eps,
            "must be positive and finite",
        ));
    }
    let n = x0.len();
    let mut g = vec![0.0; n];
    grad(&x0, &mut g);
    match options.direction {
        CheckGradDirection::All => {
            let approx = approx_fprime(&x0, &func, &[eps])?;
            Ok(g.iter()
                .zip(&approx)
                .map(|(a, b)| (a - b).powi(2))
                .sum::<f64>()
                .sqrt())
        }
        CheckGradDirection::Random => {
            let v: Vec<f64> = (0..n).map(|_| standard_normal(rng)).collect();
            let analytical: f64 = g.iter().zip(&v).map(|(a, b)| a * b).sum();
            // The derivative of w ↦ f(x0 + w v) at w = 0.
            let line = |w: &[f64]| {
                let x: Vec<f64> = x0.iter().zip(&v).map(|(x, d)| x + w[0] * d).collect();
                func(&x)
            };
            let approx = approx_fprime(&[0.0], line, &[eps])?;
            Ok((analytical - approx[0]).abs())
        }
    }
}

/// A standard normal draw (Box–Muller), so that only `rand` is needed.
fn standard_normal<R: rand::Rng + ?Sized>(rng: &mut R) -> f64 {
    use rand::RngExt;
    let u1: f64 = 1.0 - rng.random::<f64>(); // in (0, 1]
    let u2: f64 = rng.random::<f64>();
    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}
