//! Helpers shared by the filter families: output checks, the `f64` work copy of an input,
//! and a sequence of separable axis passes with SciPy's per-pass truncation.

use ndarray::{ArrayView, ArrayViewMut, Dimension};
use sci_core::{Error, Result};

use super::kernels::{correlate_block, correlate_line, symmetry};
use crate::lines::{BlockKernel, map_lines, map_lines_blocked, map_lines_inplace};
use crate::{Element, Mode};

/// Errors unless `output` has the shape of `input`.
pub(crate) fn check_output_shape(context: &str, input: &[usize], output: &[usize]) -> Result<()> {
    if input != output {
        return Err(Error::shape_mismatch(
            format!("{context}: output"),
            input,
            output,
        ));
    }
    Ok(())
}

/// Errors for a NaN, infinite or negative `value` of the argument `name`.
pub(crate) fn check_nonneg(name: &str, value: f64) -> Result<()> {
    if !(value.is_finite() && value >= 0.0) {
        return Err(Error::invalid_argument(
            name,
            value,
            "must be finite and non-negative",
        ));
    }
    Ok(())
}

/// A kernel over one extended line (see [`map_lines`]).
pub(crate) type LineKernel<'k> = dyn Fn(&[f64], &mut [f64]) + Sync + 'k;

/// One 1-D pass of a separable filter: the axis, the extension before and after each
/// line, the mode, and the kernel over the extended line.
pub(crate) struct Pass<'k> {
    pub axis: usize,
    pub before: usize,
    pub after: usize,
    pub mode: Mode,
    pub kernel: Box<LineKernel<'k>>,
    /// The same kernel in row-wise form, for the strided passes (see
    /// [`map_lines_blocked`]), when the filter has one.
    pub block: Option<Box<BlockKernel<'k>>>,
}

/// The pass of a correlation with `weights` along `axis` (lines extended by `before` and
/// `after`), line by line or row-wise.
pub(crate) fn linear_pass<'k>(
    axis: usize,
    before: usize,
    after: usize,
    mode: Mode,
    weights: Vec<f64>,
) -> Pass<'k> {
    let sym = symmetry(&weights);
    let wl = weights.clone();
    Pass {
        axis,
        before,
        after,
        mode: mode.for_filters(),
        kernel: Box::new(move |e: &[f64], o: &mut [f64]| correlate_line(e, o, &wl, sym)),
        block: Some(Box::new(move |e: &[f64], o: &mut [f64], w: usize| {
            correlate_block(e, o, w, &weights, sym)
        })),
    }
}

/// Runs one pass (row-wise when it can).
fn run_pass<T: Element, O: Element, D: Dimension>(
    input: ArrayView<'_, T, D>,
    output: ArrayViewMut<'_, O, D>,
    p: &Pass<'_>,
    cval: f64,
) {
    match &p.block {
        Some(block) => map_lines_blocked(
            input,
            output,
            p.axis,
            p.before,
            p.after,
            p.mode,
            cval,
            &p.kernel,
            block.as_ref(),
        ),
        None => map_lines(
            input, output, p.axis, p.before, p.after, p.mode, cval, &p.kernel,
        ),
    }
}

/// Runs `passes` in order, the first reading `input`, each later one reading the previous
/// result stored in the output's type `O` (so integer outputs are truncated after each
/// pass, as SciPy does); with no pass the input is copied into `output` by truncation.
pub(crate) fn run_passes<T: Element, O: Element, D: Dimension>(
    input: ArrayView<'_, T, D>,
    mut output: ArrayViewMut<'_, O, D>,
    passes: &[Pass<'_>],
    cval: f64,
) {
    let Some((first, rest)) = passes.split_first() else {
        output.zip_mut_with(&input, |o, &i| *o = O::from_f64_trunc(i.to_f64()));
        return;
    };
    run_pass(input, output.view_mut(), first, cval);
    // The later passes read the output (stored in its type) and write it back in place,
    // as SciPy's passes do.
    for p in rest {
        map_lines_inplace(
            output.view_mut(),
            p.axis,
            p.before,
            p.after,
            p.mode,
            cval,
            &p.kernel,
            p.block.as_deref(),
        );
    }
}
