"""Golden fixtures of sci-ndimage: SciPy 1.17.1's results, per family.

Each family is a module `xtask/golden/ndimage/FAMILY.py` (see `families.py`). Run all families
(`cargo xtask golden ndimage`) or some: `.venv-golden/bin/python xtask/golden/ndimage.py FAMILY`.
"""
from families import run

if __name__ == "__main__":
    run("ndimage")
