//! `brute`: minimization over a grid, as SciPy's `scipy.optimize.brute`. The objective is
//! evaluated at every point of the Cartesian product of one range per variable (C order,
//! the last variable fastest), the smallest value is taken (the first one on ties, and the
//! first NaN if there is one, as NumPy's `argmin`), and a local minimizer may polish it
//! (`finish`, by default Nelder–Mead as SciPy's `fmin`). O(Πᵢ Nᵢ) evaluations, O(1) extra
//! memory unless the grid and values are requested (then O(n Πᵢ Nᵢ)).

use sci_core::ndarray::{Array1, ArrayD, IxDyn};
use sci_core::{Error, Result};

use super::LocalMinimizer;
use crate::{Method, MinimizeOptions, NelderMeadOptions, OptimizeResult};

/// One variable's range (SciPy's entries of `ranges`).
///
/// # Examples
///
/// ```
/// use sci_optimize::BruteRange;
/// assert_eq!(BruteRange::from((0.0, 1.0)).points(3).unwrap(), vec![0.0, 0.5, 1.0]);
/// assert_eq!(BruteRange::from((0.0, 1.0, 0.25)).points(3).unwrap(), vec![0.0, 0.25, 0.5, 0.75]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BruteRange {
    /// A slice `start:stop:step`: `start, start + step, ...` below `stop` (NumPy's `mgrid`,
    /// `stop` excluded).
    Slice {
        /// First point.
        start: f64,
        /// End (excluded).
        stop: f64,
        /// Spacing.
        step: f64,
    },
    /// A pair `(low, high)`: `Ns` equally spaced points from `low` to `high`, both included.
    Pair(f64, f64),
}

impl From<(f64, f64)> for BruteRange {
    fn from((lo, hi): (f64, f64)) -> Self {
        BruteRange::Pair(lo, hi)
    }
}

impl From<(f64, f64, f64)> for BruteRange {
    fn from((start, stop, step): (f64, f64, f64)) -> Self {
        BruteRange::Slice { start, stop, step }
    }
}

impl BruteRange {
    /// The range's grid points, with `ns` points for a pair.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for a zero or non-finite
    /// step or bound.
    ///
    /// # Examples
    ///
    /// ```
    /// let r = sci_optimize::BruteRange::Slice { start: -1.0, stop: 1.0, step: 0.5 };
    /// assert_eq!(r.points(20).unwrap(), vec![-1.0, -0.5, 0.0, 0.5]);
    /// ```
    pub fn points(&self, ns: usize) -> Result<Vec<f64>> {
        match *self {
            BruteRange::Slice { start, stop, step } => {
                if step == 0.0 || !(start.is_finite() && stop.is_finite() && step.is_finite()) {
                    return Err(Error::invalid_argument(
                        "ranges",
                        format!("{start}:{stop}:{step}"),
                        "a slice needs finite bounds and a non-zero step",
                    ));
                }
                // NumPy's mgrid: ceil((stop - start) / step) points.
                let size = ((stop - start) / step).ceil().max(0.0) as usize;
                Ok((0..size).map(|i| start + i as f64 * step).collect())
            }
            BruteRange::Pair(lo, hi) => {
                if !(lo.is_finite() && hi.is_finite()) {
                    return Err(Error::invalid_argument(
                        "ranges",
                        format!("({lo}, {hi})"),
                        "a range needs finite bounds",
                    ));
                }
                if ns == 1 {
                    return Ok(vec![lo]);
                }
                let step = (hi - lo) / (ns as f64 - 1.0);
                Ok((0..ns).map(|i| lo + i as f64 * step).collect())
            }
        }
    }
}

/// How `brute` polishes the best grid point (SciPy's `finish`).
pub enum BruteFinish<'a> {
    /// Nelder–Mead with SciPy's defaults (SciPy's default `finish=fmin`).
    NelderMead,
    /// No polishing (`finish=None`).
    None,
    /// A user minimizer started from the best grid point.
    Custom(LocalMinimizer<'a>),
}

impl std::fmt::Debug for BruteFinish<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BruteFinish::NelderMead => f.write_str("BruteFinish::NelderMead"),
            BruteFinish::None => f.write_str("BruteFinish::None"),
            BruteFinish::Custom(_) => f.write_str("BruteFinish::Custom(..)"),
        }
    }
}

/// SciPy's keywords of `brute` (`workers` has no counterpart). `Default` is SciPy's.
///
/// # Examples
///
/// ```
/// use sci_optimize::{BruteFinish, BruteOptions};
/// let o = BruteOptions::default().ns(5).full_output(true).finish(BruteFinish::None);
/// assert_eq!((o.ns, o.full_output), (5, true));
/// ```
#[derive(Debug)]
pub struct BruteOptions<'a> {
    /// Points per `(low, high)` range (default 20).
    pub ns: usize,
    /// Also return the grid and the values on it (default false).
    pub full_output: bool,
    /// The polishing minimizer (default Nelder–Mead).
    pub finish: BruteFinish<'a>,
}

