"""Golden fixtures of sci-special: per family, mpmath references at 50 significant digits on at
least 1000 points per function, with SciPy 1.17.1's value at each point.

Each family is a module `xtask/golden/special/FAMILY.py` with a `generate()` that writes
`crates/sci-special/tests/data/FAMILY.json` (and its `.npy` tables) through `golden.Fixture`.
Run all families (`cargo xtask golden special`) or some:
`.venv-golden/bin/python xtask/golden/special.py gamma elliptic`.
"""
import importlib
import os
import pathlib
import sys
import types

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# The families import their helpers as `_points` or `special._points`. This file is also named
# `special`, and a module beats a folder of the same name, so the folder is registered as the
# package `special` by hand.
sys.path.insert(0, str(HERE / "special"))
_package = types.ModuleType("special")
_package.__path__ = [str(HERE / "special")]
sys.modules["special"] = _package

FAMILIES = sorted(
    p.stem for p in (HERE / "special").glob("*.py") if not p.stem.startswith("_")
)


def main():
    selected = sys.argv[1:] or FAMILIES
    unknown = [f for f in selected if f not in FAMILIES]
    if unknown:
        sys.exit(f"unknown families {unknown}; available: {FAMILIES}")
    for family in selected:
        print(f"special/{family} ...", flush=True)
        importlib.import_module(f"special.{family}").generate()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
