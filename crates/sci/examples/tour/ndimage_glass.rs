//! Section `ndimage_glass` (needs `--data`): the lecture notes' summary exercise 5.11.3
//! "Image processing application: counting bubbles and unmolten grains", following its
//! solution 5.11.4 on `MV_HFV_012_decoded.npy` (the JPEG decoded once, as `plt.imread` does:
//! other decoders differ by a grey level and move the counts): crop the bottom 60 rows,
//! median filter 7×7, histograms before and after, thresholds 50 and 114 into void / sand /
//! glass, the phase fractions, `binary_opening` of the sand with 2 iterations, the sand
//! grains labelled and the small ones removed, and the bubbles counted and measured.
//!
//! SciPy 1.17.1 on the same file, same pipeline, gives: phases void 176787 / sand 193359 /
//! glass 534046 of 904192 pixels (0.19552 / 0.21385 / 0.59063); 183456 sand pixels after
//! the opening, in 154 grains; 154 grains of at least 10 pixels, 94 of more than 100 pixels
//! (181102 pixels); 104 bubbles, mean size 1699.875, median 65.0 (the notes' numbers).

use ndarray_npy::ReadNpyExt;
use sci::ndarray::{Array2, s};
use sci::ndimage::filters::{Footprint, median_filter};
use sci::ndimage::morphology::BinaryOptions;
use sci::ndimage::{Regions, binary_opening_with, label, sum};

use crate::figure::{ImageFigure, ImagePanel, Plot};
use crate::ndimage_geometry::u8_panel;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "ndimage_glass",
    follows: "Lecture notes 5.11.3 summary exercise: bubbles and unmolten grains in glass",
    needs_data: true,
    run,
};

/// The solution's thresholds: void `<= 50`, sand `50 < v <= 114`, glass `> 114`. (Strict
/// `< 50` for void would give 105 bubbles of mean 1682.2, median 60: not the notes'.)
const VOID_MAX: u8 = 50;
const SAND_MAX: u8 = 114;

/// The three phases of the filtered image, as masks.
struct Phases {
    void: Array2<bool>,
    sand: Array2<bool>,
    glass: Array2<bool>,
}

/// Splits the filtered image at the thresholds.
fn phases(filtdat: &Array2<u8>) -> Phases {
    Phases {
        void: filtdat.mapv(|v| v <= VOID_MAX),
        sand: filtdat.mapv(|v| v > VOID_MAX && v <= SAND_MAX),
        glass: filtdat.mapv(|v| v > SAND_MAX),
    }
}

/// The number of true pixels.
fn count(a: &Array2<bool>) -> usize {
    a.iter().filter(|&&v| v).count()
}

/// `np.histogram(a, bins=np.arange(256))`: 255 bins of width 1, the last one `[254, 255]`.
fn histogram(a: &Array2<u8>) -> Vec<(f64, f64)> {
    let mut counts = [0u32; 255];
    for &v in a {
        counts[usize::from(v.min(254))] += 1;
    }
    counts
        .iter()
        .enumerate()
        .map(|(k, &c)| (k as f64, f64::from(c)))
        .collect()
}

/// `np.median`: the middle value, or the mean of the two middle values.
fn median(values: &[f64]) -> f64 {
    let mut v = values.to_vec();
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => 0.5 * (v[n / 2 - 1] + v[n / 2]),
    }
}

/// The sizes of labels `1..=n` (`np.bincount(labels.ravel())[1:]`).
fn label_sizes(labels: &Array2<i32>, n: usize) -> Vec<f64> {
    let mut sizes = vec![0.0; n + 1];
    for &l in labels {
        if let Ok(k) = usize::try_from(l)
            && k <= n
        {
            sizes[k] += 1.0;
        }
    }
    sizes.split_off(1)
}

/// The phase image in three colours: bubbles dark blue, sand orange, glass light grey.
fn phase_panel(title: &str, p: &Phases) -> ImagePanel {
    let (h, w) = p.void.dim();
    let pixels = (0..h * w)
        .map(|k| {
            let (i, j) = (k / w, k % w);
            if p.void[[i, j]] {
                [0.05, 0.1, 0.35]
            } else if p.sand[[i, j]] {
                [0.95, 0.55, 0.1]
            } else {
                [0.85, 0.85, 0.85]
            }
        })
        .collect();
    ImagePanel::rgb(title, w, h, pixels)
}

/// A binary mask drawn white on black.
fn mask_panel(title: &str, a: &Array2<bool>) -> ImagePanel {
    let (h, w) = a.dim();
    ImagePanel::grey(
        title,
        w,
        h,
        a.iter().map(|&v| f64::from(u8::from(v))).collect(),
    )
    .range(0.0, 1.0)
}

