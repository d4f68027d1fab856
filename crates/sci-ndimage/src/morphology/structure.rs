//! Structuring elements: SciPy's `generate_binary_structure` and `iterate_structure`, and
//! the resolution of a binary operation's `structure`, `origin` and `axes` into the list of
//! neighbour offsets the binary engine reads.

// Lengths, indices and offsets of arrays fit in `isize` (allocations are capped at
// `isize::MAX` bytes), so their casts to signed types cannot wrap.
#![allow(clippy::cast_possible_wrap)]

use ndarray::{Array, ArrayD, ArrayViewD, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result};

use crate::Element;
use crate::args::{check_origin, per_axis, resolve_axes};

/// SciPy's `generate_binary_structure`: the 3×3×…×3 structuring element of `rank`
/// dimensions whose elements lie within `connectivity` unit steps of the centre (squared
/// Euclidean distance from the centre at most `connectivity`).
///
/// `connectivity = 1` gives the cross (no diagonal neighbours), `connectivity >= rank` the
/// full cube; a connectivity of 0 counts as 1, and a rank of 0 gives the 0-d array `true`,
/// as in SciPy.
///
/// Memory O(3^rank).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `3^rank` elements cannot be addressed.
///
/// # Examples
///
/// ```
/// use sci_ndimage::generate_binary_structure;
/// let cross = generate_binary_structure(2, 1)?;
/// assert_eq!(cross.shape(), &[3, 3]);
/// assert_eq!(
///     cross.iter().map(|&b| u8::from(b)).collect::<Vec<_>>(),
///     vec![0, 1, 0, 1, 1, 1, 0, 1, 0]
/// );
/// let cube = generate_binary_structure(3, 3)?;
/// assert!(cube.iter().all(|&b| b));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.generate_binary_structure.html>
pub fn generate_binary_structure(rank: usize, connectivity: usize) -> Result<ArrayD<bool>> {
    let connectivity = connectivity.max(1);
    let size = u32::try_from(rank)
        .ok()
        .and_then(|r| 3usize.checked_pow(r))
        .filter(|&s| s <= isize::MAX as usize)
        .ok_or_else(|| Error::invalid_argument("rank", rank, "3^rank elements do not fit"))?;
    let mut out = ArrayD::from_elem(IxDyn(&vec![3; rank]), false);
    for (flat, v) in out.iter_mut().enumerate() {
        // The digits of `flat` in base 3 are the coordinates; each 0 or 2 is one step.
        let mut steps = 0;
        let mut rest = flat;
        for _ in 0..rank {
            steps += usize::from(rest % 3 != 1);
            rest /= 3;
        }
        *v = steps <= connectivity;
    }
    debug_assert_eq!(out.len(), size);
    Ok(out)
}

/// SciPy's `iterate_structure`: the structuring element equivalent to `iterations`
/// successive dilations by `structure` (the structure dilated by itself `iterations - 1`
/// times), of shape `s + (iterations - 1)(s - 1)` per axis.
///
/// With `origin`, also returns the origin to use with the result, `iterations * origin`.
/// For `iterations < 2` the structure comes back unchanged (as booleans) with the origin
/// unchanged (SciPy returns no origin in that case).
///
/// Time O(iterations · size · |structure|).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `origin` has neither one value nor one per axis, or when
/// an empty structure is to be iterated.
///
/// # Examples
///
/// ```
/// use sci_ndimage::{generate_binary_structure, iterate_structure};
/// let cross = generate_binary_structure(2, 1)?;
/// let (diamond, origin) = iterate_structure(&cross, 2, Some(&[1, 0]))?;
/// assert_eq!(diamond.shape(), &[5, 5]);
/// assert_eq!(diamond.iter().filter(|&&b| b).count(), 13);
/// assert_eq!(origin, Some(vec![2, 0]));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.iterate_structure.html>
#[allow(clippy::type_complexity)] // reason: SciPy's pair (structure, optional origin)
pub fn iterate_structure<'a, T, D>(
    structure: impl AsArray<'a, T, D>,
    iterations: isize,
    origin: Option<&[isize]>,
) -> Result<(Array<bool, D>, Option<Vec<isize>>)>
where
    T: Element,
    D: Dimension,
{
    let structure = structure.into();
    let ndim = structure.ndim();
    let zero = T::default();
    let origin = match origin {
        Some(o) => Some(per_axis("origin", o, ndim)?),
        None => None,
    };
    let as_bool = structure.map(|&v| v != zero);
    if iterations < 2 {
        return Ok((as_bool, origin));
    }
    if as_bool.is_empty() {
        return Err(Error::invalid_argument(
            "structure",
            format!("{:?}", as_bool.shape()),
            "cannot iterate an empty structure",
        ));
    }
    let ni = (iterations - 1) as usize;
    let shape: Vec<usize> = as_bool.shape().iter().map(|&s| s + ni * (s - 1)).collect();
    let mut seed = ArrayD::from_elem(IxDyn(&shape), false);
    {
        // The structure sits at `ni * (s / 2)` of each axis, as SciPy places it.
        let slices: Vec<ndarray::SliceInfoElem> = as_bool
            .shape()
            .iter()
            .map(|&s| {
                let p = (ni * (s / 2)) as isize;
                ndarray::SliceInfoElem::Slice {
                    start: p,
                    end: Some(p + s as isize),
                    step: 1,
                }
            })
            .collect();
        seed.slice_mut(slices.as_slice())
            .assign(&as_bool.view().into_dyn());
    }
    let st = as_bool.view().into_dyn();
    let offsets = Offsets::dilation(&st, &vec![0; ndim]);
    let out = super::binary_engine::run_iterated(
        seed.view(),
        &offsets,
        super::binary_engine::Op::Or,
        false,
        None,
        ni as isize,
    )?;
    let out = out
        .into_dimensionality::<D>()
        .map_err(|e| Error::invalid_argument("structure", e, "dimension"))?;
    Ok((
        out,
        origin.map(|o| o.iter().map(|&v| v * iterations).collect()),
    ))
}

