//! B-spline weights and SciPy's boundary handling along one axis: where an input
//! coordinate outside the grid is mapped back inside (per mode), which `order + 1`
//! coefficients it reads, and with which weights.
//!
//! The rules are SciPy's (`scipy.ndimage` 1.6+): `constant` gives `cval` outside
//! `[0, n - 1]` and interpolates inside with the mirrored spline; `grid-constant` and
//! `nearest` leave the coordinate alone and read `cval` / the edge coefficient for taps
//! outside; `mirror`, `reflect` (= `grid-mirror`), `wrap` (period `n - 1`) and
//! `grid-wrap` (period `n`) fold the coordinate back, then read the taps under the
//! extension the spline was prefiltered with (mirror for `constant`, `mirror` and `wrap`,
//! half-sample reflection for `reflect`, periodic for `grid-wrap`).

use crate::Mode;
use crate::mode::filter_index;

/// The largest number of taps (order 5).
pub(crate) const MAX_TAPS: usize = 6;

/// An offset that stands for `cval` (a `grid-constant` tap outside the grid).
pub(crate) const CVAL_TAP: usize = usize::MAX;

/// The taps of one axis for one coordinate: element offsets into the coefficient array
/// (index times stride, or [`CVAL_TAP`]) and their B-spline weights.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Taps {
    /// Offsets of the `order + 1` coefficients read.
    pub off: [usize; MAX_TAPS],
    /// Their weights (summing to one).
    pub w: [f64; MAX_TAPS],
    /// Whether an offset is [`CVAL_TAP`].
    pub any_cval: bool,
}

/// What one axis contributes to a point: taps, `cval` for the whole point, or NaN.
#[derive(Debug, Clone, Copy)]
pub(crate) enum AxisTaps {
    /// Interpolate with these taps.
    Taps(Taps),
    /// The point takes `cval` (a `constant`-mode coordinate outside the grid).
    Cval,
    /// The point is NaN (a non-finite coordinate under `grid-constant` or `nearest`).
    Nan,
}

/// The cardinal B-spline of degree `n` (0..=5) at `x`.
pub(crate) fn bspline(n: usize, x: f64) -> f64 {
    let a = x.abs();
    match n {
        0 => {
            if a < 0.5 || x == -0.5 {
                1.0
            } else {
                0.0
            }
        }
        1 => (1.0 - a).max(0.0),
        2 => {
            if a < 0.5 {
                0.75 - a * a
            } else if a < 1.5 {
                let t = 1.5 - a;
                0.5 * t * t
            } else {
                0.0
            }
        }
        3 => {
            if a < 1.0 {
                2.0 / 3.0 - a * a + 0.5 * a * a * a
            } else if a < 2.0 {
                let t = 2.0 - a;
                t * t * t / 6.0
            } else {
                0.0
            }
        }
        4 => {
            let a2 = a * a;
            if a < 0.5 {
                115.0 / 192.0 - 0.625 * a2 + 0.25 * a2 * a2
            } else if a < 1.5 {
                55.0 / 96.0 + a * (5.0 / 24.0 + a * (-1.25 + a * (5.0 / 6.0 - a / 6.0)))
            } else if a < 2.5 {
                let t = 2.5 - a;
                let t2 = t * t;
                t2 * t2 / 24.0
            } else {
                0.0
            }
        }
        _ => {
            let a2 = a * a;
            if a < 1.0 {
                0.55 - 0.5 * a2 + a2 * a2 * (0.25 - a / 12.0)
            } else if a < 2.0 {
                17.0 / 40.0 + a * (0.625 + a * (-1.75 + a * (1.25 + a * (-0.375 + a / 24.0))))
            } else if a < 3.0 {
                let t = 3.0 - a;
                let t2 = t * t;
                t2 * t2 * t / 120.0
            } else {
                0.0
            }
        }
    }
}

