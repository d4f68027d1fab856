"""SciPy twins of the `fft/*` workloads (scipy.fft, pocketfft; workers=1, SciPy's default)."""
import numpy as np
import scipy.fft as sf


def complex_normal(seed, shape):
    def setup():
        rng = np.random.default_rng(seed)
        return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
    return setup


def normal(seed, n):
    return lambda: np.random.default_rng(seed).standard_normal(n)


WORKLOADS = {
    "fft/fft_c2c_2p20": (complex_normal(10, 2**20), sf.fft),
    "fft/rfft_2p20": (normal(11, 2**20), sf.rfft),
    "fft/fft_c2c_1000003": (complex_normal(12, 1_000_003), sf.fft),
    "fft/fft2_2048": (complex_normal(13, (2048, 2048)), sf.fft2),
    "fft/dct2_2p20": (normal(14, 2**20), lambda x: sf.dct(x, type=2)),
}
