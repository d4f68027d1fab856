//! Section `constants`: `scipy.constants` (lecture notes 5, the module table) and the data
//! of the exercise "Curve fitting of temperature data" (lecture notes 5.5): the Alaska monthly
//! temperature extremes, converted to kelvin and Fahrenheit and plotted in °C.

use sci::constants::{self as k, convert_temperature, physical_constants};

use crate::figure::{Mark, PALETTE, Plot, Series};
use crate::{Context, Result, Section};

/// The section's registry entry.
pub const SECTION: Section = Section {
    name: "constants",
    follows: "Lecture notes 5.x scipy.constants / exercise data: Alaska temperature extremes",
    needs_data: false,
    run,
};

/// The months, starting in January.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Monthly maximum temperatures in Alaska, °C, January first (lecture notes 5.5, exercise
/// "Curve fitting of temperature data").
const ALASKA_MAX: [f64; 12] = [
    17.0, 19.0, 21.0, 28.0, 33.0, 38.0, 37.0, 37.0, 31.0, 23.0, 19.0, 18.0,
];

/// Monthly minimum temperatures in Alaska, °C, January first (same source).
const ALASKA_MIN: [f64; 12] = [
    -62.0, -59.0, -56.0, -46.0, -32.0, -18.0, -9.0, -13.0, -25.0, -46.0, -52.0, -58.0,
];

/// Prints the constants and the converted table, and writes `constants_alaska.png`.
fn run(ctx: &Context) -> Result {
    print_constants()?;
    print_alaska_table()?;
    plot_alaska(ctx)
}

/// A number as Python prints it: plain when moderate, in exponent form when tiny or huge.
fn py(x: f64) -> String {
    if x == 0.0 || (1e-4..1e16).contains(&x.abs()) {
        format!("{x:?}")
    } else {
        // Python writes a positive exponent with its sign: 6.02214076e+23.
        let s = format!("{x:e}");
        match s.split_once('e') {
            Some((mantissa, exp)) if !exp.starts_with('-') => format!("{mantissa}e+{exp}"),
            _ => s,
        }
    }
}

/// Prints a few constants with SciPy's names and one full CODATA entry.
fn print_constants() -> Result {
    let rows: [(&str, f64, &str, &str); 9] = [
        ("c", k::c, "m s^-1", "speed of light in vacuum"),
        ("h", k::h, "J Hz^-1", "Planck constant"),
        ("hbar", k::hbar, "J s", "reduced Planck constant"),
        (
            "G",
            k::G,
            "m^3 kg^-1 s^-2",
            "Newtonian constant of gravitation",
        ),
        ("g", k::g, "m s^-2", "standard acceleration of gravity"),
        ("N_A", k::N_A, "mol^-1", "Avogadro constant"),
        ("k", k::k, "J K^-1", "Boltzmann constant"),
        ("e", k::e, "C", "elementary charge"),
        ("m_e", k::m_e, "kg", "electron mass"),
    ];
    println!("  sci::constants (CODATA 2022, SI units)\n");
    println!("  {:<5} {:>24}  {:<15} what", "name", "value", "unit");
    for (name, value, unit, what) in rows {
        println!("  {name:<5} {:>24}  {unit:<15} {what}", py(value));
    }

    let key = "electron mass";
    let m_e = physical_constants(key)?;
    println!(
        "\n  physical_constants['{key}'] = ({}, '{}', {})",
        py(m_e.value),
        m_e.unit,
        py(m_e.uncertainty)
    );
    println!(
        "  relative standard uncertainty: {:.1e}",
        m_e.uncertainty / m_e.value
    );
    Ok(())
}

/// Prints the Alaska extremes in °C, K and °F, converted with `convert_temperature`.
fn print_alaska_table() -> Result {
    let max_k = convert_temperature(&ALASKA_MAX, "Celsius", "Kelvin")?;
    let max_f = convert_temperature(&ALASKA_MAX, "Celsius", "Fahrenheit")?;
    let min_k = convert_temperature(&ALASKA_MIN, "Celsius", "Kelvin")?;
    let min_f = convert_temperature(&ALASKA_MIN, "Celsius", "Fahrenheit")?;

    println!("\n  Alaska monthly temperature extremes (convert_temperature)\n");
    println!(
        "  {:<5} {:>8} {:>8} {:>8}   {:>8} {:>8} {:>8}",
        "month", "max °C", "max K", "max °F", "min °C", "min K", "min °F"
    );
    for (i, month) in MONTHS.iter().enumerate() {
        println!(
            "  {month:<5} {:>8.0} {:>8.2} {:>8.1}   {:>8.0} {:>8.2} {:>8.1}",
            ALASKA_MAX[i], max_k[i], max_f[i], ALASKA_MIN[i], min_k[i], min_f[i]
        );
    }

    let hottest = ALASKA_MAX.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let coldest = ALASKA_MIN.iter().copied().fold(f64::INFINITY, f64::min);
    let span = convert_temperature(&[coldest, hottest], "C", "F")?;
    println!(
        "\n  yearly range: {coldest} °C to {hottest} °C = {:.1} °F to {:.1} °F",
        span[0], span[1]
    );
    Ok(())
}

/// Writes the figure of the extremes per month, in °C.
fn plot_alaska(ctx: &Context) -> Result {
    let month = |i: usize| (i + 1) as f64;
    let max = ALASKA_MAX.iter().enumerate().map(|(i, &t)| (month(i), t));
    let min = ALASKA_MIN.iter().enumerate().map(|(i, &t)| (month(i), t));
    let path = ctx.figure_path("constants_alaska.png");
    Plot::new("Alaska temperature extremes per month")
        .x_label("month (1 = January)")
        .y_label("temperature (°C)")
        .x_range(0.5, 12.5)
        .ticks(12, 10)
        // Maxima in matplotlib's `tab:red`, minima in `tab:blue`.
        .series(Series::new("max", max, Mark::LinePoints).color(PALETTE[3]))
        .series(Series::new("min", min, Mark::LinePoints).color(PALETTE[0]))
        .save(&path)?;
    ctx.report_figure(&path);
    Ok(())
}
