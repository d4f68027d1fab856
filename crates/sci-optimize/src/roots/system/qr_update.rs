//! The dense-algebra pieces of Powell's hybrid method: the Euclidean norm, the rank-one
//! update of a QR factorisation with Givens rotations (the Broyden update of `hybr`), and the
//! double-dogleg step on a triangular factor.
//!
//! The update keeps `Qᵀ J = R` exact for the updated `J`: rotations turn `R + u vᵀ` into a
//! triangular matrix in O(n²), instead of refactoring in O(n³).

use sci_core::ndarray::Array2;

/// The Euclidean norm, scaled to avoid overflow and underflow (`hypot`-style accumulation).
pub(crate) fn enorm(v: &[f64]) -> f64 {
    let amax = v.iter().fold(0.0_f64, |m, &a| m.max(a.abs()));
    if amax == 0.0 || !amax.is_finite() {
        // NaN propagates through the plain sum; an infinity is the norm.
        return if amax.is_nan() || v.iter().any(|a| a.is_nan()) {
            f64::NAN
        } else {
            amax
        };
    }
    if (1e-150..1e150).contains(&amax) {
        return v.iter().map(|a| a * a).sum::<f64>().sqrt();
    }
    let s: f64 = v.iter().map(|a| (a / amax) * (a / amax)).sum();
    amax * s.sqrt()
}

/// A Givens rotation `(c, s)` with `[c s; -s c] [a; b] = [r; 0]`.
fn givens(a: f64, b: f64) -> (f64, f64) {
    if b == 0.0 {
        (1.0, 0.0)
    } else {
        let r = a.hypot(b);
        (a / r, b / r)
    }
}

/// Applies the rotation to rows `k`, `k + 1` of `r` (columns `from..`), to columns `k`,
/// `k + 1` of `q` (so that `Q Gᵀ` is the new orthogonal factor) and to `qtf[k..=k+1]`.
fn rotate(
    r: &mut Array2<f64>,
    q: &mut Array2<f64>,
    qtf: &mut [f64],
    k: usize,
    from: usize,
    c: f64,
    s: f64,
) {
    let n = r.ncols();
    for j in from..n {
        let (a, b) = (r[[k, j]], r[[k + 1, j]]);
        r[[k, j]] = c * a + s * b;
        r[[k + 1, j]] = -s * a + c * b;
    }
    for i in 0..q.nrows() {
        let (a, b) = (q[[i, k]], q[[i, k + 1]]);
        q[[i, k]] = c * a + s * b;
        q[[i, k + 1]] = -s * a + c * b;
    }
    let (a, b) = (qtf[k], qtf[k + 1]);
    qtf[k] = c * a + s * b;
    qtf[k + 1] = -s * a + c * b;
}

/// Replaces `Q R` by the factorisation of `Q (R + u vᵀ)`: `R` stays upper triangular, `Q`
/// orthogonal, and `qtf` follows `Qᵀ`. `u` is overwritten.
pub(crate) fn rank1_update(
    r: &mut Array2<f64>,
    q: &mut Array2<f64>,
    qtf: &mut [f64],
    u: &mut [f64],
    v: &[f64],
) {
    let n = r.nrows();
    if n == 0 {
        return;
    }
    // Rotate u onto e₁ from the bottom; R becomes upper Hessenberg.
    for k in (0..n - 1).rev() {
        let (c, s) = givens(u[k], u[k + 1]);
        u[k] = c * u[k] + s * u[k + 1];
        u[k + 1] = 0.0;
        rotate(r, q, qtf, k, k, c, s);
    }
    for j in 0..n {
        r[[0, j]] += u[0] * v[j];
    }
    // Restore the triangle: zero the subdiagonal left to right.
    for k in 0..n - 1 {
        let (c, s) = givens(r[[k, k]], r[[k + 1, k]]);
        rotate(r, q, qtf, k, k, c, s);
        r[[k + 1, k]] = 0.0;
    }
}

/// The double-dogleg step: the convex combination of the Gauss-Newton direction `R⁻¹ qtb`
/// and the scaled steepest-descent direction whose scaled length `‖D x‖` is `delta`, or the
/// Gauss-Newton direction itself when it lies inside the region. The caller negates it.
pub(crate) fn dogleg(
    r: &Array2<f64>,
    diag: &[f64],
    qtb: &[f64],
    delta: f64,
    x: &mut [f64],
    wa1: &mut [f64],
    wa2: &mut [f64],
) {
    let n = qtb.len();
    let epsmch = f64::EPSILON;
    // Gauss-Newton direction by back substitution; a zero pivot is replaced by a tiny one so
    // that a singular R still gives a (huge) direction the dogleg then truncates.
    for j in (0..n).rev() {
        let mut sum = 0.0;
        for i in j + 1..n {
            sum += r[[j, i]] * x[i];
        }
        let mut temp = r[[j, j]];
        if temp == 0.0 {
            temp = (0..=j).fold(0.0_f64, |m, i| m.max(r[[i, j]].abs())) * epsmch;
            if temp == 0.0 {
                temp = epsmch;
            }
        }
        x[j] = (qtb[j] - sum) / temp;
    }
    for j in 0..n {
        wa1[j] = diag[j] * x[j];
    }
    let qnorm = enorm(wa1);
    if qnorm <= delta {
        return;
    }
    // Scaled gradient direction Rᵀ qtb / D.
    for j in 0..n {
        let mut sum = 0.0;
        for i in 0..=j {
            sum += r[[i, j]] * qtb[i];
        }
        wa1[j] = sum / diag[j];
    }
    let gnorm = enorm(wa1);
    let mut sgnorm = 0.0;
    let mut alpha = delta / qnorm;
    if gnorm != 0.0 {
        for j in 0..n {
            wa1[j] = (wa1[j] / gnorm) / diag[j];
        }
        for i in 0..n {
            let mut sum = 0.0;
            for j in i..n {
                sum += r[[i, j]] * wa1[j];
            }
            wa2[i] = sum;
        }
        let temp = enorm(wa2);
        sgnorm = (gnorm / temp) / temp;
        alpha = 0.0;
        if sgnorm < delta {
            // The Cauchy point is inside: go along the dogleg's second leg to the boundary.
            let bnorm = enorm(qtb);
            let dq = delta / qnorm;
            let sd = sgnorm / delta;
            let mut t = (bnorm / gnorm) * (bnorm / qnorm) * sd;
            t = t - dq * sd * sd + ((t - dq).powi(2) + (1.0 - dq * dq) * (1.0 - sd * sd)).sqrt();
            alpha = dq * (1.0 - sd * sd) / t;
        }
    }
    let temp = (1.0 - alpha) * sgnorm.min(delta);
    for j in 0..n {
        x[j] = temp * wa1[j] + alpha * x[j];
    }
}
