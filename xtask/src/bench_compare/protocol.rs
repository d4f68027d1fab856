//! The twin protocol, shared by the SciPy harness (in Python) and the sys references measured
//! here: one warm-up call, then `clamp(ceil(1.5 s / warm-up), 5, 400)` timed calls; the median,
//! min and max of the timed calls and their number are reported.

use std::time::Instant;

use serde::{Deserialize, Serialize};

/// Target total time of the timed calls of one measurement, in seconds.
pub const TARGET_SECONDS: f64 = 1.5;
/// Fewest timed calls of one measurement.
pub const MIN_REPEATS: usize = 5;
/// Most timed calls of one measurement.
pub const MAX_REPEATS: usize = 400;

/// The timings of one measurement, in seconds (the harness writes the same fields).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Median of the timed calls.
    pub median_s: f64,
    /// Fastest timed call.
    pub min_s: f64,
    /// Slowest timed call.
    pub max_s: f64,
    /// Number of timed calls.
    pub repeats: usize,
    /// The untimed warm-up call that chose `repeats`.
    pub warmup_s: f64,
}

#[cfg(test)]
impl Timing {
    /// A measurement whose every call took `median_s` (canned data for tests).
    pub fn constant(median_s: f64) -> Timing {
        Timing {
            median_s,
            min_s: median_s,
            max_s: median_s,
            repeats: 5,
            warmup_s: median_s,
        }
    }
}

/// The number of timed calls after a warm-up call of `warmup_s` seconds.
pub fn repeats_for(warmup_s: f64) -> usize {
    if warmup_s <= 0.0 || !warmup_s.is_finite() {
        return MAX_REPEATS;
    }
    let wanted = (TARGET_SECONDS / warmup_s).ceil();
    if wanted >= MAX_REPEATS as f64 {
        MAX_REPEATS
    } else {
        // `wanted` is a positive integer below MAX_REPEATS here: the cast is exact.
        (wanted as usize).max(MIN_REPEATS)
    }
}

/// Runs the protocol on `call` and returns its timings.
pub fn measure(mut call: impl FnMut()) -> Timing {
    let start = Instant::now();
    call();
    let warmup_s = start.elapsed().as_secs_f64();
    let repeats = repeats_for(warmup_s);
    let mut times = Vec::with_capacity(repeats);
    for _ in 0..repeats {
        let start = Instant::now();
        call();
        times.push(start.elapsed().as_secs_f64());
    }
    summarize(&mut times, warmup_s)
}

/// The timings of the timed calls `times` (sorted in place).
fn summarize(times: &mut [f64], warmup_s: f64) -> Timing {
    times.sort_by(f64::total_cmp);
    Timing {
        median_s: median_of_sorted(times),
        min_s: times.first().copied().unwrap_or(f64::NAN),
        max_s: times.last().copied().unwrap_or(f64::NAN),
        repeats: times.len(),
        warmup_s,
    }
}

/// The median of sorted values (the mean of the two middle ones for an even count), as
/// Python's `statistics.median`; NaN when empty.
fn median_of_sorted(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    match n {
        0 => f64::NAN,
        _ if n % 2 == 1 => sorted[n / 2],
        _ => 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_follow_the_clamped_rule() {
        assert_eq!(repeats_for(1.0), 5);
        assert_eq!(repeats_for(0.1), 15);
        assert_eq!(repeats_for(0.14), 11);
        assert_eq!(repeats_for(1e-6), 400);
        assert_eq!(repeats_for(0.0), 400);
        assert_eq!(repeats_for(30.0), 5);
    }

    #[test]
    fn summary_takes_the_median_min_and_max() {
        let timing = summarize(&mut [3.0, 1.0, 2.0, 10.0], 0.5);
        assert_eq!(timing.repeats, 4);
        assert!((timing.median_s - 2.5).abs() < 1e-12);
        assert!((timing.min_s - 1.0).abs() < 1e-12);
        assert!((timing.max_s - 10.0).abs() < 1e-12);
        assert!((summarize(&mut [3.0, 1.0, 2.0], 0.5).median_s - 2.0).abs() < 1e-12);
    }
}
