//! The fast Hankel transform (FFTLog): `fht`, `ifht` and `fhtoffset`.
//!
//! Hamilton's FFTLog (2000): on a logarithmically spaced grid the Hankel transform is a
//! convolution, done with a real FFT of the (biased) input, a multiplication by coefficients
//! built from the complex log-gamma function ([`sci_special::complex::loggamma`]), an inverse
//! real FFT and a reversal. Each line costs O(n log n).

use sci_core::ndarray::{Array, ArrayD, AsArray, Axis, Dimension};
use sci_core::num_complex::Complex;
use sci_core::{Complex64, Error, Result};
use sci_special::complex::loggamma;

use crate::axes::into_dim;
use crate::element::cache;

const LN_2: f64 = std::f64::consts::LN_2;

/// The keywords of [`fht`] and [`ifht`]: `offset` and `bias`.
///
/// # Examples
///
/// ```
/// use sci_fft::FhtOptions;
///
/// let o = FhtOptions::default().offset(0.1).bias(-0.5);
/// assert_eq!((o.offset, o.bias), (0.1, -0.5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FhtOptions {
    /// The offset `ln(k_c r_c)` of the output grid (see [`fhtoffset`]). Default 0.
    pub offset: f64,
    /// The exponent `q` of the power-law bias. Default 0 (unbiased).
    pub bias: f64,
}

impl FhtOptions {
    /// Sets `offset`.
    #[must_use]
    pub fn offset(mut self, offset: f64) -> Self {
        self.offset = offset;
        self
    }
    /// Sets `bias`.
    #[must_use]
    pub fn bias(mut self, bias: f64) -> Self {
        self.bias = bias;
        self
    }
}

/// numpy's `linspace(0, stop, num)`.
fn linspace(stop: f64, num: usize) -> Vec<f64> {
    if num == 1 {
        return vec![0.0];
    }
    #[allow(clippy::cast_precision_loss)]
    let step = stop / (num - 1) as f64;
    #[allow(clippy::cast_precision_loss)]
    let mut y: Vec<f64> = (0..num).map(|k| k as f64 * step).collect();
    y[num - 1] = stop;
    y
}

/// Whether `x` is 0, -1, -2, ... (a pole of the gamma function).
fn is_pole(x: f64) -> bool {
    x <= 0.0 && x == x.floor()
}

/// SciPy's `poch(a, m) = Gamma(a + m) / Gamma(a)`, with the limits at the poles.
fn poch(a: f64, m: f64) -> f64 {
    let b = a + m;
    match (is_pole(b), is_pole(a)) {
        // Gamma(-n) / Gamma(-k) = (-1)^(k-n) k! / n!.
        (true, true) => {
            let (n, k) = (-b, -a);
            let sign = if (k - n).rem_euclid(2.0) == 0.0 {
                1.0
            } else {
                -1.0
            };
            sign * (sci_special::gammaln(k + 1.0) - sci_special::gammaln(n + 1.0)).exp()
        }
        (false, true) => 0.0,
        (true, false) => f64::INFINITY,
        (false, false) => sci_special::gamma(b) * sci_special::rgamma(a),
    }
}

/// SciPy's `fhtcoeff`: the FFTLog coefficients of `n` points.
fn fhtcoeff(n: usize, dln: f64, mu: f64, offset: f64, bias: f64, inverse: bool) -> Vec<Complex64> {
    let (lnkr, q) = (offset, bias);
    let xp = (mu + 1.0 + q) / 2.0;
    let xm = (mu + 1.0 - q) / 2.0;
    #[allow(clippy::cast_precision_loss)]
    let y = linspace(
        std::f64::consts::PI * (n / 2) as f64 / (n as f64 * dln),
        n / 2 + 1,
    );
    let mut u: Vec<Complex64> = y
        .iter()
        .map(|&y| {
            let v = loggamma(Complex64::new(xm, y));
            let w = loggamma(Complex64::new(xp, y));
            let y2 = y * (2.0 * (LN_2 - lnkr));
            Complex64::new(w.re - v.re + LN_2 * q, w.im + v.im + y2).exp()
        })
        .collect();
    if n.is_multiple_of(2) {
        let last = u.len() - 1;
        u[last].im = 0.0;
    }
    if !(u[0].re.is_finite() && u[0].im.is_finite()) {
        u[0] = Complex64::new(2f64.powf(q) * poch(xm, xp - xm), 0.0);
    }
    // SciPy warns here ("singular transform; consider changing the bias") and goes on with
    // these values; sci goes on with them too.
    if u[0].re.is_infinite() && !inverse {
        u[0] = Complex64::new(0.0, 0.0);
    } else if u[0] == Complex64::new(0.0, 0.0) && inverse {
        u[0] = Complex64::new(f64::INFINITY, 0.0);
    }
    u
}

