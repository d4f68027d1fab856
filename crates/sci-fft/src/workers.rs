//! `workers`: how many threads transform the independent 1-D lines of a call.
//!
//! SciPy's meaning: a positive number of threads; negative values count back from the number
//! of CPUs (`-1`: all of them); zero is an error. `None` (the default) uses rayon's global
//! pool, which respects `RAYON_NUM_THREADS`. Without the `parallel` feature everything runs on
//! the calling thread. Lines are independent and each is computed the same way on any thread,
//! so results are identical for every `workers` value.

use sci_core::{Error, Result};

/// The validated `workers` choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Workers {
    /// rayon's global pool.
    Default,
    /// This many threads (1: the calling thread only).
    Threads(usize),
}

/// The number of CPUs the process may use.
pub(crate) fn cpu_count() -> usize {
    std::thread::available_parallelism().map_or(1, std::num::NonZero::get)
}

/// Validates SciPy's `workers` argument.
pub(crate) fn resolve(workers: Option<isize>) -> Result<Workers> {
    let Some(w) = workers else {
        return Ok(Workers::Default);
    };
    let cpus = cpu_count();
    if w == 0 {
        return Err(Error::invalid_argument("workers", w, "must not be zero"));
    }
    if w > 0 {
        return Ok(Workers::Threads(w.unsigned_abs()));
    }
    let back = w.unsigned_abs();
    if back > cpus {
        return Err(Error::invalid_argument(
            "workers",
            w,
            format!("must not be less than -{cpus} (the number of CPUs)"),
        ));
    }
    Ok(Workers::Threads(cpus + 1 - back))
}

/// Runs `f` with the threads `workers` asks for; `f` is told whether it may run in parallel.
pub(crate) fn run<R: Send>(workers: Workers, f: impl FnOnce(bool) -> R + Send) -> R {
    #[cfg(feature = "parallel")]
    {
        match workers {
            Workers::Default => f(rayon::current_num_threads() > 1),
            Workers::Threads(1) => f(false),
            Workers::Threads(k) => match pool(k) {
                Some(pool) => pool.install(|| f(true)),
                None => f(false),
            },
        }
    }
    #[cfg(not(feature = "parallel"))]
    {
        let _ = workers;
        f(false)
    }
}

/// A pool of `k` threads, made once per `k` and kept for the process.
#[cfg(feature = "parallel")]
fn pool(k: usize) -> Option<std::sync::Arc<rayon::ThreadPool>> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    let mut pools = POOLS
        .get_or_init(|| Mutex::new(HashMap::new()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(p) = pools.get(&k) {
        return Some(Arc::clone(p));
    }
    // If the OS refuses threads, the work runs on the calling thread instead.
    let p = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(k)
            .build()
            .ok()?,
    );
    pools.insert(k, Arc::clone(&p));
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scipy_meaning_of_workers() {
        let cpus = cpu_count();
        assert_eq!(resolve(None).unwrap(), Workers::Default);
        assert_eq!(resolve(Some(3)).unwrap(), Workers::Threads(3));
        assert_eq!(resolve(Some(-1)).unwrap(), Workers::Threads(cpus));
        assert!(resolve(Some(0)).is_err());
        let too_few = -isize::try_from(cpus).unwrap() - 1;
        assert!(resolve(Some(too_few)).is_err());
        assert_eq!(run(Workers::Threads(2), |_| 7), 7);
    }
}
