"""Benchmark: pair-connectedness cube counts on a 3-D percolation lattice, numba vs numpy.

Kernel: ``coldglass.percolation.box_counts`` (numba): mean numbers of sites, and of surface
sites, of the centre's own cluster in cubes of side 3-15 around 2000 occupied sites of a
64^3 simple-cubic lattice at p_c (the measurement behind D and D_s of Eq. 20, Fig. 11).
Reference: ``box_counts_reference`` (numpy sums over each cube). Deterministic: the two
must agree to rounding. The kernel runs its centres in parallel on numba's threads (all
cores by default; NUMBA_NUM_THREADS=1 gives the single-thread figure, about half).
Run: .venv/bin/python benchmarks/bench_mixed_alkali_percolation.py
"""

import time

import numba
import numpy as np
import references
from _report import best_of, finish, report

from coldglass import percolation as pc

SIZES = [3, 5, 7, 9, 11, 13, 15]


def main():
    occ = pc.occupy(64, pc.P_C_CUBIC, 1)
    lab = pc.label_sites(occ)
    surface = pc.surface_mask(occ, occ)
    inner = np.zeros_like(occ)
    inner[8:-8, 8:-8, 8:-8] = True
    sites = np.argwhere(occ & inner)
    centres = sites[np.random.default_rng(2).choice(len(sites), 2000, replace=False)]
    t0 = time.perf_counter()
    pc.box_counts(lab, surface, centres[:2], SIZES)
    print(f"numba kernel load/compile: {time.perf_counter() - t0:.3f} s (first call)")
    tk, k = best_of(lambda: pc.box_counts(lab, surface, centres, SIZES), 5)
    tr, r = best_of(lambda: references.box_counts_reference(lab, surface, centres, SIZES), 1)
    worst = max(float(np.max(np.abs(a / b - 1.0))) for a, b in zip(k, r, strict=True))
    print(
        f"kernel {tk * 1e3:.2f} ms on {numba.get_num_threads()} threads, "
        f"reference {tr * 1e3:.1f} ms"
    )
    finish(
        [
            report(
                f"box counts of a 64^3 lattice at p_c ({len(centres)} centres, "
                f"{len(SIZES)} cube sizes) vs numpy sums",
                tr,
                tk,
                worst,
            )
        ]
    )


if __name__ == "__main__":
    main()
