//! Minimum and maximum filters: 1-D running extremum (van Herk / Gil-Werman, about three
//! comparisons per element whatever the window's length), separable passes for a full box,
//! and a direct scan of the padded input for other footprints and non-flat structures (the
//! engine of grey morphology).
//!
//! As in SciPy, a full box runs in `f64` line buffers (so `cval` is not cast to the input's
//! type first), while a general footprint or a structure works in the input's type, with
//! `cval` and the structure cast to it.

use ndarray::{Array, ArrayD, ArrayView, ArrayViewMut, AsArray, Dimension, IxDyn};
use sci_core::{Error, Result};

use super::window::{Footprint, Padded, Window, store_into};
use crate::Element;
use crate::filters::common::check_output_shape;
use crate::filters::{Filter1dOptions, FilterOptions};
use crate::lines::map_lines;

/// Which extremum a filter takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Extremum {
    /// The smallest value (erosion).
    Min,
    /// The largest value (dilation).
    Max,
}

impl Extremum {
    /// `b` if it beats `a` (a NaN never beats, and is kept once taken).
    #[inline(always)]
    fn pick<V: PartialOrd + Copy>(self, a: V, b: V) -> V {
        match self {
            Extremum::Min => {
                if b < a {
                    b
                } else {
                    a
                }
            }
            Extremum::Max => {
                if b > a {
                    b
                } else {
                    a
                }
            }
        }
    }
}

/// `out[i] = extremum(ext[i..i + size])` by van Herk / Gil-Werman: prefix extrema inside
/// blocks of `size` (forward) and suffix extrema (backward); each window spans at most two
/// blocks, so its extremum is one comparison of a suffix and a prefix.
fn running_extremum(ext: &[f64], out: &mut [f64], size: usize, kind: Extremum) {
    let m = ext.len();
    if size == 1 {
        out.copy_from_slice(&ext[..out.len()]);
        return;
    }
    let mut g = vec![0.0; m];
    let mut h = vec![0.0; m];
    for (gb, eb) in g.chunks_mut(size).zip(ext.chunks(size)) {
        let mut acc = eb[0];
        for (d, &v) in gb.iter_mut().zip(eb) {
            acc = kind.pick(acc, v);
            *d = acc;
        }
    }
    for (hb, eb) in h.chunks_mut(size).zip(ext.chunks(size)) {
        let mut acc = eb[eb.len() - 1];
        for (d, &v) in hb.iter_mut().zip(eb).rev() {
            acc = kind.pick(acc, v);
            *d = acc;
        }
    }
    for (i, o) in out.iter_mut().enumerate() {
        *o = kind.pick(h[i], g[i + size - 1]);
    }
}

/// One 1-D extremum pass along `axis` (window `size`, `origin`) from `input` into `output`.
#[allow(clippy::too_many_arguments)] // reason: a line pass is exactly these things
fn pass<T: Element, O: Element, D: Dimension>(
    input: ArrayView<'_, T, D>,
    output: ArrayViewMut<'_, O, D>,
    axis: usize,
    size: usize,
    origin: isize,
    mode: crate::Mode,
    cval: f64,
    kind: Extremum,
) {
    // The origin was checked to keep the window's start at or before the element.
    let before = (size / 2).checked_add_signed(origin).unwrap_or(0);
    let after = size - 1 - before;
    map_lines(
        input,
        output,
        axis,
        before,
        after,
        mode.for_filters(),
        cval,
        |e, o| {
            running_extremum(e, o, size, kind);
        },
    );
}

fn filter1d_into<'a, T, O, D>(
    input: impl AsArray<'a, T, D>,
    size: usize,
    mut output: ArrayViewMut<'_, O, D>,
    opts: &Filter1dOptions,
    kind: Extremum,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    let input = sci_core::view(input);
    check_output_shape("filter1d", input.shape(), output.shape())?;
    if size < 1 {
        return Err(Error::invalid_argument(
            "size",
            size,
            "incorrect filter size",
        ));
    }
    let axis = opts.resolve_axis(input.ndim())?;
    crate::args::check_origin(opts.origin, size)?;
    pass(
        input,
        output.view_mut(),
        axis,
        size,
        opts.origin,
        opts.mode,
        opts.cval,
        kind,
    );
    Ok(())
}

