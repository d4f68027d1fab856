//! Section `ndimage_geometry`: the lecture notes' 5.10.1 "Geometrical transformations on
//! images": `ndimage.shift` by (50, 50) (default `constant` mode and `mode='nearest'`),
//! `ndimage.rotate` by 30°, a crop `[50:-50, 50:-50]` and `ndimage.zoom` by 2, on a synthetic
//! grey image, or with `--data` on the grey raccoon face (`misc.face(gray=True)`, from
//! `face.npy`).
//!
//! It also holds the helpers the other `ndimage_*` sections share: the test image and the
//! conversion of an array into a figure panel.

use std::path::Path;

use ndarray_npy::ReadNpyExt;
use sci::ndarray::{Array2, Array3, ArrayView2, s};
use sci::ndimage::Mode;
use sci::ndimage::interpolation::{InterpolationOptions, rotate, shift, shift_with, zoom};

use crate::figure::{ImageFigure, ImagePanel};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "ndimage_geometry",
    follows: "Lecture notes 5.10.1: shift, rotate, crop and zoom of an image (ndimage)",
    needs_data: false,
    run,
};

/// A grey test image and what it is, for the printed lines and figure titles.
pub struct TestImage {
    /// The grey levels, as `misc.face(gray=True)` gives them (uint8).
    pub pixels: Array2<u8>,
    /// "synthetic image" or "face.npy".
    pub name: &'static str,
}

/// The grey face from `face.npy` when the tour has `--data`, else the synthetic image.
///
/// # Errors
///
/// When `face.npy` cannot be read or has not the shape (768, 1024, 3).
pub fn test_image(ctx: &Context) -> Result<TestImage> {
    match ctx.data_dir() {
        Ok(dir) => Ok(TestImage {
            pixels: grey_face(dir)?,
            name: "face.npy",
        }),
        Err(_) => Ok(TestImage {
            pixels: synthetic_image(384, 512),
            name: "synthetic image",
        }),
    }
}

/// `misc.face(gray=True)`: `(0.21 R + 0.71 G + 0.07 B).astype(uint8)`, evaluated left to
/// right in float64 and truncated, as SciPy does, so the grey levels are SciPy's exactly.
fn grey_face(dir: &Path) -> Result<Array2<u8>> {
    let path = dir.join("face.npy");
    let file =
        std::fs::File::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let rgb = Array3::<u8>::read_npy(file)?;
    if rgb.dim().2 != 3 {
        return Err(format!("face.npy: expected (h, w, 3) RGB, got {:?}", rgb.shape()).into());
    }
    Ok(Array2::from_shape_fn(
        (rgb.dim().0, rgb.dim().1),
        |(i, j)| {
            let c = |k: usize| f64::from(rgb[[i, j, k]]);
            // Values lie in 0..=252.45, so the cast only truncates.
            (0.21 * c(0) + 0.71 * c(1) + 0.07 * c(2)) as u8
        },
    ))
}

/// A grey image with structure to transform: a horizontal gradient, discs of several grey
/// levels, vertical stripes, a checkerboard and a diagonal bar (sharp edges show the
/// interpolation, the gradient shows the boundary modes).
pub fn synthetic_image(h: usize, w: usize) -> Array2<u8> {
    let (hf, wf) = (h as f64, w as f64);
    let discs = [
        (0.3 * wf, 0.35 * hf, 0.18 * hf, 230.0),
        (0.62 * wf, 0.3 * hf, 0.12 * hf, 20.0),
        (0.45 * wf, 0.72 * hf, 0.1 * hf, 160.0),
    ];
    Array2::from_shape_fn((h, w), |(y, x)| {
        let (fx, fy) = (x as f64, y as f64);
        let mut v = 40.0 + 150.0 * fx / wf;
        if x >= w * 3 / 4 && y < h / 2 {
            v = if (x / 6) % 2 == 0 { 250.0 } else { 10.0 };
        }
        if x >= w * 3 / 4 && y >= h / 2 {
            v = if (x / 16 + y / 16) % 2 == 0 {
                200.0
            } else {
                60.0
            };
        }
        if (fy - 0.6 * fx - 0.45 * hf).abs() < 6.0 && x < w * 3 / 4 {
            v = 255.0;
        }
        for &(cx, cy, r, level) in &discs {
            if (fx - cx).hypot(fy - cy) < r {
                v = level;
            }
        }
        v as u8
    })
}

