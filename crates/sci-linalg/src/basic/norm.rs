//! `norm`: vector and matrix norms with numpy's `ord`, `axis` and `keepdims` (SciPy's
//! `scipy.linalg.norm`).

use faer::linalg::svd::ComputeSvdVectors;
use sci_core::ndarray::{
    ArrayD, ArrayView1, ArrayView2, ArrayViewD, AsArray, Axis, Dimension, IxDyn,
};
use sci_core::{Error, Result, as_faer, view};

use crate::decompositions::SvdFactors;
use crate::scalar::Scalar;
use crate::validate;

/// The order of a norm (numpy's `ord`). Vectors take `Inf`, `NegInf` and any `P(p)` (`P(0.0)`
/// counts the non-zero entries, `P(2.0)` is the Euclidean norm); matrices take `Fro`, `Nuc`,
/// `Inf`, `NegInf` (largest/smallest row sum), `P(1.0)`, `P(-1.0)` (largest/smallest column
/// sum) and `P(2.0)`, `P(-2.0)` (largest/smallest singular value).
///
/// Named `NormOrd` rather than `Ord` so that it does not shadow `std::cmp::Ord` in a glob
/// import.
#[doc(alias = "ord")]
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NormOrd {
    /// The Frobenius norm (`'fro'`), matrices only.
    Fro,
    /// The nuclear norm, the sum of the singular values (`'nuc'`), matrices only.
    Nuc,
    /// `inf`: the largest modulus (vectors) or the largest absolute row sum (matrices).
    Inf,
    /// `-inf`: the smallest modulus (vectors) or the smallest absolute row sum (matrices).
    NegInf,
    /// A number `p` (`P(f64::INFINITY)` is the same as `Inf`).
    P(f64),
}

/// Which axes a norm runs over (numpy's `axis`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NormAxis {
    /// `axis=None` (the default): the vector norm of a 1-D array, the matrix norm of a 2-D
    /// one, or, without `ord`, the 2-norm of all entries of an array of any dimension.
    #[default]
    All,
    /// `axis=k`: vector norms along axis `k` (negative counts from the end).
    One(isize),
    /// `axis=(r, c)`: the matrix norm with rows along `r` and columns along `c`.
    Two(isize, isize),
}

/// The optional arguments of [`norm_with`]: numpy's `ord`, `axis`, `keepdims` and SciPy's
/// `check_finite`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NormOptions {
    /// The order (`None` by default: the 2-norm of vectors, the Frobenius norm of matrices).
    pub ord: Option<NormOrd>,
    /// The axes (all by default).
    pub axis: NormAxis,
    /// Keep the reduced axes with length one (`false` by default).
    pub keepdims: bool,
    /// Whether a NaN or infinity in the input is an error (SciPy's `check_finite`, `true`).
    pub check_finite: bool,
}

impl Default for NormOptions {
    fn default() -> Self {
        Self {
            ord: None,
            axis: NormAxis::All,
            keepdims: false,
            check_finite: true,
        }
    }
}

impl NormOptions {
    /// Sets `ord`.
    #[must_use]
    pub fn ord(mut self, ord: NormOrd) -> Self {
        self.ord = Some(ord);
        self
    }
    /// Sets `axis` to one axis.
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = NormAxis::One(axis);
        self
    }
    /// Sets `axis` to two axes (rows, columns).
    #[must_use]
    pub fn axes(mut self, rows: isize, cols: isize) -> Self {
        self.axis = NormAxis::Two(rows, cols);
        self
    }
    /// Sets `keepdims`.
    #[must_use]
    pub fn keepdims(mut self, keepdims: bool) -> Self {
        self.keepdims = keepdims;
        self
    }
    /// Sets `check_finite`.
    #[must_use]
    pub fn check_finite(mut self, check_finite: bool) -> Self {
        self.check_finite = check_finite;
        self
    }
}

