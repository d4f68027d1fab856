//! `newton`: the secant method (no derivative), Newton-Raphson (`fprime`) or Halley's method
//! (`fprime` and `fprime2`) from a starting point, and SciPy's vectorised form over an array
//! of starting points.

use std::fmt;

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

use super::{RootResults, invalid};

/// A scalar derivative.
pub type ScalarFn<'a> = Box<dyn Fn(f64) -> f64 + 'a>;

/// The keywords of [`newton_with`] (SciPy's `newton` arguments after `x0`).
///
/// # Examples
///
/// ```
/// use sci_optimize::NewtonOptions;
///
/// let o = NewtonOptions::default().fprime(|x| 2.0 * x).tol(1e-12);
/// assert_eq!(o.maxiter, 50);
/// ```
pub struct NewtonOptions<'a> {
    /// The derivative; Newton-Raphson when given, the secant method otherwise.
    pub fprime: Option<ScalarFn<'a>>,
    /// The second derivative; with `fprime`, Halley's method.
    pub fprime2: Option<ScalarFn<'a>>,
    /// The secant method's second starting point; by default
    /// `x0 (1 + 1e-4) ± 1e-4` (away from zero).
    pub x1: Option<f64>,
    /// Absolute tolerance on the step (default 1.48e-8).
    pub tol: f64,
    /// Relative tolerance on the step (default 0).
    pub rtol: f64,
    /// Maximum iterations (default 50).
    pub maxiter: usize,
    /// `true` (default): failures are errors, as SciPy raises `RuntimeError`; `false`: `Ok`
    /// with `converged = false`.
    pub disp: bool,
}

impl Default for NewtonOptions<'_> {
    fn default() -> Self {
        Self {
            fprime: None,
            fprime2: None,
            x1: None,
            tol: 1.48e-8,
            rtol: 0.0,
            maxiter: 50,
            disp: true,
        }
    }
}

impl<'a> NewtonOptions<'a> {
    /// Sets the derivative.
    #[must_use]
    pub fn fprime(mut self, fprime: impl Fn(f64) -> f64 + 'a) -> Self {
        self.fprime = Some(Box::new(fprime));
        self
    }
    /// Sets the second derivative.
    #[must_use]
    pub fn fprime2(mut self, fprime2: impl Fn(f64) -> f64 + 'a) -> Self {
        self.fprime2 = Some(Box::new(fprime2));
        self
    }
    /// Sets the secant method's second point.
    #[must_use]
    pub fn x1(mut self, x1: f64) -> Self {
        self.x1 = Some(x1);
        self
    }
    /// Sets `tol`.
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = tol;
        self
    }
    /// Sets `rtol`.
    #[must_use]
    pub fn rtol(mut self, rtol: f64) -> Self {
        self.rtol = rtol;
        self
    }
    /// Sets `maxiter`.
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = maxiter;
        self
    }
    /// Sets `disp`.
    #[must_use]
    pub fn disp(mut self, disp: bool) -> Self {
        self.disp = disp;
        self
    }
}

impl fmt::Debug for NewtonOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewtonOptions")
            .field("fprime", &self.fprime.as_ref().map(|_| ".."))
            .field("fprime2", &self.fprime2.as_ref().map(|_| ".."))
            .field("x1", &self.x1)
            .field("tol", &self.tol)
            .field("rtol", &self.rtol)
            .field("maxiter", &self.maxiter)
            .field("disp", &self.disp)
            .finish()
    }
}

/// `|p - p0| ≤ atol + rtol |p0|` (NumPy's `isclose(p, p0)`).
fn isclose(p: f64, p0: f64, rtol: f64, atol: f64) -> bool {
    (p - p0).abs() <= atol + rtol * p0.abs()
}

/// A root of `f` near `x0` by the secant method with SciPy's defaults (`x1` chosen next to
/// `x0`, `tol = 1.48e-8`, `maxiter = 50`).
///
/// # Examples
///
/// ```
/// let x = sci_optimize::newton(|x| x.powi(3) - 1.0, 1.5).unwrap();
/// assert!((x - 1.0).abs() < 1e-8);
/// ```
///
/// # Errors
///
/// As [`newton_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.newton.html>
pub fn newton(f: impl Fn(f64) -> f64, x0: f64) -> Result<f64> {
    newton_with(f, x0, NewtonOptions::default()).map(|r| r.root)
}

