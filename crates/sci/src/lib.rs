//! # sci: SciPy for Rust
//!
//! One crate that re-exports every sci toolbox crate under SciPy's module names, each behind a
//! cargo feature of the same name (all on by default). A SciPy user's `from scipy import
//! optimize` is `use sci::optimize;`; `scipy.special.gamma` is `sci::special::gamma`.
//!
//! Pick single crates (`sci-optimize`, `sci-stats`, ...) to build less, or take this umbrella
//! for everything. Every function agrees with SciPy to a tolerance its tests state; see the
//! repository's `docs/scipy-map.md` for the status of every SciPy name.
//!
//! | module | SciPy | crate | feature |
//! |---|---|---|---|
//! | [`constants`] | `scipy.constants` | `sci-constants` | `constants` |
//! | [`special`] | `scipy.special` | `sci-special` | `special` |
//! | [`fft`] | `scipy.fft`, `scipy.fftpack` | `sci-fft` | `fft` |
//! | [`linalg`] | `scipy.linalg` | `sci-linalg` | `linalg` |
//! | [`sparse`] | `scipy.sparse`, `scipy.sparse.linalg`, `scipy.sparse.csgraph` | `sci-sparse` | `sparse` |
//! | [`optimize`] | `scipy.optimize` | `sci-optimize` | `optimize` |
//! | [`integrate`] | `scipy.integrate` | `sci-integrate` | `integrate` |
//! | [`differentiate`] | `scipy.differentiate` | `sci-differentiate` | `differentiate` |
//! | [`ndimage`] | `scipy.ndimage` | `sci-ndimage` | `ndimage` |
//! | [`spatial`] | `scipy.spatial`, `scipy.spatial.distance`, `scipy.spatial.transform` | `sci-spatial` | `spatial` |
//! | [`stats`] | `scipy.stats` | `sci-stats` | `stats` |
//! | [`interpolate`] | `scipy.interpolate` | `sci-interpolate` | `interpolate` |
//! | [`signal`] | `scipy.signal` | `sci-signal` | `signal` |
//! | [`cluster`] | `scipy.cluster.vq`, `scipy.cluster.hierarchy` | `sci-cluster` | `cluster` |
//! | [`io`] | `scipy.io` | `sci-io` | `io` |
//! | [`odr`] | `scipy.odr` | `sci-odr` | `odr` |
//!
//! Shared by all: [`Error`] and [`Result`] (errors are values; no sci function panics on user
//! input), [`ndarray`] (the array type, as numpy is SciPy's) and [`Complex64`].
//!
//! # Examples
//!
//! ```
//! use sci::prelude::*;
//!
//! // scipy.constants.convert_temperature([0, 100], 'Celsius', 'Kelvin')
//! let kelvin = constants::convert_temperature(&[0.0, 100.0], "Celsius", "Kelvin")?;
//! assert!((kelvin[1] - 373.15).abs() < 1e-12);
//! # Ok::<(), sci::Error>(())
//! ```

pub mod prelude;

pub use sci_core::ndarray;
pub use sci_core::{Complex64, Error, Result};

/// `scipy.constants`: physical and mathematical constants, units, prefixes and the CODATA table (crate [`sci_constants`]).
///
/// **Status: implemented.**
///
/// # Examples
///
/// ```
/// // from scipy import constants
/// use sci::constants;
///
/// // constants.c, constants.physical_constants['electron mass']
/// assert!((constants::c - 299_792_458.0).abs() < 1e-6);
/// let m_e = constants::physical_constants("electron mass")?;
/// assert!((m_e.value - constants::m_e).abs() < 1e-40);
/// # Ok::<(), sci::Error>(())
/// ```
#[cfg(feature = "constants")]
#[doc(inline)]
pub use sci_constants as constants;

/// `scipy.special`: special functions: gamma and beta families, error functions, Bessel functions, elliptic integrals, orthogonal polynomials and more (crate [`sci_special`]).
///
/// **Status: in progress** — most families are implemented and measured in ULPs against
/// mpmath (`docs/accuracy.md`); the hypergeometric functions, `lpmv`, `wright_bessel` and the
/// Kolmogorov/non-central distribution kernels are still planned (`docs/scipy-map.md`).
///
/// # Examples
///
/// ```
/// // from scipy import special
/// use sci::special;
///
/// // special.gamma(5), special.jn(1, 2.5), special.erf(1)
/// assert!((special::gamma(5.0) - 24.0).abs() < 1e-12);
/// assert!((special::jn(1, 2.5) - 0.497_094_102_464_274_4).abs() < 1e-14);
/// assert!((special::erf(1.0) - 0.842_700_792_949_714_9).abs() < 1e-15);
/// ```
#[cfg(feature = "special")]
#[doc(inline)]
pub use sci_special as special;

/// `scipy.fft`, `scipy.fftpack`: discrete Fourier, cosine and sine transforms on realfft, rustfft and rustdct (crate [`sci_fft`]).
///
/// **Status: implemented** (all of `scipy.fft`'s transforms and helpers, and the 31 legacy
/// `scipy.fftpack` names in [`fft::fftpack`]).
///
/// # Examples
///
/// ```
/// // from scipy import fft
/// use sci::fft;
///
/// // fft.fft([1, 2, 3, 4]) -> [10, -2+2j, -2, -2-2j]
/// let y = fft::fft(&[1.0f64, 2.0, 3.0, 4.0], &fft::FftOptions::default())?;
/// assert!((y[0].re - 10.0).abs() < 1e-12 && (y[1].im - 2.0).abs() < 1e-12);
/// # Ok::<(), sci::Error>(())
/// ```
#[cfg(feature = "fft")]
#[doc(inline)]
pub use sci_fft as fft;

