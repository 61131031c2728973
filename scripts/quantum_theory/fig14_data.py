"""Rule quantum_theory_ripplon_data (fig14): the levels of a tunnelling centre: the reference
state at 0, the alternative internal state at eps and the ripplon levels eps + sum n_l omega_l
on top of it only (Eqs. 33, 35), one and two quanta of the lowest modes."""

import numpy as np
import pandas as pd

from coldglass import io, ripplons

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
ells, freqs, degs = ripplons.ripplon_ladder(xi_over_a=p["xi_over_a"])
shown = slice(0, p["l_shown"])
eps = p["epsilon_over_omega2"] * freqs[0]
levels = ripplons.ripplon_levels(eps, freqs[shown], degs[shown], p["max_quanta"])
rows = [{"column": "reference", "energy": 0.0, "quanta": 0, "label": "0", "degeneracy": 1}]
for energy, occ, g in levels:
    label = "+".join(
        (f"{n}" if n > 1 else "") + rf"\omega_{{{ell}}}" for ell, n in zip(ells[shown], occ) if n
    )
    rows.append(
        {
            "column": "alternative",
            "energy": energy,
            "quanta": int(sum(occ)),
            "label": label or r"\epsilon",
            "degeneracy": int(g),
        }
    )
table = pd.DataFrame(rows)
log.info("%d levels, top %.3f omega_D", len(table), table.energy.max())
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig14",
    equations="Eqs. (33), (35)",
    params={**p, "omega_l": list(np.round(freqs, 6))},
)