/// Newton-Raphson (with `fprime`), Halley (with `fprime` and `fprime2`) or secant (neither)
/// from `x0`, with SciPy's keywords; returns the full [`RootResults`] (`method` is
/// `"newton"`, `"halley"` or `"secant"`). Derivative evaluations count as function calls.
///
/// # Examples
///
/// ```
/// use sci_optimize::{NewtonOptions, newton_with};
///
/// let f = |x: f64| x.powi(3) - 1.0;
/// let r = newton_with(f, 1.5, NewtonOptions::default().fprime(|x| 3.0 * x * x)).unwrap();
/// assert!(r.converged && r.method == "newton" && (r.root - 1.0).abs() < 1e-12);
/// let h = newton_with(f, 1.5, NewtonOptions::default().fprime(|x| 3.0 * x * x).fprime2(|x| 6.0 * x))
///     .unwrap();
/// assert!(h.method == "halley" && h.iterations < r.iterations);
/// ```
///
/// # Errors
///
/// [`Error::InvalidArgument`] for `tol ≤ 0`, `maxiter < 1`, or `x1 == x0`;
/// [`Error::DidNotConverge`] with `disp` when the iteration does not converge within
/// `maxiter`, the derivative is zero, or the secant's two values coincide (SciPy raises
/// `RuntimeError`); without `disp` these are `Ok` with `converged = false`.
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.newton.html>
/// - E. Halley, 1694; J. M. Ortega, W. C. Rheinboldt, *Iterative Solution of Nonlinear
///   Equations in Several Variables*, 1970.
pub fn newton_with(
    f: impl Fn(f64) -> f64,
    x0: f64,
    options: NewtonOptions<'_>,
) -> Result<RootResults> {
    let o = options;
    if o.tol.is_nan() || o.tol <= 0.0 {
        return Err(invalid("tol", o.tol, "too small (must be > 0)"));
    }
    if o.maxiter < 1 {
        return Err(invalid("maxiter", o.maxiter, "must be greater than 0"));
    }
    let fail = |root: f64,
                it: usize,
                calls: usize,
                method: &'static str,
                msg: String|
     -> Result<RootResults> {
        if o.disp {
            return Err(Error::DidNotConverge {
                method: method.into(),
                iterations: it,
                detail: msg,
            });
        }
        Ok(RootResults::new(root, it, calls, false, method))
    };
    let mut calls = 0;
    let mut p0 = x0;
    if let Some(fprime) = &o.fprime {
        let mut method = "newton";
        let mut p = p0;
        for itr in 0..o.maxiter {
            let fval = f(p0);
            calls += 1;
            if fval == 0.0 {
                return Ok(RootResults::new(p0, itr, calls, true, method));
            }
            let fder = fprime(p0);
            calls += 1;
            if fder == 0.0 {
                let msg = format!(
                    "Derivative was zero. Failed to converge after {} iterations, value is {p0}.",
                    itr + 1
                );
                return fail(p0, itr + 1, calls, method, msg);
            }
            let mut step = fval / fder;
            if let Some(fprime2) = &o.fprime2 {
                let fder2 = fprime2(p0);
                calls += 1;
                method = "halley";
                let adj = step * fder2 / fder / 2.0;
                // Halley's correction only when it cannot flip the step.
                if adj.abs() < 1.0 {
                    step /= 1.0 - adj;
                }
            }
            p = p0 - step;
            if isclose(p, p0, o.rtol, o.tol) {
                return Ok(RootResults::new(p, itr + 1, calls, true, method));
            }
            p0 = p;
        }
        let msg = format!(
            "Failed to converge after {} iterations, value is {p}.",
            o.maxiter
        );
        return fail(p, o.maxiter, calls, method, msg);
    }
    let method = "secant";
    let mut p1 = match o.x1 {
        Some(x1) if x1 == x0 => return Err(invalid("x1", x1, "x1 and x0 must be different")),
        Some(x1) => x1,
        None => {
            let eps = 1e-4;
            let p1 = x0 * (1.0 + eps);
            p1 + if p1 >= 0.0 { eps } else { -eps }
        }
    };
    let mut q0 = f(p0);
    let mut q1 = f(p1);
    calls += 2;
    if q1.abs() < q0.abs() {
        std::mem::swap(&mut p0, &mut p1);
        std::mem::swap(&mut q0, &mut q1);
    }
    let mut p = p1;
    for itr in 0..o.maxiter {
        if q1 == q0 {
            let mid = (p1 + p0) / 2.0;
            if p1 != p0 {
                let msg = format!(
                    "Tolerance of {} reached. Failed to converge after {} iterations, value is {p1}.",
                    p1 - p0,
                    itr + 1
                );
                return fail(mid, itr + 1, calls, method, msg);
            }
            // Both points coincide: SciPy returns the midpoint unconverged without raising.
            return Ok(RootResults::new(mid, itr + 1, calls, false, method));
        }
        // The secant root, written so that the smaller value divides the larger.
        p = if q1.abs() > q0.abs() {
            (-q0 / q1 * p1 + p0) / (1.0 - q0 / q1)
        } else {
            (-q1 / q0 * p0 + p1) / (1.0 - q1 / q0)
        };
        if isclose(p, p1, o.rtol, o.tol) {
            return Ok(RootResults::new(p, itr + 1, calls, true, method));
        }
        p0 = p1;
        q0 = q1;
        p1 = p;
        q1 = f(p1);
        calls += 1;
    }
    let msg = format!(
        "Failed to converge after {} iterations, value is {p}.",
        o.maxiter
    );
    fail(p, o.maxiter, calls, method, msg)
}

