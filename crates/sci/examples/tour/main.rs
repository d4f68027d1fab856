//! The tour of sci: every example of the tutorials sci follows, run with sci.
//!
//! ```text
//! cargo run --release -p sci --example tour [-- [--data DIR] [--only NAME]]
//! ```
//!
//! Each section follows one example or exercise of the tutorials in `shared/tutorials/`: it
//! prints the tutorial's numbers and writes its figures as PNG to `target/tour/`. Sections that
//! need the exercises' data files run only when given `--data DIR`; without it they are listed
//! as skipped.
//!
//! # Adding a section
//!
//! Write `examples/tour/<name>.rs` with a `pub const SECTION: Section` (name, what it follows, whether
//! it needs `--data`, its run function), declare it with `mod <name>;` below, and add
//! `<name>::SECTION` to [`SECTIONS`]. The run function gets a [`Context`] (where figures go,
//! where the data is) and returns a [`Result`]: errors are values, reported by `main`.

// The figure toolkit offers plot kinds and options that not every section uses.
#[allow(dead_code)]
mod figure;

mod constants;
mod fft_blur;
mod fft_moon;
mod fft_populations;
mod fft_signal;
mod linalg;
mod ndimage_filters;
mod ndimage_geometry;
mod ndimage_glass;
mod ndimage_measurements;
mod ndimage_morphology;
mod optimize_camelback;
mod optimize_fit;
mod optimize_lidar;
mod optimize_roots;
mod optimize_scalar;
mod special;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every section of the tour, in the order they run.
const SECTIONS: &[Section] = &[
    constants::SECTION,
    special::SECTION,
    linalg::SECTION,
    fft_signal::SECTION,
    fft_blur::SECTION,
    fft_moon::SECTION,
    fft_populations::SECTION,
    optimize_fit::SECTION,
    optimize_roots::SECTION,
    optimize_scalar::SECTION,
    optimize_camelback::SECTION,
    optimize_lidar::SECTION,
    ndimage_geometry::SECTION,
    ndimage_filters::SECTION,
    ndimage_morphology::SECTION,
    ndimage_measurements::SECTION,
    ndimage_glass::SECTION,
];

/// The error a section returns: any error of sci, plotters, the figure module or I/O.
pub type Error = Box<dyn std::error::Error + Send + Sync>;

/// What a section returns.
pub type Result<T = ()> = std::result::Result<T, Error>;

/// One section of the tour: an example or exercise of a tutorial.
pub struct Section {
    /// The name `--only` selects it by, also the prefix of its figure files.
    pub name: &'static str,
    /// The tutorial and section it follows, e.g. "Lecture notes 5.5, curve fitting".
    pub follows: &'static str,
    /// Whether it reads the exercises' data files, and so runs only with `--data DIR`.
    pub needs_data: bool,
    /// Prints the section's numbers and writes its figures.
    pub run: fn(&Context) -> Result,
}

/// What a running section is given.
pub struct Context {
    /// The directory figures are written to (`target/tour/`).
    out_dir: PathBuf,
    /// The data directory given with `--data`, if any.
    data_dir: Option<PathBuf>,
}

impl Context {
    /// The path of the figure `file` (e.g. `"constants_alaska.png"`) in the output directory.
    pub fn figure_path(&self, file: &str) -> PathBuf {
        self.out_dir.join(file)
    }

    /// The data directory given with `--data`.
    ///
    /// # Errors
    ///
    /// When the tour was run without `--data` (sections that need it are skipped then, so
    /// this only fails for a section whose `needs_data` is wrong).
    #[allow(dead_code)] // Used by the sections that read the exercises' data files.
    pub fn data_dir(&self) -> Result<&Path> {
        self.data_dir
            .as_deref()
            .ok_or_else(|| "this section needs the data directory: run with --data DIR".into())
    }

    /// Prints where a figure was written, relative to the working directory when possible.
    pub fn report_figure(&self, path: &Path) {
        let cwd = std::env::current_dir().unwrap_or_default();
        let shown = path.strip_prefix(&cwd).unwrap_or(path);
        println!("  figure: {}", shown.display());
    }
}

