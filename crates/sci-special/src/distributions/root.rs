//! A bracketing root finder for the parameter inverses (`bdtrik`, `btdtria`, `stdtridf`,
//! ...): the forward distribution function is monotone in the parameter, so the root is
//! bracketed by stepping outward geometrically from a first guess and then found by Brent's
//! method (R. P. Brent, *Algorithms for minimization without derivatives*, 1973, chapter 4),
//! as SciPy's cdflib does with its `dinvr`/`dzror` pair.

/// Finds `t` in `[lower, upper]` with `f(t) = 0`, for `f` monotone (`increasing` or not: the
/// callers know it analytically), starting the outward search at `guess` (inside the
/// interval). Returns NaN when `f` does not change sign on the interval.
pub(crate) fn find_root(
    f: impl Fn(f64) -> f64,
    guess: f64,
    lower: f64,
    upper: f64,
    increasing: bool,
) -> f64 {
    let f_guess = f(guess);
    if f_guess == 0.0 {
        return guess;
    }
    if f_guess.is_nan() {
        return f64::NAN;
    }
    let go_up = (f_guess < 0.0) == increasing;
    // Step outward geometrically until the sign changes.
    let (mut a, mut fa) = (guess, f_guess);
    let mut step = guess.abs().max(1.0);
    let (mut b, mut fb);
    loop {
        b = if go_up {
            (a + step).min(upper)
        } else {
            (a - step).max(lower)
        };
        fb = f(b);
        if fb.is_nan() {
            return f64::NAN;
        }
        if (fb > 0.0) != (fa > 0.0) || fb == 0.0 {
            break;
        }
        if b == upper || b == lower {
            return f64::NAN;
        }
        a = b;
        fa = fb;
        step *= 2.0;
    }
    brent(&f, a, fa, b, fb)
}

/// Brent's method on a bracket `[a, b]` with `f(a)`, `f(b)` of opposite signs.
fn brent(f: &impl Fn(f64) -> f64, mut a: f64, mut fa: f64, mut b: f64, mut fb: f64) -> f64 {
    if fb == 0.0 {
        return b;
    }
    if fa.abs() < fb.abs() {
        std::mem::swap(&mut a, &mut b);
        std::mem::swap(&mut fa, &mut fb);
    }
    let (mut c, mut fc) = (a, fa);
    let mut d = b - a;
    let mut e = d;
    for _ in 0..500 {
        if (fb > 0.0) == (fc > 0.0) {
            c = a;
            fc = fa;
            d = b - a;
            e = d;
        }
        if fc.abs() < fb.abs() {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        let tol = 2.0 * f64::EPSILON * b.abs() + 1e-300;
        let m = 0.5 * (c - b);
        if m.abs() <= tol || fb == 0.0 {
            return b;
        }
        if e.abs() >= tol && fa.abs() > fb.abs() {
            // Inverse quadratic interpolation (secant when two points coincide).
            let s = fb / fa;
            let (mut p, mut q) = if a == c {
                (2.0 * m * s, 1.0 - s)
            } else {
                let q = fa / fc;
                let r = fb / fc;
                (
                    s * (2.0 * m * q * (q - r) - (b - a) * (r - 1.0)),
                    (q - 1.0) * (r - 1.0) * (s - 1.0),
                )
            };
            if p > 0.0 {
                q = -q;
            } else {
                p = -p;
            }
            if 2.0 * p < (3.0 * m * q - (tol * q).abs()).min((e * q).abs()) {
                e = d;
                d = p / q;
            } else {
                d = m;
                e = m;
            }
        } else {
            d = m;
            e = m;
        }
        a = b;
        fa = fb;
        b += if d.abs() > tol { d } else { tol.copysign(m) };
        fb = f(b);
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_roots_of_monotone_functions_in_either_direction() {
        let r = find_root(|t| t * t * t - 8.0, 0.5, 0.0, f64::INFINITY, true);
        assert!((r - 2.0).abs() < 1e-14);
        let r = find_root(|t| (-t).exp() - 0.25, 10.0, 0.0, 1e3, false);
        assert!((r - 4f64.ln()).abs() < 1e-14);
        assert!(find_root(|t| t + 1.0, 1.0, 0.0, 10.0, true).is_nan());
    }
}