macro_rules! filter1d_family {
    ($kind:expr, $plain:ident, $with:ident, $into:ident, $what:literal, $name:literal, $example:literal) => {
        #[doc = concat!("SciPy's `", $name, "`: the ", $what, " over a window of `size` along the last axis, with SciPy's defaults (mode reflect).")]
        ///
        /// # Errors
        ///
        /// See the `_into` form.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        #[doc = concat!("use sci_ndimage::filters::", stringify!($plain), ";")]
        #[doc = concat!("let y = ", stringify!($plain), "(&array![2.0, 8.0, 0.0, 4.0, 1.0, 9.0, 9.0, 0.0], 3).unwrap();")]
        #[doc = concat!("assert_eq!(y, array!", $example, ");")]
        /// ```
        ///
        /// # References
        ///
        #[doc = concat!("<https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.", $name, ".html>")]
        pub fn $plain<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            size: usize,
        ) -> Result<Array<T, D>> {
            $with(input, size, &Filter1dOptions::default())
        }

        #[doc = concat!("SciPy's `", $name, "` with its keywords (`axis`, `mode`, `cval`, `origin`).")]
        ///
        /// # Errors
        ///
        /// See the `_into` form.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        #[doc = concat!("use sci_ndimage::{Mode, filters::{", stringify!($with), ", Filter1dOptions}};")]
        /// let a = array![[1u8, 5, 2], [7, 0, 3]];
        #[doc = concat!("let y = ", stringify!($with), "(&a, 2, &Filter1dOptions::default().axis(0).mode(Mode::Nearest)).unwrap();")]
        /// assert_eq!(y.shape(), &[2, 3]);
        /// ```
        pub fn $with<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            size: usize,
            opts: &Filter1dOptions,
        ) -> Result<Array<T, D>> {
            let input = sci_core::view(input);
            let mut out = crate::output::new_array(input.raw_dim());
            $into(input, size, out.view_mut(), opts)?;
            Ok(out)
        }

        #[doc = concat!("SciPy's `", $name, "` into an output of any element type (SciPy's `output=`).")]
        ///
        /// The line is read into `f64`, the running extremum of van Herk / Gil-Werman takes
        /// about three comparisons per element whatever `size`, and the result is stored
        /// with SciPy's truncating cast. Time O(n), memory O(line length) per thread.
        ///
        /// # Errors
        ///
        /// [`Error::InvalidArgument`] for `size == 0`, an axis out of range or an origin
        /// outside the window; [`Error::ShapeMismatch`] when `output`'s shape differs.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::{array, Array1};
        #[doc = concat!("use sci_ndimage::filters::{", stringify!($into), ", Filter1dOptions};")]
        /// let mut out = Array1::<f64>::zeros(3);
        #[doc = concat!(stringify!($into), "(&array![1u8, 5, 2], 1, out.view_mut(), &Filter1dOptions::default()).unwrap();")]
        /// assert_eq!(out, array![1.0, 5.0, 2.0]);
        /// ```
        ///
        /// # References
        ///
        /// M. van Herk, "A fast algorithm for local minimum and maximum filters on
        /// rectangular and octagonal kernels", Pattern Recognition Letters 13 (1992);
        /// J. Gil, M. Werman, "Computing 2-D min, median, and max filters", IEEE PAMI 15 (1993).
        pub fn $into<'a, T: Element, O: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            size: usize,
            output: ArrayViewMut<'_, O, D>,
            opts: &Filter1dOptions,
        ) -> Result<()> {
            filter1d_into(input, size, output, opts, $kind)
        }
    };
}

filter1d_family!(
    Extremum::Min,
    minimum_filter1d,
    minimum_filter1d_with,
    minimum_filter1d_into,
    "minimum",
    "minimum_filter1d",
    "[2.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0]"
);
filter1d_family!(
    Extremum::Max,
    maximum_filter1d,
    maximum_filter1d_with,
    maximum_filter1d_into,
    "maximum",
    "maximum_filter1d",
    "[8.0, 8.0, 8.0, 4.0, 9.0, 9.0, 9.0, 9.0]"
);

