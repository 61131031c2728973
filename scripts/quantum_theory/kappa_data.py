"""Rule quantum_theory_kappa_data (fig19, fig20): kinetic kappa(T)/K with the phonon scattering
of Eq. (48) off TLS + ripplon transitions (rho of Eq. 39 + rho_exc): Fig. 19 with rho_exc of
Eq. (43), the no-coupling curve and the phonon-coupled spectra of Eq. (55) for three
T_g/omega_D; Fig. 20 with the simpler rho_exc = N_{alpha T} (l.696), alpha = 1."""

import numpy as np
import pandas as pd

from coldglass import io, plateau, rfot

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
quick = snakemake.params.quick
temps = np.geomspace(p["t_min"], p["t_max"], p["points_quick"] if quick else p["points"])
curves = plateau.conductivity_curves(
    temps,
    p["tg_coupled"],
    p["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED,
    p["fragility"],
    excited=p["excited"],
    alpha=p.get("alpha", 1.0),
    mfp_ratio=p["mfp_ratio"],
    spectrum_points=p["spectrum_points_quick"] if quick else p["spectrum_points"],
    tg_no_coupling=p.get("tg_no_coupling"),
)
curves.append(
    {
        "label": "TLS line",
        "tg_over_wd": np.nan,
        "coupled": False,
        "modes": 0.0,
        "kappa": plateau.tls_line(temps, p["mfp_ratio"]),
    }
)
frames = []
for c in curves:
    frames.append(
        pd.DataFrame(
            {
                "curve": c["label"],
                "tg_over_wd": c["tg_over_wd"],
                "coupled": c["coupled"],
                "T_over_TD": temps,
                "kappa_over_K": c["kappa"],
            }
        )
    )
    log.info(
        "%s (modes %.2f): kappa/K from %.3g to %.3g",
        c["label"],
        c["modes"],
        c["kappa"][0],
        c["kappa"][-1],
    )
table = pd.concat(frames, ignore_index=True)
io.write_table(
    table,
    snakemake.output[0],
    paper="quantum_theory",
    figure=snakemake.wildcards.qtkappa,
    equations="Eqs. (33), (39)-(48), (53)-(55); l_mfp = c_s tau + lambda (l.646)",
    params=p,
)