/// The 2-norm of all entries (the Frobenius norm of a matrix): SciPy's
/// `scipy.linalg.norm(a)`, for an array of any dimension.
///
/// Computed with scaling, so it neither overflows nor underflows where the result is
/// representable (as BLAS's `nrm2`). O(size) time.
///
/// # Errors
///
/// [`Error::NonFinite`] for a NaN or infinity (see [`norm_with`] to turn the check off).
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::norm;
///
/// assert_eq!(norm(&array![3.0_f64, 4.0])?, 5.0);
/// assert!((norm(&array![[1.0_f64, 2.0], [3.0, 4.0]])? - 30.0_f64.sqrt()).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.norm.html>
pub fn norm<'a, T: Scalar, D: Dimension>(a: impl AsArray<'a, T, D>) -> Result<T::Real> {
    let a = view(a);
    validate::finite("a", &a, true)?;
    Ok(real::<T>(two_norm(a.iter().copied())))
}

/// A vector or matrix norm with numpy's `ord`, `axis` and `keepdims`: SciPy's
/// `scipy.linalg.norm(a, ord, axis, keepdims)`.
///
/// The result is an array: 0-dimensional when every axis is reduced without `keepdims`
/// (take the value with `.into_iter().next()` or index `[[]]`). One axis gives vector norms
/// along it, two axes matrix norms over them (one per index of the other axes: the norms of a
/// stack of matrices, also [`crate::stacked::norm`]), for arrays of any dimension. The 2-norms of matrices (`P(±2)`, `Nuc`)
/// take an SVD: O(M N min(M, N)); the others O(M N).
///
/// # Errors
///
/// - [`Error::InvalidArgument`] for an order that does not apply (`Fro`/`Nuc` for vectors,
///   `P(3.0)` for matrices, NaN), an axis out of range, repeated axes, or an order given with
///   `axis` unset on an array of more than two dimensions;
/// - [`Error::EmptyInput`] for a minimum over nothing (`NegInf` of an empty vector, `P(-2.0)`
///   of an empty matrix, as numpy raises);
/// - [`Error::NonFinite`] for a NaN or infinity with `check_finite`;
/// - [`Error::DidNotConverge`] if an SVD does not converge.
///
/// # Examples
///
/// ```
/// use sci_core::ndarray::array;
/// use sci_linalg::{norm_with, NormOptions, NormOrd};
///
/// let a = array![[1.0_f64, -2.0], [3.0, 4.0]];
/// let one = norm_with(&a, &NormOptions::default().ord(NormOrd::P(1.0)))?;
/// assert_eq!(one[[]], 6.0);
/// let rows = norm_with(&a, &NormOptions::default().ord(NormOrd::Inf).axis(1))?;
/// assert_eq!(rows.into_raw_vec_and_offset().0, vec![2.0, 4.0]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - SciPy: <https://docs.scipy.org/doc/scipy/reference/generated/scipy.linalg.norm.html>
/// - numpy: <https://numpy.org/doc/stable/reference/generated/numpy.linalg.norm.html>
pub fn norm_with<'a, T: Scalar, D: Dimension>(
    a: impl AsArray<'a, T, D>,
    options: &NormOptions,
) -> Result<ArrayD<T::Real>> {
    let a = view(a).into_dyn();
    validate::finite("a", &a, options.check_finite)?;
    let ndim = a.ndim();
    let kept = |shape: Vec<usize>, value: f64| {
        ArrayD::from_shape_vec(IxDyn(&shape), vec![real::<T>(value)])
            .map_err(|e| Error::invalid_argument("keepdims", ndim, e.to_string()))
    };
    let reduced_shape = |keep: bool| if keep { vec![1; ndim] } else { Vec::new() };
    match options.axis {
        NormAxis::All => match (options.ord, ndim) {
            (None, _) => kept(reduced_shape(options.keepdims), two_norm(a.iter().copied())),
            (Some(ord), 1) => {
                let v = a.into_dimensionality().map_err(shape_error)?;
                kept(reduced_shape(options.keepdims), vector_norm::<T>(v, ord)?)
            }
            (Some(ord), 2) => {
                let m = a.into_dimensionality().map_err(shape_error)?;
                kept(reduced_shape(options.keepdims), matrix_norm::<T>(m, ord)?)
            }
            (Some(_), _) => Err(Error::invalid_argument(
                "a",
                format!("an array of {ndim} dimensions"),
                "improper number of dimensions to norm with an ord and no axis",
            )),
        },
        NormAxis::One(k) => {
            let k = normalize_axis(k, ndim)?;
            let ord = options.ord.unwrap_or(NormOrd::P(2.0));
            let mut failure = None;
            let out = a.map_axis(Axis(k), |lane| {
                vector_norm::<T>(lane, ord).unwrap_or_else(|e| {
                    failure.get_or_insert(e);
                    f64::NAN
                })
            });
            if let Some(e) = failure {
                return Err(e);
            }
            let out = out.mapv(real::<T>);
            Ok(if options.keepdims {
                out.insert_axis(Axis(k))
            } else {
                out
            })
        }
        NormAxis::Two(r, c) => {
            let (r, c) = (normalize_axis(r, ndim)?, normalize_axis(c, ndim)?);
            if r == c {
                return Err(Error::invalid_argument(
                    "axis",
                    format!("({r}, {c})"),
                    "duplicate axes given",
                ));
            }
            let ord = options.ord.unwrap_or(NormOrd::Fro);
            matrix_norms::<T>(a, (r, c), ord, options.keepdims)
        }
    }
}

