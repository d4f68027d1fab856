//! fftpack's pseudo-differential operators on periodic sequences: each multiplies the Fourier
//! coefficients `x_j` of a real sequence by a kernel and transforms back, exactly as
//! `scipy.fftpack.convolve` does (packed real transforms, kernel pre-divided by `n`).
//! Complex input is processed as its real and imaginary parts.

use std::f64::consts::PI;

use sci_core::ndarray::{Array1, AsArray, Ix1};
use sci_core::{Complex64, Error, Result};

use super::real::{packed_backward, packed_forward};

mod sealed {
    /// Seals [`super::PseudoDiffInput`].
    pub trait Sealed {}
}

/// The element types the pseudo-differential operators take: `f64` and [`Complex64`] (whose
/// real and imaginary parts are transformed separately, as in SciPy).
///
/// Sealed: implemented for `f64` and `Complex64` only.
///
/// # Examples
///
/// ```
/// use sci_core::Complex64;
/// use sci_fft::fftpack::hilbert;
///
/// let x: Vec<Complex64> = (0..8)
///     .map(|k| Complex64::new(0.0, (2.0 * std::f64::consts::PI * k as f64 / 8.0).cos()))
///     .collect();
/// let y = hilbert(&x)?;
/// assert!((y[2].im + 1.0).abs() < 1e-14); // cos -> sin, in the imaginary part
/// # Ok::<(), sci_core::Error>(())
/// ```
pub trait PseudoDiffInput: Copy + sealed::Sealed + 'static {
    /// Applies the real operator `op` to the parts of `x`.
    #[doc(hidden)]
    fn apply_parts(x: &[Self], op: &dyn Fn(&[f64]) -> Vec<f64>) -> Vec<Self>;
}

impl sealed::Sealed for f64 {}
impl sealed::Sealed for Complex64 {}

impl PseudoDiffInput for f64 {
    fn apply_parts(x: &[f64], op: &dyn Fn(&[f64]) -> Vec<f64>) -> Vec<f64> {
        op(x)
    }
}

impl PseudoDiffInput for Complex64 {
    fn apply_parts(x: &[Complex64], op: &dyn Fn(&[f64]) -> Vec<f64>) -> Vec<Complex64> {
        let re: Vec<f64> = x.iter().map(|v| v.re).collect();
        let im: Vec<f64> = x.iter().map(|v| v.im).collect();
        op(&re)
            .into_iter()
            .zip(op(&im))
            .map(|(r, i)| Complex64::new(r, i))
            .collect()
    }
}

/// An index as an f64 (exact below 2^53).
#[allow(clippy::cast_precision_loss)]
fn f(k: usize) -> f64 {
    k as f64
}

/// `init_convolution_kernel(n, kernel, d, zero_nyquist)` of `scipy.fftpack.convolve`: the
/// kernel in the packed layout, divided by `n`, with the phase `i^d`.
fn kernel_omega(
    n: usize,
    kernel: &dyn Fn(usize) -> f64,
    d: i64,
    zero_nyquist: Option<bool>,
) -> Vec<f64> {
    let zero_nyquist = zero_nyquist.unwrap_or(d % 2 != 0);
    let nf = f(n);
    let mut omega = vec![0.0; n];
    let l = if n.is_multiple_of(2) { n - 1 } else { n };
    omega[0] = kernel(0) / nf;
    let d = d.rem_euclid(4);
    let scale_real = if d == 0 || d == 1 {
        1.0 / nf
    } else {
        -1.0 / nf
    };
    let scale_imag = if d == 0 || d == 3 {
        1.0 / nf
    } else {
        -1.0 / nf
    };
    let mut k = 1;
    let mut j = 1;
    while j < l {
        let x = kernel(k);
        omega[j] = scale_real * x;
        omega[j + 1] = scale_imag * x;
        k += 1;
        j += 2;
    }
    if n.is_multiple_of(2) {
        omega[n - 1] = if zero_nyquist {
            0.0
        } else {
            scale_real * kernel(k)
        };
    }
    omega
}

