//! The array conventions every sci crate follows.
//!
//! ndarray is to sci what numpy is to SciPy:
//!
//! - **1-D input** is taken as `impl AsArray<'a, T>` (ndarray's [`AsArray`], default dimension
//!   `Ix1`), so a caller passes `&[f64]`, `&Vec<f64>`, `&[f64; N]`, `&Array1<f64>` or an
//!   `ArrayView1<f64>` alike, without a copy. Inside, [`view1`] turns it into an
//!   [`ArrayView1`].
//! - **N-d input** is taken as an ndarray view (`ArrayView2<'_, f64>`, `ArrayViewD`), or as
//!   `impl AsArray<'a, T, D>` where any dimension works.
//! - **Outputs** are owned arrays (`Array1`, `Array2`, ...) or plain scalars and structs.
//! - **Complex numbers** are [`Complex64`] (`num_complex::Complex<f64>`), the element type
//!   faer and rustfft use too, so complex data moves between them without conversion.
//! - **Checks** at the public boundary use the helpers of this module and return
//!   [`Error`] values, never panics.
//!
//! # Examples
//!
//! A function written to the convention accepts slices, vectors and arrays:
//!
//! ```
//! use sci_core::ndarray::{array, AsArray};
//! use sci_core::{view1, Result, check_nonempty, check_finite};
//!
//! /// The mean of a non-empty, finite sample.
//! fn mean<'a>(x: impl AsArray<'a, f64>) -> Result<f64> {
//!     let x = view1(x);
//!     check_nonempty("x", x.len(), 1)?;
//!     check_finite("x", &x)?;
//!     Ok(x.sum() / x.len() as f64)
//! }
//!
//! let v = vec![1.0, 2.0, 3.0];
//! assert!((mean(&v)? - 2.0).abs() < 1e-15);
//! assert!((mean(&[1.0, 3.0])? - 2.0).abs() < 1e-15);
//! assert!((mean(&array![4.0, 6.0])? - 5.0).abs() < 1e-15);
//! assert!(mean(&[f64::NAN]).is_err());
//! # Ok::<(), sci_core::Error>(())
//! ```

use ndarray::{ArrayBase, ArrayView, ArrayView1, Data, Dimension, IntoDimension, Ix1};

pub use ndarray::AsArray;
pub use num_complex::Complex64;

use crate::{Error, Result};