/// Matrix norms over the axes `(r, c)` (rows, columns) of an array, one per index of the
/// other axes, which keep their order (numpy's `norm` with a 2-tuple `axis`; a single norm
/// for a 2-D array).
fn matrix_norms<T: Scalar>(
    a: ArrayViewD<'_, T>,
    (r, c): (usize, usize),
    ord: NormOrd,
    keepdims: bool,
) -> Result<ArrayD<T::Real>> {
    let ndim = a.ndim();
    let order: Vec<usize> = (0..ndim)
        .filter(|&k| k != r && k != c)
        .chain([r, c])
        .collect();
    let full_shape = a.shape().to_vec();
    let moved = a.permuted_axes(IxDyn(&order));
    let batch = moved.shape()[..ndim - 2].to_vec();
    let mut values = Vec::with_capacity(batch.iter().product());
    for index in sci_core::ndarray::indices(IxDyn(&batch)) {
        let mut m = moved.view();
        for &i in index.slice() {
            m = m.index_axis_move(Axis(0), i);
        }
        let m: ArrayView2<'_, T> = m.into_dimensionality().map_err(shape_error)?;
        values.push(real::<T>(matrix_norm::<T>(m, ord)?));
    }
    let shape: Vec<usize> = if keepdims {
        let mut kept_shape = full_shape;
        kept_shape[r] = 1;
        kept_shape[c] = 1;
        kept_shape
    } else {
        batch
    };
    ArrayD::from_shape_vec(IxDyn(&shape), values).map_err(shape_error)
}

fn shape_error(e: sci_core::ndarray::ShapeError) -> Error {
    Error::invalid_argument("a", "its shape", e.to_string())
}

/// `x` rounded to the real type of `T`.
fn real<T: Scalar>(x: f64) -> T::Real {
    T::from_f64(x).re()
}

fn normalize_axis(k: isize, ndim: usize) -> Result<usize> {
    let index = if k < 0 {
        ndim.checked_sub(k.unsigned_abs())
    } else {
        Some(k.unsigned_abs()).filter(|&i| i < ndim)
    };
    if let Some(i) = index {
        Ok(i)
    } else {
        Err(Error::invalid_argument(
            "axis",
            k,
            format!("out of range for an array of {ndim} dimensions"),
        ))
    }
}

/// `sqrt(Σ |x|²)`, scaled by the largest modulus so that no square overflows or underflows.
fn two_norm<T: Scalar>(xs: impl Iterator<Item = T> + Clone) -> f64 {
    let moduli = xs.clone().map(|x| -> f64 { x.modulus().into() });
    let largest = moduli.clone().fold(0.0f64, f64::max);
    if moduli.clone().any(f64::is_nan) {
        // `f64::max` skips NaN; numpy's norm propagates it.
        return f64::NAN;
    }
    if largest == 0.0 || largest.is_infinite() {
        // All zero (or empty), or an infinity, whose norm is infinite.
        return largest;
    }
    let sum: f64 = xs
        .map(|x| {
            let r: f64 = x.modulus().into();
            (r / largest).powi(2)
        })
        .sum();
    largest * sum.sqrt()
}

