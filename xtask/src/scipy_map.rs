//! `cargo xtask scipy-map [--check]`: the map from every SciPy 1.17 public name to its sci path
//! and status.
//!
//! Reads the committed copy of SciPy's public names (`xtask/scipy_api.json`, from
//! `shared/tools/scipy_api.json`) and scans each crate's `src/` for public items (`pub fn`,
//! `pub struct`, `pub enum`, `pub trait`, `pub type`, `pub const`, `pub static`, `pub use`
//! and `#[doc(alias = "...")]`). A SciPy name is `implemented` when its crate has a public
//! item of that exact name (or alias), `planned` otherwise. Writes `docs/scipy-map.md` and each
//! crate's `scipy-names.md` (included in its crate docs); `--check` fails if they are stale.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::DynResult;
use crate::workspace::root;

/// One SciPy submodule's entry in `scipy_api.json`.
#[derive(Debug, Deserialize)]
struct ModuleApi {
    /// The owning crate, e.g. `sci-cluster`.
    #[serde(rename = "crate")]
    krate: String,
    /// Its public names (`__all__`).
    names: Vec<String>,
}

/// A SciPy module with its names and which of them the crate implements.
#[derive(Debug)]
struct ModuleStatus {
    module: String,
    krate: String,
    /// (SciPy name, sci path, implemented)
    rows: Vec<(String, String, bool)>,
}

/// Writes or checks the generated files.
pub fn run(args: &[String]) -> DynResult<()> {
    let check = match args {
        [] => false,
        [flag] if flag == "--check" => true,
        _ => return Err("usage: cargo xtask scipy-map [--check]".into()),
    };
    let root = root();
    let files = render_all(&root)?;
    let mut stale = Vec::new();
    for (path, text) in &files {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current != *text {
            if check {
                stale.push(
                    path.strip_prefix(&root)
                        .unwrap_or(path)
                        .display()
                        .to_string(),
                );
            } else {
                std::fs::write(path, text)?;
                eprintln!("wrote {}", path.display());
            }
        }
    }
    if !stale.is_empty() {
        return Err(format!(
            "generated files are stale: {} (run `cargo xtask scipy-map` and commit)",
            stale.join(", ")
        )
        .into());
    }
    Ok(())
}

/// Every generated file and its content.
fn render_all(root: &Path) -> DynResult<Vec<(PathBuf, String)>> {
    let api_text = std::fs::read_to_string(root.join("xtask").join("scipy_api.json"))?;
    let api: BTreeMap<String, ModuleApi> = serde_json::from_str(&api_text)?;
    let mut names_by_crate: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut modules = Vec::new();
    // scipy_api.json lists modules in its own order; keep it stable by sorting on the name.
    for (module, entry) in &api {
        let defined = match names_by_crate.get(&entry.krate) {
            Some(set) => set.clone(),
            None => {
                let set = public_names(&root.join("crates").join(&entry.krate).join("src"))?;
                names_by_crate.insert(entry.krate.clone(), set.clone());
                set
            }
        };
        let rows = entry
            .names
            .iter()
            .map(|name| {
                (
                    name.clone(),
                    sci_path(module, &entry.krate, name),
                    defined.contains(name),
                )
            })
            .collect();
        modules.push(ModuleStatus {
            module: module.clone(),
            krate: entry.krate.clone(),
            rows,
        });
    }
    let mut files = vec![(root.join("docs").join("scipy-map.md"), render_map(&modules))];
    let crates: BTreeSet<&str> = modules.iter().map(|m| m.krate.as_str()).collect();
    for krate in crates {
        let owned: Vec<&ModuleStatus> = modules.iter().filter(|m| m.krate == krate).collect();
        files.push((
            root.join("crates").join(krate).join("scipy-names.md"),
            render_crate_table(&owned),
        ));
    }
    Ok(files)
}

/// The path a SciPy user finds a name at: `scipy.cluster.vq.kmeans` is `sci::cluster::vq::kmeans`,
/// `scipy.fftpack.fft` (in sci-fft) is `sci::fft::fftpack::fft`.
fn sci_path(module: &str, krate: &str, name: &str) -> String {
    let short = krate.trim_start_matches("sci-");
    let rest: Vec<&str> = match module.split_once('.') {
        Some((head, tail)) if head == short => tail.split('.').collect(),
        None if module == short => Vec::new(),
        _ => module.split('.').collect(),
    };
    let mut path = format!("sci::{short}");
    for part in rest {
        path.push_str("::");
        path.push_str(part);
    }
    // A SciPy name that is a Rust keyword is a raw identifier in sci (`constants.dyn`).
    let raw = if RUST_KEYWORDS.contains(&name) {
        "r#"
    } else {
        ""
    };
    format!("{path}::{raw}{name}")
}

