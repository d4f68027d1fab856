//! Measurements: labelling of connected components, bounding boxes, per-region statistics
//! and the watershed transform (SciPy's `ndimage.measurements` names).

mod center;
mod extrema;
mod fold;
mod grouped;
mod label;
mod moments;
mod objects;
mod regions;
mod watershed;

pub use center::center_of_mass;
pub use extrema::{Extrema, extrema, maximum, maximum_position, minimum, minimum_position};
pub use grouped::{histogram, labeled_comprehension, labeled_comprehension_positions, median};
pub use label::{label, label_with};
pub use moments::{mean, standard_deviation, sum, sum_labels, variance};
pub use objects::{find_objects, value_indices};
pub use regions::{LabelValue, Regions};
pub use watershed::{watershed_ift, watershed_ift_with};
