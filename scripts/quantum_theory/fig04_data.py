"""Rule quantum_theory_data (fig04): droplet free-energy profile F(N), Eq. (6), at T_g."""

import numpy as np
import pandas as pd

from coldglass import io, rfot

log = io.script_logger(snakemake.log[0])
section = snakemake.params.section
points = section["points_quick"] if snakemake.params.quick else section["points"]
n = np.linspace(0.0, section["n_max"], points)
table = pd.DataFrame({"N": n, "F_over_kTg": rfot.droplet_free_energy(n)})
params = {
    "gamma_over_kTg": rfot.mismatch_coefficient(),
    "s_c_over_kB": rfot.configurational_entropy_at_tg(),
    "N_ddagger": rfot.droplet_transition_size(),
    "F_ddagger_over_kTg": rfot.droplet_barrier(),
    "N_star": rfot.cooperative_region_size(),
    **section,
}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig04",
    equations="Eqs. (6), (7); gamma l.178; s_c l.180",
    params=params,
)
log.info(
    "F(N): N_ddagger = %.2f, F_ddagger = %.2f, N* = %.1f",
    params["N_ddagger"],
    params["F_ddagger_over_kTg"],
    params["N_star"],
)
