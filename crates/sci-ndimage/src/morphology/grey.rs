//! Grey-scale morphology (SciPy's `grey_erosion`, `grey_dilation`, `grey_opening`,
//! `grey_closing`, `morphological_gradient`, `morphological_laplace`, `white_tophat`,
//! `black_tophat`), built on the minimum and maximum filters.
//!
//! Erosion is the minimum of `input - structure` over the footprint, dilation the maximum of
//! `input + structure` over the footprint reflected through its centre, with SciPy's origin
//! convention for the reflection (`-origin`, and one less along axes of even length), so
//! that dilation and erosion are adjoint as in SciPy. A flat window (no structure) that is a
//! full box runs as separable van Herk / Gil-Werman passes.

use ndarray::{Array, ArrayD, ArrayView, ArrayViewMut, AsArray, Axis, Dimension};
use sci_core::{Error, Result};

use crate::Element;
use crate::args::per_axis;
use crate::filters::{Extremum, FilterOptions, Footprint, min_or_max};

/// The neighbourhood of grey morphology: SciPy's `size`, `footprint` and `structure`
/// keywords (one dimension per filtered axis).
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::morphology::GreyStructure;
/// let flat = GreyStructure::size([3, 3]);
/// let ball = GreyStructure::structure(&array![[0.0, 1.0, 0.0], [1.0, 2.0, 1.0], [0.0, 1.0, 0.0]]);
/// assert!(matches!(flat, GreyStructure::Size(_)));
/// assert!(matches!(ball, GreyStructure::Structure(_)));
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.grey_erosion.html>
#[derive(Debug, Clone, PartialEq)]
pub enum GreyStructure {
    /// SciPy's `size=`: a flat box (one length for every axis or one per axis).
    Size(Vec<usize>),
    /// SciPy's `footprint=`: a flat window, the mask's `true` elements.
    Footprint(ArrayD<bool>),
    /// SciPy's `structure=` alone: a non-flat window over the structure's whole box.
    Structure(ArrayD<f64>),
    /// SciPy's `footprint=` and `structure=` together (the same shape).
    FootprintStructure {
        /// Which elements are in the window.
        footprint: ArrayD<bool>,
        /// The values subtracted (erosion) or added (dilation).
        structure: ArrayD<f64>,
    },
}

impl GreyStructure {
    /// SciPy's `size=`.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_ndimage::morphology::GreyStructure::size([3]);
    /// assert_eq!(s, sci_ndimage::morphology::GreyStructure::Size(vec![3]));
    /// ```
    pub fn size(size: impl Into<Vec<usize>>) -> GreyStructure {
        GreyStructure::Size(size.into())
    }

    /// SciPy's `footprint=`.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_ndimage::morphology::GreyStructure::footprint(&[true, false, true]);
    /// assert!(matches!(s, sci_ndimage::morphology::GreyStructure::Footprint(_)));
    /// ```
    pub fn footprint<'a, D: Dimension>(footprint: impl AsArray<'a, bool, D>) -> GreyStructure {
        GreyStructure::Footprint(sci_core::view(footprint).to_owned().into_dyn())
    }

    /// SciPy's `structure=` (the footprint is the structure's whole box).
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_ndimage::morphology::GreyStructure::structure(&[1.0, 2.0, 1.0]);
    /// assert!(matches!(s, sci_ndimage::morphology::GreyStructure::Structure(_)));
    /// ```
    pub fn structure<'a, D: Dimension>(structure: impl AsArray<'a, f64, D>) -> GreyStructure {
        GreyStructure::Structure(sci_core::view(structure).to_owned().into_dyn())
    }

    /// SciPy's `footprint=` with `structure=`.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = sci_ndimage::morphology::GreyStructure::footprint_structure(&[true, false, true], &[1.0, 0.0, 1.0]);
    /// assert!(matches!(s, sci_ndimage::morphology::GreyStructure::FootprintStructure { .. }));
    /// ```
    pub fn footprint_structure<'a, 'b, D: Dimension, E: Dimension>(
        footprint: impl AsArray<'a, bool, D>,
        structure: impl AsArray<'b, f64, E>,
    ) -> GreyStructure {
        GreyStructure::FootprintStructure {
            footprint: sci_core::view(footprint).to_owned().into_dyn(),
            structure: sci_core::view(structure).to_owned().into_dyn(),
        }
    }

    /// The footprint and the structure of the window.
    fn parts(&self) -> Result<(Footprint, Option<ArrayD<f64>>)> {
        Ok(match self {
            GreyStructure::Size(s) => (Footprint::Size(s.clone()), None),
            GreyStructure::Footprint(m) => (Footprint::Mask(m.clone()), None),
            GreyStructure::Structure(s) => (
                Footprint::Mask(ArrayD::from_elem(s.raw_dim(), true)),
                Some(s.clone()),
            ),
            GreyStructure::FootprintStructure {
                footprint,
                structure,
            } => {
                if footprint.shape() != structure.shape() {
                    return Err(Error::shape_mismatch(
                        "grey morphology: structure and footprint",
                        footprint.shape(),
                        structure.shape(),
                    ));
                }
                (Footprint::Mask(footprint.clone()), Some(structure.clone()))
            }
        })
    }
}

