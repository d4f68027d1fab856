//! Small dense helpers the matrix-equation solvers share: every solver computes in
//! `Complex64` (real input gives real output by dropping the rounding-level imaginary parts),
//! so these work on `Array2<Complex64>`: conversion, adjoints, norms, Householder
//! reflections, and LU solves with SciPy's singularity and conditioning checks.

use faer::Mat;
use sci_core::Complex64;
use sci_core::ndarray::{Array2, ArrayView2};
use sci_core::{Error, Result, as_faer, as_faer_mut};

use crate::condition::{inverse_one_norm_estimate, one_norm, reciprocal};
use crate::lu_kernel::LuFactors;
use crate::scalar::Scalar;
use crate::validate;

pub(crate) type C = Complex64;

/// `a` in double-precision complex arithmetic.
pub(crate) fn to_c64<T: Scalar>(a: &ArrayView2<'_, T>) -> Array2<C> {
    a.mapv(T::to_c64)
}

/// `x` rounded back to the input's type (the real part for a real type).
pub(crate) fn from_c64<T: Scalar>(x: &Array2<C>) -> Array2<T> {
    x.mapv(T::from_c64)
}

/// The conjugate transpose.
pub(crate) fn adjoint(a: &Array2<C>) -> Array2<C> {
    a.t().mapv(|v| v.conj())
}

/// The largest modulus of an entry (0 for an empty matrix).
pub(crate) fn max_abs(a: &Array2<C>) -> f64 {
    a.iter().fold(0.0, |acc, v| acc.max(v.norm()))
}

/// `||a||_1`, the largest column sum of moduli.
pub(crate) fn norm1(a: &Array2<C>) -> f64 {
    (0..a.ncols())
        .map(|j| a.column(j).iter().map(|v| v.norm()).sum::<f64>())
        .fold(0.0, f64::max)
}

/// numpy's `spacing(x)` for `x ≥ 0`: the gap from `x` to the next larger double.
pub(crate) fn spacing(x: f64) -> f64 {
    let x = x.abs();
    if !x.is_finite() {
        return f64::NAN;
    }
    f64::from_bits(x.to_bits() + 1) - x
}

/// A Householder reflector `I − τ v vᴴ` (real `τ`, so Hermitian and unitary) acting on rows
/// `k..` of whatever it is applied to.
pub(crate) struct Reflector {
    k: usize,
    v: Vec<C>,
    tau: f64,
}

/// The reflectors `H₁ … H_p` (`p = min(rows, cols)`) of the QR factorization `a = Q R`,
/// `Q = H₁ H₂ ⋯ H_p`.
pub(crate) fn householder(a: &Array2<C>) -> Vec<Reflector> {
    let (rows, cols) = a.dim();
    let mut w = a.clone();
    let mut out = Vec::new();
    for k in 0..rows.min(cols) {
        let x: Vec<C> = (k..rows).map(|i| w[[i, k]]).collect();
        let norm = x.iter().fold(0.0_f64, |acc, v| acc.hypot(v.norm()));
        if norm == 0.0 {
            continue;
        }
        // v = x + e^{iθ} ||x|| e₁ with θ = arg x₀: no cancellation in v₀.
        let phase = if x[0].norm() == 0.0 {
            C::new(1.0, 0.0)
        } else {
            x[0] / x[0].norm()
        };
        let mut v = x;
        v[0] += phase * norm;
        let vv: f64 = v.iter().map(|z| z.norm_sqr()).sum();
        let r = Reflector {
            k,
            v,
            tau: 2.0 / vv,
        };
        r.apply(&mut w);
        out.push(r);
    }
    out
}

impl Reflector {
    /// `y ← (I − τ v vᴴ) y` on rows `k..` of `y`.
    pub(crate) fn apply(&self, y: &mut Array2<C>) {
        for j in 0..y.ncols() {
            let s: C = self
                .v
                .iter()
                .enumerate()
                .map(|(i, vi)| vi.conj() * y[[self.k + i, j]])
                .sum();
            let s = s * self.tau;
            for (i, vi) in self.v.iter().enumerate() {
                y[[self.k + i, j]] -= *vi * s;
            }
        }
    }
}

/// `Qᴴ y` for `Q = H₁ ⋯ H_p`.
pub(crate) fn apply_qh(reflectors: &[Reflector], y: &mut Array2<C>) {
    for r in reflectors {
        r.apply(y);
    }
}

/// The first `cols` columns of `Q = H₁ ⋯ H_p` (`rows × cols`).
pub(crate) fn q_columns(reflectors: &[Reflector], rows: usize, cols: usize) -> Array2<C> {
    let mut q = Array2::<C>::zeros((rows, cols));
    for j in 0..cols.min(rows) {
        q[[j, j]] = C::new(1.0, 0.0);
    }
    for r in reflectors.iter().rev() {
        r.apply(&mut q);
    }
    q
}

/// An LU factorization of a square `Complex64` matrix that has passed SciPy's checks.
pub(crate) struct CheckedLu {
    lu: LuFactors<C>,
}

impl CheckedLu {
    /// Factors `a`: [`Error::SingularMatrix`] (naming `what`) for an exactly zero pivot, and
    /// [`Error::IllConditioned`] when the reciprocal 1-norm condition number is below the
    /// machine epsilon of `T` and not `accept`ed.
    pub(crate) fn new<T: Scalar>(a: &Array2<C>, what: &str, accept: bool) -> Result<Self> {
        let lu = LuFactors::new(as_faer(a));
        if let Some(k) = lu.first_zero_pivot() {
            return Err(Error::SingularMatrix {
                detail: format!("{what}: zero pivot at column {k} of the LU factorization"),
            });
        }
        let n = a.nrows();
        let anorm = one_norm(as_faer(a));
        let inorm = inverse_one_norm_estimate::<C>(
            n,
            |x| lu.solve_in_place(crate::condition::column_mut(x)),
            |x| lu.solve_transpose_in_place(crate::condition::column_mut(x), true),
        );
        validate::conditioning::<T>(reciprocal(anorm, inorm), accept)?;
        Ok(Self { lu })
    }

    /// `a⁻¹ b`.
    pub(crate) fn solve(&self, b: &Array2<C>) -> Array2<C> {
        let mut x = b.as_standard_layout().to_owned();
        self.lu.solve_in_place(as_faer_mut(&mut x));
        x
    }

    /// `a⁻¹`.
    pub(crate) fn inverse(&self) -> Array2<C> {
        let inv: Mat<C> = self.lu.inverse();
        Array2::from_shape_fn((inv.nrows(), inv.ncols()), |(i, j)| inv[(i, j)])
    }
}
