//! The real-to-real transforms: discrete cosine ([`dct`], [`idct`], [`dctn`], [`idctn`]) and
//! sine ([`dst`], [`idst`], [`dstn`], [`idstn`]) transforms of types I to IV, on rustdct.
//!
//! SciPy's definitions carry a factor 2 that rustdct's do not (e.g. DCT-II:
//! `y[k] = 2 sum_j x[j] cos(pi k (2j + 1) / (2n))`); the kernel applies it together with the
//! `norm` factor, and with `orthogonalize` the extra scaling of the first or last term that
//! makes the orthonormal DCT/DST matrices orthogonal.

mod dct;
mod dst;

pub use dct::{dct, dctn, idct, idctn};
pub use dst::{dst, dstn, idst, idstn};

use std::sync::Arc;

use rustdct::{Dct1, Dst1, TransformType2And3, TransformType4};
use sci_core::ndarray::{ArrayD, ArrayViewD};
use sci_core::{Error, Result};

use crate::axes::{resized, shape_and_axes, shape_and_axis};
use crate::element::{FftFloat, cache};
use crate::lanes::{InPlace, in_place};
use crate::options::Norm;
use crate::workers::{resolve, run};

/// A rustdct plan of one kind and length.
enum Plan<T: FftFloat> {
    Dct1(Arc<dyn Dct1<T>>),
    Dst1(Arc<dyn Dst1<T>>),
    Type23(Arc<dyn TransformType2And3<T>>),
    Type4(Arc<dyn TransformType4<T>>),
}

/// One real-to-real transform of length `n`, in place, SciPy-scaled.
pub(crate) struct R2r<T: FftFloat> {
    plan: Plan<T>,
    n: usize,
    /// The transform type actually computed (1 to 4): an inverse of type 2 is a type 3.
    kind: u8,
    /// Cosine (DCT) or sine (DST).
    cosine: bool,
    /// SciPy's factor 2 times the `norm` factor.
    factor: T,
    /// Whether to apply SciPy's `orthogonalize` scaling.
    ortho: bool,
}

/// Checks SciPy's `type` argument.
pub(crate) fn check_type(t: u8) -> Result<()> {
    if (1..=4).contains(&t) {
        Ok(())
    } else {
        Err(Error::invalid_argument("type", t, "must be 1, 2, 3 or 4"))
    }
}

impl<T: FftFloat> R2r<T> {
    /// The transform of SciPy type `t` (1-4) and length `n`: cosine or sine, forward (`dct`)
    /// or inverse (`idct`), with `norm` and `orthogonalize`.
    pub(crate) fn new(
        t: u8,
        cosine: bool,
        forward: bool,
        n: usize,
        norm: Norm,
        orthogonalize: Option<bool>,
    ) -> Result<Self> {
        check_type(t)?;
        let kind = match (forward, t) {
            (false, 2) => 3,
            (false, 3) => 2,
            _ => t,
        };
        if cosine && kind == 1 && n < 2 {
            return Err(Error::invalid_argument(
                "n",
                n,
                "the DCT of type 1 needs at least 2 points",
            ));
        }
        let c = cache::<T>();
        let plan = match (cosine, kind) {
            (true, 1) => Plan::Dct1(c.dct1(n)),
            (false, 1) => Plan::Dst1(c.dst1(n)),
            (_, 4) => Plan::Type4(c.type4(n)),
            _ => Plan::Type23(c.type23(n)),
        };
        let logical = match (cosine, kind) {
            (true, 1) => 2 * (n - 1),
            (false, 1) => 2 * (n + 1),
            _ => 2 * n,
        };
        let scale = 2.0 * norm.factor(forward, logical).unwrap_or(1.0);
        Ok(R2r {
            plan,
            n,
            kind,
            cosine,
            factor: T::from_f64_rounded(scale),
            ortho: orthogonalize.unwrap_or(norm == Norm::Ortho),
        })
    }

