//! `toms748`: Alefeld, Potra & Shi's Algorithm 748 (1995). Each iteration takes `k`
//! interpolation steps (inverse cubic interpolation through the four latest points when
//! their values are well separated, else Newton steps on the quadratic through three), then
//! a doubled secant step from the better endpoint, and a bisection when the bracket did not
//! shrink by half. Asymptotic efficiency index 1.65 (k = 1) / 1.66 (k = 2).

use sci_core::{Error, Result};

use super::{BracketRootOptions, Counted, RootResults, finish, invalid, sign_error};

/// `|a - b| ≤ atol + rtol |b|` (NumPy's `isclose`).
fn isclose(a: f64, b: f64, rtol: f64, atol: f64) -> bool {
    (a - b).abs() <= atol + rtol * b.abs()
}

/// The secant root through `(x0, f0)`, `(x1, f1)`, written to avoid cancellation.
fn secant(x0: f64, x1: f64, f0: f64, f1: f64) -> f64 {
    if f0 == f1 {
        return f64::NAN;
    }
    if f1.abs() > f0.abs() {
        (-f0 / f1 * x1 + x0) / (1.0 - f0 / f1)
    } else {
        (-f1 / f0 * x0 + x1) / (1.0 - f1 / f0)
    }
}

/// The zero of the cubic through `(f, x)` at the four points: inverse interpolation by
/// Neville's scheme (the tableau of corrections `Q`, `D` of Numerical Recipes' `polint`),
/// evaluated at `f = 0`.
#[allow(clippy::too_many_arguments)]
fn inverse_cubic(a: f64, b: f64, c: f64, d: f64, fa: f64, fb: f64, fc: f64, fd: f64) -> f64 {
    let xs = [fa, fb, fc, fd];
    let ys = [a, b, c, d];
    let mut q = [[0.0; 4]; 4];
    let mut dd = [[0.0; 4]; 4];
    for i in 0..4 {
        q[i][0] = ys[i];
        dd[i][0] = ys[i];
    }
    for k in 1..4 {
        for i in k..4 {
            let alpha = dd[i][k - 1] - q[i - 1][k - 1];
            let diffik = xs[i - k] - xs[i];
            q[i][k] = xs[i] / diffik * alpha;
            dd[i][k] = xs[i - k] / diffik * alpha;
        }
    }
    (q[3][1] + q[3][2] + q[3][3]) + q[3][0]
}

/// `k` Newton steps on the quadratic through `(a, b, d)` (the paper's `newqua`), falling back
/// to the midpoint when a step leaves `(a, b)`.
fn newton_quadratic(a: f64, b: f64, d: f64, fa: f64, fb: f64, fd: f64, k: usize) -> f64 {
    let bb = (fb - fa) / (b - a);
    let fbd = (fd - fb) / (d - b);
    let aa = (fbd - bb) / (d - a);
    if aa == 0.0 {
        return a - fa / bb;
    }
    let p = |x: f64| (aa * (x - b) + bb) * (x - a) + fa;
    let mut r = if aa.signum() * fa.signum() > 0.0 {
        a
    } else {
        b
    };
    for _ in 0..k {
        let r1 = r - p(r) / (bb + aa * (2.0 * r - a - b));
        if !(a < r1 && r1 < b) {
            if a < r && r < b {
                return r;
            }
            return (a + b) / 2.0;
        }
        r = r1;
    }
    r
}

/// The bracket and the two most recent discarded points.
struct State {
    ab: [f64; 2],
    fab: [f64; 2],
}

impl State {
    /// Replaces the endpoint with `c`'s sign; returns the discarded endpoint.
    fn update(&mut self, c: f64, fc: f64) -> (f64, f64) {
        let idx = if self.fab[0].signum() * fc.signum() > 0.0 {
            0
        } else {
            1
        };
        let old = (self.ab[idx], self.fab[idx]);
        self.ab[idx] = c;
        self.fab[idx] = fc;
        old
    }
    fn mid(&self) -> f64 {
        (self.ab[0] + self.ab[1]) / 2.0
    }
}

