//! Section `special`: `scipy.special` (lecture notes 5.2): the frequently used functions the
//! notes name — Bessel functions of integer order (`jn`), the gamma function and `gammaln`,
//! `erf`, and the Jacobian elliptic functions (`ellipj`) — printed at a few points, with a
//! figure of J0..J3 and one of the gamma function.

use sci::special::{ellipj, erf, gamma, gammaln, jn};

use crate::figure::{PALETTE, Plot, Series};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "special",
    follows: "Lecture notes 5.2, special functions: jn, gamma, gammaln, erf, ellipj",
    needs_data: false,
    run,
};

/// Prints the values and writes `special_bessel.png` and `special_gamma.png`.
fn run(ctx: &Context) -> Result {
    print_values();
    plot_bessel(ctx)?;
    plot_gamma(ctx)
}

fn print_values() {
    println!("\n  Bessel functions of integer order, jn(n, x)");
    println!(
        "\n  {:>5} {:>20} {:>20} {:>20} {:>20}",
        "x", "jn(0, x)", "jn(1, x)", "jn(2, x)", "jn(3, x)"
    );
    for x in [0.0, 1.0, 2.5, 5.0, 10.0] {
        let row: Vec<String> = (0..4).map(|n| format!("{:>20.15}", jn(n, x))).collect();
        println!("  {x:>5} {}", row.join(" "));
    }

    println!("\n  gamma and gammaln: gamma overflows past x = 171.6, its logarithm does not");
    for x in [0.5, 5.0, 10.5, 171.0, 200.0] {
        println!(
            "  gamma({x:>5}) = {:<24e} gammaln({x:>5}) = {:.15}",
            gamma(x),
            gammaln(x)
        );
    }

    println!(
        "\n  erf, the area under a Gaussian: P(|Z| < k) = erf(k / sqrt(2)) for a standard normal Z"
    );
    for k in [1.0, 2.0, 3.0] {
        println!(
            "  erf({k} / sqrt 2) = {:.15}",
            erf(k / std::f64::consts::SQRT_2)
        );
    }

    let e = ellipj(0.5, 0.3);
    println!("\n  Jacobian elliptic functions at u = 0.5, m = 0.3 (ellipj)");
    println!(
        "  sn = {:.15}, cn = {:.15}, dn = {:.15}, ph = {:.15}",
        e.sn, e.cn, e.dn, e.ph
    );
    println!("  sn^2 + cn^2 = {:.15}", e.sn * e.sn + e.cn * e.cn);
}

/// J0..J3 on [0, 20].
fn plot_bessel(ctx: &Context) -> Result {
    let xs: Vec<f64> = (0..=800).map(|k| f64::from(k) * 0.025).collect();
    let mut plot = Plot::new("Bessel functions of the first kind, jn(n, x)")
        .x_label("x")
        .y_label("jn(n, x)");
    for n in 0..4 {
        plot = plot.line(format!("J{n}"), xs.iter().map(|&x| (x, jn(n, x))));
    }
    let path = ctx.figure_path("special_bessel.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}

/// The gamma function on [-4.5, 5], one piece between consecutive poles, clipped to |y| <= 10.
fn plot_gamma(ctx: &Context) -> Result {
    let color = PALETTE[0];
    let mut plot = Plot::new("The gamma function")
        .x_label("x")
        .y_label("gamma(x)")
        .x_range(-4.5, 5.0)
        .y_range(-10.0, 10.0);
    // Poles at 0, -1, -2, ...: each piece lies strictly between two of them.
    let pieces: [(f64, f64); 6] = [
        (-4.5, -4.0),
        (-4.0, -3.0),
        (-3.0, -2.0),
        (-2.0, -1.0),
        (-1.0, 0.0),
        (0.0, 5.0),
    ];
    for (k, (lo, hi)) in pieces.into_iter().enumerate() {
        let points = (1..400)
            .map(|i| lo + (hi - lo) * f64::from(i) / 400.0)
            .map(|x| (x, gamma(x)))
            .filter(|(_, y)| y.abs() <= 10.0);
        let label = if k == pieces.len() - 1 {
            "gamma(x)"
        } else {
            ""
        };
        plot = plot.series(Series::new(label, points, crate::figure::Mark::Line).color(color));
    }
    let path = ctx.figure_path("special_gamma.png");
    plot.save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
