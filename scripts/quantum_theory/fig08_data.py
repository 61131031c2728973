"""Rule quantum_theory_data (fig08): the RFOT prediction m = 19/x_NMT (l.219)."""

import numpy as np
import pandas as pd

from coldglass import io, rfot

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
x = np.linspace(p["x_min"], p["x_max"], points)
table = pd.DataFrame({"x_NMT": x, "m": rfot.nmt_fragility(x, p["prefactor"])})
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig08",
    equations="Eq. (8); m ~ 19/x_NMT (l.219)",
    params={**p, "m_strong_limit": rfot.fragility_index(float("inf"))},
)
log.info("m(x=1) = %.1f", table.m.iloc[-1])
