//! Zeros of Bessel functions: `jn_zeros`, `jnp_zeros`, `yn_zeros`, `ynp_zeros`, `y0_zeros`,
//! `y1_zeros`, `y1p_zeros`.
//!
//! - `asymptotic`: starting values, McMahon's expansions (small orders) and Olver's uniform
//!   expansion with the Airy zeros (orders above 2);
//! - `solve`: Newton's method on [`jv`](crate::jv) / [`yv`](crate::yv), with a stepping
//!   search as a safeguard.

mod asymptotic;
mod solve;

use sci_core::ndarray::Array1;
use sci_core::{Error, Result};

use crate::{y0, y1};

/// Which function's zeros are sought.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `J_v`.
    J,
    /// `J_v'`.
    Jp,
    /// `Y_v`.
    Y,
    /// `Y_v'`.
    Yp,
}

fn check_nt(nt: usize) -> Result<()> {
    if nt == 0 {
        return Err(Error::InvalidArgument {
            name: "nt".into(),
            value: "0".into(),
            reason: "must be a positive integer".into(),
        });
    }
    Ok(())
}

/// The zeros of order `|n|` (SciPy uses `abs(n)`: `J_{-n} = (-1)^n J_n` has the same zeros).
fn integer_order_zeros(kind: Kind, n: i32, nt: usize) -> Result<Array1<f64>> {
    check_nt(nt)?;
    Ok(Array1::from(solve::zeros(
        kind,
        f64::from(n.unsigned_abs()),
        nt,
    )))
}

/// The first `nt` positive zeros of the Bessel function `J_n(x)`, ascending.
///
/// The zero at `x = 0` of `J_n` for `n > 0` is not counted. A negative `n` gives the zeros of
/// `J_{|n|}` (the same function up to sign), as SciPy does. Each zero starts from McMahon's
/// expansion (`|n| <= 2`) or the leading term of Olver's uniform expansion with the zeros of
/// `Ai` (larger orders) and is refined by Newton's method on [`jv`](crate::jv); a stepping
/// search takes over if a start should converge to the wrong zero. Time O(nt) evaluations
/// of `J_n`, `J_{n-1}`, plus, for each zero below 2000, one double-double evaluation of cost
/// O(x + n) for the last Newton step.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath's `besseljzero` (50 digits) on 1580 zeros of orders 0 to 100
/// (k up to 1000 for `n = 0`, 300 for `n = 1`): max 0 ULP, correctly rounded (SciPy: 1 ULP).
/// Up to `x = 2000` each zero takes a last Newton step with `J` in double-double (the power
/// series, or Miller's recurrence normalised by `J_0 + 2 sum J_2k = 1`). Unlike SciPy,
/// which gives NaN for orders in the thousands, large orders work (`J_5000` checked).
///
/// # Examples
///
/// ```
/// use sci_special::{jn, jn_zeros};
///
/// let z = jn_zeros(3, 4)?;
/// assert!((z[0] - 6.380_161_895_923_984).abs() < 1e-14);
/// assert!(jn(3, z[3]).abs() < 1e-15);
/// assert!(jn_zeros(3, 0).is_err());
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.jn_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.jn_zeros.html>.
pub fn jn_zeros(n: i32, nt: usize) -> Result<Array1<f64>> {
    integer_order_zeros(Kind::J, n, nt)
}

/// The first `nt` positive zeros of the derivative `J_n'(x)`, ascending.
///
/// For `n = 0` the zero at `x = 0` is skipped (SciPy's convention): the zeros are those of
/// `J_1`. A negative `n` gives the zeros for `|n|`, as SciPy. Method as in [`jn_zeros`], with
/// the zeros of `Ai'` in Olver's expansion.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath's `besseljzero(n, k, derivative=1)` (50 digits) on 1580 zeros of
/// orders 0 to 100: max 0 ULP, correctly rounded (SciPy: 1 ULP), by the last Newton step
/// in double-double of [`jn_zeros`].
///
/// # Examples
///
/// ```
/// use sci_special::{jnp_zeros, jvp};
///
/// let z = jnp_zeros(1, 3)?;
/// assert!((z[0] - 1.841_183_781_340_659_3).abs() < 1e-14);
/// assert!(jvp(1.0, z[2], 1).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.jnp_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.jnp_zeros.html>.
pub fn jnp_zeros(n: i32, nt: usize) -> Result<Array1<f64>> {
    integer_order_zeros(Kind::Jp, n, nt)
}

