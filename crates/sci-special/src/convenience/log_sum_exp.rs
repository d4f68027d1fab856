//! `logsumexp` (with optional weights and sign), `softmax` and `log_softmax` over a 1-D input.
//!
//! Algorithm: shift by the largest element `m` and sum the other terms,
//! `ln(sum b_i exp(a_i)) = m + log1p(sum_{i != max} b_i exp(a_i - m))` (for unit weight at the
//! maximum), so no term overflows and the result keeps its accuracy when one term dominates.
//! Non-finite entries follow SciPy 1.17: weights of 0 drop their term (even an infinite or NaN
//! one), `+inf` entries give `inf` with the sign of their total weight, an empty sum gives
//! `-inf`. Cost: O(n) time, one `exp` per element; `softmax` and `log_softmax` allocate the
//! output only.

use sci_core::ndarray::{Array1, ArrayView1, AsArray};
use sci_core::{Error, Result, view1};

/// The result of [`logsumexp_with_sign`]: `ln |sum b_i exp(a_i)|` and the sign of the sum
/// (SciPy's `return_sign=True`, which returns `(res, sgn)`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogSumExpSign {
    /// `ln |sum b_i exp(a_i)|`.
    pub res: f64,
    /// The sign of the sum: 1, -1, or 0 when the sum is 0; NaN when the sum is undefined.
    pub sgn: f64,
}

/// The core: weights `b` (`None` for unit weights) of the same length as `a`.
fn log_sum_exp_core(a: ArrayView1<'_, f64>, b: Option<ArrayView1<'_, f64>>) -> LogSumExpSign {
    let weight = |i: usize| b.map_or(1.0, |b| b[i]);
    let nan = LogSumExpSign {
        res: f64::NAN,
        sgn: f64::NAN,
    };
    if a.is_empty() {
        // SciPy 1.17 gives (-inf, -1.0) for an empty input.
        return LogSumExpSign {
            res: f64::NEG_INFINITY,
            sgn: -1.0,
        };
    }
    // The largest included entry (weight != 0); NaN if any included entry is NaN.
    let mut imax: Option<usize> = None;
    for (i, &ai) in a.iter().enumerate() {
        if weight(i) == 0.0 {
            continue;
        }
        if ai.is_nan() {
            return nan;
        }
        if imax.is_none_or(|k| ai > a[k]) {
            imax = Some(i);
        }
    }
    let Some(imax) = imax else {
        return LogSumExpSign {
            res: f64::NEG_INFINITY,
            sgn: 0.0,
        };
    };
    let m = a[imax];
    if m == f64::INFINITY {
        let total: f64 = (0..a.len())
            .filter(|&i| a[i] == f64::INFINITY && weight(i) != 0.0)
            .map(weight)
            .sum();
        if total == 0.0 || total.is_nan() {
            return nan;
        }
        return LogSumExpSign {
            res: f64::INFINITY,
            sgn: total.signum(),
        };
    }
    if m == f64::NEG_INFINITY {
        return LogSumExpSign {
            res: f64::NEG_INFINITY,
            sgn: 0.0,
        };
    }
    let mut rest = 0.0;
    for (i, &ai) in a.iter().enumerate() {
        let w = weight(i);
        if i != imax && w != 0.0 {
            rest += w * (ai - m).exp();
        }
    }
    let bmax = weight(imax);
    let total = bmax + rest;
    if total.is_nan() {
        return nan;
    }
    if total == 0.0 {
        return LogSumExpSign {
            res: f64::NEG_INFINITY,
            sgn: 0.0,
        };
    }
    let log_abs = if bmax == 1.0 && rest > -0.5 {
        rest.ln_1p()
    } else {
        total.abs().ln()
    };
    LogSumExpSign {
        res: m + log_abs,
        sgn: total.signum(),
    }
}

/// `ln(sum_i exp(a_i))`, computed without overflow or underflow of the terms.
///
/// An empty input gives `-inf` (the log of an empty sum), as SciPy; a NaN entry gives NaN;
/// a `+inf` entry gives `inf`.
///
/// # Accuracy
///
/// Checked against SciPy 1.17.1 on random and edge-case inputs to 1e-15 relative (golden
/// cases `logsumexp_*`).
///
/// # Examples
///
/// ```
/// use sci_special::logsumexp;
/// let v = logsumexp(&[1000.0, 1000.0]);
/// assert!((v - (1000.0 + std::f64::consts::LN_2)).abs() < 1e-12);
/// assert_eq!(logsumexp(&[] as &[f64]), f64::NEG_INFINITY);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.logsumexp.html>
pub fn logsumexp<'a>(a: impl AsArray<'a, f64>) -> f64 {
    // With unit weights the sum is never negative (the empty sum's res is -inf).
    log_sum_exp_core(view1(a), None).res
}

fn check_weights(a: &ArrayView1<'_, f64>, b: &ArrayView1<'_, f64>) -> Result<()> {
    if a.len() == b.len() {
        Ok(())
    } else {
        Err(Error::shape_mismatch(
            "logsumexp: a and b",
            &[a.len()],
            &[b.len()],
        ))
    }
}

