//! Which elements a measurement covers: the whole array, the elements with positive labels,
//! or one or several given labels (SciPy's `labels=` and `index=` arguments), and the map
//! from a label to its slot in the result.

use std::collections::HashMap;

use ndarray::{ArrayView, Dimension};
use sci_core::{Error, Result};

/// An integer element type usable as a label (`bool`, `u8`, `u16`, `i16`, `i32`, `i64`).
///
/// # Examples
///
/// ```
/// use sci_ndimage::LabelValue;
/// assert_eq!(7u8.as_i64(), 7);
/// assert_eq!(true.as_i64(), 1);
/// ```
pub trait LabelValue: Copy + Send + Sync + PartialEq + std::fmt::Debug + 'static {
    /// The label as `i64`.
    fn as_i64(self) -> i64;
}

macro_rules! label_value {
    ($($t:ty),*) => {$(
        impl LabelValue for $t {
            #[inline]
            fn as_i64(self) -> i64 {
                self as i64
            }
        }
    )*};
}
label_value!(u8, u16, i16, i32, i64);

impl LabelValue for bool {
    #[inline]
    fn as_i64(self) -> i64 {
        i64::from(self)
    }
}

/// The regions a measurement reports on, one result per region.
///
/// # Examples
///
/// ```
/// use ndarray::array;
/// use sci_ndimage::{Regions, sum_labels};
/// let a = array![[1.0, 2.0, 0.0], [0.0, 3.0, 4.0], [5.0, 0.0, 0.0]];
/// let l = array![[1, 1, 0], [0, 2, 2], [3, 0, 0]];
/// assert_eq!(sum_labels(&a, &Regions::whole()).unwrap(), vec![15.0]);
/// assert_eq!(sum_labels(&a, &Regions::positive(l.view())).unwrap(), vec![15.0]);
/// assert_eq!(sum_labels(&a, &Regions::label(l.view(), 2)).unwrap(), vec![7.0]);
/// assert_eq!(sum_labels(&a, &Regions::labels(l.view(), &[1, 2, 5, 0])).unwrap(), vec![3.0, 7.0, 0.0, 0.0]);
/// ```
#[derive(Debug, Clone)]
pub enum Regions<'a, L, D: Dimension> {
    /// Every element, as one region (SciPy's `labels=None`).
    Whole,
    /// The elements whose label is positive, as one region (`index=None`).
    Positive(ArrayView<'a, L, D>),
    /// The elements carrying each of the given labels, one region per label (`index=[...]`).
    Labels(ArrayView<'a, L, D>, Vec<L>),
}

impl<D: Dimension> Regions<'static, i32, D> {
    /// Every element as one region.
    ///
    /// # Examples
    ///
    /// ```
    /// let r = sci_ndimage::Regions::<i32, ndarray::Ix1>::whole();
    /// assert!(matches!(r, sci_ndimage::Regions::Whole));
    /// ```
    pub fn whole() -> Self {
        Regions::Whole
    }
}

impl<'a, L: LabelValue, D: Dimension> Regions<'a, L, D> {
    /// The elements with a positive label, as one region.
    ///
    /// # Examples
    ///
    /// ```
    /// use ndarray::array;
    /// let l = array![0, 1, 2];
    /// assert!(matches!(sci_ndimage::Regions::positive(l.view()), sci_ndimage::Regions::Positive(_)));
    /// ```
    pub fn positive(labels: ArrayView<'a, L, D>) -> Self {
        Regions::Positive(labels)
    }

    /// The elements carrying `label`.
    ///
    /// # Examples
    ///
    /// ```
    /// use ndarray::array;
    /// let l = array![0, 1, 2];
    /// assert!(matches!(sci_ndimage::Regions::label(l.view(), 2), sci_ndimage::Regions::Labels(_, _)));
    /// ```
    pub fn label(labels: ArrayView<'a, L, D>, label: L) -> Self {
        Regions::Labels(labels, vec![label])
    }

    /// One region per label of `index`.
    ///
    /// # Examples
    ///
    /// ```
    /// use ndarray::array;
    /// let l = array![0, 1, 2];
    /// let r = sci_ndimage::Regions::labels(l.view(), &[1, 2]);
    /// assert_eq!(r.len(), 2);
    /// ```
    pub fn labels(labels: ArrayView<'a, L, D>, index: &[L]) -> Self {
        Regions::Labels(labels, index.to_vec())
    }

