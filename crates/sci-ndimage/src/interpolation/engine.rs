//! The interpolation engine shared by every geometric transform: the coefficient array
//! (the input, or its prefiltered `f64` copy, padded for `nearest` / `grid-constant` as
//! SciPy pads), the tensor-product evaluation of the spline at a point, and the
//! parallel loop over the output in tiles of rows.

use ndarray::{Array, ArrayView, ArrayViewMut, Dimension, IxDyn};
use sci_core::{Error, Result};

use super::InterpolationOptions;
use super::prefilter::{SplineFilterOptions, prefilter_inplace, spline_filter_into};
use super::weights::{AxisTaps, CVAL_TAP, Taps, axis_taps};
use crate::{Element, Mode, pad::pad};

/// SciPy pads the input by this many samples for `nearest` and `grid-constant` before
/// prefiltering, as those modes have no exact recursive-filter boundary conditions.
const NPAD: usize = 12;

/// Output elements per parallel task (a tile of one row).
const TILE: usize = 2048;

/// The spline coefficients a transform reads, in C order.
pub(crate) struct Coeffs {
    pub data: Vec<f64>,
    pub shape: Vec<usize>,
    pub strides: Vec<usize>,
    /// Samples of padding in front along every axis (added to every coordinate).
    pub npad: f64,
    pub order: usize,
    pub mode: Mode,
    pub cval: f64,
}

impl Coeffs {
    /// Validates the options and prepares the coefficients of `input` (an `f64` copy,
    /// prefiltered when `prefilter` and `order > 1`).
    pub(crate) fn new<T: Element, D: Dimension>(
        input: ArrayView<'_, T, D>,
        o: &InterpolationOptions,
    ) -> Result<Coeffs> {
        super::prefilter::check_order(o.order, 0)?;
        if input.ndim() == 0 {
            return Err(Error::invalid_argument(
                "input",
                "0-d array",
                "input and output rank must be > 0",
            ));
        }
        if input.ndim() > 32 {
            return Err(Error::invalid_argument(
                "input",
                format!("{} dimensions", input.ndim()),
                "at most 32 dimensions are supported",
            ));
        }
        let input = input.into_dyn();
        let mut npad = 0;
        let padded =
            o.prefilter && o.order > 1 && matches!(o.mode, Mode::Nearest | Mode::GridConstant);
        let data: Array<f64, IxDyn> = if !(o.prefilter && o.order > 1) {
            input.mapv(|v| v.to_f64())
        } else if !padded {
            // The first pass reads the input itself: no separate f64 copy.
            let mut data = Array::<f64, IxDyn>::zeros(input.raw_dim());
            let so = SplineFilterOptions::default().order(o.order).mode(o.mode);
            spline_filter_into(input.view(), data.view_mut(), &so)?;
            data
        } else {
            if o.mode == Mode::Nearest && input.is_empty() {
                return Err(Error::invalid_argument(
                    "input",
                    "empty array",
                    "can't extend an empty axis with mode 'nearest'",
                ));
            }
            npad = NPAD;
            // np.pad casts cval to the input's type before padding.
            let padval = T::from_f64_trunc(o.cval).to_f64();
            let k = vec![NPAD; input.ndim()];
            let mut data = pad(
                input.mapv(|v| v.to_f64()).view(),
                &k,
                &k,
                o.mode.for_filters(),
                padval,
            );
            prefilter_inplace(&mut data, o.order, o.mode);
            data
        };
        let shape = data.shape().to_vec();
        let mut strides = vec![1usize; shape.len()];
        for k in (0..shape.len().saturating_sub(1)).rev() {
            strides[k] = strides[k + 1] * shape[k + 1];
        }
        let data = if data.is_standard_layout() {
            data.into_raw_vec_and_offset().0
        } else {
            data.iter().copied().collect()
        };
        Ok(Coeffs {
            data,
            shape,
            strides,
            npad: npad as f64,
            order: o.order,
            mode: o.mode,
            cval: o.cval,
        })
    }

