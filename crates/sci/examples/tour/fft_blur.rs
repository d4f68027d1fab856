//! Section `fft_blur`: the lecture notes' 5.4 worked example "Gaussian image blur": a
//! convolution as a product in Fourier space (`fftpack.fft2` of a zero-padded Gaussian kernel
//! times `fft2` of the image, then `ifft2`). On a synthetic image; with `--data` also on
//! `elephant.png`.

use sci::Complex64;
use sci::fft::{FftnOptions, fftpack};
use sci::ndarray::{Array2, Array3, Axis};

use crate::figure::{ImageFigure, ImagePanel};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "fft_blur",
    follows: "Lecture notes 5.4 worked example: Gaussian image blur by FFT convolution",
    needs_data: false,
    run,
};

/// Blurs a synthetic image, and `elephant.png` when the data directory is given.
fn run(ctx: &Context) -> Result {
    let synthetic = synthetic_image(200, 300);
    blur_and_plot(ctx, &synthetic, "synthetic", "fft_blur_synthetic.png")?;
    if let Ok(dir) = ctx.data_dir() {
        let img = image::open(dir.join("elephant.png"))?.to_rgb8();
        let (w, h) = (img.width() as usize, img.height() as usize);
        // plt.imread: float32 = u8 / 255, shape (200, 300, 3).
        let data = Array3::from_shape_fn((h, w, 3), |(y, x, c)| {
            f64::from(img.get_pixel(x as u32, y as u32)[c]) / 255.0
        });
        blur_and_plot(ctx, &data, "elephant.png", "fft_blur_elephant.png")?;
    } else {
        println!("  (run with --data DIR to blur elephant.png too)");
    }
    Ok(())
}

/// Stripes, a checkerboard and discs in three colours: edges to blur.
fn synthetic_image(h: usize, w: usize) -> Array3<f64> {
    Array3::from_shape_fn((h, w, 3), |(y, x, c)| {
        let (fy, fx) = (y as f64, x as f64);
        let checker = if (x / 25 + y / 25) % 2 == 0 { 0.8 } else { 0.2 };
        let disc = |cx: f64, cy: f64, r: f64| ((fx - cx).powi(2) + (fy - cy).powi(2)).sqrt() < r;
        match c {
            0 => {
                if disc(90.0, 100.0, 50.0) {
                    1.0
                } else {
                    checker * 0.5
                }
            }
            1 => {
                if disc(210.0, 100.0, 60.0) {
                    0.9
                } else {
                    checker
                }
            }
            _ => {
                if (x / 8) % 2 == 0 && y > 150 {
                    1.0
                } else {
                    0.3 * checker
                }
            }
        }
    })
}

/// The lecture notes' kernel: `bump = exp(-0.1 t^2)` on `linspace(-10, 10, 30)`, divided by
/// `np.trapz(bump)`, and its outer product with itself.
fn gaussian_kernel() -> Array2<f64> {
    let t: Vec<f64> = (0..30).map(|k| -10.0 + 20.0 * k as f64 / 29.0).collect();
    let bump: Vec<f64> = t.iter().map(|t| (-0.1 * t * t).exp()).collect();
    // np.trapz with unit spacing: the sum minus half the end points.
    let trapz = bump.iter().sum::<f64>() - 0.5 * (bump[0] + bump[29]);
    let bump: Vec<f64> = bump.iter().map(|b| b / trapz).collect();
    Array2::from_shape_fn((30, 30), |(i, j)| bump[i] * bump[j])
}

/// Blurs `img` (h, w, 3) by FFT multiplication, prints a summary and writes `file`.
fn blur_and_plot(ctx: &Context, img: &Array3<f64>, what: &str, file: &str) -> Result {
    let (h, w, _) = img.dim();
    let kernel = gaussian_kernel();
    // kernel_ft = fftpack.fft2(kernel, shape=img.shape[:2], axes=(0, 1))
    let kernel_ft = fftpack::fft2(&kernel, &FftnOptions::default().s([h, w]).axes([0, 1]))?;
    // img_ft = fftpack.fft2(img, axes=(0, 1))
    let img_ft = fftpack::fft2(img, &FftnOptions::default().axes([0, 1]))?;
    // img2_ft = kernel_ft[:, :, np.newaxis] * img_ft
    let mut img2_ft = img_ft;
    for mut plane in img2_ft.axis_iter_mut(Axis(2)) {
        plane.zip_mut_with(&kernel_ft, |v, k| *v *= *k);
    }
    // img2 = fftpack.ifft2(img2_ft, axes=(0, 1)).real; np.clip(img2, 0, 1)
    let img2: Array3<Complex64> = fftpack::ifft2(&img2_ft, &FftnOptions::default().axes([0, 1]))?;
    let blurred = img2.mapv(|v| v.re.clamp(0.0, 1.0));
    let roughness = |a: &Array3<f64>| {
        let mut s = 0.0;
        for y in 0..h {
            for x in 1..w {
                for c in 0..3 {
                    s += (a[[y, x, c]] - a[[y, x - 1, c]]).abs();
                }
            }
        }
        s / (h * (w - 1) * 3) as f64
    };
    println!(
        "  {what}: {h}x{w} RGB; mean |horizontal step| {:.4} -> {:.4} after the blur",
        roughness(img),
        roughness(&blurred)
    );
    let rgb = |a: &Array3<f64>| -> Vec<[f64; 3]> {
        a.outer_iter()
            .flat_map(|row| {
                row.outer_iter()
                    .map(|p| [p[0], p[1], p[2]])
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let path = ctx.figure_path(file);
    ImageFigure::new(format!("Gaussian blur by FFT multiplication: {what}"))
        .size(1000, 420)
        .panel(ImagePanel::rgb("original", w, h, rgb(img)))
        .panel(ImagePanel::rgb(
            "blurred (fft2, multiply, ifft2)",
            w,
            h,
            rgb(&blurred),
        ))
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
