//! Section `optimize_lidar` (needs `--data`): the lecture notes' summary exercise "Non linear
//! least squares curve fitting: application to point extraction in topographical lidar
//! data" (5.11.2): `waveform_1.npy` fitted by `B + A exp(-((t - μ)/σ)²)` with `leastsq` from
//! `[3, 30, 15, 1]`; `waveform_2.npy` by three Gaussians; and from the poor start
//! `[3, 50, 20, 1]`, `leastsq` against `fmin_slsqp` with positivity bounds.

use std::path::Path;

use ndarray_npy::ReadNpyExt;
use sci::ndarray::Array1;
use sci::optimize::{FminSlsqpOptions, fmin_slsqp_with, leastsq};

use crate::figure::Plot;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "optimize_lidar",
    follows: "Lecture notes 5.11.2 summary exercise: lidar waveform fitting (leastsq, fmin_slsqp)",
    needs_data: true,
    run,
};

/// One Gaussian peak per three coefficients `(A, μ, σ)` on a background `c[0]`.
fn model(t: f64, c: &[f64]) -> f64 {
    c[0] + c[1..]
        .chunks(3)
        .map(|p| p[0] * (-((t - p[1]) / p[2]).powi(2)).exp())
        .sum::<f64>()
}

/// A waveform (uint8 counts) as floats.
fn load(dir: &Path, name: &str) -> Result<Vec<f64>> {
    let file = std::fs::File::open(dir.join(name))?;
    let w = Array1::<u8>::read_npy(file)?;
    Ok(w.iter().map(|&v| f64::from(v)).collect())
}

/// Fits `model` to `y` by `leastsq` from `x0`.
fn fit(y: &[f64], x0: &[f64]) -> Result<Array1<f64>> {
    let residuals = |c: &[f64], r: &mut [f64]| {
        for (t, (ri, yi)) in r.iter_mut().zip(y).enumerate() {
            *ri = yi - model(t as f64, c);
        }
    };
    Ok(leastsq(residuals, x0, y.len())?)
}

fn save(
    ctx: &Context,
    file: &str,
    title: &str,
    y: &[f64],
    fits: &[(&str, &Array1<f64>)],
) -> Result {
    let mut plot = Plot::new(title)
        .x_label("t (bin)")
        .y_label("counts")
        .line_points(
            "waveform",
            y.iter().enumerate().map(|(t, v)| (t as f64, *v)),
        );
    for (label, c) in fits {
        let c = c.to_vec();
        plot = plot.line(
            *label,
            (0..y.len() * 4).map(|k| {
                let t = k as f64 / 4.0;
                (t, model(t, &c))
            }),
        );
    }
    let path = ctx.figure_path(file);
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}

fn run(ctx: &Context) -> Result {
    let dir = ctx.data_dir()?;
    let w1 = load(dir, "waveform_1.npy")?;
    let x = fit(&w1, &[3.0, 30.0, 15.0, 1.0])?;
    println!("\n  waveform_1: leastsq from [3, 30, 15, 1]: {x:.8}");
    println!("  (the notes: [ 2.70363341  27.82020742  15.47924562  3.05636228])");
    save(
        ctx,
        "optimize_lidar_waveform_1.png",
        "waveform_1 and its Gaussian model (leastsq)",
        &w1,
        &[("model", &x)],
    )?;

    let w2 = load(dir, "waveform_2.npy")?;
    let guess = [3.0, 25.0, 16.0, 2.0, 12.0, 24.0, 2.0, 8.0, 29.0, 3.0];
    let x3 = fit(&w2, &guess)?;
    println!("  waveform_2: three Gaussians by leastsq from {guess:?}:");
    for (k, p) in x3.as_slice().unwrap_or(&[])[1..].chunks(3).enumerate() {
        println!(
            "    peak {}: A = {:.3}, μ = {:.3}, σ = {:.3}",
            k + 1,
            p[0],
            p[1],
            p[2]
        );
    }
    println!("    background B = {:.3}", x3[0]);
    save(
        ctx,
        "optimize_lidar_waveform_2.png",
        "waveform_2 and its three-Gaussian model",
        &w2,
        &[("model", &x3)],
    )?;

    let poor = [3.0, 50.0, 20.0, 1.0];
    let unconstrained = fit(&w1, &poor)?;
    let sse = |c: &[f64]| {
        w1.iter()
            .enumerate()
            .map(|(t, y)| (y - model(t as f64, c)).powi(2))
            .sum::<f64>()
    };
    let options = FminSlsqpOptions::default().bounds(vec![(Some(0.0), Some(200.0)); 4]);
    let bounded = fmin_slsqp_with(sse, &poor, options)?;
    println!("  from the poor start {poor:?}:");
    println!(
        "    leastsq:            {unconstrained:.6} (sum of squares {:.2})",
        sse(unconstrained.as_slice().unwrap_or(&[]))
    );
    println!(
        "    fmin_slsqp, bounds: {:.6} (sum of squares {:.2})",
        bounded.x, bounded.fx
    );
    save(
        ctx,
        "optimize_lidar_bounds.png",
        "waveform_1 from a poor start: leastsq vs fmin_slsqp with bounds",
        &w1,
        &[
            ("leastsq", &unconstrained),
            ("fmin_slsqp (0 <= c <= 200)", &bounded.x),
        ],
    )
}
