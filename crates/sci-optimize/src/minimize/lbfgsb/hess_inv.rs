//! SciPy's `LbfgsInvHessProduct`: the limited-memory inverse-Hessian approximation that
//! L-BFGS-B returns as `hess_inv`, applied by the two-loop recursion (Nocedal & Wright,
//! *Numerical Optimization*, Algorithm 7.4) with the identity as the initial matrix, as
//! SciPy does.

use sci_core::ndarray::{Array1, Array2, ArrayView1, Ix1};
use sci_core::{AsArray, Error, Result};

/// The L-BFGS inverse-Hessian approximation built from the stored correction pairs
/// `sₖ = x_{k+1} − xₖ`, `yₖ = g_{k+1} − gₖ` (one per row, oldest first).
///
/// Applying it costs `O(k n)` for `k` pairs; [`todense`](Self::todense) costs `O(k n²)`.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_optimize::LbfgsInvHessProduct;
///
/// // One pair of the quadratic ½ xᵀ diag(2, 4) x.
/// let h = LbfgsInvHessProduct::new(array![[1.0, 0.0]], array![[2.0, 0.0]]).unwrap();
/// let v = h.dot(&[2.0, 0.0]).unwrap();
/// assert!((v[0] - 1.0).abs() < 1e-15);
/// assert_eq!(h.todense().dim(), (2, 2));
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.optimize.LbfgsInvHessProduct.html>
/// - J. Nocedal, S. J. Wright, *Numerical Optimization*, 2nd ed., Springer, 2006, §7.2.
#[derive(Debug, Clone, PartialEq)]
pub struct LbfgsInvHessProduct {
    /// The corrections `sₖ`, one per row.
    pub sk: Array2<f64>,
    /// The gradient changes `yₖ`, one per row.
    pub yk: Array2<f64>,
    /// `ρₖ = 1 / (yₖᵀ sₖ)`.
    pub rho: Array1<f64>,
}

impl LbfgsInvHessProduct {
    /// The operator of the pairs `(sk, yk)` (both `k × n`).
    ///
    /// # Errors
    ///
    /// [`Error::ShapeMismatch`] when the two shapes differ.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// let h = sci_optimize::LbfgsInvHessProduct::new(array![[1.0]], array![[2.0]]).unwrap();
    /// assert_eq!(h.shape(), (1, 1));
    /// ```
    pub fn new(sk: Array2<f64>, yk: Array2<f64>) -> Result<Self> {
        sci_core::check_shape("LbfgsInvHessProduct: yk and sk", sk.shape(), yk.shape())?;
        let rho = sk
            .outer_iter()
            .zip(yk.outer_iter())
            .map(|(s, y)| 1.0 / s.dot(&y))
            .collect();
        Ok(LbfgsInvHessProduct { sk, yk, rho })
    }

    /// The operator's shape `(n, n)`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::Array2;
    /// let h = sci_optimize::LbfgsInvHessProduct::new(Array2::zeros((0, 3)), Array2::zeros((0, 3))).unwrap();
    /// assert_eq!(h.shape(), (3, 3));
    /// ```
    pub fn shape(&self) -> (usize, usize) {
        (self.sk.ncols(), self.sk.ncols())
    }

    /// `H v` by the two-loop recursion.
    ///
    /// # Errors
    ///
    /// [`Error::ShapeMismatch`] when `v`'s length is not `n`.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::Array2;
    /// let h = sci_optimize::LbfgsInvHessProduct::new(Array2::zeros((0, 2)), Array2::zeros((0, 2))).unwrap();
    /// assert_eq!(h.matvec(&[1.0, 2.0]).unwrap().to_vec(), vec![1.0, 2.0]);
    /// ```
    pub fn matvec<'x>(&self, v: impl AsArray<'x, f64, Ix1>) -> Result<Array1<f64>> {
        let v: ArrayView1<'_, f64> = v.into();
        let n = self.sk.ncols();
        sci_core::check_shape("LbfgsInvHessProduct: v", &[n], &[v.len()])?;
        let k = self.sk.nrows();
        let mut q = v.to_owned();
        let mut alpha = vec![0.0; k];
        for i in (0..k).rev() {
            alpha[i] = self.rho[i] * self.sk.row(i).dot(&q);
            q.scaled_add(-alpha[i], &self.yk.row(i));
        }
        for i in 0..k {
            let beta = self.rho[i] * self.yk.row(i).dot(&q);
            q.scaled_add(alpha[i] - beta, &self.sk.row(i));
        }
        Ok(q)
    }

    /// `H v` (SciPy's `dot`, the same as [`matvec`](Self::matvec)).
    ///
    /// # Errors
    ///
    /// As [`matvec`](Self::matvec).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// let h = sci_optimize::LbfgsInvHessProduct::new(array![[1.0]], array![[4.0]]).unwrap();
    /// assert!((h.dot(&[4.0]).unwrap()[0] - 1.0).abs() < 1e-15);
    /// ```
    pub fn dot<'x>(&self, v: impl AsArray<'x, f64, Ix1>) -> Result<Array1<f64>> {
        self.matvec(v)
    }

    /// The dense `n × n` matrix.
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_core::ndarray::array;
    /// let h = sci_optimize::LbfgsInvHessProduct::new(array![[1.0, 0.0]], array![[2.0, 0.0]]).unwrap();
    /// let d = h.todense();
    /// assert!((d[[0, 0]] - 0.5).abs() < 1e-15 && d[[1, 1]] == 1.0);
    /// ```
    pub fn todense(&self) -> Array2<f64> {
        let n = self.sk.ncols();
        let mut out = Array2::zeros((n, n));
        let mut e = Array1::zeros(n);
        for j in 0..n {
            e[j] = 1.0;
            if let Ok(col) = self.matvec(&e) {
                out.column_mut(j).assign(&col);
            }
            e[j] = 0.0;
        }
        out
    }
}

/// Builds the operator from chronological pairs (internal; shapes agree by construction).
pub(super) fn from_pairs(s: &[Vec<f64>], y: &[Vec<f64>], n: usize) -> LbfgsInvHessProduct {
    let k = s.len();
    let sk = Array2::from_shape_fn((k, n), |(i, j)| s[i][j]);
    let yk = Array2::from_shape_fn((k, n), |(i, j)| y[i][j]);
    LbfgsInvHessProduct::new(sk, yk).unwrap_or_else(|_: Error| LbfgsInvHessProduct {
        sk: Array2::zeros((0, n)),
        yk: Array2::zeros((0, n)),
        rho: Array1::zeros(0),
    })
}
