"""Rule quantum_theory_data (fig01): kinetic kappa/K lines for l_mfp/lambda = 150 and 1 with
lambda = 2 pi c_s/omega (config "wavelength", see the errata note on l.61) and, for
comparison, the other convention (lambda = hbar c_s/k_B T as printed at l.61)."""

import numpy as np
import pandas as pd

from coldglass import io, phonons

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
t = np.geomspace(p["t_min"], p["t_max"], points)
other = "thermal" if p["wavelength"] == "mode" else "mode"
frames = [
    pd.DataFrame(
        {
            "T_over_TD": t,
            "mfp_over_wavelength": ratio,
            "wavelength": convention,
            "kappa_over_K": phonons.scaled_kinetic_conductivity(t, ratio, wavelength=convention),
        }
    )
    for convention in (p["wavelength"], other)
    for ratio in p["mfp_over_wavelength"]
]
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig01",
    equations="kappa = (1/3) sum C_ph l_mfp c_s (l.52, l.59)",
    params={
        **p,
        "K": "k_B^3 T_D^2/(pi hbar^2 c_s)",
    },
)
log.info(
    "kappa/K at T/T_D = %.1e (%s; %s): %s",
    t[0],
    p["wavelength"],
    other,
    [f.kappa_over_K.iloc[0] for f in frames],
)
