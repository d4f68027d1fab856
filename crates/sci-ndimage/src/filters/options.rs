//! The options shared by the filters: SciPy's `mode`, `cval`, `origin` and `axes` keywords
//! (and `axis` for the 1-D filters), with SciPy's defaults, resolved and validated when a
//! filter is called.

use sci_core::Result;

use crate::Mode;
use crate::args::{per_axis, resolve_axes};

/// SciPy's shared filter keywords for the N-D filters (`correlate`, `uniform_filter`,
/// `minimum_filter`, `laplace`, ...): `mode` and `origin` given once for every filtered axis
/// or once per axis, `cval` for the constant modes, and `axes` (all axes by default).
///
/// Functions whose SciPy twin has no `origin` (or no `axes`) reject a non-default value.
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, filters::FilterOptions};
/// let o = FilterOptions::default().mode(Mode::Wrap).origin(1).axes(vec![-1]);
/// assert_eq!(o.mode, vec![Mode::Wrap]);
/// assert_eq!(o.origin, vec![1]);
/// assert_eq!(FilterOptions::default().cval, 0.0);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/ndimage.html#filters>
#[derive(Debug, Clone, PartialEq)]
pub struct FilterOptions {
    /// Boundary mode: one for every filtered axis, or one per filtered axis (`"reflect"`).
    pub mode: Vec<Mode>,
    /// Value outside the input for the constant modes (`0.0`).
    pub cval: f64,
    /// Shift of the window: one for every filtered axis, or one per filtered axis (`0`).
    pub origin: Vec<isize>,
    /// The axes to filter (`None`: every axis); negative values count from the end.
    pub axes: Option<Vec<isize>>,
}

impl Default for FilterOptions {
    fn default() -> Self {
        FilterOptions {
            mode: vec![Mode::Reflect],
            cval: 0.0,
            origin: vec![0],
            axes: None,
        }
    }
}

impl FilterOptions {
    /// One boundary mode for every axis.
    #[must_use]
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = vec![mode];
        self
    }

    /// One boundary mode per filtered axis.
    #[must_use]
    pub fn modes(mut self, modes: impl Into<Vec<Mode>>) -> Self {
        self.mode = modes.into();
        self
    }

    /// The constant value for the constant modes.
    #[must_use]
    pub fn cval(mut self, cval: f64) -> Self {
        self.cval = cval;
        self
    }

    /// One origin for every axis.
    #[must_use]
    pub fn origin(mut self, origin: isize) -> Self {
        self.origin = vec![origin];
        self
    }

    /// One origin per filtered axis.
    #[must_use]
    pub fn origins(mut self, origins: impl Into<Vec<isize>>) -> Self {
        self.origin = origins.into();
        self
    }

    /// The axes to filter.
    #[must_use]
    pub fn axes(mut self, axes: impl Into<Vec<isize>>) -> Self {
        self.axes = Some(axes.into());
        self
    }

    /// The filtered axes with their modes (mapped for filters) and origins, for an array of
    /// `ndim` dimensions.
    pub(crate) fn resolve(&self, ndim: usize) -> Result<ResolvedAxes> {
        let axes = resolve_axes(self.axes.as_deref(), ndim)?;
        let modes = per_axis("mode", &self.mode, axes.len())?
            .into_iter()
            .map(Mode::for_filters)
            .collect();
        let origins = per_axis("origin", &self.origin, axes.len())?;
        Ok(ResolvedAxes {
            axes,
            modes,
            origins,
        })
    }

    /// The one mode of a filter whose SciPy twin takes no sequence of modes.
    pub(crate) fn single_mode(&self) -> Result<Mode> {
        match self.mode.as_slice() {
            [m] => Ok(m.for_filters()),
            _ => Err(sci_core::Error::invalid_argument(
                "mode",
                format!("{:?}", self.mode),
                "a sequence of modes is not supported by this filter",
            )),
        }
    }

    /// Errors unless `origin` is all zeros (for filters whose SciPy twin takes no `origin`).
    pub(crate) fn require_no_origin(&self) -> Result<()> {
        if self.origin.iter().any(|&o| o != 0) {
            return Err(sci_core::Error::invalid_argument(
                "origin",
                format!("{:?}", self.origin),
                "this filter takes no origin",
            ));
        }
        Ok(())
    }
}

/// [`FilterOptions`] resolved against an array: the filtered axes (non-negative), and the
/// mode and origin of each.
#[derive(Debug, Clone)]
pub(crate) struct ResolvedAxes {
    pub axes: Vec<usize>,
    pub modes: Vec<Mode>,
    pub origins: Vec<isize>,
}

/// SciPy's keywords of the 1-D filters (`correlate1d`, `uniform_filter1d`,
/// `minimum_filter1d`, `generic_filter1d`, ...): the `axis` (last by default), one `mode`,
/// `cval` and `origin`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, filters::Filter1dOptions};
/// let o = Filter1dOptions::default().axis(0).mode(Mode::Nearest).origin(-1);
/// assert_eq!((o.axis, o.mode, o.origin), (0, Mode::Nearest, -1));
/// assert_eq!(Filter1dOptions::default().axis, -1);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.correlate1d.html>
#[derive(Debug, Clone, PartialEq)]
pub struct Filter1dOptions {
    /// The axis along which to filter (`-1`); negative values count from the end.
    pub axis: isize,
    /// Boundary mode (`"reflect"`).
    pub mode: Mode,
    /// Value outside the input for the constant modes (`0.0`).
    pub cval: f64,
    /// Shift of the window (`0`).
    pub origin: isize,
}

impl Default for Filter1dOptions {
    fn default() -> Self {
        Filter1dOptions {
            axis: -1,
            mode: Mode::Reflect,
            cval: 0.0,
            origin: 0,
        }
    }
}

impl Filter1dOptions {
    /// The axis to filter along.
    #[must_use]
    pub fn axis(mut self, axis: isize) -> Self {
        self.axis = axis;
        self
    }

    /// The boundary mode.
    #[must_use]
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// The constant value for the constant modes.
    #[must_use]
    pub fn cval(mut self, cval: f64) -> Self {
        self.cval = cval;
        self
    }

    /// The shift of the window.
    #[must_use]
    pub fn origin(mut self, origin: isize) -> Self {
        self.origin = origin;
        self
    }

    /// The axis as a non-negative index into an array of `ndim` dimensions.
    pub(crate) fn resolve_axis(&self, ndim: usize) -> Result<usize> {
        Ok(resolve_axes(Some(&[self.axis]), ndim)?[0])
    }
}
