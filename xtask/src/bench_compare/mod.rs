//! `cargo xtask bench-compare [FILTER] [--threads N]`: runs sci's criterion benches and their
//! SciPy twins for the workload ids FILTER selects, measures the physical references on both
//! sides, and writes `benches/RESULTS.md` and `benches/results.json`.
//!
//! The steps, one module each:
//!
//! 1. [`workloads`]: read `benches/workloads.toml` and select ids with FILTER (substrings,
//!    `|`-alternatives, `^`/`$` anchors; see that module);
//! 2. [`criterion`]: delete the selected ids' old criterion results, run `cargo bench -p <crate>`
//!    with a filter matching exactly those ids for each owning crate that has benches, and read
//!    the medians (ids without a result are `not implemented`);
//! 3. [`sysref`]: `sys/copy_1gib` and `sys/dgemm_2000` on sci's side (faer);
//! 4. [`scipy`]: the SciPy twins and numpy's references through `benches/scipy/harness.py`
//!    ([`protocol`] is the shared timing protocol);
//! 5. [`machine`] and [`report`]: describe the machine, build and write the report.
//!
//! `--threads N` runs both sides on N threads: `RAYON_NUM_THREADS=N` for the benches (and a
//! pool of N, or `Par::Seq` for 1, for faer's dgemm), `threadpoolctl` limits for numpy/SciPy.
//! Without it each side keeps its library defaults, and the report records both settings.
//! A `cargo bench` that fails is reported, the files are still written, and the command fails.

mod criterion;
mod machine;
mod protocol;
mod report;
mod scipy;
mod sysref;
mod workloads;

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::workspace::root;
use crate::{DynResult, python_env};

use workloads::{Filter, Workload};

const USAGE: &str = "usage: cargo xtask bench-compare [FILTER] [--threads N]

  FILTER       select workload ids of benches/workloads.toml: substrings separated by `|`,
               each optionally anchored with a leading `^` and/or a trailing `$`
               (e.g. `^linalg/`, `fft|^signal/welch`, `^fft/rfft_2p20$`); default: all
  --threads N  run both sides on N threads (RAYON_NUM_THREADS for sci, threadpoolctl for
               numpy/SciPy); default: each library's own default";

/// The command-line options.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Options {
    /// The FILTER as given, if any.
    pattern: Option<String>,
    /// `--threads N`.
    threads: Option<usize>,
}

impl Options {
    /// Parses `[FILTER] [--threads N]` (also `--threads=N`), in any order.
    fn parse(args: &[String]) -> DynResult<Self> {
        let mut options = Self {
            pattern: None,
            threads: None,
        };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let threads = if arg == "--threads" {
                Some(args.next().ok_or("--threads needs a number")?.as_str())
            } else {
                arg.strip_prefix("--threads=")
            };
            if let Some(value) = threads {
                let n: usize = value
                    .parse()
                    .map_err(|_| format!("--threads: `{value}` is not a number"))?;
                if n == 0 {
                    return Err("--threads must be at least 1".into());
                }
                options.threads = Some(n);
            } else if arg == "-h" || arg == "--help" {
                return Err(USAGE.into());
            } else if arg.starts_with('-') {
                return Err(format!("unknown option `{arg}`\n\n{USAGE}").into());
            } else if options.pattern.is_some() {
                return Err(format!("more than one FILTER given (`{arg}`)\n\n{USAGE}").into());
            } else {
                options.pattern = Some(arg.clone());
            }
        }
        Ok(options)
    }

    /// The command line, for the report.
    fn command_line(&self) -> String {
        let mut line = "cargo xtask bench-compare".to_owned();
        if let Some(pattern) = &self.pattern {
            line.push_str(&format!(" '{pattern}'"));
        }
        if let Some(n) = self.threads {
            line.push_str(&format!(" --threads {n}"));
        }
        line
    }
}

