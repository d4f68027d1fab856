//! `cargo xtask`: the project's automation, one module per command.
//!
//! - `cargo xtask ci`: formatting, clippy, tests and doctests, docs (what CI runs);
//! - `cargo xtask golden [NAME]`: regenerate the SciPy golden fixtures of one crate (or all);
//! - `cargo xtask accuracy`: measure special functions in ULPs, write `docs/accuracy.md`;
//! - `cargo xtask scipy-map [--check]`: write (or check) `docs/scipy-map.md` and the crates'
//!   `scipy-names.md` tables;
//! - `cargo xtask bench-compare [FILTER] [--threads N]`: run the criterion benches and their
//!   SciPy twins, write `benches/RESULTS.md` and `benches/results.json`.

mod accuracy;
mod bench_compare;
mod ci;
mod golden;
mod python_env;
mod scipy_map;
#[cfg(test)]
mod tidy;
mod workspace;

use std::process::ExitCode;

/// The error type of every command: a message for the person who ran it.
pub type DynResult<T> = Result<T, Box<dyn std::error::Error>>;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  ci                               fmt check, clippy -D warnings, tests + doctests, docs (-D warnings)
  golden [NAME]                    regenerate SciPy fixtures of crate sci-NAME (all crates when omitted)
  accuracy                         run the accuracy tests, write docs/accuracy.md (ULPs vs mpmath, beside SciPy)
  scipy-map [--check]              write docs/scipy-map.md and crates/*/scipy-names.md (--check: fail if stale)
  bench-compare [FILTER] [--threads N]
                                   run criterion benches and SciPy twins, write benches/RESULTS.md";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((command, rest)) = args.split_first() else {
        eprintln!("{USAGE}");
        return ExitCode::FAILURE;
    };
    let outcome = match command.as_str() {
        "ci" => ci::run(rest),
        "golden" => golden::run(rest),
        "accuracy" => accuracy::run(rest),
        "scipy-map" => scipy_map::run(rest),
        "bench-compare" => bench_compare::run(rest),
        "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}").into()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("xtask {command}: {error}");
            ExitCode::FAILURE
        }
    }
}
