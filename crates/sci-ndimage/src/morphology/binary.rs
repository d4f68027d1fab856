//! Binary morphology (SciPy's `binary_erosion`, `binary_dilation`, `binary_opening`,
//! `binary_closing`, `binary_hit_or_miss`, `binary_propagation`, `binary_fill_holes`) on
//! inputs of any element type (non-zero = true), returning boolean arrays.
//!
//! The pixel `p` of an erosion by a structure `S` (shape `s`, `origin`) is true when every
//! input pixel `p + k - s/2 - origin` with `S[k]` true is; a dilation reflects the structure
//! (SciPy's convention, also for even shapes): it is true when some input pixel
//! `p - k + s/2 + origin` is. Pixels outside the image read `border_value`; pixels outside
//! `mask` keep their input value. All run on bit-packed rows (see the engine).

use ndarray::{Array, ArrayD, ArrayViewD, AsArray, Dimension};
use sci_core::{Error, Result};

use super::binary_engine::{BitImage, Kernel, Op, iterate};
use super::structure::{Offsets, generate_binary_structure, resolve_structure};
use crate::Element;
use crate::args::resolve_axes;

/// SciPy's keywords of the binary operations: `structure`, `iterations`, `mask`,
/// `border_value`, `origin`, `brute_force`, `axes`.
///
/// `Default` is SciPy's default: the cross of connectivity 1 over the filtered axes, one
/// iteration, no mask, border value `false`, origin 0, every axis.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::morphology::BinaryOptions;
/// let square = ndarray::Array2::from_elem((3, 3), true);
/// let opts = BinaryOptions::default().structure(&square).iterations(2).origin(&[0, 1]);
/// assert_eq!(opts.iterations, 2);
/// assert_eq!(opts.origin, vec![0, 1]);
/// ```
#[derive(Debug, Clone)]
pub struct BinaryOptions<'a> {
    /// The structuring element, one axis per filtered axis (`None`: the cross of
    /// connectivity 1, SciPy's `generate_binary_structure(rank, 1)`).
    pub structure: Option<ArrayViewD<'a, bool>>,
    /// How many times the operation is repeated; 0 or negative: until nothing changes.
    pub iterations: isize,
    /// Only pixels where the mask is true are modified.
    pub mask: Option<ArrayViewD<'a, bool>>,
    /// The value of pixels outside the image.
    pub border_value: bool,
    /// The structure's origin: one value, or one per filtered axis.
    pub origin: Vec<isize>,
    /// SciPy's switch between full passes and changed-pixel iterations. Accepted for
    /// compatibility: both give the same result here, and sci picks the faster itself.
    pub brute_force: bool,
    /// The filtered axes (`None`: all); negative values count from the end.
    pub axes: Option<Vec<isize>>,
}

impl Default for BinaryOptions<'_> {
    fn default() -> Self {
        BinaryOptions {
            structure: None,
            iterations: 1,
            mask: None,
            border_value: false,
            origin: vec![0],
            brute_force: false,
            axes: None,
        }
    }
}

impl<'a> BinaryOptions<'a> {
    /// Sets the structuring element (non-empty; one axis per filtered axis).
    #[must_use]
    pub fn structure<D: Dimension>(mut self, structure: impl AsArray<'a, bool, D>) -> Self {
        self.structure = Some(structure.into().into_dyn());
        self
    }

    /// Sets the number of iterations (0 or negative: until nothing changes).
    #[must_use]
    pub fn iterations(mut self, iterations: isize) -> Self {
        self.iterations = iterations;
        self
    }

    /// Sets the mask (the input's shape): only pixels where it is true change.
    #[must_use]
    pub fn mask<D: Dimension>(mut self, mask: impl AsArray<'a, bool, D>) -> Self {
        self.mask = Some(mask.into().into_dyn());
        self
    }

    /// Sets the value of the pixels outside the image.
    #[must_use]
    pub fn border_value(mut self, border_value: bool) -> Self {
        self.border_value = border_value;
        self
    }

