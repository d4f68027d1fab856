//! Section `optimize_roots`: solutions of equations with `scipy.optimize.fsolve` (SciPy book
//! 3.1.2): the root of `x + 3` from -2, and the intersections of `cos(x/5)·sin(x/2)` with
//! the line `0.01·x - 0.5` from the guesses `[15, 20, 30, 35, 40, 45]`, solved as one
//! system as the book does.

use sci::optimize::fsolve;

use crate::figure::Plot;
use crate::optimize_fit::linspace;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "optimize_roots",
    follows: "SciPy book 3.1.2 solutions to functions: fsolve, intersections",
    needs_data: false,
    run,
};

fn funky(x: f64) -> f64 {
    (x / 5.0).cos() * (x / 2.0).sin()
}

fn line(x: f64) -> f64 {
    0.01 * x - 0.5
}

fn run(ctx: &Context) -> Result {
    let root = fsolve(|x: &[f64], f: &mut [f64]| f[0] = x[0] + 3.0, &[-2.0])?;
    println!("\n  fsolve(lambda x: x + 3, -2) = {root}");
    let plot = Plot::new("The root of x + 3")
        .x_label("x")
        .y_label("y")
        .line(
            "x + 3",
            linspace(-6.0, 0.0, 50).into_iter().map(|x| (x, x + 3.0)),
        )
        .scatter("fsolve", [(root[0], 0.0)]);
    let path = ctx.figure_path("optimize_roots_line.png");
    plot.save(&path)?;
    ctx.report_figure(&path);

    let guesses = [15.0, 20.0, 30.0, 35.0, 40.0, 45.0];
    let result = fsolve(
        |x: &[f64], f: &mut [f64]| {
            for (fi, &xi) in f.iter_mut().zip(x) {
                *fi = funky(xi) - line(xi);
            }
        },
        &guesses,
    )?;
    let at: Vec<f64> = result.iter().map(|&x| line(x)).collect();
    println!("  intersections of cos(x/5) sin(x/2) and 0.01 x - 0.5 from {guesses:?}:");
    println!("  x = {result:.8}\n  y = {at:.8?}");
    let xs = linspace(0.0, 45.0, 10_000);
    let plot = Plot::new("Intersections found by fsolve")
        .x_label("x")
        .y_label("y")
        .line("cos(x/5) sin(x/2)", xs.iter().map(|&x| (x, funky(x))))
        .line("0.01 x - 0.5", xs.iter().map(|&x| (x, line(x))))
        .scatter("fsolve", result.iter().copied().zip(at));
    let path = ctx.figure_path("optimize_roots_intersections.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
