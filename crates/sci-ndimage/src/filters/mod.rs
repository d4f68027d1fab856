//! Filters (`scipy.ndimage`'s filter functions): linear correlation and convolution,
//! Gaussian, uniform and derivative filters, and the rank filters.
//!
//! The keyword arguments the filters share (`mode`, `cval`, `origin`, `axes`) live in one
//! options struct, [`FilterOptions`] (and [`Filter1dOptions`] for the 1-D filters, which take
//! one `axis`); the Gaussian filters add theirs in [`GaussianOptions`].

mod common;
mod correlate;
mod derivatives;
mod gaussian;
mod generic;
mod generic_line;
mod kernels;
mod options;
mod rank;
mod uniform;

pub use correlate::{
    convolve, convolve_into, convolve_with, convolve1d, convolve1d_into, convolve1d_with,
    correlate, correlate_into, correlate_with, correlate1d, correlate1d_into, correlate1d_with,
};
pub use derivatives::{
    gaussian_gradient_magnitude, gaussian_gradient_magnitude_into,
    gaussian_gradient_magnitude_with, gaussian_laplace, gaussian_laplace_into,
    gaussian_laplace_with, generic_gradient_magnitude, generic_gradient_magnitude_into,
    generic_gradient_magnitude_with, generic_laplace, generic_laplace_into, generic_laplace_with,
    laplace, laplace_into, laplace_with, prewitt, prewitt_into, prewitt_with, sobel, sobel_into,
    sobel_with,
};
pub use gaussian::{
    GaussianOptions, gaussian_filter, gaussian_filter_into, gaussian_filter_with,
    gaussian_filter1d, gaussian_filter1d_into, gaussian_filter1d_with,
};
pub use generic::*;
pub use generic_line::{generic_filter1d, generic_filter1d_into, generic_filter1d_with};
pub use options::{Filter1dOptions, FilterOptions};
pub use rank::*;
pub use uniform::{
    uniform_filter, uniform_filter_into, uniform_filter_with, uniform_filter1d,
    uniform_filter1d_into, uniform_filter1d_with,
};
