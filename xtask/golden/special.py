"""Golden fixtures of sci-special: per family, mpmath references at 50 significant digits on at
least 1000 points per function, with SciPy 1.17.1's value at each point.

Each family is a module `xtask/golden/special/FAMILY.py` (see `families.py`). Run all families
(`cargo xtask golden special`) or some:
`.venv-golden/bin/python xtask/golden/special.py gamma elliptic`.
"""
from families import run

if __name__ == "__main__":
    run("special")
