//! The private Python environment (git-ignored `.venv-golden/`) with the pinned numpy, SciPy,
//! mpmath and threadpoolctl of `xtask/golden/requirements.txt`, shared by `golden` and
//! `bench-compare`.

use std::path::PathBuf;
use std::process::Command;

use crate::DynResult;
use crate::workspace::{root, run_checked};

/// Makes the environment if it is missing or its requirements changed, and returns the path
/// of its Python interpreter.
///
/// Fails with a clear message where no `python3` is on the PATH.
pub fn ensure() -> DynResult<PathBuf> {
    let root = root();
    let venv = root.join(".venv-golden");
    let python = venv.join("bin").join("python");
    let requirements = root.join("xtask").join("golden").join("requirements.txt");
    let wanted = std::fs::read_to_string(&requirements)
        .map_err(|e| format!("cannot read {}: {e}", requirements.display()))?;
    let stamp = venv.join("requirements.installed");
    if python.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(python);
    }
    let system_python = find_python3().ok_or(
        "python3 was not found on the PATH: the golden fixtures and the SciPy twins need \
         Python 3 (with its venv module); install it and run the command again",
    )?;
    if !python.exists() {
        run_checked(Command::new(&system_python).args(["-m", "venv"]).arg(&venv))?;
    }
    run_checked(
        Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-r",
            ])
            .arg(&requirements),
    )?;
    std::fs::write(&stamp, wanted)?;
    Ok(python)
}

fn find_python3() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("python3"))
        .find(|candidate| candidate.is_file())
}
