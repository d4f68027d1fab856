//! # sci-ndimage: `scipy.ndimage` for Rust
//!
//! N-dimensional image processing on ndarray arrays of any dimension: filters, Fourier
//! filters, interpolation, measurements and morphology, with SciPy's names, boundary modes,
//! output types and defaults, verified against SciPy golden data, and parallel over lines
//! and tiles.
//!
//! # Conventions
//!
//! - **Inputs** are anything that views as an ndarray array of any dimension
//!   (`&Array<T, D>`, `ArrayView<T, D>`); outputs are owned arrays of the same dimension.
//! - **Element types**: `u8, u16, i16, i32, i64, f32, f64` ([`Element`]) and `bool` for the
//!   binary operations. As in SciPy, filters return the input's type by default, computing
//!   in `f64` and truncating toward zero (with C-cast wrapping) into an integer output after
//!   each pass of a separable filter; interpolation rounds half away from zero and clamps.
//!   The `_into` forms write into an output array of any element type (SciPy's `output=`).
//! - **Boundary modes**: [`Mode`] (SciPy's `mode=`), with `cval` for the constant modes.
//! - **Options**: `name(required)` uses SciPy's defaults; `name_with(required, &options)`
//!   takes SciPy's keywords (`mode`, `cval`, `origin`, `axes`, ...) in an options struct
//!   whose `Default` is SciPy's default.
//! - **Errors**: bad input (negative `sigma`, a zero-size footprint, an origin outside the
//!   footprint, mismatched label shapes, a rank out of range) is an error, never a panic.
//!
#![doc = include_str!("../scipy-names.md")]

pub mod args;
pub mod distance;
mod element;
pub mod filters;
pub mod fourier;
pub mod interpolation;
mod lines;
mod measurements;
pub mod mode;
pub mod morphology;
mod output;
pub mod pad;

pub use distance::{
    distance_transform_bf, distance_transform_bf_with, distance_transform_cdt,
    distance_transform_cdt_with, distance_transform_edt, distance_transform_edt_with,
};
pub use element::Element;
pub use filters::{
    Filter1dOptions, FilterOptions, GaussianOptions, convolve, convolve_into, convolve_with,
    convolve1d, convolve1d_into, convolve1d_with, correlate, correlate_into, correlate_with,
    correlate1d, correlate1d_into, correlate1d_with, gaussian_filter, gaussian_filter_into,
    gaussian_filter_with, gaussian_filter1d, gaussian_filter1d_into, gaussian_filter1d_with,
    gaussian_gradient_magnitude, gaussian_gradient_magnitude_into,
    gaussian_gradient_magnitude_with, gaussian_laplace, gaussian_laplace_into,
    gaussian_laplace_with, generic_filter1d, generic_filter1d_into, generic_filter1d_with,
    generic_gradient_magnitude, generic_gradient_magnitude_into, generic_gradient_magnitude_with,
    generic_laplace, generic_laplace_into, generic_laplace_with, laplace, laplace_into,
    laplace_with, prewitt, prewitt_into, prewitt_with, sobel, sobel_into, sobel_with,
    uniform_filter, uniform_filter_into, uniform_filter_with, uniform_filter1d,
    uniform_filter1d_into, uniform_filter1d_with,
};
pub use filters::{
    Footprint, VectorizedFilterOptions, generic_filter, generic_filter_into, generic_filter_with,
    maximum_filter, maximum_filter_into, maximum_filter_with, maximum_filter1d,
    maximum_filter1d_into, maximum_filter1d_with, median_filter, median_filter_into,
    median_filter_with, minimum_filter, minimum_filter_into, minimum_filter_with, minimum_filter1d,
    minimum_filter1d_into, minimum_filter1d_with, percentile_filter, percentile_filter_into,
    percentile_filter_with, rank_filter, rank_filter_into, rank_filter_with, vectorized_filter,
    vectorized_filter_into, vectorized_filter_with,
};
pub use fourier::{
    FourierElement, FourierOptions, fourier_ellipsoid, fourier_ellipsoid_with, fourier_gaussian,
    fourier_gaussian_with, fourier_shift, fourier_shift_with, fourier_uniform,
    fourier_uniform_with,
};
pub use interpolation::{
    InterpolationOptions, SplineFilterOptions, affine_transform, affine_transform_into,
    affine_transform_with, geometric_transform, geometric_transform_into, geometric_transform_with,
    map_coordinates, map_coordinates_into, map_coordinates_with, rotate, rotate_into, rotate_with,
    shift, shift_into, shift_with, spline_filter, spline_filter_into, spline_filter_with,
    spline_filter1d, spline_filter1d_into, spline_filter1d_with, zoom, zoom_into, zoom_with,
};
pub use measurements::*;
pub use mode::Mode;
pub use morphology::{
    GreyStructure, black_tophat, black_tophat_with, grey_closing, grey_closing_with, grey_dilation,
    grey_dilation_into, grey_dilation_with, grey_erosion, grey_erosion_into, grey_erosion_with,
    grey_opening, grey_opening_with, morphological_gradient, morphological_gradient_with,
    morphological_laplace, morphological_laplace_with, white_tophat, white_tophat_with,
};
pub use morphology::{
    binary_closing, binary_closing_with, binary_dilation, binary_dilation_with, binary_erosion,
    binary_erosion_with, binary_fill_holes, binary_fill_holes_with, binary_hit_or_miss,
    binary_hit_or_miss_with, binary_opening, binary_opening_with, binary_propagation,
    binary_propagation_with, generate_binary_structure, iterate_structure,
};
