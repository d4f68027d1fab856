//! Box bounds on the variables: SciPy's `Bounds`.

use sci_core::ndarray::Array1;
use sci_core::{Error, Result};

/// Lower and upper bounds `lb <= x <= ub` on each variable; infinite entries mean "no bound".
///
/// # Examples
///
/// ```
/// use sci_optimize::Bounds;
///
/// let b = Bounds::new(vec![0.0, f64::NEG_INFINITY], vec![1.0, 2.0]);
/// assert_eq!(b.len(), 2);
/// let pairs = Bounds::from_pairs(&[(Some(0.0), None), (None, Some(2.0))]);
/// assert_eq!(pairs.ub[0], f64::INFINITY);
/// assert_eq!(b.clip(&[3.0, -5.0]), vec![1.0, -5.0]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Bounds {
    /// Lower bounds (`-inf`: none).
    pub lb: Array1<f64>,
    /// Upper bounds (`+inf`: none).
    pub ub: Array1<f64>,
    /// Whether every iterate must stay inside the bounds (SciPy's `keep_feasible`).
    pub keep_feasible: bool,
}

impl Bounds {
    /// Bounds from the two vectors (checked against `x0` when a minimizer is called).
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::new(vec![0.0], vec![1.0]);
    /// assert_eq!(b.lb[0], 0.0);
    /// ```
    pub fn new(lb: impl Into<Array1<f64>>, ub: impl Into<Array1<f64>>) -> Self {
        Bounds {
            lb: lb.into(),
            ub: ub.into(),
            keep_feasible: false,
        }
    }

    /// The same bounds `[lo, hi]` on each of `n` variables (SciPy's scalar `Bounds(lo, hi)`).
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::uniform(3, 0.0, f64::INFINITY);
    /// assert_eq!(b.len(), 3);
    /// ```
    pub fn uniform(n: usize, lo: f64, hi: f64) -> Self {
        Bounds::new(Array1::from_elem(n, lo), Array1::from_elem(n, hi))
    }

    /// Bounds from SciPy's old sequence of `(min, max)` pairs, `None` meaning unbounded.
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::from_pairs(&[(None, Some(1.0))]);
    /// assert_eq!(b.lb[0], f64::NEG_INFINITY);
    /// ```
    pub fn from_pairs(pairs: &[(Option<f64>, Option<f64>)]) -> Self {
        Bounds::new(
            pairs
                .iter()
                .map(|p| p.0.unwrap_or(f64::NEG_INFINITY))
                .collect::<Array1<f64>>(),
            pairs
                .iter()
                .map(|p| p.1.unwrap_or(f64::INFINITY))
                .collect::<Array1<f64>>(),
        )
    }

    /// Sets `keep_feasible`.
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::uniform(1, 0.0, 1.0).keep_feasible(true);
    /// assert!(b.keep_feasible);
    /// ```
    #[must_use]
    pub fn keep_feasible(mut self, keep: bool) -> Self {
        self.keep_feasible = keep;
        self
    }

    /// The number of variables bounded.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_optimize::Bounds::uniform(4, 0.0, 1.0).len(), 4);
    /// ```
    pub fn len(&self) -> usize {
        self.lb.len()
    }

    /// Whether there are no variables.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_optimize::Bounds::uniform(0, 0.0, 1.0).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.lb.is_empty()
    }

    /// Whether no variable has a finite bound.
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::uniform(2, f64::NEG_INFINITY, f64::INFINITY);
    /// assert!(b.is_unbounded());
    /// ```
    pub fn is_unbounded(&self) -> bool {
        self.lb.iter().all(|v| *v == f64::NEG_INFINITY)
            && self.ub.iter().all(|v| *v == f64::INFINITY)
    }

    /// `x` with each entry clipped into its bounds.
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::uniform(2, 0.0, 1.0);
    /// assert_eq!(b.clip(&[-1.0, 0.5]), vec![0.0, 0.5]);
    /// ```
    pub fn clip(&self, x: &[f64]) -> Vec<f64> {
        let mut v = x.to_vec();
        clip_into(&mut v, &self.lb, &self.ub);
        v
    }

    /// Checks the bounds for `n` variables: the lengths agree, no bound is NaN, and
    /// `lb <= ub` everywhere (SciPy raises `ValueError` otherwise).
    ///
    /// # Errors
    ///
    /// [`Error::ShapeMismatch`] for lengths other than `n`, [`Error::InvalidArgument`] for a
    /// NaN bound or `lb > ub`.
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::new(vec![1.0], vec![0.0]);
    /// assert!(b.validate(1).is_err());
    /// assert!(sci_optimize::Bounds::uniform(2, 0.0, 1.0).validate(3).is_err());
    /// ```
    pub fn validate(&self, n: usize) -> Result<()> {
        sci_core::check_shape("bounds: lb and x0", &[n], &[self.lb.len()])?;
        sci_core::check_shape("bounds: ub and x0", &[n], &[self.ub.len()])?;
        for (i, (l, u)) in self.lb.iter().zip(self.ub.iter()).enumerate() {
            if l.is_nan() || u.is_nan() || l > u {
                return Err(Error::InvalidArgument {
                    name: "bounds".into(),
                    value: format!("[{l}, {u}] at index {i}"),
                    reason: "each lower bound must be <= its upper bound".into(),
                });
            }
        }
        Ok(())
    }

    /// Checks that `x` lies within the bounds (for methods that need a feasible start).
    ///
    /// # Errors
    ///
    /// [`Error::InvalidArgument`] naming the first coordinate outside.
    ///
    /// # Examples
    ///
    /// ```
    /// let b = sci_optimize::Bounds::uniform(1, 0.0, 1.0);
    /// assert!(b.check_inside("x0", &[2.0]).is_err());
    /// assert!(b.check_inside("x0", &[1.0]).is_ok());
    /// ```
    pub fn check_inside(&self, name: &str, x: &[f64]) -> Result<()> {
        for (i, ((v, l), u)) in x.iter().zip(self.lb.iter()).zip(self.ub.iter()).enumerate() {
            if !(v >= l && v <= u) {
                return Err(Error::InvalidArgument {
                    name: name.into(),
                    value: format!("{v} at index {i}"),
                    reason: format!("must lie within the bounds [{l}, {u}]"),
                });
            }
        }
        Ok(())
    }
}
/// Clips `x` into `[lb, ub]` in place, entry by entry (`max(lb)` then `min(ub)`, as
/// `numpy.clip`; a NaN entry is left NaN). Extra entries past the shortest length are left.
pub(crate) fn clip_into<'b>(
    x: &mut [f64],
    lb: impl IntoIterator<Item = &'b f64>,
    ub: impl IntoIterator<Item = &'b f64>,
) {
    for (v, (l, u)) in x.iter_mut().zip(lb.into_iter().zip(ub)) {
        *v = v.max(*l).min(*u);
    }
}
