//! The tour's figure module renders real, legible PNGs: decodable, of the asked size, and
//! not blank (antialiased text and lines give many colours and some dark pixels).

// The tests use part of the figure toolkit; the tour's later plot kinds use the rest.
#[allow(dead_code)]
#[path = "../examples/tour/figure.rs"]
mod figure;

use std::collections::HashSet;
use std::path::PathBuf;

use figure::{Plot, Series};

/// A path in the temp directory that no other test or process uses.
fn unique_png(stem: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    std::env::temp_dir().join(format!(
        "sci-tour-{stem}-{}-{nanos}.png",
        std::process::id()
    ))
}

#[test]
fn line_plot_is_a_decodable_nonblank_png_of_the_asked_size()
-> Result<(), Box<dyn std::error::Error>> {
    let path = unique_png("line");
    let xs: Vec<f64> = (0..50).map(|i| f64::from(i) * 0.2).collect();
    let plot = Plot::new("Test figure: sin and cos")
        .x_label("x (rad)")
        .y_label("value")
        .size(640, 400)
        .line("sin", xs.iter().map(|&x| (x, x.sin())))
        .scatter("cos", xs.iter().map(|&x| (x, x.cos())))
        .series(Series::new(
            "both",
            xs.iter().map(|&x| (x, 0.5 * x.sin() * x.cos())),
            figure::Mark::LinePoints,
        ));
    plot.save(&path)?;

    let img = image::open(&path)?.to_rgb8();
    std::fs::remove_file(&path)?;
    assert_eq!(img.dimensions(), (640, 400));

    let colours: HashSet<[u8; 3]> = img.pixels().map(|p| p.0).collect();
    assert!(
        colours.len() > 50,
        "only {} distinct colours",
        colours.len()
    );
    let background = img.pixels().filter(|p| p.0 == [255, 255, 255]).count();
    let pixels = img.pixels().count();
    assert!(
        background > pixels / 2,
        "the background is not mostly white"
    );
    // Text, axes and tick labels are drawn in black: dark pixels must be there.
    let dark = img.pixels().filter(|p| p.0.iter().all(|&c| c < 80)).count();
    assert!(dark > 500, "only {dark} dark pixels: no text or axes?");
    Ok(())
}

#[test]
fn a_plot_without_finite_points_is_an_error() {
    let path = unique_png("empty");
    let result = Plot::new("empty")
        .line("nan", [(f64::NAN, 1.0)])
        .save(&path);
    assert!(matches!(result, Err(figure::FigureError::NoData { .. })));
    assert!(!path.exists());
}
