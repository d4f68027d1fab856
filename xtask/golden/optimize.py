"""Golden fixtures of sci-optimize: SciPy 1.17.1's results, per family.

Each family is a module `xtask/golden/optimize/FAMILY.py` (see `families.py`). Run all families
(`cargo xtask golden optimize`) or some: `.venv-golden/bin/python xtask/golden/optimize.py FAMILY`.
"""
from families import run

if __name__ == "__main__":
    run("optimize")