/// `ln(sum_i b_i exp(a_i))` with weights `b` (SciPy's `logsumexp(a, b=b)`).
///
/// Terms with `b_i = 0` are dropped, even where `a_i` is infinite or NaN. A negative sum gives
/// NaN (use [`logsumexp_with_sign`] for its sign and logarithm of the magnitude); a zero sum
/// gives `-inf`.
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when `a` and `b` differ in length (SciPy raises).
///
/// # Accuracy
///
/// Checked against SciPy 1.17.1 on random and edge-case inputs to 1e-15 relative (golden
/// cases `logsumexp_*`).
///
/// # Examples
///
/// ```
/// use sci_special::logsumexp_weighted;
/// // ln(2 e^1 + 3 e^2).
/// let v = logsumexp_weighted(&[1.0, 2.0], &[2.0, 3.0])?;
/// assert!((v - (2.0 * 1f64.exp() + 3.0 * 2f64.exp()).ln()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.logsumexp.html>
pub fn logsumexp_weighted<'a, 'b>(
    a: impl AsArray<'a, f64>,
    b: impl AsArray<'b, f64>,
) -> Result<f64> {
    let r = logsumexp_with_sign(a, b)?;
    // A negative sum has no logarithm; the empty sum (sign -1 in SciPy) gives -inf.
    Ok(if r.sgn < 0.0 && r.res != f64::NEG_INFINITY {
        f64::NAN
    } else {
        r.res
    })
}

/// `ln |sum_i b_i exp(a_i)|` and the sign of the sum (SciPy's `logsumexp(a, b=b,
/// return_sign=True)`); pass `b` of ones for unit weights.
///
/// A zero sum gives `res = -inf`, `sgn = 0`; an empty input gives `(-inf, -1)`, as SciPy 1.17.
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when `a` and `b` differ in length.
///
/// # Accuracy
///
/// Checked against SciPy 1.17.1 on random and edge-case inputs to 1e-15 relative (golden
/// cases `logsumexp_*`).
///
/// # Examples
///
/// ```
/// use sci_special::logsumexp_with_sign;
/// // e^1 - e^2 < 0.
/// let r = logsumexp_with_sign(&[1.0, 2.0], &[1.0, -1.0])?;
/// assert_eq!(r.sgn, -1.0);
/// assert!((r.res - (2f64.exp() - 1f64.exp()).ln()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.logsumexp.html>
pub fn logsumexp_with_sign<'a, 'b>(
    a: impl AsArray<'a, f64>,
    b: impl AsArray<'b, f64>,
) -> Result<LogSumExpSign> {
    let (a, b) = (view1(a), view1(b));
    check_weights(&a, &b)?;
    Ok(log_sum_exp_core(a, Some(b)))
}

/// NaN-propagating maximum of a non-empty view.
fn max_of(x: &ArrayView1<'_, f64>) -> f64 {
    x.iter().fold(f64::NEG_INFINITY, |m, &v| {
        if v.is_nan() || m.is_nan() {
            f64::NAN
        } else {
            m.max(v)
        }
    })
}

/// The softmax `exp(x_i) / sum_j exp(x_j)` of a 1-D input.
///
/// As SciPy: any infinite or NaN entry makes every output NaN.
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x` (SciPy raises a `ValueError`).
///
/// # Accuracy
///
/// Checked against SciPy 1.17.1 on random and edge-case inputs to 1e-15 relative (golden
/// cases `softmax_*`).
///
/// # Examples
///
/// ```
/// use sci_special::softmax;
/// let p = softmax(&[1.0, 2.0, 3.0])?;
/// assert!((p.sum() - 1.0).abs() < 1e-15);
/// assert!((p[2] - 0.665_240_955_774_821_5).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.softmax.html>
pub fn softmax<'a>(x: impl AsArray<'a, f64>) -> Result<Array1<f64>> {
    let x = view1(x);
    sci_core::check_nonempty("x", x.len(), 1)?;
    let m = max_of(&x);
    let e = x.mapv(|v| (v - m).exp());
    let s = e.sum();
    Ok(e.mapv(|v| v / s))
}

/// The logarithm of the softmax, `x_i - ln(sum_j exp(x_j))`, accurate where the softmax
/// underflows.
///
/// As SciPy: a NaN entry makes every output NaN; `+inf` entries give NaN and the others
/// `-inf`.
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x` (SciPy raises a `ValueError`).
///
/// # Accuracy
///
/// Checked against SciPy 1.17.1 on random and edge-case inputs to 1e-15 relative (golden
/// cases `log_softmax_*`).
///
/// # Examples
///
/// ```
/// use sci_special::log_softmax;
/// let l = log_softmax(&[0.0, 1000.0])?;
/// assert!((l[0] + 1000.0).abs() < 1e-12 && l[1].abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.log_softmax.html>
pub fn log_softmax<'a>(x: impl AsArray<'a, f64>) -> Result<Array1<f64>> {
    let x = view1(x);
    sci_core::check_nonempty("x", x.len(), 1)?;
    let m = max_of(&x);
    let m = if m.is_finite() { m } else { 0.0 };
    let shifted = x.mapv(|v| v - m);
    let log_sum = shifted.iter().map(|&v| v.exp()).sum::<f64>().ln();
    Ok(shifted.mapv(|v| v - log_sum))
}
