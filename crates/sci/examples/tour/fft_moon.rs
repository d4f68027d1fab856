//! Section `fft_moon`: the lecture notes' 5.4 exercise "Denoise moon landing image": the
//! 2-D FFT of `moonlanding.png`, its (log) spectrum, zeroing all but 10 % of the rows and
//! columns at each end of the spectrum, and the inverse transform. Needs `--data`.

use sci::Complex64;
use sci::fft::{FftnOptions, fftpack};
use sci::ndarray::Array2;

use crate::figure::{ImageFigure, ImagePanel};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "fft_moon",
    follows: "Lecture notes 5.4 exercise: denoise the moon landing image (fft2, keep 10 %)",
    needs_data: true,
    run,
};

/// Denoises the image; writes the cleaned image and the figure.
fn run(ctx: &Context) -> Result {
    let img = image::open(ctx.data_dir()?.join("moonlanding.png"))?.to_luma8();
    let (w, h) = (img.width() as usize, img.height() as usize);
    // plt.imread: float32 = u8 / 255.
    let im = Array2::from_shape_fn((h, w), |(y, x)| {
        f64::from(img.get_pixel(x as u32, y as u32)[0]) / 255.0
    });
    println!(
        "  moonlanding.png: {h} x {w}, mean {:.4}",
        im.mean().unwrap_or(0.0)
    );

    // im_fft = fftpack.fft2(im)
    let im_fft = fftpack::fft2(&im, &FftnOptions::default())?;
    let keep_fraction = 0.1;
    let mut im_fft2 = im_fft.clone();
    let (r, c) = im_fft2.dim();
    // im_fft2[int(r*keep_fraction):int(r*(1-keep_fraction))] = 0, and the same for columns.
    let (r0, r1) = (
        (r as f64 * keep_fraction) as usize,
        (r as f64 * (1.0 - keep_fraction)) as usize,
    );
    let (c0, c1) = (
        (c as f64 * keep_fraction) as usize,
        (c as f64 * (1.0 - keep_fraction)) as usize,
    );
    for ((i, j), v) in im_fft2.indexed_iter_mut() {
        if (r0..r1).contains(&i) || (c0..c1).contains(&j) {
            *v = Complex64::new(0.0, 0.0);
        }
    }
    let kept = im_fft2.iter().filter(|v| v.norm() > 0.0).count();
    println!(
        "  kept rows [0, {r0}) and [{r1}, {r}), columns [0, {c0}) and [{c1}, {c}): {kept} of {} coefficients",
        r * c
    );

    // im_new = fftpack.ifft2(im_fft2).real
    let im_new = fftpack::ifft2(&im_fft2, &FftnOptions::default())?.mapv(|v| v.re);
    let energy = |a: &Array2<f64>| a.iter().map(|v| v * v).sum::<f64>().sqrt();
    let removed = (&im - &im_new).mapv(f64::abs);
    println!(
        "  cleaned image: min {:.3}, max {:.3}; removed noise has rms {:.4} (image rms {:.4})",
        im_new.iter().copied().fold(f64::INFINITY, f64::min),
        im_new.iter().copied().fold(f64::NEG_INFINITY, f64::max),
        energy(&removed) / ((r * c) as f64).sqrt(),
        energy(&im) / ((r * c) as f64).sqrt()
    );

    // The cleaned image itself, as 8-bit grey (clipped to 0..1 as imshow would show it).
    let cleaned = image::GrayImage::from_fn(w as u32, h as u32, |x, y| {
        image::Luma([(im_new[[y as usize, x as usize]].clamp(0.0, 1.0) * 255.0).round() as u8])
    });
    let cleaned_path = ctx.figure_path("fft_moon_denoised.png");
    cleaned.save(&cleaned_path)?;
    ctx.report_figure(&cleaned_path);

    // Spectra on a log scale (LogNorm(vmin=5) in the solution).
    let log_spectrum = |a: &Array2<Complex64>| -> Vec<f64> {
        a.iter().map(|v| v.norm().max(5.0).log10()).collect()
    };
    let spec = log_spectrum(&im_fft);
    let (lo, hi) = (5f64.log10(), spec.iter().copied().fold(0.0, f64::max));
    let path = ctx.figure_path("fft_moon.png");
    ImageFigure::new("Moon landing: denoising by zeroing the high frequencies")
        .size(1600, 420)
        .panel(
            ImagePanel::grey("original image", w, h, im.iter().copied().collect()).range(0.0, 1.0),
        )
        .panel(ImagePanel::grey("log10 |fft2|", w, h, spec).range(lo, hi))
        .panel(ImagePanel::grey("filtered spectrum", w, h, log_spectrum(&im_fft2)).range(lo, hi))
        .panel(
            ImagePanel::grey(
                "reconstructed image",
                w,
                h,
                im_new.iter().copied().collect(),
            )
            .range(0.0, 1.0),
        )
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
