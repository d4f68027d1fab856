//! Closeness assertions for scalars and arrays, real or complex.

use ndarray::{ArrayBase, Data, Dimension};
use num_complex::Complex64;

use super::Tol;

/// Anything [`assert_close`] can compare: a shape and its elements in row-major order, as
/// complex numbers (real data has zero imaginary parts).
///
/// Implemented for `f64`, `f32`, [`Complex64`], slices, `Vec`s and arrays of those, ndarray
/// arrays and views of any dimension, and references to all of these.
pub trait CloseData {
    /// The shape (`[]` for a scalar, `[n]` for a slice).
    fn close_shape(&self) -> Vec<usize>;
    /// The elements in row-major order.
    fn close_values(&self) -> Vec<Complex64>;
    /// Whether the data is complex (for the failure message).
    fn is_complex(&self) -> bool;
}

/// Element types of [`CloseData`] containers.
pub trait CloseElement: Copy {
    /// The element as a complex number.
    fn to_complex(self) -> Complex64;
    /// Whether the type is complex.
    const COMPLEX: bool;
}

impl CloseElement for f64 {
    fn to_complex(self) -> Complex64 {
        Complex64::new(self, 0.0)
    }
    const COMPLEX: bool = false;
}

impl CloseElement for f32 {
    fn to_complex(self) -> Complex64 {
        Complex64::new(f64::from(self), 0.0)
    }
    const COMPLEX: bool = false;
}

impl CloseElement for Complex64 {
    fn to_complex(self) -> Complex64 {
        self
    }
    const COMPLEX: bool = true;
}

impl CloseData for f64 {
    fn close_shape(&self) -> Vec<usize> {
        Vec::new()
    }
    fn close_values(&self) -> Vec<Complex64> {
        vec![self.to_complex()]
    }
    fn is_complex(&self) -> bool {
        false
    }
}

impl CloseData for f32 {
    fn close_shape(&self) -> Vec<usize> {
        Vec::new()
    }
    fn close_values(&self) -> Vec<Complex64> {
        vec![self.to_complex()]
    }
    fn is_complex(&self) -> bool {
        false
    }
}

impl CloseData for Complex64 {
    fn close_shape(&self) -> Vec<usize> {
        Vec::new()
    }
    fn close_values(&self) -> Vec<Complex64> {
        vec![*self]
    }
    fn is_complex(&self) -> bool {
        true
    }
}

impl<T: CloseElement> CloseData for [T] {
    fn close_shape(&self) -> Vec<usize> {
        vec![self.len()]
    }
    fn close_values(&self) -> Vec<Complex64> {
        self.iter().map(|v| v.to_complex()).collect()
    }
    fn is_complex(&self) -> bool {
        T::COMPLEX
    }
}

impl<T: CloseElement, const N: usize> CloseData for [T; N] {
    fn close_shape(&self) -> Vec<usize> {
        vec![N]
    }
    fn close_values(&self) -> Vec<Complex64> {
        self.as_slice().close_values()
    }
    fn is_complex(&self) -> bool {
        T::COMPLEX
    }
}

impl<T: CloseElement> CloseData for Vec<T> {
    fn close_shape(&self) -> Vec<usize> {
        vec![self.len()]
    }
    fn close_values(&self) -> Vec<Complex64> {
        self.as_slice().close_values()
    }
    fn is_complex(&self) -> bool {
        T::COMPLEX
    }
}

impl<S, D> CloseData for ArrayBase<S, D>
where
    S: Data,
    S::Elem: CloseElement,
    D: Dimension,
{
    fn close_shape(&self) -> Vec<usize> {
        self.shape().to_vec()
    }
    fn close_values(&self) -> Vec<Complex64> {
        self.iter().map(|v| v.to_complex()).collect()
    }
    fn is_complex(&self) -> bool {
        S::Elem::COMPLEX
    }
}

impl<T: CloseData + ?Sized> CloseData for &T {
    fn close_shape(&self) -> Vec<usize> {
        (**self).close_shape()
    }
    fn close_values(&self) -> Vec<Complex64> {
        (**self).close_values()
    }
    fn is_complex(&self) -> bool {
        (**self).is_complex()
    }
}

/// Compares `actual` with `expected` element by element; on failure the message names the
/// shapes, or the worst element's index, both values, its absolute and relative error, and
/// how many elements failed.
///
/// # Errors
///
/// The failure message, as a `String`.
///
/// # Examples
///
/// ```
/// use sci_core::testing::{check_close, Tol};
/// assert!(check_close(&[1.0, 2.0], &vec![1.0, 2.0 + 1e-14], Tol::CLOSED_FORM).is_ok());
/// let msg = check_close(&[1.0, 2.0], &[1.0, 2.1], Tol::CLOSED_FORM).unwrap_err();
/// assert!(msg.contains("index [1]"));
/// ```
pub fn check_close(
    actual: impl CloseData,
    expected: impl CloseData,
    tol: Tol,
) -> Result<(), String> {
    let (shape_a, shape_e) = (actual.close_shape(), expected.close_shape());
    if shape_a != shape_e {
        return Err(format!(
            "shapes differ: actual {shape_a:?}, expected {shape_e:?}"
        ));
    }
    let complex = actual.is_complex() || expected.is_complex();
    let (values_a, values_e) = (actual.close_values(), expected.close_values());
    let mut failures = 0usize;
    let mut worst: Option<(usize, f64)> = None;
    for (k, (a, e)) in values_a.iter().zip(&values_e).enumerate() {
        let nan_a = a.re.is_nan() || a.im.is_nan();
        let nan_e = e.re.is_nan() || e.im.is_nan();
        let error = (a - e).norm();
        if !tol.accepts_error(error, e.norm(), nan_a, nan_e, a == e) {
            failures += 1;
            // NaN against a number has an undefined error: rank it worst.
            let excess = if error.is_nan() {
                f64::INFINITY
            } else {
                error - tol.atol - tol.rtol * e.norm()
            };
            if worst.is_none_or(|(_, w)| excess > w) {
                worst = Some((k, excess));
            }
        }
    }
    let Some((k, _)) = worst else {
        return Ok(());
    };
    let (a, e) = (values_a[k], values_e[k]);
    let show = |z: Complex64| {
        if complex {
            format!("{z}")
        } else {
            format!("{:e}", z.re)
        }
    };
    let error = (a - e).norm();
    Err(format!(
        "{failures} of {} element(s) not close (rtol {:e}, atol {:e}); worst at index {:?}: \
         actual {}, expected {}, abs error {:e}, rel error {:e}",
        values_a.len(),
        tol.rtol,
        tol.atol,
        unravel(k, &shape_a),
        show(a),
        show(e),
        error,
        error / e.norm(),
    ))
}