/// The first tap and the weights of the `order + 1` taps around `cc`: odd orders start
/// `order / 2` before `floor(cc)`, even orders `order / 2` before the nearest integer.
#[inline]
pub(crate) fn weights(order: usize, cc: f64, w: &mut [f64; MAX_TAPS]) -> i64 {
    let base = if order % 2 == 1 {
        cc.floor()
    } else {
        (cc + 0.5).floor()
    };
    let start = base - (order / 2) as f64;
    if order == 3 {
        // The cubic case in closed form: the hot path of the default order.
        let f = cc - base;
        let g = 1.0 - f;
        w[0] = g * g * g / 6.0;
        w[1] = 2.0 / 3.0 - f * f + 0.5 * f * f * f;
        w[2] = 2.0 / 3.0 - g * g + 0.5 * g * g * g;
        w[3] = f * f * f / 6.0;
    } else if order == 1 {
        let f = cc - base;
        w[0] = 1.0 - f;
        w[1] = f;
    } else if order == 0 {
        w[0] = 1.0;
    } else {
        for (k, wk) in w.iter_mut().enumerate().take(order + 1) {
            *wk = bspline(order, cc - (start + k as f64));
        }
    }
    start as i64
}

/// SciPy's folding of a coordinate outside `[0, len - 1]` back into the grid under
/// `mode` (`None`: the point takes `cval`). `grid-constant` and `nearest` leave it alone.
pub(crate) fn map_coordinate(x: f64, len: usize, mode: Mode) -> Option<f64> {
    let n = len as f64;
    if x < 0.0 {
        match mode {
            Mode::Constant => return None,
            Mode::GridConstant | Mode::Nearest => return Some(x),
            _ if len <= 1 => return Some(0.0),
            Mode::Mirror => {
                let sz2 = 2.0 * n - 2.0;
                let v = sz2 * (-x / sz2).trunc() + x;
                return Some(if v <= 1.0 - n { v + sz2 } else { -v });
            }
            Mode::Reflect | Mode::GridMirror => {
                let sz2 = 2.0 * n;
                let mut v = x;
                if v < -sz2 {
                    v += sz2 * (-v / sz2).trunc();
                }
                // The tiny guard keeps -v - 1 from being exactly -1 for v within 1e-15
                // of zero, as SciPy does.
                return Some(if v < -n {
                    v + sz2
                } else {
                    (if v > -1e-15 { 1e-15 } else { -v }) - 1.0
                });
            }
            Mode::Wrap => {
                let sz = n - 1.0;
                return Some(x + sz * ((-x / sz).trunc() + 1.0));
            }
            Mode::GridWrap => return Some(x + n * (((-1.0 - x) / n).trunc() + 1.0)),
        }
    }
    if x > n - 1.0 {
        match mode {
            Mode::Constant => return None,
            Mode::GridConstant | Mode::Nearest => return Some(x),
            _ if len <= 1 => return Some(0.0),
            Mode::Mirror => {
                let sz2 = 2.0 * n - 2.0;
                let v = x - sz2 * (x / sz2).trunc();
                return Some(if v >= n { sz2 - v } else { v });
            }
            Mode::Reflect | Mode::GridMirror => {
                let sz2 = 2.0 * n;
                let v = x - sz2 * (x / sz2).trunc();
                return Some(if v >= n { sz2 - v - 1.0 } else { v });
            }
            Mode::Wrap => {
                let sz = n - 1.0;
                return Some(x - sz * (x / sz).trunc());
            }
            Mode::GridWrap => return Some(x - n * (x / n).trunc()),
        }
    }
    Some(x)
}

/// The filter mode by which taps outside the grid are read (see the module doc).
pub(crate) fn tap_mode(mode: Mode) -> Mode {
    match mode {
        Mode::Constant | Mode::Mirror | Mode::Wrap => Mode::Mirror,
        Mode::Reflect | Mode::GridMirror => Mode::Reflect,
        Mode::GridWrap => Mode::Wrap,
        Mode::Nearest => Mode::Nearest,
        Mode::GridConstant => Mode::Constant,
    }
}