/// The command line, parsed.
struct Args {
    /// `--data DIR`.
    data_dir: Option<PathBuf>,
    /// `--only NAME`.
    only: Option<String>,
    /// `--help` or `-h`.
    help: bool,
}

/// Parses the arguments after the program name.
fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args> {
    let mut parsed = Args {
        data_dir: None,
        only: None,
        help: false,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--help" | "-h" => parsed.help = true,
            "--data" => {
                let dir = args.next().ok_or("--data needs a directory")?;
                parsed.data_dir = Some(PathBuf::from(dir));
            }
            "--only" => parsed.only = Some(args.next().ok_or("--only needs a section name")?),
            other => {
                if let Some(dir) = other.strip_prefix("--data=") {
                    parsed.data_dir = Some(PathBuf::from(dir));
                } else if let Some(name) = other.strip_prefix("--only=") {
                    parsed.only = Some(name.to_owned());
                } else {
                    return Err(format!("unknown argument {other:?} (try --help)").into());
                }
            }
        }
    }
    Ok(parsed)
}

/// The usage text, with the list of sections.
fn usage() -> String {
    let mut text = String::from(
        "The tour of sci: the tutorials' examples, run with sci.\n\n\
         Usage: cargo run --release -p sci --example tour [-- OPTIONS]\n\n\
         Options:\n  \
           --data DIR   also run the sections that need the exercises' data files\n  \
           --only NAME  run only the section NAME\n  \
           -h, --help   print this help\n\n\
         Figures are written to target/tour/ (under CARGO_TARGET_DIR if set).\n\n\
         Sections:\n",
    );
    for s in SECTIONS {
        let data = if s.needs_data { "  [needs --data]" } else { "" };
        text.push_str(&format!("  {:<14} {}{data}\n", s.name, s.follows));
    }
    text
}

/// The directory figures go to: `$CARGO_TARGET_DIR/tour`, else the workspace's `target/tour`.
fn figure_dir() -> PathBuf {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => {
            // crates/sci -> the workspace root.
            let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
            manifest
                .ancestors()
                .nth(2)
                .unwrap_or(manifest)
                .join("target")
        }
    };
    target.join("tour")
}

/// Runs the selected sections; returns how many failed.
fn run(args: &Args) -> Result<usize> {
    let selected: Vec<&Section> = match &args.only {
        None => SECTIONS.iter().collect(),
        Some(name) => {
            let section = SECTIONS.iter().find(|s| s.name == name).ok_or_else(|| {
                let names: Vec<&str> = SECTIONS.iter().map(|s| s.name).collect();
                format!(
                    "no section {name:?}; the sections are: {}",
                    names.join(", ")
                )
            })?;
            vec![section]
        }
    };
    let ctx = Context {
        out_dir: figure_dir(),
        data_dir: args.data_dir.clone(),
    };
    std::fs::create_dir_all(&ctx.out_dir)
        .map_err(|e| format!("cannot create {}: {e}", ctx.out_dir.display()))?;
    if let Some(dir) = &ctx.data_dir
        && !dir.is_dir()
    {
        return Err(format!("--data {}: not a directory", dir.display()).into());
    }

    let (mut ran, mut skipped, mut failed) = (0, Vec::new(), Vec::new());
    for section in selected {
        if section.needs_data && ctx.data_dir.is_none() {
            skipped.push(section);
            continue;
        }
        println!("\n=== {}: {} ===\n", section.name, section.follows);
        match (section.run)(&ctx) {
            Ok(()) => ran += 1,
            Err(err) => {
                eprintln!("  error in section {}: {err}", section.name);
                failed.push(section.name);
            }
        }
    }

    println!("\n=== summary ===\n");
    println!(
        "  ran {ran} section(s); figures in {}",
        ctx.out_dir.display()
    );
    for s in &skipped {
        println!(
            "  skipped {}: needs the exercises' data files (run with --data DIR)",
            s.name
        );
    }
    for name in &failed {
        println!("  FAILED {name}");
    }
    Ok(failed.len())
}

/// Parses the arguments and runs the tour; any error is printed and gives a non-zero exit code.
fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(err) => {
            eprintln!("error: {err}\n\n{}", usage());
            return ExitCode::FAILURE;
        }
    };
    if args.help {
        print!("{}", usage());
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