impl Default for BruteOptions<'_> {
    fn default() -> Self {
        BruteOptions {
            ns: 20,
            full_output: false,
            finish: BruteFinish::NelderMead,
        }
    }
}

impl<'a> BruteOptions<'a> {
    /// Sets `Ns`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::BruteOptions::default().ns(7).ns, 7);
    /// ```
    #[must_use]
    pub fn ns(mut self, ns: usize) -> Self {
        self.ns = ns;
        self
    }

    /// Sets `full_output`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::BruteOptions::default().full_output(true).full_output);
    /// ```
    #[must_use]
    pub fn full_output(mut self, full_output: bool) -> Self {
        self.full_output = full_output;
        self
    }

    /// Sets `finish`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{BruteFinish, BruteOptions};
    /// assert!(matches!(BruteOptions::default().finish(BruteFinish::None).finish, BruteFinish::None));
    /// ```
    #[must_use]
    pub fn finish(mut self, finish: BruteFinish<'a>) -> Self {
        self.finish = finish;
        self
    }

    /// Polishes with a user minimizer.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_optimize::{BruteFinish, BruteOptions};
    /// let o = BruteOptions::default().finish_with(|x: &[f64]| sci_optimize::minimize(|y: &[f64]| y[0] * y[0], x));
    /// assert!(matches!(o.finish, BruteFinish::Custom(_)));
    /// ```
    #[must_use]
    pub fn finish_with(mut self, m: impl FnMut(&[f64]) -> Result<OptimizeResult> + 'a) -> Self {
        self.finish = BruteFinish::Custom(Box::new(m));
        self
    }
}

/// The result of [`brute_with`]: SciPy's `(x0, fval, grid, Jout)`.
///
/// # Examples
///
/// ```
/// use sci_optimize::{BruteFinish, BruteOptions, brute_with};
/// let out = brute_with(|x: &[f64]| (x[0] - 0.3).powi(2), &[(0.0, 1.0).into()],
///     BruteOptions::default().ns(11).full_output(true).finish(BruteFinish::None)).unwrap();
/// assert!((out.x0[0] - 0.3).abs() < 1e-12 && out.jout.unwrap().shape() == [11]);
/// ```
#[derive(Debug, Clone)]
pub struct BruteOutput {
    /// The minimizer: the best grid point, polished by `finish`.
    pub x0: Array1<f64>,
    /// The objective at `x0`.
    pub fval: f64,
    /// With `full_output`: the grid, shape `(n, N₁, ..., Nₙ)` (`grid[k]` holds variable
    /// `k`; SciPy squeezes the leading axis when `n = 1`, this keeps it).
    pub grid: Option<ArrayD<f64>>,
    /// With `full_output`: the objective on the grid, shape `(N₁, ..., Nₙ)`.
    pub jout: Option<ArrayD<f64>>,
}

/// Minimizes `func` over the grid of `ranges` with SciPy's defaults (`Ns = 20` points per
/// pair, polished by Nelder–Mead), returning the minimizer.
///
/// # Errors
///
/// As [`brute_with`].
///
/// # Examples
///
/// The tutorial's six-hump camelback: one of its two global minima ±(0.0898, -0.7127).
///
/// ```
/// use sci_optimize::brute;
/// let f = |x: &[f64]| (4.0 - 2.1 * x[0].powi(2) + x[0].powi(4) / 3.0) * x[0].powi(2)
///     + x[0] * x[1] + (4.0 * x[1].powi(2) - 4.0) * x[1].powi(2);
/// let x = brute(f, &[(-2.0, 2.0).into(), (-1.0, 1.0).into()]).unwrap();
/// assert!((x[0].abs() - 0.0898).abs() < 1e-3 && (x[1].abs() - 0.7127).abs() < 1e-3);
/// assert!((f(x.as_slice().unwrap()) + 1.0316).abs() < 1e-4);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.brute.html>
/// - J. A. Nelder, R. Mead, "A simplex method for function minimization", Comput. J. 7
///   (1965), 308–313 (the default `finish`).
pub fn brute(func: impl Fn(&[f64]) -> f64, ranges: &[BruteRange]) -> Result<Array1<f64>> {
    Ok(brute_with(func, ranges, BruteOptions::default())?.x0)
}