    /// Sets the origin (one value or one per filtered axis).
    #[must_use]
    pub fn origin(mut self, origin: &[isize]) -> Self {
        self.origin = origin.to_vec();
        self
    }

    /// Sets SciPy's `brute_force` (no effect on the result).
    #[must_use]
    pub fn brute_force(mut self, brute_force: bool) -> Self {
        self.brute_force = brute_force;
        self
    }

    /// Sets the filtered axes.
    #[must_use]
    pub fn axes(mut self, axes: &[isize]) -> Self {
        self.axes = Some(axes.to_vec());
        self
    }
}

/// The structure and origin of `options` resolved against `input`, with the mask checked.
fn resolve(
    ndim: usize,
    shape: &[usize],
    options: &BinaryOptions<'_>,
) -> Result<(ArrayD<bool>, Vec<isize>)> {
    if let Some(m) = &options.mask
        && m.shape() != shape
    {
        return Err(Error::shape_mismatch("mask and input", shape, m.shape()));
    }
    resolve_structure(
        ndim,
        options.structure.as_ref(),
        &options.origin,
        options.axes.as_deref(),
    )
}

/// Runs the steps (offsets, operation, iterations) one after the other on the packed input.
fn run_steps<T: Element, D: Dimension>(
    input: ndarray::ArrayView<'_, T, D>,
    steps: &[(Offsets, Op, isize)],
    border: bool,
    mask: Option<&ArrayViewD<'_, bool>>,
) -> Result<Array<bool, D>> {
    if input.is_empty() {
        return Ok(Array::from_elem(input.raw_dim(), false));
    }
    let shape = input.shape().to_vec();
    let kernels: Vec<Kernel> = steps
        .iter()
        .map(|(o, op, _)| Kernel::new(o, &shape, *op, border))
        .collect();
    let pad = kernels.iter().map(Kernel::pad).max().unwrap_or(1);
    let mut img = BitImage::from_array(&input.view().into_dyn(), pad);
    let mask = mask.map(|m| BitImage::from_array(m, pad));
    for (k, (_, _, it)) in kernels.iter().zip(steps) {
        img = iterate(img, k, mask.as_ref(), *it)?;
    }
    to_dim(img.to_array(&shape))
}

fn to_dim<D: Dimension>(a: ArrayD<bool>) -> Result<Array<bool, D>> {
    a.into_dimensionality::<D>()
        .map_err(|e| Error::invalid_argument("input", e, "unexpected dimensionality"))
}

/// SciPy's `binary_erosion` with its defaults (cross structure, one iteration, border
/// `false`): a pixel stays true when all its neighbours under the structure are true.
///
/// # Errors
///
/// As [`binary_erosion_with`].
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::binary_erosion;
/// let mut a = Array2::<i32>::zeros((7, 7));
/// a.slice_mut(ndarray::s![1..6, 2..5]).fill(1);
/// let e = binary_erosion(&a)?;
/// assert_eq!(e.iter().filter(|&&b| b).count(), 3); // the middle column, rows 2..5
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_erosion.html>
pub fn binary_erosion<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_erosion_with(input, &BinaryOptions::default())
}

