//! Named tolerances: a test never writes a bare `1e-9` without saying why.

/// A relative and an absolute tolerance: `actual` is close to `expected` when
/// `|actual - expected| <= atol + rtol * |expected|` (numpy's `isclose` rule).
///
/// NaN is close to NaN, and an infinity to the same infinity: SciPy's NaN and infinite results
/// are part of what is checked.
///
/// # Examples
///
/// ```
/// use sci_core::testing::Tol;
/// assert!(Tol::CLOSED_FORM.accepts(1.0 + 1e-13, 1.0));
/// assert!(!Tol::CLOSED_FORM.accepts(1.0 + 1e-11, 1.0));
/// assert!(Tol::EXACT.accepts(f64::NAN, f64::NAN));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tol {
    /// Relative tolerance, scaled by `|expected|`.
    pub rtol: f64,
    /// Absolute tolerance.
    pub atol: f64,
}

impl Tol {
    /// Bit-for-bit agreement (up to the sign of zero).
    pub const EXACT: Tol = Tol::new(0.0, 0.0);
    /// Closed-form results: 1e-12 relative (DESIGN.md, "Tolerances").
    pub const CLOSED_FORM: Tol = Tol::new(1e-12, 0.0);
    /// Results of iterative methods (optimizers, solvers): 1e-8 relative.
    pub const ITERATIVE: Tol = Tol::new(1e-8, 0.0);

    /// A tolerance with both parts.
    ///
    /// # Examples
    ///
    /// ```
    /// let tol = sci_core::testing::Tol::new(1e-10, 1e-14);
    /// assert!(tol.accepts(1e-15, 0.0));
    /// ```
    pub const fn new(rtol: f64, atol: f64) -> Tol {
        Tol { rtol, atol }
    }

    /// A purely relative tolerance.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_core::testing::Tol::rel(1e-3).accepts(100.05, 100.0));
    /// ```
    pub const fn rel(rtol: f64) -> Tol {
        Tol::new(rtol, 0.0)
    }

    /// A purely absolute tolerance.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(sci_core::testing::Tol::abs(1e-12).accepts(1e-13, 0.0));
    /// ```
    pub const fn abs(atol: f64) -> Tol {
        Tol::new(0.0, atol)
    }

    /// A relative tolerance of `factor * n` machine epsilons, for results whose rounding error
    /// grows with the problem size `n` (sums, dot products, FFTs of length `n`).
    ///
    /// # Examples
    ///
    /// ```
    /// let tol = sci_core::testing::Tol::eps_scaled(1000, 4.0);
    /// assert!((tol.rtol - 4000.0 * f64::EPSILON).abs() < 1e-25);
    /// ```
    pub fn eps_scaled(n: usize, factor: f64) -> Tol {
        Tol::rel(factor * n.max(1) as f64 * f64::EPSILON)
    }

    /// Whether `actual` is close to `expected` under this tolerance.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::testing::Tol;
    /// assert!(Tol::rel(1e-6).accepts(f64::INFINITY, f64::INFINITY));
    /// assert!(!Tol::rel(1e-6).accepts(f64::NAN, 1.0));
    /// ```
    pub fn accepts(&self, actual: f64, expected: f64) -> bool {
        self.accepts_error(
            actual - expected,
            expected,
            actual.is_nan(),
            expected.is_nan(),
            actual == expected,
        )
    }

    /// The shared rule for real and complex values: `error` is `actual - expected` (its modulus
    /// for complex values, passed in as a real), `scale` is `|expected|`.
    pub(crate) fn accepts_error(
        &self,
        error: f64,
        scale: f64,
        actual_nan: bool,
        expected_nan: bool,
        equal: bool,
    ) -> bool {
        if actual_nan || expected_nan {
            return actual_nan && expected_nan;
        }
        if equal {
            return true;
        }
        // Unequal values with an infinite difference: an infinity against a number, or
        // infinities of opposite signs.
        if !error.is_finite() {
            return false;
        }
        error.abs() <= self.atol + self.rtol * scale.abs()
    }
}