/// Reverses an array along every axis (the reflection of a window through its centre).
fn reflect<A: Clone>(a: &ArrayD<A>) -> ArrayD<A> {
    let mut v = a.view();
    for k in 0..v.ndim() {
        v.invert_axis(Axis(k));
    }
    v.to_owned()
}

/// Erosion (`Min`) or dilation (`Max`) into `output`.
fn grey_into<T: Element, O: Element, D: Dimension>(
    input: ArrayView<'_, T, D>,
    window: &GreyStructure,
    output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
    kind: Extremum,
) -> Result<()> {
    let (footprint, structure) = window.parts()?;
    if kind == Extremum::Min {
        return min_or_max(input, &footprint, structure.as_ref(), output, opts, kind);
    }
    // Dilation reflects the window, so the origin changes sign, and along an even length
    // moves by one more to keep the reflected window on the same pixels.
    let naxes = crate::args::resolve_axes(opts.axes.as_deref(), input.ndim())?.len();
    let shape = footprint.shape(naxes)?;
    let origins = per_axis("origin", &opts.origin, shape.len())?;
    let origins: Vec<isize> = origins
        .iter()
        .zip(&shape)
        .map(|(&o, &len)| -o - isize::from(len % 2 == 0))
        .collect();
    let footprint = match footprint {
        Footprint::Mask(m) => Footprint::Mask(reflect(&m)),
        f => f,
    };
    let structure = structure.as_ref().map(reflect);
    let opts = opts.clone().origins(origins);
    min_or_max(input, &footprint, structure.as_ref(), output, &opts, kind)
}

/// SciPy's `grey_erosion` with its defaults (mode reflect, origin 0): the minimum of
/// `input - structure` over the window.
///
/// # Errors
///
/// See [`grey_erosion_into`].
///
/// # Examples
///
/// The tutorial's example (SciPy's tutorial, section "Mathematical morphology"):
///
/// ```
/// use ndarray::{s, Array2};
/// use sci_ndimage::morphology::{grey_erosion, GreyStructure};
/// let mut a = Array2::<i64>::zeros((7, 7));
/// a.slice_mut(s![1..6, 1..6]).fill(3);
/// a[[4, 4]] = 2;
/// a[[2, 3]] = 1;
/// let e = grey_erosion(&a, &GreyStructure::size([3, 3])).unwrap();
/// assert_eq!(e.slice(s![2..5, 2..5]), ndarray::array![[1, 1, 1], [1, 1, 1], [3, 2, 2]]);
/// assert_eq!(e.sum(), 13);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.grey_erosion.html>
pub fn grey_erosion<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    window: &GreyStructure,
) -> Result<Array<T, D>> {
    grey_erosion_with(input, window, &FilterOptions::default())
}