/// SciPy's `binary_erosion(input, structure, iterations, mask, border_value, origin,
/// brute_force, axes)`.
///
/// Rows are packed 64 pixels to a word and eroded with shifts and ANDs over the
/// structure's offsets, in parallel over rows; repeated iterations switch to revisiting
/// only the neighbours of changed pixels once few change (when the structure's centre is
/// true). Time O(iterations · N · |S| / 64) for the full passes, O(N · |S|) overall for
/// the changed-pixel iterations; memory O(N / 8).
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an empty structure, a structure whose rank is not the
/// number of filtered axes, an origin outside the structure or with the wrong number of
/// values, bad `axes`; [`Error::ShapeMismatch`] for a mask of another shape;
/// [`Error::DidNotConverge`] when iterating until nothing changes cycles forever (only
/// possible when the structure's centre is false; SciPy loops forever).
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{binary_erosion_with, morphology::BinaryOptions};
/// let a = array![0u8, 1, 1, 1, 1, 1, 0];
/// let e = binary_erosion_with(&a, &BinaryOptions::default().iterations(2))?;
/// assert_eq!(e, array![false, false, false, true, false, false, false]);
/// let b = binary_erosion_with(&a, &BinaryOptions::default().border_value(true).iterations(0))?;
/// assert!(b.iter().all(|&v| !v));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_erosion.html>
pub fn binary_erosion_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BinaryOptions<'_>,
) -> Result<Array<bool, D>> {
    let input = input.into();
    let (st, origin) = resolve(input.ndim(), input.shape(), options)?;
    let offsets = Offsets::erosion(&st.view(), &origin);
    run_steps(
        input,
        &[(offsets, Op::And, options.iterations)],
        options.border_value,
        options.mask.as_ref(),
    )
}

/// SciPy's `binary_dilation` with its defaults (cross structure, one iteration, border
/// `false`): a pixel becomes true when some neighbour under the reflected structure is.
///
/// # Errors
///
/// As [`binary_dilation_with`].
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::binary_dilation;
/// let mut a = Array2::<f64>::zeros((5, 5));
/// a[[2, 2]] = 1.0;
/// let d = binary_dilation(&a)?;
/// assert_eq!(d.iter().filter(|&&b| b).count(), 5);
/// assert!(d[[1, 2]] && d[[2, 1]] && !d[[1, 1]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_dilation.html>
pub fn binary_dilation<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_dilation_with(input, &BinaryOptions::default())
}

/// SciPy's `binary_dilation(input, structure, iterations, mask, border_value, origin,
/// brute_force, axes)`: the structure is reflected through its centre (SciPy's convention,
/// the origin of even axes shifting by one), pixels outside read `border_value`.
///
/// Complexity as [`binary_erosion_with`].
///
/// # Errors
///
/// As [`binary_erosion_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{binary_dilation_with, morphology::BinaryOptions};
/// let a = array![0, 0, 0, 1, 0, 0, 0];
/// let d = binary_dilation_with(&a, &BinaryOptions::default().structure(&array![true, true]))?;
/// assert_eq!(d, array![false, false, true, true, false, false, false]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_dilation.html>
pub fn binary_dilation_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BinaryOptions<'_>,
) -> Result<Array<bool, D>> {
    let input = input.into();
    let (st, origin) = resolve(input.ndim(), input.shape(), options)?;
    let offsets = Offsets::dilation(&st.view(), &origin);
    run_steps(
        input,
        &[(offsets, Op::Or, options.iterations)],
        options.border_value,
        options.mask.as_ref(),
    )
}

/// SciPy's `binary_opening` with its defaults: erosion then dilation by the cross.
///
/// # Errors
///
/// As [`binary_opening_with`].
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::binary_opening;
/// let mut a = Array2::<i32>::zeros((5, 5));
/// a.slice_mut(ndarray::s![1..4, 1..4]).fill(1);
/// a[[4, 4]] = 1;
/// let o = binary_opening(&a)?; // the corners of the square go, and the lone pixel
/// assert_eq!(o.iter().filter(|&&b| b).count(), 5);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_opening.html>
pub fn binary_opening<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_opening_with(input, &BinaryOptions::default())
}

