"""Rule quantum_theory_ripplon_data (fig15): the bump in C/T^3 per domain, Eq. (36) averaged
over n(eps) of Eq. (34), without (thin line) and with the friction and frequency shift of
Sec. IV.F (Eq. 55), plus the Debye term of the caption."""

import numpy as np
import pandas as pd

from coldglass import boson_peak, io, rfot, ripplons

log = io.script_logger(snakemake.log[0])
p = snakemake.params.section
quick = snakemake.params.quick
temps = np.geomspace(p["t_min"], p["t_max"], p["points_quick"] if quick else p["points"])
omega_c = p["omega_c_over_a_xi"] / rfot.XI_OVER_A_PRINTED
debye = boson_peak.debye_heat_capacity_per_domain(temps, p["xi_cubed"])
cases = [("no coupling", p["tg_no_coupling"], ripplons.discrete_spectrum())]
for tg in p["tg_coupled"]:
    spectrum = ripplons.broadened_spectrum(
        tg,
        omega_c,
        p["fragility"],
        points=p["spectrum_points_quick"] if quick else p["spectrum_points"],
    )
    cases.append((f"T_g/omega_D = {tg:g}", tg, spectrum))
frames = []
for label, tg, (freqs, weights) in cases:
    bump = boson_peak.bump_heat_capacity(temps, tg, freqs, weights)
    total = (bump + debye) / temps**3
    frames.append(
        pd.DataFrame(
            {
                "curve": label,
                "coupled": label != "no coupling",
                "tg_over_wd": tg,
                "T_over_TD": temps,
                "C_bump": bump,
                "C_debye": debye,
                "C_over_T3": total,
            }
        )
    )
    i = int(np.argmax(total))
    log.info(
        "%s: modes %.2f, maximum C/T^3 = %.4g at T/T_D = %.4g",
        label,
        weights.sum(),
        total[i],
        temps[i],
    )
io.write_table(
    pd.concat(frames, ignore_index=True),
    snakemake.output[0],
    paper="quantum_theory",
    figure="fig15",
    equations="Eqs. (33)-(36), (53)-(55); Debye c_D of the caption (l.545)",
    params={
        **p,
        "data_scale_factor": boson_peak.data_scale_factor(
            p["density_g_cm3"], p["c_s_m_per_s"], p["xi_cubed"]
        ),
    },
)
