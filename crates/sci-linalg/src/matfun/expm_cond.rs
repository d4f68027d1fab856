//! `expm_cond`: the relative condition number of the matrix exponential in the Frobenius
//! norm, computed exactly from the Kronecker form of the Fréchet derivative, as SciPy does.

use faer::Mat;
use sci_core::ndarray::{Array2, AsArray, Ix2};
use sci_core::{Result, as_faer, view};

use super::expm_frechet::{ExpmFrechetMethod, frechet_matrix};
use crate::decompositions::svdvals;
use crate::options::setters;
use crate::scalar::Scalar;
use crate::validate;

/// The optional arguments of [`expm_cond_with`]: SciPy's keywords of
/// `scipy.linalg.expm_cond`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpmCondOptions {
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for ExpmCondOptions {
    fn default() -> Self {
        Self { check_finite: true }
    }
}

setters!(ExpmCondOptions { check_finite: bool });

/// The relative condition number of the matrix exponential in the Frobenius norm: SciPy's
/// `scipy.linalg.expm_cond(A)`,
/// `κ(A) = ||K(A)||₂ ||A||_F / ||e^A||_F`,
/// where `K(A)` is the n²×n² Kronecker form of the Fréchet derivative
/// (`vec L(A, E) = K(A) vec E`), so that `||K(A)||₂ = max ||L(A, E)||_F / ||E||_F`.
///
/// `K(A)` is built column by column from the n² derivatives `L(A, e_i e_jᵀ)`
/// ([`expm_frechet`](crate::expm_frechet)) and its 2-norm is its largest singular value: O(n⁵)
/// time for the derivatives and O(n⁶) for the SVD, with n⁴ memory, which limits it to small
/// matrices (as in SciPy; Al-Mohy & Higham's Algorithm 7.1 estimates it in O(n³)).
///
/// # Errors
///
/// "expected square matrix" for a non-square `a`; [`sci_core::Error::NonFinite`] for a NaN or
/// infinity; [`sci_core::Error::EmptyInput`] for an empty matrix (SciPy raises a
/// `ValueError`); [`sci_core::Error::DidNotConverge`] if the SVD does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::expm_cond;
///
/// // For 1×1 input, κ = |a|.
/// assert!((expm_cond(&array![[2.0_f64]])? - 2.0).abs() < 1e-14);
/// // SciPy's example.
/// let a = array![[-0.3_f64, 0.2, 0.6], [0.6, 0.3, -0.1], [-0.7, 1.2, 0.9]];
/// assert!((expm_cond(&a)? - 1.7787805864469866).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.expm_cond.html>
/// - A. H. Al-Mohy and N. J. Higham, *SIAM J. Matrix Anal. Appl.* 30(4), 1639–1657 (2009),
///   §7.
/// - N. J. Higham, *Functions of Matrices: Theory and Computation*, SIAM 2008, §3.4.
pub fn expm_cond<'a, T: Scalar>(a: impl AsArray<'a, T, Ix2>) -> Result<f64> {
    expm_cond_with(a, &ExpmCondOptions::default())
}

/// [`expm_cond`] with SciPy's keyword `check_finite`.
///
/// # Errors
///
/// As [`expm_cond`].
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{ExpmCondOptions, expm_cond_with};
///
/// // For A = c I, L(A, E) = e^c E, so κ = |c| √n e^c / (√n e^c) = |c|.
/// let k = expm_cond_with(&array![[3.0_f64, 0.0], [0.0, 3.0]], &ExpmCondOptions::default())?;
/// assert!((k - 3.0).abs() < 1e-13);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.expm_cond.html>
pub fn expm_cond_with<'a, T: Scalar>(
    a: impl AsArray<'a, T, Ix2>,
    options: &ExpmCondOptions,
) -> Result<f64> {
    let a = view(a);
    let n = validate::square_order("A", &a)?;
    validate::finite("A", &a, options.check_finite)?;
    sci_core::check_nonempty("A", n, 1)?;
    let af = as_faer(&a);
    let mut k = Array2::from_elem((n * n, n * n), T::zero());
    let mut x = None;
    for i in 0..n {
        for j in 0..n {
            let e = Mat::from_fn(n, n, |r, c| {
                if (r, c) == (i, j) {
                    T::one()
                } else {
                    T::zero()
                }
            });
            let (expm_a, l) = frechet_matrix(af, e.as_ref(), ExpmFrechetMethod::Sps);
            // Column i n + j of K is vec L(A, e_i e_jᵀ), columns stacked.
            for c in 0..n {
                for r in 0..n {
                    k[[c * n + r, i * n + j]] = l[(r, c)];
                }
            }
            x.get_or_insert(expm_a);
        }
    }
    let k_norm: f64 = svdvals(&k)?.iter().fold(0.0f64, |m, &s| m.max(s.into()));
    let frobenius = |m: &dyn Fn(usize, usize) -> T| {
        (0..n)
            .flat_map(|i| (0..n).map(move |j| (i, j)))
            .map(|(i, j)| {
                let v: f64 = m(i, j).modulus().into();
                v * v
            })
            .sum::<f64>()
            .sqrt()
    };
    let a_norm = frobenius(&|i, j| af[(i, j)]);
    let x = x.unwrap_or_else(|| Mat::zeros(n, n));
    let x_norm = frobenius(&|i, j| x[(i, j)]);
    Ok(k_norm * a_norm / x_norm)
}