/// Rust keywords a SciPy name could collide with.
const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else", "enum",
    "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
    "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "try", "type",
    "unsafe", "use", "where", "while", "yield",
];

fn status(implemented: bool) -> &'static str {
    if implemented {
        "implemented"
    } else {
        "planned"
    }
}

fn render_map(modules: &[ModuleStatus]) -> String {
    let total: usize = modules.iter().map(|m| m.rows.len()).sum();
    let done: usize = modules
        .iter()
        .map(|m| m.rows.iter().filter(|r| r.2).count())
        .sum();
    let mut out = String::from(
        "# SciPy → sci map\n\n\
         Every public name of SciPy 1.17.1 (each submodule's `__all__`), where it lives in sci, and its\n\
         status. Generated by `cargo xtask scipy-map` from `xtask/scipy_api.json` and the crates' public\n\
         items; `cargo xtask ci` checks it is current. `implemented` means the crate has a public item of\n\
         that name (or a `#[doc(alias)]` for it); the tests show that it works.\n\n",
    );
    out.push_str(&format!(
        "Overall: {done} of {total} names implemented.\n\n"
    ));
    out.push_str("| SciPy module | crate | implemented |\n|---|---|---|\n");
    for m in modules {
        let n = m.rows.iter().filter(|r| r.2).count();
        out.push_str(&format!(
            "| `scipy.{}` | `{}` | {n} / {} |\n",
            m.module,
            m.krate,
            m.rows.len()
        ));
    }
    for m in modules {
        out.push_str(&format!("\n## `scipy.{}` (`{}`)\n\n", m.module, m.krate));
        out.push_str(&table(m));
    }
    out
}

fn render_crate_table(modules: &[&ModuleStatus]) -> String {
    let mut out = String::from(
        "## SciPy names\n\n\
         Generated by `cargo xtask scipy-map`: each SciPy name this crate provides or will provide,\n\
         its sci path, and its status.\n",
    );
    for m in modules {
        out.push_str(&format!("\n### `scipy.{}`\n\n", m.module));
        out.push_str(&table(m));
    }
    out
}

fn table(m: &ModuleStatus) -> String {
    let mut out = String::from("| SciPy name | sci path | status |\n|---|---|---|\n");
    for (name, path, implemented) in &m.rows {
        out.push_str(&format!(
            "| `{name}` | `{path}` | {} |\n",
            status(*implemented)
        ));
    }
    out
}

/// The names of public items and doc aliases in every `.rs` file under `src`.
fn public_names(src: &Path) -> DynResult<BTreeSet<String>> {
    let mut names = BTreeSet::new();
    if !src.is_dir() {
        return Ok(names);
    }
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                scan_public_names(&std::fs::read_to_string(&path)?, &mut names);
            }
        }
    }
    Ok(names)
}

/// Adds the public item names and doc aliases declared in `text`.
fn scan_public_names(text: &str, names: &mut BTreeSet<String>) {
    let tokens = tokenize(text);
    let mut k = 0;
    while k < tokens.len() {
        if tokens[k] == "pub" {
            let mut j = k + 1;
            // `pub(crate)` and friends are not public.
            if tokens.get(j).map(String::as_str) == Some("(") {
                k = j;
                continue;
            }
            while matches!(
                tokens.get(j).map(String::as_str),
                Some("const" | "unsafe" | "async" | "extern")
            ) && !is_item_name(tokens.get(j + 1))
            {
                j += 1;
            }
            match tokens.get(j).map(String::as_str) {
                Some("fn" | "struct" | "enum" | "trait" | "type" | "const" | "static" | "mod") => {
                    if let Some(name) = tokens.get(j + 1) {
                        names.insert(name.clone());
                    }
                }
                Some("use") => {
                    let mut u = j + 1;
                    let mut last_ident: Option<&String> = None;
                    while u < tokens.len() && tokens[u] != ";" {
                        let t = &tokens[u];
                        if t == "as" {
                            last_ident = None;
                        } else if t == "," || t == "}" {
                            if let Some(name) = last_ident.take() {
                                names.insert(name.clone());
                            }
                        } else if is_identifier(t) && t != "self" && t != "crate" && t != "super" {
                            last_ident = Some(t);
                        }
                        u += 1;
                    }
                    if let Some(name) = last_ident {
                        names.insert(name.clone());
                    }
                    k = u;
                }
                _ => {}
            }
        } else if tokens[k] == "alias"
            && tokens.get(k + 1).map(String::as_str) == Some("=")
            && let Some(alias) = tokens
                .get(k + 2)
                .and_then(|quoted| quoted.strip_prefix('"'))
                .and_then(|q| q.strip_suffix('"'))
        {
            names.insert(alias.to_string());
        }
        k += 1;
    }
}

