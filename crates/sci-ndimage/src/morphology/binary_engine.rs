//! The engine of binary morphology: images packed 64 pixels to a machine word along the
//! last axis, one pass of an erosion or dilation computed a word at a time with shifts and
//! ANDs/ORs over the structure's offsets (parallel over rows), and, once few pixels change
//! from one iteration to the next, iterations that only revisit the neighbours of the
//! pixels that changed last (the idea of SciPy's `brute_force=False`).
//!
//! A row of the packed image holds `pad` words, the row's `words` words, and `pad` words
//! again; the padding and the bits past the row's end hold the border value during a pass,
//! so shifted reads near the row's ends need no tests.

// Lengths, indices and offsets of arrays fit in `isize` (allocations are capped at
// `isize::MAX` bytes), so their casts to signed types cannot wrap.
#![allow(clippy::cast_possible_wrap)]

use std::collections::HashSet;
use std::hash::{Hash, Hasher};

use ndarray::{ArrayD, ArrayViewD, IxDyn};
use sci_core::{Error, Result};

use super::structure::Offsets;
use crate::Element;

/// How a pass combines the neighbours: AND (erosion) or OR (dilation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Op {
    /// Erosion: the result is true when every neighbour is true.
    And,
    /// Dilation: the result is true when some neighbour is true.
    Or,
}

/// A bit-packed image of rank ≥ 1 (a 0-d image is stored as one pixel of rank 1).
#[derive(Debug, Clone)]
pub(crate) struct BitImage {
    /// The shape (rank ≥ 1).
    shape: Vec<usize>,
    /// Pixels per row (the last axis).
    n: usize,
    /// Number of rows (the product of the other axes).
    rows: usize,
    /// Padding words on each side of a row.
    pad: usize,
    /// Data words per row.
    words: usize,
    /// Words per row, padding included.
    stride: usize,
    data: Vec<u64>,
}

/// The engine's shape of an array: its own, or `[1]` for a 0-d array.
fn engine_shape(shape: &[usize]) -> Vec<usize> {
    if shape.is_empty() {
        vec![1]
    } else {
        shape.to_vec()
    }
}

/// Packs one row of pixels (non-zero = true) into words.
fn pack_row<T: Element>(src: &[T], out: &mut [u64]) {
    let zero = T::default();
    for (w, chunk) in out.iter_mut().zip(src.chunks(64)) {
        let mut x = 0u64;
        for (i, v) in chunk.iter().enumerate() {
            x |= u64::from(*v != zero) << i;
        }
        *w = x;
    }
}

impl BitImage {
    /// An all-false image of `shape` with `pad` padding words per side.
    pub fn zeros(shape: &[usize], pad: usize) -> BitImage {
        let shape = engine_shape(shape);
        let n = *shape.last().unwrap_or(&1);
        let rows = shape[..shape.len() - 1].iter().product();
        let words = n.div_ceil(64);
        let stride = words + 2 * pad;
        BitImage {
            shape,
            n,
            rows,
            pad,
            words,
            stride,
            data: vec![0; rows * stride],
        }
    }

    /// Packs `a` (non-zero = true); `a` must not be empty.
    pub fn from_array<T: Element>(a: &ArrayViewD<'_, T>, pad: usize) -> BitImage {
        let mut img = BitImage::zeros(a.shape(), pad);
        let (n, stride, words) = (img.n, img.stride, img.words);
        if let Some(flat) = a.as_slice() {
            let work = |(dst, src): (&mut [u64], &[T])| pack_row(src, &mut dst[pad..pad + words]);
            #[cfg(feature = "parallel")]
            {
                use rayon::prelude::*;
                img.data
                    .par_chunks_mut(stride)
                    .zip(flat.par_chunks(n))
                    .with_min_len(16)
                    .for_each(work);
            }
            #[cfg(not(feature = "parallel"))]
            img.data
                .chunks_mut(stride)
                .zip(flat.chunks(n))
                .for_each(work);
        } else {
            // Any other layout: visit the pixels in logical (C) order.
            let zero = T::default();
            for (i, v) in a.iter().enumerate() {
                if *v != zero {
                    let (r, c) = (i / n, i % n);
                    img.data[r * stride + pad + c / 64] |= 1 << (c % 64);
                }
            }
        }
        img
    }