/// `convolve(x, omega, swap_real_imag)` of `scipy.fftpack.convolve`.
fn convolve(x: &[f64], omega: &[f64], swap_real_imag: bool) -> Vec<f64> {
    let n = x.len();
    let mut y = packed_forward(x);
    if swap_real_imag {
        y[0] *= omega[0];
        let mut i = 1;
        while i + 1 < n {
            let c = y[i] * omega[i];
            y[i] = y[i + 1] * omega[i + 1];
            y[i + 1] = c;
            i += 2;
        }
        if n.is_multiple_of(2) {
            y[n - 1] *= omega[n - 1];
        }
    } else {
        for (v, w) in y.iter_mut().zip(omega) {
            *v *= w;
        }
    }
    packed_backward(&y)
}

/// `convolve_z(x, omega_real, omega_imag)` of `scipy.fftpack.convolve`.
fn convolve_z(x: &[f64], omega_real: &[f64], omega_imag: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mut y = packed_forward(x);
    y[0] *= omega_real[0] + omega_imag[0];
    if n.is_multiple_of(2) {
        y[n - 1] *= omega_real[n - 1] + omega_imag[n - 1];
    }
    let mut i = 1;
    while i + 1 < n {
        let c = y[i + 1] * omega_real[i + 1] + y[i] * omega_imag[i];
        y[i] = y[i] * omega_real[i] + y[i + 1] * omega_imag[i + 1];
        y[i + 1] = c;
        i += 2;
    }
    packed_backward(&y)
}

/// Runs a real operator on each part of the 1-D input `x`.
fn apply<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    op: &dyn Fn(&[f64]) -> Vec<f64>,
) -> Result<Array1<A>> {
    let x = x.into();
    if x.is_empty() {
        return Err(Error::EmptyInput {
            name: "x".into(),
            min_len: 1,
        });
    }
    let data = x.to_vec();
    Ok(Array1::from(A::apply_parts(&data, op)))
}

/// `2 pi / period`, or 1 without a period (the default period is `2 pi`).
fn period_scale(period: Option<f64>) -> Result<f64> {
    match period {
        None => Ok(1.0),
        Some(p) if p != 0.0 => Ok(2.0 * PI / p),
        Some(p) => Err(Error::invalid_argument("period", p, "must not be zero")),
    }
}

