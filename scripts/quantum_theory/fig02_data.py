"""Rule quantum_theory_data (fig02): schematic f(alpha) near T_A (toy model).

landscape.toy_localization_free_energy: (3/2) ln(1 + alpha a^2/(pi e)) (the localisation
cost, l.174-178) minus A [1 - exp(-(alpha a^2/alpha_*)^p)], with A = A_c T_A/T (A_c: the
amplitude where the metastable minimum first appears). A labelled toy: the paper's curves
come from a density-functional calculation (Lubchenko & Wolynes 2003b) not given in it.
"""

import numpy as np
import pandas as pd

from coldglass import io, landscape

log = io.script_logger(snakemake.log[0])
sec, quick = snakemake.params.section, snakemake.params.quick


a_c = landscape.toy_spinodal_amplitude(sec["alpha_star_a2"], sec["power"])
y = np.geomspace(*sec["alpha_a2_range"], sec["points_quick"] if quick else sec["points"])
frames, minima = [], {}
for t in sec["T_over_TA"]:
    amp = a_c / t
    frames.append(
        pd.DataFrame(
            {
                "T_over_TA": t,
                "amplitude": amp,
                "alpha_a2": y,
                "f_over_kT": landscape.toy_localization_free_energy(
                    y, amp, sec["alpha_star_a2"], sec["power"]
                ),
            }
        )
    )
    mins = landscape.toy_local_minima(amp, sec["alpha_star_a2"], sec["power"])
    minima[str(t)] = [float(m) for m in mins]
    minima[f"f_{t}"] = [
        float(landscape.toy_localization_free_energy(m, amp, sec["alpha_star_a2"], sec["power"]))
        for m in mins
    ]
table = pd.concat(frames, ignore_index=True)
params = {"amplitude_at_TA": a_c, "minima_alpha_a2": minima, **sec}
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig02",
    equations="schematic; localisation cost (3/2) ln(alpha a^2/pi e) (l.174-178), "
    "Gaussian density (l.103)",
    params=params,
)
log.info("A_c = %.4f; minima: %s", a_c, minima)
