//! How a minimizer obtains the objective's derivatives ([`Gradient`], [`Hessian`]) and the
//! evaluation wrapper the methods share ([`ScalarFunction`]): it counts evaluations as SciPy
//! reports them (`nfev` includes finite-difference evaluations) and, as SciPy's
//! `ScalarFunction`, re-uses the last value and gradient when asked again at the same point.

use std::fmt;

use sci_core::ndarray::{Array2, ArrayViewMut2};

use crate::finite_diff::{self, FdStep, FiniteDiff};
use crate::{Bounds, HessianUpdateStrategy};

/// A user gradient: writes `∇f(x)` into the slice.
pub type GradientFn<'a> = Box<dyn Fn(&[f64], &mut [f64]) + 'a>;

/// A user function returning `f(x)` and writing `∇f(x)` (SciPy's `jac=True`).
pub type ValueAndGradientFn<'a> = Box<dyn Fn(&[f64], &mut [f64]) -> f64 + 'a>;

/// A user Hessian: writes `∇²f(x)` into the `n × n` view.
pub type HessianFn<'a> = Box<dyn Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a>;

/// A user Hessian-vector product: given `x` and `p`, writes `∇²f(x) p` (SciPy's `hessp`).
pub type HessProductFn<'a> = Box<dyn Fn(&[f64], &[f64], &mut [f64]) + 'a>;

/// How the gradient is obtained (SciPy's `jac`). Default: 2-point finite differences.
///
/// # Examples
///
/// ```
/// use sci_optimize::{FiniteDiff, Gradient};
/// assert!(matches!(Gradient::default(), Gradient::FiniteDiff(FiniteDiff::TwoPoint)));
/// let g = Gradient::provided(|x: &[f64], g: &mut [f64]| g[0] = 2.0 * x[0]);
/// assert!(matches!(g, Gradient::Provided(_)));
/// ```
pub enum Gradient<'a> {
    /// Finite differences of the objective.
    FiniteDiff(FiniteDiff),
    /// A user function for the gradient.
    Provided(GradientFn<'a>),
    /// The objective returns its value and writes its gradient (SciPy's `jac=True`).
    WithValue(ValueAndGradientFn<'a>),
}

impl Default for Gradient<'_> {
    fn default() -> Self {
        Gradient::FiniteDiff(FiniteDiff::TwoPoint)
    }
}

impl<'a> Gradient<'a> {
    /// Wraps a user gradient.
    ///
    /// # Examples
    ///
    /// ```
    /// let g = sci_optimize::Gradient::provided(sci_optimize::rosen_der);
    /// # drop(g);
    /// ```
    pub fn provided(g: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        Gradient::Provided(Box::new(g))
    }

    /// Whether the gradient is computed by finite differences.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::Gradient::default().is_finite_diff());
    /// ```
    pub fn is_finite_diff(&self) -> bool {
        matches!(self, Gradient::FiniteDiff(_))
    }
}

impl fmt::Debug for Gradient<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Gradient::FiniteDiff(s) => write!(f, "Gradient::FiniteDiff({s:?})"),
            Gradient::Provided(_) => f.write_str("Gradient::Provided(..)"),
            Gradient::WithValue(_) => f.write_str("Gradient::WithValue(..)"),
        }
    }
}

/// How the Hessian is obtained (SciPy's `hess`). Default: none given.
///
/// # Examples
///
/// ```
/// use sci_optimize::Hessian;
/// assert!(matches!(Hessian::default(), Hessian::None));
/// ```
#[derive(Default)]
pub enum Hessian<'a> {
    /// No Hessian (methods that need one use `hessp` or fail with an error, as SciPy).
    #[default]
    None,
    /// A user function for the Hessian.
    Provided(HessianFn<'a>),
    /// Finite differences of the gradient.
    FiniteDiff(FiniteDiff),
    /// A quasi-Newton approximation ([`BFGS`](crate::BFGS), [`SR1`](crate::SR1)).
    QuasiNewton(Box<dyn HessianUpdateStrategy + 'a>),
}

impl<'a> Hessian<'a> {
    /// Wraps a user Hessian.
    ///
    /// # Examples
    ///
    /// ```
    /// let h = sci_optimize::Hessian::provided(sci_optimize::rosen_hess);
    /// # drop(h);
    /// ```
    pub fn provided(h: impl Fn(&[f64], ArrayViewMut2<'_, f64>) + 'a) -> Self {
        Hessian::Provided(Box::new(h))
    }
}

impl fmt::Debug for Hessian<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Hessian::None => f.write_str("Hessian::None"),
            Hessian::Provided(_) => f.write_str("Hessian::Provided(..)"),
            Hessian::FiniteDiff(s) => write!(f, "Hessian::FiniteDiff({s:?})"),
            Hessian::QuasiNewton(_) => f.write_str("Hessian::QuasiNewton(..)"),
        }
    }
}

