"""Rule quantum_theory_ripplon_data (fig17): the ground-state scattering density rho(omega) T_g
by steepest descent (Eqs. 39-41), its third- and fourth-order terms at one sigma, and the
exact sum of Eq. (37) it approximates (ours, for comparison)."""

import numpy as np
import pandas as pd

from coldglass import io, ripplons, scattering_dos

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
points = p["points_quick"] if snakemake.params.quick else p["points"]
tg = p["tg_over_wd"]
omega = np.geomspace(p["omega_min"], p["omega_max"], points)
freqs, weights = ripplons.discrete_spectrum()
_, _, degs = ripplons.ripplon_ladder()
third, fourth = scattering_dos.ground_state_error_terms(omega, tg, freqs, weights)
levels = scattering_dos.occupation_levels(p["exact_max"], freqs, degs)
fine = np.geomspace(p["omega_min"], p["exact_max"], 4 * points)
frames = [
    pd.DataFrame(
        {
            "kind": "sdm",
            "omega": omega,
            "rho_Tg": scattering_dos.ground_state_dos(omega, tg, freqs, weights),
            "third": third,
            "fourth": fourth,
        }
    ),
    pd.DataFrame(
        {
            "kind": "exact",
            "omega": fine,
            "rho_Tg": scattering_dos.ground_state_dos_exact(fine, tg, levels),
            "third": np.nan,
            "fourth": np.nan,
        }
    ),
]
log.info("rho T_g from %.4f to %.4g", frames[0].rho_Tg.iloc[0], frames[0].rho_Tg.iloc[-1])
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig17",
    equations="Eqs. (33), (37)-(41)",
    params=p,
)
