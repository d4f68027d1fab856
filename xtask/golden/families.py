"""Runs the golden families of one crate: each family is a module `xtask/golden/CRATE/FAMILY.py`
with a `generate()` that writes `crates/sci-CRATE/tests/data/FAMILY.json` (and its `.npy`
tables) through `golden.Fixture`; files starting with `_` are shared helpers and files starting
with `fit_` are the scripts that fitted a family's approximation coefficients (run by hand, not
here). `CRATE.py` calls `run(CRATE)`; with arguments, only the named
families run: `.venv-golden/bin/python xtask/golden/CRATE.py FAMILY ...`.
"""
import importlib
import os
import pathlib
import sys
import types

HERE = pathlib.Path(__file__).resolve().parent


def run(crate):
    os.environ.setdefault("PYTHONHASHSEED", "0")
    folder = HERE / crate
    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(folder))
    # The families import their helpers as `_points` or `CRATE._points`. The runner script is
    # also named `CRATE`, and a module beats a folder of the same name, so the folder is
    # registered as the package `CRATE` by hand.
    package = types.ModuleType(crate)
    package.__path__ = [str(folder)]
    sys.modules[crate] = package
    families = sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith(("_", "fit_")))
    selected = sys.argv[1:] or families
    unknown = [f for f in selected if f not in families]
    if unknown:
        sys.exit(f"unknown families {unknown}; available: {families}")
    for family in selected:
        print(f"{crate}/{family} ...", flush=True)
        importlib.import_module(f"{crate}.{family}").generate()