/// The objective with its derivatives, counting evaluations (SciPy's `ScalarFunction`).
pub(crate) struct ScalarFunction<'f, 'a> {
    fun: &'f dyn Fn(&[f64]) -> f64,
    grad: &'f Gradient<'a>,
    /// Finite-difference step of the gradient.
    pub(crate) fd_step: FdStep,
    /// Bounds the finite-difference points must respect.
    pub(crate) bounds: Option<&'f Bounds>,
    /// Objective evaluations (finite-difference ones included).
    pub(crate) nfev: usize,
    /// Gradient evaluations.
    pub(crate) njev: usize,
    /// Hessian evaluations.
    pub(crate) nhev: usize,
    last_x: Vec<f64>,
    last_f: Option<f64>,
    last_g: Option<Vec<f64>>,
}

impl<'f, 'a> ScalarFunction<'f, 'a> {
    /// Wraps `fun` and its gradient source.
    pub(crate) fn new(fun: &'f dyn Fn(&[f64]) -> f64, grad: &'f Gradient<'a>) -> Self {
        ScalarFunction {
            fun,
            grad,
            fd_step: FdStep::Default,
            bounds: None,
            nfev: 0,
            njev: 0,
            nhev: 0,
            last_x: Vec::new(),
            last_f: None,
            last_g: None,
        }
    }

    /// Sets the finite-difference step (e.g. the legacy `epsilon` as an absolute step).
    pub(crate) fn with_fd_step(mut self, step: FdStep) -> Self {
        self.fd_step = step;
        self
    }

    /// Makes finite differences respect `bounds`.
    pub(crate) fn with_bounds(mut self, bounds: Option<&'f Bounds>) -> Self {
        self.bounds = bounds;
        self
    }

    fn at(&mut self, x: &[f64]) {
        if self.last_x != x {
            self.last_x.clear();
            self.last_x.extend_from_slice(x);
            self.last_f = None;
            self.last_g = None;
        }
    }

    /// `f(x)`, evaluated once per distinct point.
    pub(crate) fn fun(&mut self, x: &[f64]) -> f64 {
        self.at(x);
        if let Some(f) = self.last_f {
            return f;
        }
        let f = match self.grad {
            Gradient::WithValue(fg) => {
                let mut g = vec![0.0; x.len()];
                let f = fg(x, &mut g);
                self.njev += 1;
                self.last_g = Some(g);
                f
            }
            _ => (self.fun)(x),
        };
        self.nfev += 1;
        self.last_f = Some(f);
        f
    }

    /// `∇f(x)` into `g`, evaluated once per distinct point.
    pub(crate) fn grad(&mut self, x: &[f64], g: &mut [f64]) {
        self.at(x);
        if let Some(last) = &self.last_g {
            g.copy_from_slice(last);
            return;
        }
        match self.grad {
            Gradient::Provided(gf) => gf(x, g),
            Gradient::WithValue(_) => {
                self.fun(x);
                if let Some(last) = &self.last_g {
                    g.copy_from_slice(last);
                }
                return;
            }
            Gradient::FiniteDiff(scheme) => {
                let f0 = self.fun(x);
                let fun = self.fun;
                let mut f = |p: &[f64]| fun(p);
                self.nfev +=
                    finite_diff::gradient(&mut f, x, f0, *scheme, &self.fd_step, self.bounds, g);
            }
        }
        self.njev += 1;
        self.last_g = Some(g.to_vec());
    }

    /// `f(x)` and `∇f(x)` (into `g`).
    pub(crate) fn fun_and_grad(&mut self, x: &[f64], g: &mut [f64]) -> f64 {
        let f = self.fun(x);
        self.grad(x, g);
        f
    }