/// SciPy's `binary_opening(input, structure, iterations, origin, mask, border_value,
/// brute_force, axes)`: `iterations` erosions then `iterations` dilations, with the same
/// structure, mask, border value and origin. The packed image is kept between the two.
///
/// Complexity as [`binary_erosion_with`].
///
/// # Errors
///
/// As [`binary_erosion_with`].
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_ndimage::{binary_opening_with, morphology::BinaryOptions};
/// let mut a = Array2::<bool>::from_elem((5, 5), false);
/// a.slice_mut(ndarray::s![1..4, 1..4]).fill(true);
/// a[[4, 4]] = true;
/// let square = Array2::from_elem((3, 3), true);
/// let o = binary_opening_with(&a, &BinaryOptions::default().structure(&square))?;
/// assert_eq!(o.iter().filter(|&&b| b).count(), 9);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_opening.html>
pub fn binary_opening_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BinaryOptions<'_>,
) -> Result<Array<bool, D>> {
    let input = input.into();
    let (st, origin) = resolve(input.ndim(), input.shape(), options)?;
    let it = options.iterations;
    run_steps(
        input,
        &[
            (Offsets::erosion(&st.view(), &origin), Op::And, it),
            (Offsets::dilation(&st.view(), &origin), Op::Or, it),
        ],
        options.border_value,
        options.mask.as_ref(),
    )
}

/// SciPy's `binary_closing` with its defaults: dilation then erosion by the cross.
///
/// # Errors
///
/// As [`binary_closing_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::binary_closing;
/// let a = array![[1, 1, 1], [1, 0, 1], [1, 1, 1]];
/// let c = binary_closing(&a)?; // the border reads false, so the outer ring erodes
/// assert_eq!(c, array![[false, false, false], [false, true, false], [false, false, false]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_closing.html>
pub fn binary_closing<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_closing_with(input, &BinaryOptions::default())
}

/// SciPy's `binary_closing(input, structure, iterations, origin, mask, border_value,
/// brute_force, axes)`: `iterations` dilations then `iterations` erosions.
///
/// Complexity as [`binary_erosion_with`].
///
/// # Errors
///
/// As [`binary_erosion_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{binary_closing_with, morphology::BinaryOptions};
/// let a = array![1, 1, 0, 1, 1];
/// let c = binary_closing_with(&a, &BinaryOptions::default().border_value(true))?;
/// assert!(c.iter().all(|&b| b));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_closing.html>
pub fn binary_closing_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BinaryOptions<'_>,
) -> Result<Array<bool, D>> {
    let input = input.into();
    let (st, origin) = resolve(input.ndim(), input.shape(), options)?;
    let it = options.iterations;
    run_steps(
        input,
        &[
            (Offsets::dilation(&st.view(), &origin), Op::Or, it),
            (Offsets::erosion(&st.view(), &origin), Op::And, it),
        ],
        options.border_value,
        options.mask.as_ref(),
    )
}

/// SciPy's keywords of `binary_hit_or_miss`: `structure1`, `structure2`, `origin1`,
/// `origin2`, `axes`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::morphology::HitOrMissOptions;
/// let opts = HitOrMissOptions::default().origin1(&[1]).origin2(&[0]);
/// assert_eq!(opts.origin2, Some(vec![0]));
/// ```
#[derive(Debug, Clone)]
pub struct HitOrMissOptions<'a> {
    /// The pattern that must be true (`None`: the cross of connectivity 1).
    pub structure1: Option<ArrayViewD<'a, bool>>,
    /// The pattern that must be false (`None`: the complement of `structure1`).
    pub structure2: Option<ArrayViewD<'a, bool>>,
    /// Origin of `structure1`: one value or one per filtered axis.
    pub origin1: Vec<isize>,
    /// Origin of `structure2` (`None`: `origin1`).
    pub origin2: Option<Vec<isize>>,
    /// The filtered axes (`None`: all).
    pub axes: Option<Vec<isize>>,
}

impl Default for HitOrMissOptions<'_> {
    fn default() -> Self {
        HitOrMissOptions {
            structure1: None,
            structure2: None,
            origin1: vec![0],
            origin2: None,
            axes: None,
        }
    }
}

impl<'a> HitOrMissOptions<'a> {
    /// Sets the pattern that must be true.
    #[must_use]
    pub fn structure1<D: Dimension>(mut self, s: impl AsArray<'a, bool, D>) -> Self {
        self.structure1 = Some(s.into().into_dyn());
        self
    }