/// Calls `f`, refusing non-finite values as SciPy's solver does.
fn callf<F: Fn(f64) -> f64>(f: &mut Counted<F>, x: f64) -> Result<f64> {
    let v = f.call(x)?;
    if !v.is_finite() {
        return Err(Error::NonFinite {
            name: format!("f({x})"),
            index: vec![],
            value: v,
        });
    }
    Ok(v)
}

/// All four values nonzero, finite, and pairwise more than `32 ε` apart.
fn well_separated(fs: &[f64; 4]) -> bool {
    let tol = 32.0 * f64::EPSILON;
    fs.iter().all(|v| *v != 0.0 && v.is_finite())
        && (0..4).all(|i| (i + 1..4).all(|j| !isclose(fs[i], fs[j], 0.0, tol)))
}

/// A root of `f` in `[a, b]` by Alefeld-Potra-Shi's Algorithm 748 with SciPy's defaults
/// (`k = 1`, `xtol = 2e-12`, `rtol = 4 ε`, `maxiter = 100`).
///
/// # Examples
///
/// ```
/// let x = sci_optimize::toms748(|x| x.powi(3) - 2.0 * x - 5.0, 2.0, 3.0).unwrap();
/// assert!((x - 2.0945514815423265).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// As [`toms748_with`].
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.toms748.html>
/// - G. E. Alefeld, F. A. Potra, Y. Shi, "Algorithm 748: Enclosing zeros of continuous
///   functions", *ACM TOMS* 21(3), 327-344, 1995.
pub fn toms748(f: impl Fn(f64) -> f64, a: f64, b: f64) -> Result<f64> {
    toms748_with(f, a, b, &BracketRootOptions::default()).map(|r| r.root)
}