/// The N-D minimum or maximum filter (SciPy's `_min_or_max_filter`): separable passes for a
/// full box without structure, otherwise a scan of the padded input over the footprint,
/// with `input ∓ structure` for a non-flat structure (erosion subtracts, dilation adds; the
/// structure is given in the footprint's space, with SciPy's arithmetic: see below).
pub(crate) fn min_or_max<T, O, D>(
    input: ArrayView<'_, T, D>,
    footprint: &Footprint,
    structure: Option<&ArrayD<f64>>,
    mut output: ArrayViewMut<'_, O, D>,
    opts: &FilterOptions,
    kind: Extremum,
) -> Result<()>
where
    T: Element,
    O: Element,
    D: Dimension,
{
    check_output_shape("minimum/maximum filter", input.shape(), output.shape())?;
    let w = Window::resolve(footprint, input.ndim(), opts)?;
    if w.count == 0 {
        return Err(Error::invalid_argument(
            "footprint",
            "all false",
            "an all-zero footprint is not supported",
        ));
    }
    if let (Some(s), Footprint::Mask(m)) = (structure, footprint)
        && s.shape() != m.shape()
    {
        return Err(Error::shape_mismatch(
            "structure and footprint",
            m.shape(),
            s.shape(),
        ));
    }
    if structure.is_none() && w.is_box {
        let passes: Vec<usize> = w
            .axes
            .iter()
            .copied()
            .filter(|&a| w.mask.shape()[a] > 1)
            .collect();
        let r = opts.resolve(input.ndim())?;
        let origin_of = |a: usize| r.origins[r.axes.iter().position(|&x| x == a).unwrap_or(0)];
        let Some((&first, rest)) = passes.split_first() else {
            store_into(&input.to_owned().into_dyn(), &mut output);
            return Ok(());
        };
        let size = |a: usize| w.mask.shape()[a];
        pass(
            input,
            output.view_mut(),
            first,
            size(first),
            origin_of(first),
            w.modes[first],
            opts.cval,
            kind,
        );
        for &a in rest {
            let tmp = output.to_owned();
            pass(
                tmp.view(),
                output.view_mut(),
                a,
                size(a),
                origin_of(a),
                w.modes[a],
                opts.cval,
                kind,
            );
        }
        return Ok(());
    }
    // SciPy pairs a non-separable footprint's dimensions with the axes in sorted order.
    let opts = &Window::sorted_axes(opts, input.ndim())?;
    let w = Window::resolve(footprint, input.ndim(), opts)?;
    let mode = w.single_mode("non-separable footprints")?;
    let padded = Padded::new(
        input.view().into_dyn(),
        &w,
        mode,
        T::from_f64_trunc(opts.cval),
    );
    let offsets = padded.offsets(&w);
    let data = padded.data.as_slice().unwrap_or(&[]);
    let mut result = vec![T::default(); input.len()];
    match structure {
        None => padded.for_each_row(
            &mut result,
            || (),
            |_, base, row| {
                for (x, o) in row.iter_mut().enumerate() {
                    let at = base + x;
                    let mut acc = data[at + offsets[0]];
                    for &off in &offsets[1..] {
                        acc = kind.pick(acc, data[at + off]);
                    }
                    *o = acc;
                }
            },
        ),
        Some(s) => {
            let full = w.expand(s);
            let sign = if kind == Extremum::Min { -1.0 } else { 1.0 };
            let in_mask = || full.iter().zip(w.mask.iter()).filter(|&(_, &b)| b);
            // SciPy's arithmetic, reproduced exactly: the first element of the window is
            // `value ± structure` in f64; every later one adds the structure cast to the
            // input's type, in the input's type (wrapping), before it is compared; the
            // winner is stored with the output's truncating cast.
            let first = in_mask().next().map_or(0.0, |(&v, _)| sign * v);
            let svals: Vec<f64> = in_mask()
                .map(|(&v, _)| sign * T::from_f64_trunc(v).to_f64())
                .collect();
            let mut acc_all = vec![0.0f64; input.len()];
            padded.for_each_row(
                &mut acc_all,
                || (),
                |_, base, row| {
                    for (x, o) in row.iter_mut().enumerate() {
                        let at = base + x;
                        let mut acc = data[at + offsets[0]].to_f64() + first;
                        for (&off, &sv) in offsets[1..].iter().zip(&svals[1..]) {
                            let t = T::from_f64_trunc(data[at + off].to_f64() + sv).to_f64();
                            acc = kind.pick(acc, t);
                        }
                        *o = acc;
                    }
                },
            );
            for (o, &v) in output.iter_mut().zip(&acc_all) {
                *o = O::from_f64_trunc(v);
            }
            return Ok(());
        }
    }
    let result = ArrayD::from_shape_vec(IxDyn(input.shape()), result).map_err(|e| {
        Error::invalid_argument("input", format!("{:?}", input.shape()), e.to_string())
    })?;
    store_into(&result, &mut output);
    Ok(())
}

