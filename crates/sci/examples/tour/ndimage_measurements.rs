//! Section `ndimage_measurements`: the lecture notes' 5.10.4 "Measurements on images": the
//! synthetic image `sig = sin(2πx/50) sin(2πy/50) (1 + xy/50²)²` on `x, y = indices((100,
//! 100))`, its objects `mask = sig > 1` labelled by `ndimage.label` (8 of them), their areas
//! (`ndimage.sum`) and maxima (`ndimage.maximum`), and the bounding box of object 4
//! (`ndimage.find_objects(labels == 4)`) with the crop of `sig` it gives.

use std::f64::consts::PI;
use std::ops::Range;

use sci::ndarray::{Array2, s};
use sci::ndimage::{Regions, find_objects, label, maximum, sum};

use crate::figure::{ImageFigure, ImagePanel, PALETTE};
use crate::ndimage_geometry::grey_panel;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "ndimage_measurements",
    follows: "Lecture notes 5.10.4: label, sum, maximum, find_objects on a synthetic image",
    needs_data: false,
    run,
};

/// The notes' areas, to print beside sci's.
const NOTES_AREAS: [f64; 8] = [190.0, 45.0, 424.0, 278.0, 459.0, 190.0, 549.0, 424.0];
/// The notes' maxima (8 decimals), to print beside sci's.
const NOTES_MAXIMA: [f64; 8] = [
    1.80238238,
    1.13527605,
    5.51954079,
    2.49611818,
    6.71673619,
    1.80238238,
    16.76547217,
    5.51954079,
];

/// `np.sin(2*np.pi*x/50.) * np.sin(2*np.pi*y/50.) * (1+x*y/50.**2)**2`, in numpy's order of
/// operations.
fn synthetic_signal() -> Array2<f64> {
    Array2::from_shape_fn((100, 100), |(x, y)| {
        let (fx, fy) = (x as f64, y as f64);
        (2.0 * PI * fx / 50.0).sin()
            * (2.0 * PI * fy / 50.0).sin()
            * (1.0 + (x * y) as f64 / 2500.0).powi(2)
    })
}

/// Formats values as numpy prints a short float array.
fn format_values(v: &[f64], decimals: usize) -> String {
    let items: Vec<String> = v.iter().map(|x| format!("{x:.decimals$}")).collect();
    format!("[{}]", items.join(", "))
}

/// Labels are drawn in the palette's colours on black, as a qualitative colour map would.
fn label_panel(title: &str, labels: &Array2<i32>) -> ImagePanel {
    let (h, w) = labels.dim();
    let pixels = labels
        .iter()
        .map(|&l| match usize::try_from(l) {
            Ok(k) if k > 0 => {
                let c = PALETTE[(k - 1) % PALETTE.len()];
                [c.0, c.1, c.2].map(|v| f64::from(v) / 255.0)
            }
            _ => [0.0; 3],
        })
        .collect();
    ImagePanel::rgb(title, w, h, pixels)
}

/// Prints a bounding box as the notes print it: `[(slice(30, 48, None), ...)]`.
fn format_box(ranges: &[Range<usize>]) -> String {
    let slices: Vec<String> = ranges
        .iter()
        .map(|r| format!("slice({}, {}, None)", r.start, r.end))
        .collect();
    format!("({})", slices.join(", "))
}

/// Labels and measures the objects; writes the figure.
fn run(ctx: &Context) -> Result {
    let sig = synthetic_signal();
    let mask = sig.mapv(|v| v > 1.0);

    // labels, nb = ndimage.label(mask)
    let (labels, nb) = label(&mask)?;
    println!("  labels, nb = ndimage.label(mask): nb = {nb} (the notes: 8)");
    let index: Vec<i32> = (1..=i32::try_from(nb)?).collect();
    let regions = Regions::labels(labels.view(), &index);
    // areas = ndimage.sum(mask, labels, range(1, labels.max()+1))
    let areas = sum(&mask, &regions)?;
    println!("  areas  = {}", format_values(&areas, 0));
    println!("  (notes)  {}", format_values(&NOTES_AREAS, 0));
    // maxima = ndimage.maximum(sig, labels, range(1, labels.max()+1))
    let maxima = maximum(&sig, &regions)?;
    println!("  maxima = {}", format_values(&maxima, 8));
    println!("  (notes)  {}", format_values(&NOTES_MAXIMA, 8));
    let agree = areas == NOTES_AREAS
        && maxima
            .iter()
            .zip(NOTES_MAXIMA)
            .all(|(m, n)| (m - n).abs() < 5e-9);
    println!("  areas and maxima agree with the notes: {agree}");

    // sl = ndimage.find_objects(labels == 4): a boolean image is one object, label 1.
    let four = labels.mapv(|l| l == 4);
    let objects = find_objects(&four, 0)?;
    let boxes: Vec<String> = objects.iter().flatten().map(|b| format_box(b)).collect();
    println!(
        "  ndimage.find_objects(labels == 4) = [{}]",
        boxes.join(", ")
    );
    let bbox = objects
        .first()
        .cloned()
        .flatten()
        .ok_or("object 4 not found")?;
    let crop = sig.slice(s![bbox[0].clone(), bbox[1].clone()]).to_owned();
    let (ch, cw) = crop.dim();
    let crop_max = crop.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    println!("  sig[sl[0]]: shape ({ch}, {cw}), max {crop_max:.8} (object 4's maximum)");

    let path = ctx.figure_path("ndimage_measurements.png");
    ImageFigure::new("Measurements on a synthetic image")
        .size(1600, 460)
        .panel(grey_panel("sig", sig.view(), |v| v))
        .panel(grey_panel("mask = sig > 1", mask.view(), |v| {
            f64::from(u8::from(v))
        }))
        .panel(label_panel(&format!("labels ({nb} objects)"), &labels))
        .panel(grey_panel(
            "sig[find_objects(labels == 4)[0]]",
            crop.view(),
            |v| v,
        ))
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
