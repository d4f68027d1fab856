//! `cargo xtask golden [NAME]`: regenerate the SciPy golden fixtures.
//!
//! Runs `xtask/golden/NAME.py` (NAME is a crate's short name, `special` for `sci-special`)
//! in the private Python environment, which writes `crates/sci-NAME/tests/data/`. Without
//! NAME, every script runs. Fixtures are committed; tests never need Python.

use std::process::Command;

use crate::workspace::{root, run_checked};
use crate::{DynResult, python_env};

/// Lists the golden scripts: every `xtask/golden/*.py` except the shared `golden.py` writer.
fn scripts() -> DynResult<Vec<String>> {
    let dir = root().join("xtask").join("golden");
    let mut names = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "py")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
            && stem != "golden"
        {
            names.push(stem.to_string());
        }
    }
    names.sort();
    Ok(names)
}

/// Runs the golden script of one crate, or all of them.
pub fn run(args: &[String]) -> DynResult<()> {
    let available = scripts()?;
    let selected = match args {
        [] => available.clone(),
        [name] => {
            if !available.contains(name) {
                return Err(format!(
                    "no golden script for `{name}` (xtask/golden/{name}.py); available: {}",
                    available.join(", ")
                )
                .into());
            }
            if !root().join("crates").join(format!("sci-{name}")).is_dir() {
                return Err(
                    format!("`{name}` is not a crate short name (no crates/sci-{name})").into(),
                );
            }
            vec![name.clone()]
        }
        _ => return Err("usage: cargo xtask golden [NAME]".into()),
    };
    let python = python_env::ensure()?;
    for name in selected {
        let script = root()
            .join("xtask")
            .join("golden")
            .join(format!("{name}.py"));
        run_checked(
            Command::new(&python)
                .arg(&script)
                .env("PYTHONPATH", root().join("xtask").join("golden"))
                .env("PYTHONHASHSEED", "0"),
        )?;
    }
    Ok(())
}