/// A grey panel of any numeric array, spanning its range of values.
pub fn grey_panel<T: Copy>(
    title: &str,
    a: ArrayView2<'_, T>,
    to_f64: impl Fn(T) -> f64,
) -> ImagePanel {
    let (h, w) = a.dim();
    ImagePanel::grey(title, w, h, a.iter().map(|&v| to_f64(v)).collect())
}

/// A grey panel of a `u8` image drawn on the full 0..255 range, as `imshow(cmap=gray)`
/// draws the face (the darkest pixel of the face is not 0).
pub fn u8_panel(title: &str, a: ArrayView2<'_, u8>) -> ImagePanel {
    grey_panel(title, a, f64::from).range(0.0, 255.0)
}

/// The mean grey level, a one-number summary to compare with SciPy's result.
fn mean(a: &Array2<u8>) -> f64 {
    a.iter().map(|&v| f64::from(v)).sum::<f64>() / a.len().max(1) as f64
}

/// Transforms the test image as the notes do; prints the shapes; writes the figure.
fn run(ctx: &Context) -> Result {
    let img = test_image(ctx)?;
    let face = &img.pixels;
    let (h, w) = face.dim();
    println!(
        "  {}: shape ({h}, {w}), mean grey level {:.3}",
        img.name,
        mean(face)
    );
    if ctx.data_dir().is_err() {
        println!("  (run with --data DIR to transform the raccoon face of face.npy)");
    }

    // shifted_face = ndimage.shift(face, (50, 50)): cubic spline, zeros shifted in.
    let shifted = shift(face, &[50.0, 50.0])?;
    // shifted_face2 = ndimage.shift(face, (50, 50), mode='nearest'): edge pixels repeated.
    let nearest = InterpolationOptions::default().mode(Mode::Nearest);
    let shifted2 = shift_with(face, &[50.0, 50.0], &nearest)?;
    // rotated_face = ndimage.rotate(face, 30): the output grows to hold the rotated image.
    let rotated = rotate(face, 30.0)?;
    // cropped_face = face[50:-50, 50:-50] (numpy would give an empty image below 101 x 101;
    // an error says more).
    if h <= 100 || w <= 100 {
        return Err(format!(
            "{}: ({h}, {w}) is too small to crop 50 pixels off each side",
            img.name
        )
        .into());
    }
    let cropped = face.slice(s![50..h - 50, 50..w - 50]);
    // zoomed_face = ndimage.zoom(face, 2)
    let zoomed = zoom(face, &[2.0])?;

    for (name, a) in [
        ("shift (50, 50)", &shifted),
        ("shift (50, 50), mode='nearest'", &shifted2),
        ("rotate 30°", &rotated),
        ("crop [50:-50, 50:-50]", &cropped.to_owned()),
        ("zoom 2", &zoomed),
    ] {
        let (r, c) = a.dim();
        println!("  {name:<31} shape ({r}, {c}), mean {:.3}", mean(a));
    }
    // With face.npy (mean 113.480), SciPy 1.17.1 gives the same shapes ((768, 1024) for the
    // shifts, (1177, 1271) rotated, (668, 924) cropped, zoomed_face.shape == (1536, 2048))
    // and means 102.627, 115.415, 59.531, 115.836, 113.490 (shift, nearest, rotate, crop,
    // zoom).
    let (zr, zc) = zoomed.dim();
    println!("  zoomed_face.shape -> ({zr}, {zc})");

    let path = ctx.figure_path("ndimage_geometry.png");
    ImageFigure::new(format!("Geometrical transformations: {}", img.name))
        .size(1800, 440)
        .panel(u8_panel("shift (50, 50)", shifted.view()))
        .panel(u8_panel("shift, mode='nearest'", shifted2.view()))
        .panel(u8_panel("rotate 30°", rotated.view()))
        .panel(u8_panel("crop [50:-50, 50:-50]", cropped))
        .panel(u8_panel("zoom 2", zoomed.view()))
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
