//! Boundary modes (SciPy's `mode=`) and the extension of a 1-D line beyond its ends, which
//! every filter applies before it runs its kernel.

use std::fmt;
use std::str::FromStr;

use sci_core::{Error, Result};

/// How values beyond the edges of the input are made up (SciPy's `mode`).
///
/// For filters, `GridMirror` is `Reflect`, `GridWrap` is `Wrap` and `GridConstant` is
/// `Constant`, as in SciPy; the interpolation functions distinguish them.
///
/// # Examples
///
/// ```
/// use sci_ndimage::Mode;
/// let m: Mode = "grid-wrap".parse().unwrap();
/// assert_eq!(m, Mode::GridWrap);
/// assert_eq!(Mode::default(), Mode::Reflect);
/// assert_eq!(Mode::Mirror.to_string(), "mirror");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Mode {
    /// `d c b a | a b c d | d c b a`: reflection about the edge of the last pixel.
    #[default]
    Reflect,
    /// `k k k k | a b c d | k k k k`: a constant `cval`.
    Constant,
    /// `a a a a | a b c d | d d d d`: the edge value repeated.
    Nearest,
    /// `d c b | a b c d | c b a`: reflection about the centre of the last pixel.
    Mirror,
    /// `a b c d | a b c d | a b c d`: periodic, as interpolation's `wrap` (period `n - 1`).
    Wrap,
    /// Reflection about the grid's edge (the same as `Reflect`).
    GridMirror,
    /// `cval` outside, with interpolation treating the grid's edge exactly.
    GridConstant,
    /// Periodic with period `n` (for filters the same as `Wrap`).
    GridWrap,
}

