"""Rule quantum_theory_mixing_data (fig23): levels vs the transition energy k_B T_0.

The caricature of Sec. V.B: Eq. (58) with Delta = 0 and the upper level k_B T_0 swept through
the ripplon levels of Eq. (33) (one per l), exact eigenvalues (avoided crossings).
"""

import numpy as np
import pandas as pd

from coldglass import io, ripplons
from coldglass import ripplon_mixing as rm

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
ell, omega, _ = ripplons.ripplon_ladder(p["l_max"])
t0 = np.linspace(0.0, p["T0_max"], points)
levels = rm.level_crossing_levels(t0, omega, p["coupling"])
frames = [
    pd.DataFrame(
        {"series": "level", "index": k, "T0_over_TD": t0, "E_over_hbar_omega_D": levels[:, k]}
    )
    for k in range(levels.shape[1])
]
frames += [
    pd.DataFrame(
        {"series": "ripplon", "index": int(order), "T0_over_TD": t0, "E_over_hbar_omega_D": w}
    )
    for order, w in zip(ell, omega)
]
table = pd.concat(frames, ignore_index=True)
log.info(
    "first excited level stays below hbar omega_2 = %.4f: max %.4f", omega[0], levels[:, 1].max()
)
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig23",
    equations="Eqs. (33), (58), (59)",
    params=p,
)