/// Views any 1-D input (slice, `Vec`, array, view) as an [`ArrayView1`], without copying.
///
/// # Examples
///
/// ```
/// let v = sci_core::view1(&[1.0, 2.0, 3.0]);
/// assert_eq!(v.len(), 3);
/// ```
pub fn view1<'a, T: 'a>(x: impl AsArray<'a, T, Ix1>) -> ArrayView1<'a, T> {
    x.into()
}

/// Views any input as an [`ArrayView`] of its own dimension, without copying.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// let a = array![[1.0, 2.0], [3.0, 4.0]];
/// assert_eq!(sci_core::view(&a).shape(), &[2, 2]);
/// ```
pub fn view<'a, T: 'a, D: Dimension>(x: impl AsArray<'a, T, D>) -> ArrayView<'a, T, D> {
    x.into()
}

/// Checks that `found` equals the shape `expected`.
///
/// # Errors
///
/// [`Error::ShapeMismatch`] with both shapes, naming `context`.
///
/// # Examples
///
/// ```
/// assert!(sci_core::check_shape("x", &[3], &[3]).is_ok());
/// assert!(sci_core::check_shape("x", &[3], &[4]).is_err());
/// ```
pub fn check_shape(context: &str, expected: &[usize], found: &[usize]) -> Result<()> {
    if expected == found {
        Ok(())
    } else {
        Err(Error::shape_mismatch(context, expected, found))
    }
}

/// Checks that two inputs have the same length (e.g. `x` and `y` samples).
///
/// # Errors
///
/// [`Error::ShapeMismatch`] naming both arguments, with both lengths.
///
/// # Examples
///
/// ```
/// assert!(sci_core::check_same_len("x", 3, "y", 3).is_ok());
/// let err = sci_core::check_same_len("x", 3, "y", 2).unwrap_err();
/// assert!(err.to_string().contains("y must match x"));
/// ```
pub fn check_same_len(name_a: &str, len_a: usize, name_b: &str, len_b: usize) -> Result<()> {
    if len_a == len_b {
        Ok(())
    } else {
        Err(Error::shape_mismatch(
            format!("{name_b} must match {name_a}"),
            &[len_a],
            &[len_b],
        ))
    }
}

/// Checks that a 2-D shape is square.
///
/// # Errors
///
/// [`Error::ShapeMismatch`] saying "expected square matrix", with the square shape that was
/// expected and the shape found.
///
/// # Examples
///
/// ```
/// assert!(sci_core::check_square("a", &[3, 3]).is_ok());
/// let err = sci_core::check_square("a", &[3, 4]).unwrap_err();
/// assert!(err.to_string().contains("expected square matrix"));
/// assert!(err.to_string().contains("[3, 4]"));
/// ```
pub fn check_square(name: &str, shape: &[usize]) -> Result<()> {
    match shape {
        [rows, cols] if rows == cols => Ok(()),
        [rows, _] => Err(Error::shape_mismatch(
            format!("{name}: expected square matrix"),
            &[*rows, *rows],
            shape,
        )),
        _ => Err(Error::invalid_argument(
            name,
            format!("an array of shape {shape:?}"),
            "must be a 2-D square matrix",
        )),
    }
}

/// Checks that an input has at least `min_len` elements.
///
/// # Errors
///
/// [`Error::EmptyInput`] naming the argument.
///
/// # Examples
///
/// ```
/// assert!(sci_core::check_nonempty("x", 1, 1).is_ok());
/// assert!(sci_core::check_nonempty("x", 0, 1).is_err());
/// ```
pub fn check_nonempty(name: &str, len: usize, min_len: usize) -> Result<()> {
    if len >= min_len {
        Ok(())
    } else {
        Err(Error::EmptyInput {
            name: name.to_string(),
            min_len,
        })
    }
}

/// Checks that every element is finite (no NaN, no infinity), as SciPy's `check_finite`.
///
/// # Errors
///
/// [`Error::NonFinite`] with the index and value of the first offending element (in logical,
/// row-major order).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// assert!(sci_core::check_finite("a", &array![[1.0, 2.0]]).is_ok());
/// let err = sci_core::check_finite("a", &array![[1.0, f64::INFINITY]]).unwrap_err();
/// assert!(err.to_string().contains("[0, 1]"));
/// ```
pub fn check_finite<S, D>(name: &str, a: &ArrayBase<S, D>) -> Result<()>
where
    S: Data,
    S::Elem: Finite,
    D: Dimension,
{
    match a.indexed_iter().find(|(_, v)| !v.is_finite_value()) {
        None => Ok(()),
        Some((index, value)) => Err(Error::NonFinite {
            name: name.to_string(),
            index: index.into_dimension().slice().to_vec(),
            value: value.first_non_finite(),
        }),
    }
}

/// Element types whose finiteness [`check_finite`] can test.
pub trait Finite {
    /// Whether the value (every part of it, for complex numbers) is finite.
    fn is_finite_value(&self) -> bool;
    /// The non-finite part of the value, for the error message.
    fn first_non_finite(&self) -> f64;
}

impl Finite for f64 {
    fn is_finite_value(&self) -> bool {
        self.is_finite()
    }
    fn first_non_finite(&self) -> f64 {
        *self
    }
}

impl Finite for f32 {
    fn is_finite_value(&self) -> bool {
        self.is_finite()
    }
    fn first_non_finite(&self) -> f64 {
        f64::from(*self)
    }
}

impl Finite for num_complex::Complex32 {
    fn is_finite_value(&self) -> bool {
        self.re.is_finite() && self.im.is_finite()
    }
    fn first_non_finite(&self) -> f64 {
        f64::from(if self.re.is_finite() {
            self.im
        } else {
            self.re
        })
    }
}

impl Finite for Complex64 {
    fn is_finite_value(&self) -> bool {
        self.re.is_finite() && self.im.is_finite()
    }
    fn first_non_finite(&self) -> f64 {
        if self.re.is_finite() {
            self.im
        } else {
            self.re
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array1, array};

    fn length<'a>(x: impl AsArray<'a, f64>) -> usize {
        view1(x).len()
    }

    #[test]
    fn one_d_input_accepts_slices_vectors_and_arrays() {
        let v = vec![1.0, 2.0];
        let a: Array1<f64> = array![1.0, 2.0, 3.0];
        assert_eq!(length(&v), 2);
        assert_eq!(length(v.as_slice()), 2);
        assert_eq!(length(&[1.0; 4]), 4);
        assert_eq!(length(&a), 3);
        assert_eq!(length(a.view()), 3);
        assert_eq!(length(a.slice(ndarray::s![..;2])), 2);
    }

    #[test]
    fn views_share_memory() {
        let v = vec![1.0, 2.0];
        assert_eq!(view1(&v).as_ptr(), v.as_ptr());
    }

    #[test]
    fn finiteness_reports_first_bad_index() {
        let a = array![[1.0, 2.0], [f64::NAN, f64::INFINITY]];
        match check_finite("a", &a) {
            Err(Error::NonFinite { index, value, .. }) => {
                assert_eq!(index, vec![1, 0]);
                assert!(value.is_nan());
            }
            other => panic!("expected NonFinite, got {other:?}"),
        }
        let c = array![
            Complex64::new(1.0, 0.0),
            Complex64::new(0.0, f64::NEG_INFINITY)
        ];
        assert!(check_finite("c", &c).is_err());
        assert!(check_finite("e", &Array1::<f64>::zeros(0)).is_ok());
        assert!(check_finite("f", &array![1.0f32, 2.0]).is_ok());
    }

    #[test]
    fn shape_checks() {
        assert!(check_square("a", &[2]).is_err());
        assert!(matches!(
            check_square("a", &[2, 3]),
            Err(Error::ShapeMismatch { ref expected, .. }) if expected == &vec![2, 2]
        ));
        assert!(check_shape("b", &[2, 3], &[3, 2]).is_err());
        assert!(check_same_len("x", 2, "y", 2).is_ok());
        assert!(check_nonempty("x", 1, 2).is_err());
    }
}
