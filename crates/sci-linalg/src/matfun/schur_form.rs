//! The Schur reduction behind `sqrtm`, `logm` and `fractional_matrix_power`: `A = Z T Zᴴ` with
//! `T` upper triangular (complex), the recombination `Z f(T) Zᴴ`, and the rule that decides
//! whether a real input's result is real.
//!
//! Real input goes through the real Schur form first: a 1×1 block with a negative entry is a
//! negative real eigenvalue, where the principal square root and fractional powers of a real
//! matrix are not real (SciPy then returns a complex array). The real form is then made
//! triangular by `rsf2csf`. Upper triangular input is its own Schur form, as in SciPy.

use faer::Mat;
use sci_core::ndarray::{Array2, ArrayView2};
use sci_core::{Complex64, Error, Result};

use crate::decompositions::{SchurOptions, rsf2csf, schur, schur_complex};
use crate::scalar::Scalar;

use super::value::{MatrixValue, maybe_real};

use super::triangular::product;

/// `A = Z T Zᴴ` with `T` upper triangular.
pub(crate) struct TriangularForm {
    /// The triangular factor.
    pub(crate) t: Mat<Complex64>,
    /// The unitary factor; `None` when `A` was already upper triangular.
    pub(crate) z: Option<Mat<Complex64>>,
    /// Whether a real `A` has a negative real eigenvalue (never set for complex `A`).
    pub(crate) negative_real: bool,
    /// Whether a real `A` went through the complex Schur form (the real QR algorithm did not
    /// converge), so that `negative_real` is unknown and the result's imaginary parts decide
    /// its kind, by SciPy's rule for `logm`.
    pub(crate) kind_from_result: bool,
}

fn to_mat(a: &Array2<Complex64>) -> Mat<Complex64> {
    Mat::from_fn(a.nrows(), a.ncols(), |i, j| a[[i, j]])
}

fn is_upper_triangular<T: Scalar>(a: &ArrayView2<'_, T>) -> bool {
    let n = a.nrows();
    (0..n).all(|j| (j + 1..n).all(|i| a[[i, j]] == T::zero()))
}

/// The triangular form of the square, finite `a`.
pub(crate) fn triangular_form<T: Scalar>(a: &ArrayView2<'_, T>) -> Result<TriangularForm> {
    let n = a.nrows();
    if is_upper_triangular(a) {
        let negative_real = !T::IS_COMPLEX && (0..n).any(|i| a[[i, i]].re().into() < 0.0);
        return Ok(TriangularForm {
            t: Mat::from_fn(n, n, |i, j| a[[i, j]].to_c64()),
            z: None,
            negative_real,
            kind_from_result: false,
        });
    }
    let complex_form = |kind_from_result| -> Result<TriangularForm> {
        let s = schur_complex(a, &SchurOptions::default().check_finite(false))?;
        Ok(TriangularForm {
            t: to_mat(&s.t),
            z: Some(to_mat(&s.z)),
            negative_real: false,
            kind_from_result,
        })
    };
    if T::IS_COMPLEX {
        return complex_form(false);
    }
    let real = a.mapv(|x| x.re().into());
    let s = match schur(&real) {
        Ok(s) => s,
        // The real double-shift QR iteration can stall where the complex single-shift one
        // converges (e.g. a highly multiple eigenvalue): the complex form serves as well.
        Err(Error::DidNotConverge { .. }) => return complex_form(true),
        Err(e) => return Err(e),
    };
    // A 1×1 block: no non-zero subdiagonal entry next to it (the form zeroes deflated ones).
    let negative_real = (0..n).any(|i| {
        let below = i + 1 < n && s.t[[i + 1, i]] != 0.0;
        let above = i > 0 && s.t[[i, i - 1]] != 0.0;
        !below && !above && s.t[[i, i]] < 0.0
    });
    let c = rsf2csf(&s.t, &s.z)?;
    Ok(TriangularForm {
        t: to_mat(&c.t),
        z: Some(to_mat(&c.z)),
        negative_real,
        kind_from_result: false,
    })
}

impl TriangularForm {
    /// The position of the first exact zero on the diagonal of `T` (an exactly singular `A`).
    pub(crate) fn zero_eigenvalue(&self) -> Option<usize> {
        (0..self.t.nrows()).find(|&i| self.t[(i, i)] == Complex64::new(0.0, 0.0))
    }

    /// `Z U Zᴴ`.
    pub(crate) fn recombine(&self, u: Mat<Complex64>) -> Mat<Complex64> {
        match &self.z {
            None => u,
            Some(z) => {
                let zu = product(z.as_ref(), u.as_ref());
                let zh = Mat::from_fn(z.ncols(), z.nrows(), |i, j| z[(j, i)].conj());
                product(zu.as_ref(), zh.as_ref())
            }
        }
    }
}

/// The result as SciPy types it for `sqrtm` and `fractional_matrix_power`: real for a real
/// input without negative real eigenvalues (its principal root or power is real; the
/// imaginary parts left by the complex Schur form are rounding errors), complex otherwise.
pub(crate) fn value<T: Scalar>(form: &TriangularForm, x: &Mat<Complex64>) -> MatrixValue {
    let (n, m) = (x.nrows(), x.ncols());
    if form.kind_from_result {
        return maybe_real::<T>(x.as_ref());
    }
    if !T::IS_COMPLEX && !form.negative_real {
        MatrixValue::Real(Array2::from_shape_fn((n, m), |(i, j)| x[(i, j)].re))
    } else {
        MatrixValue::Complex(Array2::from_shape_fn((n, m), |(i, j)| x[(i, j)]))
    }
}

/// An empty result of the input's kind.
pub(crate) fn empty<T: Scalar>() -> MatrixValue {
    if T::IS_COMPLEX {
        MatrixValue::Complex(Array2::from_elem((0, 0), Complex64::new(0.0, 0.0)))
    } else {
        MatrixValue::Real(Array2::zeros((0, 0)))
    }
}