/// A vectorised function: writes `f(x[i])` into `out[i]` for every element.
pub type ElementwiseFn<'a> = Box<dyn Fn(&[f64], &mut [f64]) + 'a>;

/// The keywords of [`newton_array_with`] (SciPy's `newton` with an array `x0`).
///
/// # Examples
///
/// ```
/// use sci_optimize::NewtonArrayOptions;
///
/// let o = NewtonArrayOptions::default().tol(1e-10);
/// assert_eq!(o.maxiter, 50);
/// ```
pub struct NewtonArrayOptions<'a> {
    /// The element-wise derivative (Newton); secant when `None`.
    pub fprime: Option<ElementwiseFn<'a>>,
    /// The element-wise second derivative (Halley, with `fprime`).
    pub fprime2: Option<ElementwiseFn<'a>>,
    /// Absolute tolerance on each element's step (default 1.48e-8).
    pub tol: f64,
    /// Maximum iterations (default 50).
    pub maxiter: usize,
}

impl Default for NewtonArrayOptions<'_> {
    fn default() -> Self {
        Self {
            fprime: None,
            fprime2: None,
            tol: 1.48e-8,
            maxiter: 50,
        }
    }
}

impl<'a> NewtonArrayOptions<'a> {
    /// Sets the element-wise derivative.
    #[must_use]
    pub fn fprime(mut self, fprime: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        self.fprime = Some(Box::new(fprime));
        self
    }
    /// Sets the element-wise second derivative.
    #[must_use]
    pub fn fprime2(mut self, fprime2: impl Fn(&[f64], &mut [f64]) + 'a) -> Self {
        self.fprime2 = Some(Box::new(fprime2));
        self
    }
    /// Sets `tol`.
    #[must_use]
    pub fn tol(mut self, tol: f64) -> Self {
        self.tol = tol;
        self
    }
    /// Sets `maxiter`.
    #[must_use]
    pub fn maxiter(mut self, maxiter: usize) -> Self {
        self.maxiter = maxiter;
        self
    }
}

impl fmt::Debug for NewtonArrayOptions<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NewtonArrayOptions")
            .field("fprime", &self.fprime.as_ref().map(|_| ".."))
            .field("fprime2", &self.fprime2.as_ref().map(|_| ".."))
            .field("tol", &self.tol)
            .field("maxiter", &self.maxiter)
            .finish()
    }
}

/// The vectorised `newton`'s `full_output`: SciPy's `(root, converged, zero_der)`.
#[derive(Debug, Clone, PartialEq)]
pub struct NewtonArrayResult {
    /// The roots, one per starting point.
    pub root: Array1<f64>,
    /// Which elements converged.
    pub converged: Array1<bool>,
    /// Which elements stopped on a zero derivative (or equal secant values) unconverged.
    pub zero_der: Array1<bool>,
}

/// Newton's or the secant method element-wise over an array of starting points with SciPy's
/// defaults: all elements iterate together and stop when every active element's step is
/// below `tol`.
///
/// # Examples
///
/// ```
/// use sci_optimize::newton_array;
///
/// let r = newton_array(|x: &[f64], out: &mut [f64]| {
///     for (o, v) in out.iter_mut().zip(x) { *o = v * v - 2.0; }
/// }, &[1.0, -1.0, 3.0]).unwrap();
/// assert!(r.converged.iter().all(|&c| c));
/// assert!((r.root[1] + 2f64.sqrt()).abs() < 1e-8);
/// ```
///
/// # Errors
///
/// As [`newton_array_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.newton.html>
pub fn newton_array<'x>(
    f: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
) -> Result<NewtonArrayResult> {
    newton_array_with(f, x0, NewtonArrayOptions::default())
}

