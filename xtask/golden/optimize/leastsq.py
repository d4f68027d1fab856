"""leastsq (topic `leastsq`): MINPACK's lmdif/lmder through SciPy's `leastsq(full_output=True)`
on the MINPACK test problems: x, cov_x, nfev, ier, the final sum of squares."""
import numpy as np
from scipy.optimize import leastsq, root

from golden import Fixture
from _lsq_problems import PROBLEMS


def generate():
    fx = Fixture("optimize", "leastsq")
    for pname in ["rosenbrock", "helical_valley", "freudenstein_roth", "bard", "kowalik_osborne",
                  "box3d", "jennrich_sampson", "beale", "powell_singular"]:
        f, x0 = PROBLEMS[pname]
        x, cov_x, info, mesg, ier = leastsq(f, x0, full_output=True)
        fx.case(f"{pname}", f"leastsq({pname}, {x0}, full_output=True)",
                args={"problem": pname, "x0": x0},
                expected={"x": [float(v) for v in x], "ier": int(ier), "nfev": int(info["nfev"]),
                          "fnorm2": float(np.dot(info["fvec"], info["fvec"])),
                          "cov_x": None if cov_x is None else cov_x.tolist(), "mesg": mesg},
                rtol=1e-6, atol=1e-9)
    def jac(x):
        return np.array([[-20 * x[0], 10], [-1, 0]])
    x, cov_x, info, mesg, ier = leastsq(PROBLEMS["rosenbrock"][0], [-1.2, 1.0], Dfun=jac,
                                        full_output=True)
    fx.case("rosenbrock Dfun", "leastsq(rosenbrock, [-1.2, 1], Dfun=jac, full_output=True)",
            args={"problem": "rosenbrock", "x0": [-1.2, 1.0], "dfun": True},
            expected={"x": [float(v) for v in x], "ier": int(ier), "nfev": int(info["nfev"]),
                      "njev": int(info["njev"]),
                      "fnorm2": float(np.dot(info["fvec"], info["fvec"])),
                      "cov_x": None if cov_x is None else cov_x.tolist(), "mesg": mesg},
            rtol=1e-6, atol=1e-9)
    # root(method='lm') on square systems: the same core.
    def docs_system(x):
        return np.array([x[0] + 0.5 * (x[0] - x[1]) ** 3 - 1.0, 0.5 * (x[1] - x[0]) ** 3 + x[1]])
    systems = {"docs_system": (docs_system, [0.0, 0.0]),
               "helical_valley": PROBLEMS["helical_valley"],
               "powell_singular": PROBLEMS["powell_singular"]}
    for pname, (f, x0) in systems.items():
        r = root(f, x0, method="lm")
        fx.case(f"root lm {pname}", f"root({pname}, {x0}, method='lm')",
                args={"problem": pname, "x0": x0, "root": True},
                expected={"x": [float(v) for v in r.x], "ier": int(r.status), "nfev": int(r.nfev),
                          "fnorm2": float(np.dot(r.fun, r.fun)), "cov_x": None,
                          "mesg": r.message},
                rtol=1e-6, atol=1e-9)
    fx.write()
