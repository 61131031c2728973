"""Benchmark of the Fig. 6 kernel (quantum_theory): barrier-averaged relaxation phi(t).

phi(t) = int dx N(x) exp(-t e^{-sigma x})  (Gaussian barrier distribution, l.195) and the
truncated variant (Fig. 6 caption, l.202), for every D and t of the figure's full grid
(config/papers/quantum_theory.yaml, section fig06, quick = false).

Compares the numba kernel ``coldglass.fragility.relaxation_function`` with a plain
``scipy.integrate.quad`` reference written here independently (integration in the barrier
variable F = sigma x over +-60 sigma, split at the step F = ln t), prints both timings, the
speed ratio and the maximum relative difference.  Run from the repository root:

    .venv/bin/python benchmarks/bench_quantum_theory_fig06.py [--subsample K]

``--subsample K`` times the reference on every K-th time point only (the ratio is then
per integral); the default (1) is the whole grid.
"""

import argparse
import math
import time

import numpy as np
from _report import finish, report
from scipy.integrate import quad
from scipy.optimize import brentq

from coldglass import fragility
from coldglass.io import load_yaml

PARAMS = "config/papers/quantum_theory.yaml"
SQRT_2PI = math.sqrt(2.0 * math.pi)
#: Relative differences are taken where phi is a normal double with headroom; below,
#: (far decay tail, down to subnormals) neither code resolves relative differences.
PHI_FLOOR = 1e-300


def phi_reference(t, sigma, truncated):
    """scipy.integrate.quad reference of phi(t) for one (t, sigma).

    Integration in the barrier variable F = sigma x (F - F_mode in k_B T) over +-60 sigma,
    with breakpoints at the step F = ln t and around the maximum of the integrand (found
    with scipy.optimize.brentq), so that quad sees the narrow peak.
    """
    lt = math.log(t)
    if sigma == 0.0:
        return math.exp(-t)

    def f(F):
        return (
            0.0
            if lt - F > 700.0
            else math.exp(-F * F / (2.0 * sigma**2) - math.exp(lt - F)) / (sigma * SQRT_2PI)
        )

    lo, hi = -60.0 * sigma, (0.0 if truncated else 60.0 * sigma)
    # d/dF log f = -F/sigma^2 + e^{lt - F}: decreasing, positive at F = min(lt, 0) - 1
    fp = brentq(
        lambda F: -F / sigma**2 + math.exp(min(lt - F, 700.0)),
        min(lt, 0.0) - 1.0,
        max(lt, 0.0) + 60.0 * sigma**2 + 1.0,
        xtol=1e-14,
    )
    fp = min(fp, hi)
    scale = 1.0 / math.sqrt(1.0 / sigma**2 + math.exp(min(lt - fp, 700.0)))
    pts = {lo, hi, min(max(lt, lo), hi)}
    pts.update(min(max(fp + k * scale, lo), hi) for k in (-30, -10, -3, -1, 0, 1, 3, 10, 30))
    pts = sorted(pts)
    val = sum(
        quad(f, pts[k], pts[k + 1], epsabs=0.0, epsrel=1e-12, limit=200)[0]
        for k in range(len(pts) - 1)
        if pts[k + 1] > pts[k]
    )
    return val + (0.5 * math.exp(-t) if truncated else 0.0)


def full_grid():
    """(D, [t grid per D]) of the figure at paper resolution."""
    sec = load_yaml(PARAMS)["fig06"]
    D = np.geomspace(sec["D_range"][0], sec["D_range"][1], sec["n_D"])
    sig = fragility.barrier_width_kT(D)
    grids = {
        dist: [
            fragility.fit_time_grid(s, sec["n_t"], dist, tuple(sec["fit_window"]), sec["epsrel"])
            for s in sig
        ]
        for dist in ("gaussian", "truncated")
    }
    return D, sig, grids, sec["epsrel"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subsample", type=int, default=1)
    args = ap.parse_args()
    D, sig, grids, epsrel = full_grid()
    fragility.relaxation_function([1.0], 1.0)  # load the cached compiled kernel
    n_int = sum(g.size for dist in grids for g in grids[dist])

    t0 = time.perf_counter()
    kern = {
        dist: [
            fragility.relaxation_function(g, s, dist, epsrel=epsrel)
            for s, g in zip(sig, grids[dist])
        ]
        for dist in ("gaussian", "truncated")
    }
    t_kernel = time.perf_counter() - t0

    t0 = time.perf_counter()
    worst, n_ref, worst_at, n_floor = 0.0, 0, None, 0
    for dist in ("gaussian", "truncated"):
        for j, (s, g) in enumerate(zip(sig, grids[dist])):
            for i in range(0, g.size, args.subsample):
                ref = phi_reference(g[i], s, dist == "truncated")
                n_ref += 1
                if ref > PHI_FLOOR:
                    rel = abs(kern[dist][j][i] / ref - 1.0)
                    if rel > worst:
                        worst, worst_at = rel, (dist, float(D[j]), float(g[i]), ref)
                else:
                    n_floor += 1
    t_ref = time.perf_counter() - t0
    t_ref_full = t_ref * n_int / n_ref

    print(
        f"grid: {D.size} values of D x {grids['gaussian'][0].size} times x 2 distributions"
        f" = {n_int} integrals (the fit times of Fig. 6: phi from 0.98 to 0.02)"
    )
    print(f"numba kernel (fragility.relaxation_function): {t_kernel:.3f} s")
    print(
        f"scipy.integrate.quad reference: {t_ref:.3f} s for {n_ref} integrals"
        + (f" (scaled to the full grid: {t_ref_full:.1f} s)" if n_ref != n_int else "")
    )
    ok = report(
        f"relaxation function (fragility.relaxation_function) vs quad, phi > {PHI_FLOOR:g}"
        f" (worst at distribution, D, t, phi = {worst_at}); {n_floor} points below the floor",
        t_ref_full,
        t_kernel,
        worst,
    )
    finish([ok])


if __name__ == "__main__":
    main()