    /// `∇²f(x)` by finite differences of the gradient (`scheme`), into `h`, symmetrised.
    pub(crate) fn fd_hess(&mut self, x: &[f64], scheme: FiniteDiff, h: &mut Array2<f64>) {
        let n = x.len();
        let mut g0 = vec![0.0; n];
        self.grad(x, &mut g0);
        let grad = self.grad;
        let fun = self.fun;
        let mut extra_nfev = 0usize;
        let mut extra_njev = 0usize;
        let step = self.fd_step.clone();
        let bounds = self.bounds;
        let mut gfun = |p: &[f64], out: &mut [f64]| {
            extra_njev += 1;
            match grad {
                Gradient::Provided(gf) => gf(p, out),
                Gradient::WithValue(fg) => {
                    fg(p, out);
                }
                Gradient::FiniteDiff(s) => {
                    let f0 = fun(p);
                    let mut f = |q: &[f64]| fun(q);
                    extra_nfev +=
                        1 + finite_diff::gradient(&mut f, p, f0, *s, &FdStep::Default, bounds, out);
                }
            }
        };
        finite_diff::jacobian(&mut gfun, x, &g0, scheme, &step, bounds, h.view_mut());
        self.nfev += extra_nfev;
        self.njev += extra_njev;
        self.nhev += 1;
        for i in 0..n {
            for j in 0..i {
                let s = 0.5 * (h[[i, j]] + h[[j, i]]);
                h[[i, j]] = s;
                h[[j, i]] = s;
            }
        }
    }
}

/// The starting point `x0` as a vector, checked non-empty and finite (what every solver
/// entry point requires before it starts).
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for an empty `x0`,
/// [`Error::NonFinite`](sci_core::Error::NonFinite) for a non-finite entry.
pub(crate) fn checked_x0<'x>(
    x0: impl sci_core::AsArray<'x, f64, sci_core::ndarray::Ix1>,
) -> sci_core::Result<Vec<f64>> {
    let x0 = sci_core::view1(x0).to_vec();
    sci_core::check_nonempty("x0", x0.len(), 1)?;
    sci_core::check_finite("x0", &sci_core::ndarray::ArrayView1::from(&x0[..]))?;
    Ok(x0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_points_are_not_re_evaluated() {
        let f = |x: &[f64]| x[0] * x[0];
        let gsrc = Gradient::default();
        let mut sf = ScalarFunction::new(&f, &gsrc);
        let mut g = [0.0];
        assert_eq!(sf.fun(&[3.0]), 9.0);
        assert_eq!(sf.fun_and_grad(&[3.0], &mut g), 9.0);
        assert!((g[0] - 6.0).abs() < 1e-6);
        // One value plus one finite-difference evaluation.
        assert_eq!((sf.nfev, sf.njev), (2, 1));
        sf.grad(&[3.0], &mut g);
        assert_eq!((sf.nfev, sf.njev), (2, 1));
    }

    #[test]
    fn value_and_gradient_functions_count_once() {
        let f = |x: &[f64]| x[0];
        let gsrc = Gradient::WithValue(Box::new(|x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0];
            x[0] * x[0]
        }));
        let mut sf = ScalarFunction::new(&f, &gsrc);
        let mut g = [0.0];
        assert_eq!(sf.fun_and_grad(&[2.0], &mut g), 4.0);
        assert_eq!(g[0], 4.0);
        assert_eq!((sf.nfev, sf.njev), (1, 1));
    }

    #[test]
    fn finite_difference_hessian_of_a_quadratic() {
        let f = |x: &[f64]| x[0] * x[0] + x[0] * x[1] + 2.0 * x[1] * x[1];
        let gsrc = Gradient::provided(|x: &[f64], g: &mut [f64]| {
            g[0] = 2.0 * x[0] + x[1];
            g[1] = x[0] + 4.0 * x[1];
        });
        let mut sf = ScalarFunction::new(&f, &gsrc);
        let mut h = Array2::zeros((2, 2));
        sf.fd_hess(&[1.0, 1.0], FiniteDiff::TwoPoint, &mut h);
        let exact = [[2.0, 1.0], [1.0, 4.0]];
        for i in 0..2 {
            for j in 0..2 {
                assert!((h[[i, j]] - exact[i][j]).abs() < 1e-6);
            }
        }
        assert_eq!(sf.nhev, 1);
    }
}
