//! A table of binomial coefficients `C(a, b)`, built with Pascal's rule: exact in `u128`
//! where they fit (rows below 132), and in `f64`, correctly rounded from the exact value
//! where there is one, else the sum of the two rounded parents. Shared by the Pascal and
//! inverse Hilbert matrices.

use sci_core::{Error, Result};

use super::check_size;

/// Rows `a < EXACT_ROWS` are kept exactly: every `C(a, b)` with `a <= 131` fits in a `u128`.
const EXACT_ROWS: usize = 132;

/// The binomial coefficients `C(a, b)` for `a < rows`; O(rows²) time, `4 rows²` bytes (plus a
/// fixed 140 kB for the exact rows).
pub(crate) struct BinomialTable {
    exact: Vec<Option<u128>>,
    float: Vec<f64>,
}

impl BinomialTable {
    /// The table of rows `0 .. rows`, or an `InvalidArgument` error naming `what` when it
    /// cannot be allocated.
    pub(crate) fn new(rows: usize, what: &str) -> Result<BinomialTable> {
        let len = rows
            .checked_add(1)
            .and_then(|r| rows.checked_mul(r))
            .map(|x| x / 2)
            .filter(|&len| check_size::<f64>(len, 1, what).is_ok())
            .ok_or_else(|| {
                Error::invalid_argument(what, rows, "the binomial table is too large to allocate")
            })?;
        let exact_rows = rows.min(EXACT_ROWS);
        let mut exact = Vec::with_capacity(exact_rows * (exact_rows + 1) / 2);
        let mut float = Vec::with_capacity(len);
        for a in 0..rows {
            for b in 0..=a {
                if b == 0 || b == a {
                    float.push(1.0);
                    if a < EXACT_ROWS {
                        exact.push(Some(1));
                    }
                    continue;
                }
                let (l, r) = (index(a - 1, b - 1), index(a - 1, b));
                let sum = if a < EXACT_ROWS {
                    let e = exact[l]
                        .zip(exact[r])
                        .and_then(|(x, y)| u128::checked_add(x, y));
                    exact.push(e);
                    e.map(to_f64)
                } else {
                    None
                };
                float.push(sum.unwrap_or(float[l] + float[r]));
            }
        }
        Ok(BinomialTable { exact, float })
    }

    /// `C(a, b)` exactly, or `None` when it does not fit in a `u128` or `a >= 132` (zero for
    /// `b > a`).
    pub(crate) fn exact(&self, a: usize, b: usize) -> Option<u128> {
        if b > a {
            Some(0)
        } else {
            self.exact.get(index(a, b)).copied().flatten()
        }
    }

    /// `C(a, b)` as an `f64` (zero for `b > a`).
    pub(crate) fn float(&self, a: usize, b: usize) -> f64 {
        if b > a { 0.0 } else { self.float[index(a, b)] }
    }
}

/// The position of `C(a, b)` in the row-major triangle.
fn index(a: usize, b: usize) -> usize {
    a * (a + 1) / 2 + b
}

/// `x` rounded to the nearest `f64`.
#[allow(
    clippy::cast_precision_loss,
    reason = "rounding to the nearest f64 is the point"
)]
pub(crate) fn to_f64(x: u128) -> f64 {
    x as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_rows_hold_every_coefficient_and_float_rows_continue() {
        let t = BinomialTable::new(140, "n").unwrap();
        assert!(t.exact(131, 65).is_some());
        assert_eq!(t.exact(132, 1), None);
        assert_eq!(t.exact(10, 3), Some(120));
        assert_eq!(t.float(10, 3), 120.0);
        assert_eq!(t.float(135, 1), 135.0);
        assert_eq!(t.exact(3, 5), Some(0));
        let rel = (t.float(139, 69) / 4.691_048_484_892_002e40 - 1.0).abs();
        assert!(rel < 1e-14, "{rel}");
    }
}
