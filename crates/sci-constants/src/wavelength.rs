//! Conversion between wavelength and optical frequency (`lambda2nu`, `nu2lambda`): ν = c / λ.

use sci_core::ndarray::{Array, AsArray, Dimension};

use crate::c;

/// Converts wavelengths (m) to optical frequencies (Hz), `c / λ` elementwise: SciPy's
/// `lambda2nu(lambda_)`.
///
/// `lambda` is anything that views as an array of `f64`, of any dimension. As in SciPy, a zero
/// wavelength gives an infinite frequency, and NaN stays NaN. For one number write `c / lambda`.
///
/// # Examples
///
/// ```
/// use sci_constants::{lambda2nu, speed_of_light};
///
/// let nu = lambda2nu(&[1.0, speed_of_light]);
/// assert!((nu[0] - 299_792_458.0).abs() < 1e-6 && (nu[1] - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// SciPy, `scipy.constants.lambda2nu`.
pub fn lambda2nu<'a, D: Dimension>(lambda: impl AsArray<'a, f64, D>) -> Array<f64, D> {
    lambda.into().mapv(|wavelength| c / wavelength)
}

/// Converts optical frequencies (Hz) to wavelengths (m), `c / ν` elementwise: SciPy's
/// `nu2lambda(nu)`.
///
/// `nu` is anything that views as an array of `f64`, of any dimension. As in SciPy, a zero
/// frequency gives an infinite wavelength, and NaN stays NaN. For one number write `c / nu`.
///
/// # Examples
///
/// ```
/// use sci_constants::{nu2lambda, speed_of_light};
///
/// let lambda = nu2lambda(&[1.0, speed_of_light]);
/// assert!((lambda[0] - 299_792_458.0).abs() < 1e-6 && (lambda[1] - 1.0).abs() < 1e-15);
/// ```
///
/// # References
///
/// SciPy, `scipy.constants.nu2lambda`.
pub fn nu2lambda<'a, D: Dimension>(nu: impl AsArray<'a, f64, D>) -> Array<f64, D> {
    nu.into().mapv(|frequency| c / frequency)
}
