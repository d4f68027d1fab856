"""MINPACK test problems (Moré, Garbow & Hillstrom 1981) as residual functions, shared by the
least-squares families; the Rust tests define the same functions by name."""
import numpy as np


def rosenbrock(x):
    return np.array([10 * (x[1] - x[0] ** 2), 1 - x[0]])


def helical_valley(x):
    th = np.arctan(x[1] / x[0]) / (2 * np.pi) if x[0] != 0 else 0.25
    if x[0] < 0:
        th += 0.5
    return np.array([10 * (x[2] - 10 * th), 10 * (np.hypot(x[0], x[1]) - 1), x[2]])


def powell_singular(x):
    return np.array([x[0] + 10 * x[1], np.sqrt(5) * (x[2] - x[3]), (x[1] - 2 * x[2]) ** 2,
                     np.sqrt(10) * (x[0] - x[3]) ** 2])


def freudenstein_roth(x):
    return np.array([-13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1],
                     -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1]])


BARD_Y = np.array([0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34,
                   2.10, 4.39])


def bard(x):
    u = np.arange(1, 16.0)
    v = 16 - u
    w = np.minimum(u, v)
    return BARD_Y - (x[0] + u / (v * x[1] + w * x[2]))


KO_Y = np.array([0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235,
                 0.0246])
KO_U = np.array([4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625])


def kowalik_osborne(x):
    u = KO_U
    return KO_Y - x[0] * (u ** 2 + u * x[1]) / (u ** 2 + u * x[2] + x[3])


def box3d(x):
    t = 0.1 * np.arange(1, 11.0)
    return np.exp(-t * x[0]) - np.exp(-t * x[1]) - x[2] * (np.exp(-t) - np.exp(-10 * t))


def jennrich_sampson(x):
    i = np.arange(1, 11.0)
    return 2 + 2 * i - (np.exp(i * x[0]) + np.exp(i * x[1]))


def beale(x):
    y = np.array([1.5, 2.25, 2.625])
    i = np.arange(1, 4.0)
    return y - x[0] * (1 - x[1] ** i)


def brown_badly_scaled(x):
    return np.array([x[0] - 1e6, x[1] - 2e-6, x[0] * x[1] - 2])


PROBLEMS = {
    "rosenbrock": (rosenbrock, [-1.2, 1.0]),
    "helical_valley": (helical_valley, [-1.0, 0.0, 0.0]),
    "powell_singular": (powell_singular, [3.0, -1.0, 0.0, 1.0]),
    "freudenstein_roth": (freudenstein_roth, [0.5, -2.0]),
    "bard": (bard, [1.0, 1.0, 1.0]),
    "kowalik_osborne": (kowalik_osborne, [0.25, 0.39, 0.415, 0.39]),
    "box3d": (box3d, [0.0, 10.0, 20.0]),
    "jennrich_sampson": (jennrich_sampson, [0.3, 0.4]),
    "beale": (beale, [1.0, 1.0]),
    "brown_badly_scaled": (brown_badly_scaled, [1.0, 1.0]),
}


def outlier_data():
    """An exponential decay with a deterministic ripple and three gross outliers."""
    t = np.linspace(0, 10, 21)
    y = 3 * np.exp(-0.5 * t) + 0.05 * np.sin(7 * t)
    y[[3, 9, 15]] += [2.0, -1.5, 3.0]
    return t, y