fn is_identifier(token: &str) -> bool {
    token
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && token.chars().all(|c| c.is_alphanumeric() || c == '_')
}

/// Whether a token after `const` names the item (`pub const NAME`) rather than qualifying it
/// (`pub const fn`).
fn is_item_name(token: Option<&String>) -> bool {
    token.is_some_and(|t| {
        is_identifier(t) && !matches!(t.as_str(), "fn" | "unsafe" | "async" | "extern")
    })
}

/// Splits Rust source into identifiers, string literals and single punctuation characters,
/// dropping comments (doc comments included: a name in prose is not an item).
fn tokenize(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if c == '/' && chars.get(k + 1) == Some(&'/') {
            while k < chars.len() && chars[k] != '\n' {
                k += 1;
            }
        } else if c == '/' && chars.get(k + 1) == Some(&'*') {
            k += 2;
            while k + 1 < chars.len() && !(chars[k] == '*' && chars[k + 1] == '/') {
                k += 1;
            }
            k += 2;
        } else if c == '"' {
            let start = k;
            k += 1;
            while k < chars.len() && chars[k] != '"' {
                if chars[k] == '\\' {
                    k += 1;
                }
                k += 1;
            }
            k += 1;
            tokens.push(chars[start..k.min(chars.len())].iter().collect());
        } else if c.is_alphanumeric() || c == '_' {
            // A raw identifier (`r#dyn`) names the item `dyn`.
            if c == 'r'
                && chars.get(k + 1) == Some(&'#')
                && chars
                    .get(k + 2)
                    .is_some_and(|n| n.is_alphabetic() || *n == '_')
            {
                k += 2;
            }
            let start = k;
            while k < chars.len() && (chars[k].is_alphanumeric() || chars[k] == '_') {
                k += 1;
            }
            tokens.push(chars[start..k].iter().collect());
        } else {
            if !c.is_whitespace() {
                tokens.push(c.to_string());
            }
            k += 1;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> BTreeSet<String> {
        let mut set = BTreeSet::new();
        scan_public_names(text, &mut set);
        set
    }

    #[test]
    fn finds_public_items_reexports_and_aliases() {
        let src = r#"
            //! pub fn not_in_docs
            pub fn gamma(x: f64) -> f64 { x }
            pub(crate) fn hidden() {}
            fn private() {}
            pub const fn twice() {}
            pub const c: f64 = 1.0;
            pub static TABLE: [u8; 0] = [];
            pub struct CubicSpline;
            #[doc(alias = "cKDTree")]
            pub struct KdTree;
            pub use self::inner::{erf, erfc as complementary, nested::{jv, yv}};
            pub use other::ellipk;
            /* pub fn commented() */
            pub mod vq;
            pub const r#dyn: f64 = 1e-5;
        "#;
        let found = names(src);
        for expected in [
            "gamma",
            "twice",
            "c",
            "TABLE",
            "CubicSpline",
            "cKDTree",
            "KdTree",
            "erf",
            "complementary",
            "jv",
            "yv",
            "ellipk",
            "vq",
        ] {
            assert!(
                found.contains(expected),
                "{expected} missing from {found:?}"
            );
        }
        for absent in [
            "hidden",
            "private",
            "not_in_docs",
            "commented",
            "erfc",
            "inner",
            "self",
        ] {
            assert!(!found.contains(absent), "{absent} wrongly found");
        }
    }

    #[test]
    fn sci_paths_follow_scipy_modules() {
        assert_eq!(
            sci_path("constants", "sci-constants", "c"),
            "sci::constants::c"
        );
        assert_eq!(
            sci_path("cluster.vq", "sci-cluster", "kmeans"),
            "sci::cluster::vq::kmeans"
        );
        assert_eq!(
            sci_path("sparse.linalg", "sci-sparse", "cg"),
            "sci::sparse::linalg::cg"
        );
        assert_eq!(
            sci_path("fftpack", "sci-fft", "fft"),
            "sci::fft::fftpack::fft"
        );
    }

    #[test]
    fn generated_files_are_current() {
        let root = root();
        for (path, text) in render_all(&root).unwrap() {
            let current = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                current == text,
                "{} is stale: run `cargo xtask scipy-map`",
                path.display()
            );
        }
    }
}