/// The taps of the coordinate `x` (already shifted by the padding) along an axis of
/// `len` coefficients `stride` elements apart.
#[inline]
pub(crate) fn axis_taps(x: f64, len: usize, stride: usize, order: usize, mode: Mode) -> AxisTaps {
    if !x.is_finite() {
        return match mode {
            Mode::GridConstant | Mode::Nearest => AxisTaps::Nan,
            _ => AxisTaps::Cval,
        };
    }
    if len == 0 {
        return AxisTaps::Cval;
    }
    let Some(cc) = map_coordinate(x, len, mode) else {
        return AxisTaps::Cval;
    };
    let mut t = Taps {
        off: [0; MAX_TAPS],
        w: [0.0; MAX_TAPS],
        any_cval: false,
    };
    let start = weights(order, cc, &mut t.w);
    // order <= 5 and len fits memory: the conversions cannot fail.
    let ord = i64::try_from(order).unwrap_or(0);
    let last = start.saturating_add(ord);
    if start >= 0 && last < i64::try_from(len).unwrap_or(i64::MAX) {
        for k in 0..=order {
            t.off[k] = (start as usize + k) * stride;
        }
    } else {
        let tm = tap_mode(mode);
        for (k, kk) in (0..=ord).enumerate() {
            let i = isize::try_from(start.saturating_add(kk)).unwrap_or(if start < 0 {
                isize::MIN
            } else {
                isize::MAX
            });
            match filter_index(i, len, tm) {
                Some(j) => t.off[k] = j * stride,
                None => {
                    t.off[k] = CVAL_TAP;
                    t.any_cval = true;
                }
            }
        }
    }
    AxisTaps::Taps(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The B-spline by its truncated-power definition.
    fn reference(n: usize, x: f64) -> f64 {
        let mut s = 0.0;
        let mut binom = 1.0;
        let mut fact = 1.0;
        for k in 1..=n {
            fact *= k as f64;
        }
        for k in 0..=n + 1 {
            let t = x + (n as f64 + 1.0) / 2.0 - k as f64;
            if t > 0.0 {
                s += if k % 2 == 0 { binom } else { -binom } * t.powi(i32::try_from(n).unwrap());
            }
            binom = binom * (n + 1 - k) as f64 / (k + 1) as f64;
        }
        s / fact
    }

    #[test]
    fn piecewise_splines_match_the_definition() {
        for n in 1..=5 {
            for i in -70..=70 {
                let x = i as f64 * 0.05 + 0.0123;
                assert!(
                    (bspline(n, x) - reference(n, x)).abs() < 1e-12,
                    "n={n} x={x}"
                );
            }
        }
    }

    #[test]
    fn weights_sum_to_one() {
        for order in 0..=5 {
            for i in 0..40 {
                let cc = -3.0 + i as f64 * 0.173;
                let mut w = [0.0; MAX_TAPS];
                weights(order, cc, &mut w);
                let s: f64 = w[..=order].iter().sum();
                assert!((s - 1.0).abs() < 1e-14);
            }
        }
    }

    #[test]
    fn coordinates_fold_as_scipy() {
        assert_eq!(map_coordinate(-1.0, 5, Mode::Wrap), Some(3.0));
        assert_eq!(map_coordinate(-10.0, 6, Mode::Wrap), Some(5.0));
        assert_eq!(map_coordinate(8.5, 9, Mode::Mirror), Some(8.5));
        assert_eq!(map_coordinate(5.5, 5, Mode::Reflect), Some(3.5));
        assert_eq!(map_coordinate(-0.2, 5, Mode::Constant), None);
        assert_eq!(map_coordinate(-7.0, 5, Mode::Nearest), Some(-7.0));
    }
}