/// The neighbour offsets of a binary operation: `out[p]` combines the input at `p + d` for
/// every `d` in `list` (AND for an erosion, OR for a dilation), with outside points reading
/// the border value.
#[derive(Debug, Clone)]
pub(crate) struct Offsets {
    /// One offset vector per true element of the structure, each of the input's rank.
    pub list: Vec<Vec<isize>>,
}

impl Offsets {
    /// Erosion by `structure` with `origin` (SciPy's window convention: the element at
    /// index `k` reads the input at `p + k - s/2 - origin`).
    pub fn erosion(structure: &ArrayViewD<'_, bool>, origin: &[isize]) -> Offsets {
        Offsets::collect_with(structure, origin, |k, s, o| {
            k as isize - (s / 2) as isize - o
        })
    }

    /// Dilation by `structure` with `origin`: SciPy reflects the structure (and shifts the
    /// origin of even axes by one), which reads the input at `p - k + s/2 + origin`.
    pub fn dilation(structure: &ArrayViewD<'_, bool>, origin: &[isize]) -> Offsets {
        Offsets::collect_with(structure, origin, |k, s, o| {
            (s / 2) as isize + o - k as isize
        })
    }

    fn collect_with(
        structure: &ArrayViewD<'_, bool>,
        origin: &[isize],
        f: impl Fn(usize, usize, isize) -> isize,
    ) -> Offsets {
        let shape = structure.shape().to_vec();
        let list = structure
            .indexed_iter()
            .filter(|(_, v)| **v)
            .map(|(idx, _)| {
                (0..shape.len())
                    .map(|a| f(idx[a], shape[a], origin[a]))
                    .collect()
            })
            .collect();
        Offsets { list }
    }

    /// Whether the zero offset is among the offsets (SciPy's "centre is true"): the
    /// operation then only ever changes pixels one way, which the changed-pixel iterations
    /// rely on.
    pub fn has_center(&self) -> bool {
        self.list.iter().any(|d| d.iter().all(|&v| v == 0))
    }
}

/// A binary operation's structure and origin resolved against an input of rank `ndim`:
/// SciPy's default structure (the cross of the filtered axes), `axes` (the structure has
/// one axis per filtered axis and gains axes of length 1 for the others; origins are given
/// per filtered axis), and the checks SciPy makes.
pub(crate) fn resolve_structure(
    ndim: usize,
    structure: Option<&ArrayViewD<'_, bool>>,
    origin: &[isize],
    axes: Option<&[isize]>,
) -> Result<(ArrayD<bool>, Vec<isize>)> {
    let axes = resolve_axes(axes, ndim)?;
    let num_axes = axes.len();
    let base = match structure {
        Some(s) => s.to_owned(),
        None => generate_binary_structure(num_axes, 1)?,
    };
    let full = if num_axes < ndim {
        if base.ndim() != num_axes {
            return Err(Error::invalid_argument(
                "structure",
                format!("{:?}", base.shape()),
                format!("must have one axis per filtered axis ({num_axes})"),
            ));
        }
        // SciPy inserts the length-1 axes at the unfiltered positions, keeping the
        // structure's own axes in order (whatever the order of `axes`).
        let mut shape = vec![1usize; ndim];
        let mut src = base.shape().iter();
        for (ax, s) in shape.iter_mut().enumerate() {
            if axes.contains(&ax) {
                *s = *src.next().unwrap_or(&1);
            }
        }
        base.into_shape_with_order(IxDyn(&shape))
            .map_err(|e| Error::invalid_argument("structure", e, "cannot add axes"))?
    } else {
        base
    };
    if full.ndim() != ndim {
        return Err(Error::shape_mismatch(
            "structure and input dimensionality",
            &[ndim],
            &[full.ndim()],
        ));
    }
    if full.is_empty() {
        return Err(Error::invalid_argument(
            "structure",
            format!("{:?}", full.shape()),
            "structure must not be empty",
        ));
    }
    let given = per_axis("origin", origin, num_axes.max(1))?;
    let mut full_origin = vec![0isize; ndim];
    if num_axes < ndim {
        for (o, &ax) in given.iter().zip(&axes) {
            full_origin[ax] = *o;
        }
    } else {
        full_origin.copy_from_slice(&given[..ndim]);
    }
    for (&o, &s) in full_origin.iter().zip(full.shape()) {
        check_origin(o, s)?;
    }
    Ok((full, full_origin))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn structures_of_each_connectivity() {
        let s = generate_binary_structure(3, 2).unwrap();
        assert_eq!(s.iter().filter(|&&b| b).count(), 19);
        assert!(generate_binary_structure(0, 1).unwrap()[[]]);
        assert_eq!(
            generate_binary_structure(2, 0).unwrap(),
            generate_binary_structure(2, 1).unwrap()
        );
    }

    #[test]
    fn axes_insert_unit_axes() {
        let (s, o) = resolve_structure(3, None, &[1], Some(&[2, 0])).unwrap();
        assert_eq!(s.shape(), &[3, 1, 3]);
        assert_eq!(o, vec![1, 0, 1]);
        assert!(resolve_structure(2, None, &[0, 0, 0], None).is_err());
    }
}
