//! Interpolation (SciPy's `scipy.ndimage` interpolation functions): the B-spline
//! prefilter (`spline_filter1d`, `spline_filter`) and the geometric transforms that
//! evaluate the interpolating spline of order 0-5 at mapped coordinates
//! (`map_coordinates`, `affine_transform`, `geometric_transform`, `shift`, `zoom`,
//! `rotate`), with every boundary mode as SciPy defines it for interpolation.
//!
//! As in SciPy, the transforms prefilter (when `prefilter` and `order > 1`) an `f64`
//! copy of the input once, padding it by 12 samples first for `nearest` and
//! `grid-constant`; integer outputs are rounded half away from zero and clamped.

mod affine;
mod engine;
mod map_coordinates;
mod prefilter;
mod rotate;
mod separable;
mod weights;
mod zoom_shift;

pub use affine::{
    affine_transform, affine_transform_into, affine_transform_with, geometric_transform,
    geometric_transform_into, geometric_transform_with,
};
pub use map_coordinates::{map_coordinates, map_coordinates_into, map_coordinates_with};
pub use prefilter::{
    SplineFilterOptions, spline_filter, spline_filter_into, spline_filter_with, spline_filter1d,
    spline_filter1d_into, spline_filter1d_with,
};
pub use rotate::{rotate, rotate_into, rotate_with};
pub use zoom_shift::{shift, shift_into, shift_with, zoom, zoom_into, zoom_with};

use crate::Mode;

/// SciPy's keywords of the interpolation functions, shared by the family: the spline
/// `order` (`3`), `mode` (`constant`), `cval` (`0.0`) and `prefilter` (`true`) of every
/// transform, plus `grid_mode` ([`zoom`]), `offset` and `output_shape`
/// ([`affine_transform`], [`geometric_transform`]), `axes` and `reshape` ([`rotate`]).
/// A function ignores the keywords it does not take.
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, interpolation::InterpolationOptions};
/// let o = InterpolationOptions::default().order(1).mode(Mode::Nearest).cval(2.0);
/// assert_eq!((o.order, o.mode, o.cval, o.prefilter), (1, Mode::Nearest, 2.0, true));
/// assert_eq!(InterpolationOptions::default().axes, [1, 0]);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/ndimage.html#interpolation>
#[derive(Debug, Clone, PartialEq)]
pub struct InterpolationOptions {
    /// The spline order, 0..=5 (`3`).
    pub order: usize,
    /// How the input is extended beyond its edges (`constant`).
    pub mode: Mode,
    /// The value outside the input for the constant modes (`0.0`).
    pub cval: f64,
    /// Whether to prefilter the input into spline coefficients first (`true`); with
    /// `false` the input is taken to be the coefficients already.
    pub prefilter: bool,
    /// [`zoom`]: whether pixel centres are at half-integers of a grid of unit pixels
    /// (`true`) or the corners' centres align (`false`, the default).
    pub grid_mode: bool,
    /// [`affine_transform`]: the offset added to the mapped coordinate, one or per axis
    /// (`[0.0]`).
    pub offset: Vec<f64>,
    /// [`affine_transform`] / [`geometric_transform`]: the output's shape (`None`: the
    /// input's).
    pub output_shape: Option<Vec<usize>>,
    /// [`rotate`]: the two axes of the rotation plane (`[1, 0]`).
    pub axes: [isize; 2],
    /// [`rotate`]: whether the output grows to hold the whole rotated input (`true`).
    pub reshape: bool,
}

impl Default for InterpolationOptions {
    fn default() -> Self {
        InterpolationOptions {
            order: 3,
            mode: Mode::Constant,
            cval: 0.0,
            prefilter: true,
            grid_mode: false,
            offset: vec![0.0],
            output_shape: None,
            axes: [1, 0],
            reshape: true,
        }
    }
}

impl InterpolationOptions {
    /// The spline order.
    #[must_use]
    pub fn order(mut self, order: usize) -> Self {
        self.order = order;
        self
    }
    /// The boundary mode.
    #[must_use]
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }
    /// The value outside the input for the constant modes.
    #[must_use]
    pub fn cval(mut self, cval: f64) -> Self {
        self.cval = cval;
        self
    }
    /// Whether to prefilter.
    #[must_use]
    pub fn prefilter(mut self, prefilter: bool) -> Self {
        self.prefilter = prefilter;
        self
    }
    /// [`zoom`]'s `grid_mode`.
    #[must_use]
    pub fn grid_mode(mut self, grid_mode: bool) -> Self {
        self.grid_mode = grid_mode;
        self
    }
    /// [`affine_transform`]'s offset, one or per axis.
    #[must_use]
    pub fn offset(mut self, offset: impl Into<Vec<f64>>) -> Self {
        self.offset = offset.into();
        self
    }
    /// The output shape of [`affine_transform`] / [`geometric_transform`].
    #[must_use]
    pub fn output_shape(mut self, shape: impl Into<Vec<usize>>) -> Self {
        self.output_shape = Some(shape.into());
        self
    }
    /// [`rotate`]'s rotation plane.
    #[must_use]
    pub fn axes(mut self, axes: [isize; 2]) -> Self {
        self.axes = axes;
        self
    }
    /// [`rotate`]'s `reshape`.
    #[must_use]
    pub fn reshape(mut self, reshape: bool) -> Self {
        self.reshape = reshape;
        self
    }
}
