"""Benchmark: soft-disk forces of the Fig. 1 MD run, numba neighbour-list kernel vs numpy.

Kernel: ``coldglass.molecular_dynamics.pair_forces`` (cell list -> Verlet list -> forces,
numba), the force routine of the velocity-Verlet integrator. Reference:
``references.soft_disk_forces_numpy`` (all N^2 pairs, minimum image, numpy). System: the
780-disk 50:50 mixture of the default state (rho = 0.7), lattice start and a configuration
after 200 MD steps. Run: .venv/bin/python benchmarks/bench_magnetic_tunneling_md.py
"""

import numpy as np
import references
from _report import best_of, finish, report

from coldglass import molecular_dynamics as md


def main():
    s = md.DEFAULT_STATE
    pos, species, box = md.initial_configuration(780, s["density"], s["fraction_B"], s["seed"])
    run = md.simulate(
        {
            **md.QUICK_STATE,
            "n_melt": 100,
            "n_equilibrate": 100,
            "n_production": 200,
            "save_every": 200,
        }
    )
    configs = [pos, np.mod(run["frames"][-1], run["box"])]
    md.pair_forces(pos, species, box)  # load the compiled kernels
    t_k = t_r = 0.0
    worst = 0.0
    for p in configs:
        tk, (fk, ek, vk) = best_of(lambda p=p: md.pair_forces(p, species, box), 20)
        tr, (fr, er, vr) = best_of(
            lambda p=p: references.soft_disk_forces_numpy(p, species, box), 3
        )
        t_k += tk
        t_r += tr
        scale = np.abs(fr).max()
        worst = max(worst, np.abs(fk - fr).max() / scale, abs(ek - er) / abs(er), abs(vk - vr) / vr)
    ok = report(
        f"soft-disk forces, 780 disks: numba {1e6 * t_k / len(configs):.1f} us, "
        f"numpy all-pairs {1e6 * t_r / len(configs):.1f} us per configuration",
        t_r,
        t_k,
        worst,
    )
    finish([ok])


if __name__ == "__main__":
    main()
