"""Rule quantum_theory_ripplon_data (fig18): the fourth-order term of the exponent of Eq. (44)
at one sigma from the 2-D saddle point (Eqs. 45-47) over (omega, E), for the phonon-coupled
ripplon spectrum (Eq. 55) at T_g/omega_D = 5 (caption l.640), with N_E T_g itself."""

import numpy as np
import pandas as pd

from coldglass import io, rfot, ripplons, scattering_dos

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
quick = snakemake.params.quick
axis = np.logspace(p["log_min"], p["log_max"], p["points_quick"] if quick else p["points"])
omega, energy = (a.ravel() for a in np.meshgrid(axis, axis, indexing="ij"))
freqs, weights = ripplons.broadened_spectrum(
    p["tg_over_wd"],
    p["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED,
    p["fragility"],
    points=p["spectrum_points_quick"] if quick else p["spectrum_points"],
)
tg = p["tg_over_wd"]
table = pd.DataFrame(
    {
        "omega": omega,
        "E": energy,
        "fourth": scattering_dos.excited_error_term(omega, energy, tg, freqs, weights),
        "N_E_Tg": scattering_dos.excited_cumulative_dos(omega, energy, tg, freqs, weights),
    }
)
log.info("fourth-order term from %.3g to %.3g", table.fourth.min(), table.fourth.max())
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig18",
    equations="Eqs. (42), (44)-(47), (53)-(55)",
    params=p,
)
