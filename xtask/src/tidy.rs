//! House rules as a test (`cargo test -p xtask`), the invariants of `docs/architecture.md`:
//!
//! - every crate under `crates/` has a DAG level, and depends only on crates of lower levels
//!   (a dev-dependency may also be the crate itself);
//! - every dependency of every package comes from `[workspace.dependencies]`
//!   (`dep.workspace = true`), and every package inherits the workspace lints;
//! - every Rust file starts with `//!` module docs;
//! - no `todo!`, `unimplemented!` or `dbg!` in library or xtask sources;
//! - no `#[ignore]` without a reason (`#[ignore = "why"]`).

use std::path::{Path, PathBuf};

use crate::workspace::root;

/// The crates of the workspace and their level in the crate DAG (docs/architecture.md):
/// a crate depends only on crates of lower levels.
const CRATE_LEVELS: &[(&str, u8)] = &[
    ("sci-core", 1),
    ("sci-constants", 2),
    ("sci-special", 2),
    ("sci-fft", 3),
    ("sci-linalg", 4),
    ("sci-sparse", 5),
    ("sci-optimize", 6),
    ("sci-integrate", 6),
    ("sci-differentiate", 6),
    ("sci-ndimage", 6),
    ("sci-spatial", 6),
    ("sci-stats", 7),
    ("sci-interpolate", 7),
    ("sci-signal", 7),
    ("sci-cluster", 7),
    ("sci-io", 7),
    ("sci-odr", 7),
    ("sci", 8),
];

/// The DAG level of a workspace crate, if it is one.
fn level(crate_name: &str) -> Option<u8> {
    CRATE_LEVELS
        .iter()
        .find(|(name, _)| *name == crate_name)
        .map(|&(_, level)| level)
}

/// Every package manifest: the crates and xtask.
fn manifests() -> Vec<PathBuf> {
    let root = root();
    let mut out = vec![root.join("xtask").join("Cargo.toml")];
    if let Ok(entries) = std::fs::read_dir(root.join("crates")) {
        for entry in entries.flatten() {
            let manifest = entry.path().join("Cargo.toml");
            if manifest.is_file() {
                out.push(manifest);
            }
        }
    }
    out.sort();
    out
}

fn read_toml(path: &Path) -> toml::Table {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.parse::<toml::Table>()
        .unwrap_or_else(|e| panic!("{} is not valid TOML: {e}", path.display()))
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The source folders the rules apply to: each crate's src, tests, benches, examples, and
/// xtask's src.
fn source_dirs() -> Vec<PathBuf> {
    let root = root();
    let mut dirs = vec![root.join("xtask").join("src")];
    for manifest in manifests() {
        let Some(dir) = manifest.parent() else {
            continue;
        };
        if dir.ends_with("xtask") {
            continue;
        }
        for sub in ["src", "tests", "benches", "examples"] {
            dirs.push(dir.join(sub));
        }
    }
    dirs
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn every_crate_depends_only_on_lower_levels() {
    let mut problems = Vec::new();
    for manifest in manifests() {
        let doc = read_toml(&manifest);
        let Some(name) = doc
            .get("package")
            .and_then(|p| p.get("name"))
            .and_then(|n| n.as_str())
        else {
            problems.push(format!("{}: no package name", relative(&manifest)));
            continue;
        };
        if name == "xtask" {
            continue;
        }
        let Some(own) = level(name) else {
            problems.push(format!(
                "{name}: not in the crate DAG (add it to CRATE_LEVELS and docs/architecture.md)"
            ));
            continue;
        };
        for (section, dev) in [
            ("dependencies", false),
            ("build-dependencies", false),
            ("dev-dependencies", true),
        ] {
            let Some(deps) = doc.get(section).and_then(|d| d.as_table()) else {
                continue;
            };
            for dep in deps.keys() {
                let Some(theirs) = level(dep) else { continue };
                let allowed = theirs < own || (dev && dep == name);
                if !allowed {
                    problems.push(format!(
                        "{name} (level {own}) depends on {dep} (level {theirs}) in [{section}]"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "crate DAG violations:\n{}",
        problems.join("\n")
    );
    let crates_dir = root().join("crates");
    for entry in std::fs::read_dir(crates_dir)
        .into_iter()
        .flatten()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(
            level(&name).is_some(),
            "crates/{name} has no DAG level in CRATE_LEVELS"
        );
    }
    assert_eq!(
        CRATE_LEVELS.len(),
        manifests().len() - 1,
        "CRATE_LEVELS and crates/ differ"
    );
}

#[test]
fn every_dependency_comes_from_the_workspace_table() {
    let mut problems = Vec::new();
    for manifest in manifests() {
        let doc = read_toml(&manifest);
        for section in ["dependencies", "build-dependencies", "dev-dependencies"] {
            let Some(deps) = doc.get(section).and_then(|d| d.as_table()) else {
                continue;
            };
            for (dep, spec) in deps {
                let inherited = spec.get("workspace").and_then(|w| w.as_bool()) == Some(true);
                if !inherited {
                    problems.push(format!(
                        "{}: [{section}] {dep} does not use `workspace = true`",
                        relative(&manifest)
                    ));
                }
            }
        }
        let lints = doc
            .get("lints")
            .and_then(|l| l.get("workspace"))
            .and_then(|w| w.as_bool());
        if lints != Some(true) {
            problems.push(format!(
                "{}: missing `[lints] workspace = true`",
                relative(&manifest)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_rust_file_has_module_docs() {
    let mut missing = Vec::new();
    for dir in source_dirs() {
        for file in rust_files(&dir) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let first = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("");
            if !first.starts_with("//!") {
                missing.push(relative(&file));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "files without `//!` module docs:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_stubs_or_debug_macros_in_sources() {
    // Spelled in pieces so this file does not trip its own rule.
    let banned = [
        concat!("todo", "!("),
        concat!("unimplemented", "!("),
        concat!("dbg", "!("),
    ];
    let root = root();
    let mut dirs = vec![root.join("xtask").join("src")];
    for manifest in manifests() {
        if let Some(dir) = manifest.parent() {
            dirs.push(dir.join("src"));
        }
    }
    let mut found = Vec::new();
    for dir in dirs {
        for file in rust_files(&dir) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if !code.starts_with("//") && banned.iter().any(|b| code.contains(b)) {
                    found.push(format!("{}:{}: {}", relative(&file), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "stubs or debug macros in sources:\n{}",
        found.join("\n")
    );
}

#[test]
fn ignored_tests_give_a_reason() {
    let bare = concat!("#[ignore", "]");
    let mut found = Vec::new();
    for dir in source_dirs() {
        for file in rust_files(&dir) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with(bare) {
                    found.push(format!("{}:{}", relative(&file), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "`#[ignore]` without a reason (write `#[ignore = \"why\"]`):\n{}",
        found.join("\n")
    );
}
