//! Section `optimize_scalar`: the lecture notes' scalar function `f(x) = x² + 10 sin x`
//! (5.5): its minima by BFGS from 0 and from 3, the global minimum by basinhopping, the
//! local one in (0, 10) by `fminbound`, and its roots by `fsolve` from 1 and -2.5, all in
//! one figure.

use rand::SeedableRng;
use rand::rngs::StdRng;
use sci::optimize::{FminBfgsOptions, basinhopping, fmin_bfgs_with, fminbound, fsolve};

use crate::figure::Plot;
use crate::optimize_fit::linspace;
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "optimize_scalar",
    follows: "Lecture notes 5.5: minima and roots of x² + 10 sin x (fmin_bfgs, basinhopping, fminbound, fsolve)",
    needs_data: false,
    run,
};

fn f(x: f64) -> f64 {
    x * x + 10.0 * x.sin()
}

fn run(ctx: &Context) -> Result {
    let objective = |x: &[f64]| f(x[0]);
    let from_0 = fmin_bfgs_with(objective, &[0.0], FminBfgsOptions::default())?;
    println!("\n  optimize.fmin_bfgs(f, 0)");
    println!("  Optimization terminated successfully.");
    println!("      Current function value: {:.6}", from_0.fopt);
    println!("      Function evaluations: {}", from_0.func_calls);
    println!("      Gradient evaluations: {}", from_0.grad_calls);
    println!("  array({:.8})", from_0.xopt);
    let from_3 = fmin_bfgs_with(objective, &[3.0], FminBfgsOptions::default())?;
    println!("  optimize.fmin_bfgs(f, 3) = {:.8}", from_3.xopt);

    let mut rng = StdRng::seed_from_u64(512);
    let global = basinhopping(objective, &[0.0], &mut rng)?;
    println!(
        "  optimize.basinhopping(f, 0): x = {:.8}, fun = {:.10}, nit = {}, nfev = {}, minimization_failures = {}",
        global.x, global.fun, global.nit, global.nfev, global.minimization_failures
    );
    let local = fminbound(f, 0.0, 10.0)?;
    println!("  optimize.fminbound(f, 0, 10) = {local:.7}");
    let root = fsolve(|x: &[f64], r: &mut [f64]| r[0] = f(x[0]), &[1.0])?;
    let root2 = fsolve(|x: &[f64], r: &mut [f64]| r[0] = f(x[0]), &[-2.5])?;
    println!("  optimize.fsolve(f, 1) = {root:.8}, optimize.fsolve(f, -2.5) = {root2:.8}");

    let xs = linspace(-10.0, 10.0, 201);
    let plot = Plot::new("x² + 10 sin x: minima and roots")
        .x_label("x")
        .y_label("f(x)")
        .line("f(x)", xs.iter().map(|&x| (x, f(x))))
        .scatter("global minimum (basinhopping)", [(global.x[0], global.fun)])
        .scatter("local minimum (fminbound)", [(local, f(local))])
        .scatter("roots (fsolve)", [(root[0], 0.0), (root2[0], 0.0)]);
    let path = ctx.figure_path("optimize_scalar.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