impl Mode {
    /// SciPy's spelling.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_ndimage::Mode::GridConstant.name(), "grid-constant");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Mode::Reflect => "reflect",
            Mode::Constant => "constant",
            Mode::Nearest => "nearest",
            Mode::Mirror => "mirror",
            Mode::Wrap => "wrap",
            Mode::GridMirror => "grid-mirror",
            Mode::GridConstant => "grid-constant",
            Mode::GridWrap => "grid-wrap",
        }
    }

    /// The mode a filter applies (the grid modes collapse to their filter equivalents).
    ///
    /// # Examples
    ///
    /// ```
    /// use sci_ndimage::Mode;
    /// assert_eq!(Mode::GridMirror.for_filters(), Mode::Reflect);
    /// ```
    pub fn for_filters(self) -> Mode {
        match self {
            Mode::GridMirror => Mode::Reflect,
            Mode::GridConstant => Mode::Constant,
            Mode::GridWrap => Mode::Wrap,
            m => m,
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Mode {
    type Err = Error;

    fn from_str(s: &str) -> Result<Mode> {
        Ok(match s {
            "reflect" => Mode::Reflect,
            "constant" => Mode::Constant,
            "nearest" => Mode::Nearest,
            "mirror" => Mode::Mirror,
            "wrap" => Mode::Wrap,
            "grid-mirror" => Mode::GridMirror,
            "grid-constant" => Mode::GridConstant,
            "grid-wrap" => Mode::GridWrap,
            _ => {
                return Err(Error::InvalidArgument {
                    name: "mode".into(),
                    value: s.into(),
                    reason: "must be one of reflect, constant, nearest, mirror, wrap, grid-mirror, grid-constant, grid-wrap".into(),
                });
            }
        })
    }
}

/// The index into a line of length `n` that position `i` (possibly outside `0..n`) reads
/// under a filter `mode`; `None` means the constant `cval`.
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, mode::filter_index};
/// assert_eq!(filter_index(-1, 4, Mode::Reflect), Some(0));
/// assert_eq!(filter_index(-1, 4, Mode::Mirror), Some(1));
/// assert_eq!(filter_index(5, 4, Mode::Wrap), Some(1));
/// assert_eq!(filter_index(9, 4, Mode::Nearest), Some(3));
/// assert_eq!(filter_index(-1, 4, Mode::Constant), None);
/// ```
pub fn filter_index(i: isize, n: usize, mode: Mode) -> Option<usize> {
    let n = n.cast_signed();
    if (0..n).contains(&i) {
        return Some(i as usize);
    }
    if n == 0 {
        return None;
    }
    let j = match mode.for_filters() {
        Mode::Constant => return None,
        Mode::Nearest => i.clamp(0, n - 1),
        Mode::Wrap => i.rem_euclid(n),
        Mode::Reflect => {
            let p = i.rem_euclid(2 * n);
            if p < n { p } else { 2 * n - 1 - p }
        }
        Mode::Mirror => {
            if n == 1 {
                0
            } else {
                let p = i.rem_euclid(2 * n - 2);
                if p < n { p } else { 2 * n - 2 - p }
            }
        }
        _ => unreachable!("for_filters maps the grid modes away"),
    };
    Some(j as usize)
}

/// Writes `line` into `buf[before..before + n]` and fills `before` values in front and the
/// rest of `buf` after it as `mode` extends the line (SciPy's line extension).
///
/// # Examples
///
/// ```
/// use sci_ndimage::{Mode, mode::extend_line};
/// let mut buf = [0.0; 8];
/// extend_line(&[1.0, 2.0, 3.0], 2, Mode::Reflect, 0.0, &mut buf);
/// assert_eq!(buf, [2.0, 1.0, 1.0, 2.0, 3.0, 3.0, 2.0, 1.0]);
/// ```
pub fn extend_line(line: &[f64], before: usize, mode: Mode, cval: f64, buf: &mut [f64]) {
    let n = line.len();
    buf[before..before + n].copy_from_slice(line);
    let total = buf.len();
    for (k, slot) in buf[..before].iter_mut().enumerate() {
        let i = k.cast_signed() - before.cast_signed();
        *slot = filter_index(i, n, mode).map_or(cval, |j| line[j]);
    }
    for k in before + n..total {
        let i = (k - before).cast_signed();
        buf[k] = filter_index(i, n, mode).map_or(cval, |j| line[j]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_mode_extends_as_scipy_documents() {
        let line = [1.0, 2.0, 3.0, 4.0];
        let ext = |mode| {
            let mut buf = [0.0; 10];
            extend_line(&line, 3, mode, 9.0, &mut buf);
            buf
        };
        assert_eq!(
            ext(Mode::Reflect),
            [3.0, 2.0, 1.0, 1.0, 2.0, 3.0, 4.0, 4.0, 3.0, 2.0]
        );
        assert_eq!(
            ext(Mode::Mirror),
            [4.0, 3.0, 2.0, 1.0, 2.0, 3.0, 4.0, 3.0, 2.0, 1.0]
        );
        assert_eq!(
            ext(Mode::Nearest),
            [1.0, 1.0, 1.0, 1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 4.0]
        );
        assert_eq!(
            ext(Mode::Wrap),
            [2.0, 3.0, 4.0, 1.0, 2.0, 3.0, 4.0, 1.0, 2.0, 3.0]
        );
        assert_eq!(
            ext(Mode::Constant),
            [9.0, 9.0, 9.0, 1.0, 2.0, 3.0, 4.0, 9.0, 9.0, 9.0]
        );
        assert_eq!(ext(Mode::GridWrap), ext(Mode::Wrap));
    }

    #[test]
    fn extensions_longer_than_the_line_keep_reflecting() {
        let mut buf = [0.0; 7];
        extend_line(&[1.0, 2.0], 3, Mode::Reflect, 0.0, &mut buf);
        assert_eq!(buf, [2.0, 2.0, 1.0, 1.0, 2.0, 2.0, 1.0]);
        extend_line(&[5.0], 3, Mode::Mirror, 0.0, &mut buf);
        assert_eq!(buf, [5.0; 7]);
    }

    #[test]
    fn unknown_mode_names_are_errors() {
        assert!("reflective".parse::<Mode>().is_err());
    }
}