    /// Sets the pattern that must be false.
    #[must_use]
    pub fn structure2<D: Dimension>(mut self, s: impl AsArray<'a, bool, D>) -> Self {
        self.structure2 = Some(s.into().into_dyn());
        self
    }

    /// Sets the origin of `structure1`.
    #[must_use]
    pub fn origin1(mut self, origin: &[isize]) -> Self {
        self.origin1 = origin.to_vec();
        self
    }

    /// Sets the origin of `structure2`.
    #[must_use]
    pub fn origin2(mut self, origin: &[isize]) -> Self {
        self.origin2 = Some(origin.to_vec());
        self
    }

    /// Sets the filtered axes.
    #[must_use]
    pub fn axes(mut self, axes: &[isize]) -> Self {
        self.axes = Some(axes.to_vec());
        self
    }
}

/// SciPy's `binary_hit_or_miss` with its defaults (the cross must be true, its complement
/// false).
///
/// # Errors
///
/// As [`binary_hit_or_miss_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::binary_hit_or_miss;
/// let a = array![[0, 1, 0], [1, 1, 1], [0, 1, 0]];
/// let h = binary_hit_or_miss(&a)?;
/// assert_eq!(h.iter().filter(|&&b| b).count(), 1);
/// assert!(h[[1, 1]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_hit_or_miss.html>
pub fn binary_hit_or_miss<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_hit_or_miss_with(input, &HitOrMissOptions::default())
}

/// SciPy's `binary_hit_or_miss(input, structure1, structure2, origin1, origin2, axes)`:
/// true where `structure1` (at `origin1`) fits the true pixels and `structure2` (at
/// `origin2`, not reflected) the false ones; pixels outside the image count as false for
/// both.
///
/// Time O(N · (|S1| + |S2|) / 64).
///
/// # Errors
///
/// As [`binary_erosion_with`] for either structure.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{binary_hit_or_miss_with, morphology::HitOrMissOptions};
/// // Right ends of runs: true here, false on the right.
/// let a = array![1, 1, 0, 1, 1, 1];
/// let s1 = array![false, true, false];
/// let s2 = array![false, false, true];
/// let h = binary_hit_or_miss_with(&a, &HitOrMissOptions::default().structure1(&s1).structure2(&s2))?;
/// assert_eq!(h, array![false, true, false, false, false, true]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_hit_or_miss.html>
pub fn binary_hit_or_miss_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &HitOrMissOptions<'_>,
) -> Result<Array<bool, D>> {
    let input = input.into();
    let ndim = input.ndim();
    let num_axes = resolve_axes(options.axes.as_deref(), ndim)?.len();
    let s1 = match &options.structure1 {
        Some(s) => s.to_owned(),
        None => generate_binary_structure(num_axes, 1)?,
    };
    let s2 = match &options.structure2 {
        Some(s) => s.to_owned(),
        None => s1.map(|&b| !b),
    };
    let origin2 = options.origin2.as_ref().unwrap_or(&options.origin1);
    let axes = options.axes.as_deref();
    let (st1, o1) = resolve_structure(ndim, Some(&s1.view()), &options.origin1, axes)?;
    let (st2, o2) = resolve_structure(ndim, Some(&s2.view()), origin2, axes)?;
    if input.is_empty() {
        return Ok(Array::from_elem(input.raw_dim(), false));
    }
    let shape = input.shape().to_vec();
    let k1 = Kernel::new(&Offsets::erosion(&st1.view(), &o1), &shape, Op::And, false);
    // The "miss" part: SciPy's inverted erosion by `structure2`, unreflected.
    let k2 = Kernel::new(&Offsets::erosion(&st2.view(), &o2), &shape, Op::Or, false);
    let pad = k1.pad().max(k2.pad());
    let img = BitImage::from_array(&input.view().into_dyn(), pad);
    let mut hit = iterate(img.clone(), &k1, None, 1)?;
    let miss = iterate(img, &k2, None, 1)?;
    hit.and_not(&miss);
    to_dim(hit.to_array(&shape))
}

