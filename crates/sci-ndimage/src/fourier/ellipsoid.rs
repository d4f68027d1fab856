//! `fourier_ellipsoid`: the Fourier transform of an ellipsoid's indicator (1-D: a box,
//! 2-D: an ellipse, 3-D: an ellipsoid), with the Bessel function `J1` it needs.

use ndarray::{Array, AsArray, Dimension};
use sci_core::{Error, Result, view};

use super::{FourierElement, FourierOptions, frequencies, per_input_axis};

/// The Bessel function of the first kind of order 1 for `x ≥ 0`: Miller's backward
/// recurrence normalised by `J0 + 2 Σ J_2k = 1` (relative error near machine precision),
/// and Hankel's asymptotic expansion for large `x`.
pub(crate) fn bessel_j1(x: f64) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    if x > 1000.0 {
        let mu = 4.0;
        let z = 8.0 * x;
        let p = 1.0 - (mu - 1.0) * (mu - 9.0) / (2.0 * z * z)
            + (mu - 1.0) * (mu - 9.0) * (mu - 25.0) * (mu - 49.0) / (24.0 * z.powi(4));
        let q = (mu - 1.0) / z - (mu - 1.0) * (mu - 9.0) * (mu - 25.0) / (6.0 * z.powi(3));
        let chi = x - 0.75 * std::f64::consts::PI;
        return (2.0 / (std::f64::consts::PI * x)).sqrt() * (p * chi.cos() - q * chi.sin());
    }
    // Start well above x, where J_k is negligible, and recur downwards.
    let mut m = (x + 30.0 + 12.0 * x.sqrt()) as usize;
    m += m % 2;
    let (mut jp1, mut j) = (0.0f64, 1e-300f64);
    let mut norm = 0.0;
    let mut j1 = 0.0;
    for k in (1..=m).rev() {
        // j = J_k, jp1 = J_{k+1}; J_{k-1} = (2k / x) J_k - J_{k+1}.
        let jm1 = (2.0 * k as f64 / x) * j - jp1;
        jp1 = j;
        j = jm1;
        if k - 1 == 1 {
            j1 = j;
        }
        if (k - 1) % 2 == 0 && k > 1 {
            norm += 2.0 * j;
        }
        if j.abs() > 1e250 {
            j *= 1e-250;
            jp1 *= 1e-250;
            norm *= 1e-250;
            j1 *= 1e-250;
        }
    }
    norm += j; // J_0
    j1 / norm
}

/// The ellipsoid filter in the frequency domain (SciPy's `fourier_ellipsoid`) on a complex
/// FFT of a 1-, 2- or 3-D array: with `r = π · sqrt(Σ (size_axis · f_axis)²)`, each value
/// times `sin r / r` (1-D), `2 J1(r) / r` (2-D) or `3 (sin r - r cos r) / r³` (3-D), and
/// 1 at `r = 0`; `size` is one value or one per axis.
///
/// # Errors
///
/// [`Error::InvalidArgument`] for an input of 0 or more than 3 dimensions, a wrong number
/// of sizes or a NaN size.
///
/// # Examples
///
/// ```
/// use ndarray::Array2;
/// use sci_core::Complex64;
/// use sci_ndimage::fourier::fourier_ellipsoid;
/// let spectrum = Array2::from_elem((4, 4), Complex64::new(1.0, 0.0));
/// let out = fourier_ellipsoid(&spectrum, &[2.0]).unwrap();
/// assert_eq!(out[[0, 0]].re, 1.0);
/// assert!(out[[2, 2]].re < out[[0, 1]].re);
/// ```
///
/// Time and memory O(n) (one `J1` per value in 2-D).
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_ellipsoid.html>;
/// `J1` by Miller's backward recurrence: M. Abramowitz and I. A. Stegun, *Handbook of
/// Mathematical Functions*, §9.12 (1964), and Hankel's expansion, §9.2.5.
pub fn fourier_ellipsoid<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[f64],
) -> Result<Array<T, D>> {
    fourier_ellipsoid_with(input, size, &FourierOptions::default())
}

