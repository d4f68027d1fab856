//! The process-wide plan cache: one per precision, shared by all threads.
//!
//! A plan (rustfft's `Arc<dyn Fft>`, realfft's and rustdct's equivalents) holds the twiddle
//! factors and the algorithm chosen for one length; making it costs about as much as a few
//! transforms of that length. Every transform asks the cache for its plan, keyed by
//! (length, kind) where the kind includes the direction, so calling [`fft`](crate::fft) in a
//! loop plans once. The cache sits behind a mutex held only for the lookup; plans are `Arc`s
//! used outside the lock by any number of threads at once.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};

use realfft::{ComplexToReal, RealFftPlanner, RealToComplex};
use rustdct::{Dct1, DctPlanner, Dst1, TransformType2And3, TransformType4};
use rustfft::{Fft, FftDirection, FftPlanner};

use crate::element::FftFloat;

/// The planners and the plans made so far, for one precision.
struct Planners<T: FftFloat> {
    fft: FftPlanner<T>,
    real: RealFftPlanner<T>,
    dct: DctPlanner<T>,
    c2c: HashMap<(usize, bool), Arc<dyn Fft<T>>>,
    r2c: HashMap<usize, Arc<dyn RealToComplex<T>>>,
    c2r: HashMap<usize, Arc<dyn ComplexToReal<T>>>,
    dct1: HashMap<usize, Arc<dyn Dct1<T>>>,
    dst1: HashMap<usize, Arc<dyn Dst1<T>>>,
    type23: HashMap<usize, Arc<dyn TransformType2And3<T>>>,
    type4: HashMap<usize, Arc<dyn TransformType4<T>>>,
}

/// The plan cache of one precision (see the module docs).
pub struct PlanCache<T: FftFloat> {
    planners: Mutex<Planners<T>>,
}

/// Looks `key` up in `map`, making the plan with `make` on a miss.
fn get_or_make<K: Hash + Eq, P: ?Sized>(
    map: &mut HashMap<K, Arc<P>>,
    key: K,
    make: impl FnOnce() -> Arc<P>,
) -> Arc<P> {
    Arc::clone(map.entry(key).or_insert_with(make))
}

impl<T: FftFloat> PlanCache<T> {
    /// An empty cache.
    pub(crate) fn new() -> Self {
        PlanCache {
            planners: Mutex::new(Planners {
                fft: FftPlanner::new(),
                real: RealFftPlanner::new(),
                dct: DctPlanner::new(),
                c2c: HashMap::new(),
                r2c: HashMap::new(),
                c2r: HashMap::new(),
                dct1: HashMap::new(),
                dst1: HashMap::new(),
                type23: HashMap::new(),
                type4: HashMap::new(),
            }),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Planners<T>> {
        // A panic while planning cannot leave the maps inconsistent: entries are inserted
        // whole. So a poisoned lock is still usable.
        self.planners
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The complex FFT of length `len`, forward (`e^{-2 pi i jk/n}`) or inverse.
    pub(crate) fn c2c(&self, len: usize, forward: bool) -> Arc<dyn Fft<T>> {
        let mut p = self.lock();
        let Planners { fft, c2c, .. } = &mut *p;
        get_or_make(c2c, (len, forward), || {
            let direction = if forward {
                FftDirection::Forward
            } else {
                FftDirection::Inverse
            };
            fft.plan_fft(len, direction)
        })
    }

    /// The real-to-complex FFT of real length `len`.
    pub(crate) fn r2c(&self, len: usize) -> Arc<dyn RealToComplex<T>> {
        let mut p = self.lock();
        let Planners { real, r2c, .. } = &mut *p;
        get_or_make(r2c, len, || real.plan_fft_forward(len))
    }

    /// The complex-to-real inverse FFT of real length `len`.
    pub(crate) fn c2r(&self, len: usize) -> Arc<dyn ComplexToReal<T>> {
        let mut p = self.lock();
        let Planners { real, c2r, .. } = &mut *p;
        get_or_make(c2r, len, || real.plan_fft_inverse(len))
    }

    /// The DCT-I of length `len` (at least 2).
    pub(crate) fn dct1(&self, len: usize) -> Arc<dyn Dct1<T>> {
        let mut p = self.lock();
        let Planners { dct, dct1, .. } = &mut *p;
        get_or_make(dct1, len, || dct.plan_dct1(len))
    }

    /// The DST-I of length `len`.
    pub(crate) fn dst1(&self, len: usize) -> Arc<dyn Dst1<T>> {
        let mut p = self.lock();
        let Planners { dct, dst1, .. } = &mut *p;
        get_or_make(dst1, len, || dct.plan_dst1(len))
    }

    /// The DCT/DST of types II and III of length `len`.
    pub(crate) fn type23(&self, len: usize) -> Arc<dyn TransformType2And3<T>> {
        let mut p = self.lock();
        let Planners { dct, type23, .. } = &mut *p;
        get_or_make(type23, len, || dct.plan_dct2(len))
    }

    /// The DCT/DST of type IV of length `len`.
    pub(crate) fn type4(&self, len: usize) -> Arc<dyn TransformType4<T>> {
        let mut p = self.lock();
        let Planners { dct, type4, .. } = &mut *p;
        get_or_make(type4, len, || dct.plan_dct4(len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plans_are_reused_across_calls_and_threads() {
        let cache = PlanCache::<f64>::new();
        let a = cache.c2c(360, true);
        let b = cache.c2c(360, true);
        assert!(Arc::ptr_eq(&a, &b));
        let inverse = cache.c2c(360, false);
        assert!(!Arc::ptr_eq(&a, &inverse));
        let from_thread = std::thread::scope(|s| s.spawn(|| cache.c2c(360, true)).join());
        assert!(Arc::ptr_eq(&a, &from_thread.expect("thread")));
        assert!(Arc::ptr_eq(&cache.r2c(64), &cache.r2c(64)));
        assert!(Arc::ptr_eq(&cache.type23(64), &cache.type23(64)));
    }
}
