//! `next_fast_len` and `prev_fast_len`: lengths whose FFTs are fastest.

use sci_core::{Error, Result};

/// The largest target SciPy (pocketfft) accepts: `usize::MAX / 22`.
const MAX_TARGET: usize = usize::MAX / 22;

/// The smallest (`up`) or largest (`!up`) product of powers of `primes` at or above (below)
/// `target`. `target >= 1`.
fn smooth_bound(target: usize, primes: &[u128], up: bool) -> usize {
    let target = target as u128;
    let mut best: u128 = if up { u128::MAX } else { 1 };
    // Every product of the odd primes, each completed by the best power of two.
    fn walk(product: u128, primes: &[u128], target: u128, up: bool, best: &mut u128) {
        if up {
            let mut p = product;
            while p < target {
                p *= 2;
            }
            *best = (*best).min(p);
        } else if product <= target {
            let mut p = product;
            while p * 2 <= target {
                p *= 2;
            }
            *best = (*best).max(p);
        }
        if let Some((&q, rest)) = primes.split_first() {
            let mut p = product;
            // Powers of q beyond the target cannot help, except the first one going up.
            while p <= target * 2 {
                walk(p, rest, target, up, best);
                p *= q;
                if !up && p > target {
                    break;
                }
            }
        }
    }
    walk(1, primes, target, up, &mut best);
    usize::try_from(best).unwrap_or(usize::MAX)
}

fn check_target(target: usize) -> Result<()> {
    if target > MAX_TARGET {
        return Err(Error::invalid_argument(
            "target",
            target,
            "too large to perform an FFT",
        ));
    }
    Ok(())
}

/// The odd primes of the fast lengths.
fn primes(real: bool) -> &'static [u128] {
    if real { &[3, 5] } else { &[3, 5, 7, 11] }
}

/// The smallest fast FFT length at or above `target` (SciPy's `scipy.fft.next_fast_len`):
/// a product of 2, 3, 5, 7 and 11, or of 2, 3 and 5 when `real` (SciPy's `real=True`, for
/// [`rfft`](crate::rfft)). `next_fast_len(0, _)` is 0, as in SciPy.
///
/// Zero-padding to a fast length is the standard way to speed up convolutions; rustfft is
/// fast on these lengths too. Time O(log^4 target).
///
/// # Errors
///
/// [`Error::InvalidArgument`] when `target` exceeds `usize::MAX / 22` (SciPy's limit).
///
/// # Examples
///
/// ```
/// use sci_fft::next_fast_len;
///
/// assert_eq!(next_fast_len(13, false)?, 14);
/// assert_eq!(next_fast_len(13, true)?, 15);
/// assert_eq!(next_fast_len(1021, false)?, 1024);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.next_fast_len.html>
pub fn next_fast_len(target: usize, real: bool) -> Result<usize> {
    check_target(target)?;
    if target <= 1 {
        return Ok(target);
    }
    Ok(smooth_bound(target, primes(real), true))
}

/// The largest fast FFT length at or below `target` (SciPy's `scipy.fft.prev_fast_len`), for
/// truncating instead of padding. `prev_fast_len(0, _)` is 0, as in SciPy.
///
/// # Errors
///
/// As [`next_fast_len`].
///
/// # Examples
///
/// ```
/// use sci_fft::prev_fast_len;
///
/// assert_eq!(prev_fast_len(13, false)?, 12);
/// assert_eq!(prev_fast_len(1021, true)?, 1000);
/// # Ok::<(), sci_core::Error>(())
/// ```
///
/// # References
///
/// <https://docs.scipy.org/doc/scipy/reference/generated/scipy.fft.prev_fast_len.html>
pub fn prev_fast_len(target: usize, real: bool) -> Result<usize> {
    check_target(target)?;
    if target <= 1 {
        return Ok(target);
    }
    Ok(smooth_bound(target, primes(real), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_smooth(mut n: usize, primes: &[usize]) -> bool {
        for &p in primes {
            while n.is_multiple_of(p) {
                n /= p;
            }
        }
        n == 1
    }

    #[test]
    fn matches_a_linear_search() {
        for real in [false, true] {
            let ps: &[usize] = if real { &[2, 3, 5] } else { &[2, 3, 5, 7, 11] };
            for t in 1..3000 {
                let next = (t..).find(|&n| is_smooth(n, ps)).unwrap();
                let prev = (1..=t).rev().find(|&n| is_smooth(n, ps)).unwrap();
                assert_eq!(next_fast_len(t, real).unwrap(), next, "next {t} {real}");
                assert_eq!(prev_fast_len(t, real).unwrap(), prev, "prev {t} {real}");
            }
        }
        assert!(next_fast_len(usize::MAX / 2, false).is_err());
        assert_eq!(next_fast_len(0, true).unwrap(), 0);
    }
}