/// Runs `cargo xtask bench-compare` with the arguments after the command name.
pub fn run(args: &[String]) -> DynResult<()> {
    let options = Options::parse(args)?;
    let filter = match &options.pattern {
        Some(pattern) => Filter::parse(pattern)?,
        None => Filter::all(),
    };
    let registry = workloads::load()?;
    let total = registry.len();
    let selected: Vec<Workload> = registry
        .into_iter()
        .filter(|w| filter.matches(&w.id))
        .collect();
    if selected.is_empty() {
        return Err(format!(
            "FILTER `{}` selects none of the {total} workloads of {}",
            options.pattern.as_deref().unwrap_or_default(),
            workloads::registry_path().display()
        )
        .into());
    }
    eprintln!(
        "bench-compare: {} of {total} workloads selected",
        selected.len()
    );
    // The Python environment first: a missing python3 fails before the long benches.
    let python = python_env::ensure()?;
    let generated_utc = report::utc_timestamp(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
    );
    let sci = criterion::run(&selected, options.threads)?;
    let sci_sys = sysref::measure_sci(options.threads)?;
    let twins = scipy::run(&python, &selected, options.threads)?;
    let machine = machine::collect(options.threads, &twins);
    let report = report::build(report::Inputs {
        command: options.command_line(),
        generated_utc,
        threads: options.threads,
        selected: &selected,
        sci: &sci,
        twins: &twins,
        sci_sys,
        machine,
    });

    let (md_path, json_path) = output_paths();
    std::fs::write(&md_path, report::markdown(&report))
        .map_err(|e| format!("cannot write {}: {e}", md_path.display()))?;
    let json = serde_json::to_string_pretty(&report)? + "\n";
    std::fs::write(&json_path, json)
        .map_err(|e| format!("cannot write {}: {e}", json_path.display()))?;

    let summary = &report.summary;
    println!(
        "bench-compare: {} selected, {} implemented in sci, {} compared; geometric mean ratio \
         SciPy/sci: {}",
        summary.selected,
        summary.implemented,
        summary.compared,
        summary
            .geomean_ratio
            .map_or_else(|| "none yet".to_owned(), report::format_ratio)
    );
    if let Some(numpy) = &report.sys.numpy {
        println!(
            "bench-compare: sys/copy_1gib {:.1} GB/s numpy, {:.1} GB/s sci; sys/dgemm_2000 {:.1} \
             GFLOP/s numpy, {:.1} GFLOP/s sci",
            numpy.copy_1gib.rate,
            report.sys.sci.copy_1gib.rate,
            numpy.dgemm_2000.rate,
            report.sys.sci.dgemm_2000.rate
        );
    }
    println!(
        "bench-compare: wrote {} and {}",
        md_path.display(),
        json_path.display()
    );
    if report.bench_failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} cargo bench run(s) failed (see {}): {}",
            report.bench_failures.len(),
            md_path.display(),
            report.bench_failures.join("; ")
        )
        .into())
    }
}

/// `benches/RESULTS.md` and `benches/results.json`.
fn output_paths() -> (PathBuf, PathBuf) {
    let benches = root().join("benches");
    (benches.join("RESULTS.md"), benches.join("results.json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> DynResult<Options> {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        Options::parse(&args)
    }

    #[test]
    fn options_take_a_filter_and_threads_in_any_order() {
        let options = parse(&["^linalg/", "--threads", "1"]).expect("valid");
        assert_eq!(options.pattern.as_deref(), Some("^linalg/"));
        assert_eq!(options.threads, Some(1));
        let options = parse(&["--threads=2", "fft"]).expect("valid");
        assert_eq!(
            (options.pattern.as_deref(), options.threads),
            (Some("fft"), Some(2))
        );
        assert_eq!(
            options.command_line(),
            "cargo xtask bench-compare 'fft' --threads 2"
        );
        assert_eq!(
            parse(&[]).expect("valid"),
            Options {
                pattern: None,
                threads: None
            }
        );
    }

    #[test]
    fn options_reject_bad_input() {
        assert!(parse(&["--threads"]).is_err());
        assert!(parse(&["--threads", "0"]).is_err());
        assert!(parse(&["--threads", "two"]).is_err());
        assert!(parse(&["--fast"]).is_err());
        assert!(parse(&["fft", "linalg"]).is_err());
    }
}
