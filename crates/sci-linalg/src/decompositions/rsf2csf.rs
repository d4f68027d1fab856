//! `rsf2csf`: a real Schur form `(T, Z)` to a complex one, by one Givens rotation per 2×2
//! diagonal block.

use faer::complex::Complex;
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Error, Result, view};

use crate::decompositions::schur::givens;
use crate::scalar::Scalar;
use crate::validate;

type Complex64 = Complex<f64>;

/// The optional arguments of [`rsf2csf_with`]: SciPy's keywords of `scipy.linalg.rsf2csf`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rsf2csfOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for Rsf2csfOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

impl Rsf2csfOptions {
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// A complex Schur form as [`rsf2csf`] returns it: SciPy's `(T, Z)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Rsf2csf {
    /// The upper triangular complex Schur form.
    pub t: Array2<Complex64>,
    /// The unitary Schur vectors, with `A = Z T Zᴴ` for the `A` of the real form.
    pub z: Array2<Complex64>,
}

/// Converts a real Schur form to a complex one: SciPy's `scipy.linalg.rsf2csf(T, Z)`.
///
/// Each 2×2 diagonal block of the quasi-triangular `T` whose subdiagonal entry is not
/// negligible (`|t₂₁| > ε (|t₁₁| + |t₂₂|)`) is triangularised by the unitary rotation taking
/// the eigenvector of its eigenvalue with positive imaginary part to the first coordinate;
/// the rotation is applied to the rest of `T` and to `Z`, so `Z T Zᴴ` is unchanged. O(n²)
/// time.
///
/// # Errors
///
/// "expected square matrix" for a non-square `T` or `Z`; [`Error::ShapeMismatch`] when their
/// orders differ; [`Error::NonFinite`] for a NaN or infinity.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{rsf2csf, schur};
///
/// let a = array![[0.0_f64, 2.0, 2.0], [0.0, 1.0, 2.0], [1.0, 0.0, 1.0]];
/// let s = schur(&a)?;
/// let c = rsf2csf(&s.t, &s.z)?;
/// assert!((0..3).all(|j| (j + 1..3).all(|i| c.t[[i, j]].norm() == 0.0)));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.rsf2csf.html>
/// - G. H. Golub and C. F. Van Loan, *Matrix Computations*, 4th ed., §5.1.8 (complex Givens
///   rotations), §7.4.1.
pub fn rsf2csf<'a, 'b, T: Scalar + 'a + 'b>(
    t: impl AsArray<'a, T, Ix2>,
    z: impl AsArray<'b, T, Ix2>,
) -> Result<Rsf2csf> {
    rsf2csf_with(t, z, &Rsf2csfOptions::default())
}

/// [`rsf2csf`] with SciPy's `check_finite`.
///
/// # Errors
///
/// As [`rsf2csf`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{rsf2csf_with, Rsf2csfOptions};
///
/// let t = array![[1.0_f64, -2.0], [2.0, 1.0]];
/// let z = array![[1.0_f64, 0.0], [0.0, 1.0]];
/// let c = rsf2csf_with(&t, &z, &Rsf2csfOptions::default())?;
/// assert!((c.t[[0, 0]].im.abs() - 2.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.rsf2csf.html>
pub fn rsf2csf_with<'a, 'b, T: Scalar + 'a + 'b>(
    t: impl AsArray<'a, T, Ix2>,
    z: impl AsArray<'b, T, Ix2>,
    options: &Rsf2csfOptions,
) -> Result<Rsf2csf> {
    let (t, z) = (view(t), view(z));
    validate::finite("Z", &z, options.check_finite)?;
    validate::finite("T", &t, options.check_finite)?;
    let nz = validate::square_order("Z", &z)?;
    let n = validate::square_order("T", &t)?;
    if n != nz {
        return Err(Error::ShapeMismatch {
            context: "rsf2csf: Z and T".into(),
            expected: vec![nz, nz],
            found: vec![n, n],
        });
    }
    let mut t = t.mapv(Scalar::to_c64);
    let mut z = z.mapv(Scalar::to_c64);
    let abs = |v: Complex64| v.norm();
    for m in (1..n).rev() {
        let sub = t[[m, m - 1]];
        if abs(sub) > f64::EPSILON * (abs(t[[m - 1, m - 1]]) + abs(t[[m, m]])) {
            let mu = first_eigenvalue(t[[m - 1, m - 1]], t[[m - 1, m]], sub, t[[m, m]]);
            // (μ − t₂₂, t₂₁) is an eigenvector for μ: G maps it to a multiple of e₁, so the
            // similarity G T Gᴴ has μ at (m − 1, m − 1) and a zero below it.
            let (c, s) = givens(mu - t[[m, m]], sub);
            for j in m - 1..n {
                let (x, y) = (t[[m - 1, j]], t[[m, j]]);
                t[[m - 1, j]] = x * c + s * y;
                t[[m, j]] = -s.conj() * x + y * c;
            }
            for r in 0..=m {
                let (x, y) = (t[[r, m - 1]], t[[r, m]]);
                t[[r, m - 1]] = x * c + s.conj() * y;
                t[[r, m]] = -s * x + y * c;
            }
            for r in 0..n {
                let (x, y) = (z[[r, m - 1]], z[[r, m]]);
                z[[r, m - 1]] = x * c + s.conj() * y;
                z[[r, m]] = -s * x + y * c;
            }
        }
        t[[m, m - 1]] = Complex64::new(0.0, 0.0);
    }
    Ok(Rsf2csf { t, z })
}

/// An eigenvalue of `[[a, b], [c, d]]`: the one with positive imaginary part for a complex
/// pair (the one LAPACK lists first), else the larger.
fn first_eigenvalue(a: Complex64, b: Complex64, c: Complex64, d: Complex64) -> Complex64 {
    let p = 0.5 * (a - d);
    let root = (p * p + b * c).sqrt();
    let (l1, l2) = (0.5 * (a + d) + root, 0.5 * (a + d) - root);
    if (l1.im, l1.re) >= (l2.im, l2.re) {
        l1
    } else {
        l2
    }
}
