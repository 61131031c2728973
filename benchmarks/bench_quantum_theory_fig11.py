"""Benchmark: Fig. 11 of quantum_theory (Eq. 27, time-dependent TLS heat capacity) on the
figure's full grid, numba kernel vs scipy.integrate reference.

Kernel: ``coldglass.tls.heat_capacity`` (numba, composite Gauss-Legendre with the square-root
edges removed by substitution; ``coldglass.tls_kernels``). Reference:
``references.tls_heat_capacity_quad`` (benchmarks/references.py; nested
scipy.integrate.quad with QAWS edge weights, epsrel 1e-12). Grid and parameters:
config/papers/quantum_theory.yaml, section fig11 (full-resolution grid, not the quick one).
Requirements: max relative difference <= 1e-8 and kernel >= 20x faster.
Run: .venv/bin/python benchmarks/bench_quantum_theory_fig11.py
"""

import time

import numpy as np
import references
from _report import best_of, finish, report

from coldglass import tls
from coldglass.config import load_workflow_config
from coldglass.io import load_yaml


def run(p, temps, function):
    return np.concatenate(
        [
            function(
                temps,
                t,
                p["c"],
                p["tau_ref_s"],
                p["energy_ref_over_TD"],
                p["amplitude"],
                p["delta0_over_TD"],
            )
            for t in p["times_s"]
        ]
    )


def main():
    p = load_workflow_config(load_yaml("config/config.yaml"), ["quantum_theory"])["quantum_theory"][
        "fig11"
    ]
    temps = np.geomspace(p["t_min"], p["t_max"], p["points"])
    t0 = time.perf_counter()
    run(p, temps[:2], tls.heat_capacity)  # load (or compile) the cached kernel
    print(f"kernel load/compile: {time.perf_counter() - t0:.3f} s")
    t_kernel, kernel = best_of(lambda: run(p, temps, tls.heat_capacity), 5)
    t_ref, ref = best_of(lambda: run(p, temps, references.tls_heat_capacity_quad), 1)
    positive = ref > 1e-250  # deep in the 10 us gap both underflow towards 0
    rel = np.max(np.abs(kernel[positive] / ref[positive] - 1.0))
    print(f"grid: {temps.size} temperatures x {len(p['times_s'])} times = {kernel.size} points")
    print(f"numba kernel:     {t_kernel * 1e3:9.2f} ms")
    print(f"scipy reference:  {t_ref * 1e3:9.2f} ms")
    ok = report(
        f"TLS heat capacity (tls.heat_capacity) vs quad over {positive.sum()} points "
        f"(both below 1e-250 at {(~positive).sum()} points; max |kernel| there "
        f"{np.max(np.abs(kernel[~positive]), initial=0.0):.1e})",
        t_ref,
        t_kernel,
        rel,
    )
    finish([ok])


if __name__ == "__main__":
    main()
