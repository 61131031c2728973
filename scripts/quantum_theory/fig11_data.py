"""Rule quantum_theory_data (fig11): TLS heat capacity at observation times t, Eq. (27)."""

import numpy as np
import pandas as pd

from coldglass import io, tls

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
temps = np.geomspace(p["t_min"], p["t_max"], points)
frames = []
for time in p["times_s"]:
    heat = tls.heat_capacity(
        temps,
        time,
        p["c"],
        p["tau_ref_s"],
        p["energy_ref_over_TD"],
        p["amplitude"],
        p["delta0_over_TD"],
    )
    frames.append(pd.DataFrame({"T_over_TD": temps, "t_s": time, "C_over_PbarkB2TD": heat}))
    log.info("t = %g s: C/T from %.3g to %.3g", time, heat[0] / temps[0], heat[-1] / temps[-1])
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig11",
    equations="Eqs. (22)-(27); tau_min calibrated at l.414",
    params=p,
)
