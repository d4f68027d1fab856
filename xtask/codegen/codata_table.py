"""Generates `crates/sci-constants/src/codata/table.rs`: SciPy's CODATA table as Rust data.

Run it with the private environment of `cargo xtask golden` (pinned SciPy), from the repo root:

    .venv-golden/bin/python xtask/codegen/codata_table.py

It reads the data of `scipy.constants.physical_constants` (every key, the current CODATA 2022
ones and the obsolete ones SciPy keeps from older releases), the set of current keys
(`scipy.constants.find()`), which obsolete keys SciPy warns about (`ConstantWarning` from
`scipy.constants.value`), and, for the obsolete keys it does not warn about, the current key
they are an older spelling of (SciPy's alias table). It writes one entry per key, sorted by
key (byte order, so the crate can binary-search it). Floats are written with Python's `repr`, the shortest string that
round-trips, so every f64 is bit-identical to SciPy's. The output is passed through `rustfmt`
when it is on the PATH.
"""
import json
import pathlib
import shutil
import subprocess
import sys
import warnings

import scipy
import scipy.constants as sc
from scipy.constants import _codata

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "crates" / "sci-constants" / "src" / "codata" / "table.rs"
SCIPY_VERSION = "1.17.1"


def rust_str(text):
    # JSON string escapes coincide with Rust's for the printable ASCII of the keys and units.
    if not text.isascii() or not text.isprintable():
        raise ValueError(f"unexpected character in {text!r}")
    return json.dumps(text)


def rust_f64(x):
    if not isinstance(x, float) or x != x or x in (float("inf"), float("-inf")):
        raise ValueError(f"not a finite float: {x!r}")
    text = repr(x)
    if float(text) != x:
        raise ValueError(f"repr does not round-trip: {x!r}")
    return text


def warns(key):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sc.value(key)
    return any(issubclass(w.category, sc.ConstantWarning) for w in caught)


def renamed_to(key, table, current):
    """The current key that `key` is an older spelling of (same data, no warning)."""
    target = _codata._aliases.get(key)
    if target is None or target not in current or table[target] != table[key]:
        sys.exit(f"{key!r} is obsolete without a warning, but is no alias of a current key")
    return target


def main():
    if scipy.__version__ != SCIPY_VERSION:
        sys.exit(f"expected SciPy {SCIPY_VERSION}, found {scipy.__version__}")
    table = sc.physical_constants
    current = set(sc.find())
    if not current <= set(table):
        sys.exit("find() returned keys outside physical_constants")
    keys = sorted(table, key=lambda k: k.encode("utf-8"))
    lines = [
        "//! The CODATA table of SciPy 1.17.1 (`scipy.constants.physical_constants`), as data.",
        "//!",
        "//! GENERATED FILE, do not edit: written by `xtask/codegen/codata_table.py` from the data",
        f"//! of SciPy {SCIPY_VERSION}: the CODATA 2022 values from NIST, and the keys SciPy keeps from",
        "//! the CODATA 2002 to 2018 releases (obsolete ones, on which SciPy warns, and renamed ones,",
        "//! older spellings of current keys). Sorted by key in byte order; floats are Python",
        "//! `repr`s, so they round-trip to SciPy's f64 bit for bit.",
        "",
        "use super::{CodataStatus, PhysicalConstant};",
        "",
        "/// A current (CODATA 2022) entry.",
        "const fn current(",
        "    name: &'static str,",
        "    value: f64,",
        "    unit: &'static str,",
        "    uncertainty: f64,",
        ") -> PhysicalConstant {",
        "    PhysicalConstant::new(name, value, unit, uncertainty, CodataStatus::Current)",
        "}",
        "",
        "/// An obsolete entry: a key of an older CODATA release that CODATA 2022 no longer has.",
        "const fn obsolete(",
        "    name: &'static str,",
        "    value: f64,",
        "    unit: &'static str,",
        "    uncertainty: f64,",
        ") -> PhysicalConstant {",
        "    PhysicalConstant::new(name, value, unit, uncertainty, CodataStatus::Obsolete)",
        "}",
        "",
        "/// A renamed entry: an older spelling of the current key `current_key`, with its data.",
        "const fn renamed(",
        "    name: &'static str,",
        "    value: f64,",
        "    unit: &'static str,",
        "    uncertainty: f64,",
        "    current_key: &'static str,",
        ") -> PhysicalConstant {",
        "    PhysicalConstant::new(",
        "        name,",
        "        value,",
        "        unit,",
        "        uncertainty,",
        "        CodataStatus::Renamed { current_key },",
        "    )",
        "}",
        "",
        "/// Every entry of SciPy's table, sorted by key.",
        "// One entry a line, as in the table it mirrors.",
        "#[rustfmt::skip]",
        f"pub(crate) static TABLE: [PhysicalConstant; {len(keys)}] = [",
    ]
    counts = {"current": 0, "obsolete": 0, "renamed": 0}
    for key in keys:
        value, unit, uncertainty = table[key]
        args = f"{rust_str(key)}, {rust_f64(value)}, {rust_str(unit)}, {rust_f64(uncertainty)}"
        if key in current:
            if warns(key):
                sys.exit(f"current key {key!r} warns")
            maker = "current"
        elif warns(key):
            maker = "obsolete"
        else:
            maker = "renamed"
            args += f", {rust_str(renamed_to(key, table, current))}"
        counts[maker] += 1
        lines.append(f"    {maker}({args}),")
    lines.append("];")
    OUT.write_text("\n".join(lines) + "\n")
    rustfmt = shutil.which("rustfmt")
    if rustfmt:
        subprocess.run([rustfmt, "--edition", "2024", str(OUT)], check=True)
    print(f"wrote {OUT.relative_to(ROOT)} ({len(keys)} entries: {counts})")


if __name__ == "__main__":
    main()