    pub(crate) fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// The taps along `axis` of the (unpadded) input coordinate `x`.
    #[inline]
    pub(crate) fn taps(&self, axis: usize, x: f64) -> AxisTaps {
        axis_taps(
            x + self.npad,
            self.shape[axis],
            self.strides[axis],
            self.order,
            self.mode,
        )
    }

    /// The spline at the point whose per-axis taps are `t` (all [`AxisTaps::Taps`]).
    #[inline]
    pub(crate) fn eval(&self, t: &[&Taps]) -> f64 {
        let k = self.order + 1;
        if t.len() == 2 && !t[0].any_cval && !t[1].any_cval {
            return match k {
                1 => self.data[t[0].off[0] + t[1].off[0]],
                2 => eval2::<2>(&self.data, t[0], t[1]),
                3 => eval2::<3>(&self.data, t[0], t[1]),
                4 => eval2::<4>(&self.data, t[0], t[1]),
                5 => eval2::<5>(&self.data, t[0], t[1]),
                _ => eval2::<6>(&self.data, t[0], t[1]),
            };
        }
        self.eval_rec(t, 0, 0)
    }

    fn eval_rec(&self, t: &[&Taps], axis: usize, base: usize) -> f64 {
        let ta = t[axis];
        let last = axis + 1 == t.len();
        let mut s = 0.0;
        for j in 0..=self.order {
            let o = ta.off[j];
            let v = if o == CVAL_TAP {
                self.cval
            } else if last {
                self.data[base + o]
            } else {
                self.eval_rec(t, axis + 1, base + o)
            };
            s += ta.w[j] * v;
        }
        s
    }

    /// The value at the input coordinates `x` (one per axis).
    #[inline]
    pub(crate) fn at(&self, x: &[f64]) -> f64 {
        match x.len() {
            1 => self.at_n::<1>(x),
            2 => match self.order {
                1 => self.at2::<2>(x[0], x[1]),
                3 => self.at2::<4>(x[0], x[1]),
                _ => self.at_n::<2>(x),
            },
            3 => self.at_n::<3>(x),
            4 => self.at_n::<4>(x),
            _ => self.at_slow(x),
        }
    }

    /// The 2-D fast path of `K = order + 1` taps: a point whose taps all lie inside the
    /// grid (no folding, no boundary) is summed straight from four rows; others take the
    /// general path. Both sum in the same order, so results agree to the last bit.
    #[inline(always)]
    fn at2<const K: usize>(&self, y: f64, x: f64) -> f64 {
        let (yy, xx) = (y + self.npad, x + self.npad);
        let (ny, nx) = (self.shape[0], self.shape[1]);
        let inside = yy >= 0.0 && xx >= 0.0 && yy <= (ny as f64 - 1.0) && xx <= (nx as f64 - 1.0);
        if inside {
            let mut wy = [0.0; super::weights::MAX_TAPS];
            let mut wx = [0.0; super::weights::MAX_TAPS];
            let sy = super::weights::weights(K - 1, yy, &mut wy);
            let sx = super::weights::weights(K - 1, xx, &mut wx);
            if sy >= 0 && sx >= 0 && (sy as usize) + K <= ny && (sx as usize) + K <= nx {
                let stride = self.strides[0];
                let base = sy as usize * stride + sx as usize;
                let mut s = 0.0;
                for (a, &w) in wy.iter().enumerate().take(K) {
                    let row = &self.data[base + a * stride..base + a * stride + K];
                    let mut r = 0.0;
                    for b in 0..K {
                        r += wx[b] * row[b];
                    }
                    s += w * r;
                }
                return s;
            }
        }
        self.at_n::<2>(&[y, x])
    }

    #[inline(always)]
    fn at_n<const N: usize>(&self, x: &[f64]) -> f64 {
        let mut taps = [EMPTY; N];
        for k in 0..N {
            match self.taps(k, x[k]) {
                AxisTaps::Taps(t) => taps[k] = t,
                AxisTaps::Cval => return self.cval,
                AxisTaps::Nan => return f64::NAN,
            }
        }
        let mut refs = [&EMPTY; N];
        for k in 0..N {
            refs[k] = &taps[k];
        }
        self.eval(&refs)
    }