/// The first `nt` positive zeros of the Bessel function of the second kind `Y_n(x)`,
/// ascending.
///
/// A negative `n` gives the zeros for `|n|`, as SciPy. Method as in [`jn_zeros`], on
/// [`yv`](crate::yv), with the zeros of `Bi` in Olver's expansion.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath (50 digits; `besselyzero`, or `findroot` on `bessely` for orders
/// from 20) on 1525 zeros of orders 0 to 100 (k up to 1000 for `n = 0`): max 1 ULP (SciPy:
/// 1 ULP).
///
/// # Examples
///
/// ```
/// use sci_special::{yn, yn_zeros};
///
/// let z = yn_zeros(0, 2)?;
/// assert!((z[0] - 0.893_576_966_279_167_5).abs() < 1e-15);
/// assert!(yn(0, z[1]).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.yn_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.yn_zeros.html>.
pub fn yn_zeros(n: i32, nt: usize) -> Result<Array1<f64>> {
    integer_order_zeros(Kind::Y, n, nt)
}

/// The first `nt` positive zeros of the derivative `Y_n'(x)`, ascending.
///
/// A negative `n` gives the zeros for `|n|`, as SciPy; for `n = 0` they are the zeros of
/// `Y_1` (`Y_0' = -Y_1`). Method as in [`jn_zeros`], with the zeros of `Bi'` in Olver's
/// expansion.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath (50 digits; `besselyzero(n, k, derivative=1)`, or `findroot` for
/// orders from 20) on 1525 zeros of orders 0 to 100: max 1 ULP (SciPy: 1 ULP).
///
/// # Examples
///
/// ```
/// use sci_special::{ynp_zeros, yvp};
///
/// let z = ynp_zeros(1, 2)?;
/// assert!((z[0] - 3.683_022_856_585_178).abs() < 1e-14);
/// assert!(yvp(1.0, z[1], 1).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.ynp_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.ynp_zeros.html>.
pub fn ynp_zeros(n: i32, nt: usize) -> Result<Array1<f64>> {
    integer_order_zeros(Kind::Yp, n, nt)
}

/// The real zeros of `Y_0` and the derivative there, as SciPy's `y0_zeros(nt)` returns them
/// (`(z0n, y0pz0n)`, real parts).
#[derive(Debug, Clone, PartialEq)]
pub struct Y0Zeros {
    /// The first `nt` positive zeros `z` of `Y_0`, ascending.
    pub z0n: Array1<f64>,
    /// `Y_0'(z) = -Y_1(z)` at each zero.
    pub y0pz0n: Array1<f64>,
}

/// The real zeros of `Y_1` and the derivative there, as SciPy's `y1_zeros(nt)` returns them
/// (`(z1n, y1pz1n)`, real parts).
#[derive(Debug, Clone, PartialEq)]
pub struct Y1Zeros {
    /// The first `nt` positive zeros `z` of `Y_1`, ascending.
    pub z1n: Array1<f64>,
    /// `Y_1'(z) = Y_0(z)` at each zero.
    pub y1pz1n: Array1<f64>,
}

/// The real zeros of `Y_1'` and the value of `Y_1` there, as SciPy's `y1p_zeros(nt)` returns
/// them (`(z1pn, y1z1pn)`, real parts).
#[derive(Debug, Clone, PartialEq)]
pub struct Y1pZeros {
    /// The first `nt` positive zeros `z` of `Y_1'`, ascending.
    pub z1pn: Array1<f64>,
    /// `Y_1(z)` at each zero.
    pub y1z1pn: Array1<f64>,
}

