//! Section `optimize_fit`: curve fitting with `scipy.optimize.curve_fit` (SciPy book 3.1.1):
//! a line, a Gaussian and two Gaussians (the line-spectrum fit from the guesses
//! `[1, 3, 1, 1, 15, 1]`) fitted to noisy data; the lecture notes' fit of
//! `a x² + b sin x` (5.5); and the exercise "Curve fitting of temperature data": the Alaska
//! monthly extremes fitted by `avg + ampl cos(2π (t + offset) / 12)`, with both time offsets.
//! The noise comes from a seeded generator, so the fitted values only look like the
//! tutorial's; the Alaska fit is deterministic and gives the exercise's numbers.

use rand::SeedableRng;
use rand::rngs::StdRng;
use rand_distr::{Distribution, StandardNormal};
use sci::optimize::{CurveFit, curve_fit};

use crate::figure::Plot;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "optimize_fit",
    follows: "SciPy book 3.1.1 data fitting; lecture notes 5.5 curve fitting and the Alaska exercise",
    needs_data: false,
    run,
};

/// Monthly maximum and minimum temperatures in Alaska, °C, January first (lecture notes 5.5).
const ALASKA_MAX: [f64; 12] = [
    17.0, 19.0, 21.0, 28.0, 33.0, 38.0, 37.0, 37.0, 31.0, 23.0, 19.0, 18.0,
];
const ALASKA_MIN: [f64; 12] = [
    -62.0, -59.0, -56.0, -46.0, -32.0, -18.0, -9.0, -13.0, -25.0, -46.0, -52.0, -58.0,
];

fn run(ctx: &Context) -> Result {
    let mut rng = StdRng::seed_from_u64(310);
    fit_line(ctx, &mut rng)?;
    fit_gaussian(ctx, &mut rng)?;
    fit_two_gaussians(ctx, &mut rng)?;
    fit_notes_function(&mut rng)?;
    fit_alaska(ctx)
}

/// `n` evenly spaced points from `a` to `b`, both included (numpy's `linspace`).
pub fn linspace(a: f64, b: f64, n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| a + (b - a) * i as f64 / (n - 1) as f64)
        .collect()
}

/// `y + scale · N(0, 1)` per point.
fn noisy(y: &[f64], scale: f64, rng: &mut StdRng) -> Vec<f64> {
    y.iter()
        .map(|v| {
            let z: f64 = StandardNormal.sample(rng);
            v + scale * z
        })
        .collect()
}

/// The standard deviations of the fitted parameters, from the diagonal of `pcov`.
fn errors(fit: &CurveFit) -> Vec<f64> {
    fit.pcov.diag().iter().map(|v| v.sqrt()).collect()
}

/// Data, fit and figure of one model.
fn save_fit(
    ctx: &Context,
    file: &str,
    title: &str,
    x: &[f64],
    yn: &[f64],
    model: impl Fn(f64) -> f64,
) -> Result {
    let plot = Plot::new(title)
        .x_label("x")
        .y_label("y")
        .scatter("noisy data", x.iter().copied().zip(yn.iter().copied()))
        .line("fit", x.iter().map(|&t| (t, model(t))));
    let path = ctx.figure_path(file);
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}

fn fit_line(ctx: &Context, rng: &mut StdRng) -> Result {
    let model = |x: f64, p: &[f64]| p[0] * x + p[1];
    let x = linspace(0.0, 10.0, 100);
    let y: Vec<f64> = x.iter().map(|&t| model(t, &[1.0, 2.0])).collect();
    let yn = noisy(&y, 0.9, rng);
    // SciPy's default start is all ones.
    let fit = curve_fit(model, &x, &yn, &[1.0, 1.0])?;
    println!("\n  curve_fit of a x + b to y = x + 2 + 0.9 N(0, 1) (100 points)");
    println!(
        "  popt = {:.6}, sqrt(diag(pcov)) = {:.4?}",
        fit.popt,
        errors(&fit)
    );
    let p = fit.popt.to_vec();
    save_fit(
        ctx,
        "optimize_fit_line.png",
        "curve_fit: a x + b",
        &x,
        &yn,
        |t| model(t, &p),
    )
}

fn gauss(x: f64, a: f64, b: f64, c: f64) -> f64 {
    a * (-(x - b).powi(2) / (2.0 * c * c)).exp()
}

