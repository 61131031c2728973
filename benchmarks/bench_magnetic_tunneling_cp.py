"""Benchmark: ATS heat capacity on a Fig. 7 curve (200 fields), numba kernel vs scipy reference.

Kernel: ``coldglass.heat_capacity.ats_heat_capacity`` (Eqs. 18-19, composite Gauss-Legendre
calI integrals, numba). Reference: ``ats_heat_capacity_quad`` (Eq. 17 by scipy.integrate.quad,
one call per field). Parameters: every row of Tables 1-4 (BAS, Duran), B = 0-8 T.
Run: .venv/bin/python benchmarks/bench_magnetic_tunneling_cp.py
"""

import time
import warnings

import numpy as np
import references
from _report import best_of, finish, report

from coldglass import ats
from coldglass import heat_capacity as hc

warnings.filterwarnings("ignore")

ROWS = [  # glass, T_K, D_min_K, X_min, X_max, P* n_ATS (Tables 1-4, l.188-240)
    (glass, r["T_K"], r["D_min_K"], r["X_min_K_A2"], r["X_max_K_A2"], r["Pn_ats_per_g"])
    for glass in ("BAS", "Duran")
    for r in references.table_rows(glass)
]
B = np.linspace(0.0, 8.0, 200)


def main():
    t0 = time.perf_counter()
    hc.ats_heat_capacity(0.6, 0.49, 0.1, 0.5, 5.0)  # load the cached compiled kernel
    print(f"numba kernel load/compile: {time.perf_counter() - t0:.3f} s (first call)")
    total_k = total_r = 0.0
    worst = 0.0
    for glass, T, dmin, xa, xb, pn in ROWS:
        a = ats.d0phi_kelvin(B, xa)
        b = ats.d0phi_kelvin(B, xb)
        tk, ck = best_of(
            lambda T=T, dmin=dmin, a=a, b=b, xa=xa, xb=xb, pn=pn: hc.ats_heat_capacity(
                T, dmin, a, b, xb / xa, pn
            ),
            5,
        )
        tr, cr = best_of(
            lambda T=T, dmin=dmin, a=a, b=b, xa=xa, xb=xb, pn=pn: np.array(
                [
                    hc.ats_heat_capacity_quad(T, dmin, float(ai), float(bi), xb / xa, pn)
                    for ai, bi in zip(a, b)
                ]
            ),
            1,
        )
        rel = float(np.max(np.abs(ck / cr - 1)))
        worst = max(worst, rel)
        total_k += tk
        total_r += tr
        print(
            f"{glass:5s} T = {T:4.2f} K: kernel {tk * 1e3:8.2f} ms, scipy {tr * 1e3:9.1f} ms, "
            f"ratio {tr / tk:7.1f}, max rel. diff {rel:.2e}"
        )
    ok = report(
        f"ATS heat capacity, all six curves: kernel {total_k * 1e3:.1f} ms, "
        f"scipy {total_r * 1e3:.1f} ms",
        total_r,
        total_k,
        worst,
    )
    p = references.table_row("BAS", 0.60)
    tm, _ = best_of(lambda: hc.heat_capacity_model(B, p), 5)
    print(f"full C-bar model (Fe + ATS, 8 T subtraction), 200 fields: {tm * 1e3:.2f} ms")
    finish([ok])


if __name__ == "__main__":
    main()