fn empty_minimum(what: &str) -> Error {
    Error::EmptyInput {
        name: what.to_string(),
        min_len: 1,
    }
}

/// A vector norm of order `ord`.
pub(crate) fn vector_norm<T: Scalar>(x: ArrayView1<'_, T>, ord: NormOrd) -> Result<f64> {
    let moduli = x.iter().map(|v| -> f64 { v.modulus().into() });
    match ord {
        NormOrd::Fro | NormOrd::Nuc => Err(Error::invalid_argument(
            "ord",
            format!("{ord:?}"),
            "invalid norm order for vectors",
        )),
        NormOrd::Inf => Ok(moduli.fold(0.0, f64::max)),
        NormOrd::NegInf => {
            if x.is_empty() {
                Err(empty_minimum("the vector whose -inf norm is asked"))
            } else {
                Ok(moduli.fold(f64::INFINITY, f64::min))
            }
        }
        NormOrd::P(p) if p.is_nan() => Err(Error::invalid_argument(
            "ord",
            p,
            "invalid norm order for vectors",
        )),
        NormOrd::P(p) if p == f64::INFINITY => vector_norm(x, NormOrd::Inf),
        NormOrd::P(p) if p == f64::NEG_INFINITY => vector_norm(x, NormOrd::NegInf),
        NormOrd::P(0.0) => Ok(moduli.filter(|&v| v != 0.0).count() as f64),
        NormOrd::P(1.0) => Ok(moduli.fold(0.0, |s, v| s + v)),
        NormOrd::P(2.0) => Ok(two_norm(x.iter().copied())),
        // Summed from +0 (an empty `sum` is -0, whose negative powers are -inf).
        NormOrd::P(p) => Ok(moduli.fold(0.0, |s, v| s + v.powf(p)).powf(1.0 / p)),
    }
}

/// A matrix norm of order `ord` (`P(2.0)` and `P(-2.0)`, `Nuc` through the singular values).
pub(crate) fn matrix_norm<T: Scalar>(a: ArrayView2<'_, T>, ord: NormOrd) -> Result<f64> {
    let (m, n) = a.dim();
    let sums = |axis: usize| -> Vec<f64> {
        a.axis_iter(Axis(axis))
            .map(|lane| lane.iter().fold(0.0, |s, v| s + v.modulus().into()))
            .collect()
    };
    let extreme = |sums: Vec<f64>, largest: bool, what: &str| -> Result<f64> {
        if largest {
            Ok(sums.into_iter().fold(0.0, f64::max))
        } else if sums.is_empty() {
            Err(empty_minimum(what))
        } else {
            Ok(sums.into_iter().fold(f64::INFINITY, f64::min))
        }
    };
    let singular_values = || -> Result<Vec<f64>> {
        Ok(SvdFactors::new(as_faer(&a), ComputeSvdVectors::No)?
            .s
            .into_iter()
            .map(Into::into)
            .collect())
    };
    match ord {
        NormOrd::Fro => Ok(two_norm(a.iter().copied())),
        NormOrd::Nuc => Ok(singular_values()?.iter().sum()),
        NormOrd::Inf => extreme(sums(0), true, "rows"),
        NormOrd::NegInf => extreme(sums(0), false, "the rows of the matrix (-inf norm)"),
        NormOrd::P(p) if p == f64::INFINITY => matrix_norm(a, NormOrd::Inf),
        NormOrd::P(p) if p == f64::NEG_INFINITY => matrix_norm(a, NormOrd::NegInf),
        NormOrd::P(1.0) => extreme(sums(1), true, "columns"),
        NormOrd::P(-1.0) => extreme(sums(1), false, "the columns of the matrix (-1 norm)"),
        NormOrd::P(2.0) => Ok(singular_values()?.first().copied().unwrap_or(0.0)),
        NormOrd::P(-2.0) => {
            if m.min(n) == 0 {
                Err(empty_minimum("the singular values of the matrix (-2 norm)"))
            } else {
                Ok(singular_values()?.last().copied().unwrap_or(0.0))
            }
        }
        NormOrd::P(p) => Err(Error::invalid_argument(
            "ord",
            p,
            "invalid norm order for matrices",
        )),
    }
}