/// The `order`-th derivative (or, for negative `order`, integral) of a periodic sequence
/// (`scipy.fftpack.diff(x, order, period)`; SciPy's defaults are `order = 1`,
/// `period = 2 pi` (`None`)).
///
/// `y_j = (i j 2 pi / period)^order x_j`, `y_0 = 0` for `order != 0`; for odd `order` and
/// even `n` the Nyquist mode is taken as zero. `order = 0` returns `x`. Time O(n log n).
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x`; [`Error::InvalidArgument`] for `period = 0`.
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::diff;
///
/// // d/dt sin(t) = cos(t) on a periodic grid.
/// let n = 16;
/// let t: Vec<f64> = (0..n).map(|k| 2.0 * std::f64::consts::PI * k as f64 / n as f64).collect();
/// let x: Vec<f64> = t.iter().map(|t| t.sin()).collect();
/// let y = diff(&x, 1, None)?;
/// for (y, t) in y.iter().zip(&t) {
///     assert!((y - t.cos()).abs() < 1e-13);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.diff.html>
pub fn diff<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    order: i32,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let c = period_scale(period)?;
    if order == 0 {
        return apply(x, &|v: &[f64]| v.to_vec());
    }
    let order_i = i64::from(order);
    apply(x, &move |v: &[f64]| {
        let kernel = |k: usize| if k == 0 { 0.0 } else { (c * f(k)).powi(order) };
        let omega = kernel_omega(v.len(), &kernel, order_i, Some(true));
        convolve(v, &omega, order_i.rem_euclid(2) == 1)
    })
}

/// A pseudo-differential operator with kernel `kernel(k)` and phase `i^d`.
fn operator<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    kernel: impl Fn(usize) -> f64,
    d: i64,
    swap: bool,
) -> Result<Array1<A>> {
    apply(x, &move |v: &[f64]| {
        let omega = kernel_omega(v.len(), &kernel, d, None);
        convolve(v, &omega, swap)
    })
}

/// The h-Tilbert transform of a periodic sequence (`scipy.fftpack.tilbert(x, h, period)`):
/// `y_j = i coth(j h 2 pi / period) x_j`, `y_0 = 0`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::{itilbert, tilbert};
///
/// let x = [1.0f64, 3.0, -2.0, 0.5, -2.5];
/// let y = itilbert(&tilbert(&x, 0.5, None)?, 0.5, None)?;
/// for (a, b) in y.iter().zip(x) {
///     assert!((a - b).abs() < 1e-13); // x sums to 0 and n is odd
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.tilbert.html>
pub fn tilbert<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    h: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let h = h * period_scale(period)?;
    operator(
        x,
        move |k| if k == 0 { 0.0 } else { 1.0 / (h * f(k)).tanh() },
        1,
        true,
    )
}

/// The inverse h-Tilbert transform (`scipy.fftpack.itilbert(x, h, period)`):
/// `y_j = -i tanh(j h 2 pi / period) x_j`, `y_0 = 0`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::itilbert;
///
/// let y = itilbert(&[1.0f64, 1.0, 1.0], 1.0, None)?;
/// assert!(y.iter().all(|v| v.abs() < 1e-15)); // a constant has only y_0 = 0
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.itilbert.html>
pub fn itilbert<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    h: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let h = h * period_scale(period)?;
    operator(
        x,
        move |k| if k == 0 { 0.0 } else { -(h * f(k)).tanh() },
        1,
        true,
    )
}

/// The Hilbert transform of a periodic sequence (`scipy.fftpack.hilbert`):
/// `y_j = i sign(j) x_j`, `y_0 = 0`; for even `n` the Nyquist mode is taken as zero. Note
/// the sign: no factor -1, unlike `scipy.signal.hilbert`.
///
/// # Errors
///
/// [`Error::EmptyInput`] for an empty `x`.
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::hilbert;
///
/// // hilbert(cos) == -sin (SciPy's sign)
/// let n = 8;
/// let x: Vec<f64> = (0..n).map(|k| (2.0 * std::f64::consts::PI * k as f64 / n as f64).cos()).collect();
/// let y = hilbert(&x)?;
/// assert!((y[2] + 1.0).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.hilbert.html>
pub fn hilbert<'a, A: PseudoDiffInput>(x: impl AsArray<'a, A, Ix1>) -> Result<Array1<A>> {
    operator(x, |k| if k > 0 { 1.0 } else { 0.0 }, 1, true)
}

/// The inverse Hilbert transform (`scipy.fftpack.ihilbert`): `-hilbert(x)`.
///
/// # Errors
///
/// As [`hilbert`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::{hilbert, ihilbert};
///
/// let x = [1.0f64, -2.0, 0.5, 0.5];
/// let (h, ih) = (hilbert(&x)?, ihilbert(&x)?);
/// assert!(h.iter().zip(&ih).all(|(a, b)| (a + b).abs() < 1e-15));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.ihilbert.html>
pub fn ihilbert<'a, A: PseudoDiffInput>(x: impl AsArray<'a, A, Ix1>) -> Result<Array1<A>> {
    operator(x, |k| if k > 0 { -1.0 } else { 0.0 }, 1, true)
}

/// The (a, b)-cosh/sinh pseudo-derivative (`scipy.fftpack.cs_diff(x, a, b, period)`):
/// `y_j = -i cosh(j a 2 pi / period) / sinh(j b 2 pi / period) x_j`, `y_0 = 0`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::cs_diff;
///
/// let y = cs_diff(&[0.0f64, 1.0, 0.0, -1.0], 0.5, 1.0, None)?;
/// assert_eq!(y.len(), 4);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.cs_diff.html>
pub fn cs_diff<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    a: f64,
    b: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let c = period_scale(period)?;
    let (a, b) = (a * c, b * c);
    operator(
        x,
        move |k| {
            if k == 0 {
                0.0
            } else {
                -(a * f(k)).cosh() / (b * f(k)).sinh()
            }
        },
        1,
        true,
    )
}

/// The (a, b)-sinh/cosh pseudo-derivative (`scipy.fftpack.sc_diff(x, a, b, period)`):
/// `y_j = i sinh(j a 2 pi / period) / cosh(j b 2 pi / period) x_j`, `y_0 = 0`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::{cs_diff, sc_diff};
///
/// let x = [0.0f64, 1.0, 0.0, -1.0, 0.0];
/// let y = sc_diff(&cs_diff(&x, 0.3, 0.7, None)?, 0.7, 0.3, None)?;
/// for (a, b) in y.iter().zip(x) {
///     assert!((a - b).abs() < 1e-13);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.sc_diff.html>
pub fn sc_diff<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    a: f64,
    b: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let c = period_scale(period)?;
    let (a, b) = (a * c, b * c);
    operator(
        x,
        move |k| {
            if k == 0 {
                0.0
            } else {
                (a * f(k)).sinh() / (b * f(k)).cosh()
            }
        },
        1,
        true,
    )
}

/// The (a, b)-sinh/sinh pseudo-derivative (`scipy.fftpack.ss_diff(x, a, b, period)`):
/// `y_j = sinh(j a 2 pi / period) / sinh(j b 2 pi / period) x_j`, `y_0 = a/b x_0`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::ss_diff;
///
/// let y = ss_diff(&[2.0f64, 2.0, 2.0], 1.0, 2.0, None)?;
/// assert!(y.iter().all(|v| (v - 1.0).abs() < 1e-15)); // a constant is scaled by a/b
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.ss_diff.html>
pub fn ss_diff<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    a: f64,
    b: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let c = period_scale(period)?;
    let (a, b) = (a * c, b * c);
    operator(
        x,
        move |k| {
            if k == 0 {
                a / b
            } else {
                (a * f(k)).sinh() / (b * f(k)).sinh()
            }
        },
        0,
        false,
    )
}

/// The (a, b)-cosh/cosh pseudo-derivative (`scipy.fftpack.cc_diff(x, a, b, period)`):
/// `y_j = cosh(j a 2 pi / period) / cosh(j b 2 pi / period) x_j`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::cc_diff;
///
/// let x = [1.0f64, 2.0, 3.0];
/// let y = cc_diff(&x, 0.0, 0.0, None)?; // the identity
/// assert!(y.iter().zip(x).all(|(a, b)| (a - b).abs() < 1e-14));
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.cc_diff.html>
pub fn cc_diff<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    a: f64,
    b: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let c = period_scale(period)?;
    let (a, b) = (a * c, b * c);
    operator(x, move |k| (a * f(k)).cosh() / (b * f(k)).cosh(), 0, false)
}

/// The periodic sequence shifted by `a` (`scipy.fftpack.shift(x, a, period)`):
/// `y(u) = x(u + a)`, i.e. `y_j = exp(i j a 2 pi / period) x_j`.
///
/// # Errors
///
/// As [`diff`].
///
/// # Examples
///
/// ```
/// use sci_fft::fftpack::shift;
///
/// // Shifting by a whole sample rolls the sequence.
/// let n = 8;
/// let x: Vec<f64> = (0..n).map(|k| (2.0 * std::f64::consts::PI * k as f64 / n as f64).sin()).collect();
/// let y = shift(&x, 2.0 * std::f64::consts::PI / n as f64, None)?;
/// assert!((y[0] - x[1]).abs() < 1e-14);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fftpack.shift.html>
pub fn shift<'a, A: PseudoDiffInput>(
    x: impl AsArray<'a, A, Ix1>,
    a: f64,
    period: Option<f64>,
) -> Result<Array1<A>> {
    let a = a * period_scale(period)?;
    apply(x, &move |v: &[f64]| {
        let n = v.len();
        let re = kernel_omega(n, &|k| (a * f(k)).cos(), 0, Some(false));
        let im = kernel_omega(n, &|k| (a * f(k)).sin(), 1, Some(false));
        convolve_z(v, &re, &im)
    })
}
