//! Rank filters: minimum, maximum, median, rank and percentile filters (SciPy's
//! `minimum_filter1d`, `maximum_filter1d`, `minimum_filter`, `maximum_filter`,
//! `median_filter`, `rank_filter`, `percentile_filter`).
//!
//! The window is a [`Footprint`]: SciPy's `size` (a full box) or `footprint` (a boolean
//! mask). A full box of a minimum or maximum filter runs as separable 1-D passes with the
//! van Herk / Gil-Werman running extremum; other footprints and the order statistics read a
//! padded copy of the input at fixed offsets, row by row along the last axis, updating a
//! sliding histogram (`u8`, `u16`) or a sorted window (other types) by the elements that
//! enter and leave the window at each step.

mod extremum;
mod histogram;
mod order;
mod sorted;
mod window;

pub(crate) use extremum::{Extremum, min_or_max};
pub use extremum::{
    maximum_filter, maximum_filter_into, maximum_filter_with, maximum_filter1d,
    maximum_filter1d_into, maximum_filter1d_with, minimum_filter, minimum_filter_into,
    minimum_filter_with, minimum_filter1d, minimum_filter1d_into, minimum_filter1d_with,
};
pub use order::{
    median_filter, median_filter_into, median_filter_with, percentile_filter,
    percentile_filter_into, percentile_filter_with, rank_filter, rank_filter_into,
    rank_filter_with,
};
pub use window::Footprint;
pub(crate) use window::{Padded, Window};