/// Asserts that `actual` is close to `expected` under `tol` (see [`check_close`] for the
/// rule and the message); panics with that message otherwise.
///
/// # Panics
///
/// When any element is not close, or the shapes differ.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_core::testing::{assert_close, Tol};
///
/// assert_close(0.1 + 0.2, 0.3, Tol::CLOSED_FORM);
/// assert_close(&array![[1.0, 2.0]], &array![[1.0, 2.0]], Tol::EXACT);
/// ```
#[track_caller]
pub fn assert_close(actual: impl CloseData, expected: impl CloseData, tol: Tol) {
    if let Err(message) = check_close(actual, expected, tol) {
        panic!("assert_close failed: {message}");
    }
}

/// The multi-index of flat position `k` in row-major order.
fn unravel(mut k: usize, shape: &[usize]) -> Vec<usize> {
    let mut index = vec![0; shape.len()];
    for (slot, &len) in index.iter_mut().zip(shape).rev() {
        if len > 0 {
            *slot = k % len;
            k /= len;
        }
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array2, array};

    #[test]
    fn reports_index_values_and_errors_of_the_worst_element() {
        let actual = array![[1.0, 2.0, 3.0], [4.0, 5.5, 6.0]];
        let mut expected = actual.clone();
        expected[[1, 1]] = 5.0;
        expected[[0, 2]] = 3.1;
        let msg = check_close(&actual, &expected, Tol::rel(1e-6)).unwrap_err();
        assert!(msg.starts_with("2 of 6 element(s) not close"), "{msg}");
        assert!(msg.contains("index [1, 1]"), "{msg}");
        assert!(msg.contains("actual 5.5e0, expected 5e0"), "{msg}");
        assert!(msg.contains("abs error 5e-1"), "{msg}");
    }

    #[test]
    fn shapes_must_match() {
        let msg = check_close(
            Array2::<f64>::zeros((2, 3)),
            Array2::<f64>::zeros((3, 2)),
            Tol::EXACT,
        )
        .unwrap_err();
        assert_eq!(msg, "shapes differ: actual [2, 3], expected [3, 2]");
        assert!(check_close([1.0], 1.0, Tol::EXACT).is_err());
    }

    #[test]
    fn nan_and_infinities_match_only_themselves() {
        assert!(
            check_close(
                [f64::NAN, f64::INFINITY],
                [f64::NAN, f64::INFINITY],
                Tol::EXACT
            )
            .is_ok()
        );
        assert!(check_close(f64::NAN, 1.0, Tol::rel(1.0)).is_err());
        assert!(check_close(f64::INFINITY, f64::NEG_INFINITY, Tol::rel(1.0)).is_err());
        assert!(check_close(1.0, f64::NAN, Tol::rel(1.0)).is_err());
    }

    #[test]
    fn complex_values_compare_by_modulus() {
        let a = [Complex64::new(1.0, 1.0)];
        let e = vec![Complex64::new(1.0, 1.0 + 1e-13)];
        assert_close(a, e, Tol::CLOSED_FORM);
        let msg = check_close(
            Complex64::new(0.0, 1.0),
            Complex64::new(0.0, 2.0),
            Tol::CLOSED_FORM,
        )
        .unwrap_err();
        assert!(msg.contains("actual 0+1i"), "{msg}");
    }

    #[test]
    fn mixed_containers_compare() {
        assert_close(vec![1.0f32, 2.0], array![1.0, 2.0], Tol::rel(1e-7));
        assert_close(array![1.0, 2.0].view(), [1.0, 2.0], Tol::EXACT);
    }

    #[test]
    #[should_panic(expected = "assert_close failed")]
    fn assert_close_panics_with_the_message() {
        assert_close(1.0, 2.0, Tol::CLOSED_FORM);
    }

    #[test]
    fn absolute_tolerance_covers_zero_expected() {
        assert!(check_close(1e-20, 0.0, Tol::CLOSED_FORM).is_err());
        assert!(check_close(1e-20, 0.0, Tol::new(1e-12, 1e-15)).is_ok());
    }

    #[test]
    fn unravel_row_major() {
        assert_eq!(unravel(5, &[2, 3]), vec![1, 2]);
        assert_eq!(unravel(0, &[]), Vec::<usize>::new());
    }
}