/// [`newton_array`] with SciPy's keywords. Elements whose derivative is zero stop moving;
/// like SciPy, an error is returned only when every element failed to converge (and no
/// derivative vanished); otherwise the flags report the failures.
///
/// # Examples
///
/// ```
/// use sci_optimize::{NewtonArrayOptions, newton_array_with};
///
/// let r = newton_array_with(
///     |x: &[f64], out: &mut [f64]| for (o, v) in out.iter_mut().zip(x) { *o = v.powi(3) - 8.0 },
///     &[1.0, 3.0],
///     NewtonArrayOptions::default().fprime(|x: &[f64], out: &mut [f64]| {
///         for (o, v) in out.iter_mut().zip(x) { *o = 3.0 * v * v }
///     }),
/// )
/// .unwrap();
/// assert!(r.root.iter().all(|v| (v - 2.0).abs() < 1e-10));
/// ```
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x0`, [`Error::InvalidArgument`] for `tol ≤ 0` or
/// `maxiter < 1`, [`Error::DidNotConverge`] when all elements failed to converge.
///
/// # References
///
/// As [`newton_array`].
pub fn newton_array_with<'x>(
    f: impl Fn(&[f64], &mut [f64]),
    x0: impl AsArray<'x, f64, Ix1>,
    options: NewtonArrayOptions<'_>,
) -> Result<NewtonArrayResult> {
    let o = options;
    let x0 = sci_core::view1(x0).to_vec();
    sci_core::check_nonempty("x0", x0.len(), 1)?;
    if o.tol.is_nan() || o.tol <= 0.0 {
        return Err(invalid("tol", o.tol, "too small (must be > 0)"));
    }
    if o.maxiter < 1 {
        return Err(invalid("maxiter", o.maxiter, "must be greater than 0"));
    }
    let n = x0.len();
    let mut p = x0;
    let mut failures = vec![true; n];
    let mut nz_der = vec![true; n];
    let mut fval = vec![0.0; n];
    let mut fder = vec![0.0; n];
    let mut fder2 = vec![0.0; n];
    let mut p1 = vec![0.0; n];
    if let Some(fprime) = &o.fprime {
        for _ in 0..o.maxiter {
            f(&p, &mut fval);
            if fval.iter().all(|&v| v == 0.0) {
                for (fl, v) in failures.iter_mut().zip(&fval) {
                    *fl = *v != 0.0;
                }
                break;
            }
            fprime(&p, &mut fder);
            for (nz, d) in nz_der.iter_mut().zip(&fder) {
                *nz = *d != 0.0;
            }
            if !nz_der.iter().any(|&v| v) {
                break;
            }
            if let Some(fprime2) = &o.fprime2 {
                fprime2(&p, &mut fder2);
            }
            let mut any_active = false;
            for i in 0..n {
                if !nz_der[i] {
                    continue;
                }
                let mut dp = fval[i] / fder[i];
                if o.fprime2.is_some() {
                    dp /= 1.0 - 0.5 * dp * fder2[i] / fder[i];
                }
                p[i] -= dp;
                failures[i] = dp.abs() >= o.tol;
                any_active |= failures[i];
            }
            if !any_active {
                break;
            }
        }
    } else {
        let dx = f64::EPSILON.powf(0.33);
        for i in 0..n {
            p1[i] = p[i] * (1.0 + dx) + if p[i] >= 0.0 { dx } else { -dx };
        }
        let mut q0 = vec![0.0; n];
        let mut q1 = vec![0.0; n];
        f(&p, &mut q0);
        f(&p1, &mut q1);
        let mut active = vec![true; n];
        for _ in 0..o.maxiter {
            for i in 0..n {
                nz_der[i] = q1[i] != q0[i];
            }
            if !nz_der.iter().any(|&v| v) {
                for i in 0..n {
                    p[i] = (p1[i] + p[i]) / 2.0;
                }
                break;
            }
            let mut any_active = false;
            for i in 0..n {
                if nz_der[i] {
                    let dp = q1[i] * (p1[i] - p[i]) / (q1[i] - q0[i]);
                    p[i] = p1[i] - dp;
                    failures[i] = dp.abs() >= o.tol;
                    any_active |= failures[i];
                } else if active[i] {
                    // A flat secant: settle on the midpoint once.
                    p[i] = (p1[i] + p[i]) / 2.0;
                }
                active[i] &= nz_der[i];
            }
            if !any_active {
                break;
            }
            std::mem::swap(&mut p, &mut p1);
            std::mem::swap(&mut q0, &mut q1);
            f(&p1, &mut q1);
        }
    }
    let zero_der: Vec<bool> = (0..n).map(|i| !nz_der[i] && failures[i]).collect();
    if !zero_der.iter().any(|&z| z) && failures.iter().all(|&fl| fl) {
        return Err(Error::DidNotConverge {
            method: "newton (array)".into(),
            iterations: o.maxiter,
            detail: format!("all failed to converge after {} iterations", o.maxiter),
        });
    }
    Ok(NewtonArrayResult {
        root: Array1::from(p),
        converged: failures.iter().map(|&fl| !fl).collect(),
        zero_der: Array1::from(zero_der),
    })
}