    /// The image as a boolean array of `shape` (the original shape, possibly 0-d).
    pub fn to_array(&self, shape: &[usize]) -> ArrayD<bool> {
        let mut out = vec![false; self.rows * self.n];
        let (n, pad, stride) = (self.n, self.pad, self.stride);
        let work = |(dst, src): (&mut [bool], &[u64])| {
            for (chunk, &x) in dst.chunks_mut(64).zip(&src[pad..]) {
                for (i, o) in chunk.iter_mut().enumerate() {
                    *o = (x >> i) & 1 != 0;
                }
            }
        };
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            out.par_chunks_mut(n)
                .zip(self.data.par_chunks(stride))
                .with_min_len(16)
                .for_each(work);
        }
        #[cfg(not(feature = "parallel"))]
        out.chunks_mut(n)
            .zip(self.data.chunks(stride))
            .for_each(work);
        ArrayD::from_shape_vec(IxDyn(shape), out).unwrap_or_else(|_| ArrayD::default(IxDyn(shape)))
    }

    /// Flips every pixel (padding included; it is reset before each pass).
    pub fn invert(&mut self) {
        for w in &mut self.data {
            *w = !*w;
        }
    }

    /// `self & !other`, pixel by pixel (same shape and padding).
    pub fn and_not(&mut self, other: &BitImage) {
        for (a, b) in self.data.iter_mut().zip(&other.data) {
            *a &= !*b;
        }
    }

    /// Mask of the valid bits of data word `w` of a row.
    fn valid(&self, w: usize) -> u64 {
        let rem = self.n - 64 * w;
        if rem >= 64 { !0 } else { (1u64 << rem) - 1 }
    }

    /// Sets the padding words and the bits past each row's end to `border`.
    fn set_border(&mut self, border: bool) {
        let fill = if border { !0u64 } else { 0 };
        let last = self.words - 1;
        let tail = !self.valid(last);
        let (pad, stride) = (self.pad, self.stride);
        for row in self.data.chunks_mut(stride) {
            row[..pad].fill(fill);
            row[pad + self.words..].fill(fill);
            let w = &mut row[pad + last];
            *w = (*w & !tail) | (fill & tail);
        }
    }

    #[inline]
    fn get(&self, row: usize, col: usize) -> bool {
        (self.data[row * self.stride + self.pad + col / 64] >> (col % 64)) & 1 != 0
    }

    #[inline]
    fn set(&mut self, row: usize, col: usize, value: bool) {
        let w = &mut self.data[row * self.stride + self.pad + col / 64];
        if value {
            *w |= 1 << (col % 64);
        } else {
            *w &= !(1 << (col % 64));
        }
    }

    /// A hash of the pixels (for cycle detection).
    fn state_hash(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for row in self.data.chunks(self.stride) {
            for w in 0..self.words {
                (row[self.pad + w] & self.valid(w)).hash(&mut h);
            }
        }
        h.finish()
    }

    /// The outer coordinates (all axes but the last) of row `r`.
    fn row_coords(&self, mut r: usize, coords: &mut [usize]) {
        let outer = &self.shape[..self.shape.len() - 1];
        for (c, &s) in coords.iter_mut().zip(outer).rev() {
            *c = r % s;
            r /= s;
        }
    }
}

/// Offsets that share their outer part (the same source row), with their shifts along the
/// last axis.
#[derive(Debug, Clone)]
struct Group {
    outer: Vec<isize>,
    row_delta: isize,
    shifts: Vec<isize>,
}

/// A pass: the operation, its border value and its offsets arranged for the packed rows.
#[derive(Debug, Clone)]
pub(crate) struct Kernel {
    op: Op,
    border: bool,
    groups: Vec<Group>,
    has_center: bool,
}