/// `_fhtq`: rfft, multiply by `u` (divide by `conj(u)` for the inverse), irfft, reverse.
fn fhtq(a: &mut [f64], u: &[Complex64], inverse: bool, scratch: &mut Vec<Complex64>) {
    let n = a.len();
    let c = cache::<f64>();
    let (r2c, c2r) = (c.r2c(n), c.c2r(n));
    let mut spec = vec![Complex::default(); n / 2 + 1];
    scratch.resize(
        r2c.get_scratch_len().max(c2r.get_scratch_len()),
        Complex::default(),
    );
    let mut input = a.to_vec();
    let done = r2c.process_with_scratch(&mut input, &mut spec, scratch);
    debug_assert!(done.is_ok());
    for (s, &w) in spec.iter_mut().zip(u) {
        *s = if inverse { *s / w.conj() } else { *s * w };
    }
    // irfft ignores the imaginary parts of the zero and Nyquist terms.
    spec[0].im = 0.0;
    if n.is_multiple_of(2) {
        spec[n / 2].im = 0.0;
    }
    let done = c2r.process_with_scratch(&mut spec, a, scratch);
    debug_assert!(done.is_ok());
    #[allow(clippy::cast_precision_loss)]
    let inv_n = 1.0 / n as f64;
    for v in a.iter_mut() {
        *v *= inv_n;
    }
    a.reverse();
}

/// Checks `dln`, `mu`, `offset` and `bias`.
fn check_args(dln: f64, mu: f64, options: &FhtOptions) -> Result<()> {
    for (name, v) in [
        ("dln", dln),
        ("mu", mu),
        ("offset", options.offset),
        ("bias", options.bias),
    ] {
        if !v.is_finite() {
            return Err(Error::invalid_argument(name, v, "must be finite"));
        }
    }
    if dln == 0.0 {
        return Err(Error::invalid_argument("dln", dln, "must not be zero"));
    }
    Ok(())
}

/// Runs the forward or inverse transform along the last axis.
fn transform<'a, D: Dimension>(
    a: impl AsArray<'a, f64, D>,
    dln: f64,
    mu: f64,
    options: &FhtOptions,
    inverse: bool,
) -> Result<Array<f64, D>> {
    check_args(dln, mu, options)?;
    let a = a.into().into_dyn();
    if a.ndim() == 0 {
        return Err(Error::invalid_argument(
            "a",
            "a 0-d array",
            "must have at least one axis",
        ));
    }
    let axis = a.ndim() - 1;
    let n = a.len_of(Axis(axis));
    if n == 0 {
        return Err(Error::EmptyInput {
            name: "a".into(),
            min_len: 1,
        });
    }
    let (offset, bias) = (options.offset, options.bias);
    let u = fhtcoeff(n, dln, mu, offset, bias, inverse);
    #[allow(clippy::cast_precision_loss)]
    let j_c = (n as f64 - 1.0) / 2.0;
    #[allow(clippy::cast_precision_loss)]
    let jj = |j: usize| j as f64 - j_c;
    let mut out: ArrayD<f64> = a.as_standard_layout().into_owned();
    let mut scratch = Vec::new();
    for mut lane in out.lanes_mut(Axis(axis)) {
        let mut buf: Vec<f64> = lane.to_vec();
        if bias != 0.0 {
            for (j, v) in buf.iter_mut().enumerate() {
                *v *= if inverse {
                    (bias * (jj(j) * dln + offset)).exp()
                } else {
                    (-bias * jj(j) * dln).exp()
                };
            }
        }
        fhtq(&mut buf, &u, inverse, &mut scratch);
        if bias != 0.0 {
            for (j, v) in buf.iter_mut().enumerate() {
                if inverse {
                    *v /= (-bias * jj(j) * dln).exp();
                } else {
                    *v *= (-bias * (jj(j) * dln + offset)).exp();
                }
            }
        }
        for (d, s) in lane.iter_mut().zip(buf) {
            *d = s;
        }
    }
    into_dim(out)
}

