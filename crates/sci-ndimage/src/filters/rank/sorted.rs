//! Order statistics of windows of any element type by a sorted buffer: along each row the
//! elements leaving the window are removed by binary search and those entering inserted in
//! order, so the rank's value is read at its index. Per output: O(e log k + e k) for e
//! elements entering and leaving a window of k (the shifts are short memmoves).
//!
//! NaN is ordered after every number (a total order), so a NaN counts as the largest value.

use std::cmp::Ordering;

use super::window::{Padded, Window};
use crate::Element;

/// A total order: the type's order, with NaN after everything and equal to NaN.
#[inline(always)]
fn total<T: PartialOrd>(a: &T, b: &T) -> Ordering {
    match a.partial_cmp(b) {
        Some(o) => o,
        #[allow(clippy::eq_op)] // reason: `x != x` is the generic NaN test
        None => (a != a).cmp(&(b != b)),
    }
}

#[inline(always)]
fn remove<T: PartialOrd>(buf: &mut Vec<T>, v: &T) {
    if let Ok(i) = buf.binary_search_by(|p| total(p, v)) {
        buf.remove(i);
    }
}

#[inline(always)]
fn insert<T: PartialOrd>(buf: &mut Vec<T>, v: T) {
    let i = buf.partition_point(|p| total(p, &v) == Ordering::Less);
    buf.insert(i, v);
}

/// The rank-`k` filter of a padded input, row by row in parallel.
pub(crate) fn rank_sorted<T: Element>(p: &Padded<T>, w: &Window, k: usize) -> Vec<T> {
    let offsets = p.offsets(w);
    let (enter, leave) = p.enter_leave(w);
    let data = p.data.as_slice().unwrap_or(&[]);
    let n = p.row_len();
    let mut out = vec![T::default(); p.out_shape.iter().product()];
    p.for_each_row(
        &mut out,
        || Vec::with_capacity(offsets.len()),
        |buf: &mut Vec<T>, base, row| {
            buf.clear();
            buf.extend(offsets.iter().map(|&off| data[base + off]));
            buf.sort_by(total);
            row[0] = buf[k];
            for x in 1..n {
                let (old, new) = (base + x - 1, base + x);
                for &off in &leave {
                    remove(buf, &data[old + off]);
                }
                for &off in &enter {
                    insert(buf, data[new + off]);
                }
                row[x] = buf[k];
            }
        },
    );
    out
}