/// SciPy's `grey_erosion` with its keywords (`mode`, `cval`, `origin`, `axes`).
///
/// # Errors
///
/// See [`grey_erosion_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::FilterOptions, morphology::{grey_erosion_with, GreyStructure}};
/// let y = grey_erosion_with(&array![5u8, 3, 9, 9, 7], &GreyStructure::structure(&[1.0, 0.0, 1.0]),
///     &FilterOptions::default().mode(Mode::Nearest)).unwrap();
/// assert_eq!(y, array![2u8, 3, 2, 6, 6]);
/// ```
pub fn grey_erosion_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    window: &GreyStructure,
    opts: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = sci_core::view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    grey_erosion_into(input, window, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `grey_erosion` into an output of any element type (SciPy's `output=`).
///
/// A flat full box runs as separable running-minimum passes (O(n) per axis whatever the
/// size); another footprint or a structure scans the padded input in the input's type,
/// with the structure and `cval` cast to it and integer arithmetic wrapping as in SciPy
/// (O(n·k) for k footprint elements).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a zero size, an all-false or empty footprint, an origin
/// outside the window, per-axis values of the wrong length or a sequence of modes with a
/// non-separable window; [`Error::ShapeMismatch`] for a footprint or structure of the wrong
/// dimension, a structure whose shape differs from the footprint's, or an output of the
/// wrong shape.
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1};
/// use sci_ndimage::{filters::FilterOptions, morphology::{grey_erosion_into, GreyStructure}};
/// let mut out = Array1::<f64>::zeros(3);
/// grey_erosion_into(&array![4u8, 1, 3], &GreyStructure::size([2]), out.view_mut(), &FilterOptions::default()).unwrap();
/// assert_eq!(out, array![4.0, 1.0, 1.0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.grey_erosion.html>;
/// M. van Herk, Pattern Recognition Letters 13 (1992).
pub fn grey_erosion_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    window: &GreyStructure,
    output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()> {
    grey_into(sci_core::view(input), window, output, opts, Extremum::Min)
}

/// SciPy's `grey_dilation` with its defaults: the maximum of `input + structure` over the
/// reflected window.
///
/// # Errors
///
/// See [`grey_dilation_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::morphology::{grey_dilation, GreyStructure};
/// let y = grey_dilation(&array![0u8, 0, 5, 0, 0, 0], &GreyStructure::size([2])).unwrap();
/// assert_eq!(y, array![0u8, 5, 5, 0, 0, 0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.grey_dilation.html>
pub fn grey_dilation<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    window: &GreyStructure,
) -> Result<Array<T, D>> {
    grey_dilation_with(input, window, &FilterOptions::default())
}

/// SciPy's `grey_dilation` with its keywords.
///
/// # Errors
///
/// See [`grey_dilation_into`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Mode, filters::FilterOptions, morphology::{grey_dilation_with, GreyStructure}};
/// let y = grey_dilation_with(&array![1.0, 0.0, 0.0], &GreyStructure::size([3]),
///     &FilterOptions::default().mode(Mode::Constant).cval(2.0)).unwrap();
/// assert_eq!(y, array![2.0, 1.0, 2.0]);
/// ```
pub fn grey_dilation_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    window: &GreyStructure,
    opts: &FilterOptions,
) -> Result<Array<T, D>> {
    let input = sci_core::view(input);
    let mut out = crate::output::new_array(input.raw_dim());
    grey_dilation_into(input, window, out.view_mut(), opts)?;
    Ok(out)
}

/// SciPy's `grey_dilation` into an output of any element type; the algorithms and costs of
/// [`grey_erosion_into`], on the window reflected through its centre (origin `-origin`,
/// minus one along even lengths, as SciPy).
///
/// # Errors
///
/// The errors of [`grey_erosion_into`].
///
/// # Examples
///
/// ```
/// use ndarray::{array, Array1};
/// use sci_ndimage::{filters::FilterOptions, morphology::{grey_dilation_into, GreyStructure}};
/// let mut out = Array1::<i32>::zeros(3);
/// grey_dilation_into(&array![250u8, 1, 3], &GreyStructure::structure(&[10.0]), out.view_mut(), &FilterOptions::default()).unwrap();
/// // As in SciPy, the window's first element is added in f64 (later ones in the input's type).
/// assert_eq!(out, array![260, 11, 13]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.grey_dilation.html>
pub fn grey_dilation_into<'a, T: Element, O: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    window: &GreyStructure,
    output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
) -> Result<()> {
    grey_into(sci_core::view(input), window, output, opts, Extremum::Max)
}

/// Element-wise `f(a, b)` stored in `T` with SciPy's wrapping cast (exact for every type
/// but `i64` beyond 2^53 and `i32` sums that overflow).
fn combine<T: Element, D: Dimension>(
    a: &Array<T, D>,
    b: &Array<T, D>,
    f: impl Fn(f64, f64) -> f64,
) -> Array<T, D> {
    let mut out = a.clone();
    out.zip_mut_with(b, |x, &y| *x = T::from_f64_trunc(f(x.to_f64(), y.to_f64())));
    out
}

