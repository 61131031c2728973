"""Benchmark of the random-field Monte Carlo (interactions paper, Sec. III.B and IV.A).

Compares ``coldglass.random_fields.sample_fields`` (numba: Binomial number of defects,
sites drawn without replacement by rejection against an occupancy grid) with a plain numpy
reference written here independently (one Bernoulli(x) draw per lattice site of the ball,
the four fields summed with vectorised numpy formulas of the pair kernels).

Checks
1. the same fixed configuration summed by both codes: max relative difference <= 1e-8;
2. agreement in distribution at x = 1e-3: two-sample Kolmogorov-Smirnov test of each of the
   four fields (numba vs numpy samples, independent seeds), every p-value >= 1e-3;
3. speed per sample at x = 1e-3 (r_max = 6 x^(-1/3) = 60, 9.0e5 sites): >= 20x.

Run from the repository root:  .venv/bin/python benchmarks/bench_interactions_random_fields.py
"""

import math
import time

import numpy as np
from _report import finish, report
from scipy import stats

from coldglass import random_fields

X, C_T_OVER_C_L, R_MAX_FACTOR = 1e-3, 0.6, 6.0
T2 = 1.0 / C_T_OVER_C_L**2


def ball_sites(r_max):
    m = int(math.floor(r_max))
    axis = np.arange(-m, m + 1)
    grid = np.stack(np.meshgrid(axis, axis, axis, indexing="ij"), axis=-1).reshape(-1, 3)
    r2 = np.sum(grid**2, axis=1)
    return grid[(r2 > 0) & (r2 <= r_max**2)].astype(float)


def reference_fields(positions, axes, signs, centre):
    """The four fields of one configuration (numpy; kernels from the tensor closed forms)."""
    r = np.linalg.norm(positions, axis=1)
    n = positions / r[:, None]
    b = n @ centre  # centre axis . n
    a = np.sum(axes * n, axis=1)  # source axis . n
    c = axes @ centre
    volume = (3 * b**2 - 1) / r**3
    zz = -c * (c - 3 * a * b) * T2 + 0.5 * (1 - T2) * (
        -(1 + 2 * c**2) + 3 * (a**2 + b**2 + 4 * c * a * b) - 15 * a**2 * b**2
    )
    eta = (15 * b**3 - 9 * b) / r**4
    harmonic = c * (3 * (2 * b * c + a) - 15 * a * b**2)
    biharmonic = (
        3 * (6 * a * c + 3 * b + 6 * b * c**2)
        - 15 * (b**3 + 3 * a**2 * b + 6 * a * b**2 * c)
        + 105 * a**2 * b**3
    )
    gamma = -(T2 * harmonic + 0.5 * (1 - T2) * biharmonic) / r**4
    return np.array([volume.sum(), np.sum(signs * zz / r**3), eta.sum(), np.sum(signs * gamma)])


def unit_vectors(rng, size):
    v = rng.normal(size=(size, 3))
    return v / np.linalg.norm(v, axis=1)[:, None]


def reference_sample(x, n_samples, seed):
    rng = np.random.default_rng(seed)
    r_max = R_MAX_FACTOR * x ** (-1.0 / 3.0)
    sites = ball_sites(r_max)
    tail = random_fields.sample_fields(x, 1, C_T_OVER_C_L, R_MAX_FACTOR, seed=0)["tail_sd"]
    out = np.empty((n_samples, 4))
    for s in range(n_samples):
        chosen = sites[rng.random(len(sites)) < x]
        axes = unit_vectors(rng, len(chosen))
        signs = rng.choice([-1.0, 1.0], size=len(chosen))
        centre = unit_vectors(rng, 1)[0]
        out[s] = reference_fields(chosen, axes, signs, centre) + tail * rng.normal(size=4)
    return out


def main():
    in_distribution = True
    # 1. one configuration, both codes
    rng = np.random.default_rng(5)
    sites = ball_sites(20.0)
    chosen = sites[rng.random(len(sites)) < 0.02]
    axes, centre = unit_vectors(rng, len(chosen)), unit_vectors(rng, 1)[0]
    signs = rng.choice([-1.0, 1.0], size=len(chosen))
    fast = random_fields.configuration_fields(chosen, axes, signs, centre, T2)
    slow = reference_fields(chosen, axes, signs, centre)
    difference = float(np.max(np.abs(fast - slow) / np.abs(slow)))

    # 3. timing (the numba kernel compiled and warm)
    random_fields.sample_fields(X, 10, C_T_OVER_C_L, R_MAX_FACTOR, seed=1)
    n_fast, n_slow = 4000, 150
    start = time.perf_counter()
    numba_out = random_fields.sample_fields(X, n_fast, C_T_OVER_C_L, R_MAX_FACTOR, seed=2)
    t_fast = (time.perf_counter() - start) / n_fast
    start = time.perf_counter()
    reference_sample(X, n_slow, seed=3)
    t_slow = (time.perf_counter() - start) / n_slow
    print(f"numba {t_fast * 1e6:.1f} us/sample, numpy {t_slow * 1e6:.1f} us/sample")
    timed = report(
        f"random fields of one configuration ({len(chosen)} defects; numpy reference); "
        f"time per sample at x = {X:g}",
        t_slow,
        t_fast,
        difference,
    )

    # 2. distributions: KS two-sample test per field
    reference = reference_sample(X, 1500, seed=4)
    for i, name in enumerate(random_fields.FIELDS):
        p_value = stats.ks_2samp(numba_out["fields"][:, i], reference[:, i]).pvalue
        print(f"KS two-sample {name}: p = {p_value:.3f}")
        in_distribution &= p_value >= 1e-3
    finish([timed, in_distribution])


if __name__ == "__main__":
    main()
