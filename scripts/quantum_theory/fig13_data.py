"""Rule quantum_theory_ripplon_data (fig13): both sides of Eq. (30) for l = 2 and their
intersections (the shell mode first, then the standing sound waves of the gas)."""

import numpy as np
import pandas as pd

from coldglass import io, ripplons

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
ell, mass, tension = p["ell"], p["mass_ratio"], p["tension_ratio"]
z = np.linspace(p["z_max"] / p["points"], p["z_max"], p["points"])
roots = ripplons.membrane_eigenvalues(ell, mass, tension, p["z_max"])
frames = [
    pd.DataFrame({"kind": "lhs", "z": z, "value": ripplons.cot_alpha(ell, z)}),
    pd.DataFrame({"kind": "rhs", "z": z, "value": ripplons.membrane_rhs(ell, z, mass, tension)}),
    pd.DataFrame(
        {"kind": "root", "z": roots, "value": ripplons.membrane_rhs(ell, roots, mass, tension)}
    ),
]
log.info("Eq. (30) roots: %s", np.round(roots, 4))
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig13",
    equations="Eq. (30)",
    params=p,
)