/// The fast Hankel transform of a periodic, logarithmically spaced sequence along the last
/// axis (SciPy's `scipy.fft.fht(a, dln, mu, offset=0.0, bias=0.0)`), by Hamilton's FFTLog.
///
/// `a[j] = a(r_j)` at `r_j = r_c exp((j - j_c) dln)`, `j_c = (n - 1)/2`; the result is
/// `A(k_j)` at `k_j = k_c exp((j - j_c) dln)` with `ln(k_c r_c) = offset`, for the Hankel
/// transform of order `mu` (`A(k) = integral a(r) J_mu(k r) k dr`). `bias` is the exponent
/// of a power law taken out of `a` before and put back after the transform; where the
/// transform is singular SciPy warns and goes on, and so does sci with the same values.
/// Time O(n log n) per line.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for a non-finite argument or `dln = 0`, and for a 0-d input;
/// [`Error::EmptyInput`] for an empty last axis.
///
/// # Examples
///
/// ```
/// use sci_fft::{fht, ifht, fhtoffset, FhtOptions};
///
/// // SciPy's example: the transform of order mu of r^(mu+1) exp(-r^2/2) is k^(mu+1) exp(-k^2/2).
/// let n = 128;
/// let dln = 0.1;
/// let offset = fhtoffset(dln, 1.0, 0.0, 0.0);
/// let jc = (n as f64 - 1.0) / 2.0;
/// let r: Vec<f64> = (0..n).map(|j| ((j as f64 - jc) * dln).exp()).collect();
/// let a: Vec<f64> = r.iter().map(|r| r * r * (-r * r / 2.0).exp()).collect();
/// let opts = FhtOptions::default().offset(offset);
/// let big_a = fht(&a, dln, 1.0, &opts)?;
/// let k: Vec<f64> = r.iter().map(|r| offset.exp() / r).rev().collect();
/// let j = 64;
/// assert!((big_a[j] - k[j] * k[j] * (-k[j] * k[j] / 2.0).exp()).abs() < 1e-6);
/// // ifht inverts fht.
/// let back = ifht(&big_a, dln, 1.0, &opts)?;
/// assert!((back[j] - a[j]).abs() < 1e-12);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// Hamilton, A. J. S., "Uncorrelated modes of the non-linear power spectrum", MNRAS 312
/// (2000), appendix B. <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fht.html>
pub fn fht<'a, D: Dimension>(
    a: impl AsArray<'a, f64, D>,
    dln: f64,
    mu: f64,
    options: &FhtOptions,
) -> Result<Array<f64, D>> {
    transform(a, dln, mu, options, false)
}

/// The inverse of [`fht`] (SciPy's `scipy.fft.ifht(A, dln, mu, offset=0.0, bias=0.0)`), along
/// the last axis: `ifht(fht(a)) == a` for the same `dln`, `mu`, `offset` and `bias`.
///
/// # Errors
///
/// As [`fht`].
///
/// # Examples
///
/// ```
/// use sci_fft::{fht, ifht, FhtOptions};
///
/// let a = [1.0f64, 2.0, 0.5, -1.0, 0.25, 3.0];
/// let opts = FhtOptions::default().bias(0.3);
/// let back = ifht(&fht(&a, 0.2, 0.5, &opts)?, 0.2, 0.5, &opts)?;
/// for (b, v) in back.iter().zip(a) {
///     assert!((b - v).abs() < 1e-12);
/// }
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.ifht.html>
pub fn ifht<'a, D: Dimension>(
    a: impl AsArray<'a, f64, D>,
    dln: f64,
    mu: f64,
    options: &FhtOptions,
) -> Result<Array<f64, D>> {
    transform(a, dln, mu, options, true)
}

/// The optimal offset of [`fht`] (SciPy's `scipy.fft.fhtoffset(dln, mu, initial=0.0,
/// bias=0.0)`): the `offset` nearest `initial` that makes the FFTLog coefficients satisfy the
/// low-ringing condition (Hamilton 2000).
///
/// # Examples
///
/// ```
/// // scipy.fft.fhtoffset(0.1, 0.5) == -0.027642801500698...
/// let offset = sci_fft::fhtoffset(0.1, 0.5, 0.0, 0.0);
/// assert!((offset + 0.027642801500698512).abs() < 1e-14);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.fhtoffset.html>
pub fn fhtoffset(dln: f64, mu: f64, initial: f64, bias: f64) -> f64 {
    let (lnkr, q) = (initial, bias);
    let xp = (mu + 1.0 + q) / 2.0;
    let xm = (mu + 1.0 - q) / 2.0;
    let y = std::f64::consts::PI / (2.0 * dln);
    let zp = loggamma(Complex64::new(xp, y));
    let zm = loggamma(Complex64::new(xm, y));
    let arg = (LN_2 - lnkr) / dln + (zp.im + zm.im) / std::f64::consts::PI;
    lnkr + (arg - arg.round_ties_even()) * dln
}