impl Kernel {
    /// The kernel of `offsets` on an image of `shape` (the original shape).
    pub fn new(offsets: &Offsets, shape: &[usize], op: Op, border: bool) -> Kernel {
        let shape = engine_shape(shape);
        let outer_shape = &shape[..shape.len() - 1];
        let mut row_strides = vec![1isize; outer_shape.len()];
        for k in (0..outer_shape.len().saturating_sub(1)).rev() {
            row_strides[k] = row_strides[k + 1] * outer_shape[k + 1] as isize;
        }
        let mut groups: Vec<Group> = Vec::new();
        for d in &offsets.list {
            let (outer, shift) = if d.is_empty() {
                (Vec::new(), 0)
            } else {
                (d[..d.len() - 1].to_vec(), d[d.len() - 1])
            };
            match groups.iter_mut().find(|g| g.outer == outer) {
                Some(g) => g.shifts.push(shift),
                None => {
                    let row_delta = outer.iter().zip(&row_strides).map(|(o, s)| o * s).sum();
                    groups.push(Group {
                        outer,
                        row_delta,
                        shifts: vec![shift],
                    });
                }
            }
        }
        Kernel {
            op,
            border,
            groups,
            has_center: offsets.has_center(),
        }
    }

    /// Padding words a row needs for this kernel's shifts.
    pub fn pad(&self) -> usize {
        let max = self
            .groups
            .iter()
            .flat_map(|g| g.shifts.iter())
            .map(|s| s.unsigned_abs())
            .max()
            .unwrap_or(0);
        max / 64 + 1
    }
}

/// Combines `acc` with the row `src` shifted by `shift` pixels (`out[j]` reads `src[j + shift]`).
#[inline]
fn combine(acc: &mut [u64], src: &[u64], pad: usize, shift: isize, op: Op) {
    let q0 = (pad as isize + shift.div_euclid(64)) as usize;
    let r = shift.rem_euclid(64) as u32;
    let words = acc.len();
    let s = &src[q0..q0 + words + 1];
    match (op, r) {
        (Op::And, 0) => acc.iter_mut().zip(s).for_each(|(a, &x)| *a &= x),
        (Op::Or, 0) => acc.iter_mut().zip(s).for_each(|(a, &x)| *a |= x),
        (Op::And, _) => acc
            .iter_mut()
            .zip(s.windows(2))
            .for_each(|(a, x)| *a &= (x[0] >> r) | (x[1] << (64 - r))),
        (Op::Or, _) => acc
            .iter_mut()
            .zip(s.windows(2))
            .for_each(|(a, x)| *a |= (x[0] >> r) | (x[1] << (64 - r))),
    }
}

/// One pass of `kernel` from `src` (borders set) into `dst`; returns how many pixels changed.
fn full_pass(src: &BitImage, dst: &mut BitImage, kernel: &Kernel, mask: Option<&BitImage>) -> u64 {
    let (stride, pad, words) = (src.stride, src.pad, src.words);
    let nouter = src.shape.len() - 1;
    let identity = if kernel.op == Op::And { !0u64 } else { 0 };
    let last_valid = src.valid(words - 1);
    let row_work = |scratch: &mut (Vec<u64>, Vec<usize>), r: usize, out: &mut [u64]| -> u64 {
        let (acc, coords) = scratch;
        src.row_coords(r, coords);
        acc.fill(identity);
        for g in &kernel.groups {
            let inside = g
                .outer
                .iter()
                .zip(coords.iter())
                .zip(&src.shape)
                .all(|((&o, &c), &s)| {
                    let p = c as isize + o;
                    p >= 0 && p < s as isize
                });
            if inside {
                let sr = (r as isize + g.row_delta) as usize;
                let row = &src.data[sr * stride..(sr + 1) * stride];
                for &sh in &g.shifts {
                    combine(acc, row, pad, sh, kernel.op);
                }
            } else if kernel.border != (kernel.op == Op::And) {
                // A whole row outside the image: it decides the result (AND with false,
                // OR with true); otherwise it changes nothing.
                acc.fill(!identity);
            }
        }
        let own = &src.data[r * stride + pad..r * stride + pad + words];
        let mut changed = 0u64;
        for w in 0..words {
            let mut v = acc[w];
            if let Some(m) = mask {
                let mw = m.data[r * stride + pad + w];
                v = (v & mw) | (own[w] & !mw);
            }
            let valid = if w + 1 == words { last_valid } else { !0 };
            changed += u64::from(((v ^ own[w]) & valid).count_ones());
            out[pad + w] = v;
        }
        changed
    };
    let init = || (vec![0u64; words], vec![0usize; nouter]);
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        dst.data
            .par_chunks_mut(stride)
            .enumerate()
            .with_min_len((2048 / words.max(1)).max(1))
            .map_init(init, |scratch, (r, out)| row_work(scratch, r, out))
            .sum()
    }
    #[cfg(not(feature = "parallel"))]
    {
        let mut scratch = init();
        dst.data
            .chunks_mut(stride)
            .enumerate()
            .map(|(r, out)| row_work(&mut scratch, r, out))
            .sum()
    }
}

