//! `cargo xtask ci`: everything CI checks, in one place (`.ci/run` and the GitHub workflow
//! call this).
//!
//! One dev profile serves clippy, the tests and the docs, so the workspace's dependencies are
//! built once for checking and once for the tests, not more.

use std::process::Command;

use crate::DynResult;
use crate::workspace::run_checked;

/// Runs the checks in order, stopping at the first failure.
pub fn run(args: &[String]) -> DynResult<()> {
    if let Some(extra) = args.first() {
        return Err(format!("`ci` takes no arguments (got `{extra}`)").into());
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let step = |title: &str| eprintln!("\n==> {title}");

    step("formatting (cargo fmt --check)");
    run_checked(Command::new(&cargo).args(["fmt", "--all", "--", "--check"]))?;

    step("generated docs are current (scipy-map --check)");
    crate::scipy_map::run(&["--check".to_string()])?;

    step("clippy, all targets, warnings denied");
    run_checked(Command::new(&cargo).args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--locked",
        "--",
        "-D",
        "warnings",
    ]))?;

    step("tests and doctests");
    run_checked(
        Command::new(&cargo)
            .args(["test", "--workspace", "--all-features", "--locked"])
            .env("RUSTDOCFLAGS", "-D warnings")
            // Property tests draw from a fixed seed, so a CI run is reproducible; set
            // PROPTEST_RNG_SEED yourself to explore other inputs.
            .env(
                "PROPTEST_RNG_SEED",
                std::env::var("PROPTEST_RNG_SEED").unwrap_or_else(|_| "20261124".to_string()),
            ),
    )?;

    step("docs, warnings denied");
    run_checked(
        Command::new(&cargo)
            .args([
                "doc",
                "--workspace",
                "--all-features",
                "--no-deps",
                "--locked",
            ])
            .env("RUSTDOCFLAGS", "-D warnings"),
    )?;

    eprintln!("\nci: all checks passed");
    Ok(())
}