    /// The number of regions (results) the measurement returns.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(sci_ndimage::Regions::<i32, ndarray::Ix2>::whole().len(), 1);
    /// ```
    pub fn len(&self) -> usize {
        match self {
            Regions::Whole | Regions::Positive(_) => 1,
            Regions::Labels(_, index) => index.len(),
        }
    }

    /// Whether no region is asked for (an empty `index`).
    ///
    /// # Examples
    ///
    /// ```
    /// use ndarray::array;
    /// let l = array![0, 1];
    /// assert!(sci_ndimage::Regions::labels(l.view(), &[]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Maps each element to its region's slot (or none), in the input's logical order.
pub(crate) struct SlotMap<'a, L, D: Dimension> {
    labels: Option<ArrayView<'a, L, D>>,
    kind: SlotKind,
}

enum SlotKind {
    /// Every element in slot 0.
    All,
    /// Positive labels in slot 0.
    Positive,
    /// A dense table from label `l` (0 ≤ l < table.len()) to slot + 1 (0: none).
    Dense(Vec<u32>),
    /// Sparse labels.
    Sparse(HashMap<i64, u32>),
}

impl<'a, L: LabelValue, D: Dimension> SlotMap<'a, L, D> {
    /// Builds the map, checking that the labels' shape matches the input's.
    pub(crate) fn new(regions: &Regions<'a, L, D>, shape: &[usize]) -> Result<Self> {
        let check = |l: &ArrayView<'a, L, D>| {
            if l.shape() != shape {
                return Err(Error::ShapeMismatch {
                    context: "labels and input".into(),
                    expected: shape.to_vec(),
                    found: l.shape().to_vec(),
                });
            }
            Ok(())
        };
        Ok(match regions {
            Regions::Whole => SlotMap {
                labels: None,
                kind: SlotKind::All,
            },
            Regions::Positive(l) => {
                check(l)?;
                SlotMap {
                    labels: Some(l.clone()),
                    kind: SlotKind::Positive,
                }
            }
            Regions::Labels(l, index) => {
                check(l)?;
                let vals: Vec<i64> = index.iter().map(|v| v.as_i64()).collect();
                let max = vals.iter().copied().max().unwrap_or(0);
                let min = vals.iter().copied().min().unwrap_or(0);
                // Later duplicates of a label in `index` repeat the first one's result.
                let kind = if min >= 0 && (max as u64) < (1 << 24).max(2 * l.len() as u64) {
                    let mut table = vec![0u32; max as usize + 1];
                    for (slot, &v) in vals.iter().enumerate().rev() {
                        table[v as usize] = slot as u32 + 1;
                    }
                    SlotKind::Dense(table)
                } else {
                    let mut map = HashMap::new();
                    for (slot, &v) in vals.iter().enumerate().rev() {
                        map.insert(v, slot as u32);
                    }
                    SlotKind::Sparse(map)
                };
                SlotMap {
                    labels: Some(l.clone()),
                    kind,
                }
            }
        })
    }

    /// The slot of a label value, if it is measured.
    #[inline]
    pub(crate) fn slot_of(&self, label: Option<L>) -> Option<usize> {
        match (&self.kind, label) {
            (SlotKind::All, _) => Some(0),
            (SlotKind::Positive, Some(l)) => (l.as_i64() > 0).then_some(0),
            (SlotKind::Dense(t), Some(l)) => {
                let v = l.as_i64();
                if v < 0 || v as usize >= t.len() {
                    None
                } else {
                    let s = t[v as usize];
                    (s > 0).then(|| s as usize - 1)
                }
            }
            (SlotKind::Sparse(m), Some(l)) => m.get(&l.as_i64()).map(|&s| s as usize),
            _ => None,
        }
    }

    /// The labels view, if any.
    pub(crate) fn labels(&self) -> Option<&ArrayView<'a, L, D>> {
        self.labels.as_ref()
    }
}

/// Per region, the slot that holds its result (a label listed twice in `index` shares the
/// first listing's slot).
pub(crate) fn region_slots<L: LabelValue, D: Dimension>(
    regions: &Regions<'_, L, D>,
    map: &SlotMap<'_, L, D>,
) -> Vec<usize> {
    match regions {
        Regions::Labels(_, index) => index
            .iter()
            .map(|&v| map.slot_of(Some(v)).unwrap_or(0))
            .collect(),
        _ => vec![0],
    }
}