fn fit_gaussian(ctx: &Context, rng: &mut StdRng) -> Result {
    let model = |x: f64, p: &[f64]| gauss(x, p[0], p[1], p[2]);
    let x = linspace(0.0, 10.0, 100);
    let y: Vec<f64> = x.iter().map(|&t| gauss(t, 1.0, 5.0, 2.0)).collect();
    let yn = noisy(&y, 0.2, rng);
    let fit = curve_fit(model, &x, &yn, &[1.0, 1.0, 1.0])?;
    println!("\n  curve_fit of a exp(-(x - b)² / 2c²) to a = 1, b = 5, c = 2 plus 0.2 N(0, 1)");
    println!(
        "  popt = {:.6}, sqrt(diag(pcov)) = {:.4?}",
        fit.popt,
        errors(&fit)
    );
    let p = fit.popt.to_vec();
    save_fit(
        ctx,
        "optimize_fit_gaussian.png",
        "curve_fit: one Gaussian",
        &x,
        &yn,
        |t| model(t, &p),
    )
}

fn fit_two_gaussians(ctx: &Context, rng: &mut StdRng) -> Result {
    let model = |x: f64, p: &[f64]| gauss(x, p[0], p[1], p[2]) + gauss(x, p[3], p[4], p[5]);
    let x = linspace(0.0, 20.0, 200);
    let y: Vec<f64> = x
        .iter()
        .map(|&t| model(t, &[1.0, 3.0, 1.0, -2.0, 15.0, 0.5]))
        .collect();
    let yn = noisy(&y, 0.2, rng);
    let guesses = [1.0, 3.0, 1.0, 1.0, 15.0, 1.0];
    let fit = curve_fit(model, &x, &yn, &guesses)?;
    println!(
        "\n  curve_fit of two Gaussians (1, 3, 1) and (-2, 15, 0.5) from the guesses {guesses:?}"
    );
    println!("  popt = {:.4}", fit.popt);
    let p = fit.popt.to_vec();
    save_fit(
        ctx,
        "optimize_fit_two_gaussians.png",
        "curve_fit: a line spectrum (two Gaussians)",
        &x,
        &yn,
        |t| model(t, &p),
    )
}

/// Lecture notes 5.5: samples of x² + 10 sin x with N(0, 1) noise, fitted by a x² + b sin x.
fn fit_notes_function(rng: &mut StdRng) -> Result {
    let x = linspace(-10.0, 10.0, 20);
    let y: Vec<f64> = x.iter().map(|&t| t * t + 10.0 * t.sin()).collect();
    let yn = noisy(&y, 1.0, rng);
    let fit = curve_fit(
        |t: f64, p: &[f64]| p[0] * t * t + p[1] * t.sin(),
        &x,
        &yn,
        &[2.0, 2.0],
    )?;
    println!(
        "\n  curve_fit of a x² + b sin x to x² + 10 sin x + N(0, 1) (20 points), guess [2, 2]"
    );
    println!(
        "  params = {:.8} (the notes: [0.99667386, 10.17808313] with their draw)",
        fit.popt
    );
    Ok(())
}

/// The exercise: both extremes fitted by a yearly cosine with a time offset.
fn fit_alaska(ctx: &Context) -> Result {
    let months: Vec<f64> = (0..12).map(f64::from).collect();
    let model = |t: f64, p: &[f64]| p[0] + p[1] * (std::f64::consts::TAU * (t + p[2]) / 12.0).cos();
    let hot = curve_fit(model, &months, &ALASKA_MAX, &[20.0, 10.0, 0.0])?;
    let cold = curve_fit(model, &months, &ALASKA_MIN, &[-40.0, 20.0, 0.0])?;
    println!("\n  Alaska temperature extremes fitted by avg + ampl cos(2π (t + offset) / 12)");
    for (name, fit) in [("max", &hot), ("min", &cold)] {
        let e = errors(fit);
        println!(
            "  {name}: avg = {:.2} ± {:.2}, ampl = {:.2} ± {:.2}, offset = {:.4} ± {:.4} months",
            fit.popt[0], e[0], fit.popt[1], e[1], fit.popt[2], e[2]
        );
    }
    let (eh, ec) = (errors(&hot)[2], errors(&cold)[2]);
    let gap = (hot.popt[2] - cold.popt[2]).abs();
    println!(
        "  offsets differ by {gap:.3} months, {:.1} times their combined error: not the same within the fit accuracy",
        gap / eh.hypot(ec)
    );
    let fine = linspace(0.0, 11.0, 200);
    let (ph, pc) = (hot.popt.to_vec(), cold.popt.to_vec());
    let plot = Plot::new("Alaska temperature extremes and their fits")
        .x_label("month (0 = January)")
        .y_label("temperature (°C)")
        .scatter("max", months.iter().copied().zip(ALASKA_MAX))
        .line("max fit", fine.iter().map(|&t| (t, model(t, &ph))))
        .scatter("min", months.iter().copied().zip(ALASKA_MIN))
        .line("min fit", fine.iter().map(|&t| (t, model(t, &pc))));
    let path = ctx.figure_path("optimize_fit_alaska.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
