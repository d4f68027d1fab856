//! `isotonic_regression`: the weighted least-squares fit of a monotone sequence (SciPy's
//! `scipy.optimize.isotonic_regression`), by the pool-adjacent-violators algorithm in O(n)
//! time and O(n) memory.
//!
//! Blocks are kept on a stack as (weighted mean, total weight, start); each new point is
//! pushed and merged with its predecessors while they violate the order, so every point is
//! merged at most once.

use sci_core::ndarray::{Array1, Ix1};
use sci_core::{AsArray, Error, Result};

/// Options of [`isotonic_regression`]: SciPy's keywords.
///
/// # Examples
///
/// ```
/// let o = sci_optimize::IsotonicOptions::default().increasing(false);
/// assert!(!o.increasing && o.weights.is_none());
/// ```
#[derive(Debug, Clone)]
pub struct IsotonicOptions {
    /// Positive weights, one per point (default: all 1).
    pub weights: Option<Vec<f64>>,
    /// Fit a non-decreasing (default) or non-increasing sequence.
    pub increasing: bool,
}

impl Default for IsotonicOptions {
    fn default() -> Self {
        IsotonicOptions {
            weights: None,
            increasing: true,
        }
    }
}

impl IsotonicOptions {
    /// Sets the weights.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::IsotonicOptions::default().weights(vec![1.0, 2.0]);
    /// assert!(o.weights.is_some());
    /// ```
    #[must_use]
    pub fn weights(mut self, weights: Vec<f64>) -> Self {
        self.weights = Some(weights);
        self
    }
    /// Sets `increasing`.
    ///
    /// # Examples
    ///
    /// ```
    /// let o = sci_optimize::IsotonicOptions::default().increasing(false);
    /// assert!(!o.increasing);
    /// ```
    #[must_use]
    pub fn increasing(mut self, increasing: bool) -> Self {
        self.increasing = increasing;
        self
    }
}

/// The result of [`isotonic_regression`], with SciPy's field names.
///
/// # Examples
///
/// ```
/// let r = sci_optimize::isotonic_regression(&[3.0, 1.0, 2.0], &Default::default()).unwrap();
/// assert_eq!(r.x.to_vec(), vec![2.0, 2.0, 2.0]);
/// assert_eq!(r.blocks.to_vec(), vec![0, 3]); // equal neighbours are pooled too
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct IsotonicResult {
    /// The fitted monotone sequence.
    pub x: Array1<f64>,
    /// The total weight of each block.
    pub weights: Array1<f64>,
    /// Block boundaries: block `k` is `blocks[k]..blocks[k + 1]` (length `B + 1`, ending
    /// with `n`).
    pub blocks: Array1<usize>,
}

/// Solves `min Σ wᵢ (yᵢ - xᵢ)²` subject to `x` non-decreasing (or non-increasing).
///
/// # Errors
///
/// [`Error::ShapeMismatch`] when the weights' length differs from `y`'s;
/// [`Error::InvalidArgument`] for a weight that is not strictly positive (SciPy's
/// ValueError). An empty `y` gives an empty result; NaN in `y` propagates as in SciPy.
///
/// # Examples
///
/// ```
/// use sci_optimize::{isotonic_regression, IsotonicOptions};
/// let r = isotonic_regression(&[5.0, 3.0, 1.0, 2.0, 8.0, 7.0],
///     &IsotonicOptions::default().weights(vec![1.0, 2.0, 1.0, 1.0, 3.0, 1.0])).unwrap();
/// assert!((r.x[0] - 2.8).abs() < 1e-12 && (r.x[5] - 7.75).abs() < 1e-12);
/// assert_eq!(r.blocks.to_vec(), vec![0, 4, 6]);
/// assert_eq!(r.weights.to_vec(), vec![5.0, 4.0]);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.isotonic_regression.html>
/// - M. Ayer, H. D. Brunk, G. M. Ewing, W. T. Reid, E. Silverman, "An Empirical Distribution
///   Function for Sampling with Incomplete Information", Ann. Math. Statist. 26 (1955).
/// - A. Busing, "Monotone Regression: A Simple and Fast O(n) PAVA Implementation", J. Stat.
///   Softw. 102 (2022).
pub fn isotonic_regression<'y>(
    y: impl AsArray<'y, f64, Ix1>,
    options: &IsotonicOptions,
) -> Result<IsotonicResult> {
    let y = sci_core::view1(y);
    let n = y.len();
    let w: Vec<f64> = match &options.weights {
        Some(w) => {
            sci_core::check_same_len("y", n, "weights", w.len())?;
            if let Some(i) = w.iter().position(|v| v.is_nan() || *v <= 0.0) {
                return Err(Error::invalid_argument(
                    "weights",
                    format!("{} at index {i}", w[i]),
                    "weights must be strictly positive",
                ));
            }
            w.clone()
        }
        None => vec![1.0; n],
    };
    // A decreasing fit is the increasing fit of -y, negated.
    let sign = if options.increasing { 1.0 } else { -1.0 };
    let mut mean: Vec<f64> = Vec::with_capacity(n);
    let mut wsum: Vec<f64> = Vec::with_capacity(n);
    let mut start: Vec<usize> = Vec::with_capacity(n);
    for i in 0..n {
        let mut m = sign * y[i];
        let mut ws = w[i];
        let mut s = i;
        // Merge while the previous block's mean is at least this one's (violations and ties,
        // as SciPy; NaN never compares, so it stays a block of its own).
        while let Some(&prev) = mean.last() {
            if prev >= m {
                let pw = wsum.pop().unwrap_or(0.0);
                mean.pop();
                s = start.pop().unwrap_or(s);
                let tot = pw + ws;
                m = (prev * pw + m * ws) / tot;
                ws = tot;
            } else {
                break;
            }
        }
        mean.push(m);
        wsum.push(ws);
        start.push(s);
    }
    let mut x = Array1::zeros(n);
    let b = mean.len();
    for k in 0..b {
        let end = if k + 1 < b { start[k + 1] } else { n };
        for i in start[k]..end {
            x[i] = sign * mean[k];
        }
    }
    let mut blocks = start;
    blocks.push(n);
    Ok(IsotonicResult {
        x,
        weights: Array1::from(wsum),
        blocks: Array1::from(blocks),
    })
}