/// [`toms748`] with SciPy's keywords (`k`, `xtol`, `rtol` down to `ε`, `maxiter`, `disp`),
/// returning the full [`RootResults`].
///
/// # Examples
///
/// ```
/// use sci_optimize::{BracketRootOptions, toms748_with};
///
/// let r = toms748_with(|x| x.exp() - 2.0, 0.0, 1.0, &BracketRootOptions::default().k(2)).unwrap();
/// assert!(r.converged && (r.root - 2f64.ln()).abs() < 1e-12);
/// ```
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `f(a)` and `f(b)` have the same sign, `a ≥ b`, `a` or `b`
/// is not finite, `k < 1`, `maxiter < 1`, or the tolerances are too small;
/// [`Error::NonFinite`] when `f` returns NaN or an infinity;
/// [`Error::DidNotConverge`] after `maxiter` iterations with `disp`.
///
/// # References
///
/// As [`toms748`].
pub fn toms748_with(
    f: impl Fn(f64) -> f64,
    a: f64,
    b: f64,
    options: &BracketRootOptions,
) -> Result<RootResults> {
    let o = options;
    o.validate(super::RTOL / 4.0)?;
    if o.maxiter < 1 {
        return Err(invalid("maxiter", o.maxiter, "must be greater than 0"));
    }
    if !a.is_finite() {
        return Err(invalid("a", a, "is not finite"));
    }
    if !b.is_finite() {
        return Err(invalid("b", b, "is not finite"));
    }
    if a >= b {
        return Err(invalid(
            "a, b",
            format!("[{a}, {b}]"),
            "not an interval (a must be < b)",
        ));
    }
    if o.k < 1 {
        return Err(invalid("k", o.k, "too small (must be >= 1)"));
    }
    let k = o.k.min(100);
    let mut f = Counted::new(f);
    let done =
        |x: f64, calls: usize, it: usize| Ok(RootResults::new(x, it, calls, true, "toms748"));
    let fa = callf(&mut f, a)?;
    if fa == 0.0 {
        return done(a, f.calls, 0);
    }
    let fb = callf(&mut f, b)?;
    if fb == 0.0 {
        return done(b, f.calls, 0);
    }
    if fa.signum() * fb.signum() > 0.0 {
        return Err(sign_error(a, b, fa, fb));
    }
    let mut s = State {
        ab: [a, b],
        fab: [fa, fb],
    };
    // The first step has only two points: a secant step.
    let mut c = secant(a, b, fa, fb);
    if !(s.ab[0] < c && c < s.ab[1]) {
        c = s.mid();
    }
    let fc = callf(&mut f, c)?;
    if fc == 0.0 {
        return done(c, f.calls, 0);
    }
    let (mut d, mut fd) = s.update(c, fc);
    let (mut e, mut fe) = (f64::NAN, f64::NAN);
    let mut have_e = false;
    let mut iterations = 1;
    let eps = f64::EPSILON;
    loop {
        iterations += 1;
        let width = s.ab[1] - s.ab[0];
        let mut c = None;
        for nsteps in 2..k + 2 {
            if have_e && well_separated(&[s.fab[0], s.fab[1], fd, fe]) {
                let c0 = inverse_cubic(s.ab[0], s.ab[1], d, e, s.fab[0], s.fab[1], fd, fe);
                if s.ab[0] < c0 && c0 < s.ab[1] {
                    c = Some(c0);
                }
            }
            let cc = *c.get_or_insert_with(|| {
                newton_quadratic(s.ab[0], s.ab[1], d, s.fab[0], s.fab[1], fd, nsteps)
            });
            let fc = callf(&mut f, cc)?;
            if fc == 0.0 {
                return done(cc, f.calls, iterations);
            }
            (e, fe) = (d, fd);
            have_e = true;
            (d, fd) = s.update(cc, fc);
        }
        // A doubled secant step from the endpoint with the smaller |f|.
        let uix = if s.fab[0].abs() < s.fab[1].abs() {
            0
        } else {
            1
        };
        let (u, fu) = (s.ab[uix], s.fab[uix]);
        let slope = (s.fab[1] - s.fab[0]) / (s.ab[1] - s.ab[0]);
        let mut c = u - 2.0 * fu / slope;
        if (c - u).abs() > 0.5 * (s.ab[1] - s.ab[0]) {
            c = s.mid();
        } else if isclose(c, u, eps, 0.0) {
            // The step vanished in rounding: nudge by the tolerance, or towards the other
            // end when the function values differ by more than 2⁵⁰.
            let ex = |v: f64| {
                if v == 0.0 {
                    0
                } else {
                    v.abs().log2().floor() as i64 + 1
                }
            };
            if ex(s.fab[uix]) < ex(s.fab[1 - uix]) - 50 {
                c = (31.0 * s.ab[uix] + s.ab[1 - uix]) / 32.0;
            } else {
                let mm = if uix == 0 { 1.0 } else { -1.0 };
                c = u + mm * c.abs() * o.rtol + mm * o.xtol;
            }
            if !(s.ab[0] < c && c < s.ab[1]) {
                c = s.mid();
            }
        }
        let fc = callf(&mut f, c)?;
        if fc == 0.0 {
            return done(c, f.calls, iterations);
        }
        (e, fe) = (d, fd);
        (d, fd) = s.update(c, fc);
        if s.ab[1] - s.ab[0] > 0.5 * width {
            // Too little progress: bisect.
            (e, fe) = (d, fd);
            let z = s.mid();
            let fz = callf(&mut f, z)?;
            if fz == 0.0 {
                return done(z, f.calls, iterations);
            }
            (d, fd) = s.update(z, fz);
        }
        if isclose(s.ab[0], s.ab[1], o.rtol, o.xtol) {
            return done(s.mid(), f.calls, iterations);
        }
        if iterations >= o.maxiter {
            return finish(
                RootResults::new(s.mid(), iterations, f.calls, false, "toms748"),
                o.disp,
            );
        }
    }
}
