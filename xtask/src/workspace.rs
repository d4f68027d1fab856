//! Where things are: the workspace root and running commands from it.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::DynResult;

/// The workspace root (the parent of the `xtask` package).
pub fn root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Runs `command` from the workspace root, echoing it, and fails unless it exits with 0.
pub fn run_checked(command: &mut Command) -> DynResult<()> {
    command.current_dir(root());
    eprintln!("$ {}", describe(command));
    let status = command
        .status()
        .map_err(|e| format!("cannot start `{}`: {e}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)).into())
    }
}

/// The command line of `command`, for messages.
pub fn describe(command: &Command) -> String {
    let mut line = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}