/// Runs the solution's pipeline, prints its numbers and writes the figures.
fn run(ctx: &Context) -> Result {
    let path = ctx.data_dir()?.join("MV_HFV_012_decoded.npy");
    let file =
        std::fs::File::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let raw = Array2::<u8>::read_npy(file)?;
    let (h, w) = raw.dim();
    println!("  MV_HFV_012_decoded.npy: uint8 ({h}, {w})");
    // dat = dat[:-60]: the bottom panel holds the scale bar and the microscope's legend.
    let dat = raw.slice(s![..h.saturating_sub(60), ..]).to_owned();
    // filtdat = ndimage.median_filter(dat, size=(7,7))
    let filtdat = median_filter(&dat, &Footprint::size([7, 7]))?;
    let (ch, cw) = filtdat.dim();
    println!("  cropped dat[:-60] to ({ch}, {cw}); median_filter size (7, 7)");

    let p = phases(&filtdat);
    let total = filtdat.len() as f64;
    println!(
        "  phases (void <= {VOID_MAX} < sand <= {SAND_MAX} < glass), fractions of the sample:"
    );
    for (name, m) in [("void", &p.void), ("sand", &p.sand), ("glass", &p.glass)] {
        let n = count(m);
        println!("    {name:<6} {n:7} pixels  {:.5}", n as f64 / total);
    }

    // sand_op = ndimage.binary_opening(sand, iterations=2)
    let sand_op = binary_opening_with(&p.sand, &BinaryOptions::default().iterations(2))?;
    let (sand_labels, sand_nb) = label(&sand_op)?;
    // sand_areas = ndimage.sum(sand_op, sand_labels, np.arange(sand_labels.max()+1))
    let index: Vec<i32> = (0..=i32::try_from(sand_nb)?).collect();
    let sand_areas = sum(&sand_op, &Regions::labels(sand_labels.view(), &index))?;
    let grains = &sand_areas[1..];
    println!(
        "  sand after binary_opening(iterations=2): {} pixels in {sand_nb} grains",
        count(&sand_op)
    );
    // The exercise removes grains smaller than 10 pixels; the solution's code keeps
    // `sand_areas > 100`. The opening leaves no grain under 13 pixels (the radius-2 diamond).
    let at_least_10 = grains.iter().filter(|&&a| a >= 10.0).count();
    let over_100 = grains.iter().filter(|&&a| a > 100.0).count();
    println!("    grains of at least 10 pixels (the exercise): {at_least_10}");
    println!("    grains of more than 100 pixels (the solution's code): {over_100}");
    // remove_small_sand = mask[sand_labels.ravel()].reshape(sand_labels.shape)
    let keep: Vec<bool> = sand_areas.iter().map(|&a| a > 100.0).collect();
    let remove_small_sand = sand_labels.mapv(|l| usize::try_from(l).is_ok_and(|k| keep[k]));
    println!(
        "    remove_small_sand: {} pixels",
        count(&remove_small_sand)
    );

    // bubbles_labels, bubbles_nb = ndimage.label(void); areas by np.bincount
    let (bubbles_labels, bubbles_nb) = label(&p.void)?;
    let bubbles_areas = label_sizes(&bubbles_labels, bubbles_nb);
    let mean = bubbles_areas.iter().sum::<f64>() / bubbles_areas.len().max(1) as f64;
    println!("  bubbles: {bubbles_nb}");
    println!(
        "  mean_bubble_size, median_bubble_size = ({mean}, {:.1})   (the notes: (1699.875, 65.0))",
        median(&bubbles_areas)
    );

    let path = ctx.figure_path("ndimage_glass.png");
    ImageFigure::new("Glass sample: bubbles (blue), sand (orange), glass (grey)")
        .size(1800, 560)
        .panel(u8_panel("dat[:-60]", dat.view()))
        .panel(u8_panel("median filter 7x7", filtdat.view()))
        .panel(phase_panel("phases", &p))
        .panel(mask_panel(
            "sand: opened, grains > 100 px",
            &remove_small_sand,
        ))
        .save(&path)?;
    ctx.report_figure(&path);

    // The void's peak at grey level 0 would flatten the sand and glass peaks: the y axis
    // fits the levels above the void threshold instead, and the peak runs off the top.
    let (hist_dat, hist_filt) = (histogram(&dat), histogram(&filtdat));
    let top = hist_dat
        .iter()
        .chain(&hist_filt)
        .filter(|(level, _)| *level > f64::from(VOID_MAX))
        .map(|&(_, c)| c)
        .fold(1.0, f64::max);
    let path = ctx.figure_path("ndimage_glass_histogram.png");
    Plot::new("Histogram before and after the median filter (void peak at 0 cut off)")
        .x_label("grey level")
        .y_label("pixels")
        .y_range(0.0, 1.1 * top)
        .line("dat", hist_dat)
        .line("median filtered", hist_filt)
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