    /// Runs the rustdct transform on one lane.
    fn transform(&self, lane: &mut [T], scratch: &mut [T]) {
        match (&self.plan, self.cosine, self.kind) {
            (Plan::Dct1(p), _, _) => p.process_dct1_with_scratch(lane, scratch),
            (Plan::Dst1(p), _, _) => p.process_dst1_with_scratch(lane, scratch),
            (Plan::Type4(p), true, _) => p.process_dct4_with_scratch(lane, scratch),
            (Plan::Type4(p), false, _) => p.process_dst4_with_scratch(lane, scratch),
            (Plan::Type23(p), true, 2) => p.process_dct2_with_scratch(lane, scratch),
            (Plan::Type23(p), true, _) => p.process_dct3_with_scratch(lane, scratch),
            (Plan::Type23(p), false, 2) => p.process_dst2_with_scratch(lane, scratch),
            (Plan::Type23(p), false, _) => p.process_dst3_with_scratch(lane, scratch),
        }
    }

    fn scratch_len(&self) -> usize {
        match &self.plan {
            Plan::Dct1(p) => p.get_scratch_len(),
            Plan::Dst1(p) => p.get_scratch_len(),
            Plan::Type23(p) => p.get_scratch_len(),
            Plan::Type4(p) => p.get_scratch_len(),
        }
    }
}

impl<T: FftFloat> InPlace<T> for R2r<T> {
    type Scratch = Vec<T>;
    fn len(&self) -> usize {
        self.n
    }
    fn scratch(&self) -> Vec<T> {
        vec![T::zero(); self.scratch_len()]
    }
    fn apply(&self, lanes: &mut [T], scratch: &mut Vec<T>) {
        let sqrt2 = T::SQRT_2();
        let n = self.n;
        for lane in lanes.chunks_exact_mut(n) {
            if self.ortho {
                match (self.cosine, self.kind) {
                    (true, 1) => {
                        lane[0] = lane[0] * sqrt2;
                        lane[n - 1] = lane[n - 1] * sqrt2;
                    }
                    (true, 3) => lane[0] = lane[0] * sqrt2,
                    (false, 3) => lane[n - 1] = lane[n - 1] * sqrt2,
                    _ => {}
                }
            }
            self.transform(lane, scratch);
            for v in lane.iter_mut() {
                *v = *v * self.factor;
            }
            if self.ortho {
                match (self.cosine, self.kind) {
                    (true, 1) => {
                        lane[0] = lane[0] / sqrt2;
                        lane[n - 1] = lane[n - 1] / sqrt2;
                    }
                    (true, 2) => lane[0] = lane[0] / sqrt2,
                    (false, 2) => lane[n - 1] = lane[n - 1] / sqrt2,
                    _ => {}
                }
            }
        }
    }
}

/// The SciPy arguments of a real-to-real transform, validated together.
pub(crate) struct R2rCall<'o> {
    pub(crate) t: u8,
    pub(crate) cosine: bool,
    pub(crate) forward: bool,
    pub(crate) norm: Norm,
    pub(crate) orthogonalize: Option<bool>,
    pub(crate) workers: Option<isize>,
    /// `Some((n, axis))` for the 1-D functions, else `None` with `s` and `axes`.
    pub(crate) one_d: Option<(Option<usize>, isize)>,
    pub(crate) s: Option<&'o [usize]>,
    pub(crate) axes: Option<&'o [isize]>,
}

/// Runs a real-to-real transform call on `x`.
pub(crate) fn r2r<T: FftFloat>(x: &ArrayViewD<'_, T>, call: &R2rCall<'_>) -> Result<ArrayD<T>> {
    check_type(call.t)?;
    let workers = resolve(call.workers)?;
    let (lens, axes) = match call.one_d {
        Some((n, axis)) => {
            let (axis, n) = shape_and_axis(x.shape(), n, axis)?;
            (vec![n], vec![axis])
        }
        None => shape_and_axes(x.shape(), call.s, call.axes)?,
    };
    let kernels = axes
        .iter()
        .zip(&lens)
        .map(|(&axis, &n)| {
            R2r::<T>::new(
                call.t,
                call.cosine,
                call.forward,
                n,
                call.norm,
                call.orthogonalize,
            )
            .map(|k| (axis, k))
        })
        .collect::<Result<Vec<_>>>()?;
    let sizes: Vec<(usize, usize)> = axes.iter().copied().zip(lens.iter().copied()).collect();
    let mut data = resized(x, &sizes, |v| v);
    run(workers, |parallel| {
        for (axis, kernel) in &kernels {
            in_place(&mut data, *axis, parallel, kernel);
        }
    });
    Ok(data)
}