    fn at_slow(&self, x: &[f64]) -> f64 {
        let mut taps = Vec::with_capacity(x.len());
        for (k, &xk) in x.iter().enumerate() {
            match self.taps(k, xk) {
                AxisTaps::Taps(t) => taps.push(t),
                AxisTaps::Cval => return self.cval,
                AxisTaps::Nan => return f64::NAN,
            }
        }
        let refs: Vec<&Taps> = taps.iter().collect();
        self.eval(&refs)
    }
}

const EMPTY: Taps = Taps {
    off: [0; super::weights::MAX_TAPS],
    w: [0.0; super::weights::MAX_TAPS],
    any_cval: false,
};

/// The 2-D tensor product of `K` taps per axis (rows outer, as SciPy sums).
#[inline(always)]
fn eval2<const K: usize>(data: &[f64], ty: &Taps, tx: &Taps) -> f64 {
    let mut s = 0.0;
    for a in 0..K {
        let row = ty.off[a];
        let mut r = 0.0;
        for b in 0..K {
            r += tx.w[b] * data[row + tx.off[b]];
        }
        s += ty.w[a] * r;
    }
    s
}

/// Runs `f(row_index, col0, tile)` over the output (C order, rows along the last axis)
/// in tiles of at most [`TILE`] elements, in parallel; `row_index` is the multi-index of
/// the row (all axes but the last). Writes into `output` directly when it is contiguous.
pub(crate) fn fill<O, E, F>(mut output: ArrayViewMut<'_, O, E>, f: F)
where
    O: Element,
    E: Dimension,
    F: Fn(&[usize], usize, &mut [O]) + Sync,
{
    if output.is_empty() {
        return;
    }
    let shape = output.shape().to_vec();
    if let Some(slice) = output.as_slice_mut() {
        fill_slice(slice, &shape, &f);
    } else {
        let mut tmp = Array::<O, IxDyn>::from_elem(IxDyn(&shape), O::default());
        if let Some(slice) = tmp.as_slice_mut() {
            fill_slice(slice, &shape, &f);
        }
        let tmp = tmp.into_dimensionality::<E>();
        if let Ok(tmp) = tmp {
            output.assign(&tmp);
        }
    }
}

fn fill_slice<O, F>(out: &mut [O], shape: &[usize], f: &F)
where
    O: Element,
    F: Fn(&[usize], usize, &mut [O]) + Sync,
{
    let nd = shape.len();
    let row_len = if nd == 0 { 1 } else { shape[nd - 1] };
    let tiles_per_row = row_len.div_ceil(TILE).max(1);
    let tile_len = row_len.div_ceil(tiles_per_row).max(1);
    let run = |(t, chunk): (usize, &mut [O])| {
        let row = t / tiles_per_row;
        let col0 = (t % tiles_per_row) * tile_len;
        let mut idx = [0usize; 32];
        let mut rest = row;
        let outer = nd.saturating_sub(1);
        if outer <= idx.len() {
            for k in (0..outer).rev() {
                idx[k] = rest % shape[k];
                rest /= shape[k];
            }
            f(&idx[..outer], col0, chunk);
        } else {
            let mut v = vec![0usize; outer];
            for k in (0..outer).rev() {
                v[k] = rest % shape[k];
                rest /= shape[k];
            }
            f(&v, col0, chunk);
        }
    };
    // Tiles never straddle rows: chunk each row separately.
    let chunks = out.chunks_mut(row_len).flat_map(|r| r.chunks_mut(tile_len));
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        let v: Vec<&mut [O]> = chunks.collect();
        v.into_par_iter().enumerate().for_each(run);
    }
    #[cfg(not(feature = "parallel"))]
    chunks.enumerate().for_each(run);
}

/// The value stored at a point: the spline value rounded into the output type.
#[inline]
pub(crate) fn store<O: Element>(v: f64) -> O {
    O::from_f64_round(v)
}