/// [`brute`] with SciPy's keywords and full output.
///
/// # Errors
///
/// [`Error::EmptyInput`](sci_core::Error::EmptyInput) for no ranges or an empty grid,
/// [`Error::InvalidArgument`](sci_core::Error::InvalidArgument) for more than 40 variables
/// (as SciPy), a zero step or non-finite bound, and the `finish` minimizer's errors.
///
/// # Examples
///
/// ```
/// use sci_optimize::{BruteFinish, BruteOptions, brute_with};
/// let f = |x: &[f64]| (x[0] - 1.0).powi(2) + (x[1] + 0.5).powi(2);
/// let out = brute_with(f, &[(-2.0, 2.0, 0.5).into(), (-1.0, 1.0).into()],
///     BruteOptions::default().ns(5).full_output(true).finish(BruteFinish::None)).unwrap();
/// assert_eq!(out.x0.to_vec(), vec![1.0, -0.5]);
/// assert_eq!(out.grid.unwrap().shape(), &[2, 8, 5]);
/// ```
///
/// # References
///
/// - <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.brute.html>
pub fn brute_with(
    func: impl Fn(&[f64]) -> f64,
    ranges: &[BruteRange],
    options: BruteOptions<'_>,
) -> Result<BruteOutput> {
    let n = ranges.len();
    sci_core::check_nonempty("ranges", n, 1)?;
    if n > 40 {
        return Err(Error::invalid_argument(
            "ranges",
            n,
            "Brute Force not possible with more than 40 variables.",
        ));
    }
    if options.ns == 0 && ranges.iter().any(|r| matches!(r, BruteRange::Pair(..))) {
        return Err(Error::invalid_argument("Ns", 0, "Ns must be positive"));
    }
    let axes: Vec<Vec<f64>> = ranges
        .iter()
        .map(|r| r.points(options.ns))
        .collect::<Result<_>>()?;
    let shape: Vec<usize> = axes.iter().map(Vec::len).collect();
    let total = shape
        .iter()
        .try_fold(1usize, |a, &b| a.checked_mul(b))
        .ok_or_else(|| Error::invalid_argument("ranges", "grid", "the grid is too large"))?;
    sci_core::check_nonempty("grid", total, 1)?;
    let mut jout = options.full_output.then(|| Vec::with_capacity(total));
    let mut idx = vec![0usize; n];
    let mut x: Vec<f64> = axes.iter().map(|a| a[0]).collect();
    let (mut best, mut best_i) = (f64::INFINITY, 0usize);
    let mut best_is_nan = false;
    for flat in 0..total {
        let v = func(&x);
        if let Some(j) = jout.as_mut() {
            j.push(v);
        }
        // NumPy's argmin: the first NaN wins, else the first smallest value.
        if !best_is_nan && (v.is_nan() || v < best || flat == 0) {
            best = v;
            best_i = flat;
            best_is_nan = v.is_nan();
        }
        // Next grid point in C order.
        for k in (0..n).rev() {
            idx[k] += 1;
            if idx[k] < shape[k] {
                x[k] = axes[k][idx[k]];
                break;
            }
            idx[k] = 0;
            x[k] = axes[k][0];
        }
    }
    // The best point's coordinates from its flat index.
    let mut rem = best_i;
    let mut xmin = vec![0.0; n];
    for k in (0..n).rev() {
        xmin[k] = axes[k][rem % shape[k]];
        rem /= shape[k];
    }
    let mut fval = best;
    let polished = match options.finish {
        BruteFinish::None => None,
        BruteFinish::NelderMead => Some(crate::minimize_with(
            &func,
            &xmin,
            MinimizeOptions::default().method(Method::NelderMead(NelderMeadOptions::default())),
        )?),
        BruteFinish::Custom(mut m) => Some(m(&xmin)?),
    };
    if let Some(r) = polished {
        sci_core::check_shape("finish result x", &[n], r.x.shape())?;
        xmin = r.x.to_vec();
        fval = r.fun;
    }
    let (grid, jout) = match jout {
        Some(j) => {
            let mut gshape = vec![n];
            gshape.extend_from_slice(&shape);
            let grid = ArrayD::from_shape_fn(IxDyn(&gshape), |i| axes[i[0]][i[k_of(&i)]]);
            let jout = ArrayD::from_shape_vec(IxDyn(&shape), j)
                .map_err(|e| Error::invalid_argument("grid", "shape", e.to_string()))?;
            (Some(grid), Some(jout))
        }
        None => (None, None),
    };
    Ok(BruteOutput {
        x0: Array1::from(xmin),
        fval,
        grid,
        jout,
    })
}

/// The position in a grid index `(k, i₁, ..., iₙ)` of variable `k`'s own index.
fn k_of(i: &IxDyn) -> usize {
    i[0] + 1
}
