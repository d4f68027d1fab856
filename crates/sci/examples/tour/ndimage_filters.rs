//! Section `ndimage_filters`: the lecture notes' 5.10.2 "Image filtering": a noisy copy of
//! the test image (the square crop `face[:512, -512:]` with `--data`, else the synthetic
//! image of `ndimage_geometry`) plus `face.std() * 0.5` Gaussian noise, filtered by
//! `ndimage.gaussian_filter(sigma=3)` and `ndimage.median_filter(size=5)`; and the notes'
//! exercise "compare histograms for the different filtered images". The notes' third
//! filter, `signal.wiener`, comes with sci-signal.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci::ndarray::{Array2, s};
use sci::ndimage::filters::{Footprint, gaussian_filter, median_filter};

use crate::figure::{ImageFigure, ImagePanel, Plot};
use crate::ndimage_geometry::{grey_panel, test_image};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "ndimage_filters",
    follows: "Lecture notes 5.10.2: Gaussian and median filtering of a noisy image (ndimage)",
    needs_data: false,
    run,
};

/// The population standard deviation (numpy's `std`, `ddof=0`).
fn std_dev(a: &Array2<f64>) -> f64 {
    let n = a.len().max(1) as f64;
    let mean = a.sum() / n;
    (a.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / n).sqrt()
}

/// The root-mean-square difference of two images of one shape.
fn rms_diff(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let n = a.len().max(1) as f64;
    (a.iter().zip(b).map(|(x, y)| (x - y).powi(2)).sum::<f64>() / n).sqrt()
}

/// Counts of `a`'s values in bins of width 4 over 0..256 (values outside are left out, as
/// `np.histogram` with fixed bins does), as (bin centre, count) points.
fn histogram(a: &Array2<f64>) -> Vec<(f64, f64)> {
    let mut counts = [0u32; 64];
    for &v in a {
        if (0.0..256.0).contains(&v) {
            counts[(v / 4.0) as usize] += 1;
        }
    }
    counts
        .iter()
        .enumerate()
        .map(|(k, &c)| (4.0 * k as f64 + 2.0, f64::from(c)))
        .collect()
}

/// Adds the noise, filters, prints the errors and writes the two figures.
fn run(ctx: &Context) -> Result {
    let img = test_image(ctx)?;
    let (h, w) = img.pixels.dim();
    // face = face[:512, -512:]: the square crop on the right (the whole synthetic image).
    let face = if img.name == "face.npy" {
        img.pixels
            .slice(s![..512.min(h), w.saturating_sub(512)..])
            .to_owned()
    } else {
        img.pixels
    };
    let face = face.mapv(f64::from);
    let sigma_noise = std_dev(&face) * 0.5;

    // noisy_face += face.std() * 0.5 * np.random.standard_normal(face.shape): random in the
    // notes, so a seeded generator; only the look has to match.
    let mut rng = StdRng::seed_from_u64(510);
    let noisy = face.mapv(|v| {
        let z: f64 = StandardNormal.sample(&mut rng);
        v + sigma_noise * z
    });
    // blurred_face = ndimage.gaussian_filter(noisy_face, sigma=3)
    let blurred = gaussian_filter(&noisy, &[3.0])?;
    // median_face = ndimage.median_filter(noisy_face, size=5)
    let median = median_filter(&noisy, &Footprint::size([5]))?;

    let (fh, fw) = face.dim();
    let what = if img.name == "face.npy" {
        "face[:512, -512:] of face.npy"
    } else {
        "synthetic image"
    };
    println!(
        "  {what}: ({fh}, {fw}); face.std() = {:.3}, noise sigma = face.std() * 0.5 = {sigma_noise:.3}",
        std_dev(&face)
    );
    println!("  rms difference from the clean image:");
    for (name, a) in [
        ("noisy_face", &noisy),
        ("gaussian_filter(sigma=3)", &blurred),
        ("median_filter(size=5)", &median),
    ] {
        println!("    {name:<26} {:8.3}", rms_diff(a, &face));
    }
    if rms_diff(&blurred, &face) > rms_diff(&noisy, &face) {
        // The synthetic image's 6-pixel stripes and sharp edges are lost to the blur.
        println!(
            "  (sigma 3 blurs away this image's fine stripes and edges: the blur costs more than the noise)"
        );
    }
    println!("  (signal.wiener(noisy_face, (5, 5)) comes with sci-signal: not in this tour yet)");

    let range = |p: ImagePanel| p.range(0.0, 255.0);
    let path = ctx.figure_path("ndimage_filters.png");
    ImageFigure::new(format!("Filtering a noisy image: {what}"))
        .size(1600, 460)
        .panel(range(grey_panel("image", face.view(), |v| v)))
        .panel(range(grey_panel("noisy", noisy.view(), |v| v)))
        .panel(range(grey_panel(
            "Gaussian filter, sigma 3",
            blurred.view(),
            |v| v,
        )))
        .panel(range(grey_panel(
            "median filter, size 5",
            median.view(),
            |v| v,
        )))
        .save(&path)?;
    ctx.report_figure(&path);

    // The exercise: the filters narrow the noisy histogram back towards the image's peaks.
    let path = ctx.figure_path("ndimage_filters_histograms.png");
    Plot::new("Histograms of the noisy and filtered images")
        .x_label("grey level (bins of 4)")
        .y_label("pixels")
        .line("image", histogram(&face))
        .line("noisy", histogram(&noisy))
        .line("Gaussian filter", histogram(&blurred))
        .line("median filter", histogram(&median))
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
