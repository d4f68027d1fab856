//! Order statistics of `u8` and `u16` windows by a sliding histogram (Huang): along each
//! row the window moves one step at a time, the elements leaving and entering it update a
//! histogram, and the rank's value is found by moving a pointer from the previous result
//! (for `u8`), or through a two-level (coarse/fine) histogram (for `u16`). The cost per
//! output is the number of elements entering and leaving plus the pointer's moves,
//! independent of the window's area for a box.
//!
//! References: T. S. Huang, G. J. Yang, G. Y. Tang, "A fast two-dimensional median
//! filtering algorithm", IEEE Trans. ASSP 27 (1979); S. Perreault, P. Hébert, "Median
//! filtering in constant time", IEEE Trans. Image Processing 16 (2007) (the coarse/fine
//! two-level histogram).

use super::window::{Padded, Window};
use crate::Element;

/// A 256-bin histogram with a pointer `m` and the count `lt` of the values below it.
struct Hist8 {
    hist: [u32; 256],
    m: usize,
    lt: usize,
}

impl Hist8 {
    #[inline(always)]
    fn add(&mut self, v: u8) {
        self.hist[v as usize] += 1;
        self.lt += usize::from((v as usize) < self.m);
    }

    #[inline(always)]
    fn remove(&mut self, v: u8) {
        self.hist[v as usize] -= 1;
        self.lt -= usize::from((v as usize) < self.m);
    }

    /// The value of rank `k` (0-based) among the values held (fewer than `k + 1` never).
    #[inline(always)]
    fn select(&mut self, k: usize) -> u8 {
        while self.lt > k {
            self.m -= 1;
            self.lt -= self.hist[self.m] as usize;
        }
        while self.lt + self.hist[self.m] as usize <= k {
            self.lt += self.hist[self.m] as usize;
            self.m += 1;
        }
        self.m as u8
    }
}

/// A histogram that slides along a row: values enter and leave it, and it answers the
/// value of rank `k` among those it holds.
trait SlidingHist<V> {
    fn add(&mut self, v: V);
    fn remove(&mut self, v: V);
    /// The value of rank `k` (0-based) among the values held (fewer than `k + 1` never).
    fn select(&mut self, k: usize) -> V;
    /// Forgets the pointer state once the histogram is empty again.
    fn reset_pointer(&mut self);
}

impl SlidingHist<u8> for Hist8 {
    #[inline(always)]
    fn add(&mut self, v: u8) {
        Hist8::add(self, v);
    }
    #[inline(always)]
    fn remove(&mut self, v: u8) {
        Hist8::remove(self, v);
    }
    #[inline(always)]
    fn select(&mut self, k: usize) -> u8 {
        Hist8::select(self, k)
    }
    #[inline(always)]
    fn reset_pointer(&mut self) {
        self.m = 0;
        self.lt = 0;
    }
}

/// The rank-`k` filter of a padded input, row by row in parallel, with one histogram per
/// worker made by `make` (monomorphised per histogram type: no dynamic calls in the loop).
fn sliding_rank<V, H>(
    p: &Padded<V>,
    w: &Window,
    k: usize,
    make: impl Fn() -> H + Sync + Send,
) -> Vec<V>
where
    V: Element,
    H: SlidingHist<V>,
{
    let offsets = p.offsets(w);
    let (enter, leave) = p.enter_leave(w);
    let data = p.data.as_slice().unwrap_or(&[]);
    let n = p.row_len();
    let mut out = vec![V::default(); p.out_shape.iter().product()];
    p.for_each_row(&mut out, make, |h, base, row| {
        for &off in &offsets {
            h.add(data[base + off]);
        }
        row[0] = h.select(k);
        for x in 1..n {
            let (old, new) = (base + x - 1, base + x);
            for &off in &leave {
                h.remove(data[old + off]);
            }
            for &off in &enter {
                h.add(data[new + off]);
            }
            row[x] = h.select(k);
        }
        // Empty the histogram for the next row (cheaper than clearing every bin).
        for &off in &offsets {
            h.remove(data[base + n - 1 + off]);
        }
        h.reset_pointer();
    });
    out
}

/// The rank-`k` filter of a padded `u8` input, row by row in parallel.
pub(crate) fn rank_u8(p: &Padded<u8>, w: &Window, k: usize) -> Vec<u8> {
    sliding_rank(p, w, k, || Hist8 {
        hist: [0; 256],
        m: 0,
        lt: 0,
    })
}

/// A 65536-bin histogram with a 256-bin coarse level (counts per high byte), a coarse
/// pointer `mc` and the count `lt` of the values whose high byte is below it.
struct Hist16 {
    fine: Vec<u32>,
    coarse: [u32; 256],
    mc: usize,
    lt: usize,
}

impl Hist16 {
    #[inline(always)]
    fn add(&mut self, v: u16) {
        self.fine[v as usize] += 1;
        let c = (v >> 8) as usize;
        self.coarse[c] += 1;
        self.lt += usize::from(c < self.mc);
    }

    #[inline(always)]
    fn remove(&mut self, v: u16) {
        self.fine[v as usize] -= 1;
        let c = (v >> 8) as usize;
        self.coarse[c] -= 1;
        self.lt -= usize::from(c < self.mc);
    }

    #[inline(always)]
    fn select(&mut self, k: usize) -> u16 {
        while self.lt > k {
            self.mc -= 1;
            self.lt -= self.coarse[self.mc] as usize;
        }
        while self.lt + self.coarse[self.mc] as usize <= k {
            self.lt += self.coarse[self.mc] as usize;
            self.mc += 1;
        }
        let mut acc = self.lt;
        let start = self.mc << 8;
        for (i, &c) in self.fine[start..start + 256].iter().enumerate() {
            acc += c as usize;
            if acc > k {
                return (start + i) as u16;
            }
        }
        // The coarse bin holds the rank, so the scan above always returns.
        (start + 255) as u16
    }
}

impl SlidingHist<u16> for Hist16 {
    #[inline(always)]
    fn add(&mut self, v: u16) {
        Hist16::add(self, v);
    }
    #[inline(always)]
    fn remove(&mut self, v: u16) {
        Hist16::remove(self, v);
    }
    #[inline(always)]
    fn select(&mut self, k: usize) -> u16 {
        Hist16::select(self, k)
    }
    #[inline(always)]
    fn reset_pointer(&mut self) {
        self.mc = 0;
        self.lt = 0;
    }
}

/// The rank-`k` filter of a padded `u16` input, row by row in parallel.
pub(crate) fn rank_u16(p: &Padded<u16>, w: &Window, k: usize) -> Vec<u16> {
    sliding_rank(p, w, k, || Hist16 {
        fine: vec![0; 1 << 16],
        coarse: [0; 256],
        mc: 0,
        lt: 0,
    })
}