/// The first `nt` real zeros of `Y_0` and the derivative `Y_0'` there: SciPy's
/// `y0_zeros(nt)` (with its default `complex=False`).
///
/// SciPy returns complex arrays whose imaginary parts are 0 for the real zeros; sci returns
/// the real parts. The complex zeros (`complex=True`) are not provided. Zeros as
/// [`yn_zeros`]`(0, nt)`; `y0pz0n` is the derivative `Y_0'(z) = -Y_1(z)` as SciPy documents
/// it, which is the opposite sign of the values SciPy 1.17.1 actually returns (`Y_1(z)`: its
/// first value is -0.879, where `Y_0` rises through its first zero with slope +0.879).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) for the first 1000 zeros: `z0n` max 1 ULP,
/// `y0pz0n` max 4 ULP. SciPy 1.17.1 returns NaN from the 141st zero on, and its first 140
/// are off by up to 2.8e10 ULP (`z0n`) and 1.3e10 ULP (`y0pz0n`, its sign set right).
///
/// # Examples
///
/// ```
/// use sci_special::y0_zeros;
///
/// let r = y0_zeros(2)?;
/// assert!((r.z0n[0] - 0.893_576_966_279_167_5).abs() < 1e-15);
/// assert!((r.y0pz0n[0] - 0.879_420_802_497_194_8).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.y0_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.y0_zeros.html>.
pub fn y0_zeros(nt: usize) -> Result<Y0Zeros> {
    let z0n = yn_zeros(0, nt)?;
    let y0pz0n = z0n.mapv(|z| -y1(z));
    Ok(Y0Zeros { z0n, y0pz0n })
}

/// The first `nt` real zeros of `Y_1` and the derivative `Y_1'` there: SciPy's
/// `y1_zeros(nt)` (with its default `complex=False`).
///
/// Real parts of SciPy's complex arrays, as in [`y0_zeros`]. Zeros as [`yn_zeros`]`(1, nt)`;
/// `Y_1'(z) = Y_0(z) - Y_1(z)/z = Y_0(z)` at a zero.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) for the first 1000 zeros: `z1n` max 1 ULP,
/// `y1pz1n` max 3 ULP. SciPy 1.17.1 returns NaN from the 141st zero on, and its first 140
/// are off by up to 2.8e10 ULP (`z1n`) and 7.0e9 ULP (`y1pz1n`).
///
/// # Examples
///
/// ```
/// use sci_special::y1_zeros;
///
/// let r = y1_zeros(2)?;
/// assert!((r.z1n[0] - 2.197_141_326_031_017).abs() < 1e-15);
/// assert!((r.y1pz1n[0] - 0.520_786_412_402_267_5).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.y1_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.y1_zeros.html>.
pub fn y1_zeros(nt: usize) -> Result<Y1Zeros> {
    let z1n = yn_zeros(1, nt)?;
    let y1pz1n = z1n.mapv(y0);
    Ok(Y1Zeros { z1n, y1pz1n })
}

/// The first `nt` real zeros of `Y_1'` and the value of `Y_1` there: SciPy's
/// `y1p_zeros(nt)` (with its default `complex=False`).
///
/// Real parts of SciPy's complex arrays, as in [`y0_zeros`]. Zeros as [`ynp_zeros`]`(1, nt)`.
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `nt == 0` (SciPy raises `ValueError`).
///
/// # Accuracy
///
/// Measured against mpmath (50 digits) for the first 1000 zeros: `z1pn` max 1 ULP,
/// `y1z1pn` max 4 ULP. SciPy 1.17.1 returns NaN from the 141st zero on, and its first 140
/// are off by up to 2.8e10 ULP (`z1pn`) and 7.1e9 ULP (`y1z1pn`).
///
/// # Examples
///
/// ```
/// use sci_special::y1p_zeros;
///
/// let r = y1p_zeros(2)?;
/// assert!((r.z1pn[0] - 3.683_022_856_585_178).abs() < 1e-14);
/// assert!((r.y1z1pn[0] - 0.416_729_928_106_451_4).abs() < 1e-15);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// - DLMF §10.21, <https://dlmf.nist.gov/10.21>.
/// - SciPy, `scipy.special.y1p_zeros`,
///   <https://docs.scipy.org/doc/scipy/reference/generated/scipy.special.y1p_zeros.html>.
pub fn y1p_zeros(nt: usize) -> Result<Y1pZeros> {
    let z1pn = ynp_zeros(1, nt)?;
    let y1z1pn = z1pn.mapv(y1);
    Ok(Y1pZeros { z1pn, y1z1pn })
}
