"""Benchmark: zero-field ATS dielectric response over a temperature sweep, numba vs scipy.

Kernel: ``coldglass.two_species.ats_resonant`` and ``ats_relaxational`` (Eqs. 14-15 of the
mixed_alkali paper, composite Gauss-Legendre in ln E, numba), evaluated on the 60-point
temperature grid of Figs. 7-9 (6 mK - 2 K) for three frequencies. Reference:
``ats_resonant_quad`` and ``ats_relaxational_quad`` (scipy.integrate.quad, one call per T).
Parameters: A_ATS = 1e-5 K, D_min = 0.1 K, Gamma = 5e9 (s K^5)^-1 (magnetic_tunneling
Table 7 magnitude), f = 0.1, 1, 10 kHz.
Run: .venv/bin/python benchmarks/bench_mixed_alkali_dielectric.py
"""

import math
import time

import numpy as np
import references
from _report import best_of, finish, report

from coldglass import two_species as ts

T = np.logspace(math.log10(6e-3), math.log10(2.0), 60)
A, DMIN, GAMMA = 1e-5, 0.1, 5e9
OMEGAS = [2 * math.pi * f for f in (1e2, 1e3, 1e4)]


def kernel():
    return [ts.ats_resonant(T, A, DMIN)] + [
        ts.ats_relaxational(T, A, DMIN, w, GAMMA) for w in OMEGAS
    ]


def reference():
    res = np.array([references.ats_resonant_quad(t, A, DMIN) for t in T])
    rel = [
        np.array([references.ats_relaxational_quad(t, A, DMIN, w, GAMMA) for t in T])
        for w in OMEGAS
    ]
    return [res] + rel


def main():
    t0 = time.perf_counter()
    kernel()
    print(f"numba kernel load/compile: {time.perf_counter() - t0:.3f} s (first call)")
    tk, k = best_of(kernel, 5)
    tr, r = best_of(reference, 1)
    worst = max(float(np.max(np.abs(a / b - 1.0))) for a, b in zip(k, r, strict=True))
    print(f"kernel {tk * 1e3:.2f} ms, reference {tr * 1e3:.1f} ms")
    finish(
        [
            report(
                f"ATS resonant + relaxational response ({T.size} temperatures, "
                f"{len(OMEGAS)} frequencies) vs scipy quad",
                tr,
                tk,
                worst,
            )
        ]
    )


if __name__ == "__main__":
    main()
