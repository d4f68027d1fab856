//! Large output buffers backed by transparent huge pages where the kernel offers them only
//! on request (Linux's `madvise` mode), as numpy asks for its large arrays. A 64 MB image
//! then costs 32 page faults instead of 16 384, which is a large share of a fast filter's
//! time.

/// Buffers at least this large (bytes) are advised; below it huge pages cannot help.
const HUGE_PAGE: usize = 2 << 20;

/// A vector of `len` copies of `value`, its memory advised for huge pages before it is
/// first written.
///
/// Time O(len); the advice is a hint and changes no result.
///
/// # Examples
///
/// ```
/// let v = sci_core::alloc::filled_vec(0.0f64, 1 << 20);
/// assert_eq!(v.len(), 1 << 20);
/// assert!(v.iter().all(|x| *x == 0.0));
/// ```
pub fn filled_vec<T: Clone>(value: T, len: usize) -> Vec<T> {
    let mut v = Vec::with_capacity(len);
    advise_huge_pages(v.spare_capacity_mut());
    v.resize(len, value);
    v
}

/// Asks the kernel to back `buf`'s whole pages with huge pages (a no-op off Linux and for
/// small buffers).
#[cfg(target_os = "linux")]
#[allow(
    unsafe_code,
    reason = "madvise on memory this process owns is only a hint"
)]
fn advise_huge_pages<T>(buf: &mut [T]) {
    let bytes = size_of_val(buf);
    if bytes < HUGE_PAGE {
        return;
    }
    let start = buf.as_mut_ptr() as usize;
    let page = 4096;
    let first = start.next_multiple_of(page);
    let end = (start + bytes) / page * page;
    if end <= first {
        return;
    }
    // SAFETY: [first, end) is a page-aligned range inside `buf`'s allocation, which this
    // function borrows mutably, so no other code uses it meanwhile. MADV_HUGEPAGE only
    // changes how the kernel backs the pages, never their contents, and its failure (e.g.
    // no huge-page support) is harmless, so the result is ignored.
    unsafe {
        libc::madvise(first as *mut libc::c_void, end - first, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge_pages<T>(_buf: &mut [T]) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_and_large_vectors_hold_their_values() {
        assert_eq!(filled_vec(7u8, 3), vec![7, 7, 7]);
        let big = filled_vec(-1i32, 3 << 20);
        assert_eq!((big.len(), big[0], big[(3 << 20) - 1]), (3 << 20, -1, -1));
        assert!(filled_vec(0.5f32, 0).is_empty());
    }
}