/// The positions (`row * n + col`) where `a` and `b` differ.
fn differences(a: &BitImage, b: &BitImage) -> Vec<usize> {
    let mut out = Vec::new();
    for r in 0..a.rows {
        for w in 0..a.words {
            let i = r * a.stride + a.pad + w;
            let mut x = (a.data[i] ^ b.data[i]) & a.valid(w);
            while x != 0 {
                let bit = x.trailing_zeros() as usize;
                out.push(r * a.n + 64 * w + bit);
                x &= x - 1;
            }
        }
    }
    out
}

/// Iterations that only revisit the neighbours of the pixels changed by the previous one:
/// with the zero offset in the kernel a pixel only ever changes one way (true to false for
/// an erosion), and it changes at iteration `t + 1` exactly when one of the pixels it reads
/// changed at iteration `t`. `left` is the number of iterations still to do (`None`: until
/// nothing changes).
fn changed_pixel_iterations(
    img: &mut BitImage,
    kernel: &Kernel,
    mask: Option<&BitImage>,
    mut changed: Vec<usize>,
    mut left: Option<usize>,
) {
    let (from, to) = match kernel.op {
        Op::And => (true, false),
        Op::Or => (false, true),
    };
    let n = img.n as isize;
    let nouter = img.shape.len() - 1;
    let mut coords = vec![0usize; nouter];
    let mut next = Vec::new();
    while !changed.is_empty() && left != Some(0) {
        next.clear();
        for &q in &changed {
            let (row, col) = (q / img.n, (q % img.n) as isize);
            img.row_coords(row, &mut coords);
            for g in &kernel.groups {
                // The pixels that read `q` through this group sit at `q - offset`.
                let inside = g
                    .outer
                    .iter()
                    .zip(&coords)
                    .zip(&img.shape)
                    .all(|((&o, &c), &s)| {
                        let p = c as isize - o;
                        p >= 0 && p < s as isize
                    });
                if !inside {
                    continue;
                }
                let prow = (row as isize - g.row_delta) as usize;
                for &sh in &g.shifts {
                    let pc = col - sh;
                    if pc < 0 || pc >= n {
                        continue;
                    }
                    let pc = pc as usize;
                    if img.get(prow, pc) != from || mask.is_some_and(|m| !m.get(prow, pc)) {
                        continue;
                    }
                    img.set(prow, pc, to);
                    next.push(prow * img.n + pc);
                }
            }
        }
        std::mem::swap(&mut changed, &mut next);
        if let Some(l) = left.as_mut() {
            *l -= 1;
        }
    }
}

/// Below this share of changed pixels per packed word, the changed-pixel iterations are
/// cheaper than full passes (a full pass costs about a word operation per offset and
/// word; a changed pixel about a dozen operations per offset).
const QUEUE_SWITCH: u64 = 16;

/// Runs `iterations` passes of `kernel` on `img` (`iterations < 1`: until nothing
/// changes), pixels outside `mask` keeping their values.
///
/// # Errors
///
/// [`Error::DidNotConverge`] when "until nothing changes" cycles forever (possible only
/// when the structure's centre is false; SciPy loops forever there).
pub(crate) fn iterate(
    cur: BitImage,
    kernel: &Kernel,
    mask: Option<&BitImage>,
    iterations: isize,
) -> Result<BitImage> {
    iterate_switching(cur, kernel, mask, iterations, QUEUE_SWITCH)
}