macro_rules! nd_family {
    ($kind:expr, $plain:ident, $with:ident, $into:ident, $what:literal, $name:literal, $example:literal) => {
        #[doc = concat!("SciPy's `", $name, "`: the ", $what, " over a window ([`Footprint`]: `size` or `footprint`), with SciPy's defaults (mode reflect).")]
        ///
        /// # Errors
        ///
        /// See the `_into` form.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        #[doc = concat!("use sci_ndimage::filters::{", stringify!($plain), ", Footprint};")]
        /// let a = array![[1u8, 5, 2], [7, 0, 3], [4, 4, 9]];
        #[doc = concat!("let y = ", stringify!($plain), "(&a, &Footprint::size([3])).unwrap();")]
        #[doc = concat!("assert_eq!(y, array!", $example, ");")]
        /// ```
        ///
        /// # References
        ///
        #[doc = concat!("<https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.", $name, ".html>")]
        pub fn $plain<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            footprint: &Footprint,
        ) -> Result<Array<T, D>> {
            $with(input, footprint, &FilterOptions::default())
        }

        #[doc = concat!("SciPy's `", $name, "` with its keywords (`mode` per axis, `cval`, `origin` per axis, `axes`).")]
        ///
        /// # Errors
        ///
        /// See the `_into` form.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::array;
        /// use sci_ndimage::{Mode, filters::{FilterOptions, Footprint}};
        #[doc = concat!("use sci_ndimage::filters::", stringify!($with), ";")]
        /// let a = array![[1.0, 5.0], [7.0, 0.0]];
        /// let cross = Footprint::mask(&array![[false, true, false], [true, true, true], [false, true, false]]);
        #[doc = concat!("let y = ", stringify!($with), "(&a, &cross, &FilterOptions::default().mode(Mode::Constant).cval(3.0)).unwrap();")]
        /// assert_eq!(y.shape(), &[2, 2]);
        /// ```
        pub fn $with<'a, T: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            footprint: &Footprint,
            opts: &FilterOptions,
        ) -> Result<Array<T, D>> {
            let input = sci_core::view(input);
            let mut out = crate::output::new_array(input.raw_dim());
            $into(input, footprint, out.view_mut(), opts)?;
            Ok(out)
        }

        #[doc = concat!("SciPy's `", $name, "` into an output of any element type (SciPy's `output=`).")]
        ///
        /// A full box (SciPy's `size`, or an all-true footprint) runs as separable 1-D
        /// van Herk / Gil-Werman passes in `f64` (O(n) per axis whatever the size, modes
        /// per axis allowed); another footprint scans the padded input in the input's type
        /// (O(n·k) for k footprint elements; one mode only, as SciPy). Memory: one padded
        /// copy of the input.
        ///
        /// # Errors
        ///
        /// [`Error::InvalidArgument`] for a zero size, an all-false or empty footprint, an
        /// origin outside the window, per-axis values of the wrong length, an axis out of
        /// range, or a sequence of modes with a non-separable footprint;
        /// [`Error::ShapeMismatch`] for a footprint of the wrong dimension or an output of
        /// the wrong shape.
        ///
        /// # Examples
        ///
        /// ```
        /// use ndarray::{array, Array2};
        #[doc = concat!("use sci_ndimage::filters::{", stringify!($into), ", FilterOptions, Footprint};")]
        /// let mut out = Array2::<i32>::zeros((2, 2));
        #[doc = concat!(stringify!($into), "(&array![[1u8, 5], [7, 0]], &Footprint::size([1]), out.view_mut(), &FilterOptions::default()).unwrap();")]
        /// assert_eq!(out, array![[1, 5], [7, 0]]);
        /// ```
        ///
        /// # References
        ///
        /// M. van Herk, Pattern Recognition Letters 13 (1992); J. Gil, M. Werman, IEEE PAMI 15 (1993).
        pub fn $into<'a, T: Element, O: Element, D: Dimension>(
            input: impl AsArray<'a, T, D>,
            footprint: &Footprint,
            output: ArrayViewMut<'_, O, D>,
            opts: &FilterOptions,
        ) -> Result<()> {
            min_or_max(sci_core::view(input), footprint, None, output, opts, $kind)
        }
    };
}

nd_family!(
    Extremum::Min,
    minimum_filter,
    minimum_filter_with,
    minimum_filter_into,
    "minimum",
    "minimum_filter",
    "[[0u8, 0, 0], [0, 0, 0], [0, 0, 0]]"
);
nd_family!(
    Extremum::Max,
    maximum_filter,
    maximum_filter_with,
    maximum_filter_into,
    "maximum",
    "maximum_filter",
    "[[7u8, 7, 5], [7, 9, 9], [7, 9, 9]]"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_extremum_matches_a_direct_scan() {
        let ext: Vec<f64> = (0..40).map(|i| ((i * 37) % 11) as f64).collect();
        for size in 1..9 {
            let n = ext.len() + 1 - size;
            let mut out = vec![0.0; n];
            running_extremum(&ext, &mut out, size, Extremum::Min);
            for i in 0..n {
                let m = ext[i..i + size]
                    .iter()
                    .copied()
                    .fold(f64::INFINITY, f64::min);
                assert_eq!(out[i], m, "size {size} at {i}");
            }
            running_extremum(&ext, &mut out, size, Extremum::Max);
            for i in 0..n {
                let m = ext[i..i + size]
                    .iter()
                    .copied()
                    .fold(f64::NEG_INFINITY, f64::max);
                assert_eq!(out[i], m, "size {size} at {i}");
            }
        }
    }
}
