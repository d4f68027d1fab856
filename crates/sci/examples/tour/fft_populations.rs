//! Section `fft_populations`: the lecture notes' 5.4 worked example "Crude periodicity
//! finding": the FFT along the years of the hare, lynx
//! and carrot populations (`populations.txt`), and the period of the strongest non-zero
//! frequency. Needs `--data`.

use sci::fft::{FftOptions, fftpack};
use sci::ndarray::Array2;

use crate::figure::Plot;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "fft_populations",
    follows: "Lecture notes 5.4 worked example: crude periodicity finding (hares, lynxes)",
    needs_data: true,
    run,
};

/// `np.loadtxt`: whitespace-separated numbers, `#` comments.
fn loadtxt(text: &str) -> Result<Array2<f64>> {
    let mut rows: Vec<Vec<f64>> = Vec::new();
    for (k, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let row = line
            .split_whitespace()
            .map(|v| {
                v.parse::<f64>()
                    .map_err(|e| format!("populations.txt line {}: {e}", k + 1))
            })
            .collect::<std::result::Result<Vec<f64>, String>>()?;
        if rows.first().is_some_and(|r| r.len() != row.len()) {
            return Err(format!("populations.txt line {}: {} columns", k + 1, row.len()).into());
        }
        rows.push(row);
    }
    let cols = rows.first().map_or(0, Vec::len);
    Ok(Array2::from_shape_vec((rows.len(), cols), rows.concat())?)
}

/// Prints the dominant periods and writes `fft_populations.png`.
fn run(ctx: &Context) -> Result {
    let data = loadtxt(&std::fs::read_to_string(
        ctx.data_dir()?.join("populations.txt"),
    )?)?;
    // years = data[:, 0]; populations = data[:, 1:]
    let years = data.column(0);
    let populations = data.slice(sci::ndarray::s![.., 1..]);
    // ft_populations = fftpack.fft(populations, axis=0)
    let ft = fftpack::fft(populations, &FftOptions::default().axis(0))?;
    // frequencies = fftpack.fftfreq(populations.shape[0], years[1] - years[0]); periods = 1 / frequencies
    let n = populations.nrows();
    let frequencies = fftpack::fftfreq(n, years[1] - years[0])?;
    let periods = frequencies.mapv(|f| 1.0 / f);
    println!(
        "  {n} years ({} to {}), columns hare, lynx, carrot",
        years[0],
        years[n - 1]
    );
    let mut plot = Plot::new("Crude periodicity finding: |FFT| of the populations")
        .x_label("Period [years]")
        .y_label("|fft| x 1e-3")
        .x_range(0.0, 22.0);
    for (c, name) in ["hare", "lynx", "carrot"].iter().enumerate() {
        // The strongest positive frequency (the zero frequency is the mean).
        let best = (1..=n / 2)
            .max_by(|&a, &b| ft[[a, c]].norm().total_cmp(&ft[[b, c]].norm()))
            .ok_or("too few years")?;
        println!(
            "  {name}: strongest frequency {:.4} / year -> period {:.1} years (|fft| = {:.0})",
            frequencies[best],
            periods[best],
            ft[[best, c]].norm()
        );
        plot = plot.scatter(
            *name,
            (1..n)
                .filter(|&k| periods[k] > 0.0)
                .map(|k| (periods[k], ft[[k, c]].norm() * 1e-3)),
        );
    }
    let path = ctx.figure_path("fft_populations.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