/// SciPy's `binary_propagation` with its defaults: dilation by the cross repeated until
/// nothing changes (without a mask, the whole image becomes true as soon as one pixel is).
///
/// # Errors
///
/// As [`binary_propagation_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::binary_propagation;
/// let p = binary_propagation(&array![0, 0, 1, 0])?;
/// assert!(p.iter().all(|&b| b));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_propagation.html>
pub fn binary_propagation<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_propagation_with(input, &BinaryOptions::default())
}

/// SciPy's `binary_propagation(input, structure, mask, border_value, origin, axes)`:
/// dilation until nothing changes, inside `mask` (reconstruction by dilation: the mask's
/// parts reached from the true pixels). `options.iterations` and `options.brute_force` are
/// not keywords of this function and are not read.
///
/// Time O(N · |S|) (changed-pixel iterations after the first pass).
///
/// # Errors
///
/// As [`binary_erosion_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{binary_propagation_with, morphology::BinaryOptions};
/// let seed = array![0, 0, 1, 0, 0, 0];
/// let mask = array![true, true, true, true, false, true];
/// let p = binary_propagation_with(&seed, &BinaryOptions::default().mask(&mask))?;
/// assert_eq!(p, array![true, true, true, true, false, false]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_propagation.html>
pub fn binary_propagation_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BinaryOptions<'_>,
) -> Result<Array<bool, D>> {
    binary_dilation_with(input, &options.clone().iterations(-1))
}

/// SciPy's `binary_fill_holes` with its defaults: the false regions that the cross cannot
/// reach from outside the image become true.
///
/// # Errors
///
/// As [`binary_fill_holes_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::binary_fill_holes;
/// let a = array![[1, 1, 1, 0], [1, 0, 1, 0], [1, 1, 1, 0]];
/// let f = binary_fill_holes(&a)?;
/// assert!(f[[1, 1]] && !f[[1, 3]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_fill_holes.html>
pub fn binary_fill_holes<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
) -> Result<Array<bool, D>> {
    binary_fill_holes_with(input, &BinaryOptions::default())
}

/// SciPy's `binary_fill_holes(input, structure, origin, axes)`: the complement of the
/// propagation of the border (border value true) through the false pixels. Only
/// `structure`, `origin` and `axes` of the options are read (SciPy's keywords of this
/// function).
///
/// Time O(N · |S|).
///
/// # Errors
///
/// As [`binary_erosion_with`].
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{binary_fill_holes_with, morphology::BinaryOptions};
/// let a = array![[1, 1, 1], [1, 0, 1], [1, 1, 0]];
/// // With the full 3×3 structure the hole leaks out through the diagonal.
/// let full = ndarray::Array2::from_elem((3, 3), true);
/// let f = binary_fill_holes_with(&a, &BinaryOptions::default().structure(&full))?;
/// assert!(!f[[1, 1]]);
/// assert!(sci_ndimage::binary_fill_holes(&a)?[[1, 1]]);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.binary_fill_holes.html>
pub fn binary_fill_holes_with<'a, T: Element, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    options: &BinaryOptions<'_>,
) -> Result<Array<bool, D>> {
    let input = input.into();
    let plain = BinaryOptions {
        structure: options.structure.clone(),
        origin: options.origin.clone(),
        axes: options.axes.clone(),
        ..BinaryOptions::default()
    };
    let (st, origin) = resolve(input.ndim(), input.shape(), &plain)?;
    if input.is_empty() {
        return Ok(Array::from_elem(input.raw_dim(), false));
    }
    let shape = input.shape().to_vec();
    let kernel = Kernel::new(
        &Offsets::dilation(&st.view(), &origin),
        &shape,
        Op::Or,
        true,
    );
    let pad = kernel.pad();
    let mut mask = BitImage::from_array(&input.view().into_dyn(), pad);
    mask.invert();
    let start = BitImage::zeros(&shape, pad);
    let mut out = iterate(start, &kernel, Some(&mask), -1)?;
    out.invert();
    to_dim(out.to_array(&shape))
}