/// [`iterate`] with the switch to changed-pixel iterations taken when
/// `changed * switch < words` (0: never; `u64::MAX`: always).
fn iterate_switching(
    mut cur: BitImage,
    kernel: &Kernel,
    mask: Option<&BitImage>,
    iterations: isize,
    switch: u64,
) -> Result<BitImage> {
    let until_stable = iterations < 1;
    let mut left = if until_stable {
        None
    } else {
        Some(iterations as usize)
    };
    let mut next = BitImage::zeros(&cur.shape, cur.pad);
    let mut seen = HashSet::new();
    let mut done = 0usize;
    while left != Some(0) {
        cur.set_border(kernel.border);
        let changed = full_pass(&cur, &mut next, kernel, mask);
        std::mem::swap(&mut cur, &mut next);
        done += 1;
        if let Some(l) = left.as_mut() {
            *l -= 1;
        }
        if changed == 0 || left == Some(0) {
            break;
        }
        if kernel.has_center {
            let words = (cur.rows * cur.words) as u64;
            if switch != 0 && (switch == u64::MAX || changed.saturating_mul(switch) < words) {
                let list = differences(&cur, &next);
                changed_pixel_iterations(&mut cur, kernel, mask, list, left);
                break;
            }
        } else if until_stable && !seen.insert(cur.state_hash()) {
            return Err(Error::DidNotConverge {
                method: "binary morphology until nothing changes".into(),
                iterations: done,
                detail: "the image cycles (the structure's centre is false)".into(),
            });
        }
    }
    Ok(cur)
}

/// Convenience: packs `input`, runs [`iterate`] and unpacks.
pub(crate) fn run_iterated<T: Element>(
    input: ArrayViewD<'_, T>,
    offsets: &Offsets,
    op: Op,
    border: bool,
    mask: Option<&ArrayViewD<'_, bool>>,
    iterations: isize,
) -> Result<ArrayD<bool>> {
    let shape = input.shape().to_vec();
    if input.is_empty() {
        return Ok(ArrayD::from_elem(IxDyn(&shape), false));
    }
    let kernel = Kernel::new(offsets, &shape, op, border);
    let pad = kernel.pad();
    let img = BitImage::from_array(&input, pad);
    let mask = mask.map(|m| BitImage::from_array(m, pad));
    let out = iterate(img, &kernel, mask.as_ref(), iterations)?;
    Ok(out.to_array(&shape))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::ArrayD;

    /// A small deterministic generator (xorshift) for test images.
    fn bits(seed: &mut u64, shape: &[usize], density: u64) -> ArrayD<bool> {
        ArrayD::from_shape_fn(IxDyn(shape), |_| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            *seed % 100 < density
        })
    }

    /// Changed-pixel iterations give exactly what full passes give, for erosions and
    /// dilations by structures with their centre, with and without masks, fixed counts and
    /// until stable, in 1-D to 3-D with rows of several words.
    #[test]
    fn changed_pixel_iterations_equal_full_passes() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let shapes: [&[usize]; 4] = [&[300], &[5, 130], &[3, 4, 70], &[1, 64]];
        for shape in shapes {
            for trial in 0..12 {
                let a = bits(&mut seed, shape, [50, 85, 10][trial % 3]);
                let sshape: Vec<usize> = shape.iter().map(|_| 3).collect();
                let mut st = bits(&mut seed, &sshape, 50);
                let centre: Vec<usize> = sshape.iter().map(|_| 1).collect();
                st[IxDyn(&centre)] = true;
                let origin = vec![0isize; shape.len()];
                let (offsets, op) = if trial % 2 == 0 {
                    (Offsets::erosion(&st.view(), &origin), Op::And)
                } else {
                    (Offsets::dilation(&st.view(), &origin), Op::Or)
                };
                let kernel = Kernel::new(&offsets, shape, op, trial % 4 < 2);
                let pad = kernel.pad();
                let img = BitImage::from_array(&a.view(), pad);
                let m = bits(&mut seed, shape, 80);
                let mask = (trial % 3 == 0).then(|| BitImage::from_array(&m.view(), pad));
                for iterations in [2, 5, 0] {
                    let full =
                        iterate_switching(img.clone(), &kernel, mask.as_ref(), iterations, 0)
                            .unwrap()
                            .to_array(shape);
                    let queue = iterate_switching(
                        img.clone(),
                        &kernel,
                        mask.as_ref(),
                        iterations,
                        u64::MAX,
                    )
                    .unwrap()
                    .to_array(shape);
                    assert_eq!(
                        full, queue,
                        "{shape:?} trial {trial} iterations {iterations}"
                    );
                }
            }
        }
    }
}