/// [`fourier_ellipsoid`] with SciPy's keywords `n` and `axis`.
///
/// # Errors
///
/// As [`fourier_ellipsoid`]; `n == 0` or an axis out of range.
///
/// # Examples
///
/// ```
/// use ndarray::Array1;
/// use sci_ndimage::fourier::{FourierOptions, fourier_ellipsoid_with};
/// let out = fourier_ellipsoid_with(&Array1::<f64>::ones(3), &[2.0], &FourierOptions::default().n(4)).unwrap();
/// assert!(out[2].abs() < 1e-15);
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.ndimage.fourier_ellipsoid.html>
pub fn fourier_ellipsoid_with<'a, T: FourierElement, D: Dimension>(
    input: impl AsArray<'a, T, D>,
    size: &[f64],
    options: &FourierOptions,
) -> Result<Array<T, D>> {
    let input = view(input);
    let ndim = input.ndim();
    if !(1..=3).contains(&ndim) {
        return Err(Error::invalid_argument(
            "input",
            format!("{ndim} dimensions"),
            "only 1-D, 2-D and 3-D inputs are supported",
        ));
    }
    let sizes = per_input_axis("size", size, ndim)?;
    if let Some(&s) = sizes.iter().find(|s| s.is_nan()) {
        return Err(Error::invalid_argument("size", s, "must not be NaN"));
    }
    let freqs = frequencies(input.shape(), options)?;
    let scaled: Vec<Vec<f64>> = freqs
        .iter()
        .zip(&sizes)
        .map(|(fs, &s)| fs.iter().map(|&f| (s * f) * (s * f)).collect())
        .collect();
    let mut out = input.to_owned();
    for (idx, v) in out.view_mut().into_dyn().indexed_iter_mut() {
        let mut sum = 0.0;
        for (k, sk) in scaled.iter().enumerate() {
            sum += sk[idx[k]];
        }
        let r = std::f64::consts::PI * sum.sqrt();
        let factor = if r == 0.0 {
            1.0
        } else {
            match ndim {
                1 => r.sin() / r,
                2 => 2.0 * bessel_j1(r) / r,
                _ => 3.0 * (r.sin() - r * r.cos()) / (r * r * r),
            }
        };
        *v = v.scale(factor);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::bessel_j1;

    #[test]
    fn j1_matches_known_values() {
        // Abramowitz & Stegun, table 9.1.
        assert!((bessel_j1(1.0) - 0.440_050_585_744_933_5).abs() < 1e-15);
        assert!((bessel_j1(10.0) - 0.043_472_746_168_861_44).abs() < 1e-15);
        assert!((bessel_j1(0.1) - 0.049_937_526_036_241_99).abs() < 1e-16);
        assert!((bessel_j1(2000.0) - bessel_j1_miller_check(2000.0)).abs() < 1e-12);
    }

    /// Miller's recurrence at a large argument, to check the asymptotic branch.
    fn bessel_j1_miller_check(x: f64) -> f64 {
        let mut m = (x + 30.0 + 12.0 * x.sqrt()) as usize;
        m += m % 2;
        let (mut jp1, mut j) = (0.0f64, 1e-300f64);
        let (mut norm, mut j1) = (0.0, 0.0);
        for k in (1..=m).rev() {
            let jm1 = (2.0 * k as f64 / x) * j - jp1;
            jp1 = j;
            j = jm1;
            if k == 2 {
                j1 = j;
            }
            if (k - 1) % 2 == 0 && k > 1 {
                norm += 2.0 * j;
            }
            if j.abs() > 1e250 {
                j *= 1e-250;
                jp1 *= 1e-250;
                norm *= 1e-250;
                j1 *= 1e-250;
            }
        }
        j1 / (norm + j)
    }
}