/// `scipy.linalg`: dense linear algebra on faer: solves, decompositions, eigenproblems, matrix functions (crate [`sci_linalg`]).
///
/// **Status: in progress** (solves of every structure, determinants, inverses, LU, Cholesky,
/// LDLᵀ, SVD, least squares, `expm` and the special matrices; the crate's docs list what is
/// implemented and what is planned).
///
/// # Examples
///
/// ```
/// // from scipy import linalg
/// use sci::linalg;
/// use sci::ndarray::array;
///
/// // linalg.det(np.array([[1, 2], [3, 4]])) -> -2.0
/// assert_eq!(linalg::det(&array![[1.0_f64, 2.0], [3.0, 4.0]])?, -2.0);
/// // linalg.solve(a, b)
/// let x = linalg::solve(&array![[3.0_f64, 1.0], [1.0, 2.0]], &array![9.0, 8.0])?;
/// assert!((x[0] - 2.0).abs() < 1e-15 && (x[1] - 3.0).abs() < 1e-15);
/// # Ok::<(), sci::Error>(())
/// ```
#[cfg(feature = "linalg")]
#[doc(inline)]
pub use sci_linalg as linalg;

/// `scipy.sparse`, `scipy.sparse.linalg`, `scipy.sparse.csgraph`: sparse matrix formats, sparse linear algebra (direct and Krylov solvers, eigensolvers) and graph algorithms (crate [`sci_sparse`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import sparse
/// use sci::sparse;
/// ```
#[cfg(feature = "sparse")]
#[doc(inline)]
pub use sci_sparse as sparse;

/// `scipy.optimize`: minimization, root finding, least squares, curve fitting and linear programming (crate [`sci_optimize`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import optimize
/// use sci::optimize;
/// ```
#[cfg(feature = "optimize")]
#[doc(inline)]
pub use sci_optimize as optimize;

/// `scipy.integrate`: quadrature and ODE solvers (crate [`sci_integrate`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import integrate
/// use sci::integrate;
/// ```
#[cfg(feature = "integrate")]
#[doc(inline)]
pub use sci_integrate as integrate;

/// `scipy.differentiate`: numerical derivatives, Jacobians and Hessians (crate [`sci_differentiate`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import differentiate
/// use sci::differentiate;
/// ```
#[cfg(feature = "differentiate")]
#[doc(inline)]
pub use sci_differentiate as differentiate;

/// `scipy.ndimage`: N-dimensional image processing: filters, morphology, measurements, interpolation (crate [`sci_ndimage`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import ndimage
/// use sci::ndimage;
/// ```
#[cfg(feature = "ndimage")]
#[doc(inline)]
pub use sci_ndimage as ndimage;

/// `scipy.spatial`, `scipy.spatial.distance`, `scipy.spatial.transform`: KD-trees, Delaunay triangulations, convex hulls, distances and rotations (crate [`sci_spatial`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import spatial
/// use sci::spatial;
/// ```
#[cfg(feature = "spatial")]
#[doc(inline)]
pub use sci_spatial as spatial;

/// `scipy.stats`: probability distributions, descriptive statistics, tests and kernel density estimation (crate [`sci_stats`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import stats
/// use sci::stats;
/// ```
#[cfg(feature = "stats")]
#[doc(inline)]
pub use sci_stats as stats;

/// `scipy.interpolate`: 1-D and N-D interpolation, splines and scattered-data interpolation (crate [`sci_interpolate`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import interpolate
/// use sci::interpolate;
/// ```
#[cfg(feature = "interpolate")]
#[doc(inline)]
pub use sci_interpolate as interpolate;

/// `scipy.signal`: filter design and filtering, convolution, spectral analysis, peak finding and windows (crate [`sci_signal`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import signal
/// use sci::signal;
/// ```
#[cfg(feature = "signal")]
#[doc(inline)]
pub use sci_signal as signal;

/// `scipy.cluster.vq`, `scipy.cluster.hierarchy`: k-means vector quantization and hierarchical clustering (crate [`sci_cluster`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import cluster
/// use sci::cluster;
/// ```
#[cfg(feature = "cluster")]
#[doc(inline)]
pub use sci_cluster as cluster;

/// `scipy.io`: MAT files, Matrix Market, IDL .sav, WAV, NetCDF, .npy and image files (crate [`sci_io`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import io
/// use sci::io;
/// ```
#[cfg(feature = "io")]
#[doc(inline)]
pub use sci_io as io;

/// `scipy.odr`: orthogonal distance regression (crate [`sci_odr`]).
///
/// **Status: planned** — the crate holds its documentation and the table of the SciPy
/// names it will provide; the implementation comes with its own issue.
///
/// # Examples
///
/// ```
/// // from scipy import odr
/// use sci::odr;
/// ```
#[cfg(feature = "odr")]
#[doc(inline)]
pub use sci_odr as odr;