macro_rules! composite {
    ($plain:ident, $with:ident, $name:literal, $doc:literal, $example:literal, |$input:ident, $window:ident, $opts:ident| $body:block) => {
        #[doc = concat!("SciPy's `", $name, "` with its defaults: ", $doc)]
        ///
        /// # Errors
        ///
        /// The errors of [`grey_erosion_into`].
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        #[doc = concat!("use sci_ndimage::morphology::{", stringify!($plain), ", GreyStructure};")]
        #[doc = concat!("let y = ", stringify!($plain), "(&array![0u8, 3, 3, 9, 3, 3, 0], &GreyStructure::size([3])).unwrap();")]
        #[doc = concat!("assert_eq!(y, array!", $example, ");")]
        /// ```
        ///
        /// # References
        ///
        #[doc = concat!("<https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.", $name, ".html>")]
        pub fn $plain<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            window: &GreyStructure,
        ) -> Result<Array<T, D>> {
            $with(input, window, &FilterOptions::default())
        }

        #[doc = concat!("SciPy's `", $name, "` with its keywords (`mode`, `cval`, `origin`, `axes`): ", $doc)]
        ///
        /// Costs: those of two or three erosions and dilations ([`grey_erosion_into`]).
        ///
        /// # Errors
        ///
        /// The errors of [`grey_erosion_into`].
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        /// use sci_ndimage::{Mode, filters::FilterOptions, morphology::GreyStructure};
        #[doc = concat!("use sci_ndimage::morphology::", stringify!($with), ";")]
        #[doc = concat!("let y = ", stringify!($with), "(&array![[1.0, 4.0], [2.0, 0.0]], &GreyStructure::size([2]), &FilterOptions::default().mode(Mode::Wrap)).unwrap();")]
        /// assert_eq!(y.shape(), &[2, 2]);
        /// ```
        pub fn $with<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            window: &GreyStructure,
            opts: &FilterOptions,
        ) -> Result<Array<T, D>> {
            let $input = sci_core::view(input);
            let $window = window;
            let $opts = opts;
            $body
        }
    };
}

composite!(
    grey_opening,
    grey_opening_with,
    "grey_opening",
    "the erosion followed by the dilation.",
    "[0u8, 3, 3, 3, 3, 3, 0]",
    |input, window, opts| {
        let e = grey_erosion_with(input, window, opts)?;
        grey_dilation_with(&e, window, opts)
    }
);
composite!(
    grey_closing,
    grey_closing_with,
    "grey_closing",
    "the dilation followed by the erosion.",
    "[3u8, 3, 3, 9, 3, 3, 3]",
    |input, window, opts| {
        let d = grey_dilation_with(input, window, opts)?;
        grey_erosion_with(&d, window, opts)
    }
);
composite!(
    morphological_gradient,
    morphological_gradient_with,
    "morphological_gradient",
    "the dilation minus the erosion.",
    "[3u8, 3, 6, 6, 6, 3, 3]",
    |input, window, opts| {
        let d = grey_dilation_with(input.view(), window, opts)?;
        let e = grey_erosion_with(input.view(), window, opts)?;
        Ok(combine(&d, &e, |x, y| x - y))
    }
);
composite!(
    morphological_laplace,
    morphological_laplace_with,
    "morphological_laplace",
    "the dilation plus the erosion minus twice the input (each step stored in the input's type, as SciPy's in-place arithmetic).",
    "[3u8, 253, 6, 250, 6, 253, 3]",
    |input, window, opts| {
        let d = grey_dilation_with(input.view(), window, opts)?;
        let e = grey_erosion_with(input.view(), window, opts)?;
        let x = input.to_owned();
        let s = combine(&e, &d, |a, b| a + b);
        let s = combine(&s, &x, |a, b| a - b);
        Ok(combine(&s, &x, |a, b| a - b))
    }
);
composite!(
    white_tophat,
    white_tophat_with,
    "white_tophat",
    "the input minus its opening.",
    "[0u8, 0, 0, 6, 0, 0, 0]",
    |input, window, opts| {
        let o = grey_opening_with(input.view(), window, opts)?;
        Ok(combine(&input.to_owned(), &o, |a, b| a - b))
    }
);
composite!(
    black_tophat,
    black_tophat_with,
    "black_tophat",
    "the closing minus the input.",
    "[3u8, 0, 0, 0, 0, 0, 3]",
    |input, window, opts| {
        let c = grey_closing_with(input.view(), window, opts)?;
        Ok(combine(&c, &input.to_owned(), |a, b| a - b))
    }
);
